"""The passes that decide who the article's people are: anchored full names (pass 1),
short names (1b), names in passing (1c) and leaders named by surname alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...knowledge import Knowledge, KnownPerson, name_key, surname_of
from .anchors import _anchor, _names_a_thing, _plausible
from .candidates import _Cand, _FAMILY_ARTICLES, _LINEAGE, _Sentence, _candidates, _text
from .registry import _Registry, _guess_surname_first
from .titles import _country_word, _title_before
from .tokens import _Tok, _is_head, _is_honorific, _style_before
from .vocabulary import HEAD_NOUNS


@dataclass(slots=True)
class _Pending:
    sentence: _Sentence
    cand: _Cand
    anchor: str  # "honorific", "title" or "verb"
    title: str | None


def _find_full_names(sentences: list[_Sentence], registry: _Registry, lower_words: set[str],
                     loose: list[tuple[_Sentence, _Cand]]) -> list[_Pending]:
    """Pass 1: known names and anchored full names; anchored single words wait for pass 1b.

    Full names with no anchor of their own but a name's shape go to ``loose``
    (settled by ``_settle_loose``)."""
    pending: list[_Pending] = []
    for sentence in sentences:
        cands = _candidates(sentence, registry.canonical)
        blocked = {k for c in cands if c.kb for k in range(c.start, c.end)}
        for cand in cands:
            if cand.kb:
                registry.add_known(cand.kb)
                continue
            after_the = cand.start > 0 and sentence.toks[cand.start - 1].low == "the"  # "the Moon", "the Sun"
            if cand.end - cand.start == 1 and not after_the and not _names_a_thing(sentence.toks, cand):
                registry.lone_words.append(sentence.toks[cand.start].text)
            if sentence.headline:
                continue
            cand = _trim_sentence_start(sentence, cand, lower_words)
            if cand is None:
                continue
            anchor, title = _anchor(sentence, cand, blocked)
            if anchor is None and _loose_ok(sentence, cand, lower_words):
                loose.append((sentence, cand))
            if anchor is None or not _plausible(sentence, cand, anchor, lower_words):
                continue
            if _names_a_thing(sentence.toks, cand):
                continue
            if cand.end - cand.start >= 2:
                text = _text(sentence, cand.start, cand.end)
                canonical = registry.canonical(text)
                if canonical:
                    registry.add_known(canonical)
                elif _name_words(sentence.toks, cand) <= 5:
                    registry.add_unknown(text)
            else:
                pending.append(_Pending(sentence, cand, anchor, title))
    return pending


def _name_words(toks: list[_Tok], cand: _Cand) -> int:
    """Words of a name, its lineage particles aside: "Mohammed bin Abdulrahman bin Jassim Al Thani" has four."""
    return sum(1 for t in toks[cand.start : cand.end]
               if not (t.kind == "word" and (t.text in _LINEAGE or t.text in _FAMILY_ARTICLES)))


def _loose_ok(sentence: _Sentence, cand: _Cand, lower_words: set[str]) -> bool:
    """A full name with no anchor yet: two to four name words, none used in lower case, no article before."""
    toks = sentence.toks
    if not 2 <= cand.end - cand.start <= 4 or _names_a_thing(toks, cand):
        return False
    if cand.start and toks[cand.start - 1].low in {"the", "a", "an"}:
        return False
    return _plausible(sentence, cand, "verb", lower_words)


def _settle_loose(loose: list[tuple[_Sentence, _Cand]], pending: list[_Pending], registry: _Registry) -> None:
    """Pass 1c: full names named in passing, made people by what surrounds them elsewhere.

    * the article uses the surname alone as a person's ("Putin's envoy",
      "Dmitriev told", "Mr Lai") for "Vladimir Putin", "Kirill Dmitriev";
    * the name stands in a list beside a person ("Charles de Gaulle and
      Konrad Adenauer, who ...", "Theresa May and David Cameron both courted").
    Repeated until nothing changes: a list can pass a person along.
    """
    words = {name_key(_text(p.sentence, p.cand.start, p.cand.end)) for p in pending}
    changed = True
    while changed and loose:
        changed = False
        for item in list(loose):
            sentence, cand = item
            text = _text(sentence, cand.start, cand.end)
            if any(name_key(text) in e.keys for e in registry.entries):
                loose.remove(item)
                continue
            parts = text.split()
            surname = parts[0] if _guess_surname_first(parts) else surname_of(text, None)
            if name_key(surname) in words or _next_to_person(sentence, cand, registry):
                canonical = registry.canonical(text)
                registry.add_known(canonical) if canonical else registry.add_unknown(text)
                loose.remove(item)
                changed = True


def _next_to_person(sentence: _Sentence, cand: _Cand, registry: _Registry) -> bool:
    """Whether a name stands beside one of the article's people, joined by "and" or a comma."""
    toks = sentence.toks
    for other in _candidates(sentence, registry.canonical):
        if other.end + 1 == cand.start and toks[other.end].low in {",", "and", "&"}:
            pass
        elif cand.end + 1 == other.start and toks[cand.end].low in {",", "and", "&"}:
            pass
        else:
            continue
        if other.kb and other.kb in registry.by_name:
            return True
        words = _text(sentence, other.start, other.end)
        if other.end - other.start >= 2 and any(name_key(words) in e.keys for e in registry.entries):
            return True
    return False


def _trim_sentence_start(sentence: _Sentence, cand: _Cand, lower_words: set[str]) -> _Cand | None:
    """Drop a sentence-initial common word glued to a name ("Meanwhile Retno Marsudi")."""
    toks = sentence.toks
    first_word = next((i for i, t in enumerate(toks) if t.kind == "word"), None)
    if cand.start == first_word and toks[cand.start].low in lower_words:
        if cand.end - cand.start == 1:
            return None
        return _Cand(cand.start + 1, cand.end)
    return cand


def _settle_short_names(pending: list[_Pending], knowledge: Knowledge, registry: _Registry,
                        lower_words: set[str]) -> None:
    """Pass 1b: "President Biden", "Mr. Tokayev" with no full name in the article."""
    for item in pending:
        word = _text(item.sentence, item.cand.start, item.cand.end)
        key = name_key(word)
        if not key or any(key == e.surname or key in e.given for e in registry.entries):
            continue
        known = knowledge.by_surname(word)
        found = known
        if item.title:  # "Ambassador Burns": only a Burns who was an ambassador
            found = [p for p in known if _title_fits(item.title, p, knowledge)]
        if len(found) == 1:
            registry.add_known(found[0].name)
        elif not known and _tight(item) and key not in lower_words and not _after_article(item):
            registry.add_unknown(word)


def _settle_leaders(registry: _Registry, lower_words: set[str]) -> None:
    """"the government of Biden", "a Biden-Xi call": news names heads of state and government
    by surname alone, so a lone surname that only one known leader has is that leader."""
    knowledge = registry.knowledge
    leaders = _leader_offices(knowledge)
    for word in registry.lone_words:
        for part in word.split("-") if "-" in word else [word]:
            key = name_key(part)
            if not key or key in lower_words or not part[:1].isupper() or registry.resolve(part, None):
                continue
            if any(key == e.surname or key in e.given for e in registry.entries):
                continue  # shared by people of the article: not for the knowledge base to settle
            found = knowledge.by_surname(part)
            if len(found) == 1 and any(t.office in leaders for t in found[0].terms):
                registry.add_known(found[0].name)


_LEADER_FORMS = frozenset({"president", "premier", "prime minister", "chancellor", "general secretary"})
_leaders_cache: dict[str, frozenset[str]] = {}


def _leader_offices(knowledge: Knowledge) -> frozenset[str]:
    """Offices whose holders are heads of state or government (a bare "president" form and the like)."""
    if knowledge.digest not in _leaders_cache:
        _leaders_cache[knowledge.digest] = frozenset(
            o.id for o in knowledge.offices if _LEADER_FORMS.intersection(o.forms))
    return _leaders_cache[knowledge.digest]


def _tight(item: _Pending) -> bool:
    """A lone unknown word is a name only right after an honorific or a title word ("President Macron")."""
    if item.anchor == "verb" or item.cand.start == 0:
        return False
    before = item.sentence.toks[item.cand.start - 1]
    if _is_honorific(before) or (_is_head(before) and before.cap) or _style_before(
            item.sentence.toks, item.cand.start) < item.cand.start:
        return True
    return item.anchor == "title" and before.cap and not before.poss and _country_word(before)  # "President of Brazil Lula"


def _title_fits(title: str, person: KnownPerson, knowledge: Knowledge) -> bool:
    """Whether a known person ever held an office the title names.

    A bare title that names no office ("Secretary Blinken") fits when its
    head noun is a word of one of the person's offices; "Chairman Mao" does not
    fit a spokesperson named Mao.
    """
    office_ids = {o.id for o in knowledge.offices_for_title(title)}
    if office_ids:
        return any(t.office in office_ids for t in person.terms)
    heads = {w for w in re.findall(r"[a-z]+", title.lower()) if w in HEAD_NOUNS}
    for term in person.terms:
        office = knowledge.office(term.office)
        if office and heads & set(re.findall(r"[a-z]+", " ".join((office.title, *office.forms)).lower())):
            return True
    return False


def _after_article(item: _Pending) -> bool:
    """"the President Hotel": a title after "the" before a lone word names a thing, not a person."""
    toks, start = item.sentence.toks, item.cand.start
    span = _title_before(toks, start, set())
    first = span[0] if span else start
    return first > 0 and toks[first - 1].low in {"the", "a", "an"} and (span is None or first == start - 1)
