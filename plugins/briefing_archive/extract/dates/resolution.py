"""Resolve a parsed expression against the anchor (the publication date): value, precision
and uncertainty; ``resolve`` and ``resolve_range`` for a single expression."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from .parsing import _RANGE_GAP, _Expr, _scan

Precision = Literal["day", "month", "year"]


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
