"""The shape of a line of text: prose or title, a wire dateline, a bare date or time."""

from __future__ import annotations

import re

from .text import _LATIN_WORD

_STOPS = ".。…;；:："  # a line ending in one of these is prose
_EXCLAIMS = "!?！？"
_CLOSERS = "\"'”’)]»」』）"


def _ends_with(text: str, marks: str) -> bool:
    """Whether a line ends with one of ``marks``, maybe inside closing quotes or brackets.

    Looks at the end only: a pattern anchored with ``$`` is tried at every position of the line.
    """
    if text.endswith("\n"):
        text = text[:-1]
    last = text.rstrip(_CLOSERS)[-1:]
    return bool(last) and last in marks


_INNER_STOP = re.compile(r"[a-z\u4e00-\u9fff)\"”’][.!?。！？][\"”’]?\s+[\"“‘(]?[A-Z\u4e00-\u9fff]")
# "SAN FRANCISCO, Nov. 16 --", "BEIJING (AP) —": a wire dateline opens a paragraph.
_PARAGRAPH_START = re.compile(r"^[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*(?:,|\s+\(|\s+--|\s+[—–]|\s+-\s)")
_END_MARKER = re.compile(r"\s*(?:\bEnditem|\(END\)|-+\s*ENDS?\s*-+|\bENDS)\s*$")


def _is_sentence(text: str, words: float) -> bool:
    """Prose rather than a title: ends like a sentence, or is simply long."""
    if _ends_with(text, _STOPS):
        return True
    if _ends_with(text, _EXCLAIMS) and words >= 12:
        return True
    return words >= 26 or (words >= 12 and _INNER_STOP.search(text) is not None)


_DATELINE_LINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*\b.{0,60}?(?:--|—|–|-|/\.?|\))"
    r"|[A-Z][\w.'’ -]{1,30},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
    r".{0,30}?(?:--|—|–|-|:)"
    r"|.{2,20}电)\s*$"
)


# ---------------------------------------------------------------- timestamps

_MONTHS = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "januar februar märz juni juli oktober dezember"
).split()
_DATE_WORDS = frozenset(
    _MONTHS
    + """mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday
    sun sunday am pm a.m p.m gmt utc ist est edt cst cdt pst pdt cet cest bst msk jst kst hkt sgt
    bjt aest et pt local time updated published posted last first on at ago hour hours hr hrs
    minute minutes min mins second seconds sec secs day days week weeks yesterday today just now
    a an de del г года of the""".split()
)
_STRONG_DATE_WORDS = frozenset(_MONTHS + ["ago", "yesterday", "today"])
_DIGIT = re.compile(r"\d")
_TS_SPLIT = re.compile(r"[\s,|/·•()\[\]\-–—:.+]+")
_CJK_DATE_CHARS = re.compile(r"[年月日时分秒号]")
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})\b")
_CJK_DATE = re.compile(r"\d{1,4}\s*[年月日]")
_NUMERIC_TOKEN = re.compile(r"\d+(?:st|nd|rd|th|[a-z]\d*)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_timestamp(text: str) -> bool:
    """A line holding nothing but a date and/or time."""
    if len(text) > 60 or not _DIGIT.search(text):
        return False
    tokens = [t for t in _TS_SPLIT.split(_CJK_DATE_CHARS.sub(" ", text).lower()) if t]
    if not tokens:
        return False
    strong = False
    for token in tokens:
        if token in _DATE_WORDS:
            strong = strong or token in _STRONG_DATE_WORDS
        elif _NUMERIC_TOKEN.fullmatch(token):
            strong = strong or bool(_YEAR.fullmatch(token))
        else:
            return False
    return strong or bool(_CLOCK.search(text) or _CJK_DATE.search(text))


_SEPARATED = re.compile(r"\s[-–—·•/]\s|\s\|")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH_WORD},?\s+\d{{4}}\b|\b{_MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}\b"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\d{4}年\d{1,2}月",
    re.I,
)
_DATE_START = re.compile(rf"^(?:\d|{_MONTH_WORD}\s|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)", re.I)


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _has_date(text: str) -> bool:
    """Whether a short line mentions a date or time anywhere."""
    lowered = text.lower()
    if _CLOCK.search(text) or _CJK_DATE.search(text) or _YEAR_WORD.search(text):
        return True
    return any(w in _STRONG_DATE_WORDS for w in _LATIN_WORD.findall(lowered))
