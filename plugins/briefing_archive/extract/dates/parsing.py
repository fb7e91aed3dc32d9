"""Find the date expressions in a text (``_scan``): triggers, the patterns tried around
them, and each match turned into an unresolved ``_Expr`` or rejected as a false hit."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Literal, NamedTuple

from .vocabulary import (
    _BY_TRIGGER,
    _CJK_WEEKDAYS,
    _COUNT_WORDS,
    _FUNCTION_WORDS,
    _HOLIDAY_WORDS,
    _MON,
    _MONTHS,
    _NUMBERS,
    _TEMPORAL_PREPS,
    _WEEKDAYS,
)

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
