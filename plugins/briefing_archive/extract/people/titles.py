"""Titles written beside a name: before it ("Premier Li Qiang"), in apposition ("Wang Yi,
director of ...", past an age "Jimmy Lai, 76,") or a relative clause; reporting verbs, cited works."""

from __future__ import annotations

from ...knowledge import name_key
from .tokens import _Tok, _is_head, _is_honorific, _nameish, _parts, _style_at, _style_before, _style_key
from .vocabulary import (
    CONNECTORS, DATE_OR_NAME, DAYS, DETERMINERS, MONTHS, ORG_WORDS, PLACE_WORDS, REPORTING_VERBS, STOPWORDS,
    STOP_LOWER, TITLE_WORDS, _ADVERBS, _CUES_BEFORE, _CUE_PAIRS, _LEADING_TRIM, _STYLES, _STYLE_WORDS, _words,
)


def _title_before(toks: list[_Tok], start: int, blocked: set[int], strict: bool = False) -> tuple[int, int] | None:
    """The title phrase right before a name: "Chinese Premier", "then-House Speaker".

    ``strict`` (for headlines, where every word is capitalised) admits only
    title, organisation and place words.
    """
    end = _style_before(toks, start)  # "Prime Minister Datuk Seri Anwar Ibrahim"
    styled = _style_before(toks, end, heads=True)
    if styled < end:
        # "His Royal Highness Prince Mohammed": a form of address, no title; "UAE Foreign Minister
        # Sheikh Abdullah": the title ends before the style head; "Crown Prince Mohammed" keeps it.
        if any(_style_at(toks, k) or _is_honorific(toks[k]) for k in range(styled, end)):
            return _title_scan(toks, styled, blocked, strict)
        cut = end  # "Sheikh Tamim", "Prince Faisal": a style alone is no title, "Emir Sheikh Tamim" is "Emir"
        while (cut > styled and toks[cut - 1].low in _ADDRESS_ONLY
               and not (cut >= 2 and (toks[cut - 2].low, toks[cut - 1].low) in _STYLE_COMPOUNDS)):
            cut -= 1
        if cut < end:
            return _title_scan(toks, cut, blocked, strict)
    return _title_scan(toks, end, blocked, strict)


# Titles made with a style head ("Crown Prince"); style heads that alone are no title ("Sheikh").
_STYLE_COMPOUNDS = frozenset({("crown", "prince"), ("crown", "princess"), ("grand", "sheikh")})
_ADDRESS_ONLY = _words("sheikh sheikha shaikh prince princess")


def _title_scan(toks: list[_Tok], end: int, blocked: set[int], strict: bool) -> tuple[int, int] | None:
    """The title phrase ending right before token ``end``, read backwards."""
    j = end - 1
    while j >= 0 and end - j <= 24:
        tok = toks[j]
        if j >= 2 and _acronym_aside(toks, j - 2):
            j -= 3  # "People's Republic of China (PRC) Director of ..."
            continue
        if j in blocked or tok.kind in ("punct", "num", "initial"):
            break
        if tok.kind == "hon" and not _is_head(tok):
            break
        if tok.kind == "word" and not _title_word_ok(toks, j, strict):
            break
        j -= 1
    first = j + 1
    while first < end and (toks[first].low in _LEADING_TRIM or toks[first].low in _STYLE_WORDS
                           or toks[first].kind == "abbr" and (_style_key(toks[first]),) in _STYLES):
        first += 1  # "His Highness Sheikh" -> "Sheikh", "H.E. Sheikh" -> "Sheikh"
    if first >= end or not any(_is_head(toks[k]) for k in range(first, end)):
        return None
    return first, end


def _title_word_ok(toks: list[_Tok], j: int, strict: bool) -> bool:
    """Whether a word can belong to a title read backwards from a name."""
    tok = toks[j]
    low = tok.low
    if tok.cap:
        if low in STOPWORDS and low not in CONNECTORS and not _country_word(tok):
            # "Custodian of the Two Holy Mosques": a capitalised number inside a title's name
            return low in _TITLE_NUMBERS and j > 0 and toks[j - 1].low in {"the", "of"} and not strict
        if low in MONTHS or low in DAYS or low in DATE_OR_NAME:
            return False  # "in June to Treasury Secretary Janet Yellen"
        return not strict or low in TITLE_WORDS or low in ORG_WORDS or _country_word(tok) or "-" in low
    if not (low in TITLE_WORDS or low in CONNECTORS or ("-" in low and all(p in TITLE_WORDS for p in _parts(tok)))):
        return False
    if low == "and" and j > 0:
        if _nameish(toks[j - 1]) and toks[j - 1].low not in ORG_WORDS:
            return False  # "his wife Loo Tze Lui and Minister ...": "and" joins two people
        if j > 1 and _is_head(toks[j - 1]) and toks[j - 2].low in {"the", "a"}:
            return False  # "The Secretary and Director Wang": two people
    if low == "to":  # "Ambassador to (the) China Nicholas Burns", not "adviser to President Lula"
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].low == "the" else j + 1
        nxt = toks[k] if k < len(toks) else None
        return j > 0 and _is_head(toks[j - 1]) and nxt is not None and _country_word(nxt) and not nxt.poss
    return True


_TITLE_NUMBERS = _words("two three four five first second third")


def _country_word(tok: _Tok) -> bool:
    return name_key(tok.text) in PLACE_WORDS


_SOFT_ADVERBS = _words("also now currently still then once formerly")


def _age_after(toks: list[_Tok], end: int) -> bool:
    """ "Jimmy Lai, 76," / "Jimmy Lai, aged 76,": an age set off after a name."""
    k = end
    if k >= len(toks) or toks[k].text != ",":
        return False
    k += 1
    if k < len(toks) and toks[k].low == "aged":
        k += 1
    if k >= len(toks) or toks[k].kind != "num":
        return False
    age = toks[k].text.rstrip(",.;:")  # the number token keeps a comma after it: "76,"
    if not age.isdigit() or not 1 <= int(age) < 120:
        return False
    return age != toks[k].text or k + 1 >= len(toks) or toks[k + 1].text in {",", ".", ";", ")"}


def _apposition_after(toks: list[_Tok], end: int, blocked: set[int]) -> tuple[int, int] | None:
    """A title set off after a name: "Wang Yi, director of the ... Office,"."""
    if end >= len(toks) or (toks[end].text != "," and toks[end].low != "as"):
        return None
    if _age_after(toks, end):  # "Jimmy Lai, 76, the founder of ..."
        end += 1 if toks[end + 1].kind == "num" else 2
        if toks[end].text.endswith(","):
            return _title_phrase(toks, end + 1, blocked)
        end += 1
        if end >= len(toks) or toks[end].text != ",":
            return None
    return _title_phrase(toks, end + 1, blocked)


def _relative_title(toks: list[_Tok], end: int, blocked: set[int]) -> tuple[int, int] | None:
    """A title in a relative clause: "Wang, who is also China's top diplomat," / "... who now serves as envoy"."""
    n = len(toks)
    if end >= n or toks[end].text != ",":
        return None
    k = end + 1
    span = _title_phrase(toks, k, blocked)
    if span is not None:
        k = span[1]
        while k < n and toks[k].low not in {"who", ",", ".", ";"} and k - span[1] < 3:
            k += 1
    if k >= n or toks[k].low != "who":
        return None
    k += 1
    while k < n and toks[k].low in _SOFT_ADVERBS:
        k += 1
    if k < n and toks[k].low in {"is", "was"}:
        k += 1
    elif k + 1 < n and toks[k].low in {"serves", "served", "acts", "acted", "works", "worked"} and toks[k + 1].low == "as":
        k += 2
    else:
        return None
    return _title_phrase(toks, k, blocked)


def _title_phrase(toks: list[_Tok], k: int, blocked: set[int]) -> tuple[int, int] | None:
    """A title phrase starting at k ("a member of the ... and director of ..."), up to where it ends."""
    n = len(toks)
    while k < n and (toks[k].low in DETERMINERS or toks[k].low in _SOFT_ADVERBS):
        k += 1
    first, head_seen = k, False
    while k < n and k - first < 32:
        tok = toks[k]
        if k in blocked:
            m = k
            while m + 1 < n and m + 1 in blocked:
                m += 1
            # "adviser to Brazilian President Lula", "Biden's special envoy": the other person is part of it;
            # "Gina Raimondo, Trade Representative Katherine Tai": it is the next person's title
            if not (_relational_before(toks, first, k) or toks[m].poss):
                return None
            k = m + 1
            continue
        if _acronym_aside(toks, k):
            k += 3  # "Communist Party of China (CPC) Central Committee"
            continue
        if tok.kind in ("punct", "num", "initial") or (tok.kind == "hon" and not _is_head(tok)):
            break
        if tok.kind == "word":
            low = tok.low
            if low in STOP_LOWER and not tok.cap:
                break
            if not tok.cap and low not in TITLE_WORDS and low not in CONNECTORS:
                hyphenated = "-" in low
                if head_seen:
                    if _verbish(low):
                        break
                elif not hyphenated:
                    break
        if _is_head(tok):
            head_seen = True
        elif not head_seen and k - first >= 6:
            return None
        k += 1
    if k < n and toks[k].kind == "word" and not toks[k].cap and toks[k].low in REPORTING_VERBS:
        return None  # "..., Li Qiang, the Prime Minister's Office said": a new clause
    last = k
    while last > first and toks[last - 1].low in _LEADING_TRIM | DETERMINERS:
        last -= 1
    if not head_seen or last <= first:
        return None
    return first, last


def _acronym_aside(toks: list[_Tok], k: int) -> bool:
    """"(CPC)", "(PRC)": an acronym in brackets inside a title."""
    return (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"
            and toks[k + 1].text.isupper() and toks[k + 1].kind in ("word", "abbr"))


def _relational_before(toks: list[_Tok], first: int, k: int) -> bool:
    """Whether a title phrase reaches another person through "to"/"of"/"for" ("adviser to President X")."""
    i = k - 1
    while i >= first and toks[i].kind == "word" and (toks[i].cap or toks[i].low in TITLE_WORDS) and toks[i].low not in CONNECTORS:
        i -= 1
    return i > first and toks[i].low in {"to", "of", "for"}


def _verbish(low: str) -> bool:
    """"appointed", "adding", "reportedly": words that end a title phrase."""
    return len(low) > 4 and (low.endswith("ed") or low.endswith("ing") or low.endswith("ly"))


def _title_comma_before(toks: list[_Tok], start: int, end: int, blocked: set[int],
                        strict: bool = False) -> tuple[int, int] | None:
    """A title set off before a name: "China's top diplomat, Wang Yi, who ..."."""
    start = _style_before(toks, start, heads=True)  # "The Emir of Qatar, Sheikh Tamim ..."
    if start < 2 or toks[start - 1].text != ",":
        return None
    closes = end >= len(toks) or toks[end].text in {",", ".", ";", ")", "!", "?"} or toks[end].low in {"who", "whose"}
    if not closes:
        return None
    span = _title_before(toks, start - 1, blocked, strict)
    if span is None:
        return None
    first, last = span
    while first < last and toks[first].low in DETERMINERS:
        first += 1
    return (first, last) if first < last else None


def _reporting(toks: list[_Tok], start: int, end: int) -> bool:
    """A reporting verb after the name, or a cue ("said", "according to") before it."""
    k = end
    if k < len(toks) and toks[k].kind == "word" and toks[k].low in _ADVERBS:
        k += 1
    if k < len(toks) and toks[k].kind == "word" and not toks[k].cap and toks[k].low in REPORTING_VERBS:
        return not _cites_work(toks, k + 1)
    if start >= 1 and toks[start - 1].kind == "word" and toks[start - 1].low in _CUES_BEFORE:
        return True
    return start >= 2 and (toks[start - 2].low, toks[start - 1].low) in _CUE_PAIRS


_WORKS = _words("book books essay essays article articles memoir memoirs column op-ed paper study novel treatise")


def _cites_work(toks: list[_Tok], k: int) -> bool:
    """ "Graham Allison argued in "Destined for War"", "as Evan Osnos wrote in The New Yorker":
    an author cited for a work, not a person of the story."""
    if k + 1 >= len(toks) or toks[k].low != "in":
        return False
    nxt = toks[k + 1]
    if nxt.text in {'"', "“", "«", "'", "‘"}:
        return True
    if toks[k - 1].low in {"wrote", "writes", "argued", "argues"} and nxt.cap and nxt.kind == "word":
        title = toks[k + 2] if nxt.low == "the" and k + 2 < len(toks) else nxt
        return (title.cap and title.kind == "word" and name_key(title.text) not in PLACE_WORDS
                and title.low not in DAYS and title.low not in MONTHS)
    return (nxt.low in {"his", "her", "their"} and k + 2 < len(toks) and toks[k + 2].low in _WORKS) or (
        nxt.low in {"a", "the"} and k + 2 < len(toks)
        and toks[k + 2].low in {"book", "essay", "memoir", "novel", "treatise"})
