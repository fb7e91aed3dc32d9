"""Pass 2: every mention of the article's people, resolved and recorded with its forms,
titles and evidence sentence."""

from __future__ import annotations

from ...models import Evidence, RoleMention
from .anchors import _PERSON_VERBS
from .candidates import _Sentence, _candidates, _text
from .registry import _Entry, _Registry
from .titles import _apposition_after, _relative_title, _title_before, _title_comma_before
from .tokens import _Tok, _is_head, _is_honorific, _style_at, _style_before, _style_key
from .vocabulary import (
    DATE_OR_NAME, DETERMINERS, MONTHS, REPORTING_VERBS, STOPWORDS, _LEADING_TRIM, _NOT_THE_PERSON,
    _STOPWORD_SURNAMES, _STYLES, _words,
)


def _collect_mentions(sentences: list[_Sentence], registry: _Registry, source: str) -> None:
    """Pass 2: every mention, resolved, with its forms, roles and evidence sentence."""
    for sentence in sentences:
        mentions = _mentions(sentence, registry)
        blocked = {k for m in mentions for k in range(m[0], m[1])}
        for start, end, entry, form in mentions:
            _record(sentence, start, end, entry, blocked - set(range(start, end)), source, form)


_Mention = tuple[int, int, "_Entry", str | None]  # token span, person, form when not the span's text


def _mentions(sentence: _Sentence, registry: _Registry) -> list[_Mention]:
    """Token spans of a sentence that name the article's people, longest first at each place."""
    toks = sentence.toks
    found: list[_Mention] = []
    for cand in _candidates(sentence, registry.canonical):
        if cand.end < len(toks) and toks[cand.end].low in _NOT_THE_PERSON:
            continue  # "the Biden administration"
        if cand.kb and cand.kb in registry.by_name:
            entry = registry.by_name[cand.kb]
            entry.last = (sentence.index, cand.start)  # recency counts within the sentence too
            found.append((cand.start, cand.end, entry, None))
            continue
        i = cand.start
        while i < cand.end:
            for j in range(cand.end, i, -1):
                if j - i == 1 and not _single_ok(toks, i, registry.common):
                    continue
                entry = registry.resolve(_text(sentence, i, j), (sentence.index, i))
                if entry is not None and j - i == 1 and _regnal_other(toks, i, entry):
                    entry = None  # "Sultan Ibrahim" is not Anwar Ibrahim
                if entry is not None:
                    entry.last = (sentence.index, i)
                    found.append((i, j, entry, None))
                    i = j
                    break
            else:
                found.extend(_compound_mentions(sentence, i, registry))
                i += 1
    return found


_REGNAL = _words("king queen sultan emir pope prince princess sheikh sheikha emperor empress")


def _regnal_other(toks: list[_Tok], i: int, entry: _Entry) -> bool:
    """A monarch's title and one name ("Sultan Ibrahim", "King Charles") naming someone
    who shares that word but was never called so."""
    if i == 0 or toks[i - 1].low not in _REGNAL or not toks[i - 1].cap or len(entry.name.split()) < 2:
        return False
    return not any(f.split()[0].lower() == toks[i - 1].low for f in entry.forms if f) and not any(
        toks[i - 1].low in r.title.lower().split() for r in entry.roles)


def _compound_mentions(sentence: _Sentence, i: int, registry: _Registry) -> list[_Mention]:
    """"Biden-Xi": a hyphenated word naming two of the article's people."""
    tok = sentence.toks[i]
    parts = tok.text.split("-")
    if tok.kind != "word" or len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return []
    entries = [registry.resolve(p, (sentence.index, i)) for p in parts]
    if any(e is None for e in entries):
        return []
    return [(i, i + 1, e, p) for e, p in zip(entries, parts) if e is not None]


def _single_ok(toks: list[_Tok], i: int, common: set[str]) -> bool:
    """A lone word can be a name mention unless it looks like an ordinary word.

    "He" (He Lifeng) needs a title before it; a sentence's first word that the
    article also uses in lower case ("Young people ...") is not a name.
    """
    tok = toks[i]
    if tok.kind != "word":
        return False
    titled = i > 0 and (_is_head(toks[i - 1]) or _is_honorific(toks[i - 1]))
    if tok.low in _STOPWORD_SURNAMES:  # "He, a member of the Political Bureau, said" is no pronoun
        return titled or _apposition_after(toks, i + 1, set()) is not None
    first_word = all(t.kind != "word" for t in toks[:i])
    if tok.low in DATE_OR_NAME or tok.low in MONTHS or tok.low in STOPWORDS:
        # "May" is Theresa May only with a title or a verb after it, never "in May"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return titled or tok.poss or (nxt is not None and nxt.kind == "word" and not nxt.cap
                                      and (nxt.low in REPORTING_VERBS or nxt.low in _PERSON_VERBS))
    return titled or not (first_word and tok.low in common)


def _record(sentence: _Sentence, start: int, end: int, entry: _Entry, blocked: set[int], source: str,
            form: str | None = None) -> None:
    """Add one mention to its person: position, surface form, evidence sentence, titles."""
    toks = sentence.toks
    pos = (sentence.index, start)
    if entry.first is None or pos < entry.first:
        entry.first = pos
    entry.last = pos
    if form is not None:  # a part of a compound ("Xi" in "Biden-Xi"): no titles of its own
        if form not in entry.forms:
            entry.forms.append(form)
        evidence = Evidence(source, sentence.text)
        if evidence not in entry.evidence:
            entry.evidence.append(evidence)
        return
    form = _text(sentence, start, end)
    if end - start == 1 and start > 0:
        before = toks[start - 1]
        if _is_honorific(before) or (_is_head(before) and before.cap):
            form = f"{before.text} {form}"
    if form not in entry.forms:
        entry.forms.append(form)
    styled = _styled_form(sentence, start, end)
    if styled and styled not in entry.forms:
        entry.forms.append(styled)  # "Datuk Seri Anwar Ibrahim", "Sheikh Mohammed bin Zayed"
    evidence = Evidence(source, sentence.text)
    if evidence not in entry.evidence:
        entry.evidence.append(evidence)
    strict = sentence.headline
    spans = [_title_before(toks, start, blocked, strict), _apposition_after(toks, end, blocked),
             _title_comma_before(toks, start, end, blocked, strict), _relative_title(toks, end, blocked)]
    for span in spans:
        if span is None:
            continue
        title = _clean_title(_text(sentence, *span))
        role = RoleMention(title, evidence)
        if title and role not in entry.roles:
            entry.roles.append(role)


def _styled_form(sentence: _Sentence, start: int, end: int) -> str | None:
    """The mention with the styles before it ("Tan Sri Muhyiddin Yassin"), when it has any
    beyond a plain "Mr"/"Dr" (those are kept, for one word, by ``_record``)."""
    toks = sentence.toks
    first = _style_before(toks, start, heads=True)
    while first < start and toks[first].low in {"his", "her"} and not _style_at(toks, first):
        first += 1
    if first >= start or all(_is_honorific(t) and (_style_key(t),) not in _STYLES for t in toks[first:start]):
        return None  # "Mr. Fernández" is no style; "Sir Keir Starmer" is
    return _text(sentence, first, end)


def _clean_title(title: str) -> str:
    """A title without leading articles, possessive pronouns or connectors."""
    words = title.split()
    while words and words[0].lower() in DETERMINERS | _LEADING_TRIM:
        words.pop(0)
    return " ".join(words).strip(" ,;:")
