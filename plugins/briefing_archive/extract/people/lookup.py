"""Look-ups against people already found, for later stages: the person a surface form
denotes (``resolve_name``) and the people a sentence mentions (``names_in``)."""

from __future__ import annotations

from ...knowledge import Knowledge, name_key
from ...models import Person
from .candidates import _Sentence, _is_headline
from .mentions import _mentions
from .registry import _Registry, _guess_surname_first
from .tokens import _tokenize
from .vocabulary import HONORIFICS, PLACE_WORDS, TITLE_WORDS


def resolve_name(form: str, people: list[Person]) -> str | None:
    """The canonical name (among this article's people) a surface form denotes, if unambiguous."""
    key = name_key(form)
    if not key:
        return None
    for person in people:
        if key == name_key(person.name):
            return person.name
    by_form = [p.name for p in people if any(name_key(f) == key for f in p.forms)]
    if len(by_form) == 1:
        return by_form[0]
    words = [w for w in key.split() if w not in HONORIFICS and w not in TITLE_WORDS and w not in PLACE_WORDS]
    if not words:
        return None
    bare = " ".join(words)
    for person in people:
        if bare == name_key(person.name):
            return person.name
    by_form = [p.name for p in people if any(name_key(f) == bare for f in p.forms)]
    if len(by_form) == 1:
        return by_form[0]
    if len(words) == 1:
        return _resolve_word_in(words[0], people)
    matches = [p.name for p in people
               if (name_key(p.name).split()[:1], name_key(p.name).split()[-1:]) == (words[:1], words[-1:])]
    return matches[0] if len(matches) == 1 else None


def _resolve_word_in(word: str, people: list[Person]) -> str | None:
    """A single word: a unique surname first, then a unique other name word."""
    surnames = [p.name for p in people if name_key(_surname_guess(p.name)) == word]
    if surnames:
        return surnames[0] if len(surnames) == 1 else None
    given = [p.name for p in people if word in name_key(p.name).split()]
    return given[0] if len(given) == 1 else None


def _surname_guess(name: str) -> str:
    """The surname of a name whose country is unknown here."""
    words = name.split()
    return words[0] if _guess_surname_first(words) else words[-1]


def names_in(sentence: str, people: list[Person], knowledge: Knowledge) -> list[str]:
    """Canonical names of this article's people that a sentence mentions, in order.

    Unlike matching each form as a substring, "Li" here never matches inside
    "Li Keqiang" for Li Qiang, and "the Biden administration" is not Biden.
    """
    registry = _Registry(knowledge)
    for person in people:
        entry = registry.add_known(person.name) if person.known else registry.add_unknown(person.name)
        entry.keys.update(name_key(f) for f in person.forms if len(f.split()) > 1 and name_key(f))
    toks = _tokenize(sentence)
    found: list[str] = []
    for _, _, entry, _ in _mentions(_Sentence(0, sentence, toks, _is_headline(toks)), registry):
        if entry.name not in found:
            found.append(entry.name)
    return found
