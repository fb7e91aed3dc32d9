"""Compare what each briefing says about a meeting; report each disagreement once.

Per meeting, per subject (who held an office, the date, the place, the format,
a duration, a claim), the briefings' values are grouped; more than one value
is a discrepancy with every side and its sentences. A value that contradicts
the knowledge base (a premier who had left office) is a discrepancy even when
only one article says it, with what the knowledge holds as ``note``.

What stays quiet, by construction: publication dates and datelines are not
meeting dates (only dates stated for the meeting are compared); uncertain dates
are not compared; dates inside a multi-day meeting agree; titles are checked
against this meeting's date only, so a title that changed between meetings is
history; facts are compared only when their subjects are the same thing.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date

from .extract.facts import conflicting
from .knowledge import Knowledge
from .link import slot_keys
from .models import Briefing, Claim, Discrepancy, Evidence, Fact, Meeting, MeetingReport
from .render.text import human_date


def compare(meetings: list[Meeting], briefings: list[Briefing], knowledge: Knowledge) -> list[Discrepancy]:
    """Every disagreement, once, with every side and its evidence; ordered by meeting."""
    by_id = {b.id: b for b in briefings}
    found: list[Discrepancy] = []
    for meeting in meetings:
        found += _people(meeting, by_id, knowledge)
        found += _dates(meeting)
        found += _simple(meeting, "place", "Where the meeting took place")
        found += _simple(meeting, "format", "How the meeting was held")
        found += _facts(meeting)
    seen: set[str] = set()
    unique = []
    for d in found:
        if d.id not in seen:
            seen.add(d.id)
            unique.append(d)
    return unique


def _make(meeting: Meeting, kind: str, subject: str, claims: list[Claim], note: str | None = None) -> Discrepancy:
    key = "|".join([meeting.id, kind, subject] + sorted(c.value for c in claims))
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    claims = sorted(claims, key=lambda c: (-len(c.briefings), c.value))
    return Discrepancy(id=f"{kind}-{digest}", meeting=meeting.id, kind=kind, subject=subject, claims=claims, note=note)


def _claims(values: dict[str, list[tuple[str, Evidence]]]) -> list[Claim]:
    claims = []
    for value, sides in sorted(values.items()):
        briefings = list(dict.fromkeys(bid for bid, _ in sides))
        evidence = list(dict.fromkeys(ev for _, ev in sides))
        claims.append(Claim(value=value, briefings=briefings, evidence=evidence))
    return claims


def _evidence_for(report: MeetingReport, briefing: Briefing | None, name: str) -> Evidence:
    """The sentence that names ``name`` in this report, preferring the one giving the role."""
    title = report.roles.get(name)
    if briefing is not None:
        for person in briefing.people:
            if person.name == name:
                for role in person.roles:
                    if role.title == title:
                        return role.evidence
    written = report.names_as_written.get(name, name.split()[-1])
    for ev in report.evidence:
        if written in ev.sentence or name in ev.sentence:
            return ev
    return report.evidence[0] if report.evidence else Evidence(briefing.source if briefing else "", name)


# ---------------------------------------------------------------- people & roles


def _people(meeting: Meeting, by_id: dict[str, Briefing], knowledge: Knowledge) -> list[Discrepancy]:
    """One office, different names (between sources); a title the person did not hold (knowledge)."""
    out: list[Discrepancy] = []
    seats: dict[str, dict[str, list[tuple[str, Evidence]]]] = defaultdict(lambda: defaultdict(list))
    seat_titles: dict[str, str] = {}
    for item in meeting.coverage:
        report, briefing = item.report, by_id.get(item.briefing)
        for name, slot in slot_keys(report, knowledge).items():
            if not slot.startswith("office:"):
                continue
            seats[slot][name].append((item.briefing, _evidence_for(report, briefing, name)))
            seat_titles.setdefault(slot, report.roles.get(name, ""))
    for slot, names in sorted(seats.items()):
        office_id = slot.removeprefix("office:")
        office = knowledge.office(office_id)
        label = office.title if office else seat_titles[slot]
        note = _holder_note(knowledge, office_id, label, meeting.date, list(names))
        subject = f"{label} at {meeting.title}"
        if len(names) > 1:
            out.append(_make(meeting, "person", subject, _claims(names), note))
        elif note and meeting.date:
            (name, sides), = names.items()
            if name not in knowledge.holders(office_id, meeting.date) and knowledge.holders(office_id, meeting.date):
                out.append(_make(meeting, "role", f"{name} as {label} on {human_date(meeting.date)}",
                                 _claims({f"{name}, {label}": sides}), note))
    return out


def _holder_note(knowledge: Knowledge, office_id: str, label: str, day: date | None, names: list[str]) -> str | None:
    """What the knowledge base says of the office on the day, when some name given does not hold it."""
    if day is None:
        return None
    holders = knowledge.holders(office_id, day)
    if not holders or all(n in holders for n in names):
        return None
    parts = [f"Knowledge base: {', '.join(holders)} held the office of {label} on {human_date(day)}."]
    for name in names:
        if name in holders:
            continue
        person = knowledge.person(name)
        terms = [t for t in (person.terms if person else ()) if t.office == office_id]
        if terms:
            spans = "; ".join(f"{human_date(t.start) if t.start else '?'} to {human_date(t.end) if t.end else 'present'}"
                              for t in terms)
            parts.append(f"{name} held it {spans}.")
        else:
            parts.append(f"{name} is not known to have held it.")
    return " ".join(parts)


# ---------------------------------------------------------------- date, place, format


def _dates(meeting: Meeting) -> list[Discrepancy]:
    """Stated meeting dates that cannot all be true; multi-day ranges absorb their own days."""
    stated = [(c.briefing, c.report) for c in meeting.coverage if c.report.date and not c.report.date_uncertain]
    if len({r.date for _, r in stated}) < 2:
        return []
    spans = [(r.date, r.end_date or r.date) for _, r in stated if r.end_date]
    values: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    for bid, report in stated:
        inside = any(start <= report.date <= end for start, end in spans)
        value = _span(report) if report.end_date or not inside else _span_of(spans, report.date)
        values[value].append((bid, _date_evidence(report)))
    if len(values) < 2:
        return []
    return [_make(meeting, "date", f"Date of {meeting.title}", _claims(values))]


def _span(report: MeetingReport) -> str:
    if report.end_date and report.end_date != report.date:
        return f"{report.date.isoformat()} to {report.end_date.isoformat()}"
    return report.date.isoformat()


def _span_of(spans: list[tuple[date, date]], day: date) -> str:
    start, end = next((s, e) for s, e in spans if s <= day <= e)
    return f"{start.isoformat()} to {end.isoformat()}" if start != end else start.isoformat()


def _date_evidence(report: MeetingReport) -> Evidence:
    for ev in report.evidence:
        if report.date_text and report.date_text in ev.sentence:
            return ev
    return report.evidence[0]


def _simple(meeting: Meeting, attribute: str, what: str) -> list[Discrepancy]:
    values: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    for item in meeting.coverage:
        value = getattr(item.report, attribute)
        if value and item.report.evidence:
            values[value].append((item.briefing, _attribute_evidence(item.report, value)))
    if len(values) < 2:
        return []
    return [_make(meeting, attribute, f"{what}: {meeting.title}", _claims(values))]


def _attribute_evidence(report: MeetingReport, value: str) -> Evidence:
    for ev in report.evidence:
        if value.lower() in ev.sentence.lower():
            return ev
    return report.evidence[0]


# ---------------------------------------------------------------- numbers & claims


def _facts(meeting: Meeting) -> list[Discrepancy]:
    """Facts about the same subject whose values cannot both be true."""
    by_subject: dict[tuple[str, str], list[tuple[str, Fact]]] = defaultdict(list)
    for item in meeting.coverage:
        for fact in item.report.facts:
            by_subject[(fact.kind, fact.subject)].append((item.briefing, fact))
    out = []
    for (kind, subject), items in sorted(by_subject.items()):
        facts = [f for _, f in items]
        if not any(conflicting(a, b) for i, a in enumerate(facts) for b in facts[i + 1:]):
            continue
        values: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
        for bid, fact in items:
            values[fact.value].append((bid, fact.evidence))
        if len(values) > 1:
            out.append(_make(meeting, kind, f"{subject[:1].upper()}{subject[1:]} ({meeting.title})", _claims(values)))
    return out
