"""Comparable facts an article states about a meeting: durations, counts, claims.

Facts are found by small rules over general news English, never by a model,
and each one gets a *subject* normalised so that two outlets' wordings of the
same thing meet and different things never do:

* ``number``, durations: "five and a half hours of talks", "the meeting lasted
  over three hours", "talked for 7 1/2 hours" -> subject "duration of talks",
  value "5½ hours" / "more than 3 hours" (a sub-session such as a dinner or a
  one-on-one gets its own subject). Values are read back as intervals, so
  "more than 4 hours" and "over four hours" agree, "4 hours" and "more than
  3 hours" agree, "5½ hours" and "7½ hours" conflict. "Two days of talks" is
  a date span, not a duration.
* ``number``, counts: earlier calls or meetings between the same people
  ("had spoken five times by phone or video", "talked by telephone and video
  three times") -> "earlier calls between A and B"; ordinal visits ("his third
  visit to China since taking office") -> "visits to China by A since taking
  office". Ordinals of a class ("the third U.S. official to visit China") are
  not extracted: they are another statement and must never meet the first.
* ``claim``: what happened to contacts after a named event ("talks resumed
  after X's visit to Y" vs "China broke off contacts in response to X's visit
  to Y" -> "contacts after X's visit to Y": "resumed" / "broken off"); the
  outcome on a topic ("agreed to work toward a call between A and B" vs
  "ended without any agreement on a call between A and B" -> "agreed" / "no
  agreement"); confirmed vs denied.

Hedged, modal or negated statements ("could resume", "agreed to resume", "has
not resumed") are skipped: a missed fact costs less than a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Evidence, Fact, MeetingReport, Person
from .text import Cue

# ------------------------------------------------------------------ numbers

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
}
_WORD_NUM = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUM = rf"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|(?:{_WORD_NUM})(?:[\s-]+and[\s-]+a[\s-]+half)?|an?)"
_TIME_UNIT = Cue(r"hour|minute|\bhrs?\b|\bmins?\b", "hour hr min")
_HALF = re.compile(r"(?:\s+1/2|½|[\s-]+and[\s-]+a[\s-]+half)$", re.I)

_QUALIFIERS: list[tuple[str, str]] = [
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|(?:just|a\s+little|slightly)\s+(?:over|more\s+than)", "more than"),
    (r"at\s+least|no\s+less\s+than|no\s+fewer\s+than", "at least"),
    (r"nearly|almost|close\s+to|just\s+(?:under|short\s+of)", "nearly"),
    (r"about|around|roughly|approximately|approx\.|some|an\s+estimated|round\s+about", "about"),
    (r"less\s+than|under|fewer\s+than|up\s+to|no\s+more\s+than|barely|not\s+quite", "less than"),
]
_QUAL = "|".join(f"(?:{p})" for p, _ in _QUALIFIERS)

_DURATION = re.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<half_an>half\s+an\s+hour)"
    rf"|(?P<hours>{_NUM})[\s-]+(?:hours?|hrs?)(?!\w)(?:(?:\s*,)?\s+(?:and\s+)?(?P<and_min>{_NUM})[\s-]+minutes?"
    rf"|\s+and\s+a\s+half)?"
    rf"|(?P<minutes>{_NUM})[\s-]+(?:minutes?|mins?)(?!\w))",
    re.I,
)

_MEETING_NOUN = (r"talks|meetings?|discussions?|negotiations?|conversations?|calls?|summit|sessions?|"
                 r"dialogue|consultations?|exchanges?|encounter|sit-down|one-on-one|tete-a-tete|tête-à-tête")
_MEETING_VERB = r"met|meet|meets|meeting|talked|talking|talk|spoke|speaking|speak|conferred|negotiated|held\s+talks"
_AFTER_DURATION_OF = re.compile(rf"^\s+(?:of\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEETING_NOUN})\b|together\b|in\s+(?:talks|discussions|meetings?)\b)", re.I)
_COMPOUND_NOUN = re.compile(rf"^-?(?:long\s+)?\s*(?:[\w-]+\s+)?(?:{_MEETING_NOUN})\b", re.I)
_LASTED = re.compile(r"\b(?:lasted|lasting|lasts|last|took\s+place|take\s+place|takes\s+place|ran|went\s+on|stretched)\s+(?:for\s+)?$", re.I)
_FOR = re.compile(r"\bfor\s+$", re.I)
_GOVERNS_FOR = re.compile(rf"\b(?:{_MEETING_NOUN}|{_MEETING_VERB})\b[^,;:.]{{0,60}}\bfor\s+$", re.I)
_SPENT = re.compile(r"\bspen[dt]\s+$", re.I)
_PLANNED = re.compile(r"\b(?:expected|scheduled|due|set|planned|slated|supposed|going|likely)\s+to\s+(?:\w+\s+){0,3}$"
                      r"|\b(?:will|would|could|may|might|should)\s+(?:\w+\s+){0,3}$", re.I)
_OFFSET_AFTER = re.compile(r"^\s*(?:after|before|later|earlier|ago|ahead|behind|late|early|away|of\s+(?:flight|flying|travel|delay|driving))\b", re.I)
_MEETING_WORD = re.compile(rf"\b(?:{_MEETING_NOUN}|{_MEETING_VERB})\b", re.I)
_SUB_SESSION = re.compile(
    r"\b(?P<sub>one-on-one|tete-a-tete|tête-à-tête|private\s+(?:meeting|talks|session)|restricted\s+(?:format|session)|"
    r"narrow\s+format|small[\s-]group|expanded\s+(?:format|session|talks)|plenary|informal\s+(?:meeting|talks|dinner)|"
    r"working\s+(?:dinner|lunch|breakfast)|dinner|lunch|luncheon|banquet|breakfast|tea|walk|stroll)\b",
    re.I,
)
_INCLUDING = re.compile(r"\b(?:including|includ(?:ed|es)|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
_TOTAL = re.compile(r"\b(?:across|over|during|in)\s+(?:the\s+|both\s+)?(?:two|three|four|\d)\s+days\b|\bin\s+total\b|\baltogether\b|\bcombined\b", re.I)
_DAY_PART = re.compile(r"\b(?:on\s+(?:the\s+)?(?:first|second|third|opening|final|last)\s+day|day\s+(?:one|two|three|1|2|3)|"
                       r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def _number(text: str) -> float | None:
    """ "five and a half" -> 5.5, "7 1/2" -> 7.5, "an" -> 1."""
    text = " ".join(text.lower().split())
    half = bool(_HALF.search(text))
    core = _HALF.sub("", text).strip()
    if core in {"a", "an"}:
        value = 1.0
    elif core in _UNITS:
        value = float(_UNITS[core])
    else:
        try:
            value = float(core)
        except ValueError:
            return None
    return value + 0.5 if half else value


def _qualifier(text: str | None) -> str:
    if not text:
        return "exactly"
    for pattern, name in _QUALIFIERS:
        if re.fullmatch(pattern, " ".join(text.lower().split())):
            return name
    return "exactly"


def _minutes(match: re.Match[str]) -> float | None:
    if match.group("half_an"):
        return 30.0
    if match.group("minutes"):
        return _number(match.group("minutes"))
    hours = _number(match.group("hours"))
    if hours is None:
        return None
    total = hours * 60
    if match.group("and_min"):
        extra = _number(match.group("and_min"))
        if extra is None:
            return None
        total += extra
    elif re.search(r"and\s+a\s+half\s*$", match.group(0), re.I) and not _HALF.search(match.group("hours")):
        total += 30
    return total


def format_duration(qualifier: str, minutes: float) -> str:
    """A canonical, readable duration: "more than 3 hours", "5½ hours", "1 hour 45 minutes"."""
    amount = _amount(minutes)
    return amount if qualifier == "exactly" else f"{qualifier} {amount}"


def _amount(minutes: float) -> str:
    if minutes < 60:
        return f"{minutes:g} minutes"
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return f"{hours:g} hour" + ("" if hours == 1 else "s")
    if rest == 30:
        return f"{hours:g}½ hours"
    return f"{hours:g} hour{'' if hours == 1 else 's'} {rest:g} minutes"


_VALUE = re.compile(
    r"^(?:(?P<qual>more than|at least|nearly|about|less than)\s+)?"
    r"(?:(?P<h>\d+(?:\.\d+)?)(?P<half>½)?\s+hours?(?:\s+(?P<m2>\d+(?:\.\d+)?)\s+minutes)?"
    r"|(?P<m>\d+(?:\.\d+)?)\s+minutes|(?P<n>\d+)(?:st|nd|rd|th)?(?:\s+times?)?)$"
)


def interval(value: str) -> tuple[str, float, float] | None:
    """A canonical number value as (unit, low, high); None when it is not one."""
    match = _VALUE.match(value)
    if match is None:
        return None
    qual = match.group("qual") or "exactly"
    if match.group("n"):
        unit, amount, slack = ("ordinal" if re.search(r"\d(?:st|nd|rd|th)$", value) else "count"), float(match.group("n")), 0.0
    else:
        unit = "minutes"
        if match.group("m"):
            amount = float(match.group("m"))
        else:
            amount = float(match.group("h")) * 60 + (30 if match.group("half") else 0) + float(match.group("m2") or 0)
        slack = max(0.1 * amount, 10.0)
    low, high = {
        "exactly": (amount - slack, amount + slack),
        "about": (amount * 0.75, amount * 1.25) if unit == "minutes" else (amount - 1, amount + 1),
        "nearly": (amount * 0.8, amount) if unit == "minutes" else (amount - 2, amount),
        "more than": (amount, float("inf")),
        "at least": (amount, float("inf")),
        "less than": (0.0, amount),
    }[qual]
    return unit, low, high


# ------------------------------------------------------------------ people


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    name: str


@dataclass(frozen=True, slots=True)
class _Names:
    """How the article writes its people: one pattern for every form, and whom each form names.

    Built once per article and shared by every sentence (not rebuilt per sentence).
    """

    pattern: re.Pattern[str]
    by_form: dict[str, str]


def _names(people: list[Person]) -> _Names | None:
    forms = sorted({f for p in people for f in p.forms if f.strip()}, key=len, reverse=True)
    if not forms:
        return None
    return _Names(_forms_pattern(tuple(forms)), {f: p.name for p in reversed(people) for f in p.forms})


@lru_cache(maxsize=16)
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The forms as one pattern, compiled once though ``facts_for`` and ``find_facts`` both ask."""
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in forms) + r")(?:['’]s)?(?![\w])")


_POSSESSIVE = re.compile(r"['’]s$")


def _mentions(sentence: str, names: _Names | None) -> list[_Mention]:
    if names is None:
        return []
    out = []
    for match in names.pattern.finditer(sentence):
        form = _POSSESSIVE.sub("", match.group(0))
        if form in names.by_form:
            out.append(_Mention(match.start(), match.end(), names.by_form[form]))
    return out


# ------------------------------------------------------------------ context

_PRONOUN_GROUP = re.compile(
    r"\b(?:the\s+two|both|the\s+both)\s+(?:leaders?|presidents|heads\s+of\s+state|men|sides|ministers|diplomats|officials)\b"
    r"|\bthe\s+leaders\b|\bthey\b|\bthe\s+pair\b", re.I)
_MODAL = re.compile(
    r"\b(?:not|n't|never|no\s+longer|yet\s+to|would|could|may|might|will|shall|should|must|can|to|if|whether|"
    r"unless|hopes?|plans?|expects?|expected|likely|possible|possibly|neither|nor|nobody|none|no|refused|declined|"
    r"failed)\s+(?:\w+\s+)?$", re.I)


@dataclass(slots=True)
class _Found:
    index: int  # sentence index
    fact: Fact
    people: tuple[str, ...] = ()  # whom the fact is about, to pick the meeting
    article_level: bool = False  # about the article's main meeting unless told otherwise
    topic: tuple[str, ...] = ()  # people an outcome is about (not the meeting's people)
    span: tuple[int, int] = (0, 0)  # where the fact is written in its sentence


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: between the nearest ',', ';', ':' or dash on either side."""
    marks = ",;:—–"
    left = max(sentence.rfind(c, 0, start) for c in marks) + 1
    rights = [i for i in (sentence.find(c, end) for c in marks) if i >= 0]
    return left, min(rights) if rights else len(sentence)


# ---------------------------------------------------------------- durations


def _durations(index: int, ev: Evidence, previous: str, report_spans: dict[int, bool]) -> list[_Found]:
    sentence = ev.sentence
    out: list[_Found] = []
    if not _TIME_UNIT.search(sentence):
        return out  # the cheap test first: most sentences name no hours or minutes
    for match in _DURATION.finditer(sentence):
        minutes = _minutes(match)
        if minutes is None or minutes <= 0 or minutes > 24 * 60:
            continue
        if not _about_meeting(sentence, match, previous):
            continue
        subject = _duration_subject(sentence, match, report_spans.get(index, False))
        value = format_duration(_qualifier(match.group("qual")), minutes)
        fact = Fact("number", subject, value, ev)
        out.append(_Found(index, fact, span=(match.start(), match.end())))
    return out


def _about_meeting(sentence: str, match: re.Match[str], previous: str) -> bool:
    """True when the duration measures a meeting, not a flight or a delay ("two hours after")."""
    before, after = sentence[: match.start()], sentence[match.end():]
    if _OFFSET_AFTER.match(after) or re.search(r"\b(?:within|every|per|in|after|before)\s+$", before, re.I):
        return False
    if _PLANNED.search(before[-60:]):
        return False  # "was scheduled to last two hours": a plan, not what happened
    if _AFTER_DURATION_OF.match(after):
        return True
    if match.group(0).rstrip().endswith("-") or re.match(r"^-", after) or re.search(r"-(?:hours?|minutes?)$", match.group(0)):
        if _COMPOUND_NOUN.match(after.lstrip("-")):
            return True
    window = before[-80:]
    if _LASTED.search(before):
        own = _MEETING_WORD.search(before) or re.match(r"^\s*(?:It|That|This)\b", sentence)
        return bool(own and (_MEETING_WORD.search(before) or _MEETING_WORD.search(previous)))
    if _FOR.search(before) and _GOVERNS_FOR.search(window):
        return True  # "met on Monday for three hours", not "after meeting Wang, he waited for two hours"
    if _SPENT.search(before) and re.match(r"^\s+(?:together|in\s+talks|with|in\s+discussions|across|over)\b", after, re.I):
        return True
    return False


def _duration_subject(sentence: str, match: re.Match[str], multi_day: bool) -> str:
    """ "duration of talks", or of a sub-session ("duration of working dinner")."""
    left, right = _clause(sentence, match.start(), match.end())
    for sub in _SUB_SESSION.finditer(sentence, left, right):
        if _INCLUDING.search(sentence[max(left, sub.start() - 40): sub.start()]):
            continue  # "including a working dinner": the total still
        return f"duration of {' '.join(sub.group('sub').lower().split())}"
    if multi_day and not _TOTAL.search(sentence[left:right]):
        day = _DAY_PART.search(sentence, left, right)
        if day:
            return f"duration of talks {' '.join(day.group(0).lower().split())}"
    return "duration of talks"


# -------------------------------------------------------------------- counts

_COUNT_WORDS = {"once": 1, "twice": 2, "thrice": 3}
_COUNT_CUE = Cue(r"times|once|twice|thrice|previous|earlier|prior", "times once twice thrice previous earlier prior")
_TIMES = re.compile(rf"\b(?:(?P<qual>{_QUAL})\s+)?(?:(?P<num>\d+|{_WORD_NUM})\s+times|(?P<word>once|twice|thrice))\b", re.I)
_MEDIUM = re.compile(
    r"\b(?:by|on|over|via|through)\s+(?:the\s+|a\s+)?(?:(?:tele)?phone|video(?:\s+link|conference)?)"
    r"(?:\s+(?:or|and)\s+(?:by\s+)?(?:(?:tele)?phone|video(?:\s+link|conference)?|in\s+person))?"
    r"|\bin\s+person\b|\bface[\s-]to[\s-]face\b", re.I)
_CONTACT_VERB = re.compile(r"\b(?P<verb>spoken|spoke|talked|talk|conversed|held\s+calls|had\s+calls|met)\b", re.I)
_PRIOR_CALLS = re.compile(
    rf"\b(?:(?P<pqual>{_QUAL})\s+)?(?P<pnum>\d+|{_WORD_NUM})\s+(?:previous|earlier|prior)\s+"
    r"(?P<pmedium>(?:tele)?phone\s+|video\s+)?(?P<pnoun>calls|conversations|meetings|talks)\b", re.I)
_SINCE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?|the\s+(?:beginning|start|end)\s+of)\s+)?"
    r"(?P<what>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<y1>\d{4}))?|(?P<y2>(?:19|20)\d{2})|this\s+year|the\s+year|last\s+year)\b",
    re.I)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_WINDOW = re.compile(
    rf"\b(?:last|this|past|previous)\s+(?:week|month|year|few\s+\w+)\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?\w+"
    rf"|\bin\s+(?:(?:{_MONTH_NAMES})(?:\s+\d{{4}})?|\d{{4}})\b|\bin\s+recent\s+\w+", re.I)
_TENURE = re.compile(r"\b(?:since\s+(?:\w+\s+){0,3}(?:took\s+office|taking\s+office|became|becoming|was\s+elected|inauguration)|before\s+this|previously|so\s+far|to\s+date|until\s+now)\b", re.I)
_PAST_MARK = re.compile(r"\b(?:had|have|has)\b|\b(?:spoke|talked|met|held|conversed)\b|\bbefore\s+this\b|\bpreviously\b", re.I)


def _counts(index: int, ev: Evidence, mentions: list[_Mention], previous_names: list[str], year: int | None) -> list[_Found]:
    sentence = ev.sentence
    out: list[_Found] = []
    if not _COUNT_CUE.search(sentence) or not _PAST_MARK.search(sentence):
        return out
    for verb in _CONTACT_VERB.finditer(sentence):
        if _MODAL.search(sentence[: verb.start()][-30:]):
            continue
        window_end = _window_end(sentence, verb.end(), words=9)
        times = _TIMES.search(sentence, verb.end(), window_end)
        if times is None:
            continue
        medium = _MEDIUM.search(sentence, verb.end(), min(window_end, times.end() + 30))
        if medium and medium.start() > times.end() and len(sentence[times.end(): medium.start()].split()) > 2:
            medium = None  # "met five times and spoken by phone three times": the medium is the next clause's
        if medium is None and verb.group("verb").lower() != "met":
            continue
        count = _count_value(times.group("qual"), times.group("num"), times.group("word"))
        if count is None:
            continue
        kind = _medium_kind(medium.group(0) if medium else None)
        out.append(_Found(index, Fact("number", kind, count, ev),
                          people=_whom(sentence, mentions, previous_names),
                          span=(verb.start(), window_end)))
    for match in _PRIOR_CALLS.finditer(sentence):
        count = _count_value(match.group("pqual"), match.group("pnum"), None)
        if count is None:
            continue
        noun = match.group("pnoun").lower()
        medium = (match.group("pmedium") or "").strip().lower()
        kind = ("phone calls" if "phone" in medium else "video calls" if medium == "video"
                else "meetings" if noun in {"meetings", "talks"} else "calls")
        out.append(_Found(index, Fact("number", kind, count, ev),
                          people=_whom(sentence, mentions, previous_names),
                          span=(match.start(), match.end())))
    return [_scoped(f, year) for f in out]


def _window_end(sentence: str, start: int, words: int) -> int:
    """The end of the next ``words`` words, stopping at a clause mark."""
    stop = re.search(r"[;,.:]", sentence[start:])
    limit = start + stop.start() if stop else len(sentence)
    spans = list(re.finditer(r"\S+", sentence[start:limit]))
    return start + spans[words - 1].end() if len(spans) >= words else limit


def _count_value(qual: str | None, num: str | None, word: str | None) -> str | None:
    if word:
        value = _COUNT_WORDS[word.lower()]
    elif num:
        value = int(num) if num.isdigit() else _UNITS.get(num.lower())
        if value is None:
            return None
    else:
        return None
    qualifier = _qualifier(qual)
    text = f"{value} time" + ("" if value == 1 else "s")
    return text if qualifier == "exactly" else f"{qualifier} {text}"


def _medium_kind(medium: str | None) -> str:
    if medium is None or re.fullmatch(r"in\s+person|face[\s-]to[\s-]face", medium, re.I):
        return "meetings"
    phone = bool(re.search(r"phone", medium, re.I))
    video = bool(re.search(r"video", medium, re.I))
    in_person = bool(re.search(r"in\s+person", medium, re.I))
    if phone and video or phone and in_person:
        return "calls"
    return "phone calls" if phone else "video calls"


def _whom(sentence: str, mentions: list[_Mention], previous_names: list[str]) -> tuple[str, ...]:
    """People whose contacts are counted: named in the sentence, "he" = the last person before, "the two leaders" = unresolved."""
    names = list(dict.fromkeys(m.name for m in mentions))
    if re.search(r"\b(?:he|she)\s+and\b|\band\s+(?:him|her)\b", sentence, re.I):
        for name in previous_names:
            if name not in names:
                names.insert(0, name)
                break
    return tuple(sorted(names))


def _scoped(found: _Found, year: int | None) -> _Found:
    """Fold the time window into the subject: long windows (a tenure) compare, short ones only with their like."""
    sentence = found.fact.evidence.sentence
    scope = ""
    since = _SINCE.search(sentence)
    window = _WINDOW.search(sentence)
    if since and not _TENURE.search(sentence):
        what = since.group("what").lower()
        start_year = int(since.group("y1") or since.group("y2") or 0) or None
        if what in {"this year", "the year"} or start_year is None and not what.startswith("last"):
            start_year = year
        if what == "last year" and year:
            start_year = year - 1
        if start_year is None or year is None or start_year >= year:
            scope = f" since {start_year}" if start_year else " this year" if "year" in what else f" since {since.group('what')}"
    elif window and not _TENURE.search(sentence):
        scope = " " + " ".join(window.group(0).lower().split())
    found.fact = Fact("number", f"earlier {found.fact.subject}{{people}}{scope}", found.fact.value, found.fact.evidence)
    return found


# -------------------------------------------------------------------- visits

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_ORD = "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th)"
_VISIT = re.compile(
    rf"\b(?P<owner>his|her|their|[A-Z][\w-]+['’]s)\s+(?P<ord>{_ORD})\s+(?:(?:official|state|working|overseas|foreign)\s+)?"
    rf"(?P<noun>visits?|trips?)?\s*(?P<rest>to\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}))"
    r"(?P<scope>(?:\s+(?:since|as|in|this|during|after)\s+[^,.;]{1,40})?)",
)
_VISIT_CONTEXT = Cue(r"\b(?:visits?|trips?|travel(?:l?ed)?)\b", "visit trip travel")


def _visits(index: int, ev: Evidence, mentions: list[_Mention], previous_names: list[str]) -> list[_Found]:
    sentence = ev.sentence
    out: list[_Found] = []
    if not _VISIT_CONTEXT.search(sentence):
        return out
    for match in _VISIT.finditer(sentence):
        if match.group("noun") is None and not _VISIT_CONTEXT.search(sentence[: match.start()]):
            continue  # "his third to China" only after "visit" / "trip"
        owner = _owner(match.group("owner"), match.start(), mentions, previous_names)
        if owner is None:
            continue
        ordinal = match.group("ord").lower()
        number = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
        scope = _scope_text(match.group("scope"))
        subject = f"visits to {match.group('place')} by {owner}{scope}"
        value = f"{number}{_suffix(number)}"
        out.append(_Found(index, Fact("number", subject, value, ev), people=(owner,), article_level=True,
                          span=(match.start(), match.end())))
    return out


def _owner(word: str, start: int, mentions: list[_Mention], previous_names: list[str]) -> str | None:
    if word.lower() in {"his", "her", "their"}:
        if word.lower() == "their":
            return None
        before = [m for m in mentions if m.end <= start]
        if before:
            return before[-1].name
        return previous_names[0] if previous_names else None
    owned = [m for m in mentions if m.start <= start < m.end or m.end == start + len(word)]
    return owned[0].name if owned else None


def _scope_text(scope: str) -> str:
    text = " ".join(scope.split()).rstrip(" ,")
    text = re.sub(r"\s+(?:and|but|which|where|when|after\s+a\b).*$", "", text)
    return f" {text}" if text else ""


def _suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


# -------------------------------------------------------------------- claims

_TOPIC = r"(?:talks|contacts|dialogues?|communications?|exchanges|channels|cooperation|negotiations|consultations|discussions|engagement)"
_RESUMED = r"resum(?:ed|es|e|ing|ption)|restor(?:ed|es|e|ing|ation)|restart(?:ed|s|ing)?|reopen(?:ed|s|ing)?|reviv(?:ed|es|e|al)|re-?establish(?:ed|es)?"
_BROKEN = (r"broke\s+off|broken\s+off|break(?:s|ing)?\s+off|suspend(?:ed|s|ing)?|suspension|halt(?:ed|s|ing)?|cut\s+off|cutting\s+off|"
           r"cut|froze|frozen|freez(?:e|es|ing)|sever(?:ed|s|ing)?|shut\s+down|called\s+off|cancell?(?:ed|ing)|paus(?:ed|ing)|"
           r"put\s+on\s+hold|stopp(?:ed|ing)|end(?:ed|ing)")
_POLARITY = re.compile(rf"\b(?:(?P<resumed>{_RESUMED})|(?P<broken>{_BROKEN}))\b", re.I)
_RELATION = r"after|following|over|in\s+response\s+to|in\s+retaliation\s+for|in\s+protest\s+(?:at|against|over)|because\s+of|due\s+to|in\s+the\s+wake\s+of|since|amid|as\s+a\s+result\s+of|(?:triggered|sparked|prompted)\s+by"
_VISIT_NOUN = r"(?:visit|trip|stopover|transit)"
_ANCHOR_CUE = Cue(_VISIT_NOUN, "visit trip stopover transit")
_TITLE_TOKEN = r"(?:a|an|the|former|late|then|(?:then|ex)-[\w.-]+|[A-Z][\w.'’-]*)"


def _anchors(sentence: str, mentions: list[_Mention]) -> list[tuple[int, int, str]]:
    """Named events: "X's visit to Y" / "a visit to Y by (title) X"; (start, end, normalised)."""
    out = []
    for m in mentions:
        after = sentence[m.end:]
        if re.match(r"^['’]s", sentence[m.end - 2: m.end + 2]) or sentence[m.start: m.end].endswith(("'s", "’s")):
            own = re.match(rf"^\s+{_VISIT_NOUN}\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}})", after)
            if own:
                out.append((m.start, m.end + own.end(), f"{m.name}'s visit to {_place(own.group('place'))}"))
    for visit in re.finditer(
            rf"\b(?:an?|the|his|her)\s+(?:[\w-]+\s+)?{_VISIT_NOUN}\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}})\s+by\s+",
            sentence):
        follow = [m for m in mentions if m.start >= visit.end() and len(sentence[visit.end(): m.start].split()) <= 6]
        if follow:
            m = follow[0]
            out.append((visit.start(), m.end, f"{m.name}'s visit to {_place(visit.group('place'))}"))
    return out


def _place(name: str) -> str:
    from .places import canonical_place  # deferred: places loads its gazetteer lazily

    words = name.split()
    while words:
        found = canonical_place(" ".join(words))
        if found:
            return found
        words.pop()
    return name.split()[0]


def _contact_claims(index: int, ev: Evidence, mentions: list[_Mention]) -> list[_Found]:
    sentence = ev.sentence
    out: list[_Found] = []
    if not mentions or not _ANCHOR_CUE.search(sentence):
        return out
    for start, end, anchor in _anchors(sentence, mentions):
        value = _polarity_for(sentence, start, end)
        if value is None:
            continue
        fact = Fact("claim", f"contacts after {anchor}", value, ev)
        out.append(_Found(index, fact, article_level=True, span=(0, len(sentence))))
    return out


def _polarity_for(sentence: str, start: int, end: int) -> str | None:
    """ "resumed" / "broken off" for the statement whose cause or time is the anchor."""
    before = sentence[:start]
    relation = re.search(rf"\b(?:{_RELATION})\s+(?:{_TITLE_TOKEN}\s+){{0,6}}$", before)
    if relation:
        verbs = [v for v in _POLARITY.finditer(sentence, 0, relation.start())]
        for verb in reversed(verbs):
            return _checked(sentence, verb)
        return None
    lead = re.match(rf"^\s*(?:[\w,-]+\s+){{0,3}}?(?:{_RELATION})\s+$", before, re.I)
    if lead:
        rest = sentence[end:]
        verb = _POLARITY.search(rest)
        if verb and not re.search(r"[;.]", rest[: verb.start()]):
            return _checked(rest, verb)
    return None


def _checked(text: str, verb: re.Match[str]) -> str | None:
    """The polarity of a verb with a contact noun beside it, unless negated or hedged."""
    if _MODAL.search(text[: verb.start()][-25:]):
        return None
    window = text[max(0, verb.start() - 90): verb.end() + 70]
    if not re.search(rf"\b{_TOPIC}\b", window, re.I):
        return None
    if verb.group("broken") and verb.group("broken").lower() in {"cut", "ended", "ending", "stopped", "stopping"}:
        if not re.match(rf"^\s+(?:(?:off|all|some|most|its|their|the|\S+-level|high-level|military)\s+)*{_TOPIC}\b", text[verb.end():], re.I):
            return None
    return "resumed" if verb.group("resumed") else "broken off"


# ----------------------------------------------------------------- outcomes

_EVENT_CLASS = [
    (r"(?:phone\s+|video\s+|telephone\s+)?(?:call|conversation)s?", "call"),
    (r"meetings?|summit|sit-down", "meeting"),
    (r"visits?|trips?", "visit"),
]
_AGREED = re.compile(
    r"\b(?:agreed\s+(?:on|to|that)|reached\s+(?:an?\s+)?(?:agreement|deal|consensus)\s+(?:on|to|over)|struck\s+(?:an?\s+)?deal\s+(?:on|to))\s+", re.I)
_NOT_AGREED = re.compile(
    r"\b(?:(?:ended|concluded|finished|wrapped\s+up|closed|broke\s+up|came)\s+without\s+(?:any\s+|an?\s+|reaching\s+(?:any\s+|an?\s+)?)?"
    r"(?:agreement|deal|consensus|breakthrough)|failed\s+to\s+(?:agree|reach\s+(?:any\s+|an?\s+)?(?:agreement|deal|consensus))"
    r"|(?:did\s+not|didn't|could\s+not|couldn't)\s+(?:agree|reach\s+(?:any\s+|an?\s+)?(?:agreement|deal))"
    r"|no\s+(?:agreement|deal|consensus)\s+(?:was\s+|had\s+been\s+)?(?:reached\s+)?)\s*(?:on|over|about|for|to)?\s+", re.I)
_OUTCOME_CUE = Cue(r"agree|deal|consensus|confirmed|denied", "agree deal consensus confirmed denied")
_CONFIRMED = re.compile(r"\b(?P<verb>confirmed|denied)\s+(?:that\s+|reports?\s+(?:of|that)\s+)?", re.I)


def _outcomes(index: int, ev: Evidence, mentions: list[_Mention], participants: tuple[str, ...]) -> list[_Found]:
    sentence = ev.sentence
    out: list[_Found] = []
    if not _OUTCOME_CUE.search(sentence):
        return out
    for pattern, value in ((_AGREED, "agreed"), (_NOT_AGREED, "no agreement")):
        for match in pattern.finditer(sentence):
            if value == "agreed" and _MODAL.search(sentence[: match.start()][-25:]):
                continue
            prep = match.group(0).split()[-1].lower() if match.group(0).split() else ""
            for topic, whom in _topics(sentence, match.end(), mentions, participants, prep):
                subject = f"agreement {topic}" if topic.startswith("to ") else f"agreement on {topic}"
                out.append(_Found(index, Fact("claim", subject, value, ev), topic=whom, span=(match.start(), match.end())))
    for match in _CONFIRMED.finditer(sentence):
        if _MODAL.search(sentence[: match.start()][-25:]):
            continue
        value = "confirmed" if match.group("verb").lower() == "confirmed" else "denied"
        for topic, whom in _topics(sentence, match.end(), mentions, participants, "", events_only=True):
            out.append(_Found(index, Fact("claim", f"whether there was {topic}", value, ev), topic=whom,
                              span=(match.start(), match.end())))
    return out


_SKIP_WORDS = frozenset("the a an any their its new fresh further more some both two".split())
_CUT_WORDS = frozenset("in by before after during despite within next later at as according when while if amid and or "
                       "but although though since until".split())


def _topics(sentence: str, start: int, mentions: list[_Mention], participants: tuple[str, ...],
            prep: str, events_only: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """Normalised topics of an outcome: "a call between A and B" per event class, else the words agreed.

    Two outcomes meet only on the same words ("to cooperate on counternarcotics",
    "on a trade framework"): synonyms are missed rather than guessed.
    """
    start = _after_time_adjunct(sentence, start)
    if sentence[start - 3: start].lower() == "to " and prep == "on":
        prep = "to"  # "agreed on Wednesday to restore ..."
    end = _phrase_end(sentence, start)
    phrase = sentence[start:end]
    strict = re.split(r"[,;:(—–]", phrase)[0]
    names = sorted({m.name for m in mentions if start <= m.start < start + len(strict)})
    if len(names) < 2 and _PRONOUN_GROUP.search(strict):
        names = sorted({m.name for m in mentions if start + len(strict) <= m.start < end}) or list(participants)
        names = names if len(names) >= 2 else []
    topics = []
    if len(names) >= 2:
        for pattern, cls in _EVENT_CLASS:
            if re.search(rf"\b(?:{pattern})\b", strict, re.I):
                topics.append((f"a {cls} between {' and '.join(names)}", tuple(names)))
    if topics or events_only or prep not in {"to", "on", "over", "about"}:
        return topics
    words: list[str] = []
    for word in re.findall(r"[A-Za-z][\w'-]*", strict):
        low = word.lower()
        if low in _CUT_WORDS or len(words) == 5:
            break
        if low not in _SKIP_WORDS:
            words.append(low)
    if not words or any(m for m in mentions if start <= m.start < end):
        return []  # an outcome about people without an event word is not comparable
    return [(("to " if prep == "to" else "") + " ".join(words), ())]


_TIME_ADJUNCT = re.compile(
    rf"^\s*(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:{_MONTH_NAMES})\s+\d{{1,2}})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:to\s+)?", re.I)


def _after_time_adjunct(sentence: str, start: int) -> int:
    """Skip a time adjunct after the verb: "agreed [on] Wednesday to ..." reads as "agreed to ..."."""
    found = _TIME_ADJUNCT.match(sentence[start:])
    return start + found.end() if found else start


_PHRASE_STOP = re.compile(
    r"[;.]|,\s+(?:a|an|the)?\s*(?:senior|official|officials|people|according|said|he|she|they|which|while|but)\b"
    r"|\s+but\s+"
)


def _phrase_end(sentence: str, start: int) -> int:
    found = _PHRASE_STOP.search(sentence, start)
    return found.start() if found else len(sentence)


# ---------------------------------------------------------------- assembling


def find_facts(sentences: list[Evidence], people: list[Person], reports: list[MeetingReport] | None = None) -> list[_Found]:
    """Every fact in the sentences, in order, with what is needed to attach it to a meeting."""
    reports = reports or []
    names = _names(people)
    multi_day = _multi_day_sentences(sentences, reports)
    year = next((r.date.year for r in reports if r.date), None)
    out: list[_Found] = []
    previous_names: list[str] = []
    previous = ""
    positions = _report_positions(sentences, reports)
    for index, ev in enumerate(sentences):
        mentions = _mentions(ev.sentence, names)
        nearest = _nearest_before(index, positions)
        participants = reports[nearest].participants if nearest is not None else ()
        out += _durations(index, ev, previous, multi_day)
        out += _counts(index, ev, mentions, previous_names, year)
        out += _visits(index, ev, mentions, previous_names)
        out += _contact_claims(index, ev, mentions)
        out += _outcomes(index, ev, mentions, participants)
        if mentions:
            previous_names = list(dict.fromkeys(m.name for m in mentions))
        previous = ev.sentence
    return out


def _multi_day_sentences(sentences: list[Evidence], reports: list[MeetingReport]) -> dict[int, bool]:
    index = {ev.sentence: i for i, ev in enumerate(sentences)}
    out: dict[int, bool] = {}
    for report in reports:
        if report.end_date and report.date and report.end_date > report.date:
            for ev in report.evidence:
                if ev.sentence in index:
                    out[index[ev.sentence]] = True
    return out


def _report_positions(sentences: list[Evidence], reports: list[MeetingReport]) -> list[list[int]]:
    index: dict[str, int] = {}
    for i, ev in enumerate(sentences):
        index.setdefault(ev.sentence, i)
    return [sorted(index[ev.sentence] for ev in r.evidence if ev.sentence in index) for r in reports]


def _nearest_before(i: int, positions: list[list[int]], among: list[int] | None = None) -> int | None:
    best: tuple[int, int] | None = None
    for r, spots in enumerate(positions):
        if among is not None and r not in among:
            continue
        before = [p for p in spots if p <= i]
        if before and (best is None or before[-1] > best[0]):
            best = (before[-1], r)
    return best[1] if best else None


def facts_for(sentences: list[Evidence], reports: list[MeetingReport], people: list[Person]) -> list[list[Fact]]:
    """The facts of each report (same order as ``reports``), without touching the reports."""
    out: list[list[Fact]] = [[] for _ in reports]
    if not reports:
        return out
    positions = _report_positions(sentences, reports)
    names = _names(people)
    for found in find_facts(sentences, people, reports):
        r = _attach(found, sentences, reports, positions, names)
        if r is None:
            continue
        fact = found.fact
        if "{people}" in fact.subject:
            whom = found.people if len(found.people) >= 2 else reports[r].participants
            if len(whom) < 2:
                continue
            fact = Fact(fact.kind, fact.subject.replace("{people}", f" between {' and '.join(sorted(whom))}"),
                        fact.value, fact.evidence)
        if fact not in out[r]:
            out[r].append(fact)
    return out


def _attach(found: _Found, sentences: list[Evidence], reports: list[MeetingReport], positions: list[list[int]],
            names: _Names | None) -> int | None:
    """The report a fact is about, or None when the meeting it names was not found.

    Counts between named people go to their meeting; article-level claims to
    the main (first reported) meeting; otherwise the people the fact's clause
    names ("talks with Wang Yi") pick the meeting, else the nearest reported
    meeting before the sentence. Previews take no facts while a reported
    meeting is there, and an outcome's topic ("a call between A and B") is
    not the meeting that reached it.
    """
    live = [r for r, rep in enumerate(reports) if rep.status != "preview"] or list(range(len(reports)))
    if len(found.people) >= 2:
        same = [r for r, rep in enumerate(reports) if set(rep.participants) == set(found.people)]
        if same:
            return _nearest_or_first(found.index, positions, same)
    if found.article_level:
        return live[0]
    if found.topic:
        live = [r for r in live if not set(reports[r].participants) <= set(found.topic)] or live
    sentence = sentences[found.index].sentence
    left, right = _clause(sentence, *found.span)
    named = {m.name for m in _mentions(sentence[left:right], names)} - set(found.topic)
    counterpart = _counterpart(sentence, found.span[1], names)
    if counterpart:
        with_them = [r for r in live if counterpart in reports[r].participants]
        if with_them:
            return _best_named(found.index, positions, reports, named | {counterpart}, with_them)
    if len(named) >= 2:
        return _best_named(found.index, positions, reports, named, live, minimum=2)
    here = [r for r in live if found.index in positions[r] and named & set(reports[r].participants)]
    if here:
        return here[0]
    nearest = _nearest_before(found.index - 1, positions, live)
    return nearest if nearest is not None else live[0]


def _counterpart(sentence: str, end: int, names: _Names | None) -> str | None:
    """The person a fact's talks were "with" ("five and a half hours of talks with Foreign Minister Wang Yi")."""
    tail = sentence[end: end + 90]
    cue = re.match(rf"^(?:\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_MEETING_NOUN}))?\s+with\s+", tail, re.I)
    if not cue:
        return None
    mentions = _mentions(tail[cue.end():], names)
    if mentions and len(tail[cue.end(): cue.end() + mentions[0].start].split()) <= 5:
        return mentions[0].name
    return None


def _best_named(index: int, positions: list[list[int]], reports: list[MeetingReport], named: set[str],
                among: list[int], minimum: int = 1) -> int | None:
    scores = {r: len(named & set(reports[r].participants)) for r in among}
    top = max(scores.values(), default=0)
    if top < minimum:
        return None
    best = [r for r in among if scores[r] == top]
    fewest = min(len(reports[r].participants) for r in best)
    best = [r for r in best if len(reports[r].participants) == fewest]
    return _nearest_or_first(index, positions, best)


def _nearest_or_first(index: int, positions: list[list[int]], among: list[int]) -> int:
    nearest = _nearest_before(index, positions, among)
    return nearest if nearest is not None else among[0]


def attach_facts(sentences: list[Evidence], reports: list[MeetingReport], people: list[Person]) -> None:
    """Append each fact to the report it is about (idempotent)."""
    for report, facts in zip(reports, facts_for(sentences, reports, people)):
        for fact in facts:
            if fact not in report.facts:
                report.facts.append(fact)


# ------------------------------------------------------------------ conflict

_OPPOSITES = {
    frozenset({"resumed", "broken off"}),
    frozenset({"agreed", "no agreement"}),
    frozenset({"confirmed", "denied"}),
}


def conflicting(a: Fact, b: Fact) -> bool:
    """True when two facts about the same subject cannot both be true."""
    if a.subject != b.subject or a.kind != b.kind or a.value == b.value:
        return False
    if a.kind == "number":
        ia, ib = interval(a.value), interval(b.value)
        if ia is None or ib is None or ia[0] != ib[0]:
            return False
        return ia[2] < ib[1] or ib[2] < ia[1]
    if a.kind == "claim":
        return frozenset({a.value, b.value}) in _OPPOSITES
    return False
