"""Link meeting reports across briefings into meetings.

Two reports are the same meeting when their participants match, their dates
are compatible, and their place and format do not conflict.

Participants match seat by seat: by canonical name, or, when one article gets
a name wrong ("Premier Li Keqiang" for Li Qiang, "Jack Sullivan", "Vice
Premier Liu He" for He Lifeng), by the office the article's title for them
names. At least one seat must match by name, and a seat matched only by its
office needs dates that agree; compare then reports the naming as a
discrepancy.

Dates: each report has the days it can denote. A stated, certain date is
itself (a range for talks over several days); an uncertain one ("Tuesday" in
an article of unknown week, "last week") a day or a week around it; a report
with no date of its own the days before its publication; a preview the weeks
after. Certain dates must overlap, except one or two days of misdating when
the people, place and format agree and the articles appeared together;
farther apart they are different meetings of the same people (related, not
the same). A report with no date and no publication date at all (a year-less
"July 19" dateline, "Sept 1" in an undated page) is linked last: it joins the
one meeting of its people that its day and month fit (even if it tells the
place or format differently), else the one meeting whose place and format it
does not contradict, preferring one in the city it names; when two fit equally
it stays alone rather than guess.

A report with no date of its own at all (extraction gave it the publication
day, or nothing) never links on its people alone: it needs the same place, or
articles published within a few days of each other and of the meeting's
stated days ("Biden and Xi spoke by phone" in an article a week after their
call is related, not shown to be that call). Without a publication date it
needs the meeting's city.

Place and format: different cities, or video against in person, separate
meetings on different days; on the same stated day they are one meeting that
the sources describe differently (compare reports it). A report without a
date of its own that differs so joins only a meeting held a day or two before
its publication: it is the news of that meeting, told differently.

Order: dated reports first, joining only meetings they agree with exactly;
then each meeting, smallest first, may join another whole by the looser rules
(misdating, a seat filled through its office), now that every meeting has all
its names and titles; last the reports without any date. The result does not
depend on the order of the articles.

Blocking: a dated report is only compared with meetings in the weeks its
dates cover where every one of its seats shares a name or an office; an
undated one with the meetings of its participants. Linking stays near-linear
in the number of reports.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from .extract.dates import resolve
from .extract.places import country_of, find_places
from .extract.title import meeting_title
from .knowledge import Knowledge, Office
from .models import Briefing, Coverage, Meeting, MeetingReport
from .slugs import slugify

DATE_SLACK = timedelta(days=2)  # certain dates this close may be one meeting misdated ...
PUBLISHED_SLACK = timedelta(days=10)  # ... if the articles appeared this close together
UNDATED_BEFORE = timedelta(days=10)  # a report without a date: a meeting this long before publication
PREVIEW_AFTER = timedelta(days=45)  # a preview without a date: a meeting this long after publication
_T = TypeVar("_T")

HINT_SLACK = 2  # days between a year-less day ("July 19") and a meeting it may name
NEWS_LAG = 2  # an undated report published this soon after a meeting is news of it, even if told differently
NEWS_DAYS = 3  # a report without any date of its own joins a meeting (or report) only this close in publication


@dataclass(slots=True)
class _Item:
    """One report to link, with everything linking asks of it computed once."""

    briefing: Briefing
    report: MeetingReport
    seats: list[frozenset[str]]  # per participant (sorted names): "name:X" and "office:Y" keys
    certain: tuple[date, date] | None  # the stated days
    window: tuple[date, date] | None  # the days it can denote; None when nothing anchors it
    hint: str | None  # a year-less day or weekday of an undated report
    bare: bool = False  # reported with no date of its own at all: its people alone never link it

    @property
    def names(self) -> tuple[str, ...]:
        return self.report.participants


@dataclass
class _Cluster:
    coverage: list[Coverage] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    seats: list[set[str]] = field(default_factory=list)  # keys per seat, grown by every member
    seat_names: list[Counter] = field(default_factory=list)
    published: list[date] = field(default_factory=list)

    @property
    def reports(self) -> list[MeetingReport]:
        return [c.report for c in self.coverage]

    def certain(self) -> tuple[date, date] | None:
        spans = [i.certain for i in self.items if i.certain]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None

    def window(self) -> tuple[date, date] | None:
        """The days all members can agree on (their certain days if any)."""
        certain = self.certain()
        if certain:
            return certain
        spans = [i.window for i in self.items if i.window]
        if not spans:
            return None
        lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
        return (lo, hi) if lo <= hi else (min(s[0] for s in spans), max(s[1] for s in spans))

    def values(self, attr: str) -> set[str]:
        return {getattr(r, attr) for r in self.reports if getattr(r, attr)}


# ----------------------------------------------------------------- seats


def slot_keys(report: MeetingReport, knowledge: Knowledge) -> dict[str, str]:
    """Each participant's slot: the office the article gives them (if the KB knows it), else the name.

    Slots let "Premier Li Keqiang" and "Premier Li Qiang" fill the same seat at
    one meeting while their names stay distinct.
    """
    slots: dict[str, str] = {}
    for name in report.participants:
        offices = _offices(report, name, knowledge)
        if len(offices) > 1 and report.date:
            held = {o.id for o in knowledge.offices_held(name, report.date)}
            offices = [o for o in offices if o.id in held] or offices
        slots[name] = f"office:{offices[0].id}" if len(offices) == 1 else f"name:{name}"
    return slots


def _offices(report: MeetingReport, name: str, knowledge: Knowledge) -> list[Office]:
    """Offices the article's title for ``name`` names, narrowed to the person's country when known."""
    title = report.roles.get(name)
    offices = knowledge.offices_for_title(title) if title else []
    known = knowledge.person(name)
    if known and known.country and offices:
        offices = [o for o in offices if not o.country or o.country == known.country] or offices
    return offices


def _seats(report: MeetingReport, knowledge: Knowledge) -> list[frozenset[str]]:
    return [frozenset({f"name:{n}"} | {f"office:{o.id}" for o in _offices(report, n, knowledge)})
            for n in report.participants]


def _seat_cost(mine: list[frozenset[str]], theirs: list[set[str]]) -> int | None:
    """Seats filled by another name through the same office (None: not the same people)."""
    if len(mine) != len(theirs):
        return None
    left = list(range(len(theirs)))
    by_office: list[frozenset[str]] = []
    for seat in mine:
        name = next(k for k in seat if k.startswith("name:"))
        hit = next((j for j in left if name in theirs[j]), None)
        if hit is None:
            by_office.append(seat)
        else:
            left.remove(hit)
    if len(by_office) * 2 > len(mine):
        return None  # at least half the seats must be the same people by name
    for seat in by_office:
        offices = {k for k in seat if k.startswith("office:")}
        hits = [j for j in left if offices & theirs[j]]
        if len(hits) != 1:
            return None
        left.remove(hits[0])
    return len(by_office)


# ------------------------------------------------------------------ time


def _item(briefing: Briefing, report: MeetingReport, knowledge: Knowledge) -> _Item:
    certain = window = None
    hint = None
    day, end = report.date, report.end_date or report.date
    if day and not report.date_uncertain and report.status == "reported":
        certain = window = (day, end)  # type: ignore[assignment]
    elif day and report.status == "preview":
        window = (day - DATE_SLACK, end + DATE_SLACK)  # type: ignore[operator]
    elif day and _stated(report, briefing):
        width = 6 if "week" in report.date_text.lower() else 1
        window = (day - timedelta(days=0 if width == 6 else 1), end + timedelta(days=width))  # type: ignore[operator]
    else:
        anchor = day or briefing.published
        if anchor and report.status == "preview":
            window = (anchor, anchor + PREVIEW_AFTER)
        elif anchor:
            window = (anchor - UNDATED_BEFORE, anchor + timedelta(days=1))
        else:
            hint = report.date_text
    bare = report.status == "reported" and certain is None and hint is None and not _stated(report, briefing) \
        and not (report.date_text and report.date is None)
    return _Item(briefing, report, _seats(report, knowledge), certain, window, hint, bare)


def _stated(report: MeetingReport, briefing: Briefing) -> bool:
    """True when the report's (uncertain) date is one its text states, not the article's own day."""
    if not report.date_text or report.date is None:
        return False
    value, precision, _ = resolve(report.date_text, briefing.published or report.date)
    return value == report.date and precision == "day"


def _gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans (0 when they overlap)."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    return min(abs((a[0] - b[1]).days), abs((b[0] - a[1]).days))


def _hint_fits(hint: str, span: tuple[date, date], slack: int = HINT_SLACK) -> bool | None:
    """Does a year-less day ("July 19", "Tuesday") fit a meeting's days? None: the hint says nothing."""
    value, precision, _ = resolve(hint, span[1] + timedelta(days=slack))
    if value is None or precision != "day":
        return None
    return span[0] - timedelta(days=slack) <= value <= span[1] + timedelta(days=slack)


def _published_close(cluster: _Cluster, briefing: Briefing) -> bool:
    if not briefing.published or not cluster.published:
        return True
    return any(abs(p - briefing.published) <= PUBLISHED_SLACK for p in cluster.published)


# ----------------------------------------------------------------- places


@lru_cache(maxsize=4096)
def _place_kind(place: str) -> tuple[str | None, str | None]:
    """(kind, country) of a place name as the gazetteer knows it."""
    found = find_places([f"in {place}"], "")[0]
    kind = found[0].kind if found else None
    return kind, country_of(place)


def _places_conflict(a: str, b: str) -> bool:
    """Different cities, or places in different countries ("Nusa Dua" and "Bali" agree)."""
    if a == b:
        return False
    (kind_a, country_a), (kind_b, country_b) = _place_kind(a), _place_kind(b)
    if country_a and country_b and country_a != country_b:
        return True
    if country_a and country_a == country_b:
        return kind_a == "city" and kind_b == "city"
    return True


# ------------------------------------------------------------------ link


def link(briefings: list[Briefing], knowledge: Knowledge) -> list[Meeting]:
    """Meetings ordered by date then id; sets ``Briefing.meetings`` (main meeting first).

    Three passes, so that the result does not hang on the order of articles:
    dated reports join meetings whose days they share (or start new ones);
    then each meeting tries to join another whole, by the looser rules (a
    misdated day, a seat filled through its office) now that every meeting
    has all its names and titles; last, reports without any date.
    """
    items = sorted((_item(b, r, knowledge) for b in briefings for r in b.reports), key=_order)
    linker = _Linker()
    for item in items:
        if item.window is not None:
            linker.add(item, _best(linker.candidates(item), linker.clusters, item, loose=False))
    linker.regroup()
    for item in items:
        if item.window is None:
            linker.add(item, _best_undated(linker.candidates(item), linker.clusters, item))

    meetings = [_meeting(c, knowledge) for c in linker.clusters if c.items]
    meetings.sort(key=lambda m: (m.date or date.max, m.participants, m.format or ""))
    _assign_ids(meetings)
    # Each briefing lists its meetings in the order it reports them: main meeting first.
    meeting_of = {id(c.report): m.id for m in meetings for c in m.coverage}
    for briefing in briefings:
        briefing.meetings = list(dict.fromkeys(meeting_of[id(r)] for r in briefing.reports))
    return meetings


class _Linker:
    """Meetings being built, and the blocking index that finds the few a report may belong to."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_week: dict[tuple[str, int], set[int]] = defaultdict(set)  # (seat key, week) -> clusters
        self.by_key: dict[str, set[int]] = defaultdict(set)  # seat key -> clusters, for undated reports

    def candidates(self, item: _Item) -> list[int]:
        """Meetings where every seat of the report shares a name or office (in a week of its days, if dated)."""
        found: set[int] | None = None
        weeks = _weeks(item.window[0] - DATE_SLACK, item.window[1] + DATE_SLACK) if item.window else None
        for seat in sorted(item.seats, key=len):
            if weeks is None:
                here = {i for key in seat for i in self.by_key.get(key, ())}
            else:
                here = {i for key in seat for w in weeks for i in self.by_week.get((key, w), ())}
            found = here if found is None else found & here
            if not found:
                return []
        return sorted(i for i in found or () if self.clusters[i].items)

    def add(self, item: _Item, best: int | None) -> int:
        if best is None:
            self.clusters.append(_Cluster(seats=[set() for _ in item.seats], seat_names=[Counter() for _ in item.seats]))
            best = len(self.clusters) - 1
        _join(self.clusters[best], item)
        self._index(best)
        return best

    def _index(self, i: int) -> None:
        cluster = self.clusters[i]
        span = cluster.window()
        for key in {k for seat in cluster.seats for k in seat}:
            self.by_key[key].add(i)
            if span is not None:
                for w in _weeks(*span):
                    self.by_week[(key, w)].add(i)

    def regroup(self) -> None:
        """Each meeting, smallest first, joins another whole if all its reports fit it by the loose rules."""
        order = sorted(range(len(self.clusters)), key=lambda i: (len(self.clusters[i].items), i))
        for i in order:
            source = self.clusters[i]
            if not source.items:
                continue
            first = source.items[0]
            scored = []
            for j in self.candidates(first):
                if j == i:
                    continue
                scores = [_match(self.clusters[j], item, loose=True) for item in source.items]
                if all(score is not None for score in scores):
                    scored.append((max(scores), j))  # type: ignore[type-var]
            if not scored:
                continue
            target = min(scored)[1]
            for item in list(source.items):
                _join(self.clusters[target], item)
            source.items.clear()
            source.coverage.clear()
            self._index(target)


def _order(item: _Item) -> tuple:
    """Certain dates first, then the rest by how much anchors them: clusters grow from firm ground."""
    report = item.report
    rank = 0 if item.certain else 1 if report.status == "reported" and item.window else \
        2 if item.window else 3 if item.hint else 4
    day = item.window[0] if item.window else date.max
    return (rank, day, item.briefing.id, item.briefing.reports.index(report))


def _weeks(lo: date, hi: date) -> range:
    return range(lo.toordinal() // 7, hi.toordinal() // 7 + 1)


def _join(cluster: _Cluster, item: _Item) -> None:
    """Add a report to a meeting, seat by seat (a misnamed seat keeps both names)."""
    if not cluster.seats or not any(cluster.seats):
        cluster.seats = [set(s) for s in item.seats]
        cluster.seat_names = [Counter([n]) for n in item.names]
    else:
        order = _assignment(item.seats, cluster.seats)
        for mine, j in zip(range(len(item.seats)), order):
            cluster.seats[j] |= item.seats[mine]
            cluster.seat_names[j][item.names[mine]] += 1
    cluster.items.append(item)
    cluster.coverage.append(Coverage(item.briefing.id, item.report))
    if item.briefing.published:
        cluster.published.append(item.briefing.published)


def _assignment(mine: list[frozenset[str]], theirs: list[set[str]]) -> list[int]:
    """Which cluster seat each of the report's seats fills (names first, then offices)."""
    left = list(range(len(theirs)))
    out: list[int | None] = [None] * len(mine)
    for i, seat in enumerate(mine):
        name = next(k for k in seat if k.startswith("name:"))
        hit = next((j for j in left if name in theirs[j]), None)
        if hit is not None:
            out[i] = hit
            left.remove(hit)
    for i, seat in enumerate(mine):
        if out[i] is None:
            hit = next((j for j in left if seat & theirs[j]), left[0])
            out[i] = hit
            left.remove(hit)
    return [j for j in out if j is not None]


def _best(candidates: list[int], clusters: list[_Cluster], item: _Item, loose: bool) -> int | None:
    scored = []
    for i in candidates:
        score = _match(clusters[i], item, loose)
        if score is not None:
            scored.append((score, i))
    return min(scored)[1] if scored else None


def _match(cluster: _Cluster, item: _Item, loose: bool) -> tuple | None:
    """A sort key (lower is better) when a dated report fits the meeting, else None.

    ``loose`` also allows a seat filled by another name through its office, and
    one or two days of misdating.
    """
    if any(c.briefing == item.briefing.id for c in cluster.coverage):
        return None  # one article's distinct reports are distinct meetings
    seat_cost = _seat_cost(item.seats, cluster.seats)
    if seat_cost is None or (seat_cost and not loose):
        return None
    fmt_conflict = _format_conflict(cluster, item.report)
    place_conflict = _place_conflict(cluster, item.report)
    theirs = cluster.certain()
    if item.certain and theirs:
        gap = _gap(item.certain, theirs)
        if gap == 0:
            return (seat_cost, 0, fmt_conflict + place_conflict, 0)
        if loose and gap <= DATE_SLACK.days and not seat_cost and not fmt_conflict and not place_conflict \
                and _published_close(cluster, item.briefing):
            return (0, 2, 0, gap)  # one meeting, two dates: a discrepancy for compare
        return None
    span = cluster.window()
    if span is None or item.window is None or seat_cost:
        return None  # a seat filled by another name needs stated days that agree
    if _gap(item.window, span):
        return None
    if (item.bare or all(i.bare for i in cluster.items)) and not _corroborated(cluster, item):
        return None  # the same people in the same weeks: related, not shown to be the same meeting
    conflicts = fmt_conflict + place_conflict
    if conflicts and not _news_of(item, theirs):
        return None
    middle = span[0] + (span[1] - span[0]) / 2
    return (seat_cost, 1, conflicts, abs((item.window[0] - middle).days))


def _corroborated(cluster: _Cluster, item: _Item) -> bool:
    """Something besides the people ties a report without a date of its own to a meeting (either way round).

    The same place, or timing: the articles appeared within a few days of each
    other and of the meeting's stated days. Without either, "Biden and Xi
    spoke by phone" in an article of the same fortnight is not evidence that it
    is this call.
    """
    report = item.report
    if report.place and cluster.values("place") and not _place_conflict(cluster, report):
        return True
    published = item.briefing.published
    if published is None or not cluster.published:
        return False
    if not any(abs((p - published).days) <= NEWS_DAYS for p in cluster.published):
        return False
    certain = item.certain or cluster.certain()
    if certain is None:
        return True
    told = [published] if item.bare else \
        [i.briefing.published for i in cluster.items if i.bare and i.briefing.published]
    return all(certain[0] - timedelta(days=1) <= p <= certain[1] + timedelta(days=NEWS_DAYS) for p in told)


def _news_of(item: _Item, span: tuple[date, date] | None) -> bool:
    """Was the article published right after this meeting (so an undated account of it is this one)?"""
    published = item.briefing.published
    return bool(span and published and 0 <= (published - span[1]).days <= NEWS_LAG)


def _best_undated(candidates: list[int], clusters: list[_Cluster], item: _Item) -> int | None:
    """An undated report joins the one meeting of its people that its day, place and format allow.

    A day and month ("July 19", from the text or a year-less dateline) that fit
    is strong evidence: it links even a report that describes the meeting
    differently. A weekday fits one day in seven: it only rules meetings out.
    When several meetings remain, one whose city the report names wins;
    otherwise the report stays alone rather than guess.
    """
    dated_hint = bool(item.hint and any(ch.isdigit() for ch in item.hint))
    fitting: list[tuple[int, int]] = []  # (strength of the evidence, cluster)
    for i in candidates:
        cluster = clusters[i]
        if any(c.briefing == item.briefing.id for c in cluster.coverage):
            continue
        if _seat_cost(item.seats, cluster.seats) is None:
            continue
        span = cluster.window()
        fits = _hint_fits(item.hint, span, 1 if not dated_hint else HINT_SLACK) if item.hint and span else None
        if fits is False or (span is None and item.hint and not _same_hint(cluster, item.hint)):
            continue
        conflicts = _format_conflict(cluster, item.report) + _place_conflict(cluster, item.report)
        if conflicts and not (fits and dated_hint):
            continue  # a report that differs needs its day and month to say it is this meeting
        same_city = bool(item.report.place and item.report.place in cluster.values("place"))
        if item.hint is None and not same_city:
            continue  # no day, no publication date, another city or none: its people alone do not link it
        fitting.append((2 if fits and dated_hint else 1 if same_city else 0, i))
    if not fitting:
        return None
    top = max(strength for strength, _ in fitting)
    best = [i for strength, i in fitting if strength == top]
    return best[0] if len(best) == 1 else None


def _same_hint(cluster: _Cluster, hint: str) -> bool:
    return any(i.hint and i.hint.lower() == hint.lower() for i in cluster.items)


def _format_conflict(cluster: _Cluster, report: MeetingReport) -> int:
    formats = cluster.values("format")
    return int(bool(report.format and formats and report.format not in formats))


def _place_conflict(cluster: _Cluster, report: MeetingReport) -> int:
    places = cluster.values("place")
    return int(bool(report.place and places and all(_places_conflict(report.place, p) for p in places)))


# ----------------------------------------------------------------- settle


def _meeting(cluster: _Cluster, knowledge: Knowledge) -> Meeting:
    reports = cluster.reports
    remote = _majority([r.format for r in reports]) in ("video", "phone")
    day, end = _settle_dates(reports, None if remote else min(cluster.published, default=None))
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
    reported = [r for r in reports if r.status == "reported"] or reports
    place = _majority([r.place for r in reported])
    fmt = _majority([r.format for r in reported])
    status = "preview" if all(r.status == "preview" for r in reports) else "reported"
    coverage = sorted(cluster.coverage, key=lambda c: c.briefing)
    stub = MeetingReport(participants=tuple(participants), date=day, place=place, format=fmt, status=status)
    return Meeting(id="", title=meeting_title(stub), date=day, end_date=end, place=place, format=fmt,
                   participants=participants, roles=roles, coverage=coverage, status=status)


def _settle_dates(reports: list[MeetingReport], first_published: date | None) -> tuple[date | None, date | None]:
    """The majority of stated dates (reported before previews, certain before guesses).

    A tie goes to the date nearest the first publication (and not after it):
    news reports a meeting the day it happens or the day after. Without one
    (a call across time zones has two true dates) it goes to the earlier.
    """
    for pool in (
        [r for r in reports if r.date and not r.date_uncertain and r.status == "reported"],
        [r for r in reports if r.date and not r.date_uncertain],
        [r for r in reports if r.date and r.date_text and r.status == "reported"],
        [r for r in reports if r.date and r.status == "reported"],
    ):
        if pool:
            span = _stated_span(pool)
            if span:
                return span
            counts = Counter(r.date for r in pool)
            top = max(counts.values())
            tied = sorted(d for d, n in counts.items() if n == top)
            if first_published:
                tied.sort(key=lambda d: (d > first_published, abs((first_published - d).days), d))
            day = tied[0]
            ends = [r.end_date for r in pool if r.end_date and r.end_date > day]
            return day, (max(ends) if ends else None)
    return None, None


def _stated_span(pool: list[MeetingReport]) -> tuple[date, date] | None:
    """Talks over several days, when most reports' days fall within the span most sources state."""
    spans = Counter((r.date, r.end_date) for r in pool if r.date and r.end_date and r.end_date > r.date)
    if not spans:
        return None
    top = max(spans.values())
    first, last = min(span for span, n in spans.items() if n == top)  # type: ignore[type-var]
    inside = sum(1 for r in pool if r.date and first <= r.date <= last)
    return (first, last) if inside * 2 > len(pool) else None


def _settle_participants(cluster: _Cluster, day: date | None, knowledge: Knowledge) -> list[str]:
    """One name per seat: the office holder on that day if the KB knows, else the majority name."""
    names: list[str] = []
    for seat, counts in zip(cluster.seats, cluster.seat_names):
        choice = None
        if day:
            for key in sorted(k for k in seat if k.startswith("office:")):
                holders = set(knowledge.holders(key.removeprefix("office:"), day))
                choice = next((n for n in sorted(counts) if n in holders), None)
                if choice:
                    break
        names.append(choice or sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
    return sorted(set(names))


def _majority(values: list[_T | None]) -> _T | None:
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
