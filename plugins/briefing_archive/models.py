"""The data that flows through the pipeline, stage by stage.

load -> ``Article``; clean -> ``Cleaned``; extract -> ``Briefing`` (with its
``MeetingReport`` items); link -> ``Meeting``; compare -> ``Discrepancy``;
all of it gathered in an ``Archive`` that render and export read.

Every extracted fact carries ``Evidence``: the sentence it came from and the
article (``source``) that holds it, so the site can show a reader the proof.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Severity = Literal["error", "warning"]
MeetingFormat = Literal["in person", "video", "phone"]
DiscrepancyKind = Literal[
    "person", "role", "date", "place", "format", "number", "claim", "quote", "other"
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence quoted from an article: the proof behind one extracted fact."""

    source: str  # article path relative to the seeds folder, "/" separators
    sentence: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a curator can act on, naming the file (and line when known)."""

    source: str
    message: str
    line: int | None = None
    severity: Severity = "warning"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


# --------------------------------------------------------------------- load


@dataclass(slots=True)
class Article:
    """One input file, decoded, with the curator's corrections split off."""

    source: str  # path relative to the seeds folder, "/" separators
    text: str  # decoded article text, curator frontmatter removed
    digest: str  # sha256 of the raw bytes: the cache key of everything below
    encoding: str
    corrections: dict[str, Any] = field(default_factory=dict)
    body_line_offset: int = 0  # lines of curator frontmatter above ``text``
    problems: list[Problem] = field(default_factory=list)


# -------------------------------------------------------------------- clean


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner dropped, and why: kept so the choice can be audited."""

    number: int  # 1-based line number in ``Article.text``
    text: str
    reason: str  # e.g. "navigation", "share prompt", "ticker", "foreign boilerplate"


@dataclass(slots=True)
class Cleaned:
    """The article reduced to its own words: headline candidate and paragraphs."""

    source: str
    headline: str | None  # the real headline when the text has one
    paragraphs: list[str]
    removed: list[RemovedLine] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)  # date/byline/URL lines kept as metadata
    problems: list[Problem] = field(default_factory=list)


# ------------------------------------------------------------------ extract


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text, resolved against the publication date."""

    text: str  # as written: "on Tuesday", "Sept 1", "last November"
    value: date | None  # first day it denotes; None when it cannot be settled
    precision: Literal["day", "month", "year"]
    uncertain: bool  # True when the resolution is a guess (e.g. no year, no anchor)
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A title an article gives a person, e.g. "Chinese Premier"."""

    title: str
    evidence: Evidence


@dataclass(slots=True)
class Person:
    """A person an article names, under their canonical full name."""

    name: str  # canonical full name ("Antony Blinken" for "Tony Blinken")
    forms: list[str]  # surface forms used in the article ("Kerry", "Secretary Kerry")
    roles: list[RoleMention]
    known: bool  # True when the knowledge base knows this person
    evidence: list[Evidence]  # sentences that name them, first mention first

    @property
    def role_titles(self) -> list[str]:
        seen: dict[str, None] = {}
        for role in self.roles:
            seen.setdefault(role.title, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class Place:
    """A place or organisation an article mentions."""

    name: str
    kind: Literal["city", "country", "region", "organisation", "other"]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Fact:
    """A comparable statement an article makes about a meeting.

    ``subject`` names what is measured or claimed in a normalised way (e.g.
    "duration of talks", "contacts after Pelosi's Taiwan visit") so two
    articles' facts about the same thing can be compared; ``value`` is the
    normalised value ("4 hours", "resumed").
    """

    kind: Literal["number", "claim", "quote"]
    subject: str
    value: str
    evidence: Evidence


@dataclass(slots=True)
class MeetingReport:
    """What one article says about one meeting."""

    participants: tuple[str, ...]  # canonical names, sorted; two or more
    date: date | None
    end_date: date | None = None
    date_text: str | None = None  # the expression that gave the date
    date_uncertain: bool = False
    place: str | None = None
    format: MeetingFormat | None = None
    status: Literal["reported", "preview"] = "reported"
    roles: dict[str, str] = field(default_factory=dict)  # name -> title given here
    names_as_written: dict[str, str] = field(default_factory=dict)  # canonical -> form used
    facts: list[Fact] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Briefing:
    """One article as an editor would present it: the unit of the site."""

    id: str  # stable slug, unique in the archive
    source: str
    title: str
    title_origin: Literal["headline", "generated", "curator", "fallback"]
    outlet: str | None
    published: date | None
    paragraphs: list[str]
    dateline_place: str | None = None
    dateline_date: date | None = None
    wire: str | None = None  # the agency whose copy a page carries ("France 24" via "AFP")
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organisations: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    reports: list[MeetingReport] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)  # "outlet", "published", ...
    corrected: list[str] = field(default_factory=list)  # fields the curator set
    warnings: list[str] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)  # meeting ids, filled by link
    copies: list[str] = field(default_factory=list)  # ids of briefings with the same text

    @property
    def url(self) -> str:
        return f"briefings/{self.id}/"


# --------------------------------------------------------------------- link


@dataclass(slots=True)
class Coverage:
    """One briefing's report of a meeting."""

    briefing: str  # briefing id
    report: MeetingReport


@dataclass(slots=True)
class Meeting:
    """A meeting as the archive knows it, gathered from every report of it."""

    id: str
    title: str
    date: date | None
    end_date: date | None
    place: str | None
    format: MeetingFormat | None
    participants: list[str]
    roles: dict[str, str]  # name -> office held on the meeting date
    coverage: list[Coverage]
    status: Literal["reported", "preview"] = "reported"

    @property
    def url(self) -> str:
        return f"meetings/{self.id}/"

    @property
    def briefings(self) -> list[str]:
        seen: dict[str, None] = {}
        for item in self.coverage:
            seen.setdefault(item.briefing, None)
        return list(seen)


# ------------------------------------------------------------------ compare


@dataclass(slots=True)
class Claim:
    """One side of a disagreement: a value, who says it, and their sentences."""

    value: str
    briefings: list[str]
    evidence: list[Evidence]


@dataclass(slots=True)
class Discrepancy:
    """Where sources disagree about a meeting (or one source and the knowledge)."""

    id: str
    meeting: str | None
    kind: DiscrepancyKind
    subject: str
    claims: list[Claim]
    note: str | None = None

    @property
    def briefings(self) -> list[str]:
        seen: dict[str, None] = {}
        for claim in self.claims:
            for bid in claim.briefings:
                seen.setdefault(bid, None)
        return list(seen)


# ------------------------------------------------------------------ archive


@dataclass(slots=True)
class Archive:
    """Everything the pipeline knows about one folder of articles."""

    briefings: list[Briefing]
    meetings: list[Meeting]
    discrepancies: list[Discrepancy]
    problems: list[Problem] = field(default_factory=list)
    by_id: dict[str, Briefing] = field(init=False, repr=False, compare=False)
    meetings_by_id: dict[str, Meeting] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_id = {b.id: b for b in self.briefings}
        self.meetings_by_id = {m.id: m for m in self.meetings}
