"""The people of one article (``_Registry``) and how a short form ("Kerry", "Wang")
resolves to one of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...knowledge import Knowledge, name_key, surname_of
from ...models import Evidence, RoleMention
from .vocabulary import CJK_SURNAMES, PARTICLES, _SUFFIX_WORDS


@dataclass(slots=True)
class _Entry:
    name: str
    known: bool
    surname: str  # name_key of the surname
    given: tuple[str, ...]  # name_keys of the other words
    keys: set[str] = field(default_factory=set)
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None
    forms: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)


def _guess_surname_first(words: list[str]) -> bool:
    """An unknown name is surname-first when it starts with a common Chinese/Korean/Vietnamese surname."""
    return 2 <= len(words) <= 3 and name_key(words[0]) in CJK_SURNAMES


_UNSEEN = object()


class _Registry:
    """The people of one article, and how short forms resolve to them."""

    def __init__(self, knowledge: Knowledge, common: set[str] | None = None) -> None:
        self.knowledge = knowledge
        self.common = common or set()  # words the article also uses in lower case
        self.lone_words: list[str] = []  # capitalised single words seen, for _settle_leaders
        self.entries: list[_Entry] = []
        self.by_name: dict[str, _Entry] = {}
        self._canonical: dict[str, str | None] = {}

    def canonical(self, name: str) -> str | None:
        """``knowledge.canonical``, remembered for the article: both passes ask about the same spans."""
        found = self._canonical.get(name, _UNSEEN)
        if found is _UNSEEN:
            found = self._canonical[name] = self.knowledge.canonical(name)
        return found  # type: ignore[return-value]

    def add_known(self, name: str) -> _Entry:
        if name in self.by_name:
            return self.by_name[name]
        person = self.knowledge.person(name)
        country = person.country if person else None
        surname = surname_of(name, country) if person else name.split()[-1]
        entry = self._new(name, True, surname)
        if person:
            for full in (person.name, *person.aliases):
                entry.keys.add(name_key(full))
        return entry

    def add_unknown(self, name: str) -> _Entry:
        key = name_key(name)
        for entry in self.entries:
            if key in entry.keys or name_key(entry.name).endswith(" " + key):
                return entry  # "Al Thani" after "Mohammed bin Abdulrahman Al Thani"
        for entry in self.entries:
            if not entry.known and key.endswith(" " + name_key(entry.name)):
                return self._rename(entry, name)  # the full name after its short form
        words = name.split()
        if len(words) >= 2:
            first, last = name_key(words[0]), name_key(words[-1])
            for entry in self.entries:
                ew = entry.name.split()
                if not entry.known and len(ew) >= 2 and (name_key(ew[0]), name_key(ew[-1])) == (first, last):
                    entry.keys.add(key)
                    return entry
        surname = words[0] if _guess_surname_first(words) else surname_of(name, None)
        return self._new(name, False, surname)

    def _rename(self, entry: _Entry, name: str) -> _Entry:
        del self.by_name[entry.name]
        words = name.split()
        fresh = self._new(name, False, words[0] if _guess_surname_first(words) else surname_of(name, None))
        self.entries.remove(fresh)
        entry.name, entry.surname, entry.given = fresh.name, fresh.surname, fresh.given
        entry.keys |= fresh.keys
        self.by_name[name] = entry
        return entry

    def _new(self, name: str, known: bool, surname: str) -> _Entry:
        skey = name_key(surname)
        keys = [name_key(w) for w in name.split() if w not in PARTICLES]
        given = tuple(k for k in keys if k != skey and len(k) > 1 and k not in _SUFFIX_WORDS and k not in {"al", "el"})
        entry = _Entry(name=name, known=known, surname=skey, given=given, keys={name_key(name)})
        self.entries.append(entry)
        self.by_name[name] = entry
        return entry

    def resolve(self, words: str, pos: tuple[int, int] | None) -> _Entry | None:
        """The person a form names in this article; None when unknown or ambiguous."""
        key = name_key(words)
        if not key:
            return None
        for entry in self.entries:
            if key in entry.keys:
                return entry
        canonical = self.canonical(words)
        if canonical and canonical in self.by_name:
            return self.by_name[canonical]
        tokens = key.split()
        if len(tokens) >= 2:
            matches = [e for e in self.entries if _same_ends(name_key(e.name), tokens) and not e.known]
            matches = matches or [e for e in self.entries if name_key(e.name).endswith(" " + key)]
            return matches[0] if len(matches) == 1 else None
        return self._resolve_word(key, pos)

    def _resolve_word(self, key: str, pos: tuple[int, int] | None) -> _Entry | None:
        given = [] if key in self.common else [e for e in self.entries if key in e.given]
        for pool in ([e for e in self.entries if e.surname == key], given):
            if len(pool) == 1:
                return pool[0]
            if len(pool) > 1:
                return _most_recent(pool, pos)
        return None


def _same_ends(name: str, tokens: list[str]) -> bool:
    """"Retno L. P. Marsudi" and "Retno Marsudi": same first and last word."""
    words = name.split()
    return len(words) >= 2 and words[0] == tokens[0] and words[-1] == tokens[-1]


def _most_recent(pool: list[_Entry], pos: tuple[int, int] | None) -> _Entry | None:
    """Of several people sharing a surname, the one named last before pos."""
    if pos is None:
        return None
    before = [e for e in pool if e.last is not None and e.last < pos]
    if not before:
        return None
    return max(before, key=lambda e: e.last or (0, 0))
