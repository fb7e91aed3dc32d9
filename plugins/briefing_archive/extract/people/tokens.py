"""Tokens of a sentence and what a single token (or a short run of them) looks like:
honorifics and styles, particles, name-shaped words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ...knowledge import name_key
from .vocabulary import (
    HEAD_NOUNS, HONORIFICS, NON_NAME, PARTICLES, PLACE_WORDS, TITLE_WORDS, _ARABIC_PREFIX, _STYLES, _STYLE_HEADS,
    _WEAK_STYLES,
)


_TOKEN = re.compile(
    r"""
     (?P<abbr>[A-Za-z]+-(?:[A-Za-z]\.){2,}|(?:[A-Za-z]\.){2,})          # U.S., Sino-U.S.
    |(?P<hon>(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Adm|Amb|Lt|Col|Capt|Maj|Sgt|Jr|Sr|Mme|Messrs|Smt|Hon|Rt)\.
      |(?:Dato|Datin)['’](?!\w))                                         # Smt., Dato'
    |(?P<initial>[A-Z]\.)
    |(?P<prefix>(?i:then|ex|former|vice|non)-)(?=[^\W\d_])                 # then-House
    |(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)
    |(?P<num>\d[\d.,:]*)
    |(?P<punct>\S)
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(slots=True)
class _Tok:
    text: str  # as written, without a possessive "'s"
    start: int
    end: int
    kind: str  # abbr hon initial prefix word num punct
    poss: bool = False
    low: str = ""  # lower case, no trailing dot
    cap: bool = False  # starts with a capital
    name_like: bool | None = None  # cache of _nameish

    def __post_init__(self) -> None:
        self.low = self.text.lower().rstrip(".")
        self.cap = self.text[:1].isupper()


def _tokenize(sentence: str) -> list[_Tok]:
    """Words, abbreviations, initials and punctuation with their offsets; "'s" split off."""
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(sentence):
        kind = m.lastgroup or "punct"
        text, start, end = m.group(), m.start(), m.end()
        poss = False
        if kind == "word" and _POSSESSIVE.search(text) and len(text) > 2:
            text, end, poss = text[:-2], end - 2, True
        if kind == "word" and len(text) == 1 and text.isupper() and text not in {"A", "I"}:
            kind = "initial"  # "S Jaishankar", an initial written without its dot
        toks.append(_Tok(text, start, end, kind, poss))
    return toks


_PART_SEP = re.compile(r"[-'’]")


def _parts(tok: _Tok) -> list[str]:
    """Pieces of a hyphenated word: "Vice-Premier" is a title, "Kassym-Jomart" a name."""
    return [p for p in _PART_SEP.split(tok.low) if p]


def _is_head(tok: _Tok) -> bool:
    """A noun that makes a phrase a title ("Premier", "researcher", "Gen.")."""
    if tok.kind == "hon":
        return tok.low in {"sen", "rep", "gov", "gen", "adm", "amb", "lt", "col", "capt", "maj", "sgt"}
    return tok.kind == "word" and (tok.low in HEAD_NOUNS or ("-" in tok.low and any(p in HEAD_NOUNS for p in _parts(tok))))


def _is_honorific(tok: _Tok) -> bool:
    return tok.low in HONORIFICS and (tok.kind == "hon" or (tok.kind == "word" and tok.cap))


def _style_key(tok: _Tok) -> str:
    """ "Dato'" -> "dato", "Smt." -> "smt", "H.E." -> "h.e."."""
    if tok.kind == "abbr":
        return tok.text.lower()
    if tok.kind == "hon" and tok.text == "Hon.":
        return "hon."  # "Hon." (not "Hon Hai")
    if tok.kind in ("word", "hon") and (tok.cap or tok.low in {"the"}):
        return tok.text.lower().rstrip(".'’")
    return ""


# First and last words of the style phrases: most tokens are neither, so most look-ups stop at one key.
_STYLE_FIRST = frozenset(p[0] for p in _STYLES)
_STYLE_LAST = frozenset(p[-1] for p in _STYLES)


def _style_at(toks: list[_Tok], i: int) -> int:
    """Length of the style phrase starting at token i ("Tan Sri" -> 2), 0 when none."""
    if i >= len(toks) or _style_key(toks[i]) not in _STYLE_FIRST:
        return 0
    for n in (3, 2, 1):
        if i + n <= len(toks) and tuple(_style_key(t) for t in toks[i : i + n]) in _STYLES:
            return n
    return 0


def _style_ending_at(toks: list[_Tok], i: int) -> tuple[str, ...] | None:
    """The longest style phrase ending right before token i ("Tan Sri" before "Muhyiddin"), if any."""
    if _style_key(toks[i - 1]) not in _STYLE_LAST:
        return None
    for n in (3, 2, 1):
        if i - n >= 0:
            phrase = tuple(_style_key(t) for t in toks[i - n : i])
            if phrase in _STYLES:
                return phrase
    return None


def _style_before(toks: list[_Tok], start: int, heads: bool = False) -> int:
    """Where the chain of styles right before a name begins ("His Excellency Sheikh", "Tun Dr");
    ``start`` when there is none. ``heads`` also takes "Sheikh", "Prince"."""
    i, weak_only = start, True
    while i > 0:
        phrase = _style_ending_at(toks, i)
        if phrase is not None:
            i -= len(phrase)
            weak_only = weak_only and phrase in _WEAK_STYLES
            continue
        tok = toks[i - 1]
        if _is_honorific(tok) or (heads and tok.cap and tok.low in _STYLE_HEADS):
            i -= 1
            weak_only = False
            continue
        break
    if i < start and weak_only and not (start + 1 < len(toks) and _nameish(toks[start]) and _nameish(toks[start + 1])):
        return start  # "Bay Ridge", "Lady Gaga" are no styled names: "Bay Mehmet Yilmaz" is
    return i


def _style_tokens(toks: list[_Tok], a: int, b: int) -> set[int]:
    """Style words inside a run ("Datuk Seri" in "Datuk Seri Anwar Ibrahim"): not part of the name.

    A style counts only before a name-shaped word (two for ambiguous ones: "Bay Mehmet Yilmaz").
    """
    out: set[int] = set()
    i = a
    while i < b:
        n = _style_at(toks, i)
        if not n:
            i += 1
            continue
        j = i + n
        while j < b and (_style_at(toks, j) or _is_honorific(toks[j])):
            j += _style_at(toks, j) or 1
        need = 2 if tuple(_style_key(t) for t in toks[i : i + n]) in _WEAK_STYLES else 1
        if all(j + k < b and _nameish(toks[j + k]) for k in range(need)):
            out.update(range(i, j))
            i = j
        else:
            i += n
    return out


def _is_particle(tok: _Tok) -> bool:
    return tok.kind == "word" and tok.text in PARTICLES


def _particles_then(toks: list[_Tok], i: int, end: int, test: Callable[[_Tok], bool]) -> bool:
    """Particles ("bin", "von der") count as name words only when a name word follows."""
    while i < end and _is_particle(toks[i]):
        i += 1
    return i < end and i > 0 and test(toks[i]) and not _is_particle(toks[i])


def _run_token(tok: _Tok) -> bool:
    """A token that can be part of a capitalised sequence (name or title)."""
    if tok.kind in ("initial", "abbr") or (tok.kind == "hon" and (_style_key(tok),) in _STYLES):
        return True
    return tok.kind == "word" and (tok.cap or (tok.text[:1] in "aeu" and bool(_ARABIC_PREFIX.match(tok.text))))


def _nameish(tok: _Tok) -> bool:
    """A token shaped like part of a person's name."""
    if tok.name_like is None:
        tok.name_like = _name_shaped(tok)
    return tok.name_like


def _name_shaped(tok: _Tok) -> bool:
    """Capitalised, not an acronym, and none of the title, place, date or stop words."""
    if tok.kind == "initial":
        return True
    if tok.kind != "word":
        return False
    text = tok.text
    if _ARABIC_PREFIX.match(text):
        return True
    if not text[:1].isupper() or len(text) < 2 or (text.isupper() and len(text) > 2):
        return False
    if text.isupper() and len(text) == 2 and text not in {"Al", "El"}:
        return False
    low = name_key(text)
    if low in NON_NAME or tok.low in NON_NAME:
        return False
    parts = _parts(tok)
    if parts and (parts[0] in NON_NAME or any(p in TITLE_WORDS or p in PLACE_WORDS for p in parts)):
        return False
    return True
