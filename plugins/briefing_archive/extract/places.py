"""Places and organisations an article names, from the gazetteer in data/places.yaml.

Matching is literal and fast: every gazetteer gets one precompiled regex built
as a character trie, so the longest written form wins ("South China Sea" over
"China", "Guinea-Bissau" over "Guinea"). Outlet names and known organisation
names are matched too, only to be skipped: "Washington" in "The Washington
Post" or "China" in "Communist Party of China" is not a place mention.

Rules the gazetteer cannot express alone (see data/places.yaml for the data):

* demonyms ("Chinese officials") are not place mentions; they only resolve
  "the Chinese capital" in ``place_of``;
* "US"/"U.S." is the United States, but not in "US$" or in ALL-CAPS text;
* a name followed by a treaty or media word ("Paris Agreement", "Minsk
  agreements", "Beijing Daily") or in "University of X" is a name, not a place;
* a person-like name ("Jordan", "Chad", "Washington") next to another
  capitalised name is a person ("Jim Jordan", "Chad Wolf", "George
  Washington"); once an article uses it as a surname, only locative uses
  ("in Jordan", "to Jordan") still count;
* a name with ``context`` words counts only when the article has one of them
  ("Georgia" needs "Tbilisi", "Georgian", ...; otherwise it may be the state).

Organisations come from the known list plus a general pattern for unseen
ones: a run of capitalised words around a head noun ("Ministry", "Agency",
"Commission", "Administration", "Council", "Office", ...), e.g. "the
Ministry of Foreign Affairs", "China's Meteorological Administration".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from ..models import Evidence, Place
from .outlet import load_data, outlet_aliases
from .text import split_sentences


@dataclass(frozen=True, slots=True)
class _Entry:
    """One gazetteer item; every written form of it points here."""

    name: str
    kind: str  # city | country | region | other | organisation | block
    parent: str | None = None  # country (or region) of a city/region; city of a landmark
    person_like: bool = False
    context: tuple[str, ...] = ()
    is_org: bool = False  # a landmark that is also an organisation (White House)
    fixed_country: str | None = None  # an organisation of one country
    qualifiable: bool = False  # "Foreign Ministry": keep "Chinese" before it
    needs_qualifier: bool = False  # "Embassy": only with a qualifier


@dataclass(slots=True)
class _Gazetteer:
    """Everything loaded from places.yaml, indexed and compiled."""

    places: dict[str, _Entry] = field(default_factory=dict)  # written form -> entry
    orgs: dict[str, _Entry] = field(default_factory=dict)
    by_name: dict[str, _Entry] = field(default_factory=dict)  # casefolded form -> place entry
    org_by_name: dict[str, _Entry] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # country -> capital
    country_forms: dict[str, str] = field(default_factory=dict)  # name/alias/demonym -> country
    demonym: dict[str, str] = field(default_factory=dict)  # country -> first demonym
    all_re: re.Pattern[str] = re.compile(r"(?!)")  # every place, organisation and outlet form


# ----------------------------------------------------------------- loading


def _variants(form: str) -> set[str]:
    """A form plus its curly/straight-apostrophe and accent-free spellings."""
    out = {form, form.replace("'", "’"), form.replace("’", "'")}
    plain = unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode()
    if plain and len(plain) >= len(form) - 3:
        out |= {plain, plain.replace("'", "’")}
    return out


def _trie_regex(forms: Iterable[str]) -> str:
    """One regex alternation of all forms, built as a trie (greedy: longest form wins)."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, Any]) -> str:
    """The regex for one trie node."""
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _compile(forms: Iterable[str]) -> re.Pattern[str]:
    """A trie regex for a set of forms, bounded on the right (the left is checked by ``_matches``,
    which is twice as fast as a look-behind in the pattern)."""
    return re.compile(r"(?:" + _trie_regex(sorted(set(forms))) + r")(?![\w])")


_Match = tuple[int, int, str]  # start, end, written form


def _matches(text: str) -> list[_Match]:
    """Every gazetteer form in ``text`` that starts on a word boundary, longest first."""
    return [
        (m.start(), m.end(), m.group(0))
        for m in _gazetteer().all_re.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]


def _item(raw: str | dict[str, Any]) -> dict[str, Any]:
    """A gazetteer list item as a mapping (a bare string is just a name)."""
    return {"name": raw} if isinstance(raw, str) else raw


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Load and compile data/places.yaml once."""
    raw = load_data("places.yaml")
    gaz = _Gazetteer()
    _load_countries(gaz, raw["countries"])
    for parent, items in raw["cities"].items():
        for item in map(_item, items or []):
            _add_place(gaz, item, "city", None if parent == "none" else parent)
    for parent, items in raw["regions"].items():
        for item in map(_item, items or []):
            _add_place(gaz, item, "region", None if parent == "none" else parent)
    _load_organisations(gaz, raw["organisations"])
    for item in raw["landmarks"]:
        is_org = item["name"].casefold() in gaz.org_by_name
        entry = _Entry(item["name"], "other", parent=item.get("city"), is_org=is_org)
        for form in [item["name"], *item.get("aliases", [])]:
            _register(gaz, form, entry)
    for form in outlet_aliases():
        for variant in _variants(form):
            gaz.places.setdefault(variant, _Entry(form, "block"))
            gaz.orgs.setdefault(variant, _Entry(form, "block"))
    for form, entry in list(gaz.orgs.items()):
        if entry.kind == "organisation":
            gaz.places.setdefault(form, _Entry(entry.name, "block"))
    gaz.all_re = _compile([*gaz.places, *gaz.orgs])
    return gaz


def _register(gaz: _Gazetteer, form: str, entry: _Entry) -> None:
    """Point every variant of a written form at a place entry (first one wins)."""
    for variant in _variants(form):
        gaz.places.setdefault(variant, entry)
        gaz.by_name.setdefault(variant.casefold(), entry)


def _load_countries(gaz: _Gazetteer, countries: list[dict[str, Any]]) -> None:
    """Countries, their capitals (as cities) and the forms that name them."""
    demonym_owner: dict[str, set[str]] = {}
    for item in countries:
        name = item["name"]
        flags = {"person_like": bool(item.get("person_like")), "context": tuple(item.get("context", []))}
        entry = _Entry(name, "country", **flags)
        for form in [name, *item.get("aliases", [])]:
            _register(gaz, form, entry)
            gaz.country_forms[form] = name
        for dem in item.get("demonyms", []):
            demonym_owner.setdefault(dem, set()).add(name)
        capital = item.get("capital")
        if capital and capital != name:
            gaz.capitals[name] = capital
            city = _Entry(
                capital,
                "city",
                parent=name,
                person_like=bool(item.get("capital_person_like")),
                context=tuple(item.get("capital_context", [])),
            )
            for form in [capital, *item.get("capital_aliases", [])]:
                _register(gaz, form, city)
        elif capital:
            gaz.capitals[name] = capital
    for item in countries:
        if item.get("qualifier"):
            gaz.demonym[item["name"]] = item["qualifier"]
            gaz.country_forms.setdefault(item["qualifier"], item["name"])
    for dem, owners in demonym_owner.items():
        if len(owners) == 1:  # a shared demonym ("Congolese") resolves nothing
            owner = next(iter(owners))
            gaz.country_forms.setdefault(dem, owner)
            gaz.demonym.setdefault(owner, dem)


def _add_place(gaz: _Gazetteer, item: dict[str, Any], kind: str, parent: str | None) -> None:
    """A city or region and its aliases."""
    entry = _Entry(
        item["name"],
        kind,
        parent=parent,
        person_like=bool(item.get("person_like")),
        context=tuple(item.get("context", [])),
    )
    for form in [item["name"], *item.get("aliases", [])]:
        _register(gaz, form, entry)


def _load_organisations(gaz: _Gazetteer, items: list[dict[str, Any]]) -> None:
    """Known organisations and their aliases."""
    for item in items:
        entry = _Entry(
            item["name"],
            "organisation",
            fixed_country=item.get("country"),
            qualifiable=bool(item.get("qualifiable")),
            needs_qualifier=bool(item.get("needs_qualifier")),
        )
        for form in [item["name"], *item.get("aliases", [])]:
            for variant in _variants(form):
                gaz.orgs.setdefault(variant, entry)
                gaz.org_by_name.setdefault(variant.casefold(), entry)


# ------------------------------------------------------------ small helpers

_FUNCTION_WORDS = frozenset(
    """a an the in at on to from for with and or but nor of by as into onto near across toward towards
    both while after before during like unlike including also then than if when where whether because
    since although though ally allies neighbouring neighboring visiting landlocked
    northern southern eastern western central north south east west northeast northwest southeast
    southwest greater mainland rival rivals president premier minister king queen prince
    leader leaders government officials official envoy ambassador embassy capital""".split()
)
_HONORIFICS = frozenset("mr mrs ms dr sen rep gov gen col congressman congresswoman senator coach".split())
_ALLOWED_AFTER = frozenset(
    """President Vice Prime Premier Minister Foreign Defence Defense Interior Finance Trade King Queen Crown Prince
    Princess Government Governor Army Navy Air Armed Parliament Ministry Embassy Ambassador River Valley Sea
    Street Avenue Region Province City County Police Mayor Senator Secretary Democrats Republicans National
    Central Supreme Court Official Officials Chamber Summit Talks Peace Forum Airport Stock Exchange Security
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)
_NAME_AFTER = re.compile(
    r"(?:\s+[A-Za-z-]+)?\s+"
    r"(?:(?i:agreements?|accords?|protocols?|treat(?:y|ies)|declarations?|conventions?|consensus|communiqu[eé]s?)"
    r"|Format|Process|Principles|Charter|Club|Post|Times|Daily|Herald|Tribune|Journal|Examiner|Gazette"
    r"|Chronicle|University|College|Institute|School)\b"
)
_NOT_NAME_AFTER = re.compile(r"\s+(?:in|and|on|at|with|to|for)\b")
_NAME_BEFORE = re.compile(r"\b(?:University|College|Institute|School)\s+of\s+(?:the\s+)?$")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|to|from|into|across|toward|towards|visit|visited|visiting|neighbouring|neighboring)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CAPS_LEAD = re.compile(r"^\s*([A-Z][A-Z.'’ -]{1,40}?)(?=\s*(?:,|--?|[–—(/:]))")
_PREV_TOKEN = re.compile(r"([A-Z][\w'’.-]*)\s+$")
_NEXT_TOKEN = re.compile(r"\s+([A-Z][\w'’-]*)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…][\"'”’)\]]*\s+)\W*$")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|St\.|Mt\.|Ft\.|Jr\.|Sr\.")


def _shouting(text: str, start: int, end: int) -> bool:
    """True when a short ALL-CAPS form sits in ALL-CAPS prose ("JOIN US FOR THE LIVE BLOG").

    Other acronyms the gazetteer knows ("NATO, ASEAN and the G-20") do not count.
    """
    window = text[max(0, start - 30) : start] + " " + text[end : end + 30]
    known = _gazetteer().places
    caps = [w for w in _CAPS_WORD.findall(window) if w not in known]
    return len(caps) >= 2


def _person_context(text: str, start: int, end: int) -> bool:
    """True when a person-like name reads as part of a person's name here."""
    before = text[max(0, start - 40) : start]
    prev = _PREV_TOKEN.search(before)
    if prev:
        word = prev.group(1).rstrip(".").casefold()
        at_start = start - 40 + prev.start() <= 0 or bool(_SENTENCE_OPEN.search(before[: prev.start()]))
        if word in _HONORIFICS:
            return True
        if not (word in _FUNCTION_WORDS or (at_start and re.search(r"(?:ing|ed)$", word))):
            if _gazetteer().by_name.get(word) is None:  # "Amman Jordan" is fine, "Jim Jordan" is not
                return True
    nxt = _NEXT_TOKEN.match(text, end)
    return bool(nxt and nxt.group(1) not in _ALLOWED_AFTER and not nxt.group(1).isupper())


def _is_name_part(text: str, start: int, end: int) -> bool:
    """True when the match is part of a name: "Paris Agreement", "University of Washington"."""
    if text.startswith("$", end):
        return True
    if _NAME_AFTER.match(text, end) and not _NOT_NAME_AFTER.match(text, end):
        return True
    return bool(_NAME_BEFORE.search(text[max(0, start - 40) : start]))


class _Paragraph:
    """A paragraph's text (white space squeezed), split into sentences only on demand."""

    __slots__ = ("raw", "text", "_bounds")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = " ".join(raw.split())
        self._bounds: list[tuple[int, str]] | None = None

    def sentence_at(self, offset: int) -> str:
        """The sentence holding character ``offset`` of ``text``."""
        if self._bounds is None:
            self._bounds, pos = [], 0
            for sentence in split_sentences(self.raw):
                start = self.text.find(sentence, pos)
                pos = start + len(sentence) if start >= 0 else pos
                self._bounds.append((start if start >= 0 else pos, sentence))
        chosen = self._bounds[0][1] if self._bounds else self.text
        for start, sentence in self._bounds:
            if start > offset:
                break
            chosen = sentence
        return chosen


# ------------------------------------------------------------------ places


@dataclass(slots=True)
class _Hit:
    """One gazetteer place match, before the article-level checks."""

    entry: _Entry
    para: _Paragraph | None
    text: str
    start: int
    end: int
    surname_like: bool = False
    locative: bool = False

    @property
    def sentence(self) -> str:
        return self.para.sentence_at(self.start) if self.para else self.text


def _place_hits(
    text: str, matches: list[_Match], para: _Paragraph | None = None, done: set[str] | None = None
) -> Iterator[_Hit]:
    """Gazetteer place matches in a text, blockers and name parts removed.

    ``done`` collects names whose first valid mention is settled (nothing
    article-level can undo it), so later mentions of them are skipped cheaply.
    """
    gaz = _gazetteer()
    for start, end, form in matches:
        entry = gaz.places.get(form)
        if entry is None or entry.kind == "block" or entry.is_org:
            continue
        if done is not None and entry.name in done:
            continue
        if len(form) <= 5 and form.replace(".", "").isupper() and _shouting(text, start, end):
            continue
        if _is_name_part(text, start, end):
            continue
        hit = _Hit(entry, para, text, start, end)
        if entry.person_like:
            hit.surname_like = _person_context(text, start, end)
            hit.locative = bool(_LOCATIVE_BEFORE.search(text[max(0, start - 30) : start]))
        elif done is not None:
            done.add(entry.name)
        yield hit


def _dateline_hit(para: _Paragraph) -> _Hit | None:
    """An ALL-CAPS dateline place opening a paragraph: "NEW DELHI, May 2 --"."""
    m = _CAPS_LEAD.match(para.text)
    if not m:
        return None
    words = m.group(1).strip()
    entry = _gazetteer().by_name.get(words.casefold())
    if entry is None or entry.kind == "block" or not words.replace(" ", "").replace(".", "").isupper():
        return None
    return _Hit(entry, para, para.text, m.start(1), m.start(1) + len(words), locative=True)


def find_places(paragraphs: Sequence[str], source: str) -> tuple[list[Place], list[Place]]:
    """Places and organisations the article names, each once, first mention first."""
    hits: list[_Hit] = []
    org_hits: list[tuple[str, _Paragraph, int]] = []
    done: set[str] = set()
    for raw in paragraphs:
        para = _Paragraph(raw)
        matches = _matches(para.text)
        lead = _dateline_hit(para)
        if lead:
            hits.append(lead)
        hits.extend(_place_hits(para.text, matches, para, done))
        org_hits.extend((name, para, start) for start, _, name in _org_spans(para.text, matches))
    return _places_from(hits, "\n".join(paragraphs), source), _orgs_from(org_hits, source)


def _places_from(hits: list[_Hit], text: str, source: str) -> list[Place]:
    """Deduplicated places, after the article-level surname and context checks."""
    surnames = {h.entry.name for h in hits if h.surname_like}
    places: dict[str, Place] = {}
    for hit in hits:
        entry = hit.entry
        if entry.name in places or hit.surname_like or (entry.name in surnames and not hit.locative):
            continue
        if entry.context and not any(word in text for word in entry.context):
            continue
        kind = entry.kind if entry.kind in ("city", "country", "region") else "other"
        places[entry.name] = Place(entry.name, kind, Evidence(source, hit.sentence))  # type: ignore[arg-type]
    return list(places.values())


def _orgs_from(org_hits: list[tuple[str, _Paragraph, int]], source: str) -> list[Place]:
    """Deduplicated organisations (case-insensitively), first mention first."""
    orgs: dict[str, Place] = {}
    for name, para, start in org_hits:
        key = name.casefold()
        if key not in orgs:
            orgs[key] = Place(name, "organisation", Evidence(source, para.sentence_at(start)))
    return list(orgs.values())


# ----------------------------------------------------------- organisations

_HEADS = frozenset(
    """Ministry Department Agency Commission Administration Council Organization Organisation Office Bureau
    Committee Authority Institute Association Federation Bank Fund Court Party Assembly Parliament Secretariat
    Forum Foundation Academy University Service Corporation Company Group Alliance Coalition Army Navy Force
    Forces Guard Embassy Consulate Mission Centre Center Directorate Board Cabinet Corps Ministries""".split()
)
_TITLES = frozenset(
    """Spokesperson Spokesman Spokeswoman Minister Secretary Director Chairman Chairwoman Chair President Vice
    Deputy Head Chief Member Members Ambassador Envoy Adviser Advisor Governor Commissioner Premier General
    Councilor Councillor Official Officials Spokespeople Representative Senator Leader Mr Mrs Ms Dr""".split()
)
_LEAD_STOP = frozenset(
    """The A An In At On For But And Meanwhile However During After Before While Also Then When Since This That
    These Those Its His Her Their Our Both Under Last Next Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December""".split()
)
_HEAD_RE = re.compile(r"(?:" + "|".join(sorted(_HEADS)) + r")\b")
_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "de", "the"})
_NAME_POSSESSIVES = frozenset({"People's", "People’s", "Workers'", "Women's", "Women’s", "Children's", "Veterans'"})
_SPAN = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|on|and|&|de)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*)*")
_TOKEN = re.compile(r"\S+")
_COP = re.compile(r"\bCOP\s?-?(\d{1,2})\b")
_COP_ORDINAL = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:session\s+of\s+the\s+)?Conference\s+of\s+(?:the\s+)?Parties\b"
)

_Token = tuple[str, int, int]  # word, start, end


_POSSESSIVE = re.compile(r"['’]s?$")


def _strip_possessive(word: str) -> str:
    """ "China's" -> "China"; trailing punctuation removed."""
    word = word.rstrip(".,;:")
    return _POSSESSIVE.sub("", word)


def _sentence_final(word: str) -> bool:
    """True for a token that ends a sentence ("Ministry.") rather than an abbreviation ("U.S.")."""
    return word.endswith(".") and not _ABBREVIATION.fullmatch(word)


def _country_of_form(form: str) -> str | None:
    """The country a written qualifier names: "China's", "Chinese", "U.S."."""
    forms = _gazetteer().country_forms
    return forms.get(form) or forms.get(_strip_possessive(form))


def _qualifier_before(text: str, start: int) -> tuple[int, str] | None:
    """A country qualifier right before ``start``: "Chinese ", "China's ", "the U.S. "."""
    offset = max(0, start - 60)
    window = text[offset:start]
    if not window.endswith(" "):
        return None
    words = list(_TOKEN.finditer(window))[-4:]
    for i in range(len(words)):
        country = _country_of_form(window[words[i].start() : words[-1].end()])
        if country:
            return offset + words[i].start(), country
    return None


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _qualifier_after(text: str, end: int) -> tuple[int, str] | None:
    """A country qualifier right after ``end``: " of Japan", " of the People's Republic of China"."""
    m = _OF_THE.match(text, end)
    if not m:
        return None
    gaz = _gazetteer()
    hit = gaz.all_re.match(text, m.end())
    if hit and hit.group(0) in gaz.country_forms:
        return hit.end(), gaz.country_forms[hit.group(0)]
    return None


def _known_orgs(text: str, matches: list[_Match]) -> list[tuple[int, int, str]]:
    """Known organisations: (start, end including qualifiers, canonical name).

    Outlet names come back with an empty name: they block the general pattern.
    """
    gaz = _gazetteer()
    found: list[tuple[int, int, str]] = []
    for start, end, form in matches:
        entry = gaz.orgs.get(form)
        if entry is None:
            continue
        if entry.kind == "block":
            found.append((start, end, ""))
            continue
        if len(form) <= 5 and form.replace(".", "").isupper() and _shouting(text, start, end):
            continue
        before, after = _qualifier_before(text, start), _qualifier_after(text, end)
        country = (before or after or (0, None))[1]
        name = entry.name
        if country and entry.fixed_country and country != entry.fixed_country:
            continue  # "Democratic Party of Japan": another body, left to the general pattern
        if entry.qualifiable:
            if country is None and entry.needs_qualifier:
                continue
            if country:
                name = f"{gaz.demonym.get(country, country)} {entry.name}"
        if entry.qualifiable or (country and country == entry.fixed_country):
            start = before[0] if before else start
            end = after[0] if after else end
        found.append((start, end, name))
    return found


def _generic_orgs(text: str) -> list[tuple[int, int, str]]:
    """Unknown organisations: capitalised runs around a head noun ("Meteorological Administration")."""
    found: list[tuple[int, int, str]] = []
    for span in _SPAN.finditer(text):
        if not _HEAD_RE.search(span.group(0)):
            continue
        for tokens in _span_parts(span):
            org = _generic_org(tokens)
            if org:
                found.append(org)
    return found


def _span_parts(span: re.Match[str]) -> Iterator[list[_Token]]:
    """A capitalised run cut into candidate names.

    Cuts where a sentence ends inside it ("Ministry. The ...") and at an "and"
    that joins two names ("State Department and the Commerce Department",
    "West Bank and Gaza Strip") rather than being part of one ("National
    Development and Reform Commission", "Ministry of Ecology and Environment").
    """
    tokens = [(t.group(0), span.start() + t.start(), span.start() + t.end()) for t in _TOKEN.finditer(span.group(0))]
    part: list[_Token] = []
    for i, token in enumerate(tokens):
        word = token[0]
        if word in ("and", "&") and part:
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if _strip_possessive(part[-1][0]) in _HEADS or nxt == "the" or _strip_possessive(nxt) in _HEADS:
                yield part
                part = []
                continue
        part.append(token)
        if _sentence_final(word):
            yield part
            part = []
    if part:
        yield part


def _generic_org(tokens: list[_Token]) -> tuple[int, int, str] | None:
    """The organisation name in one capitalised run, if it has a head noun."""
    heads = [i for i, (w, _, _) in enumerate(tokens) if _strip_possessive(w) in _HEADS]
    if not heads:
        return None
    first = _walk_back(tokens, heads[0])
    last = _complement_end(tokens, heads[-1])
    words = [w for w, _, _ in tokens[first : last + 1]]
    if len([w for w in words if w not in _CONNECTORS]) < 2:
        return None
    end = tokens[last][2]
    tail = _strip_possessive(words[-1])
    end -= len(words[-1]) - len(tail)
    words[-1] = tail
    if words[0].endswith(("'s", "’s")) and _country_of_form(words[0]):
        words[0] = _strip_possessive(words[0])  # "China's Meteorological Administration"
    return tokens[first][1], end, " ".join(words)


def _walk_back(tokens: list[_Token], head: int) -> int:
    """The first token of the organisation name around ``head``.

    Goes back over capitalised words and over an "and" inside a name
    ("National Development and Reform Commission"), never over "of"/"for"
    ("Director of the ...", "Wang Yi of the ...").
    """
    first = head
    while first > 0:
        word = tokens[first - 1][0]
        if word in ("and", "&") and first >= 2 and tokens[first - 2][0] not in _CONNECTORS:
            first -= 1
            continue
        if word in _CONNECTORS or word in _TITLES or word in _LEAD_STOP:
            break
        if word.endswith(("'s", "’s")) and word not in _NAME_POSSESSIVES and not _country_of_form(word):
            break  # "Biden's National Security Council": the possessor is not part of the name
        first -= 1
    while first < head and (tokens[first][0] in _LEAD_STOP or tokens[first][0] in _CONNECTORS):
        first += 1
    return first


def _complement_end(tokens: list[_Token], head: int) -> int:
    """The last token of "<Head> of X Y": stops at a title, a country, or after four words."""
    last, i = head, head + 1
    while i < len(tokens) and tokens[i][0] in _CONNECTORS:
        while i < len(tokens) and tokens[i][0] in _CONNECTORS:
            i += 1
        taken = 0
        while i < len(tokens) and tokens[i][0] not in _CONNECTORS and taken < 4:
            word = _strip_possessive(tokens[i][0])
            if word in _TITLES or word in _LEAD_STOP:
                return last
            last, taken, i = i, taken + 1, i + 1
            if _country_of_form(word):
                return last
    return last


def _org_spans(text: str, matches: list[_Match]) -> list[tuple[int, int, str]]:
    """Organisations named in a text: (start, end, canonical name), in order."""
    gaz = _gazetteer()
    known = _known_orgs(text, matches)
    spans = [k for k in known if k[2]]
    for start, end, name in _generic_orgs(text) if _HEAD_RE.search(text) else []:
        if any(s <= start and end <= e for s, e, _ in known):
            continue  # already a known organisation ("Chinese Foreign Ministry")
        if any(n == "" and s < end and start < e for s, e, n in known):
            continue  # overlaps an outlet name ("Xinhua News Agency")
        if name.casefold() in gaz.by_name:
            continue  # a place ("West Bank") or a site, not an organisation
        canonical = gaz.org_by_name.get(name.casefold())
        spans = [k for k in spans if not (start <= k[0] and k[1] <= end)]
        spans.append((start, end, canonical.name if canonical else name))
    if "COP" in text or "Parties" in text:
        spans += [(m.start(), m.end(), f"COP{int(m.group(1))}") for m in _COP.finditer(text)]
        spans += [(m.start(), m.end(), f"COP{int(m.group(1))}") for m in _COP_ORDINAL.finditer(text)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def organisations_in(sentence: str) -> list[str]:
    """Canonical names of the organisations one sentence names, each once, in order."""
    text = " ".join(sentence.split())
    return list(dict.fromkeys(name for _, _, name in _org_spans(text, _matches(text))))


# --------------------------------------------------------------- look-ups


def canonical_place(name: str) -> str | None:
    """The gazetteer's name for a place written as ``name`` (any case), or None."""
    entry = _gazetteer().by_name.get(name.strip().casefold())
    return entry.name if entry and entry.kind != "block" else None


def canonical_organisation(name: str) -> str | None:
    """The known organisation written as ``name`` (any case), or None."""
    entry = _gazetteer().org_by_name.get(name.strip().casefold())
    return entry.name if entry else None


def place_kind(name: str) -> str | None:
    """"city", "country", "region", "other" (a venue or district) for a canonical place; None if unknown."""
    entry = _gazetteer().by_name.get(name.casefold())
    return entry.kind if entry else None


def parent_of(name: str) -> str | None:
    """What a place lies in: a city's country or region, a venue's city; None if unknown or top level."""
    entry = _gazetteer().by_name.get(name.casefold())
    return entry.parent if entry else None


def capital_of(country: str) -> str | None:
    """The capital of a country given by name, alias or demonym ("Chinese" -> "Beijing")."""
    gaz = _gazetteer()
    key = country.strip()
    name = _country_of_form(key)
    if name is None:
        entry = gaz.by_name.get(key.casefold())
        name = entry.name if entry and entry.kind == "country" else None
    return gaz.capitals.get(name) if name else None


def country_of(place: str) -> str | None:
    """The country a place lies in (for contested places, its parent region, or None).

    A country is its own country; a landmark gives its city's country.
    """
    entry = _gazetteer().by_name.get(place.strip().casefold())
    if entry is None or entry.kind == "block":
        return None
    if entry.kind == "country":
        return entry.name
    if entry.kind == "other":
        return country_of(entry.parent) if entry.parent else None
    return entry.parent


# ----------------------------------------------------------------- place_of

_REMOTE = re.compile(
    r"\b(?:via|by|over|through|in)\s+(?:an?\s+|the\s+)?(?:video|phone|telephone|videoconference|video\s+conference)"
    r"|\bvideo[\s-]?(?:link|call|conference|chat)|\bvideoconferenc|\bvirtual(?:ly)?\s+(?:meeting|summit|talks|call)?"
    r"|\b(?:phone|telephone)\s+(?:call|conversation|talks)|\bspoke\s+(?:by|on\s+the)\s+(?:phone|telephone)"
    r"|\bonline\s+(?:meeting|summit|talks)",
    re.IGNORECASE,
)
_CAPITAL_PHRASE = re.compile(
    r"\b(?:in|at)\s+the\s+(?P<q>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+capital(?:\s+city)?\b"
    r"|\b(?:in|at)\s+the\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.'’ -]*)"
)
_CUE = re.compile(r"\b(?:in|at)\s+")
_MEETING_WORDS = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|held|hosted|hosts|summit|sidelines|conference|negotiations|dialogue|visit)\b",
    re.IGNORECASE,
)


def _cue_ok(before: str) -> bool:
    """True when the text before a place ends in a locative cue.

    "in ", "at the ", "in the northeastern Chinese port city of " qualify;
    the words between the cue and the place must be lowercase, a demonym or
    a country ("Indonesian", "U.S.").
    """
    window = before[-90:]
    cues = list(_CUE.finditer(window))
    if not cues:
        return False
    between = window[cues[-1].end() :].split()
    if len(between) > 7:
        return False
    gaz = _gazetteer()
    return all(not w[0].isupper() or _country_of_form(w) or w in gaz.places for w in between)


def place_of(sentence: str, *, allow_country: bool = False) -> str | None:
    """The city (else region or site) a meeting sentence says it took place in.

    "in Beijing", "in the Chinese capital", "at the Great Hall of the People",
    "on the sidelines of the G20 summit in Bali" all give a place; a meeting
    "via video link" or "by phone" gives None, as does a sentence without a
    locative phrase. A bare country ("during his visit to China") gives None
    unless ``allow_country``; a city-state ("in Singapore") counts as a city.
    Among several places, one just after a meeting word ("met ... in X") wins.
    """
    text = " ".join(sentence.split())
    if _REMOTE.search(text):
        return None
    gaz = _gazetteer()
    candidates: list[tuple[int, int, str]] = []  # (rank, position, name)
    for m in _CAPITAL_PHRASE.finditer(text):
        city = _capital_phrase_city(m)
        if city:
            candidates.append((0, m.start(), city))
    matches = _matches(text)
    for hit in _place_hits(text, matches):
        if hit.surname_like or (hit.entry.context and not any(w in text for w in hit.entry.context)):
            continue
        name = _meeting_place_name(hit.entry, allow_country)
        if name and _cue_ok(text[: hit.start]):
            rank = {"city": 0, "other": 0, "region": 1}.get(hit.entry.kind, 2)
            candidates.append((rank, hit.start, name))
    for start, _, form in matches:  # "at the White House", "at the Kremlin"
        entry = gaz.by_name.get(form.casefold())
        if entry and entry.kind == "other" and entry.is_org and _cue_ok(text[:start]):
            candidates.append((0, start, entry.parent or entry.name))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], not _MEETING_WORDS.search(text[max(0, c[1] - 60) : c[1]]), c[1]))[2]


def _capital_phrase_city(m: re.Match[str]) -> str | None:
    """The city "the Chinese capital" / "the capital of Kazakhstan" names."""
    if m.group("q"):
        return capital_of(m.group("q"))
    hit = _gazetteer().all_re.match(m.group("of") or "")
    return capital_of(hit.group(0)) if hit else None


def _meeting_place_name(entry: _Entry, allow_country: bool) -> str | None:
    """The name ``place_of`` reports for a matched entry."""
    if entry.kind == "country":
        if _gazetteer().capitals.get(entry.name) == entry.name or allow_country:
            return entry.name
        return None
    if entry.kind == "other":
        return entry.parent or entry.name
    return entry.name
