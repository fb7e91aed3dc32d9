"""Sentence splitting shared by every extractor.

News prose is full of abbreviations ("U.S.", "Sept. 1", "Mr.", "Jr.") that a
naive split on ". " breaks. This splitter is deliberately small and rule-based:
it is fast (no model) and deterministic, and evidence sentences only need to be
readable and to contain the fact, not to be linguistically perfect.
"""

from __future__ import annotations

import re

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
    text = " ".join(paragraph.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.end(1)].rstrip()
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".\"'”’)]").lower()
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue  # "Sept. 1", "John F. Kennedy"
        sentences.append(candidate)
        start = match.end()
    sentences.append(text[start:].strip())
    out: list[str] = []
    for sentence in sentences:
        out.extend(s for s in _CJK_BOUNDARY.split(sentence) if s.strip())
    return out
