"""Meetings an article reports: who met whom, when, where, and how.

News prose says it in many ways ("X met Y", "X held talks with Y", "In talks
with X, Y said", "talks between X and Y", "Y received X", "X and Y spoke by
phone", "Kerry's meeting with Wang", "Li Qiang Meets with ..."). Reading them
needs no parser, only a few facts of English news grammar:

* a **trigger** (a meeting verb or noun) links a **subject** before it (the
  nearest person in its clause that is not someone else's object, with the
  people coordinated with them: "X and Y met") to **objects** after it (a
  verb's direct object, "with X", "between X and Y", coordinated "X and Y");
* people are named, described ("the premier", "his Chinese counterpart": the
  titles this article gives its people), referred to ("he", "the two
  leaders") or only modify someone else ("adviser to President Lula",
  "Biden's envoy", "the Biden administration"): the last kind never meets;
* a clause is cut at subordinators ("since", "after", "when", ...) and
  relative clauses (", who ...,") are skipped, so "talks between Yellen and He
  in Guangzhou, where she began her visit on Thursday" is not dated Thursday;
* tense and time decide what is reported: "will meet", "is due to" announce
  (status "preview"); "had met", "last met", "since they met", "three times",
  a date weeks before publication make it background (not reported); "not",
  "without", "whether", "want" make it no meeting at all;
* weaker signs ("X, who met Y in Munich, ...", "previously", "in the past",
  "earlier in the year", "has met", "the first meeting ... since", "comes
  months after X met Y", a past month) make a meeting background only when it
  has no day of its own and the article's main meeting is another one: side
  meetings told plainly ("Earlier, X held talks with Y") stay reported.

Several sentences about one meeting (same people, compatible date) make one
report; sentences that refer back to it ("the talks lasted", "the two sides
agreed", a participant speaking) are its evidence. One article can report
several meetings, including the same people on another day; "separate
meetings with X and Y" are two; "the working group met ... X led the
delegation, and Y opened the session" is a meeting of the delegations' heads.

When: the date expression nearest the trigger in its clause (ranges such as
"Friday and Saturday" give the last day; "at the end of two days of talks"
counts back); "later the same day" takes the previous meeting's day; without
one, the dateline or publication day, marked uncertain, and a year-less
dateline day ("July 19") is kept as ``date_text`` for linking. Where: the
place the clause names ("in Beijing", "at the Great Hall", "in the Thai
capital", "here" = the dateline), else the city of the article's earlier
meeting or its dateline, for meetings held in person. How: video or phone
only from the meeting's own words; in person with a place, a visit or
"face-to-face"; otherwise unstated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from ..knowledge import Knowledge, country_of
from ..models import Evidence, MeetingFormat, MeetingReport, Person
from .dates import Dateline, find_dates, parse_dateline, resolve_range
from .people import CJK_SURNAMES, HEAD_NOUNS, STOPWORDS, TITLE_WORDS
from .places import canonical_place, place_of
from .text import Cue

BACKGROUND_AGE = timedelta(days=14)  # a meeting this long before publication is background

# ------------------------------------------------------------------ vocabulary

_TRIGGER = re.compile(
    r"\b(?:"
    r"(?P<verb>met|meets?|meeting|talked|talking|spoke|speaks?|speaking|conferred|confers|"
    r"told|tells?|telling|received|receives?|receiving|hosted|hosts?|hosting|welcomed|welcomes|"
    r"joined|joins|called\s+on|calls\s+on|calling\s+on|paid\s+a\s+(?:courtesy\s+)?call\s+on|"
    r"sat\s+down|sits\s+down|see)"
    r"|(?P<noun>talks?|meetings|conversations?|discussions?|summits?|sessions?|dialogue|consultations|"
    r"negotiations|video\s*link|videoconference|video\s+conference|calls?)"
    r"|(?P<joint>agreed|agrees?|discussed|discuss(?:es)?|signed|shook\s+hands|exchanged\s+views|spent)"
    r")\b",
    re.IGNORECASE,
)
# Verbs whose object may follow directly ("met Xi", "told Biden"); the rest need "with"/"to".
_DIRECT = frozenset("""met meet meets meeting told tell tells telling received receive receives receiving
    hosted host hosts hosting welcomed welcomes joined joins see""".split())
_NEEDS_PERSON_SOON = frozenset("told tell tells telling received receive receives receiving hosted host hosts "
                               "hosting welcomed welcomes joined joins see".split())
_COMMUNICATION = frozenset("talked talking spoke speak speaks speaking conferred confers call calls "
                           "conversation conversations".split())
_OBJECT_LINK = re.compile(r"\b(?:with|between|of|to|on)\b", re.I)

_FUTURE = re.compile(
    r"\b(?:will|shall|won't|is\s+to|are\s+to|was\s+to|were\s+to|(?:is|are|was|were)\s+due\s+to|due\s+to|"
    r"expect(?:s|ed)?\s+to|(?:is|are)\s+set\s+to|scheduled\s+to|slated\s+to|plans?\s+to|planning\s+to|"
    r"planned|intends?\s+to|aims?\s+to|(?:is|are)\s+going\s+to|toward|towards|upcoming|forthcoming|"
    r"next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months)|"
    r"would|if\s+it\s+happens)\b|'ll\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|neither|nor|whether|unless|refused|declined|cancel(?:l)?ed|called\s+off|"
    r"postponed|ruled\s+out|denied|want|wants|wanted|rather\s+than|instead\s+of|n't)\b|n't\b",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+|last\s+|also\s+|already\s+|previously\s+|earlier\s+|never\s+|first\s+)?"
    r"(?:met|spoken|held|talked|hosted|received|visited|been|conferred|sat|signed|agreed|discussed)\b"
    r"|\b(?:last|previously|first|once)\s+(?:met|spoke|held|talked|hosted|received)\b"
    r"|\bhave\s+(?:met|spoken|held|talked)\b",
    re.IGNORECASE,
)
_BACKGROUND_AFTER = Cue(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|multiple)\s+times\b|\btwice\b"
    r"|\bon\s+several\s+occasions\b|\b(?:previous|last|earlier|prior|former)\s+(?:visit|trip|meeting|summit|talks)\b"
    r"|\blast\s+(?:year|month|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+last\s+year\b|\bearlier\s+this\s+(?:month|year)\b|\b(?:weeks|months|years)\s+(?:after|since|before|ago)\b",
    "times twice occasions visit trip meeting summit talks last earlier weeks months years",
)
_FOLLOWS = re.compile(r"\b(?:follows|followed|comes|came)\b(?:\s+[\w'’-]+){0,5}\s*$", re.IGNORECASE)
# Weaker signs that a meeting is an earlier one the article only recalls. They make a report
# background only when it has no day of its own and the article's main meeting is another one
# (see _drop_recalled): "Lula, who met Xi in Beijing, ...", "met previously", "has met".
_RECALL = re.compile(
    r"\b(?:previously|formerly|in\s+the\s+past|in\s+(?:recent|past|previous)\s+(?:years|months|weeks)|over\s+the\s+"
    r"(?:years|past\s+\w+)|repeatedly|regularly|frequently|often|several\s+times|many\s+times|on\s+(?:several|many|"
    r"numerous)\s+occasions|once\s+before|earlier\s+in\s+the\s+(?:year|month)|in\s+the\s+past\s+(?:year|month|week)|"
    r"(?:his|her|their)\s+(?:first|previous|earlier|past)\s+(?:\w+\s+)?(?:terms?|tenure|mandate)|"
    r"(?:previous|earlier|prior|past|last|former)\s+(?:\w+\s+)?(?:visits?|trips?|meetings?|summits?|talks|rounds?|"
    r"encounters?|contacts?|calls?|terms?)|at\s+the\s+time|back\s+in|before(?=\s*(?:[.,;]|$)))(?!\w)",
    re.IGNORECASE,
)
_PERFECT = re.compile(
    r"\b(?:has|have|'ve)\s+(?:\w+ly\s+|also\s+|already\s+|previously\s+|never\s+|both\s+)?"
    r"(?:met|spoken|held|talked|hosted|received|conferred|visited|sat)\b",
    re.IGNORECASE,
)
_LATER_THAN = re.compile(  # "The visit comes months after ...", "came shortly after": the clause that follows is past
    r"\b(?:comes?|came|follows|followed|days|weeks|months|years|shortly|soon|long|just)\s+(?:after|following)\s*$",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    r"\b(?:later|earlier)\s+(?:in\s+)?(?:the\s+|that\s+)?(?:same\s+)?day\b|\bthe\s+same\s+day\b"
    r"|\bhours\s+(?:after|before|later)\b|\bthen\b(?!-)",
    re.IGNORECASE,
)
_DAYS_OF_TALKS = Cue(
    r"\b(?P<how>end|close|conclusion|wrapped\s+up|wrap\s+up|concluded|ended|after)\b[^.;]{0,30}?"
    r"\b(?P<n>two|three|four|2|3|4)\s+days\s+of\b",
    "days",
)
_N = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}

_VIDEO = re.compile(
    r"\bvideo\b|\bvideoconferenc|\bvirtual(?:ly)?\b|\bonline\s+(?:meeting|talks|summit)\b", re.IGNORECASE)
_PHONE = re.compile(r"\b(?:tele)?phone\b", re.IGNORECASE)
_IN_PERSON = re.compile(
    r"\bface[\s-]to[\s-]face\b|\bin[\s-]person\b|\bvisit(?:s|ed|ing)?\b|\btrip\b|\bsidelines\b|\bmargins\b"
    r"|\bshook\s+hands\b|\bhotel\b|\bguesthouse\b|\bresidence\b|\barrived\b|\btravel(?:l)?ed\b|\bhosted\b"
    r"|\breceived\b|\bwelcomed\b|\bGreat\s+Hall\b",
    re.IGNORECASE,
)
_VISIT = Cue(
    r"\bvisit(?:s|ed|ing)?\b|\btrip\b|\btravel(?:s|led|ed|ling|ing)?\b|\barrived\b|\blanded\b",
    "visit trip travel arrived landed",
)
_HERE = re.compile(r"\bhere\b(?!['’]s)")
# Where and when between a verb and its object: "received at Al-Yamamah Palace in Riyadh today Minister ... X".
_ADJUNCT = re.compile(r"\b(?:at|in)\s+(?=(?:the\s+)?[A-Z])|\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|"
                      r"evening))\b|\bon\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")

# Clause boundaries: subordinators and strong punctuation.
_SUBORDINATORS = frozenset(
    "since after before when whenever while whereas because although though whether where if unless until once".split())
_BOUNDARY = re.compile(
    r"\b(?:since|after|before|when|whenever|while|whereas|because|although|though|whether|where|if|unless|until|once)\b"
    r"|;|:(?!\d)|\s[—–-]{1,2}\s|,\s+as\b|\bas\s+well\s+as\b|\bfollowing\b|\bahead\s+of\b"
    r"|\baccording\s+to\b|\bthat\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b|,\s+[a-z]+(?:ed|en)\s+by\b", re.IGNORECASE)
# The same patterns without IGNORECASE, run on the lower-cased sentence: several times faster.
_TRIGGER_LOW = re.compile(_TRIGGER.pattern)
_BOUNDARY_LOW = re.compile(_BOUNDARY.pattern)
_RELATIVE_LOW = re.compile(_RELATIVE.pattern)
_OBJECT_STOP = re.compile(
    r"\b(?:who|whom|whose|which|that|said|says|told|but|while|because|although|though|since|after|before|when|"
    r"where|whether|during|amid|following|ahead|according|urging|saying|adding)\b|\bas\s+well\s+as\b|[;:\"“”]",
    re.IGNORECASE,
)
_APPOSITION_PREPS = frozenset("to by from under than like about against toward towards".split())
_NOT_THE_PERSON = frozenset(
    "administration administration's era government government's doctrine camp team thought thoughts presidency".split())
_MEETING_NOUNS = frozenset(
    "meeting meetings talks talk call calls conversation conversations discussions summit summits session meet "
    "dialogue".split())
_GROUP = re.compile(
    r"\b(?:[Tt]he|[Bb]oth|[Tt]he\s+both)\s+(?:two\s+)?(?:leaders?|presidents|heads\s+of\s+state|(?:foreign\s+)?ministers|"
    r"sides|men|diplomats|envoys|delegations|counterparts)\b"
    r"|\b[Tt]he\s+two(?=\s+(?:have|had|has|were|are|will|would|met|held|spoke|talked|agreed|also|last)\b)"
    r"|\b[Tt]he\s+pair\b|\b[Tt]hey\b"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WORD = re.compile(r"[\w'’.-]+")
_NAME_TOKEN = re.compile(r"[^\W_](?:\w|['’](?!s\b)(?=\w))*")  # "Biden's" -> "Biden"; "Fo'an" stays
_ANAPHOR = Cue(
    r"\b(?:the|this|that|their|his|her|its|today's|both)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|meetings|talks|talk|call|conversation|summit|session|discussions|exchanges|encounter|dialogue)\b"
    r"|^(?:Talks|The\s+talks|Their\s+talks)\b",
    "meeting talk call conversation summit session discussions exchanges encounter dialogue",
)
_DELEGATION = re.compile(r"\b(?:led|leads|leading|headed|heads|heading|opened|chaired|co-chaired|chairs)\b")
_GROUP_SUBJECT = re.compile(
    r"(?<![\w-])(?:group|groups|delegations?|teams?|officials|negotiators|commission|committee|sides)(?![\w-])",
    re.IGNORECASE)
_FILLER = frozenset("the a an his her its their of for and on & 's".split())
# "after wrapping up talks with", "after two days of talks with": the clause borrows the main clause's subject.
_SUBJECTLESS = re.compile(r"\s*(?:\w+ing\b.*|(?:(?:a|an|the|two|three|four|several|more|than|days?|hours?|rounds?|of|"
                          r"\d+)\s+)*)", re.IGNORECASE | re.DOTALL)
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b|\bback-to-back\b|\brespectively\b|\bone-on-one\b", re.IGNORECASE)
_DISQUALIFY = frozenset("vice deputy former then ex assistant under acting late".split())


# ------------------------------------------------------------------ mentions


@dataclass(frozen=True, slots=True)
class _Mention:
    """A reference to people in one sentence: a name, a description, a pronoun or a group."""

    start: int
    end: int
    names: tuple[str, ...]
    kind: str  # "name" | "desc" | "pronoun" | "group"
    text: str


class _Cast:
    """The article's people and every way this article refers to them."""

    def __init__(self, people: list[Person], knowledge: Knowledge) -> None:
        self.people = people
        owners: dict[tuple[str, ...], set[str]] = {}  # a form's words -> who it may name
        for person in people:
            for form in {person.name, *person.forms, _surname(person, knowledge)}:
                words = tuple(_NAME_TOKEN.findall(form))
                if words:
                    owners.setdefault(words, set()).add(person.name)
        self.owners = owners
        self.by_first: dict[str, list[tuple[str, ...]]] = {}  # first word -> forms, longest first
        for words in sorted(owners, key=lambda w: (-len(w), w)):
            self.by_first.setdefault(words[0], []).append(words)
        self.titles = {p.name: [_title_tokens(r.title) for r in p.roles] for p in people}
        heads = {t[-1] for titles in self.titles.values() for t in titles if t} & set(HEAD_NOUNS)
        self.desc_re = _description_pattern(tuple(sorted(heads))) if heads else None
        self.last_seen: dict[str, tuple[int, int]] = {}
        self.count: dict[str, int] = {}
        self.previous_first: str | None = None  # first person of the previous sentence ("He" resolves here)
        self.visits: list[set[str]] = []  # people of each sentence that speaks of a visit or trip

    def mentions(self, text: str, index: int) -> list[_Mention]:
        """Names and descriptions of people in ``text``, pronouns and groups unresolved."""
        found = self._names(text, index)
        taken = [(m.start, m.end) for m in found]
        if self.desc_re is not None:
            for m in self.desc_re.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if _name_follows(text, m.end(), found):
                    continue  # "the president Xi Jinping": the name says it
                name = self._described(m.group(1) + m.group(2), (index, m.start()))
                if name:
                    found.append(_Mention(m.start(), m.end(), (name,), "desc", m.group(0)))
                    taken.append((m.start(), m.end()))
        for pattern, kind in ((_GROUP, "group"), (_PRONOUN, "pronoun")):
            for m in pattern.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(_Mention(m.start(), m.end(), (), kind, m.group(0)))
        found.sort(key=lambda m: m.start)
        for mention in found:
            for name in mention.names:
                self.last_seen[name] = (index, mention.start)
                self.count[name] = self.count.get(name, 0) + 1
        return found

    def _names(self, text: str, index: int) -> list[_Mention]:
        """Every form of a person's name, longest first ("Li Keqiang" is never "Li" of Li Qiang)."""
        found: list[_Mention] = []
        tokens = list(_NAME_TOKEN.finditer(text)) if self.owners else []
        words_at = [t.group() for t in tokens]
        i = 0
        while i < len(tokens):
            for words in self.by_first.get(words_at[i], ()):
                size = len(words)
                if tuple(words_at[i:i + size]) != words:
                    continue
                start, end = tokens[i].start(), tokens[i + size - 1].end()
                nxt = tokens[i + size].group().lower() if i + size < len(tokens) else ""
                name = self._owner(words, (index, start))
                if name and nxt not in _NOT_THE_PERSON:  # "the Biden administration"
                    found.append(_Mention(start, end, (name,), "name", text[start:end]))
                i += size - 1
                break
            i += 1
        return found

    def _owner(self, form: tuple[str, ...], pos: tuple[int, int]) -> str | None:
        names = self.owners.get(form, set())
        if len(names) == 1:
            return next(iter(names))
        seen = [(self.last_seen[n], n) for n in names if n in self.last_seen and self.last_seen[n] < pos]
        return max(seen)[1] if seen else None

    def _described(self, phrase: str, pos: tuple[int, int]) -> str | None:
        """The one person whose title in this article fits "the premier", "his Chinese counterpart"."""
        want = _title_tokens(phrase)
        if not want:
            return None
        fits = [name for name, titles in self.titles.items() if any(_fits(want, t) for t in titles)]
        if len(fits) == 1:
            return fits[0]
        # Several fit ("the secretary"): the article's main figure among them, then the latest named.
        seen = [(self.count.get(n, 0), self.last_seen[n], n) for n in fits if n in self.last_seen and self.last_seen[n] < pos]
        return max(seen)[2] if seen else None


def _surname(person: Person, knowledge: Knowledge) -> str:
    """The bare surname a later mention may use ("Lavrov" for "Mr. Lavrov"), unless it is a common word."""
    known = knowledge.person(person.name)
    if known is not None:
        surname = known.surname
    else:
        words = person.name.split()
        surname = words[0] if 2 <= len(words) <= 3 and words[0].lower() in CJK_SURNAMES else words[-1]
    return "" if surname.lower() in STOPWORDS or len(surname) < 2 else surname


@lru_cache(maxsize=1024)
def _description_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """"the premier", "his Chinese counterpart": a determiner, a few words, a head noun of a title."""
    return re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+((?:[\w'’.-]+\s+){0,4}?)(" +
                      "|".join(map(re.escape, heads)) + r")\b", re.IGNORECASE)


def _title_tokens(title: str) -> tuple[str, ...]:
    """Lower-case title words, country words as ISO codes: "China's top diplomat" -> ("CN", "top", "diplomat")."""
    out: list[str] = []
    for word in _WORD.findall(title):
        word = word.strip(".'’")
        if not word:
            continue
        code = country_of(word) if word[0].isupper() else None
        if code:
            out.append(code)
            continue
        low = re.sub(r"['’]s$", "", word.lower())
        if low in {"the", "a", "an", "his", "her", "its", "their", "of", "for", "and"}:
            continue
        out.append(low)
    return tuple(out)


def _fits(want: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """A description fits a title when the title has all its words and no qualifier it lacks."""
    if not set(want) <= set(title) or want[-1] not in title:
        return False
    head = title.index(want[-1])
    return not (head and title[head - 1] in _DISQUALIFY and title[head - 1] not in want)


def _name_follows(text: str, end: int, names: list[_Mention]) -> bool:
    return any(0 <= m.start - end <= 2 for m in names if m.kind == "name")


# ------------------------------------------------------------------- frames


@dataclass(slots=True)
class _Date:
    """A date expression in a sentence, resolved."""

    start: int
    end: int
    text: str
    value: date | None
    precision: str
    uncertain: bool


@dataclass(slots=True)
class _Frame:
    """One meeting expression in one sentence: who, and the stretch of text that is about it."""

    participants: tuple[str, ...]
    written: dict[str, str]
    index: int  # sentence index (-1: the headline)
    trigger: tuple[int, int]
    scope: tuple[int, int]
    word: str
    # "strong": may start a report; "weak": only adds to one; "anaphoric": people only by reference, settled
    # by _frames; "pending": no people yet ("the working group met"), its heads come next (_delegation).
    strength: str
    status: str = "reported"  # "reported" | "preview" | "background"
    fmt: MeetingFormat | None = None
    place: str | None = None
    day: date | None = None
    end: date | None = None
    date_text: str | None = None
    uncertain: bool = True
    explicit: bool = False  # the date was stated for this meeting
    recalled: bool = False  # a weak sign of an earlier meeting only recalled (_RECALL, a relative clause, ...)


@dataclass(slots=True)
class _Sentence:
    index: int
    evidence: Evidence
    text: str
    low: str | None  # the text lower-cased, when that keeps every offset
    mentions: list[_Mention]
    dates: list[_Date]
    skip: list[tuple[int, int]]  # relative clauses
    bounds: list[tuple[int, int, str]] = field(default_factory=list)  # clause boundaries (start, end, word)

    def finditer(self, fast: re.Pattern[str], slow: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a lower-case pattern (``fast`` on ``low`` when possible, else ``slow``)."""
        return fast.finditer(self.low) if self.low is not None else slow.finditer(self.text)


@dataclass(slots=True)
class _Article:
    """Everything one article's meeting extraction needs, and its running state."""

    cast: _Cast
    anchor: date | None
    published: date | None
    dateline: Dateline | None
    source: str
    knowledge: Knowledge
    current: list[str] = field(default_factory=list)  # participants of the meeting in focus
    stamp: date | None = None  # a live blog's last time stamp


def find_meetings(
    *,
    sentences: list[Evidence],
    headline: str | None,
    people: list[Person],
    published: date | None,
    dateline: Dateline | None,
    knowledge: Knowledge,
    source: str,
) -> list[MeetingReport]:
    """Meeting reports (and previews) in article order: the headline's meeting first."""
    dateline = dateline or _late_dateline(sentences, published)
    anchor = published or (dateline.date if dateline else None)
    art = _Article(_Cast(people, knowledge), anchor, published, dateline, source, knowledge)
    texts: list[tuple[int, Evidence]] = []
    if headline and headline.strip():
        texts.append((-1, Evidence(source, " ".join(headline.split()))))
    texts += list(enumerate(sentences))
    builder = _Reports(art)
    pending: _Frame | None = None
    for index, ev in texts:
        sent = _analyse(art, index, ev)
        if _is_stamp(sent):
            art.stamp = sent.dates[0].value
            continue
        frames = _frames(art, sent)
        if pending is not None and not any(len(f.participants) >= 2 for f in frames):
            frames += _delegation(sent, pending)
        pending = next((f for f in frames if f.strength == "pending"), None)
        builder.add(sent, [f for f in frames if f.strength != "pending"])
    reports = builder.finish()
    _attach_facts(sentences, reports, people)
    return reports


def _late_dateline(sentences: list[Evidence], published: date | None) -> Dateline | None:
    """A dateline that opens a later paragraph ("BEIJING, July 19 (TMTPost)—" after a summary)."""
    for ev in sentences[:6]:
        found = parse_dateline(ev.sentence, published)
        if found is not None and (found.date_text or found.outlet):
            return found
    return None


def _attach_facts(sentences: list[Evidence], reports: list[MeetingReport], people: list[Person]) -> None:
    """Durations, counts and claims come from the facts module, once it offers ``attach_facts``."""
    from . import facts

    attach = getattr(facts, "attach_facts", None)
    if attach is not None:
        attach(sentences, reports, people)


# --------------------------------------------------------------- a sentence


def _analyse(art: _Article, index: int, ev: Evidence) -> _Sentence:
    text = ev.sentence
    mentions = art.cast.mentions(text, index)
    anchor = art.anchor or art.stamp
    dates: list[_Date] = []
    pos = 0
    for m in find_dates([ev], anchor):
        at = text.find(m.text, pos)
        if at < 0:
            continue
        pos = at + len(m.text)
        dates.append(_Date(at, pos, m.text, m.value, m.precision, m.uncertain))
    if index < 6 and art.dateline is not None:  # the dateline's day is the article's, not a meeting's
        cut = _dateline_end(text)
        dates = [d for d in dates if d.start >= cut]
    if _VISIT.search(text):
        art.cast.visits.append({n for m in mentions for n in m.names})
    low = text.lower()
    sent = _Sentence(index, ev, text, low if len(low) == len(text) else None, mentions, dates, [])
    sent.skip = _relative_spans(sent)
    return sent


def _dateline_end(text: str) -> int:
    found = parse_dateline(text, None)
    return found.end if found is not None else 0


def _relative_spans(sent: _Sentence) -> list[tuple[int, int]]:
    """", who is visiting China," and the like: asides whose people and dates belong to no meeting."""
    spans = []
    text = sent.text
    for m in sent.finditer(_RELATIVE_LOW, _RELATIVE):
        end = text.find(",", m.end())
        spans.append((m.start(), end if end >= 0 else len(text)))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out (offsets kept)."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _own_relative(sent: _Sentence, pos: int) -> tuple[int, int] | None:
    """The relative clause ``pos`` is in, if any ("who met Xi in Beijing")."""
    return next(((s, e) for s, e in sent.skip if s <= pos < e), None)


def _asides(sent: _Sentence, pos: int) -> list[tuple[int, int]]:
    """The sentence's relative clauses, except the one ``pos`` is in (its meeting's own words)."""
    return [(s, e) for s, e in sent.skip if not s <= pos < e]


def _is_stamp(sent: _Sentence) -> bool:
    """A live blog's time stamp line ("19 Jun 2023 11.42 BST"): the date of what follows."""
    if not sent.dates or sent.dates[0].value is None or sent.dates[0].start > 2 or sent.mentions:
        return False
    rest = sent.text[sent.dates[0].end:]
    return len(re.findall(r"[A-Za-z]{3,}", rest)) <= 2 and sent.dates[0].precision == "day"


# ------------------------------------------------------------------ frames


def _frames(art: _Article, sent: _Sentence) -> list[_Frame]:
    """Every meeting expression of a sentence, left to right, each with its people."""
    frames: list[_Frame] = []
    objects: set[int] = set()  # mention starts already used as someone's object
    triggers = [m for m in sent.finditer(_TRIGGER_LOW, _TRIGGER) if _trigger_ok(sent.text, m)]
    if not triggers:
        return frames
    sent.bounds = [(m.start(), m.end(), m.group(0).lower()) for m in sent.finditer(_BOUNDARY_LOW, _BOUNDARY)
                   if not _inside(m.start(), sent.skip)]
    for i, m in enumerate(triggers):
        nxt = next((t for t in triggers[i + 1:] if _cuts(sent.text, t)), None)
        limit = nxt.start() if nxt else len(sent.text)
        frames += _frame(art, sent, m, limit, objects)
    for frame in frames:
        _classify(art, sent, frame)
        if frame.strength == "anaphoric":
            own_date = frame.date_text is not None and frame.explicit or frame.day is None and frame.date_text
            strong_noun = frame.word not in _MEETING_NOUNS or _strong_verb_before(sent.text, frame.trigger[0])
            frame.strength = "strong" if own_date and strong_noun and frame.status == "reported" else "weak"
    for frame in frames:  # "had last met on July 4 in Astana, where they agreed ...": the same past event
        if frame.status == "reported" and frame.date_text and any(
                f.status == "background" and f.date_text == frame.date_text and f.trigger < frame.trigger
                for f in frames):
            frame.status = "background"
    return frames


def _cuts(text: str, m: re.Match[str]) -> bool:
    """Does this trigger start a meeting of its own? A bare noun ("for talks", "the G20 summit") does not."""
    if not m.group("noun"):
        return True
    return bool(re.match(r"[^,;.]{0,25}?\b(?:with|between)\b", text[m.end():m.end() + 40], re.I))


def _trigger_ok(text: str, m: re.Match[str]) -> bool:
    word = m.group(0).lower()
    after = text[m.end():m.end() + 60]
    if word == "see":
        return bool(re.search(r"\b(?:to|will|would|'ll)\s+$", text[max(0, m.start() - 12):m.start()]))
    if word == "spent":
        return "together" in after[:50]
    if word in {"call", "calls"}:
        return not re.match(r"\s+(?:for\b|to\s+\w|on\s+(?![A-Z][a-z]+day\b|\d))", after)
    if word in {"summit", "session", "dialogue"} and re.match(r"\s+(?:of|on)\b", after):
        return False
    return True


def _frame(art: _Article, sent: _Sentence, m: re.Match[str], limit: int, objects: set[int]) -> list[_Frame]:
    """The meeting one trigger expresses; one per object for "separate meetings with X and Y"."""
    word = " ".join(m.group(0).lower().split())
    kind = "verb" if m.group("verb") else "noun" if m.group("noun") else "joint"
    start, end = m.start(), m.end()
    clause_start, clause_word = _clause_start(sent, start)
    if _negated(sent.text[max(0, clause_start - 12):start]):  # the clause's own opener counts ("whether")
        return []
    # Passive: "was received by Xi".
    passive = re.match(r"\s+by\b", sent.text[end:end + 5]) and word in {"received", "hosted", "welcomed", "met"}
    objs: list[_Mention] = []
    between = False
    if kind != "joint" and not passive:
        objs, between = _objects(sent, end, limit, word, kind)
    if passive:
        agent = _objects(sent, end, limit, "met", "verb", passive=True)[0][:1]
        subj = _passive_subject(sent, clause_start, start)
        if not agent or not subj:
            return []
        people = [subj, *agent]
    elif between:
        people = objs
    else:
        subj = _subject(art, sent, clause_start, clause_word, start, objects, objs)
        people = subj + objs
        comma = sent.text.find(",", objs[-1].end) if objs else -1
        if subj and objs and subj[0].start > objs[-1].end and comma >= 0:
            limit = min(limit, comma)  # "In talks with Kerry, Li said ...": the meeting's words end at the comma
        if len(objs) > 1 and subj and _SEPARATE.search(sent.text[max(0, start - 40):objs[0].start]):
            out: list[_Frame] = []
            for obj in objs:  # "held separate meetings with X and Y": one each
                out += _frame_of(art, sent, m, word, kind, subj + [obj], [obj], clause_start, limit, objects)
            return out
    return _frame_of(art, sent, m, word, kind, people, objs, clause_start, limit, objects)


def _frame_of(art: _Article, sent: _Sentence, m: re.Match[str], word: str, kind: str, people: list[_Mention],
              objs: list[_Mention], clause_start: int, limit: int, objects: set[int]) -> list[_Frame]:
    start, end = m.start(), m.end()
    for mention in objs:
        objects.add(mention.start)
    names, written = _resolve(art, sent, people)
    if len([p for p in people if p.kind in {"name", "desc"}]) >= 2:
        art.current = sorted(names)  # "... and the two leaders held talks again": the pair just named
    scope_end = _scope_end(sent, max([end] + [o.end for o in objs]), limit)
    strength = "strong"
    if kind == "joint" and (len([p for p in people if p.kind in {"name", "desc"}]) < 2 or objs):
        strength = "weak"
    if kind == "noun" and not objs and not _strong_verb_before(sent.text, start) and not _compound(sent, start):
        strength = "weak"  # "for three sessions", "at the Bali summit": a reference to the meeting, not its report
    if not any(p.kind in {"name", "desc"} for p in people):
        strength = "anaphoric"  # "the two leaders ...": a new meeting only with a date of its own (see _frames)
    if len(names) < 2:
        if not names and _GROUP_SUBJECT.search(sent.text[clause_start:start]) and kind != "joint" and \
                word in {"met", "meet", "meets", "talks", "meeting", "held"}:
            strength = "pending"  # "the working group met": its heads come in the next sentence
        elif not names:
            return []
        else:
            strength = "weak"
    frame = _Frame(tuple(sorted(names)), written, sent.index, (start, end), (clause_start, scope_end), word, strength)
    frame.fmt = _format(sent.text, start, _scope_end(sent, scope_end, len(sent.text)), word)
    frame.place = _place(art, sent, frame)
    return [frame]


def _strong_verb_before(text: str, start: int) -> bool:
    """"held an informal meeting", "wrapped up two days of talks": the noun is an event, not a reference."""
    return bool(re.search(r"\b(?:held|holds?|holding|had|has|have|wrapped\s+up|concluded|opened|began|started|"
                          r"continued|ended|doing|did|conducted|conducts?)\b(?:\s+[\w'’-]+){0,6}\s*$",
                          text[max(0, start - 60):start], re.I))


def _compound(sent: _Sentence, start: int) -> bool:
    """"Wang Yi–Amorim talks", "a Putin-Xi summit": two people joined by a dash right before the noun."""
    before = [m for m in sent.mentions if m.end <= start and m.kind == "name"]
    if len(before) < 2:
        return False
    a, b = before[-2], before[-1]
    return bool(re.fullmatch(r"\s*[-–—]\s*", sent.text[a.end:b.start])) and \
        bool(re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}", sent.text[b.end:start]))


def _clause_start(sent: _Sentence, pos: int) -> tuple[int, str]:
    """Where the clause holding ``pos`` begins, and the word that opens it."""
    best, word = 0, ""
    for s, e, w in sent.bounds:
        if e <= pos:
            best, word = e, w
    return best, word


def _scope_end(sent: _Sentence, pos: int, limit: int) -> int:
    for s, _, _ in sent.bounds:
        if s >= pos:
            return min(s, limit)
    return limit


def _negated(text: str) -> bool:
    words = text.split()[-8:]
    return bool(_NEGATION.search(" ".join(words)))


def _objects(sent: _Sentence, end: int, limit: int, word: str, kind: str,
             passive: bool = False) -> tuple[list[_Mention], bool]:
    """The people a trigger reaches forward: its object and those coordinated with it."""
    text = sent.text
    stop = _OBJECT_STOP.search(text, end, limit)
    region_end = stop.start() if stop else limit
    asides = _asides(sent, end - 1)
    after = [m for m in sent.mentions if end <= m.start < region_end and not _inside(m.start, asides)
             and (passive or not _excluded(text, m, m.start))]
    if not after:
        return [], False
    gap = text[end:after[0].start]
    link = _OBJECT_LINK.search(gap)
    between = bool(re.search(r"\b(?:between|of)\b", gap, re.I)) and not re.search(r"\bwith\b", gap, re.I)
    direct = word.split()[0] in _DIRECT or word.startswith(("called", "calls", "calling", "paid"))
    if kind == "noun" and not link:
        return [], False
    if kind == "verb" and not link and (not direct or "," in gap or _noun_use(text, end - len(word))):
        return [], False  # "In a separate meeting, Alves ...": no direct object across a comma
    budget = 0 if word.startswith(("told", "tell")) else 1 if word in _NEEDS_PERSON_SOON else 6
    if not _gap_ok(_ADJUNCT.sub(" ", gap), budget):
        return [], False  # "told reporters the two leaders ...": reporters were told
    chosen = [after[0]]
    settled = 1  # how many of ``chosen`` a list is sure to hold: "X, Y and Z" ends with "and"
    for mention in after[1:]:
        gap = text[chosen[-1].end:mention.start]
        if mention.names and set(mention.names) <= {n for c in chosen for n in c.names}:
            chosen.append(mention)  # "his Chinese counterpart, Xie Zhenhua": the same person
            settled = len(chosen)
            continue
        if not re.search(r",|\band\b|&", gap, re.I) or not _gap_ok(gap, 2) or _excluded(text, mention, mention.start) \
                or mention.kind in {"group", "pronoun"}:  # "... and the two leaders held": a new clause
            break
        chosen.append(mention)
        if re.search(r"\band\b|&", gap, re.I) or sent.index < 0:
            settled = len(chosen)  # a headline lists with commas alone ("talks with Wang, Xi")
    chosen = chosen[:settled]  # "In his meeting with Lavrov, Jaishankar said": a comma ends the phrase
    if between and len({n for c in chosen for n in c.names} | {c.text for c in chosen if c.kind == "group"}) < 2 \
            and not any(c.kind == "group" for c in chosen):
        between = False
    return chosen, between


def _noun_use(text: str, start: int) -> bool:
    """"a separate meeting", "their meeting": a determiner makes the word a noun, which takes no direct object."""
    return bool(re.search(r"\b(?:a|an|the|their|his|her|its|this|that|our)\s+(?:[\w-]+\s+)?$",
                          text[max(0, start - 30):start], re.I))


def _gap_ok(gap: str, budget: int) -> bool:
    """A gap between a trigger and a person holds only titles and a few small words."""
    loose = 0
    for token in _WORD.findall(gap):
        low = token.lower().strip(".'’")
        if not low or low in _FILLER or low in TITLE_WORDS or token[:1].isupper() or low.isdigit():
            continue
        if country_of(token):
            continue
        loose += 1
    return loose <= budget


def _excluded(text: str, mention: _Mention, start: int) -> bool:
    """People who only qualify someone else: "adviser to President Lula", "Biden's envoy", "People's Republic"."""
    if mention.kind in {"pronoun", "group"}:
        return False
    after = text[mention.end:mention.end + 40]
    pm = re.match(r"['’]s?\s+([\w-]+)", after)
    if pm and pm.group(1).lower() not in _MEETING_NOUNS and not re.match(r"(?:first|latest|second|last)$",
                                                                         pm.group(1).lower()):
        return True
    words = _WORD.findall(text[max(0, start - 120):start])
    for i in range(len(words) - 1, -1, -1):
        token = words[i]
        low = token.lower().strip(".'’")
        if low in _APPOSITION_PREPS:
            if i and _TRIGGER.fullmatch(words[i - 1]):
                return False  # "spoke to Zelenskiy", "was received by Xi": the meeting's own preposition
            # "ambassador to Beijing Nicholas Burns": a bare place after "to" belongs to the title
            rest = " ".join(w.strip(".,'’") for w in words[i + 1:])
            rest = re.sub(r"^the\s+", "", rest, flags=re.I)  # "Ambassador to the United States Qin Gang"
            return not (rest and canonical_place(rest))
        if low in _FILLER or low in TITLE_WORDS or token[:1].isupper() or country_of(token):
            continue
        return False
    return False


def _passive_subject(sent: _Sentence, clause_start: int, start: int) -> _Mention | None:
    """"Blinken was received by Xi": the person right before "was"."""
    before = [m for m in sent.mentions if clause_start <= m.end <= start and not _inside(m.start, sent.skip)]
    if not before:
        return None
    last = before[-1]
    gap = sent.text[last.end:start]
    return last if re.fullmatch(r"\s*(?:,[^,]*,\s*)?(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?",
                                gap) else None


def _subject(art: _Article, sent: _Sentence, clause_start: int, clause_word: str, start: int,
             objects: set[int], objs: list[_Mention]) -> list[_Mention]:
    """Who does the meeting: the nearest free person before the trigger, with those coordinated."""
    text = sent.text
    rel = next(((s, e) for s, e in sent.skip if s <= start < e), None)
    if rel is not None:  # "Xi Jinping, who met the top US diplomat": the antecedent
        before = [m for m in sent.mentions if m.end <= rel[0] and rel[0] - m.end <= 3]
        return before[-1:]
    candidates = [m for m in sent.mentions if clause_start <= m.start and m.end <= start
                  and not _inside(m.start, sent.skip) and m.start not in objects and not _excluded(text, m, m.start)]
    if not candidates and clause_word in _SUBORDINATORS and _SUBJECTLESS.fullmatch(text[clause_start:start]):
        outer, _ = _clause_start(sent, max(0, clause_start - len(clause_word) - 1))
        candidates = [m for m in sent.mentions if outer <= m.start and m.end <= start
                      and not _inside(m.start, sent.skip) and m.start not in objects and not _excluded(text, m, m.start)]
    if not candidates:
        return _fronted_subject(sent, start, objs)
    group = [candidates[-1]]
    for mention in reversed(candidates[:-1]):
        gap = text[mention.end:group[0].start]
        if (re.search(r",|\band\b|&", gap, re.I) or re.fullmatch(r"\s*[-–—]\s*", gap)) and _gap_ok(gap, 1) \
                and not _OBJECT_STOP.search(gap):
            group.insert(0, mention)
        else:
            break
    return group


def _fronted_subject(sent: _Sentence, start: int, objs: list[_Mention]) -> list[_Mention]:
    """"In talks with Kerry, Li said ...": the subject follows the fronted phrase."""
    if not objs or not re.match(r"^\W*(?:in|during|at|after|before|following|on)\b", sent.text[:start].strip(), re.I):
        return []
    comma = sent.text.find(",", objs[-1].end)
    if comma < 0:
        return []
    later = [m for m in sent.mentions if m.start > comma and m.kind in {"name", "desc", "pronoun"}]
    return later[:1]


def _resolve(art: _Article, sent: _Sentence, people: list[_Mention]) -> tuple[list[str], dict[str, str]]:
    """Canonical names of the mentions (pronouns and groups resolved), and how each was written."""
    names: list[str] = []
    written: dict[str, str] = {}
    for mention in people:
        if mention.kind == "group":
            found = list(art.current) if len(art.current) >= 2 else []
        elif mention.kind == "pronoun":
            found = _pronoun(art, sent, mention)
        else:
            found = list(mention.names)
            for name in found:
                if mention.kind == "name" and len(mention.text) > len(written.get(name, "")):
                    written[name] = mention.text
        for name in found:
            if name not in names:
                names.append(name)
    return names, written


def _pronoun(art: _Article, sent: _Sentence, mention: _Mention) -> list[str]:
    """"He": the nearest single person named before it in the sentence, else in the one before."""
    before = [m for m in sent.mentions if m.end <= mention.start and m.kind in {"name", "desc"}]
    if before:
        return list(before[-1].names)
    previous = art.cast.previous_first
    return [previous] if previous else []


# -------------------------------------------------------------- classifying


def _classify(art: _Article, sent: _Sentence, frame: _Frame) -> None:
    """Status (reported, preview, background) and date of a frame."""
    text = sent.text
    start, end = frame.trigger
    clause_start, scope_end = frame.scope
    before = text[clause_start:start]
    near_before = " ".join(before.split()[-6:]) + " " + frame.word
    clause_text = _without(text, _asides(sent, start))[clause_start:_scope_end(sent, scope_end, len(text))]
    _date(art, sent, frame)
    background = bool(_PAST_PERFECT.search(near_before)) or bool(_BACKGROUND_AFTER.search(clause_text))
    background = background or _clause_start(sent, start)[1] == "since" or bool(_FOLLOWS.search(before))
    if background:
        frame.status = "background"
        return
    future_text = " ".join(before.split()[-8:]) + " " + text[start:min(scope_end, end + 25)]
    is_future = bool(_FUTURE.search(future_text)) and not re.search(r"\bwould\s+not\b", future_text)
    is_future = is_future or _headline_future(sent, start)
    anchor = art.anchor
    if is_future:
        frame.status = "preview"
        if frame.date_text and anchor:
            value, end_value, precision, uncertain = resolve_range(frame.date_text, anchor, future=True)
            if value and precision == "day":
                frame.day, frame.end, frame.uncertain, frame.explicit = value, end_value, uncertain, True
        return
    if _dated_long_ago(art, sent, frame):
        frame.status = "background"
    elif frame.day and anchor and frame.day > anchor:
        frame.status = "preview"
    else:
        frame.recalled = _recalled(art, sent, frame, clause_text)


def _recalled(art: _Article, sent: _Sentence, frame: _Frame, clause_text: str) -> bool:
    """Weak signs that a meeting is an earlier one the article recalls, not one it reports.

    A relative clause ("Lula, who met Xi in Beijing, said"), a vague time
    ("previously", "in the past", "earlier in the year", "during her previous
    visit"), the perfect ("has met"), "the first meeting ... since", "comes
    months after X met Y", or a month or year that ended before the article's
    time. Alone none of them is enough: "Alves has held talks with Okoro" may
    be today's news. They decide only for a report without a day of its own in
    an article whose main meeting is another one (see ``_drop_recalled``).
    """
    text = sent.text
    start, end = frame.trigger
    clause_start, scope_end = frame.scope
    if _inside(start, sent.skip):
        return True
    if sent.index <= 0:
        return False  # the headline and the lead tell the news ("Lammy has held talks with Wang in Beijing")
    if _RECALL.search(clause_text):
        return True
    if _PERFECT.search(" ".join(text[clause_start:start].split()[-5:]) + " " + frame.word):
        return True
    if _clause_start(sent, start)[1] in {"after", "following"} and _LATER_THAN.search(text[:clause_start]):
        return True
    if re.search(r"\bfirst\b", text[clause_start:start], re.I) and re.search(r"\bsince\b", text[end:], re.I):
        return True  # "the first meeting between A and B since ...": it is dated by what it follows
    return _vaguely_past(art, sent, frame)


def _vaguely_past(art: _Article, sent: _Sentence, frame: _Frame) -> bool:
    """A month or a year (no day) in the frame's clause that ended before the article's day."""
    anchor = art.anchor
    if anchor is None or frame.day is not None:
        return False
    clause_start, scope_end = frame.scope
    asides = _asides(sent, frame.trigger[0])
    for d in sent.dates:
        if clause_start <= d.start < scope_end and not _inside(d.start, asides) and d.value is not None \
                and d.precision in {"month", "year"} and _last_day(d.value, d.precision) < anchor:
            return True
    return False


def _headline_future(sent: _Sentence, start: int) -> bool:
    """"Blinken to meet Wang", "Lavrov to visit Pyongyang, meet Kim": a subject, then "to" and a verb."""
    before = [m for m in sent.mentions if m.end <= start and m.kind in {"name", "desc"}]
    return bool(before) and bool(re.match(r"\s+to\s+(?:also\s+)?[a-z]", sent.text[before[-1].end:start + 1]))


def _dated_long_ago(art: _Article, sent: _Sentence, frame: _Frame) -> bool:
    """True when a date in the frame's clause lies well before the article's own time."""
    anchor = art.anchor
    if anchor is None:
        return False
    clause_start, scope_end = frame.scope
    asides = _asides(sent, frame.trigger[0])
    for d in sent.dates:
        if not (clause_start <= d.start < scope_end) or _inside(d.start, asides) or d.value is None:
            continue
        last = _last_day(d.value, d.precision)
        if last < anchor - BACKGROUND_AGE:
            return True
    return False


def _last_day(value: date, precision: str) -> date:
    if precision == "year":
        return date(value.year, 12, 31)
    if precision == "month":
        nxt = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return value


def _date(art: _Article, sent: _Sentence, frame: _Frame) -> None:
    """The day (and last day) a frame's sentence gives for it, nearest the trigger in its clause."""
    clause_start, scope_end = frame.scope
    start, end = frame.trigger
    asides = _asides(sent, start)
    usable = [d for d in sent.dates if not _inside(d.start, asides)]
    own = _own_relative(sent, start)
    if own is not None:  # "Lula, who met Xi in Beijing, said on Wednesday": the clause's date is not the meeting's
        usable = [d for d in usable if own[0] <= d.start < own[1]]
    inside = [d for d in usable if clause_start <= d.start < scope_end]
    pool = inside or [d for d in usable if d.end <= clause_start]
    if not pool:
        return
    chosen = min(pool, key=lambda d: (0 if start <= d.start < scope_end else 1,
                                      min(abs(d.start - end), abs(start - d.end))))
    frame.date_text = chosen.text
    if chosen.value is None or chosen.precision != "day":
        return
    frame.day, frame.uncertain, frame.explicit = chosen.value, chosen.uncertain, True
    i = sent.dates.index(chosen)
    nxt = sent.dates[i + 1] if i + 1 < len(sent.dates) else None
    if nxt and nxt.value and nxt.value > chosen.value and _range_gap(sent.text[chosen.end:nxt.start]):
        frame.end = nxt.value
        frame.date_text = sent.text[chosen.start:nxt.end]
    else:
        _, end_value, _, _ = resolve_range(chosen.text, art.anchor)
        if end_value and end_value > chosen.value:
            frame.end = end_value


def _range_gap(gap: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:and|to|through|until|till|-|–|—)\s*(?:on\s+)?", gap, re.I))


# ---------------------------------------------------------------- where/how


def _format(text: str, start: int, scope_end: int, word: str) -> MeetingFormat | None:
    """Video or phone when the meeting's own words say so; "call" alone is a phone call."""
    window = text[max(0, start - 30):scope_end]
    if _VIDEO.search(window):
        return "video"
    if _PHONE.search(window) or word in {"call", "calls"}:
        return "phone"
    return None


def _place(art: _Article, sent: _Sentence, frame: _Frame) -> str | None:
    if frame.fmt in ("video", "phone"):
        return None
    clause_start, scope_end = frame.scope
    text = _without(sent.text, _asides(sent, frame.trigger[0]))  # a relative clause's places are not the meeting's
    own = _own_relative(sent, frame.trigger[0])
    if own is not None:  # and a meeting told in a relative clause takes only the clause's own place
        clause_start, scope_end = max(clause_start, own[0]), min(scope_end, own[1])
    piece = text[clause_start:scope_end]
    found = place_of(piece)
    if found is None and _clause_start(sent, frame.trigger[0])[1] == "where":
        found = place_of(text[:scope_end])  # "was in Shanghai, where he met ..."
    if found is None and _HERE.search(piece):
        found = _dateline_place(art)
    return found


def _dateline_place(art: _Article) -> str | None:
    """The dateline's place as the gazetteer names it ("ASTANA. KAZINFORM" -> Astana)."""
    if art.dateline is None:
        return None
    return canonical_place(art.dateline.place) or place_of(f"in {art.dateline.place}")


# ---------------------------------------------------------- delegations


def _delegation(sent: _Sentence, pending: _Frame) -> list[_Frame]:
    """"The working group met ... X led the U.S. delegation, and Y opened the session."""
    if not _DELEGATION.search(sent.text):
        return []
    names = [n for m in sent.mentions if m.kind in {"name", "desc"} for n in m.names]
    names = list(dict.fromkeys(names))
    if len(names) < 2:
        return []
    written = {n: m.text for m in sent.mentions if m.kind == "name" for n in m.names}
    frame = _Frame(tuple(sorted(names)), written, sent.index, (0, 0), (0, len(sent.text)), pending.word, "strong",
                   status=pending.status, fmt=pending.fmt, place=pending.place, day=pending.day, end=pending.end,
                   date_text=pending.date_text, uncertain=pending.uncertain, explicit=pending.explicit)
    return [frame]


# ----------------------------------------------------------------- reports


@dataclass(slots=True)
class _Draft:
    """A report being assembled from frames and evidence sentences."""

    participants: tuple[str, ...]
    status: str
    frames: list[_Frame] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    sentences: list[_Sentence] = field(default_factory=list)

    def compatible(self, frame: _Frame) -> bool:
        mine = [f for f in self.frames if f.day or f.date_text]
        if not (frame.day or frame.date_text) or not mine:
            return True
        for f in mine:
            if f.day and frame.day:
                a_end, b_end = f.end or f.day, frame.end or frame.day
                if f.day <= b_end and frame.day <= a_end:
                    return True
            elif f.day is None and frame.day is None and f.date_text and frame.date_text:
                if f.date_text.lower() == frame.date_text.lower():
                    return True
            else:
                return True
        return False


class _Reports:
    """Frames in, reports out: merging, evidence, and the values each report settles on."""

    def __init__(self, art: _Article) -> None:
        self.art = art
        self.drafts: list[_Draft] = []
        self.focus: _Draft | None = None

    def add(self, sent: _Sentence, frames: list[_Frame]) -> None:
        art = self.art
        touched: list[_Draft] = []
        told: _Draft | None = None
        for frame in frames:
            if frame.status == "background":
                continue
            if _SAME_DAY.search(sent.text) and frame.day is None and self.focus is not None:
                inherit = next((f for f in self.focus.frames if f.day), None)
                if inherit is not None:
                    frame.day, frame.end, frame.uncertain = inherit.day, None, inherit.uncertain
                    frame.explicit = inherit.explicit
            draft = self._draft_for(frame)
            if draft is None:
                continue
            draft.frames.append(frame)
            touched.append(draft)
            if not (frame.recalled and frame.day is None and self.focus is not None):
                told = draft  # a meeting only recalled does not take the focus from the one being told
        if touched:
            for draft in touched:
                self._evidence(draft, sent)
            self.focus = told or self.focus
            art.current = list(self.focus.participants)
        elif self.focus is not None and self._about_focus(sent, frames):
            self._evidence(self.focus, sent)
        art.cast.previous_first = _first_person(sent)

    def _draft_for(self, frame: _Frame) -> _Draft | None:
        key = frame.participants
        if len(key) >= 2:
            for draft in self.drafts:
                if draft.participants == key and draft.status == frame.status and draft.compatible(frame):
                    return draft
            if frame.strength != "strong":
                return None
            draft = _Draft(key, frame.status)
            self.drafts.append(draft)
            return draft
        if self.focus is not None and set(key) <= set(self.focus.participants):
            return self.focus
        return None

    def _about_focus(self, sent: _Sentence, frames: list[_Frame]) -> bool:
        if any(f.status == "background" for f in frames):
            return False
        focus = set(self.focus.participants) if self.focus else set()
        named = {n for m in sent.mentions for n in m.names}
        if named - focus and not named & focus:
            return False
        return bool(named & focus) or bool(_ANAPHOR.search(sent.text)) or \
            any(m.kind == "group" for m in sent.mentions)

    def _evidence(self, draft: _Draft, sent: _Sentence) -> None:
        if sent.evidence not in draft.evidence:
            draft.evidence.append(sent.evidence)
            draft.sentences.append(sent)

    def finish(self) -> list[MeetingReport]:
        self.drafts = [d for d in self.drafts if not _union_of_others(d, self.drafts)]
        self.drafts = _drop_recalled(self.drafts)
        reports = [self._report(d) for d in self.drafts]
        self._fill_places(reports)
        return reports

    def _report(self, draft: _Draft) -> MeetingReport:
        art = self.art
        strong = [f for f in draft.frames if len(f.participants) >= 2 and f.strength == "strong"]
        report = MeetingReport(participants=draft.participants, date=None, status=draft.status)  # type: ignore[arg-type]
        _settle_date(art, draft, report)
        _settle_format(art, draft, report, strong)
        report.evidence = list(draft.evidence)
        report.names_as_written = _written(draft)
        report.roles = _roles(art, draft)
        return report

    def _fill_places(self, reports: list[MeetingReport]) -> None:
        """An in-person meeting without a stated place: where the article's main meeting was, or the dateline."""
        art = self.art
        for i, (report, draft) in enumerate(zip(reports, self.drafts)):
            if report.place or report.status != "reported" or report.format in ("video", "phone"):
                continue
            trip = next((r.place for r in reports[:i] if r.place and r.status == "reported"), None)
            words = {f.word for f in draft.frames}
            if words and words <= _COMMUNICATION and report.format is None:
                continue  # "spoke with": maybe a call; no place is better than a guessed one
            report.place = trip or _dateline_place(art)
            if report.place and report.format is None:
                report.format = "in person"


def _own_day(draft: _Draft) -> bool:
    """Does the article give this meeting a day of its own ("on Tuesday", "later the same day")?"""
    return any(f.day and f.explicit for f in draft.frames)


def _only_recalled(draft: _Draft) -> bool:
    """Every sentence that names this meeting's people recalls it (a weak background sign each)."""
    named = [f for f in draft.frames if len(f.participants) >= 2]
    return bool(named) and all(f.recalled for f in named)


def _drop_recalled(drafts: list[_Draft]) -> list[_Draft]:
    """Earlier meetings the article only recalls, without a day of their own, are not its reports.

    The main meeting is the first one told plainly (one with a day of its own
    first, previews included). Another meeting that has no day of its own (or
    only a vague one: "in February", "previously") and that every mention
    recalls ("X, who met Y in Munich", "have met", "first meeting since") is
    background. Side meetings told plainly ("Earlier, Faisal held talks with
    Araghchi"; "Lula also met Sanders") stay reported, dated or not.
    """
    plain = [d for d in drafts if not _only_recalled(d)]
    main = next((d for d in plain if _own_day(d)), plain[0] if plain else None)
    if main is None:
        return drafts
    return [d for d in drafts if d is main or d.status != "reported" or _own_day(d) or not _only_recalled(d)]


def _union_of_others(draft: _Draft, drafts: list[_Draft]) -> bool:
    """"Talks with Wang, Xi" in a headline when the body reports each talk: not a third, joint meeting."""
    if len(draft.participants) < 3:
        return False
    mine = set(draft.participants)
    parts = [set(d.participants) for d in drafts if d is not draft and set(d.participants) < mine
             and d.status == draft.status]
    if not parts or not set.intersection(*parts):
        return False
    return set.union(*parts) == mine


def _first_person(sent: _Sentence) -> str | None:
    for m in sent.mentions:
        if m.kind in {"name", "desc"} and m.names:
            return m.names[0]
    return None


def _settle_date(art: _Article, draft: _Draft, report: MeetingReport) -> None:
    """The stated date (a certain one first); else the dateline/publication day, marked uncertain."""
    dated = [f for f in draft.frames if f.day]
    dated.sort(key=lambda f: (not f.explicit, f.uncertain, f.index))
    if dated:
        best = dated[0]
        report.date, report.end_date = best.day, best.end
        report.date_text, report.date_uncertain = best.date_text, best.uncertain or not best.explicit
        for f in dated[1:]:
            if f.end and f.day and f.day <= best.day <= f.end and f.explicit:
                report.date, report.end_date = f.day, f.end  # "on Saturday" then "on Friday and Saturday"
                report.date_text = f"{best.date_text}; {f.date_text}"
        _days_of_talks(draft, report)
        _stated_range(draft, report)
        return
    texts = [f.date_text for f in draft.frames if f.date_text]
    report.date_uncertain = True
    if texts:
        report.date_text = texts[0]
    if draft.status == "preview":
        return
    fallback = art.stamp or (art.dateline.date if art.dateline else None) or art.published
    report.date = fallback
    if report.date is None and report.date_text is None and art.dateline and art.dateline.date_text:
        report.date_text = art.dateline.date_text


def _stated_range(draft: _Draft, report: MeetingReport) -> None:
    """"The meetings on Friday and Saturday": a later sentence widens the day to the talks' span."""
    if report.end_date or report.date is None:
        return
    for sent in draft.sentences:
        if not _ANAPHOR.search(sent.text):
            continue
        for a, b in zip(sent.dates, sent.dates[1:]):
            if a.value and b.value and a.precision == b.precision == "day" and not (a.uncertain or b.uncertain) \
                    and a.value <= report.date <= b.value and _range_gap(sent.text[a.end:b.start]):
                report.date, report.end_date = a.value, b.value
                report.date_text = f"{report.date_text}; {sent.text[a.start:b.end]}"
                return


def _days_of_talks(draft: _Draft, report: MeetingReport) -> None:
    """"at the end of two days of talks" dated Saturday: Friday to Saturday."""
    if report.end_date or report.date is None:
        return
    for sent in draft.sentences:
        m = _DAYS_OF_TALKS.search(sent.text)
        if m:
            n = _N[m.group("n").lower()]
            report.end_date = report.date
            report.date = report.date - timedelta(days=n - 1)
            return


def _settle_format(art: _Article, draft: _Draft, report: MeetingReport, frames: list[_Frame]) -> None:
    """Remote when its own words say so; in person with a place or a visit; else unstated."""
    formats = [f.fmt for f in frames if f.fmt]
    # Places the meeting's own sentences give, then those of sentences that refer back to it.
    places = [f.place for f in frames if f.place] + [f.place for f in draft.frames if f.place and f not in frames]
    if "video" in formats:
        report.format = "video"
    elif "phone" in formats:
        report.format = "phone"
    if report.format:
        return
    if places:
        report.place, report.format = places[0], "in person"
        return
    for sent in draft.sentences:
        if _IN_PERSON.search(sent.text) and not _VIDEO.search(sent.text) and not _PHONE.search(sent.text):
            report.format = "in person"
            return
    if _visited(art, draft):
        report.format = "in person"


def _visited(art: _Article, draft: _Draft) -> bool:
    """Does the article say a participant is visiting or travelling (then meetings are in person)?"""
    names = set(draft.participants)
    for sent in art.cast.visits:
        if names & sent:
            return True
    return False


def _written(draft: _Draft) -> dict[str, str]:
    out: dict[str, str] = {}
    for frame in draft.frames:
        for name, form in frame.written.items():
            if name in draft.participants and len(form) > len(out.get(name, "")):
                out[name] = form
    return out


def _roles(art: _Article, draft: _Draft) -> dict[str, str]:
    """Each participant's title in this article: one said in the report's sentences, an office if possible."""
    roles: dict[str, str] = {}
    evidence = {ev.sentence for ev in draft.evidence}
    for person in art.cast.people:
        if person.name not in draft.participants or not person.roles:
            continue
        local = [r.title for r in person.roles if r.evidence.sentence in evidence]
        ranked = local + [r.title for r in person.roles if r.title not in local]
        with_office = [t for t in ranked if art.knowledge.offices_for_title(t)]
        roles[person.name] = (with_office or ranked)[0]
    return roles
