"""Sentence splitting and cue tests shared by every extractor.

News prose is full of abbreviations ("U.S.", "Sept. 1", "Mr.", "Jr.") that a
naive split on ". " breaks. This splitter is deliberately small and rule-based:
it is fast (no model) and deterministic, and evidence sentences only need to be
readable and to contain the fact, not to be linguistically perfect. Each
extractor splits the same paragraphs, so the split is remembered.

``Cue`` is a case-insensitive pattern that most sentences fail: a few substring
tests rule them out before the (much slower) ``re.I`` search.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Tokens that end with a dot but rarely end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "maj", "capt", "adm", "amb", "smt", "hon", "rt", "h.e", "dato",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "d.c", "p.m", "a.m", "i.e", "e.g", "approx",
}

_BOUNDARY = re.compile(
    r"""([.!?。！？]["'”’)\]]*)  # a sentence-final mark, maybe closing quotes/brackets
        \s+                        # then white space
        (?=["'“‘(\[]?[A-Z0-9\u4e00-\u9fff\u0400-\u04ff])  # and a capital, digit or CJK/Cyrillic start
    """,
    re.VERBOSE,
)
_CJK_BOUNDARY = re.compile(r"(?<=[。！？])(?=[^\s。！？”’])")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations intact."""
    return list(_split(paragraph))


@lru_cache(maxsize=512)
def _split(paragraph: str) -> tuple[str, ...]:
    """The sentences of a paragraph, remembered: the article's extractors each split the same paragraphs."""
    text = " ".join(paragraph.split())
    if not text:
        return ()
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.end(1)].rstrip()
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".\"'”’)]").lower()
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and "a" <= last_word <= "z"):
            continue  # "Sept. 1", "John F. Kennedy"
        sentences.append(candidate)
        start = match.end()
    sentences.append(text[start:].strip())
    out: list[str] = []
    for sentence in sentences:
        if sentence.isascii():  # no CJK full stops to split at
            if sentence.strip():
                out.append(sentence)
        else:
            out.extend(s for s in _CJK_BOUNDARY.split(sentence) if s.strip())
    return tuple(out)


# ---------------------------------------------------------------------- cues


@lru_cache(maxsize=8)
def _ascii_lower(text: str) -> str | None:
    """The text in lower case when it is ASCII, else None (several cues test the same sentence)."""
    return text.lower() if text.isascii() else None


class Cue:
    """A case-insensitive cue pattern with a cheap pre-test, for tests every sentence goes through.

    In ASCII text the pattern can only match where one of ``needles`` (lower case; every
    alternative of the pattern contains one) is in the lower-cased text: a few substring tests
    rule out most sentences far faster than an ``re.I`` search. Other text goes straight to the
    pattern (Unicode case folding has rules of its own).
    """

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: str, needles: str) -> None:
        self.pattern = re.compile(pattern, re.I)
        self.needles = tuple(needles.split())

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped when no needle is in ASCII ``text``."""
        lower = _ascii_lower(text)
        if lower is not None:
            for needle in self.needles:
                if needle in lower:
                    break
            else:
                return None
        return self.pattern.search(text)
