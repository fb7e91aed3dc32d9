"""Paragraphs from kept lines: hard-wrapped lines and lone datelines re-joined."""

from __future__ import annotations

from typing import Sequence

from .lines import _Line, _word_count
from .shapes import _EXCLAIMS, _PARAGRAPH_START, _STOPS, _ends_with
from .text import _CJK_RE


def _paragraphs(lines: Sequence[_Line]) -> list[str]:
    """Kept lines as paragraphs, re-joining hard-wrapped lines and lone datelines."""
    kept = [ln for ln in lines if ln.text and ln.reason is None and not ln.headline]
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in kept:
        if previous is not None and _joins(previous, line):
            paragraphs[-1] = _glue(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _joins(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` started."""
    if previous.dateline:
        return True
    if line.number != previous.end + 1:
        return False
    if _ends_with(previous.text, _STOPS) or _ends_with(previous.text, _EXCLAIMS):
        return False
    start = line.text[:1]
    if start.isalpha() and start.islower():
        return True
    return previous.text.endswith((",", "-", "–")) or (
        bool(_CJK_RE.match(start)) and bool(_CJK_RE.search(previous.text[-1:]))
    )


def _glue(left: str, right: str) -> str:
    """Join two pieces of one paragraph (no space between CJK characters)."""
    if _CJK_RE.search(left[-1:]) and _CJK_RE.match(right[:1]):
        return left + right
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"


def _merge_wrapped(lines: list[_Line]) -> list[_Line]:
    """Re-join hard-wrapped text (e-mail, plain-text wires) before judging shapes.

    Wrapped text fills a fixed width and breaks mid-sentence; each full line
    continues onto the next. Junk lines are never merged into prose.
    """
    open_lines = [ln for ln in lines if ln.text and ln.reason is None]
    lengths = sorted(len(ln.text) for ln in open_lines)
    if len(lengths) < 4:
        return lines
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = [ln for ln in open_lines if len(ln.text) >= 0.6 * width]
    mid_sentence = sum(1 for ln in full if not _ends_with(ln.text, _STOPS))
    overlong = sum(1 for n in lengths if n > 1.15 * width)
    if (
        not 30 <= width <= 100 or overlong > 0.1 * len(lengths) or len(full) < 0.5 * len(lengths)
        or mid_sentence < max(3, 0.4 * len(full))
    ):
        return lines
    # A title followed by a capital is the headline, not a wrap (mastheads in capitals above it aside).
    first = next(
        (ln.number for ln in open_lines if ln.words >= 3 and any(ch.islower() for ch in ln.text)), open_lines[0].number
    )
    merged: list[_Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        if (
            last is not None and line.text and line.reason is None and last.reason is None
            and last.text and line.number == last.end + 1 and len(last.text) - last.tail >= 0.6 * width
            and not _PARAGRAPH_START.match(line.text)
            and not (last.number == first and line.text[:1].isupper())
        ):
            last.tail = len(last.text) + 1
            last.text = _glue(last.text, line.text)
            last.end = line.number
            last.words = _word_count(last.text)
            last.latin = None
            continue
        merged.append(line)
    return merged
