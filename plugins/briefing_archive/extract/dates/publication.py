"""``find_publication_date``: choose the publication date among the metadata lines, the
dateline and the URL, settling 04/03/2024 and year-less dates with the page's other evidence."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from .dateline import Dateline, parse_dateline
from .evidence import _copyright_years, _lead_weekday_fits, _on, _timestamps, _url_date
from .metadata_lines import (
    BARE,
    DATELINE,
    UPDATED,
    URL,
    _DAY_FIRST_ZONES,
    _US_ZONES,
    _Candidate,
    _line_candidates,
)
from .parsing import _scan
from .resolution import _SLACK_DAYS

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
