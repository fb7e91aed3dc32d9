"""Date expressions: find them in sentences and resolve them against the anchor.

The anchor is the publication date: news prose says "on Tuesday", "Sept 1" or
"last November" and leaves the year to the reader. Resolution rules:

* Weekdays: the most recent such day on or before the anchor ("on Tuesday" in
  a Tuesday article is that day), or the next on or after it when the
  sentence speaks of the future. "last Tuesday" is strictly before, "next
  Tuesday" strictly after, "this Tuesday" in the anchor's Monday-Sunday week.
* Day and month without a year ("Sept 1"): the latest on or before the anchor
  (earliest on or after it for the future); up to two days after the anchor
  still counts as "on or before" (wire copy is dated where it is filed, one
  time zone ahead of the publisher). A year written nearby in a range
  ("Nov 30 to Dec 12, 2023") is borrowed. ``uncertain`` is set when the other
  choice of year would lie nearer the anchor, i.e. the guess could be wrong.
* Months: "last November" is the latest November before the anchor's month,
  "in June" the latest on or before it (same nearer-year test as above).
* Weeks have no precision of their own: "last week" resolves to the Monday of
  the previous week, precision "day", always ``uncertain``. Value is the
  first day an expression denotes, as for months and years.
* No anchor and no year: value ``None`` and ``uncertain``; nothing is invented.

``future`` is decided per mention from the nearest tense cue: the last cue
to its left (back to the previous date in the sentence), else the first to
its right, else the previous mention's (ranges), else past.

Why regular expressions and not ``dateparser``: measured on the seed
sentences, ``dateparser.search.search_dates`` 1.5.0 cost 2.6 ms per sentence
(10,000 articles of ~25 sentences: about 11 minutes) and 0.13 s to import;
it made false hits ("We" read as Wednesday, "After four hours of" as 04:00,
"in a month" and "by 2030 and" as dates) and resolved "on Tuesday" in a
Tuesday article to the week before. This module costs about 0.01 ms for a
sentence without a date and 0.05-0.1 ms for one with a date (0.03 ms on
average over the seeds), needs no dependency, and every rule is visible here.
The speed comes from matching only around "triggers" (digits, month stems,
date words) with a pattern chosen by the trigger's kind; see ``_scan``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal, NamedTuple, Sequence

from ..models import DateMention, Evidence

Precision = Literal["day", "month", "year"]

__all__ = [
    "Dateline",
    "find_dates",
    "find_publication_date",
    "parse_dateline",
    "resolve",
    "resolve_range",
]

# ------------------------------------------------------------------ vocabulary

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_CJK_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def _cased(*words: str) -> str:
    """ "last" -> "[Ll]ast": lower case or capitalised (sentence start), no re.I.

    re.IGNORECASE doubled the cost of every match attempt, and month and
    weekday names must be capitalised anyway ("may meet" is not a date).
    """
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)


def _title_or_caps(*pairs: tuple[str, str]) -> str:
    """("Jan", "uary") -> Jan(?:uary)?|JAN(?:UARY)?"""
    out = []
    for head, tail in pairs:
        for h, t in ((head, tail), (head.upper(), tail.upper())):
            out.append(f"{h}(?:{t})?" if t else h)
    return "|".join(out)


_MON = (
    r"(?<![A-Za-z])(?:"
    + _title_or_caps(
        ("Jan", "uary"), ("Feb", "ruary"), ("Mar", "ch"), ("Apr", "il"), ("May", ""), ("Jun", "e"),
        ("Jul", "y"), ("Aug", "ust"), ("Sept", "ember"), ("Sep", ""), ("Oct", "ober"), ("Nov", "ember"),
        ("Dec", "ember"),
    )
    + r")(?![A-Za-z])"
)
_WD = (
    r"(?<![A-Za-z])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
    r"(?![A-Za-z])"
)
_WD_ABBR = r"(?<![A-Za-z])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![A-Za-z])\.?"
_WD_PREFIX = rf"(?:(?:{_WD}|{_WD_ABBR}),?\s+(?:the\s+)?)"
_YEAR = r"(?:1[89]|20)\d{2}(?![\w]|[.,:]\d)"
# a day number is not followed by more digits, a time, a decimal, "000" or "%"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\w|:\d|\.\d|,\d{3}(?!\d)|\s?%|\s?per\s?cent)"
_MONTH_CUES = _cased(
    "last", "next", "this", "coming", "past", "early", "mid", "late", "in", "since", "by", "until",
    "till", "through", "from", "during", "of", "before", "after", "between", "and", "or", "to",
)
_CJK_REL = r"前天|昨天|昨日|今天|今日|明天|明日|后天|前年|去年|今年|明年|上周|本周|下周|上个?月|本月|下个?月"
_NUMBER_WORDS = _cased("an", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve")

_ALTERNATIVES = {
    # 2023-07-18, 2023/07/18, 2023.07.18 (a time after it is not part of the date)
    "iso": rf"(?<![\w.\-/])(?P<iso_y>(?:19|20)\d{{2}})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)"
    rf"(?P<iso_d>\d{{1,2}})(?!(?!T\d)\w|[.\-/]\d)",
    # 18.07.2023, 18-07-2023 (day first), 07/18/2023 (US order when unambiguous)
    "num": rf"(?<![\w.\-/:])(?P<num_a>\d{{1,2}})(?P<num_s>[-/.])(?P<num_b>\d{{1,2}})(?P=num_s)"
    rf"(?P<num_y>(?:19|20)\d{{2}})(?![\w]|[.\-/]\d)",
    # 2023年7月18日, 7月18日, 2023年7月, 去年11月
    # 2024년 5월 26일 (Korean) alike
    "cjk": r"(?:(?<!\d)(?P<cjk_y>\d{4})\s*[年년]\s*|(?P<cjk_ry>[前去今明])年)?(?<!\d)(?P<cjk_m>\d{1,2})\s*[月월]"
    r"(?:\s*(?P<cjk_d>\d{1,2})\s*[日号일])?",
    "cjky": r"(?<!\d)(?P<cjky>\d{4})\s*[年년]",
    "cjkrel": rf"(?P<cjk_rel>{_CJK_REL})|(?:星期|礼拜|周)(?P<cjk_wd>[一二三四五六日天])",
    # July 18, 2023 / Tuesday, Sept. 1 / July 18-19
    "mdy": rf"(?P<mdy_mon>{_MON})\.?\s+(?P<mdy_d>{_DAY})"
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|through)\s+)(?P<mdy_d2>{_DAY}))?(?:,?\s+(?P<mdy_y>{_YEAR}))?",
    # 18-Jul-2023, 18-Jul-23 (page furniture)
    "hyph": rf"(?<![\w.\-/])(?P<hyph_d>\d{{1,2}})-(?P<hyph_mon>{_MON})-(?P<hyph_y>(?:19|20)?\d{{2}})(?![\w\-])",
    # 18 July 2023 / 1st of September / 18-19 July
    "dmy": rf"(?<![\w.,:/$£€\-])(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-–]\s*(?P<dmy_d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<dmy_mon>{_MON})\.?"
    rf"(?:,?\s+(?P<dmy_y>{_YEAR}))?",
    # July 2023 / last November / in early July / November's
    "mon": rf"(?:(?<![A-Za-z])(?P<mon_cue>{_MONTH_CUES})[\s-]+(?:(?P<mon_part>early|mid|late)[\s-]+)?)?"
    rf"(?P<mon_mon>{_MON})(?!\.?\s+\d{{1,2}}(?!\d))\.?(?P<mon_pos>['’]s)?(?:,?\s+(?P<mon_y>{_YEAR}))?",
    # Tuesday / last Tuesday / Tuesday's
    "wd": rf"(?:(?<![A-Za-z])(?P<wd_rel>{_cased('last', 'next', 'this', 'coming', 'past')})\s+)?"
    rf"(?P<wd>{_WD})(?:['’]s)?",
    # yesterday / last week / two days ago
    "rel": r"\b(?P<rel_day>" + _cased("the") + r"\s+day\s+before\s+yesterday|" + _cased("the")
    + r"\s+day\s+after\s+tomorrow|" + _cased("yesterday", "today", "tomorrow", "tonight") + "|"
    + _cased("last") + r"\s+night|" + _cased("this") + r"\s+(?:morning|afternoon|evening))\b",
    "per": r"\b(?P<per_q>" + _cased("last", "this", "next") + "|" + _cased("earlier", "later")
    + r"\s+this)\s+(?P<per>week|weekend|month|year)\b",
    "ago": rf"\b(?P<ago_n>\d{{1,3}}|{_NUMBER_WORDS})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b",
    # a year on its own: 2022, "in 2019", "by 2030"
    "yr": rf"(?<![\w$£€#.,:/])(?P<yr>{_YEAR})(?!%|\s?per\s?cent|-\d{{1,2}}-)",
}


def _compile(*names: str, weekday_prefix: bool = False) -> re.Pattern[str]:
    """One pattern of the named alternatives, in the given (priority) order."""
    parts = []
    for name in names:
        alt = _ALTERNATIVES[name]
        if weekday_prefix:  # "Tuesday, July 18": the weekday starts the match
            alt = rf"(?P<{name}_wd>{_WD_PREFIX}){alt}"
        parts.append(alt)
    return re.compile("|".join(parts))


# The pattern tried depends on what triggered the attempt (see ``_triggers``):
# smaller alternations fail faster, and each attempt is the scan's main cost.
_AT_DIGIT = _compile("iso", "num", "hyph", "cjk", "cjky", "dmy", "ago", "yr")
_AT_MONTH = _compile("mdy", "mon")
_AT_WORD = re.compile(
    _compile("mdy", "dmy", weekday_prefix=True).pattern + "|" + _compile("wd", "rel", "per", "ago").pattern
)
_AT_CJK = _compile("cjk", "cjky", "cjkrel")
_BY_TRIGGER = (_AT_DIGIT, _AT_MONTH, _AT_WORD, _AT_CJK)

# Words that may stand, capitalised, right before a date without making it a name.
_FUNCTION_WORDS = {
    "in", "since", "by", "until", "till", "between", "from", "during", "before", "after",
    "through", "throughout", "early", "late", "mid", "end", "of", "and", "or", "to", "for",
    "as", "at", "circa", "the", "on", "last", "next", "this", "that", "spring", "summer",
    "autumn", "fall", "winter", "year", "fiscal", "but", "so", "then", "also", "only", "even",
    "unlike", "like", "with", "within", "across",
}
_COUNT_WORDS = {
    "about", "some", "nearly", "around", "approximately", "than", "least", "almost", "roughly",
    "total", "number", "estimated", "additional", "another", "over", "under", "top",
}
_TEMPORAL_PREPS = {
    "on", "last", "next", "this", "since", "by", "until", "till", "from", "before", "after",
    "coming", "early", "late", "through", "every", "each", "that", "past", "and", "or",
}
_HOLIDAY_WORDS = {
    "good", "black", "super", "cyber", "bloody", "easter", "ash", "palm", "holy", "maundy",
    "shrove", "fat", "giving", "blue", "manic", "small",
}

# --------------------------------------------------------------------- parsing

Kind = Literal["ymd", "md", "ym", "m", "y", "wd", "day", "week", "weekend", "month", "year", "ambig"]


class _Expr(NamedTuple):
    """One recognised expression, before resolution (a tuple: cheap to make)."""

    start: int
    end: int
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None  # last day of "July 18-19"
    weekday: int | None = None
    rel: str | None = None  # last / next / this / coming
    offset: int = 0  # days for "yesterday", weeks/months/years for "ago" and "last"


def _month(token: str) -> int:
    word = token.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTHS[word[:3]]


def _is_abbreviated(token: str) -> bool:
    word = token.lower().rstrip(".")
    return len(word) <= 4 and word not in {"may", "june", "july"}


def _int(groups: dict[str, str | None], name: str) -> int:
    return int(groups.get(name) or 0)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _prev_word(text: str, start: int) -> str | None:
    """The word right before ``start``, separated by white space only."""
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace():
        return None
    words = before.split()
    word = words[-1].lstrip("([{\"'“‘«").rstrip(".") if words else ""
    return word if word[:1].isalpha() and word[-1:] not in ",;:)]\"”’" else None


def _next_word(text: str, end: int) -> str | None:
    """The word right after ``end``, separated by white space only."""
    after = text[end : end + 40]
    if not after[:1].isspace():
        return None
    words = after.split(None, 1)
    return words[0] if words and words[0][:1].isalpha() else None


# Every date expression contains a digit, a capitalised month stem, a CJK date
# character or one of the words below. Finding those first (a regex that only
# stops at digits and capitals, and str.find) and matching the big pattern
# only around them keeps the scan at microseconds per sentence; searching the
# big pattern at every position of every sentence cost 0.3 ms.
_TRIGGER = re.compile(
    r"[0-9JFMASOND年月日周天星礼](?:(?<![0-9][0-9])(?<=[0-9])|(?<=[年月日周天])"
    r"|(?<=J)(?:an|ul|un|AN|UL|UN)|(?<=F)(?:eb|EB)|(?<=M)(?:ar|ay|AR|AY)|(?<=A)(?:pr|ug|PR|UG)"
    r"|(?<=S)(?:ep|EP)|(?<=O)(?:ct|CT)|(?<=N)(?:ov|OV)|(?<=D)(?:ec|EC)|(?<=星)期|(?<=礼)拜)"
)
_WORD_TRIGGERS = ("day", "night", "morrow", "week", "Week", "month", "Month", "year", "Year",
                  "morning", "afternoon", "evening")
_OPENERS = "([{\"'“‘«"


_DIGIT, _MONTH, _WORD, _CJK = range(4)  # trigger kinds, indexes into _BY_TRIGGER
_LOOK_BACK = (0, 1, 2, 0)  # words before a trigger where a cue may start ("earlier this week")


def _triggers(text: str) -> list[tuple[int, int]]:
    """(position, kind) of every digit run, month stem or keyword of a possible date."""
    found: dict[int, int] = {}
    for m in _TRIGGER.finditer(text):
        c = m.group()[0]
        found[m.start()] = _DIGIT if c.isdigit() else _MONTH if c.isascii() else _CJK
    for keyword in _WORD_TRIGGERS:
        at = text.find(keyword)
        while at >= 0:
            found.setdefault(at, _WORD)
            at = text.find(keyword, at + 1)
    if found and not text.isascii():
        for at in [at for at in found if not text[at].isascii()]:
            found.setdefault(max(0, at - 1), _CJK)  # 去年, 上周, 星期二 start before the trigger
            found.setdefault(max(0, at - 2), _CJK)
    return sorted(found.items())


def _starts(text: str, p: int, back: int, floor: int) -> list[int]:
    """Where an expression covering ``p`` may begin: its word and ``back`` words before."""
    word = p
    while word > 0 and text[word - 1].isascii() and (text[word - 1].isalnum() or text[word - 1] in "'’"):
        word -= 1
    starts = [p] if word == p else [p, word]
    cut = word
    for _ in range(back):
        space = text.rfind(" ", 0, cut - 1) if cut > 1 else -1
        if space < 0 and cut <= 1:
            break
        begin = space + 1
        while begin < cut and text[begin] in _OPENERS:
            begin += 1
        starts.append(begin)
        if space < 0:
            break
        cut = begin
    starts.reverse()
    return [s for s in starts if s >= floor]


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[_Expr, ...]:
    """Every date expression in ``text``, left to right, false hits removed.

    Cached: extraction asks again about the sentences that report meetings.
    """
    found: list[_Expr] = []
    pos = 0
    for p, kind in _triggers(text):
        if p < pos:
            continue
        pattern = _BY_TRIGGER[kind]
        for start in _starts(text, p, _LOOK_BACK[kind], pos):
            m = pattern.match(text, start)
            if m is None or m.end() <= p:
                continue
            expr = _from_match(m, text)
            if expr is not None:
                found.append(_trim_period(text, expr))
                pos = m.end()
                break
    return tuple(_borrow_years(text, found))


def _trim_period(text: str, expr: _Expr) -> _Expr:
    """ "in early July." ends a sentence: the period belongs to it, not to "July"."""
    if text[expr.end - 1] != ".":
        return expr
    last = text[expr.start : expr.end - 1].rsplit(None, 1)[-1]
    if last.lower() in _MONTHS and _is_abbreviated(last):
        return expr  # "Sept." keeps its dot
    return expr._replace(end=expr.end - 1)


def _from_match(m: re.Match[str], text: str) -> _Expr | None:
    """Turn one regex match into an expression, or reject it as a false hit."""
    g = m.groupdict()  # each trigger kind's pattern has only some of the groups
    s, e = m.start(), m.end()
    if g.get("iso_y"):
        return _checked(_Expr(s, e, "ymd", _int(g, "iso_y"), _int(g, "iso_m"), _int(g, "iso_d")))
    if g.get("hyph_mon"):
        year = _int(g, "hyph_y")
        return _checked(_Expr(s, e, "ymd", year + 2000 if year < 100 else year, _month(g["hyph_mon"]), _int(g, "hyph_d")))
    if g.get("num_a"):
        return _numeric(s, e, _int(g, "num_a"), _int(g, "num_b"), _int(g, "num_y"), g.get("num_s") or "")
    if g.get("cjk_m"):
        return _cjk(m, g)
    if g.get("cjky"):
        return _Expr(s, e, "y", _int(g, "cjky"))
    if g.get("cjk_rel") or g.get("cjk_wd"):
        return _cjk_relative(s, e, g.get("cjk_rel"), g.get("cjk_wd"))
    if g.get("mdy_mon") or g.get("dmy_mon"):
        return _month_day(m, g)
    if g.get("mon_mon"):
        return _month_only(m, g, text)
    if g.get("wd"):
        return _weekday(m, g, text)
    if g.get("rel_day") or g.get("per") or g.get("ago_u"):
        return _relative(m, g, text)
    if g.get("yr"):
        return _year(m, text)
    return None


def _checked(expr: _Expr) -> _Expr | None:
    """Drop impossible dates such as 2023-02-30."""
    if expr.year is None or expr.month is None:
        return expr
    try:
        date(expr.year, expr.month, expr.day or 1)
    except ValueError:
        return None
    return expr


def _valid_md(month: int, day: int) -> bool:
    try:
        date(2000, month, day)  # a leap year accepts Feb 29
    except ValueError:
        return False
    return True


def _numeric(s: int, e: int, a: int, b: int, year: int, sep: str) -> _Expr | None:
    """Day-first unless impossible; slashes with both parts <= 12 are ambiguous."""
    if sep == "/" and a <= 12 and b <= 12 and a != b:
        return _checked(_Expr(s, e, "ambig", year, a, b))
    if sep == "/" and b > 12:
        a, b = b, a  # 07/18/2023: US order
    return _checked(_Expr(s, e, "ymd", year, b, a))


def _cjk(m: re.Match[str], g: dict[str, str | None]) -> _Expr | None:
    """2023年7月18日, 7月18日, 2023年7月, 去年11月."""
    month, day = int(g.get("cjk_m") or 0), _int(g, "cjk_d") if g.get("cjk_d") else None
    if not 1 <= month <= 12 or (day is not None and not _valid_md(month, day)):
        return None
    if g.get("cjk_y"):
        return _checked(_Expr(m.start(), m.end(), "ymd" if day else "ym", _int(g, "cjk_y"), month, day))
    if g.get("cjk_ry"):
        offset = {"前": -2, "去": -1, "今": 0, "明": 1}[g.get("cjk_ry")]
        return _Expr(m.start(), m.end(), "md" if day else "m", None, month, day, rel="year", offset=offset)
    if day is None:
        return None  # "3月" alone is too often a count of months
    return _Expr(m.start(), m.end(), "md", None, month, day)


def _cjk_relative(s: int, e: int, rel: str | None, wd: str | None) -> _Expr:
    """昨天, 上周, 去年, 星期二."""
    if wd:
        return _Expr(s, e, "wd", weekday=_CJK_WEEKDAYS[wd])
    assert rel is not None
    days = {"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2}
    if rel in days:
        return _Expr(s, e, "day", offset=days[rel])
    if rel.endswith("年"):
        return _Expr(s, e, "year", offset={"前": -2, "去": -1, "今": 0, "明": 1}[rel[0]])
    offset = {"上": -1, "本": 0, "下": 1}[rel[0]]
    return _Expr(s, e, "week" if rel.endswith("周") else "month", offset=offset)


def _month_day(m: re.Match[str], g: dict[str, str | None]) -> _Expr | None:
    """ "July 18", "18-19 July 2023", "Tuesday, Sept. 1"."""
    mdy = bool(g.get("mdy_mon"))
    token = (g.get("mdy_mon") if mdy else g.get("dmy_mon")) or ""
    if not _capitalised(token):
        return None  # "may 5" is not a date in English prose
    day = int(re.match(r"\d+", (g.get("mdy_d") if mdy else g.get("dmy_d")) or "").group())  # type: ignore[union-attr]
    d2_raw = g.get("mdy_d2") if mdy else g.get("dmy_d2")
    day2 = int(re.match(r"\d+", d2_raw).group()) if d2_raw else None  # type: ignore[union-attr]
    year_raw = g.get("mdy_y") if mdy else g.get("dmy_y")
    month = _month(token)
    if not _valid_md(month, day) or (day2 is not None and (day2 <= day or not _valid_md(month, day2))):
        return None
    wd_raw = g.get("mdy_wd") if mdy else g.get("dmy_wd")
    weekday = _weekday_of(wd_raw) if wd_raw else None
    year = int(year_raw) if year_raw else None
    kind: Kind = "ymd" if year else "md"
    return _checked(_Expr(m.start(), m.end(), kind, year, month, day, day2, weekday))


def _weekday_of(prefix: str) -> int | None:
    head = prefix.strip(" ,.").lower()[:3]
    for name, index in _WEEKDAYS.items():
        if name.startswith(head):
            return index
    return None


def _month_only(m: re.Match[str], g: dict[str, str | None], text: str) -> _Expr | None:
    """ "July 2023", "last November", "in June"; a bare month name needs a cue word."""
    token = g.get("mon_mon") or ""
    if not _capitalised(token):
        return None
    cue = (g.get("mon_cue") or "").lower()
    month = _month(token)
    start = m.start("mon_mon")
    if cue in {"last", "next", "this", "coming", "past", "early", "mid", "late"}:
        start = m.start("mon_cue")
    elif g.get("mon_part"):
        start = m.start("mon_part")
    if g.get("mon_y"):
        return _Expr(start, m.end(), "ym", _int(g, "mon_y"), month)
    if _is_abbreviated(token):
        return None  # "Jan", "Mar" alone are names or verbs far more often than months
    weak = cue in {"and", "or", "to", ""}
    if not cue and not g.get("mon_pos"):
        return None
    if weak and not (g.get("mon_pos") and token.lower() != "may") and not _range_partner(text, m.start(), m.end()):
        return None  # "Trump and May" (Theresa), but "from April to May"
    rel = cue if cue in {"last", "next", "this", "coming", "past"} else None
    return _Expr(start, m.end("mon_mon"), "m", None, month, rel=rel)  # "November's": no "'s"


_MONTH_AFTER = re.compile(rf"\s*(?:,|and|or|to|-|–)?\s*{_MON}")
_MONTH_BEFORE = re.compile(rf"{_MON}\.?\s*(?:,|and|or|to|-|–)?\s*$")


def _range_partner(text: str, start: int, end: int) -> bool:
    """True when another month stands across a range connector: "from January to March"."""
    return bool(_MONTH_AFTER.match(text, end) or _MONTH_BEFORE.search(text[max(0, start - 20) : start]))


def _weekday(m: re.Match[str], g: dict[str, str | None], text: str) -> _Expr | None:
    """ "Tuesday", "last Friday", but not "Good Friday" or "the Sunday Times"."""
    token = g.get("wd") or ""
    if not _capitalised(token):
        return None
    rel = (g.get("wd_rel") or "").lower() or None
    start = m.start("wd_rel") if rel else m.start("wd")
    prev = _prev_word(text, start)
    if prev and prev.lower() in _HOLIDAY_WORDS:
        return None  # "Good Friday", "Super Tuesday"
    nxt = _next_word(text, m.end())
    if (
        not rel
        and nxt
        and _capitalised(nxt)
        and nxt.lower().rstrip(".") not in _MONTHS
        and not (prev and prev.lower() in _TEMPORAL_PREPS)
    ):
        return None  # "The Sunday Times", "Monday Night Football"
    return _Expr(start, m.end("wd"), "wd", weekday=_WEEKDAYS[token.lower()], rel=rel)


def _relative(m: re.Match[str], g: dict[str, str | None], text: str) -> _Expr | None:
    """ "yesterday", "last week", "two days ago"."""
    s, e = m.start(), m.end()
    if g.get("rel_day"):
        phrase = " ".join(g.get("rel_day").lower().split())
        if phrase == "today":
            prev = _prev_word(text, s)
            if prev and _capitalised(prev) and prev.lower() not in _FUNCTION_WORDS:
                return None  # "USA Today", "China Today"
        offsets = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "the day after tomorrow": 2,
                   "tomorrow": 1}
        return _Expr(s, e, "day", offset=offsets.get(phrase, 0))
    if g.get("per"):
        q = " ".join((g.get("per_q") or "").lower().split())
        offset = {"last": -1, "next": 1}.get(q, 0)
        return _Expr(s, e, g.get("per").lower(), offset=offset, rel=q)  # type: ignore[arg-type]
    raw = (g.get("ago_n") or "").lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = (g.get("ago_u") or "").lower()
    if unit == "week":
        return _Expr(s, e, "week", offset=-n, rel="ago")
    return _Expr(s, e, unit, offset=-n, rel="ago")  # type: ignore[arg-type]


def _year(m: re.Match[str], text: str) -> _Expr | None:
    """A year alone, unless it is part of a name or a count."""
    prev = _prev_word(text, m.start())
    if prev:
        low = prev.lower()
        if low in _COUNT_WORDS:
            return None  # "about 2000 people"
        if _capitalised(prev) and low not in _FUNCTION_WORDS and low not in _MONTHS:
            return None  # "Vision 2030", "Expo 2020": a name, not a date
    return _Expr(m.start(), m.end(), "y", int(m.group("yr")))


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)  # "Nov 30 to Dec 12"


def _borrow_years(text: str, found: list[_Expr]) -> list[_Expr]:
    """ "Nov 30 to Dec 12, 2023": the first date takes the second one's year."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if first.kind not in {"md", "m"} or first.rel or second.year is None:
            continue
        if second.kind not in {"ymd", "ym"} or not _RANGE_GAP.match(text[first.end : second.start]):
            continue
        year = second.year - (1 if (first.month or 0) > (second.month or 0) else 0)
        out[i] = first._replace(kind="ymd" if first.kind == "md" else "ym", year=year)
    return out


# ------------------------------------------------------------------ resolution


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _choose(cands: list[date], anchor: date, future: bool, slack: int = 0) -> tuple[date, bool]:
    """Latest candidate before the anchor (earliest after it for the future).

    ``slack`` days after the anchor still count as before it (time zones).
    Uncertain when the candidate on the other side lies nearer the anchor.
    """
    limit = anchor + timedelta(days=slack)
    before = [c for c in cands if c <= limit]
    after = [c for c in cands if c >= anchor]
    chosen = (min(after) if after else max(before)) if future else (max(before) if before else min(after))
    other_side = (max(before) if before else None) if future else (min(after) if after else None)
    uncertain = other_side is not None and abs(other_side - anchor) < abs(chosen - anchor)
    return chosen, uncertain


# A dated day up to this many days after the publication date is still "past":
# wire copy is dated in the place of filing, the page in the publisher's zone.
_SLACK_DAYS = 2


def _md_candidates(month: int, day: int, anchor: date) -> list[date]:
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue  # Feb 29 outside leap years
    return out


def _resolve_expr(x: _Expr, anchor: date | None, future: bool) -> tuple[date | None, Precision, bool]:
    """Value, precision and uncertainty of one expression."""
    if x.kind == "ymd":
        return date(x.year, x.month, x.day), "day", False  # type: ignore[arg-type]
    if x.kind == "ym":
        return date(x.year, x.month, 1), "month", False  # type: ignore[arg-type]
    if x.kind == "y":
        return date(x.year, 1, 1), "year", False  # type: ignore[arg-type]
    if x.kind == "ambig":
        return _resolve_ambiguous(x, anchor)
    precision: Precision = "month" if x.kind in {"m", "month"} else "year" if x.kind == "year" else "day"
    if anchor is None:
        return None, precision, True
    value, uncertain = _resolve_relative(x, anchor, future)
    return value, precision, uncertain


def _resolve_ambiguous(x: _Expr, anchor: date | None) -> tuple[date | None, Precision, bool]:
    """05/06/2023: the reading nearer the anchor (month first without one)."""
    first = date(x.year, x.month, x.day)  # type: ignore[arg-type]
    second = date(x.year, x.day, x.month)  # type: ignore[arg-type]
    if anchor is None:
        return None, "day", True
    return min((first, second), key=lambda d: (abs(d - anchor), d != first)), "day", True


def _resolve_relative(x: _Expr, anchor: date, future: bool) -> tuple[date, bool]:
    """The date an anchor-relative expression denotes (its first day), and whether it is a guess."""
    if x.kind == "md":
        if x.rel == "year":
            return date(anchor.year + x.offset, x.month, x.day), False  # type: ignore[arg-type]
        return _pick_md(x, anchor, future)
    if x.kind == "m":
        return _pick_month(x, anchor, future)
    if x.kind == "wd":
        return _pick_weekday(x, anchor, future), False
    if x.kind == "day":
        return anchor + timedelta(days=x.offset), False
    if x.kind == "week":  # weeks have no precision of their own: always a guess
        start = anchor if x.rel == "ago" else _monday(anchor)
        return start + timedelta(weeks=x.offset), True
    if x.kind == "weekend":
        return _monday(anchor) + timedelta(days=5 + 7 * x.offset), True
    if x.kind == "month":
        year, month = _shift_month(anchor.year, anchor.month, x.offset)
        return date(year, month, 1), False
    return date(anchor.year + x.offset, 1, 1), False


def _pick_md(x: _Expr, anchor: date, future: bool) -> tuple[date, bool]:
    cands = _md_candidates(x.month, x.day, anchor)  # type: ignore[arg-type]
    if x.weekday is not None:
        matching = [c for c in cands if c.weekday() == x.weekday]
        if len(matching) == 1:
            return matching[0], False  # "Tuesday, July 18" settles the year
    return _choose(cands, anchor, future, slack=_SLACK_DAYS)


def _pick_month(x: _Expr, anchor: date, future: bool) -> tuple[date, bool]:
    this_month = date(anchor.year, anchor.month, 1)
    if x.rel == "year":
        return date(anchor.year + x.offset, x.month, 1), False  # type: ignore[arg-type]
    cands = [date(y, x.month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]  # type: ignore[arg-type]
    if x.rel == "this":
        return date(anchor.year, x.month, 1), False  # type: ignore[arg-type]
    if x.rel in {"last", "past"}:
        return max(c for c in cands if c < this_month), False
    if x.rel in {"next", "coming"}:
        return min(c for c in cands if c > this_month), False
    return _choose(cands, this_month, future)


def _pick_weekday(x: _Expr, anchor: date, future: bool) -> date:
    wd = x.weekday or 0
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if x.rel == "last" or x.rel == "past":
        return anchor - timedelta(days=back or 7)
    if x.rel in {"next", "coming"}:
        return anchor + timedelta(days=ahead or 7)
    if x.rel == "this":
        return _monday(anchor) + timedelta(days=wd)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def resolve(expression: str, anchor: date | None, *, future: bool = False) -> tuple[date | None, Precision, bool]:
    """Resolve the first date expression in ``expression``: (value, precision, uncertain).

    Unrecognised text gives ``(None, "day", True)``.
    """
    found = _scan(expression)
    if not found:
        return None, "day", True
    return _resolve_expr(found[0], anchor, future)


def resolve_range(
    expression: str, anchor: date | None, *, future: bool = False
) -> tuple[date | None, date | None, Precision, bool]:
    """Like ``resolve`` but also the last day of a span ("July 18-19", "Nov 30 to Dec 12").

    The end is ``None`` when the expression names a single date.
    """
    found = _scan(expression)
    if not found:
        return None, None, "day", True
    value, precision, uncertain = _resolve_expr(found[0], anchor, future)
    first = found[0]
    end: date | None = None
    if first.day2 is not None and value is not None:
        end = value.replace(day=first.day2)
    elif len(found) > 1 and _RANGE_GAP.match(expression[first.end : found[1].start]):
        end_value, _, end_uncertain = _resolve_expr(found[1], anchor, future)
        if value is not None and end_value is not None and end_value < value and found[1].year is None:
            end_value = end_value.replace(year=end_value.year + 1)
        end, uncertain = end_value, uncertain or end_uncertain
    return value, end, precision, uncertain


# ------------------------------------------------------------------- tense

_FUTURE_WORDS = {
    "will", "shall", "won't", "would", "could", "might", "may", "upcoming", "forthcoming",
    "coming", "next", "expected", "scheduled", "slated", "planned",
}
_FUTURE_BEFORE_TO = {"going", "plan", "plans", "planning", "intend", "intends", "set", "due", "poised", "likely",
                     "about", "supposed", "is", "are"}
_PAST_WORDS = {
    "met", "held", "was", "were", "had", "has", "did", "said", "told", "spoke", "visited", "arrived",
    "left", "signed", "agreed", "hosted", "received", "attended", "concluded", "ended", "began",
    "took", "came", "went", "made", "saw", "reached", "announced", "ago", "earlier", "previously",
    "already",
}
_MODALS = {"would", "could", "might", "may", "should", "must"}
_NOT_PAST = {
    "need", "indeed", "speed", "proceed", "succeed", "exceed", "feed", "seed", "hundred",
    "shed", "bed", "red", "based", "united", "related", "limited", "interested", "concerned",
    "advanced", "developed", "detailed", "sophisticated", "beloved", "sacred", "naked",
    "wicked", "kindred", "breed", "weed", "greed", "deed", "heed", "embed", "bred", "shred",
}
_CUE_WORDS = _FUTURE_WORDS | _FUTURE_BEFORE_TO | _PAST_WORDS | _MODALS | {"ahead"}
_CJK_CUES = (("即将", True), ("将", True), ("预计", True), ("计划", True), ("拟", True), ("已经", False), ("曾", False))
_STRIP = ".,;:!?\"'“”‘’()[]{}«»—–-"
_TENSED = {"md", "m", "wd"}  # kinds whose value depends on past/future
_CUE_REACH = 90  # characters either side of a mention searched for its tense


def _word_tense(word: str, prev: str, nxt: str, after_next: str) -> bool | None:
    """The tense ``word`` signals in context: True future, False past, None neither."""
    if word in _MODALS and (nxt == "have" or (nxt == "not" and after_next == "have")):
        return False  # "could have met"
    if word in _FUTURE_WORDS or (nxt == "to" and word in _FUTURE_BEFORE_TO) or (word == "ahead" and nxt == "of"):
        return True
    if prev in {"be", "been", "being"}:
        return None  # "will be held": the participle carries no tense
    if word in _PAST_WORDS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        return False
    return None


def _nearest_cue(chunk: str, from_end: bool) -> bool | None:
    """The tense of the cue nearest one end of ``chunk``, if any."""
    if not chunk.isascii():
        hits = [(chunk.rfind(c) if from_end else chunk.find(c), f) for c, f in _CJK_CUES if c in chunk]
        if hits:
            return (max(hits) if from_end else min(hits))[1]
    words = [w.strip(_STRIP) for w in chunk.lower().split()]
    n = len(words)
    for i in range(n - 1, -1, -1) if from_end else range(n):
        word = words[i]
        if word not in _CUE_WORDS and not (len(word) > 4 and word.endswith("ed")):
            continue  # most words: no need to look at their neighbours
        tense = _word_tense(
            word,
            words[i - 1] if i else "",
            words[i + 1] if i + 1 < n else "",
            words[i + 2] if i + 2 < n else "",
        )
        if tense is not None:
            return tense
    return None


def _future_flags(text: str, found: list[_Expr]) -> list[bool]:
    """Per mention: does the sentence put it in the future?

    The nearest cue left of the mention (back to the previous mention) wins,
    else the nearest right of it (up to the next), else the previous
    mention's flag (ranges), else past.
    """
    if not any(x.kind in _TENSED and not x.rel for x in found):
        return [False] * len(found)
    flags: list[bool] = []
    for i, x in enumerate(found):
        lo = max(found[i - 1].end if i else 0, x.start - _CUE_REACH)
        hi = min(found[i + 1].start if i + 1 < len(found) else len(text), x.end + _CUE_REACH)
        tense = _nearest_cue(text[lo : x.start], True)
        if tense is None:
            tense = _nearest_cue(text[x.end : hi], False)
        if tense is None:
            tense = flags[-1] if flags else False
        flags.append(tense)
    return flags


def find_dates(sentences: Sequence[Evidence], published: date | None) -> list[DateMention]:
    """Every date expression in ``sentences``, resolved against ``published``."""
    mentions: list[DateMention] = []
    for ev in sentences:
        text = ev.sentence
        found = _scan(text)
        if not found:
            continue
        previous: tuple[_Expr, date | None] | None = None
        for x, future in zip(found, _future_flags(text, found)):
            value, precision, uncertain = _resolve_expr(x, published, future)
            if previous is not None:
                value = _after_range_start(text, previous, x, value)
            mentions.append(DateMention(text[x.start : x.end], value, precision, uncertain, ev))
            previous = (x, value)
    return mentions


def _after_range_start(text: str, previous: tuple[_Expr, date | None], x: _Expr, value: date | None) -> date | None:
    """ "from Sunday to Wednesday": a range never ends before it starts.

    Each end is resolved alone first; a year-less end that lands before the
    start moves forward by a week (weekdays) or a year (dates).
    """
    first, first_value = previous
    if value is None or first_value is None or value >= first_value or x.year is not None:
        return value
    if not _RANGE_GAP.match(text[first.end : x.start]) or x.rel:
        return value
    if x.kind == "wd" and first.kind in {"wd", "day"}:
        return value + timedelta(days=7 * ((first_value - value).days // 7 + 1))
    if x.kind == "md":
        return _next_year(value)
    return value


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # Feb 29
        return day.replace(year=day.year + 1, day=28)


# ------------------------------------------------------------ publication date
#
# Only metadata lines (bylines, date lines, the URL line the cleaner keeps
# apart) and the dateline can date an article; body sentences never do: a
# date in prose is an event, not the day the page was published.

_PUB_LABELS = (
    r"(?:first\s+)?published|publish(?:ed)?\s+date|publication\s+date|pub(?:lished)?\.?\s*date|posted|"
    r"release[ds]?|issued|dated?|created|publicado|publicada|publi[ée]|ver[öo]ffentlicht|"
    r"опубликовано|发布时间|发布日期|发表时间|发布|日期|时间|기사입력|입력|등록|송고시간|송고|"
    r"公開日?|配信日?|掲載日?|投稿日?|発行日?"
)
_UPD_LABELS = (
    r"(?:last\s+)?updated?|(?:last\s+)?modified|edited|revised|atualizado|actualizado|"
    r"mis\s+à\s+jour|aktualisiert|обновлено|更新时间|更新日?|최종\s*수정|수정|업데이트"
)
_UPDATE_WORD = re.compile(
    r"updat|modif|edit|revis|atualiz|actualiz|mis\s+à\s+jour|aktualis|обновл|更新|수정|업데이트", re.I)
_TIME = (
    r"(?:(?:오전|오후|午前|午後)\s*)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
    r"|\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?)"
)
_ZONE = (
    r"(?:\(?(?:GMT|UTC)\s?(?:[+-]\s?\d{1,2}(?::?\d{2})?)?\)?|\(?[A-Z]{2,5}\)?(?![\w])|Z(?!\w)|[+-]\d{2}:?\d{2}"
    r"|\(?(?:[A-Z][a-z]+\s+)?(?:time|Time)\)?|(?:北京|东京|首尔)?时间)"
)
_LABEL_BEFORE = re.compile(
    rf"(?<!\w)(?P<label>{_UPD_LABELS}|{_PUB_LABELS})\s*(?:(?:on|at|in|em|le|am|el|de)\s*)?[:：\-–—]?\s*"
    rf"(?:(?:on|at|in|em|le|am)\s+)?(?:{_TIME}\s*(?:{_ZONE})?\s*,?\s*)?(?:{_WD_PREFIX})?\s*$",
    re.IGNORECASE,
)
_LABEL_START = re.compile(rf"(?P<label>{_UPD_LABELS}|{_PUB_LABELS})(?!\w)", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"(?:T|[\s,;]*(?:at\s+|à\s+|às\s+|um\s+)?)(?:{_TIME})(?:\s*(?:{_ZONE}))?")
_TIME_BEFORE = re.compile(rf"(?:{_TIME})(?:\s*(?:{_ZONE}))?[\s,]*$")
_SEPARATORS = re.compile(r"\s*(?:\||•|·|∙|»|«|\s[-–—]\s)\s*")
_ALLOWED_LOWER = {
    "by", "and", "of", "the", "de", "from", "via", "on", "for", "source", "staff", "reporter", "desk", "web",
    "min", "mins", "read", "comments", "comment", "views", "ago", "hours", "hour", "minutes", "edited",
    "written", "am", "pm", "a.m.", "p.m.", "et", "al", "local", "time", "um", "à", "às",
}
_DOMAIN = re.compile(r"^[\w.-]+\.(?:com|cn|org|net|gov|int|co|uk|in|ru|jp|kr|de|fr|info|news)(?:\.\w+)?$", re.I)
_TOKEN_EDGES = "()[]{}\"'“”‘’«»,;:.!?/"
_NON_LATIN_TOKEN = re.compile(r"[\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3：]+")
# US zones put the month first in 04/03/2024; other named zones the day.
_US_ZONES = re.compile(r"(?<![A-Za-z])(?:ET|EST|EDT|PT|PST|PDT|MT|MST|MDT|AKST|AKDT|HST)(?![A-Za-z])")
_DAY_FIRST_ZONES = re.compile(
    r"(?<![A-Za-z])(?:GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|TRT|GST|PKT|WIB|WITA|WIT|MYT|SGT|HKT"
    r"|KST|JST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|CAT|BRT|ART|PHT|ICT)(?![A-Za-z])")

PUBLISHED, BARE, DATELINE, URL, UPDATED = 0, 1, 2, 3, 4  # ranks: lower wins


def _metadata_words(text: str) -> bool:
    """True for bylines, outlet names and times: short, no sentence words."""
    tokens = text.replace(",", " ").replace(":", " ").split()
    if len(tokens) > 8:
        return False
    for raw in tokens:
        token = raw.strip(_TOKEN_EDGES)
        if not token or _capitalised(token) or token.lower() in _ALLOWED_LOWER or _DOMAIN.match(token):
            continue
        if _NON_LATIN_TOKEN.fullmatch(token):
            continue  # digits, punctuation, CJK and Hangul ("15時21分", "来源：新华网")
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date on a metadata line: its readings (two for 04/03/2024), rank and context."""

    rank: int
    number: int  # line index: earlier lines win ties
    values: tuple[date, ...]
    line: str
    utc: bool = False  # a machine timestamp in UTC ("...T23:30:00Z"): the local date may differ
    zone: str = ""  # the text after the date, for a time zone that settles 04/03/2024
    md: tuple[int, int] | None = None  # (month, day) of a date written without a year
    weekday: int | None = None


_KOREAN_DOTS = re.compile(r"(?<!\d)((?:19|20)\d{2})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?")
# "[26.05.24 15:21]" (a forwarded message): a two-digit year, trusted only before a time
_SHORT_YEAR = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?=,?\s+\d{1,2}:\d{2}(?!\d))")


def _line_candidates(line: str, number: int) -> list[_Candidate]:
    """Dates on one metadata line, labelled (published / updated) or standing alone.

    A date counts when the words before it in its segment (between "|", "·",
    " - " separators) are a label, byline, outlet or time, and the words after
    it a time, a time zone, metadata, or a new labelled clause ("Updated 2
    hours ago", "(updated: 00:12 26.05.2024)").
    """
    text = _KOREAN_DOTS.sub(r"\1.\2.\3", line) if ". " in line else line  # "2024. 5. 26."
    text = _SHORT_YEAR.sub(r"\1\2\3\g<2>20\4", text)
    out: list[_Candidate] = []
    for x in _scan(text):
        if x.kind in {"ymd", "ambig"}:
            if not 1990 <= (x.year or 0) <= 2100:
                continue
        elif x.kind != "md" or x.rel:
            continue
        seg_start = 0
        for sep in _SEPARATORS.finditer(text, 0, x.start):
            seg_start = sep.end()
        nxt = _SEPARATORS.search(text, x.end)
        seg_end = nxt.start() if nxt else len(text)
        before, after = text[seg_start : x.start], text[x.end : seg_end]
        rank = _rank_before(before)
        if rank is None:
            continue
        after_ok, after_label = _after(after)
        if not after_ok and rank == BARE:
            continue  # a labelled date may be followed by anything ("Posted on July 18, 2023 by admin")
        if rank == BARE and after_label is not None:
            rank = after_label  # "2024/05/26 15:21 公開", "2024.05.26 15:21 수정"
        zone = after[:40]
        utc = bool(re.match(r"T?[\d:.\s]*(?:Z|\+00:?00|\s*(?:GMT|UTC)(?!\s?[+-]\s?[1-9]))(?!\w)", after))
        if x.kind == "ymd":
            values: tuple[date, ...] = (date(x.year, x.month, x.day),)  # type: ignore[arg-type]
        elif x.kind == "ambig":
            values = (date(x.year, x.month, x.day), date(x.year, x.day, x.month))  # type: ignore[arg-type]
        else:
            md = (x.month, x.day)
            out.append(_Candidate(rank, number, (), line, md=md, weekday=x.weekday))  # type: ignore[arg-type]
            continue
        out.append(_Candidate(rank, number, values, line, utc, zone, weekday=_weekday_before(before)))
    return out


def _rank_before(before: str) -> int | None:
    """PUBLISHED or UPDATED after a label, BARE after metadata words, None after prose."""
    label = _LABEL_BEFORE.search(before)
    if label is not None and _metadata_words(before[: label.start()]):
        return UPDATED if _UPDATE_WORD.search(label.group("label")) else PUBLISHED
    if not before.strip():
        return BARE
    time = _TIME_BEFORE.search(before)  # "By Xu Mingyue (People's Daily Online) 10:44, September 02, 2021"
    head = before[: time.start()] if time else before
    return BARE if _metadata_words(head) else None


def _after(after: str) -> tuple[bool, int | None]:
    """Whether the words after a date suit a date line, and the rank a CJK label there gives."""
    m = _TIME_AFTER.match(after)
    rest = after[m.end() :] if m else after
    rest = rest.strip(" \t,;:()[]|·•-–—/")
    if not rest:
        return True, None
    label = _LABEL_START.match(rest)
    if label is not None:
        word, tail = label.group("label"), rest[label.end() :]
        if any(c.isdigit() for c in tail) or (word.isascii() and tail.strip(" :：")):
            return True, None  # a new clause: "Updated 2 hours ago", "更新 2024-05-27"
        return True, UPDATED if _UPDATE_WORD.search(word) else PUBLISHED  # "2024/05/26 15:21 公開"
    return _metadata_words(rest), None


def _weekday_before(before: str) -> int | None:
    """ "Wed 04/03/2024": the weekday written before a numeric date."""
    m = re.search(rf"(?:{_WD}|{_WD_ABBR})[,\s]*$", before)
    return _weekday_of(m.group()) if m else None


# ---------------------------------------------------------------- URL dates

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.I)
_URL_YMD = (
    # /2023/01/09/, -2023-01-09-, /2024-05/26/
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[/_-](?P<m>\d{1,2})[/_-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})(?P<d>\d{2})/"),  # /2021/0902/
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})/(?P<d>\d{2})/"),  # /202404/06/
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"),  # /20230109/
    re.compile(r"(?<=[A-Za-z])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{4,12}(?!\d)"),  # AEN20240526001234315
)
_URL_YM = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})(?:/|$)"),  # /2024/05/
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})/"),  # /202405/
)
_URL_Y = re.compile(r"/(?P<y>(?:19|20)\d{2})/")


def _url_path(line: str) -> str | None:
    m = _URL.search(line)
    if m is None:
        return None
    url = re.sub(r"^(?:https?://)?[^/]*", "", m.group(), flags=re.I)  # the path: a domain's digits are no date
    return url.split("#")[0]


def _url_date(lines: Sequence[str]) -> tuple[date | None, tuple[int, int | None] | None, str | None]:
    """The date an article's URL carries: (full date, (year, month or None), line).

    "/2023/01/09/", "/20230109/", "-2023-01-09-", "/2024-05/26/", "/2021/0902/";
    "/2024/05/" gives only a year and month, "/2024/" only a year.
    """
    for line in lines:
        path = _url_path(line)
        if not path:
            continue
        for pattern in _URL_YMD:
            for m in pattern.finditer(path):
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                value = _on(y, mo, d) if 1990 <= y <= 2100 and 1 <= mo <= 12 else None
                if value is not None:
                    return value, (y, mo), line
        for pattern in _URL_YM:
            m = pattern.search(path)
            if m and 1990 <= int(m.group("y")) <= 2100 and 1 <= int(m.group("m")) <= 12:
                return None, (int(m.group("y")), int(m.group("m"))), line
        m = _URL_Y.search(path)
        if m and 1990 <= int(m.group("y")) <= 2100:
            return None, (int(m.group("y")), None), line
    return None, None, None


# ------------------------------------------------------------ year evidence

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright|&copy;)[^\n]{0,40}?(?<!\d)(?:(?:19|20)\d{2}\s*[-–—]\s*)?(?P<y>(?:19|20)\d{2})(?!\d)",
    re.I,
)


def _copyright_years(lines: Sequence[str]) -> set[int]:
    """The years copyright lines name ("© 2024 AFP", "© 1997-2024", "© ТАСС 2023"): the last of a range."""
    return {int(m.group("y")) for line in lines for m in _COPYRIGHT.finditer(line)}


_STAMP = re.compile(rf"(?:{_TIME_AFTER.pattern})|\s*$")


def _timestamps(lines: Sequence[str]) -> list[date]:
    """Full dates written as timestamps (with a time, or ending a line) on page furniture."""
    out: list[date] = []
    for line in lines:
        for x in _scan(line):
            if x.kind != "ymd" or not 1990 <= (x.year or 0) <= 2100:
                continue
            if _STAMP.match(line, x.end) or not line[: x.start].strip():
                out.append(date(x.year, x.month, x.day))  # type: ignore[arg-type]
    return out


def _lead_weekday_fits(lead: str, day: date, days_back: int = 1) -> bool | None:
    """Does the lead's past weekday ("held talks on Tuesday") name ``day`` (or up to
    ``days_back`` days before it: "Monday night" in Washington is Tuesday in Beijing)?

    None when the lead names no weekday in the past: nothing to check.
    """
    found = _scan(lead)
    for x, future in zip(found, _future_flags(lead, list(found))):
        if x.kind != "wd" or x.rel or future:
            continue
        return (day.weekday() - (x.weekday or 0)) % 7 <= days_back
    return None


# ------------------------------------------------------------------- choose


def find_publication_date(
    lines: Sequence[str], lead: str | None = None, context: Sequence[str] = ()
) -> tuple[date | None, str | None]:
    """The publication date on scraped metadata lines, and the line it came from.

    ``lines`` are the metadata lines (the URL line among them), ``lead`` the
    first paragraph (its dateline), ``context`` other page furniture the
    cleaner removed (tickers, related stories): only their years are used.

    In order: a "Published"/"Posted"/"Issued" date; a bare date on a date
    line; the dateline's date when it has a year; a date in the URL; an "Updated" date (unless the URL's date is
    earlier: an update never precedes publication). A UTC machine stamp
    yields to a date written in the page's own time; three or more
    differing bare date lines are a news ticker and are ignored; 04/03/2024
    is read by the time zone beside it, the page's other dates, the URL, the
    dateline or the lead's weekday, else not at all. Without any full date,
    a date written without a year ("21 MAR, 15:48", the dateline's "May 26")
    takes its year from the URL, or from copyright lines or furniture
    timestamps when the lead's weekday agrees. Body sentences never qualify.
    """
    ranked: list[_Candidate] = []
    for number, line in enumerate(lines):
        ranked.extend(_line_candidates(line, number))
    for full_dates in (True, False):  # a news ticker: several differing bare date lines
        bare_lines = [c.line for c in ranked if c.rank == BARE and bool(c.values) == full_dates]
        if len(bare_lines) >= 3 and len(set(bare_lines)) >= 2:
            ranked = [c for c in ranked if not (c.rank == BARE and bool(c.values) == full_dates)]
    from_url, url_ym, url_line = _url_date(lines)
    dateline = parse_dateline(lead, None) if lead else None
    lead_text = lead[dateline.end :] if lead and dateline else (lead or "")
    dateline_md = _dateline_md(dateline)
    full = [c for c in ranked if c.values]
    if lead and dateline is not None and dateline.date is not None:  # "PARIS, July 18, 2023 —"
        full.append(_Candidate(DATELINE, len(lines), (dateline.date,), lead[: dateline.end].strip()))
    if from_url is not None and url_line is not None:
        updated = [c.values[0] for c in full if c.rank == UPDATED and len(c.values) == 1]
        # an "Updated" date before the URL's: the URL's is no publication date
        url_rank = UPDATED + 1 if updated and min(updated) < from_url else URL
        full.append(_Candidate(url_rank, len(lines), (from_url,), url_line))
    full.sort(key=lambda c: (c.rank, c.utc, c.number))
    slash_order = _slash_convention(lines)
    for cand in full:
        value = cand.values[0] if len(cand.values) == 1 else _settle_ambiguous(
            cand, slash_order, from_url, url_ym, dateline_md, lead_text)
        if value is not None:
            return value, cand.line
    return _yearless(ranked, dateline, lead or "", lead_text, url_ym, lines, context)


def _dateline_md(dateline: Dateline | None) -> tuple[int, int] | None:
    if dateline is None or not dateline.date_text:
        return None
    found = _scan(dateline.date_text)
    if found and found[0].kind in {"md", "ymd"}:
        return found[0].month, found[0].day  # type: ignore[return-value]
    return None


_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}(?!\d)")


def _slash_convention(lines: Sequence[str]) -> str | None:
    """ "dmy" or "mdy" when the page's other slashed dates show it (17/02/2022, 02/17/2022)."""
    seen = set()
    for line in lines:
        for a, b in _SLASH.findall(line):
            if int(a) > 12 >= int(b):
                seen.add("dmy")
            elif int(b) > 12 >= int(a):
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


def _settle_ambiguous(cand: _Candidate, order: str | None, from_url: date | None,
                      url_ym: tuple[int, int | None] | None, dateline_md: tuple[int, int] | None,
                      lead: str) -> date | None:
    """04/03/2024: the reading the page's own evidence supports, or None."""
    month_first, day_first = cand.values
    tests = [
        lambda d: d.weekday() == cand.weekday if cand.weekday is not None else None,
        lambda d: (d == month_first) if _US_ZONES.search(cand.zone) else
        (d == day_first) if _DAY_FIRST_ZONES.search(cand.zone) else None,
        lambda d: (d == (month_first if order == "mdy" else day_first)) if order else None,
        lambda d: d == from_url if from_url else None,
        lambda d: d.month == url_ym[1] if url_ym and url_ym[1] else None,
        lambda d: (d.month, d.day) == dateline_md if dateline_md else None,
        lambda d: _lead_weekday_fits(lead, d),
    ]
    for test in tests:
        verdicts = [test(d) for d in (month_first, day_first)]
        if None in verdicts:
            continue
        if verdicts.count(True) == 1:
            return month_first if verdicts[0] else day_first
    return None


def _yearless(ranked: list[_Candidate], dateline: Dateline | None, lead: str, lead_text: str,
              url_ym: tuple[int, int | None] | None, lines: Sequence[str],
              context: Sequence[str]) -> tuple[date | None, str | None]:
    """A date written without a year, given the year the page shows elsewhere.

    The month and day come from a labelled or bare metadata date ("21 MAR,
    15:48") or else the dateline ("SEOUL, May 26 (Yonhap) --"). The URL's
    year (and month, which must agree) settles it. Otherwise the latest
    timestamp on the page furniture, or the copyright year, stand for the
    time the page was captured; as a page may be captured years after it
    was written, such a year counts only when the lead's weekday ("held
    talks on Sunday") falls on that very date.
    """
    md_cands = sorted((c for c in ranked if c.md and c.rank != UPDATED), key=lambda c: (c.rank, c.number))
    if md_cands:
        (month, day), weekday, line = md_cands[0].md, md_cands[0].weekday, md_cands[0].line  # type: ignore[misc]
    elif dateline is not None and (md := _dateline_md(dateline)) is not None:
        (month, day), weekday, line = md, None, lead[: dateline.end].strip()
    else:
        return None, None
    if url_ym is not None:
        year, url_month = url_ym
        if url_month is not None and url_month != month:
            return None, None
        value = _on(year, month, day)
        if value is None or (weekday is not None and value.weekday() != weekday):
            return None, None
        return (value, line) if _lead_weekday_fits(lead_text, value) is not False else (None, None)
    stamps = _timestamps([*context, *lines])
    years = _copyright_years([*lines, *context])
    if stamps:
        anchor = max(stamps) + timedelta(days=_SLACK_DAYS)
        value = _on(anchor.year, month, day)
        if value is not None and value > anchor:
            value = _on(anchor.year - 1, month, day)
        if value is not None and years and not any(y in (value.year, value.year + 1) for y in years):
            return None, None  # the furniture and the copyright disagree
    elif len(years) == 1:
        value = _on(years.pop(), month, day)
    else:
        return None, None
    if value is None or (weekday is not None and value.weekday() != weekday):
        return None, None
    # a year seen on the page's furniture: the lead's weekday must be that very day (1 in 7 by chance)
    return (value, line) if _lead_weekday_fits(lead_text, value, days_back=0) else (None, None)


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ------------------------------------------------------------------ dateline


@dataclass(frozen=True, slots=True)
class Dateline:
    """The wire-style opening of an article: "BEIJING, July 18 (Reuters) -".

    ``end`` is where the article text proper starts in the paragraph. Without a
    publication date a year-less ``date_text`` keeps ``date`` None.
    """

    place: str
    date_text: str | None
    date: date | None
    outlet: str | None
    end: int


_PW = r"[A-Z][A-Za-z'’.]*(?:-[A-Za-z][A-Za-z'’.]*)*"  # BEIJING, D.C., WINSTON-SALEM
_SEP = r"—|–|―|−|--|-(?=\s)|:(?=\s)"
# An agency named after the date, set off by a comma or a full stop, right before the dash:
# "Riyadh, October 09, 2024, SPA --", "Moscow, 9 October. INTERFAX -".
_AGENCY_WORD = r"[A-Z][A-Za-z&'’.]*(?:-[A-Za-z]+)*"
_DATELINE = re.compile(
    rf"""^\s*
    (?P<place>{_PW}(?:[ ](?:{_PW}|of|de|da|del|la|es|al|el|du|sur))*(?:/{_PW}(?:[ ]{_PW})*)*)
    (?:\s*\[[^\]\n]{{1,30}}\])?
    (?:\s*\((?P<paren>[A-Z][A-Za-z .'’-]{{1,30}})\)(?=\s*[,(]))?
    (?:\s*,\s*(?!(?:(?i:{_MON})|(?i:{_WD})|\d))(?P<region>{_PW}(?:[ ]{_PW}){{0,2}}))?
    (?:\s*[,.]?\s*(?P<date>
        (?i:{_WD_PREFIX})?(?i:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?:19|20)\d{{2}})?
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MON})\.?(?:,?\s+(?:19|20)\d{{2}})?
      | (?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}
      | (?i:{_WD})))?
    (?:(?:\s*[,.]|(?<=\.))\s*(?P<agency>{_AGENCY_WORD}(?:[ ]{_AGENCY_WORD}){{0,3}})(?=\s*(?:{_SEP})))?
    \.?\s*
    (?:\(\s*(?P<outlet>[A-Z][^()\n]{{1,40}}?)\s*\)|/\s*(?P<slash>[A-Z][^/\n]{{1,30}}?)\s*/\.?)?
    \s*(?P<sep>{_SEP})?
    """,
    re.VERBOSE,
)
_NOT_PLACES = {
    "update", "updated", "breaking", "exclusive", "watch", "photo", "file", "video", "live",
    "opinion", "analysis", "editorial", "note", "correction", "editor's note", "related",
    "read more", "advertisement", "sponsored", "listen", "explainer", "comment", "summary",
    "file photo", "q", "a", "warning", "disclaimer", "source", "sources", "by", "credit",
    # organisations written in capitals open sentences too
    "nato", "un", "us", "u.s.", "eu", "uk", "who", "imf", "brics", "asean", "opec", "wto", "apec", "sco",
}
_SMALL_WORDS = {"of", "de", "da", "del", "la", "es", "al", "el", "du", "sur", "and"}


def _title_place(place: str) -> str:
    """BEIJING -> Beijing, NEW YORK -> New York, RIO DE JANEIRO -> Rio de Janeiro."""
    if not place.isupper():
        return place
    out = []
    for i, word in enumerate(re.split(r"(\s+|/)", place)):
        if not word.strip() or word == "/":
            out.append(word)
        elif re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word)  # D.C., U.S.
        elif i and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(_title_word(part) for part in word.split("-")))
    return "".join(out)


def _title_word(word: str) -> str:
    if len(word) > 2 and word[1] in "'’":
        return word[:2].upper() + word[2:].capitalize()  # N'DJAMENA, O'HARE
    return word.capitalize()


def _split_bare_outlet(place: str) -> tuple[str, str | None]:
    """ "Hong Kong CNN" -> ("Hong Kong", "CNN"): a trailing acronym after a mixed-case place."""
    words = place.split()
    if len(words) >= 2 and not place.isupper() and re.fullmatch(r"[A-Z]{3,6}", words[-1]):  # not "DC"
        return " ".join(words[:-1]), words[-1]
    return place, None


_PLACE_THEN_AGENCY = re.compile(r"^(?P<place>.*?[A-Za-z]{4,})\.\s+(?P<agency>[A-Z].*)$")
_CAPS_AGENCY = re.compile(r"[A-Z][A-Z&-]{2,9}")  # "SPA", "WAM", "KAZINFORM": an agency's acronym or name in capitals


def _split_agency(place: str) -> tuple[str, str | None]:
    """ "ASTANA. KAZINFORM" -> ("ASTANA", "KAZINFORM"): a full stop after the place, then the agency.

    Abbreviations ("D.C.", "St.", "Ft.") are no full stop: the word before it has four letters or more.
    """
    m = _PLACE_THEN_AGENCY.match(place)
    if m is None:
        return place, None
    return m.group("place"), m.group("agency")


def parse_dateline(paragraph: str, published: date | None) -> Dateline | None:
    """The dateline opening ``paragraph``, or None when it has none.

    The shapes wire services, state media and their reprints use:
    "BEIJING, Jan. 5 (Xinhua) --", "WASHINGTON (AP) —", "MOSCOW, March 21. /TASS/.",
    "Riyadh, October 09, 2024, SPA --", "ASTANA. KAZINFORM –", "Nusa Dua (Indonesia) (AFP) –",
    "Vientiane (Laos), July 25:", "New Delhi, July 25 (IANS) Prime Minister ..." (a dated
    dateline with its agency needs no dash), "Jakarta - ..." (a known city alone before a dash).
    """
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    place, bare_outlet = _split_bare_outlet(m.group("place"))
    if "." in place and bare_outlet is None:
        place, bare_outlet = _split_agency(place)
    date_text = m.group("date")
    region = m.group("region")
    if (region and not date_text and not place.isupper() and _CAPS_AGENCY.fullmatch(region)
            and not m.group("outlet") and not m.group("slash")):
        bare_outlet = region  # "Riyadh, SPA --": a mixed-case place, then an agency in capitals
    outlet = m.group("outlet") or m.group("slash") or m.group("agency") or bare_outlet
    sep = m.group("sep")
    if not sep and not m.group("slash"):
        # "Bangkok, Jan 28 (Agencies) US National Security Advisor ...": a dated dateline
        # with its agency in brackets is one even without a dash.
        if not (m.group("outlet") and (date_text or place.isupper()) and _opens_text(paragraph, m.end())):
            return None
    city_only = False  # "Jakarta - President ...": no date, no agency, not in capitals
    if not _plausible_place(place, bool(date_text or outlet)):
        if not (sep in _DASHES and _known_city(place)):
            return None
        city_only = True
    if sep in {"-", "--"} and not (date_text or outlet or place.isupper()):
        if not _known_city(place):
            return None
        city_only = True
    if city_only and not _city_dateline_rest(paragraph[m.end() :]):
        return None
    value = _dateline_date(date_text, published)
    end = m.end()
    while end < len(paragraph) and paragraph[end].isspace():
        end += 1
    return Dateline(_title_place(place), date_text, value, outlet.strip() if outlet else None, end)


_DASHES = {"—", "–", "-", "--"}


def _opens_text(paragraph: str, end: int) -> bool:
    """Text follows the dateline: a capital or a quote after a space ("(IANS) Prime Minister ...")."""
    first = paragraph[end : end + 1]
    return end > 0 and paragraph[end - 1].isspace() and (first.isupper() or first in {'"', "“", "'", "‘"})


_FIRST_WORDS = re.compile(r"\s*([A-Z][\w'’.-]*)(?:\s+([A-Z][\w'’.-]*))?")
_POSSESSIVE_S = re.compile(r"['’]s$")


def _city_dateline_rest(rest: str) -> bool:
    """After a bare mixed-case city and a dash, the story starts: a capitalised word that is not
    another city ("Beijing - Washington relations" pairs two capitals, it is no dateline;
    "Seoul - South Korea said" is one)."""
    m = _FIRST_WORDS.match(rest)
    if m is None:
        return False
    one = _POSSESSIVE_S.sub("", m.group(1))
    two = _POSSESSIVE_S.sub("", f"{m.group(1)} {m.group(2)}") if m.group(2) else None
    return not _known_city(one) and (two is None or not _known_city(two))


def _known_city(place: str) -> bool:
    """A city of the gazetteer ("Nusa Dua", "Jakarta"): a dateline even in mixed case and without
    a date ("Jakarta - President ..."), as Indonesian and other outlets write it. A country
    ("Taiwan - ...") opens prose as often as a dateline, so it does not count."""
    from .places import canonical_place, place_kind  # deferred: places imports outlet, which is heavy

    found = canonical_place(place)
    return found is not None and place_kind(found) == "city"


def _plausible_place(place: str, has_date_or_outlet: bool) -> bool:
    """A dateline place is short and capitalised; ALL CAPS or backed by a date/outlet."""
    words = place.replace("/", " ").split()
    if not words or len(words) > 5 or place.lower() in _NOT_PLACES or len(place) < 2:
        return False
    if any(w[0].islower() and w not in _SMALL_WORDS for w in words):
        return False
    letters = [c for c in place if c.isalpha()]
    is_caps = all(c.isupper() for c in letters)
    if not has_date_or_outlet and not is_caps:
        return False
    return not (place.isupper() and len(letters) < 2)


def _dateline_date(text: str | None, published: date | None) -> date | None:
    """The dateline day: resolved like a past date in the text (with the same
    slack for wire copy filed a day "ahead" of the publisher's time zone)."""
    if not text:
        return None
    found = _scan(text)
    if not found:
        return None
    x = found[0]
    if x.kind == "ymd":
        return date(x.year, x.month, x.day)  # type: ignore[arg-type]
    if published is None:
        return None
    if x.kind == "md":
        return _pick_md(x, published, False)[0]
    if x.kind == "wd":
        return _pick_weekday(x, published, False)
    return None
