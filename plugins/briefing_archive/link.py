"""Link meeting reports across briefings into meetings.

Two reports are the same meeting when their participants match, their dates
are compatible, and their place and format do not conflict. Participants match
by canonical name or, when one article gets a name wrong ("Premier Li
Keqiang" for Li Qiang), by the office the article gives them: the meeting still
links and compare reports the naming as a discrepancy.

Dates: equal days or overlapping multi-day ranges link; an uncertain date (no
explicit date in the sentence) links within a few days; two explicit dates a
few days apart link only when place and format agree and the articles were
published close together (that is a date discrepancy between sources); farther
apart they are different meetings of the same people, shown as related.

Blocking: a report is only compared with meetings that share a participant
name or office and lie within the date window, so linking stays near-linear.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .extract.title import meeting_title
from .knowledge import Knowledge
from .models import Briefing, Coverage, Meeting, MeetingReport
from .slugs import slugify

DATE_SLACK = timedelta(days=3)  # explicit dates this close may be one meeting misdated
PUBLISHED_SLACK = timedelta(days=10)  # ... if the articles appeared this close together


@dataclass
class _Cluster:
    coverage: list[Coverage] = field(default_factory=list)
    published: list[date] = field(default_factory=list)
    slots: dict[str, str] = field(default_factory=dict)  # participant name -> slot key

    @property
    def reports(self) -> list[MeetingReport]:
        return [c.report for c in self.coverage]


def slot_keys(report: MeetingReport, knowledge: Knowledge) -> dict[str, str]:
    """Each participant's slot: the office the article gives them (if the KB knows it), else the name.

    Slots let "Premier Li Keqiang" and "Premier Li Qiang" fill the same seat at
    one meeting while their names stay distinct.
    """
    slots: dict[str, str] = {}
    for name in report.participants:
        title = report.roles.get(name)
        offices = knowledge.offices_for_title(title) if title else []
        known = knowledge.person(name)
        if known and known.country and offices:
            offices = [o for o in offices if not o.country or o.country == known.country] or offices
        slots[name] = f"office:{offices[0].id}" if len(offices) == 1 else f"name:{name}"
    return slots


def link(briefings: list[Briefing], knowledge: Knowledge) -> list[Meeting]:
    """Meetings ordered by date then id; sets ``Briefing.meetings`` (main meeting first)."""
    items = [(b, r) for b in briefings for r in b.reports]
    # Deterministic and date-first, so clusters grow from certain dates outward.
    items.sort(key=lambda br: (br[1].date_uncertain, br[1].date or date.max, br[0].id))
    clusters: list[_Cluster] = []
    index: dict[tuple[str, int | None], set[int]] = defaultdict(set)  # (name or slot, week) -> clusters
    for briefing, report in items:
        slots = slot_keys(report, knowledge)
        week = _week(report, briefing)
        near = (None,) if week is None else (week - 1, week, week + 1)
        candidates = sorted({i for key in _keys(report, slots) for w in near for i in index.get((key, w), ())})
        best = _best(candidates, clusters, report, slots, briefing)
        if best is None:
            clusters.append(_Cluster())
            best = len(clusters) - 1
        cluster = clusters[best]
        cluster.coverage.append(Coverage(briefing.id, report))
        if briefing.published:
            cluster.published.append(briefing.published)
        for name, slot in slots.items():
            cluster.slots.setdefault(name, slot)
        for key in _keys(report, slots):
            index[(key, week)].add(best)

    meetings = [_meeting(c, knowledge) for c in clusters]
    meetings.sort(key=lambda m: (m.date or date.max, m.participants, m.format or ""))
    _assign_ids(meetings)
    # Each briefing lists its meetings in the order it reports them: main meeting first.
    meeting_of = {id(c.report): m.id for m in meetings for c in m.coverage}
    for briefing in briefings:
        briefing.meetings = list(dict.fromkeys(meeting_of[id(r)] for r in briefing.reports))
    return meetings


def _week(report: MeetingReport, briefing: Briefing) -> int | None:
    """The blocking bucket: a week of the report's date (or of publication when it has none)."""
    day = report.date or briefing.published
    return day.toordinal() // 7 if day else None


def _keys(report: MeetingReport, slots: dict[str, str]) -> list[str]:
    return sorted({f"name:{n}" for n in report.participants} | set(slots.values()))


def _best(candidates, clusters, report, slots, briefing) -> int | None:
    scored = []
    for i in candidates:
        score = _match(clusters[i], report, slots, briefing)
        if score is not None:
            scored.append((score, i))
    return min(scored)[1] if scored else None


def _match(cluster: _Cluster, report: MeetingReport, slots: dict[str, str], briefing: Briefing) -> tuple | None:
    """A sort key (lower is better) when the report fits the cluster, else None."""
    if any(c.briefing == briefing.id for c in cluster.coverage):
        return None  # one article's distinct reports are distinct meetings
    names = set(report.participants)
    mine = set(slots.values())
    theirs = set(cluster.slots.values())
    their_names = set(cluster.slots)
    if names == their_names:
        participant_cost = 0
    elif mine == theirs and names & their_names:
        participant_cost = 1  # same seats, a different name in one of them
    else:
        return None
    formats = {r.format for r in cluster.reports if r.format}
    if report.format and formats and report.format not in formats:
        return None
    places = {r.place for r in cluster.reports if r.place}
    place_conflict = bool(report.place and places and report.place not in places)
    date_cost = _date_cost(cluster, report, briefing, place_conflict)
    if date_cost is None or place_conflict and date_cost > 0:
        return None
    return (participant_cost, date_cost)


def _date_cost(cluster: _Cluster, report: MeetingReport, briefing: Briefing, place_conflict: bool) -> int | None:
    certain = [r for r in cluster.reports if r.date and not r.date_uncertain]
    if report.date is None:
        return 1 if _published_close(cluster, briefing) else None
    if not certain:
        uncertain = [r.date for r in cluster.reports if r.date]
        return 1 if any(abs(d - report.date) <= DATE_SLACK for d in uncertain) or not uncertain else None
    for other in certain:
        if _overlap(other, report):
            return 0
    nearest = min(abs(o.date - report.date) for o in certain)
    if report.date_uncertain:
        return 1 if nearest <= DATE_SLACK else None
    if nearest <= DATE_SLACK and not place_conflict and _published_close(cluster, briefing):
        return 2  # one meeting, two dates: a discrepancy for compare
    return None


def _overlap(a: MeetingReport, b: MeetingReport) -> bool:
    a_end, b_end = a.end_date or a.date, b.end_date or b.date
    return a.date <= b_end and b.date <= a_end


def _published_close(cluster: _Cluster, briefing: Briefing) -> bool:
    if not briefing.published or not cluster.published:
        return True
    return any(abs(p - briefing.published) <= PUBLISHED_SLACK for p in cluster.published)


def _meeting(cluster: _Cluster, knowledge: Knowledge) -> Meeting:
    reports = cluster.reports
    day, end = _settle_dates(reports)
    participants = _settle_participants(cluster, day, knowledge)
    roles: dict[str, str] = {}
    for name in participants:
        held = knowledge.offices_held(name, day) if day else []
        if held:
            roles[name] = ", ".join(o.title for o in held)
        else:
            given = Counter(r.roles[name] for r in reports if name in r.roles)
            if given:
                roles[name] = sorted(given.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    place = _majority([r.place for r in reports])
    fmt = _majority([r.format for r in reports])
    status = "preview" if all(r.status == "preview" for r in reports) else "reported"
    coverage = sorted(cluster.coverage, key=lambda c: c.briefing)
    stub = MeetingReport(participants=tuple(participants), date=day, place=place, format=fmt, status=status)
    return Meeting(id="", title=meeting_title(stub), date=day, end_date=end, place=place, format=fmt,
                   participants=participants, roles=roles, coverage=coverage, status=status)


def _settle_dates(reports: list[MeetingReport]) -> tuple[date | None, date | None]:
    certain = [r for r in reports if r.date and not r.date_uncertain]
    pool = certain or [r for r in reports if r.date]
    if not pool:
        return None, None
    day = _majority([r.date for r in pool])
    ends = [r.end_date for r in pool if r.end_date and r.end_date > day]
    return day, (max(ends) if ends else None)


def _settle_participants(cluster: _Cluster, day: date | None, knowledge: Knowledge) -> list[str]:
    """One name per seat: the office holder on that day if the KB knows, else the majority name."""
    by_slot: dict[str, Counter] = defaultdict(Counter)
    for report in cluster.reports:
        slots = {n: cluster.slots.get(n, f"name:{n}") for n in report.participants}
        for name, slot in slots.items():
            by_slot[slot][name] += 1
    names: list[str] = []
    for slot, counts in sorted(by_slot.items()):
        choice = None
        if slot.startswith("office:") and day:
            holders = set(knowledge.holders(slot.removeprefix("office:"), day))
            choice = next((n for n in sorted(counts) if n in holders), None)
        names.append(choice or sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
    return sorted(set(names))


def _majority(values):
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _assign_ids(meetings: list[Meeting]) -> None:
    """Readable, stable ids: date and participants ("2023-07-18-john-kerry-wang-yi")."""
    used: set[str] = set()
    for meeting in meetings:
        base = slugify(f"{meeting.date.isoformat() if meeting.date else 'undated'} {' '.join(meeting.participants)}")
        mid, n = base, 2
        while mid in used:
            mid, n = f"{base}-{n}", n + 1
        used.add(mid)
        meeting.id = mid
