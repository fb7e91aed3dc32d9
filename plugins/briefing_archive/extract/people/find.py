"""``find_people``: an article's sentences through the passes, in order."""

from __future__ import annotations

import re

from ...knowledge import Knowledge
from ...models import Person
from ..text import split_sentences
from .candidates import _Cand, _Sentence, _is_headline
from .mentions import _collect_mentions
from .registry import _Registry
from .settle import _find_full_names, _settle_leaders, _settle_loose, _settle_short_names
from .tokens import _tokenize


def find_people(paragraphs: list[str], source: str, knowledge: Knowledge) -> list[Person]:
    """Everyone the article names, by first mention, with forms, roles and evidence."""
    sentences: list[_Sentence] = []
    for paragraph in paragraphs:
        for text in _sentences(paragraph):
            toks = _tokenize(text)
            sentences.append(_Sentence(len(sentences), text, toks, _is_headline(toks)))
    lower_words = {t.low for s in sentences for t in s.toks if t.kind == "word" and not t.cap}
    registry = _Registry(knowledge, lower_words)
    loose: list[tuple[_Sentence, _Cand]] = []
    pending = _find_full_names(sentences, registry, lower_words, loose)
    _settle_loose(loose, pending, registry)
    _settle_short_names(pending, knowledge, registry, lower_words)
    _settle_leaders(registry, lower_words)
    _collect_mentions(sentences, registry, source)
    people = [e for e in registry.entries if e.first is not None]
    people.sort(key=lambda e: e.first or (0, 0))
    return [Person(name=e.name, forms=e.forms, roles=e.roles, known=e.known, evidence=e.evidence) for e in people]


_STYLE_END = re.compile(r"(?:^|\s)(?:Smt|Hon|Rt|H\.E|Dato|Datin)\.$")


def _sentences(paragraph: str) -> list[str]:
    """Sentences, a style abbreviation ("Smt.", "H.E.") joined to the name after it."""
    out: list[str] = []
    for text in split_sentences(paragraph):
        if out and _STYLE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out
