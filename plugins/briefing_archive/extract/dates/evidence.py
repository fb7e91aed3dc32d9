"""Further evidence of when an article was published: the date in its URL, copyright years,
timestamps on page furniture, and whether the lead's weekday fits a date."""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from .metadata_lines import _TIME_AFTER
from .parsing import _scan
from .tense import _future_flags

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


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


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
