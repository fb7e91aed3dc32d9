"""The line model: one scraped line and what the cleaner decided about it, and the
script and language of the whole article, which makes a line foreign."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .shapes import _is_timestamp
from .text import _CJK_RE, _LANG_OF_WORD, _LANG_WORDS, _LATIN_WORD, _SCRIPT_RE, _SCRIPT_WEIGHT, _ZERO_WIDTH

BOILERPLATE = "boilerplate (repeats across articles)"
FOREIGN = "foreign-language boilerplate"


@dataclass(slots=True)
class _Line:
    """One line of the article and what the cleaner decided about it."""

    number: int
    text: str  # whitespace collapsed
    raw: str = ""  # as scraped (inner spacing kept: menus use wide gaps)
    words: float = 0.0
    script: str | None = None
    letters: float = 0.0  # weighted letters in ``script``
    stamp: bool = False  # holds nothing but a date/time
    reason: str | None = None
    meta: bool = False
    sentence: bool = False
    dateline: bool = False
    crumb: str | None = None  # last crumb of a breadcrumb line
    headline: bool = False  # the line the headline was taken from
    end: int = 0  # last line number when hard-wrapped lines were merged into this one
    tail: int = 0  # where the last merged physical line starts in ``text``
    latin: list[str] | None = None  # lower-case Latin words, found once (``_latin_words``); None when text changes

    def __post_init__(self) -> None:
        self.end = self.end or self.number


@dataclass(frozen=True, slots=True)
class _Profile:
    """What the article as a whole is written in."""

    script: str | None
    language: str | None  # only for Latin script


def _word_count(text: str) -> float:
    """Words, counting two CJK characters as one word."""
    if text.isascii() or not _CJK_RE.search(text):
        return float(len(text.split()))
    cjk = len(_CJK_RE.findall(text))
    if not cjk:
        return float(len(text.split()))
    return cjk / 2 + len(_CJK_RE.sub(" ", text).split())


_TWO_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][^A-Za-z\u00c0-\u024f]*[A-Za-z\u00c0-\u024f]")
_NON_LATIN = re.compile(r"[\u0370-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _script_of(text: str) -> tuple[str | None, float]:
    """The script most of a line's letters are in, and their weighted count."""
    if not _NON_LATIN.search(text):  # the common case: length stands in for letters
        return ("latin", float(len(text))) if _TWO_LATIN.search(text) else (None, 0.0)
    best, best_n = None, 0.0
    for name, pattern in _SCRIPT_RE.items():
        n = len(pattern.findall(text)) * _SCRIPT_WEIGHT.get(name, 1.0)
        if n > best_n:
            best, best_n = name, n
    return (best, best_n) if best_n >= 2 else (None, 0.0)


def _split_lines(text: str) -> list[_Line]:
    """Lines numbered as in ``Article.text``, spacing collapsed."""
    lines: list[_Line] = []
    for number, raw in enumerate(_ZERO_WIDTH.sub("", text).split("\n"), start=1):
        clean_text = " ".join(raw.split())
        line = _Line(number, clean_text, raw.strip())
        if clean_text:
            line.words = _word_count(clean_text)
            line.script, line.letters = _script_of(clean_text)
            line.stamp = _is_timestamp(clean_text)
        lines.append(line)
    return lines


def _latin_words(line: _Line) -> list[str]:
    """A line's lower-case Latin-script words, found once: the profile and the foreign test both read them."""
    if line.latin is None:
        line.latin = _LATIN_WORD.findall(line.text.lower())
    return line.latin


def _lang_hits(words: Iterable[str]) -> Counter[str]:
    """How many distinctive function words of each language the words hold."""
    return Counter(filter(None, map(_LANG_OF_WORD.get, words)))


def _profile(lines: Sequence[_Line]) -> _Profile:
    """Dominant script, weighting long lines most: the body outweighs footers."""
    weight: dict[str, float] = {}
    for line in lines:
        if line.script:
            weight[line.script] = weight.get(line.script, 0.0) + line.letters * line.letters
    script = max(weight, key=weight.__getitem__) if weight else None
    language = None
    if script == "latin":
        words: list[str] = []
        for line in lines:
            if line.script == "latin" and line.words >= 8:
                words += _latin_words(line)
        counts = _lang_hits(words)
        if counts:
            top, count = counts.most_common(1)[0]
            language = top if count >= 5 else None
    return _Profile(script, language)


def _is_foreign(line: _Line, profile: _Profile) -> bool:
    """A line in another script, or Latin-script prose in another language."""
    if not line.script or not profile.script:
        return False
    if line.script != profile.script:
        return True
    if line.script != "latin" or not profile.language:
        return False
    words = set(_latin_words(line))
    own = len(words & _LANG_WORDS[profile.language])
    other = max(len(words & ws) for lang, ws in _LANG_WORDS.items() if lang != profile.language)
    if other >= 3 and other > 2 * own:
        return True
    return line.words <= 8 and other >= 2 and own == 0
