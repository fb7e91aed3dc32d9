"""What makes a name-shaped span a person (an honorific, a title, or weaker context only
a person takes), and what rules one out (a thing's name, ordinary words in capitals)."""

from __future__ import annotations

from .candidates import _Cand, _Sentence, _text
from .titles import _age_after, _apposition_after, _reporting, _title_before, _title_comma_before, _title_phrase
from .tokens import _Tok, _is_head, _is_particle, _style_before
from .vocabulary import ORG_WORDS, STOP_LOWER, _ADVERBS, _ARABIC_PREFIX, _words


_THING_NOUNS = _words("newspaper magazine broadcaster channel website outlet firm company tabloid network agency")


def _names_a_thing(toks: list[_Tok], cand: _Cand) -> bool:
    """"Premier League", "Les Echos newspaper", "Morgan Stanley strategist": a name-shaped thing."""
    nxt = toks[cand.end] if cand.end < len(toks) else None
    if nxt is None or nxt.kind != "word" or toks[cand.end - 1].poss:
        return False
    return (nxt.cap and nxt.low in ORG_WORDS) or nxt.low in _THING_NOUNS or (not nxt.cap and _is_head(nxt))


def _anchor(sentence: _Sentence, cand: _Cand, blocked: set[int]) -> tuple[str | None, str | None]:
    """What makes a name-shaped sequence a person: honorific, title, or (weaker) verb, list or affiliation."""
    toks = sentence.toks
    if _style_before(toks, cand.start) < cand.start:
        return "honorific", None
    span = _title_before(toks, cand.start, blocked, sentence.headline)
    if span:
        return "title", _text(sentence, *span)
    span = _apposition_after(toks, cand.end, blocked) or _title_comma_before(
        toks, cand.start, cand.end, blocked, sentence.headline)
    if span:
        return "title", _text(sentence, *span)
    if cand.start and toks[cand.start - 1].low in {"the", "a", "an"}:
        return None, None  # "the Brookings Institution said": a person's name takes no article
    if _reporting(toks, cand.start, cand.end) or _affiliation(toks, cand.end) or _listed_with(toks, cand, blocked):
        return "verb", None
    if _personal_context(toks, cand):
        return "verb", None
    return None, None


# After a name and its possessive: words only a person has ("Jimmy Lai's trial", "Merkel's successor").
_PERSONAL_NOUNS = _words("""
    wife husband widow widower son sons daughter daughters father mother brother sister family children
    parents grandson granddaughter nephew niece cousin successor predecessor aide aides envoy bodyguard
    arrest detention trial sentencing conviction imprisonment funeral death assassination birthday memoir
    memoirs biography legacy presidency premiership chancellorship resignation re-election remarks speech
    visit trip health friend mentor protege protégé party government administration cabinet
""")
# Verbs of what people do, after a full name ("Konrad Adenauer signed", "Theresa May resigned").
_PERSON_VERBS = _words("""
    resigned died served ruled governed founded led won lost became married fled returned toured negotiated
    brokered championed campaigned courted embraced hailed condemned denounced slammed blamed defended
    rejected refused promised apologised apologized resisted signed invoked inherited succeeded
""")
_KIN = _words("brother brothers sister sisters wife husband son daughter father mother uncle aunt nephew niece cousin")
_PERSON_VERB_ADVERBS = _ADVERBS | _words("both once also later never")
_AGENT_VERBS = _words("""
    signed led founded accompanied chaired hosted attended succeeded replaced appointed nominated
    assassinated killed praised criticised criticized written authored
""")
_PREDICATE_VERBS = _words("is was became becomes remains remained")


def _personal_context(toks: list[_Tok], cand: _Cand) -> bool:
    """Context only a person takes, for a name with no title beside it.

    "Imran Khan, who", "Jimmy Lai, 76,", "the late Helmut Kohl", "Jimmy Lai's
    trial", "signed by Charles de Gaulle", "Konrad Adenauer signed", "Theresa
    May was prime minister". Not after "the" ("the Silk Road"): a person's name
    takes no article.
    """
    start, end, n = cand.start, cand.end, len(toks)
    prev = toks[start - 1] if start else None
    if prev is not None and prev.low == "late" and not prev.cap:
        return True
    if prev is not None and prev.low in {"the", "a", "an"}:
        return False
    if toks[end - 1].poss:  # "Jimmy Lai's trial", "Shehbaz Sharif's elder brother"
        for k in range(end, min(n, end + 3)):
            if toks[k].kind != "word" or toks[k].cap:
                return False
            if toks[k].low in _PERSONAL_NOUNS or toks[k].low in _KIN:
                return True
        return False
    if end + 1 < n and toks[end].text == "," and toks[end + 1].low == "who":
        return True
    if _age_after(toks, end):
        return True
    if start >= 2 and prev is not None and prev.low == "by" and (
            toks[start - 2].low in _AGENT_VERBS or _passive_agent(toks, start - 1)):
        return True
    if end - start < 2:
        return False  # a single word: these are too weak
    k = end
    while k < n and toks[k].kind == "word" and toks[k].low in _PERSON_VERB_ADVERBS and not toks[k].cap:
        k += 1
    if k < n and toks[k].kind == "word" and not toks[k].cap and toks[k].low in _PERSON_VERBS:
        return True
    if k < n and toks[k].low in _PREDICATE_VERBS and not toks[k].cap:
        return _title_phrase(toks, k + 1, set()) is not None  # "Theresa May was prime minister"
    return False


_PASSIVE_VERBS = _AGENT_VERBS | _words("""
    received welcomed greeted visited interviewed honoured honored decorated invited briefed thanked
    congratulated met hosted escorted seen
""")
_BE_FORMS = _words("was were been is are be being")


def _passive_agent(toks: list[_Tok], by: int) -> bool:
    """ "was received at the White House by X (and by Y)": the agent of a passive a few words back.

    The clause is read back from "by" to a form of "be" and a participle only people do,
    without crossing a comma or a full stop."""
    for k in range(by - 1, max(0, by - 14), -1):
        tok = toks[k]
        if tok.kind == "punct" or tok.kind == "num":
            return False
        if tok.kind == "word" and not tok.cap and tok.low in _PASSIVE_VERBS:
            j = k - 1
            if j >= 0 and toks[j].kind == "word" and (toks[j].low in _ADVERBS or toks[j].low.endswith("ly")):
                j -= 1  # "was warmly received", "was later received"
            return j >= 0 and toks[j].low in _BE_FORMS
    return False


def _listed_with(toks: list[_Tok], cand: _Cand, known: set[int]) -> bool:
    """"Cai Qi, Wang Yi attended": a name in a list beside a known person."""
    after = cand.end
    if after + 1 < len(toks) and toks[after].low in {",", "and"} and after + 1 in known:
        return True
    before = cand.start - 1
    return before >= 1 and toks[before].low in {",", "and"} and before - 1 in known


def _affiliation(toks: list[_Tok], end: int) -> bool:
    """"Yun Sun of the Stimson Center": a name followed by the body it belongs to."""
    k = end
    if k < len(toks) and toks[k].text == ",":
        k += 1  # "Lai Ching-te, of the independence-leaning Democratic Progressive Party"
    if k >= len(toks) or toks[k].low not in {"of", "at", "from"}:
        return False
    k += 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    skipped = 0
    while k < len(toks) and toks[k].kind == "word" and not toks[k].cap and toks[k].low not in STOP_LOWER and skipped < 2:
        k, skipped = k + 1, skipped + 1  # "of the ruling Democratic Progressive Party"
    while k < len(toks) and toks[k].kind == "word" and toks[k].cap:
        if toks[k].low in ORG_WORDS:
            return True
        k += 1
    return False


def _plausible(sentence: _Sentence, cand: _Cand, anchor: str, lower_words: set[str]) -> bool:
    """Reject ordinary words in capitals: weak anchors need every word unused in lower case."""
    toks = sentence.toks[cand.start : cand.end]
    words = [t for t in toks if t.kind == "word" and not _is_particle(t)
             and not (not t.cap and _ARABIC_PREFIX.match(t.text))]  # "al-Safadi" is lower case by nature
    if not words:
        return False
    common = [t for t in words if t.low in lower_words]
    if anchor == "verb":
        return not common  # a lone word here can only become a known person (pass 1b)
    return len(common) < len(words)
