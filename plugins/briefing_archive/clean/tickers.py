"""Runs of timestamps: a ticker of other stories, or a live blog's clock."""

from __future__ import annotations

from typing import Sequence

from .lines import _Line
from .shapes import _is_sentence


def _mark_tickers(lines: Sequence[_Line]) -> None:
    """Runs of 3+ timestamps: a ticker when the items between are titles.

    When the items are prose it is a live blog: only the timestamps go.
    """
    content = [ln for ln in lines if ln.text]
    stamps = [ln.stamp for ln in content]
    runs: list[list[int]] = []
    for k, is_stamp in enumerate(stamps):
        if not is_stamp:
            continue
        if runs and k - runs[-1][-1] - 1 <= 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) >= 3:
            _mark_run(content, stamps, run)
    _mark_entry_stamps(content)


def _mark_entry_stamps(content: list[_Line]) -> None:
    """Three or more lone timestamps heading prose entries: a live blog's clock, not a date line."""
    entries = [
        k for k, ln in enumerate(content)
        if ln.stamp and ln.reason in (None, "timestamp") and k + 1 < len(content)
        and _is_sentence(content[k + 1].text, content[k + 1].words)
    ]
    if len(entries) < 3:
        return
    first_prose = next(
        (k for k, ln in enumerate(content) if not ln.stamp and _is_sentence(ln.text, ln.words)), len(content)
    )
    for k in entries:
        if k > first_prose:
            content[k].reason = "timestamp"  # meta stays False: not the publication date


def _mark_run(content: list[_Line], stamps: list[bool], run: list[int]) -> None:
    """Label one run of timestamps and the lines it holds."""
    items = [k for k in range(run[0], run[-1] + 1) if not stamps[k]]
    after = run[-1] + 1
    if after < len(content) and not _is_sentence(content[after].text, content[after].words):
        items.append(after)
    titles = [k for k in items if not _is_sentence(content[k].text, content[k].words)]
    if items and len(titles) >= 0.6 * len(items):
        for k in items + run:
            content[k].reason = "ticker"
        for k in range(run[0] - 1, max(run[0] - 3, -1), -1):
            head = content[k]
            if head.words > 4 or _is_sentence(head.text, head.words):
                break
            head.reason = "ticker"
    else:
        for k in run:
            content[k].reason = "timestamp"
