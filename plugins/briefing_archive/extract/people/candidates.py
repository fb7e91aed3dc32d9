"""Name-shaped spans of a sentence (candidates): knowledge-base names first, then name-shaped
parts of capitalised runs, dates, places and styles left out; and whether a sentence is a headline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ...knowledge import name_key
from .titles import _apposition_after
from .tokens import _Tok, _is_head, _is_honorific, _is_particle, _nameish, _particles_then, _run_token, _style_tokens
from .vocabulary import (
    DATE_OR_NAME, PARTICLES, PLACE_PHRASES, _ARABIC_PREFIX, _STOPWORD_SURNAMES, _SUFFIX_WORDS, _words,
)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int  # exclusive
    kb: str | None = None  # canonical name when the knowledge base knows it


@dataclass(slots=True)
class _Sentence:
    index: int
    text: str
    toks: list[_Tok]
    headline: bool
    cands: list[_Cand] | None = None  # computed once, used by both passes


def _text(sentence: _Sentence, start: int, end: int) -> str:
    return sentence.text[sentence.toks[start].start : sentence.toks[end - 1].end]


def _runs(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal capitalised sequences (names and titles live in them); a possessive ends one."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _run_token(toks[i]):
            i += 1
            continue
        j = i
        while j < n and (_run_token(toks[j]) or _particles_then(toks, j, n, _run_token)):
            j += 1
            if toks[j - 1].poss:
                break
        runs.append((i, j))
        i = j
    return runs


def _candidates(sentence: _Sentence, canonical: Callable[[str], str | None]) -> list[_Cand]:
    """Known names and name-shaped sequences in a sentence, left to right."""
    if sentence.cands is None:
        sentence.cands = _find_candidates(sentence, canonical)
    return sentence.cands


def _find_candidates(sentence: _Sentence, canonical: Callable[[str], str | None]) -> list[_Cand]:
    """Known names first (longest match), then name-shaped sub-runs of what is left."""
    toks = sentence.toks
    out: list[_Cand] = []
    for a, b in _runs(toks):
        covered: set[int] = set()
        i = a
        while i < b:
            hit = _kb_span(sentence, i, b, canonical)
            if hit is None:
                i += 1
                continue
            hit = _with_lineage(sentence, hit, b, canonical)
            out.append(hit)
            covered.update(range(hit.start, hit.end))
            i = hit.end
        blocked = covered | _place_tokens(toks, a, b) | _date_tokens(toks, a, b) | _style_tokens(toks, a, b)
        k = a
        while k < b:
            if k in blocked or not _name_start(toks, k):
                k += 1
                continue
            m = k
            while m < b and m not in blocked and (_nameish(toks[m]) or _particles_then(toks, m, b, _nameish)
                                                   or (m > k and _word_surname(toks, m))):
                m += 1
                if toks[m - 1].poss:
                    break
            while m > k + 1 and (toks[m - 1].kind == "initial" or _is_particle(toks[m - 1])):
                m -= 1
            if m == k:  # a stopword surname ("Vice Premier He") standing alone
                m = k + 1
            if m == b and m < len(toks) and toks[m].low in _SUFFIX_WORDS and not toks[m - 1].poss:
                m += 1  # "Ferdinand Marcos Jr."
            out.append(_Cand(k, m))
            k = m
    out.sort(key=lambda c: c.start)
    return out


_WORD_SURNAMES = _words("may")  # "Theresa May": a stop or date word as the last word of a name


def _word_surname(toks: list[_Tok], m: int) -> bool:
    """ "May" after a given name mid-sentence ("Theresa May said"): prose never capitalises the modal there."""
    tok = toks[m]
    if tok.kind != "word" or not tok.cap or tok.low not in _WORD_SURNAMES or toks[m - 1].poss:
        return False
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    return (nxt is None or not (nxt.kind == "word" and nxt.cap)) and _nameish(toks[m - 1])


def _date_tokens(toks: list[_Tok], a: int, b: int) -> set[int]:
    """Month and day words used as dates ("Jun 5", "5 May"), not as names."""
    out: set[int] = set()
    for i in range(a, b):
        if toks[i].low not in DATE_OR_NAME:
            continue
        after = toks[i + 1 : i + 3]
        if (after and after[0].kind == "num") or (len(after) == 2 and after[0].text == "." and after[1].kind == "num"):
            out.add(i)
        elif i > 0 and toks[i - 1].kind == "num":
            out.add(i)
    return out


def _name_start(toks: list[_Tok], k: int) -> bool:
    """A token that can begin a name: name-shaped, or "He"/"An" right after a title."""
    tok = toks[k]
    if _nameish(tok) and tok.kind != "initial":
        return True
    if tok.kind == "initial":
        return k + 1 < len(toks) and (_nameish(toks[k + 1]))
    if not (tok.kind == "word" and tok.low in _STOPWORD_SURNAMES and tok.cap):
        return False
    if k > 0 and (_is_head(toks[k - 1]) or _is_honorific(toks[k - 1])):
        return True
    return _apposition_after(toks, k + 1, set()) is not None  # "He, a member of ..., said"


def _kb_span(sentence: _Sentence, i: int, b: int, canonical: Callable[[str], str | None]) -> _Cand | None:
    """The longest known name starting at token i, if any."""
    toks = sentence.toks
    for j in range(_kb_span_end(toks, i, min(b, i + 6)), i, -1):
        span = toks[i:j]
        if span[0].kind == "initial" and j - i == 1:
            continue
        if j - i == 1 and not _nameish(span[0]):
            continue
        name = canonical(_text(sentence, i, j))
        if name is None and j - i == 2:  # "Blinken Antony", "Qiang Li": order swapped in translation
            name = canonical(f"{span[1].text} {span[0].text}")
        if name:
            return _Cand(i, j, name)
    return None


# Particles of an Arabic (and Malay) lineage name: "Mohammed bin Salman bin Abdulaziz Al Saud".
_LINEAGE = frozenset({"bin", "bint", "binti", "ibn", "ibni", "bte", "ben"})
_FAMILY_ARTICLES = frozenset({"Al", "El", "al", "el", "Aal", "Āl"})


def _with_lineage(sentence: _Sentence, hit: _Cand, b: int, canonical: Callable[[str], str | None]) -> _Cand:
    """A known name and the rest of its lineage written after it: one person, one mention.

    News writes Gulf royals and officials by a short name ("Mohammed bin Salman",
    "Faisal bin Farhan") or in full, the father's and grandfather's names and the
    family name following ("... bin Abdulaziz Al Saud", "... bin Abdullah"). The
    knowledge base keeps the short name; the longer one is the same person, never
    a second one ("Abdulaziz Al Saud"). A known name that begins with a title ("King
    Salman") gives way to the known name after the title when that reaches as far.
    """
    toks = sentence.toks
    end = _lineage_end(toks, hit.end, b, _has_lineage(toks, hit.start, hit.end))
    if end == hit.end:
        return hit
    if _is_head(toks[hit.start]) and hit.start + 1 < end:
        inner = _kb_span(sentence, hit.start + 1, b, canonical)
        if inner is not None and inner.kb == hit.kb:
            return _Cand(hit.start + 1, end, hit.kb)
    return _Cand(hit.start, end, hit.kb)


def _has_lineage(toks: list[_Tok], start: int, end: int) -> bool:
    return any(toks[k].kind == "word" and toks[k].text in _LINEAGE for k in range(start, end))


def _lineage_end(toks: list[_Tok], k: int, b: int, lineage: bool) -> int:
    """Where "bin X bin Y Al Z" after a name ends (``k`` when none follows).

    The family name ("Al Saud", "Al-Nahyan", "al-Thani") counts only after a
    lineage ("bin ...") in the name or just read: "Wang Yi Al" is no name."""
    start = k
    while (k + 1 < b and toks[k].kind == "word" and toks[k].text in _LINEAGE and not toks[k - 1].poss
           and _nameish(toks[k + 1])):
        k += 2
    if k == start and not lineage or toks[k - 1].poss:
        return k
    if k + 1 < b and toks[k].kind == "word" and toks[k].text in _FAMILY_ARTICLES and _nameish(toks[k + 1]):
        return k + 2
    if k < b and toks[k].kind == "word" and _ARABIC_PREFIX.match(toks[k].text) and _nameish(toks[k]):
        return k + 1
    return k


def _kb_span_end(toks: list[_Tok], i: int, end: int) -> int:
    """How far a known name starting at token i may reach: only words and initials, and a
    possessive only on its last word (so no span needs testing one by one)."""
    for k in range(i, end):
        if toks[k].kind not in ("word", "initial"):
            return k
        if toks[k].poss:
            return k + 1
    return end


def _place_tokens(toks: list[_Tok], a: int, b: int) -> set[int]:
    """Tokens of multi-word place names inside a run ("Hong Kong", "South China Sea")."""
    out: set[int] = set()
    i = a
    while i < b:
        for j in range(min(b, i + 5), i + 1, -1):
            if name_key(" ".join(t.text for t in toks[i:j])) in PLACE_PHRASES:
                out.update(range(i, j))
                i = j - 1
                break
        i += 1
    return out


_FUNCTION_WORDS = _words("""
    with from into over amid after about than that this upon onto against among before
    during without under while says said amid near what when where will have
""")


_TITLE_CASE_SMALL = _words("a an the and but or nor for so yet as at by in of off on per to up via vs v")


def _is_headline(toks: list[_Tok]) -> bool:
    """Title Case lines ("Kerry Vows to Strengthen Cooperation") are not prose.

    Prose keeps its verbs and common nouns in lower case even when it is dense
    with names and titles; a headline capitalises them.
    """
    long_words = len([t for t in toks if t.kind == "word" and len(t.text) >= 4])
    if long_words < 4:
        return False
    # Title Case keeps only short function words in lower case: a short lower-case verb
    # ("met", "was") is prose, as in "Foreign Minister Bilawal Bhutto Zardari met Wang Yi in Goa."
    # At most one such word per 20 long words; prose is rejected at its first few.
    allowed = long_words // 20
    for t in toks:
        if (t.kind == "word" and not t.cap and len(t.text) >= 2 and t.low not in _FUNCTION_WORDS
                and t.low not in _TITLE_CASE_SMALL and t.low not in PARTICLES):
            allowed -= 1
            if allowed < 0:
                return False
    return True
