"""Compare what each briefing says about a meeting; report each disagreement once.

Per meeting, per subject (who filled a seat, a person's title, the date, the
place, the format, a duration or count, a claim), the briefings' values are
grouped; two values that cannot both be true make a discrepancy with every
side and its sentences. A name or title that contradicts the knowledge base
(a premier who had left office) is a discrepancy even when only one article
says it, with what the knowledge holds as ``note``. Claims about a named past
event ("contacts after X's visit to Y") also compare across meetings.

What stays quiet, by construction (a false alarm costs more than a miss):

* which reports speak: nothing is compared in an undated meeting; a report
  dated away from its meeting, or from an article published long after, is
  left out (linking may have put it there); an article with no date at all
  speaks only for a meeting whose people meet nowhere else in the archive,
  and not when its titles belong to another time (a past office holder);
* dates: publication dates and datelines are not meeting dates; uncertain
  dates do not compare; days inside a multi-day meeting agree; "Monday night"
  and "Tuesday morning" a day apart are one moment in two time zones, and so
  is a one-day split with two or more sources on each side; previews are plans;
* names: two people named side by side in one report are two people; a seat
  is an office the knowledge knows (for known people or near-identical names)
  or a near-identical name;
* titles are judged against this meeting's date only (a title that changed
  between meetings is history), two true titles of one person agree, and a
  title within days of the knowledge's term boundary is left alone (two weeks
  when the date is a guess);
* places: a district, venue or city inside a region or country, or "near X"
  in X's country, agrees; unknown places do not compare; a dateline is where
  the story was filed; only a sentence that puts the participants there counts;
* format: "in person" counts only when an article says so ("face-to-face",
  "met ... in Tianjin"), never as a default;
* facts compare only when their subjects are the same thing and their values
  cannot both be true (``extract.facts.conflicting``);
* a wire reprint is a copy: sides held only by copies of one story are one
  source, and a disagreement needs two independent sources.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from .extract.facts import conflicting
from .extract.places import parent_of, place_kind
from .knowledge import Knowledge, name_key
from .link import slot_keys
from .models import Briefing, Claim, Coverage, Discrepancy, Evidence, Fact, Meeting, MeetingReport
from .render.text import human_date

Sides = dict[str, list[tuple[str, Evidence]]]  # value -> (briefing id, evidence sentence)

TERM_MARGIN = timedelta(days=3)  # titles this close to a term boundary are not judged
UNSURE_MARGIN = timedelta(days=14)  # ... or this close, when no report states the day for sure
DATE_SLACK = timedelta(days=3)  # a report dated this far from its meeting still speaks for it
UNSURE_SLACK = timedelta(days=7)  # ... this far when its date is a guess ("last week")
PREVIEW_LEAD = timedelta(days=30)  # undated reports: published this long before the meeting (previews)
REPORT_LAG = timedelta(days=45)  # ... or this long after it
_REMOTE = {"video", "phone"}


@dataclass
class _Context:
    """What every comparison of one meeting needs."""

    meeting: Meeting
    by_id: dict[str, Briefing]
    source_of: dict[str, str]  # briefing id -> its copy group (one source)
    knowledge: Knowledge
    seen_with: Counter = field(default_factory=Counter)  # participant set -> meetings that have it
    coverage: list[Coverage] = field(default_factory=list)  # the reports that can speak for this meeting

    def __post_init__(self) -> None:
        self.coverage = [c for c in self.meeting.coverage if self._speaks(c)]

    def _speaks(self, item: Coverage) -> bool:
        """The report can be about this meeting (see ``_in_time``; an undated one must be unambiguous)."""
        timing = _in_time(item.report, self.by_id.get(item.briefing), self.meeting)
        if timing != "dateless":
            return timing == "near"
        sets = (frozenset(self.meeting.participants), frozenset(item.report.participants))
        return all(self.seen_with[s] <= 1 for s in sets) and not _of_another_time(self, item.report)

    @cached_property
    def label(self) -> str:
        names = " and ".join(self.meeting.participants) if len(self.meeting.participants) < 3 else \
            ", ".join(self.meeting.participants[:-1]) + " and " + self.meeting.participants[-1]
        day = f", {human_date(self.meeting.date)}" if self.meeting.date else ""
        return f"{names}{day}"


def compare(meetings: list[Meeting], briefings: list[Briefing], knowledge: Knowledge) -> list[Discrepancy]:
    """Every disagreement, once, with every side and its evidence; ordered by meeting."""
    knowledge = _Remembering(knowledge)  # type: ignore[assignment]
    by_id = {b.id: b for b in briefings}
    source_of = _copy_groups(briefings)
    found: list[Discrepancy] = []
    seen_with = _participant_sets(meetings)
    for meeting in meetings:
        if meeting.date is None:
            continue  # an undated cluster may hold several meetings: nothing in it is compared
        ctx = _Context(meeting, by_id, source_of, knowledge, seen_with=seen_with)
        seats = _people(ctx)
        found += seats
        found += _roles(ctx, {c.value for d in seats for c in d.claims})
        found += _dates(ctx)
        found += _places(ctx)
        found += _formats(ctx)
        found += _facts(ctx)
    found += _history(meetings, source_of, found)
    unique: dict[str, Discrepancy] = {}
    for d in found:
        unique.setdefault(d.id, d)
    return list(unique.values())


# ------------------------------------------------------------------ building


class _Remembering:
    """The knowledge base with its look-ups remembered for one comparison run (same answers, once each)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        self._memo: dict[tuple, object] = {}

    def _ask(self, method: str, *args: object) -> object:
        key = (method, *args)
        if key not in self._memo:
            self._memo[key] = getattr(self._knowledge, method)(*args)
        return self._memo[key]

    def holders(self, office_id: str, on: date) -> list[str]:
        return list(self._ask("holders", office_id, on))

    def offices_for_title(self, title: str) -> list:
        return list(self._ask("offices_for_title", title))

    def offices_held(self, name: str, on: date) -> list:
        return list(self._ask("offices_held", name, on))

    def near_misses(self, name: str) -> list[str]:
        return list(self._ask("near_misses", name))

    def person(self, name: str):  # noqa: ANN201 - KnownPerson | None
        return self._ask("person", name)

    def office(self, office_id: str):  # noqa: ANN201 - Office | None
        return self._ask("office", office_id)


def _copy_groups(briefings: list[Briefing]) -> dict[str, str]:
    """Each briefing's source: the smallest id among the copies of its story (union of copy links)."""
    parent = {b.id: b.id for b in briefings}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for b in briefings:
        for other in b.copies:
            if other in parent:
                a, c = find(b.id), find(other)
                parent[max(a, c)] = min(a, c)
    return {bid: find(bid) for bid in parent}


def _participant_sets(meetings: list[Meeting]) -> Counter:
    """How many meetings each set of participants (of a meeting or of one of its reports) occurs in."""
    seen: Counter = Counter()
    for meeting in meetings:
        sets = {frozenset(meeting.participants)} | {frozenset(c.report.participants) for c in meeting.coverage}
        seen.update(sets)
    return seen


def _in_time(report: MeetingReport, briefing: Briefing | None, meeting: Meeting) -> str:
    """ "near" when the report's dates (or its article's) lie near the meeting, "far", or "dateless".

    Linking may put a report of another meeting of the same people into a
    cluster: a report dated elsewhere, or an article published long after, is
    not a source on this one.
    """
    if meeting.date is None:
        return "far"
    start, end = meeting.date, meeting.end_date or meeting.date
    if report.date is not None:
        slack = UNSURE_SLACK if report.date_uncertain else DATE_SLACK
        if report.date <= end + slack and (report.end_date or report.date) >= start - slack:
            return "near"
        if not report.date_uncertain:
            return "far"
    days = [d for d in (briefing.published, briefing.dateline_date) if d] if briefing else []
    if not days and briefing is not None:
        days = [m.value for m in briefing.dates if m.value and m.precision == "day" and not m.uncertain]
    if not days:
        return "dateless" if report.date is None else "far"
    return "near" if any(start - PREVIEW_LEAD <= d <= end + REPORT_LAG for d in days) else "far"


def _of_another_time(ctx: _Context, report: MeetingReport) -> bool:
    """An undated report whose titles the knowledge places at another time (a past holder as holder)."""
    day = ctx.meeting.date
    for name, title in report.roles.items():
        person = ctx.knowledge.person(name)
        if person is None or day is None:
            continue
        for oid in _offices(ctx, name, title):
            held_then = any(t.office == oid for t in person.terms)
            if held_then and name not in ctx.knowledge.holders(oid, day):
                return True
    return False


def _discrepancy(meeting: str | None, source_of: dict[str, str], kind: str, subject: str, sides: Sides,
                 compatible: Callable[[str, str], bool] | None = None, note: str | None = None) -> Discrepancy | None:
    """A discrepancy when two values from independent sources cannot both be true."""
    if len(sides) < 2:
        return None
    agree = compatible or (lambda a, b: a == b)
    values = sorted(sides)
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if agree(a, b):
                continue
            left = {source_of.get(bid, bid) for bid, _ in sides[a]}
            right = {source_of.get(bid, bid) for bid, _ in sides[b]}
            if left | right != left & right:  # two sources, not one story told twice
                return _make(meeting, kind, subject, _claims(sides, source_of), note)
    return None


def _make(meeting: str | None, kind: str, subject: str, claims: list[Claim], note: str | None = None) -> Discrepancy:
    key = "|".join([meeting or "archive", kind, subject] + sorted(c.value for c in claims))
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    return Discrepancy(id=f"{kind}-{digest}", meeting=meeting, kind=kind, subject=subject, claims=claims, note=note)


def _claims(sides: Sides, source_of: dict[str, str]) -> list[Claim]:
    """One claim per value, most independent sources first."""
    claims = []
    for value, items in sides.items():
        briefings = list(dict.fromkeys(bid for bid, _ in items))
        evidence = list(dict.fromkeys(ev for _, ev in items))
        claims.append(Claim(value=value, briefings=briefings, evidence=evidence))
    return sorted(claims, key=lambda c: (-len({source_of.get(b, b) for b in c.briefings}), c.value))


def _add(sides: Sides, value: str, bid: str, ev: Evidence) -> None:
    if (bid, ev) not in sides[value]:
        sides[value].append((bid, ev))


def _sentence_with(report: MeetingReport, *needles: str) -> Evidence | None:
    for needle in needles:
        if not needle:
            continue
        for ev in report.evidence:
            if needle.lower() in ev.sentence.lower():
                return ev
    return None


def _first_evidence(report: MeetingReport, briefing: Briefing | None) -> Evidence:
    if report.evidence:
        return report.evidence[0]
    return Evidence(briefing.source if briefing else "", briefing.title if briefing else "")


# ---------------------------------------------------------------- people


@dataclass(frozen=True)
class _Named:
    """One participant as one briefing names them."""

    value: str  # the name as the article gives it (a misspelling stays visible)
    canonical: str
    briefing: str
    report: MeetingReport
    seat: str  # "office:<id>" when the title names one office, else "name:<canonical>"


def _named(ctx: _Context) -> list[_Named]:
    out = []
    for item in ctx.coverage:
        report = item.report
        seats = slot_keys(report, ctx.knowledge)
        for name in report.participants:
            out.append(_Named(_as_written(report, name, ctx.knowledge), name, item.briefing, report, seats[name]))
    return out


def _as_written(report: MeetingReport, name: str, knowledge: Knowledge) -> str:
    """The full name as written when it is no known form of the canonical one ("Jack Sullivan")."""
    written = report.names_as_written.get(name, "")
    if len(written.split()) < 2 or name_key(written) == name_key(name):
        return name
    known = knowledge.person(written)
    if known is not None:
        return name if known.name == name else written
    person = knowledge.person(name)
    if person and any(name_key(a) == name_key(written) for a in person.aliases):
        return name
    return written


def _people(ctx: _Context) -> list[Discrepancy]:
    """Different names for one seat: the same office, or near-identical names never side by side."""
    named = _named(ctx)
    together = _co_occurring(named)
    parent = {n.value: n.value for n in named}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    values = sorted({n.value for n in named})
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if (a, b) in together or find(a) == find(b):
                continue
            if _same_seat(ctx, named, a, b):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[_Named]] = defaultdict(list)
    for n in named:
        groups[find(n.value)].append(n)
    out = []
    for members in groups.values():
        if len({m.value for m in members}) < 2:
            continue
        sides: Sides = defaultdict(list)
        for m in members:
            _add(sides, m.value, m.briefing, _name_evidence(ctx, m))
        office = _shared_office(members)
        label = _office_label(ctx, office, members)
        note = _seat_note(ctx, office, label, sorted({m.value for m in members}))
        subject = f"Who was {label} at {ctx.label}" if label else f"Name of a participant at {ctx.label}"
        found = _discrepancy(ctx.meeting.id, ctx.source_of, "person", subject, sides, note=note)
        if found:
            out.append(found)
    return out


def _co_occurring(named: list[_Named]) -> set[tuple[str, str]]:
    by_report: dict[int, set[str]] = defaultdict(set)
    for n in named:
        by_report[id(n.report)].add(n.value)
    pairs = set()
    for names in by_report.values():
        for a in names:
            for b in names:
                if a < b:
                    pairs.add((a, b))
    return pairs


def _same_seat(ctx: _Context, named: list[_Named], a: str, b: str) -> bool:
    """Two names fill one seat: the same office (known, compatible people or similar names), or near-misses."""
    seats_a = {n.seat for n in named if n.value == a and n.seat.startswith("office:")}
    seats_b = {n.seat for n in named if n.value == b and n.seat.startswith("office:")}
    similar = _similar_names(ctx.knowledge, a, b)
    if seats_a & seats_b:
        office = ctx.knowledge.office(next(iter(sorted(seats_a & seats_b))).removeprefix("office:"))
        return similar or _both_of(ctx.knowledge, a, b, office.country if office else None)
    return similar


def _both_of(knowledge: Knowledge, a: str, b: str, country: str | None) -> bool:
    """Both names are known people who could hold an office of this country."""
    pa, pb = knowledge.person(a), knowledge.person(b)
    if pa is None or pb is None:
        return False
    return all(p.country in (None, country) or country is None for p in (pa, pb))


def _similar_names(knowledge: Knowledge, a: str, b: str) -> bool:
    """Near-identical names: one the knowledge calls a near miss of the other, or one token a small edit away."""
    if b in knowledge.near_misses(a) or a in knowledge.near_misses(b):
        return True
    ta, tb = name_key(a).split(), name_key(b).split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return x[0] == y[0] and min(len(x), len(y)) >= 3 and _edit(x, y) <= (1 if min(len(x), len(y)) < 5 else 2)


def _edit(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _shared_office(members: list[_Named]) -> str | None:
    seats = {m.seat for m in members if m.seat.startswith("office:")}
    return next(iter(seats)).removeprefix("office:") if len(seats) == 1 else None


def _office_label(ctx: _Context, office_id: str | None, members: list[_Named]) -> str | None:
    if office_id is None:
        return None
    office = ctx.knowledge.office(office_id)
    if office:
        return office.title
    return next((m.report.roles.get(m.canonical) for m in members if m.report.roles.get(m.canonical)), None)


def _seat_note(ctx: _Context, office_id: str | None, label: str | None, names: list[str]) -> str | None:
    when = _knowledge_day(ctx)
    if office_id and label and when and _stable(ctx.knowledge, office_id, *when):
        note = _holder_note(ctx.knowledge, office_id, label, when[0], names)
        if note:
            return note
    known = [n for n in names if ctx.knowledge.person(n)]
    unknown = [n for n in names if not ctx.knowledge.person(n)]
    if known and unknown:
        return (f"Knowledge base: {', '.join(known)} is known; "
                f"{', '.join(unknown)} is not a name it knows (possibly a misspelling).")
    return None


def _stable(knowledge: Knowledge, office_id: str, day: date, margin: timedelta) -> bool:
    """The office had the same holders throughout the days around ``day``."""
    holders = set(knowledge.holders(office_id, day))
    return holders == set(knowledge.holders(office_id, day - margin)) == set(knowledge.holders(office_id, day + margin))


def _holder_note(knowledge: Knowledge, office_id: str, label: str, day: date, names: list[str]) -> str | None:
    """What the knowledge base says of the office on the day, when some name given does not hold it."""
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


def _name_evidence(ctx: _Context, named: _Named) -> Evidence:
    """The sentence that gives the name (with its title when there is one)."""
    briefing = ctx.by_id.get(named.briefing)
    title = named.report.roles.get(named.canonical)
    if briefing is not None and title:
        for person in briefing.people:
            if person.name == named.canonical:
                for role in person.roles:
                    if role.title == title and named.value.split()[-1] in role.evidence.sentence:
                        return role.evidence
    surname = named.value.split()[-1] if named.value.split() else named.value
    found = _sentence_with(named.report, named.value, named.report.names_as_written.get(named.canonical, ""), surname)
    if found:
        return found
    if briefing is not None:
        for person in briefing.people:
            if person.name == named.canonical and person.evidence:
                return person.evidence[0]
    return _first_evidence(named.report, briefing)


def _knowledge_day(ctx: _Context) -> tuple[date, timedelta] | None:
    """The day to ask the knowledge about, and how far from a term boundary a judgement must stay."""
    if ctx.meeting.date is None:
        return None
    certain = any(c.report.date and not c.report.date_uncertain for c in ctx.coverage)
    return ctx.meeting.date, TERM_MARGIN if certain else UNSURE_MARGIN


# ------------------------------------------------------------------ roles


def _roles(ctx: _Context, seated: set[str]) -> list[Discrepancy]:
    """A title the knowledge says the person did not hold on the meeting day.

    A person who held some other office that day has the wrong title (role);
    one who held none is the wrong person for the seat (person). Names already
    in a seat's name discrepancy (``seated``) are not flagged twice.
    """
    when = _knowledge_day(ctx)
    if when is None:
        return []
    day, margin = when
    out = []
    for name, wrong in _wrong_titles(ctx, day, margin).items():
        if name in seated:
            continue
        held = ctx.knowledge.offices_held(name, day)
        sides: Sides = defaultdict(list)
        office_ids = sorted({oid for _, _, oid in wrong})
        for bid, title, _ in wrong:
            _add(sides, title, bid, _title_evidence(ctx, bid, name, title))
        for bid, report in _titles_of(ctx, name):
            title = report.roles[name]
            offices = _offices(ctx, name, title)
            if offices and all(o in {h.id for h in held} for o in offices):
                _add(sides, title, bid, _title_evidence(ctx, bid, name, title))
        notes = [_holder_note(ctx.knowledge, oid, ctx.knowledge.office(oid).title, day, [name]) for oid in office_ids]
        held_text = ", ".join(o.title for o in held)
        note = " ".join(n for n in notes if n) + (f" {name} held: {held_text}." if held else "")
        if held:
            subject = f"{name}'s title at {ctx.label}"
            found = _make(ctx.meeting.id, "role", subject, _claims(sides, ctx.source_of), note.strip())
        else:
            label = ctx.knowledge.office(office_ids[0]).title
            subject = f"Who was {label} at {ctx.label}"
            named: Sides = defaultdict(list)
            for bid, title, _ in wrong:
                _add(named, name, bid, _title_evidence(ctx, bid, name, title))
            found = _make(ctx.meeting.id, "person", subject, _claims(named, ctx.source_of), note.strip())
        out.append(found)
    return out


def _titles_of(ctx: _Context, name: str) -> list[tuple[str, MeetingReport]]:
    return [(c.briefing, c.report) for c in ctx.coverage if name in c.report.participants and c.report.roles.get(name)]


def _offices(ctx: _Context, name: str, title: str) -> list[str]:
    """Offices a title names, kept to the person's country when the knowledge knows it."""
    person = ctx.knowledge.person(name)
    offices = ctx.knowledge.offices_for_title(title)
    if person and person.country:
        offices = [o for o in offices if o.country in (None, person.country)]
    return [o.id for o in offices]


def _wrong_titles(ctx: _Context, day: date, margin: timedelta) -> dict[str, list[tuple[str, str, str]]]:
    """name -> (briefing, title, office) for titles naming an office someone else held that day."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for item in ctx.coverage:
        for name in item.report.participants:
            title = item.report.roles.get(name)
            person = ctx.knowledge.person(name)
            if not title or person is None:
                continue
            for oid in _offices(ctx, name, title):
                if _wrong_holder(ctx.knowledge, oid, name, day, margin):
                    out[name].append((item.briefing, title, oid))
    return out


def _wrong_holder(knowledge: Knowledge, office_id: str, name: str, day: date, margin: timedelta) -> bool:
    """Someone else held the office on the day, and not just before or after it (a handover)."""
    holders = knowledge.holders(office_id, day)
    if not holders or name in holders:
        return False
    near = knowledge.holders(office_id, day - margin) + knowledge.holders(office_id, day + margin)
    return name not in near


def _title_evidence(ctx: _Context, bid: str, name: str, title: str) -> Evidence:
    briefing = ctx.by_id.get(bid)
    if briefing is not None:
        for person in briefing.people:
            if person.name == name:
                for role in person.roles:
                    if role.title == title:
                        return role.evidence
    report = next((c.report for c in ctx.coverage if c.briefing == bid), None)
    if report is not None:
        return _sentence_with(report, title) or _first_evidence(report, briefing)
    return Evidence(briefing.source if briefing else "", title)


# ------------------------------------------------------------------ dates


def _reported(ctx: _Context) -> list[Coverage]:
    """Reports of the meeting as held: a preview's plans are not its date, place or format."""
    return [c for c in ctx.coverage if c.report.status != "preview"]


_EARLY = re.compile(r"\b(?:morning|dawn|early\s+hours)\b", re.I)
_LATE = re.compile(r"\b(?:night|evening|late)\b", re.I)


def _dates(ctx: _Context) -> list[Discrepancy]:
    """Stated meeting dates that cannot all be true; multi-day spans absorb their own days."""
    stated = [(c.briefing, c.report) for c in _reported(ctx) if _stated_date(c.report, ctx.by_id.get(c.briefing))]
    if len({r.date for _, r in stated}) < 2:
        return []
    spans = [(r.date, r.end_date) for _, r in stated if r.end_date and r.end_date > r.date]
    if ctx.meeting.date and ctx.meeting.end_date and ctx.meeting.end_date > ctx.meeting.date:
        spans.append((ctx.meeting.date, ctx.meeting.end_date))
    shifted = _time_zone_days(ctx, stated)
    sides: Sides = defaultdict(list)
    for bid, report in stated:
        day = shifted.get(id(report), report.date)
        if report.end_date and report.end_date > report.date:
            value = f"{report.date.isoformat()} to {report.end_date.isoformat()}"
        else:
            value = day.isoformat()
        _add(sides, value, bid, _date_evidence(report))
    agree = lambda a, b: _days_agree(a, b, spans) or _split_by_a_day(a, b, sides, ctx.source_of)  # noqa: E731
    found = _discrepancy(ctx.meeting.id, ctx.source_of, "date", f"Date of {ctx.label}", sides, compatible=agree)
    return [found] if found else []


def _split_by_a_day(a: str, b: str, sides: Sides, source_of: dict[str, str]) -> bool:
    """Two days a day apart, each told by two or more sources: a time-zone split (or two meetings), not an error."""
    (a0, a1), (b0, b1) = _days(a), _days(b)
    if min(abs((b0 - a1).days), abs((a0 - b1).days)) != 1:
        return False
    return all(len({source_of.get(bid, bid) for bid, _ in sides[v]}) >= 2 for v in (a, b))


def _stated_date(report: MeetingReport, briefing: Briefing | None) -> bool:
    """A date the article states for the meeting: not uncertain, not only the dateline or publication date."""
    if report.date is None or report.date_uncertain:
        return False
    if not report.date_text:  # inherited ("later the same day"): trusted unless it is the page's own date
        return briefing is None or report.date not in (briefing.published, briefing.dateline_date)
    sentences = [ev.sentence for ev in report.evidence if report.date_text in ev.sentence]
    if not sentences:
        return False
    if briefing is not None and "dateline" in briefing.evidence:
        dateline = briefing.evidence["dateline"].sentence
        if report.date_text in dateline:
            return any(report.date_text in s.replace(dateline, "", 1) for s in sentences)
    return True


def _days(value: str) -> tuple[date, date]:
    parts = value.split(" to ")
    start = date.fromisoformat(parts[0])
    return start, date.fromisoformat(parts[-1])


def _days_agree(a: str, b: str, spans: list[tuple[date, date]]) -> bool:
    (a0, a1), (b0, b1) = _days(a), _days(b)
    if a0 <= b1 and b0 <= a1:
        return True
    return any(s <= a0 and a1 <= e and s <= b0 and b1 <= e for s, e in spans)


def _time_zone_days(ctx: _Context, stated: list[tuple[str, MeetingReport]]) -> dict[int, date]:
    """Reports whose "Tuesday morning" is another's "Monday night": map them to the earlier day."""
    out: dict[int, date] = {}
    cues = {id(r): _time_of_day(r) for _, r in stated}
    remote = ctx.meeting.format in _REMOTE or any(r.format in _REMOTE for _, r in stated)
    for _, later in stated:
        for _, earlier in stated:
            if later.date - earlier.date != timedelta(days=1) or later.end_date or earlier.end_date:
                continue
            late, early = cues[id(earlier)] == "late", cues[id(later)] == "early"
            if (late and early) or (remote and (late or early)):
                out[id(later)] = earlier.date
    return out


def _time_of_day(report: MeetingReport) -> str | None:
    ev = _date_evidence(report)
    text = ev.sentence
    at = text.find(report.date_text or "\0")
    if at < 0:
        return None
    near = text[max(0, at - 25): at + len(report.date_text or "") + 25]
    if _EARLY.search(near):
        return "early"
    if _LATE.search(near):
        return "late"
    return None


def _date_evidence(report: MeetingReport) -> Evidence:
    return _sentence_with(report, report.date_text or "") or _first_evidence(report, None)


# ------------------------------------------------------------------ places

_NEAR = r"\b(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of|south\s+of|north\s+of|east\s+of|west\s+of)\s+(?:the\s+)?"


def _places(ctx: _Context) -> list[Discrepancy]:
    """Different places for an in-person meeting; a place inside another, or near it, agrees."""
    sides: Sides = defaultdict(list)
    for item in _reported(ctx):
        report = item.report
        if not report.place or report.format in _REMOTE:
            continue
        ev = _place_evidence(report, ctx.by_id.get(item.briefing))
        if ev is None:
            continue  # only the dateline names it: where the story was filed, not where they met
        near = re.search(_NEAR + re.escape(report.place), ev.sentence, re.I)
        _add(sides, f"near {report.place}" if near else report.place, item.briefing, ev)
    found = _discrepancy(ctx.meeting.id, ctx.source_of, "place", f"Where {ctx.label} took place", sides, compatible=_places_agree)
    return [found] if found else []


_DATELINE = re.compile(r"^\W*[A-Z][A-Z .'’-]+(?:,\s*[A-Za-z. ]+?)?(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*[-–—:]+")


def _place_evidence(report: MeetingReport, briefing: Briefing | None) -> Evidence | None:
    """A sentence that puts the meeting at the place ("met ... in Guangzhou"); never a dateline."""
    dateline = briefing.evidence["dateline"].sentence if briefing and "dateline" in briefing.evidence else None
    at_place = re.compile(rf"\b(?:in|at|near|outside|to)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){{0,4}}?{re.escape(report.place or '')}\b", re.I)
    for ev in report.evidence:
        text = ev.sentence
        if dateline and text.startswith(dateline):
            text = text[len(dateline):]
        else:
            lead = _DATELINE.match(text)
            text = text[lead.end():] if lead else text
        if at_place.search(text) and _about_the_meeting(text, report):
            return ev
    return None


_MEETING_WORDS = re.compile(
    r"\b(?:met|meets?|meeting|talks|talked|held|hosted|received|visit(?:ed|s)?|sat\s+down|summit|discussions?|"
    r"spoke|call|conversation|negotiations?)\b", re.I)


def _about_the_meeting(text: str, report: MeetingReport) -> bool:
    """The sentence names a participant and says they met (not "officials in Washington worry")."""
    return bool(_MEETING_WORDS.search(text)) and bool(_names_of(report).search(text))


def _names_of(report: MeetingReport) -> re.Pattern[str]:
    """Any word of a participant's name, as written or canonical."""
    return _name_words(tuple(sorted(set(report.participants) | set(report.names_as_written.values()))))


@lru_cache(maxsize=4096)
def _name_words(names: tuple[str, ...]) -> re.Pattern[str]:
    tokens = sorted({t for n in names for t in n.replace("-", " ").split() if len(t) >= 2}, key=len, reverse=True)
    if not tokens:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, tokens)) + r")(?![\w-])")


def _places_agree(a: str, b: str) -> bool:
    """Same place, one inside the other, or one only approximate ("near X") in the same country."""
    from .extract import places as gazetteer

    near = a.startswith("near ") or b.startswith("near ")
    a, b = a.removeprefix("near "), b.removeprefix("near ")
    ca, cb = gazetteer.canonical_place(a), gazetteer.canonical_place(b)
    if ca is None or cb is None:
        return True  # unknown places: no sound comparison
    if ca == cb:
        return True
    country_a, country_b = gazetteer.country_of(ca), gazetteer.country_of(cb)
    if country_a is None or country_b is None:
        return True
    if country_a != country_b:
        return False
    if near or ca == country_a or cb == country_b:
        return True
    kind_a, kind_b = place_kind(ca), place_kind(cb)
    if "other" in (kind_a, kind_b):
        return parent_of(ca) in (cb, None) or parent_of(cb) in (ca, None)
    return "region" in (kind_a, kind_b)  # a city inside a region of its country may be in it


# ------------------------------------------------------------------ format

_IN_PERSON = re.compile(r"\b(?:in[\s-]person|face[\s-]to[\s-]face|shook\s+hands|shake\s+hands|sat\s+down\s+with)\b", re.I)
_MET_AT = re.compile(r"\b(?:met|meets|hosted|received|visited)\b(?:\s+with)?\s+"
                     r"(?:(?!(?:as|amid|over|while|after|before|when|following|despite)\b)[\w.'’-]+,?\s+){0,8}?(?:in|at)\s+[\w'’-]")
_FORMAT_WORDS = {
    "video": re.compile(r"\bvideo|virtual", re.I),
    "phone": re.compile(r"\b(?:tele)?phone|\bcall\b|\bspoke\b", re.I),
}


def _formats(ctx: _Context) -> list[Discrepancy]:
    """In person, video or phone: only formats an article states."""
    sides: Sides = defaultdict(list)
    for item in _reported(ctx):
        report = item.report
        ev = _format_evidence(report)
        if report.format and ev is not None:
            _add(sides, report.format, item.briefing, ev)
    found = _discrepancy(ctx.meeting.id, ctx.source_of, "format", f"How {ctx.label} was held", sides)
    return [found] if found else []


def _format_evidence(report: MeetingReport) -> Evidence | None:
    """The sentence that states the format; None when "in person" is only a default."""
    if report.format in _FORMAT_WORDS:
        for ev in report.evidence:
            if _FORMAT_WORDS[report.format].search(ev.sentence):
                return ev
        return report.evidence[0] if report.evidence else None
    for ev in report.evidence:
        if _IN_PERSON.search(ev.sentence) and _about_the_meeting(ev.sentence, report):
            return ev
    placed = _place_evidence(report, None) if report.place else None
    if placed is not None and _MET_AT.search(placed.sentence):
        return placed
    return None


# ------------------------------------------------------------------ facts


def _facts(ctx: _Context) -> list[Discrepancy]:
    """Facts about the same subject whose values cannot both be true."""
    by_subject: dict[tuple[str, str], list[tuple[str, Fact]]] = defaultdict(list)
    for item in ctx.coverage:
        for fact in item.report.facts:
            by_subject[(fact.kind, fact.subject)].append((item.briefing, fact))
    out = []
    for (kind, subject), items in sorted(by_subject.items()):
        found = _fact_discrepancy(ctx.meeting.id, ctx.source_of, kind, f"{subject[:1].upper()}{subject[1:]} ({ctx.label})", items)
        if found:
            out.append(found)
    return out


def _fact_discrepancy(meeting: str | None, source_of: dict[str, str], kind: str, subject: str,
                      items: list[tuple[str, Fact]]) -> Discrepancy | None:
    sides: Sides = defaultdict(list)
    example: dict[str, Fact] = {}
    for bid, fact in items:
        _add(sides, fact.value, bid, fact.evidence)
        example.setdefault(fact.value, fact)
    return _discrepancy(meeting, source_of, kind, subject, sides,
                        compatible=lambda a, b: not conflicting(example[a], example[b]))


def _history(meetings: list[Meeting], source_of: dict[str, str], found: list[Discrepancy]) -> list[Discrepancy]:
    """Claims about a named past event ("contacts after X's visit to Y") compare across meetings too."""
    done = {d.subject.rsplit(" (", 1)[0].lower() for d in found if d.kind == "claim"}
    by_subject: dict[str, list[tuple[str, Fact]]] = defaultdict(list)
    for meeting in meetings:
        for item in meeting.coverage:
            for fact in item.report.facts:
                if fact.kind == "claim" and fact.subject.startswith("contacts after ") and fact.subject.lower() not in done:
                    by_subject[fact.subject].append((item.briefing, fact))
    out = []
    for subject, items in sorted(by_subject.items()):
        found_here = _fact_discrepancy(None, source_of, "claim", f"{subject[:1].upper()}{subject[1:]}", items)
        if found_here is not None:
            out.append(found_here)
    return out
