"""The actor knowledge base: offices, the people who held them, and when.

The shipped ``data/actors.yaml`` is merged with the user's own files (same
format, documented in the shipped file's header). Everything here is exact:
names match only after normalising case, spacing, punctuation and diacritics,
never by similarity, because "Li Keqiang" and "Li Qiang" are two premiers.
Similar names are offered by ``near_misses`` for warnings only.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

SHIPPED = Path(__file__).parent / "data" / "actors.yaml"

# Countries whose names are written surname first in English-language news.
SURNAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "VN"})

# ------------------------------------------------------------------ countries

# ISO code | names (";") | adjectives and other country words (";").
# Used to read the country a title names ("Kazakh President" is no US office)
# and, by the people extractor, to tell places from names.
_COUNTRY_TABLE = """
AF|Afghanistan|Afghan
AL|Albania|Albanian
DZ|Algeria|Algerian
AD|Andorra|Andorran
AO|Angola|Angolan
AG|Antigua and Barbuda|Antiguan
AR|Argentina|Argentine;Argentinian;Argentinean
AM|Armenia|Armenian
AU|Australia|Australian
AT|Austria|Austrian
AZ|Azerbaijan|Azerbaijani;Azeri
BS|Bahamas|Bahamian
BH|Bahrain|Bahraini
BD|Bangladesh|Bangladeshi
BB|Barbados|Barbadian
BY|Belarus|Belarusian;Belarussian
BE|Belgium|Belgian
BZ|Belize|Belizean
BJ|Benin|Beninese
BT|Bhutan|Bhutanese
BO|Bolivia|Bolivian
BA|Bosnia and Herzegovina;Bosnia|Bosnian
BW|Botswana|Botswanan
BR|Brazil|Brazilian
BN|Brunei|Bruneian
BG|Bulgaria|Bulgarian
BF|Burkina Faso|Burkinabe
BI|Burundi|Burundian
CV|Cape Verde;Cabo Verde|Cape Verdean
KH|Cambodia|Cambodian
CM|Cameroon|Cameroonian
CA|Canada|Canadian
CF|Central African Republic|
TD|Chad|Chadian
CL|Chile|Chilean
CN|China;People's Republic of China;PRC;Mainland China;Beijing|Chinese;Sino
CO|Colombia|Colombian
KM|Comoros|Comorian
CG|Republic of the Congo;Congo-Brazzaville|Congolese
CD|Democratic Republic of the Congo;DRC;DR Congo|
CR|Costa Rica|Costa Rican
CI|Ivory Coast;Cote d'Ivoire|Ivorian
HR|Croatia|Croatian
CU|Cuba|Cuban
CY|Cyprus|Cypriot
CZ|Czech Republic;Czechia|Czech
DK|Denmark|Danish
DJ|Djibouti|Djiboutian
DO|Dominican Republic|Dominican
EC|Ecuador|Ecuadorian;Ecuadorean
EG|Egypt|Egyptian
SV|El Salvador|Salvadoran
GQ|Equatorial Guinea|Equatoguinean
ER|Eritrea|Eritrean
EE|Estonia|Estonian
SZ|Eswatini;Swaziland|Swazi
ET|Ethiopia|Ethiopian
FJ|Fiji|Fijian
FI|Finland|Finnish
FR|France|French
GA|Gabon|Gabonese
GM|Gambia|Gambian
GE|Georgia|Georgian
DE|Germany|German
GH|Ghana|Ghanaian
GR|Greece|Greek
GT|Guatemala|Guatemalan
GN|Guinea|Guinean
GY|Guyana|Guyanese
HT|Haiti|Haitian
HN|Honduras|Honduran
HU|Hungary|Hungarian
IS|Iceland|Icelandic
IN|India|Indian
ID|Indonesia|Indonesian
IR|Iran|Iranian
IQ|Iraq|Iraqi
IE|Ireland|Irish
IL|Israel|Israeli
IT|Italy|Italian
JM|Jamaica|Jamaican
JP|Japan|Japanese
JO|Jordan|Jordanian
KZ|Kazakhstan|Kazakh;Kazakhstani
KE|Kenya|Kenyan
KP|North Korea;DPRK;Democratic People's Republic of Korea|North Korean
KR|South Korea;Republic of Korea;ROK;Korea|South Korean;Korean
KW|Kuwait|Kuwaiti
KG|Kyrgyzstan|Kyrgyz;Kyrgyzstani
LA|Laos|Lao;Laotian
LV|Latvia|Latvian
LB|Lebanon|Lebanese
LS|Lesotho|Basotho
LR|Liberia|Liberian
LY|Libya|Libyan
LT|Lithuania|Lithuanian
LU|Luxembourg|Luxembourgish
MG|Madagascar|Malagasy
MW|Malawi|Malawian
MY|Malaysia|Malaysian
MV|Maldives|Maldivian
ML|Mali|Malian
MT|Malta|Maltese
MR|Mauritania|Mauritanian
MU|Mauritius|Mauritian
MX|Mexico|Mexican
FM|Micronesia|Micronesian
MD|Moldova|Moldovan
MC|Monaco|Monegasque
MN|Mongolia|Mongolian
ME|Montenegro|Montenegrin
MA|Morocco|Moroccan
MZ|Mozambique|Mozambican
MM|Myanmar;Burma|Burmese
NA|Namibia|Namibian
NP|Nepal|Nepali;Nepalese
NL|Netherlands;Holland|Dutch
NZ|New Zealand|
NI|Nicaragua|Nicaraguan
NE|Niger|Nigerien
NG|Nigeria|Nigerian
MK|North Macedonia;Macedonia|Macedonian
NO|Norway|Norwegian
OM|Oman|Omani
PK|Pakistan|Pakistani
PW|Palau|Palauan
PS|Palestine|Palestinian
PA|Panama|Panamanian
PG|Papua New Guinea|
PY|Paraguay|Paraguayan
PE|Peru|Peruvian
PH|Philippines|Philippine;Filipino
PL|Poland|Polish
PT|Portugal|Portuguese
QA|Qatar|Qatari
RO|Romania|Romanian
RU|Russia;Russian Federation;Moscow;Kremlin|Russian
RW|Rwanda|Rwandan
WS|Samoa|Samoan
SA|Saudi Arabia|Saudi
SN|Senegal|Senegalese
RS|Serbia|Serbian
SC|Seychelles|Seychellois
SL|Sierra Leone|
SG|Singapore|Singaporean
SK|Slovakia|Slovak;Slovakian
SI|Slovenia|Slovenian;Slovene
SB|Solomon Islands|
SO|Somalia|Somali
ZA|South Africa|South African
SS|South Sudan|South Sudanese
ES|Spain|Spanish
LK|Sri Lanka|Sri Lankan
SD|Sudan|Sudanese
SR|Suriname|Surinamese
SE|Sweden|Swedish
CH|Switzerland|Swiss
SY|Syria|Syrian
TW|Taiwan|Taiwanese
TJ|Tajikistan|Tajik;Tajikistani
TZ|Tanzania|Tanzanian
TH|Thailand|Thai
TL|Timor-Leste;East Timor|Timorese
TG|Togo|Togolese
TO|Tonga|Tongan
TT|Trinidad and Tobago|Trinidadian
TN|Tunisia|Tunisian
TR|Turkey;Turkiye;Türkiye|Turkish
TM|Turkmenistan|Turkmen
TV|Tuvalu|Tuvaluan
UG|Uganda|Ugandan
UA|Ukraine|Ukrainian
AE|United Arab Emirates;UAE|Emirati
GB|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales|British;English;Scottish;Welsh
US|United States;United States of America;USA;U.S.A.;U.S.;US;America;Washington|American
UY|Uruguay|Uruguayan
UZ|Uzbekistan|Uzbek;Uzbekistani
VU|Vanuatu|
VA|Vatican;Holy See|
VE|Venezuela|Venezuelan
VN|Vietnam;Viet Nam|Vietnamese
YE|Yemen|Yemeni
ZM|Zambia|Zambian
ZW|Zimbabwe|Zimbabwean
HK|Hong Kong|
MO|Macao;Macau|Macanese
XK|Kosovo|Kosovar
EU|European Union;EU|
"""


def _parse_countries() -> tuple[dict[str, str], dict[str, str]]:
    """Country names, and all country words (names and adjectives), to ISO codes."""
    names: dict[str, str] = {}
    words: dict[str, str] = {}
    for line in _COUNTRY_TABLE.strip().splitlines():
        code, name_part, adj_part = line.split("|")
        for name in filter(None, name_part.split(";")):
            names.setdefault(name, code)
            words.setdefault(name, code)
        for adj in filter(None, adj_part.split(";")):
            words.setdefault(adj, code)
    return names, words


COUNTRY_NAMES, COUNTRY_WORDS = _parse_countries()  # "China" -> "CN"; words add "Chinese", "Sino"


def country_of(word: str) -> str | None:
    """ISO code of a country name or adjective ("Chinese", "U.S.", "China's")."""
    key = " ".join(_title_tokens(word, countries=False))
    return _COUNTRY_KEYS.get(key)


# -------------------------------------------------------------- normalising


def strip_diacritics(text: str) -> str:
    """"Fernández" -> "Fernandez": articles drop accents inconsistently."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "mister", "dr", "prof", "sir", "dame", "madam", "mme"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


# Compiled once: called thousands of times per build, and re's own cache of 512 patterns is
# churned by the extractors' patterns.
_NAME_TOKEN = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"'s\b")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_TITLE_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The exact-match key of a name: case, punctuation, diacritics and honorifics ignored."""
    text = strip_diacritics(name).lower().replace("’", "'").replace("'", "")
    joined: list[str] = []
    after_initial = False
    for tok in _NAME_TOKEN.findall(text):
        initial = len(tok) == 1 and tok.isalpha()
        if initial and after_initial:
            joined[-1] += tok  # "j d vance" -> "jd vance", like "JD Vance"
        else:
            joined.append(tok)
        after_initial = initial
    while len(joined) > 1 and joined[0] in _HONORIFICS:
        joined.pop(0)
    return " ".join(joined)


def _loose_key(key: str) -> str:
    """A key without middle initials and suffixes ("antony j blinken" -> "antony blinken")."""
    tokens = key.split()
    while len(tokens) > 2 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    if len(tokens) > 2:
        tokens = [tokens[0], *[t for t in tokens[1:-1] if len(t) > 2], tokens[-1]]
    return " ".join(tokens)


# ------------------------------------------------------------- title tokens

_SPELLING = {
    "councillor": "councilor", "councillors": "councilors", "adviser": "advisor",
    "advisers": "advisors", "defence": "defense", "counsellor": "counselor",
    "programme": "program", "organisation": "organization", "labour": "labor",
    "centre": "center", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "chairwoman": "chairman", "chairperson": "chairman", "ccp": "cpc", "peoples": "people",
}
_DISQUALIFY_BEFORE = frozenset({
    "former", "then", "ex", "vice", "deputy", "assistant", "under", "late", "incoming",
    "future", "prospective", "nominated", "designated",
})
_DISQUALIFY_AFTER = frozenset({"elect", "designate", "nominee", "emeritus", "candidate"})


def _title_tokens(text: str, countries: bool = True) -> list[str]:
    """Lowercase word tokens of a title, spelling and country words unified."""
    text = strip_diacritics(text).lower().replace("’", "'").replace("‘", "'")
    text = _POSSESSIVE.sub("", text).replace("'", "")
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # u.s. -> us
    tokens = [_SPELLING.get(t, t) for t in _TITLE_TOKEN.findall(text)]
    tokens = [t for t in tokens if t != "the"]
    tokens = _replace_phrases(tokens, _PHRASES)
    if countries:
        tokens = _replace_phrases(tokens, _COUNTRY_PHRASES)
    return tokens


_PhraseIndex = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]


def _phrase_index(phrases: Iterable[tuple[tuple[str, ...], tuple[str, ...]]]) -> _PhraseIndex:
    """Phrases by first token, longest first, so replacement is one dict look-up per token."""
    index: _PhraseIndex = {}
    for pattern, repl in phrases:
        index.setdefault(pattern[0], []).append((pattern, repl))
    for entries in index.values():
        entries.sort(key=lambda e: (-len(e[0]), e[0]))
    return index


def _replace_phrases(tokens: list[str], phrases: _PhraseIndex) -> list[str]:
    """Replace known phrases, longest first, left to right."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for pattern, repl in phrases.get(tokens[i], ()):
            if tuple(tokens[i : i + len(pattern)]) == pattern:
                out.extend(repl)
                i += len(pattern)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


_PHRASES = _phrase_index([
    (("communist", "party", "of", "china"), ("cpc",)),
    (("chinese", "communist", "party"), ("cpc",)),
    (("communist", "party"), ("cpc",)),
])


def _country_phrases() -> tuple[_PhraseIndex, dict[str, str]]:
    """Country words as title tokens ("united states" -> "@us"), and their keys."""
    table: dict[tuple[str, ...], str] = {}
    for word, code in COUNTRY_WORDS.items():
        toks = tuple(_title_tokens(word, countries=False))
        if toks:
            table.setdefault(toks, code)
    keys = {" ".join(k): v for k, v in table.items()}
    return _phrase_index((k, ("@" + v.lower(),)) for k, v in table.items()), keys


_COUNTRY_PHRASES, _COUNTRY_KEYS = _country_phrases()


# --------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class Office:
    """An office a person can hold, with the phrases articles use for it."""

    id: str
    title: str
    country: str | None
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Term:
    """One stretch in an office; ``end`` is exclusive (the successor's first day)."""

    office: str
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        """Whether the office was held on the day (start inclusive, end exclusive)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person the knowledge base knows, under their canonical name."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    terms: tuple[Term, ...]

    @property
    def surname(self) -> str:
        """The surname as written, by the naming order of the person's country."""
        return surname_of(self.name, self.country)


def surname_of(name: str, country: str | None) -> str:
    """The surname as written: first word for Chinese-style names, else the last (suffixes skipped)."""
    words = name.split()
    if not words:
        return ""
    if country in SURNAME_FIRST:
        return words[0]
    while len(words) > 1 and name_key(words[-1]) in _SUFFIXES:
        words.pop()
    return words[-1]


class KnowledgeError(Exception):
    """A knowledge file is invalid; names the file and, when known, the line."""

    def __init__(self, message: str, source: str, line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")


# ------------------------------------------------------------------ reading


class _Lines:
    """Line numbers of a parsed YAML document, by path of keys and indexes."""

    def __init__(self, source: str, lines: dict[tuple[Any, ...], int] | None = None) -> None:
        self.source = source
        self.lines = lines or {}

    def at(self, *path: Any) -> int | None:
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None

    def error(self, message: str, *path: Any) -> KnowledgeError:
        return KnowledgeError(message, self.source, self.at(*path))


def _node_to_python(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int],
                    constructor: yaml.constructor.SafeConstructor, source: str) -> Any:
    """Plain data from a YAML node, recording each path's line so errors can name it."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise KnowledgeError("mapping keys must be plain values", source, key_node.start_mark.line + 1)
            if key in out:
                raise KnowledgeError(f"duplicate key {key!r}", source, key_node.start_mark.line + 1)
            out[key] = _node_to_python(value_node, (*path, key), lines, constructor, source)
            lines[(*path, key)] = key_node.start_mark.line + 1  # errors point at the key's line
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_node_to_python(v, (*path, i), lines, constructor, source) for i, v in enumerate(node.value)]
    try:
        return constructor.construct_object(node, deep=True)
    except ValueError as err:  # e.g. a date like 2023-13-01
        raise KnowledgeError(f"invalid value {node.value!r}: {err}", source, node.start_mark.line + 1) from err


def _read_yaml(path: Path) -> tuple[Any, _Lines]:
    """A YAML file's data and line numbers; any failure is a KnowledgeError naming the file."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise KnowledgeError(f"cannot read: {err.strerror or err}", source) from err
    except UnicodeDecodeError as err:
        raise KnowledgeError("not UTF-8 text", source) from err
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise KnowledgeError(f"invalid YAML: {err.problem or err}", source, mark.line + 1 if mark else None) from err
    except yaml.YAMLError as err:
        raise KnowledgeError(f"invalid YAML: {err}", source) from err
    lines: dict[tuple[Any, ...], int] = {}
    if root is None:
        return {}, _Lines(source, lines)
    constructor = yaml.constructor.SafeConstructor()
    try:
        data = _node_to_python(root, (), lines, constructor, source)
    except yaml.constructor.ConstructorError as err:
        mark = err.problem_mark
        raise KnowledgeError(f"invalid value: {err.problem}", source, mark.line + 1 if mark else None) from err
    return data, _Lines(source, lines)


# --------------------------------------------------------------- validating

_OFFICE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(slots=True)
class _RawTerm:
    office: str
    start: date | None
    end: date | None
    source: str
    line: int | None


@dataclass(slots=True)
class _RawPerson:
    name: str
    aliases: list[str]
    country: str | None
    terms: list[_RawTerm]
    source: str
    line: int | None
    has_country: bool = True


@dataclass(slots=True)
class _RawOffice:
    id: str
    title: str | None
    country: str | None
    forms: list[str]
    has_country: bool
    source: str
    line: int | None


def _as_date(value: Any, where: _Lines, *path: Any) -> date | None:
    """A YAML date or an ISO string (from_data gets JSON-like input)."""
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise where.error(f"{path[-1]} must be an ISO date (YYYY-MM-DD) or null, not {value!r}", *path)


def _as_country(value: Any, where: _Lines, *path: Any) -> str | None:
    """An ISO alpha-2 code, checked so a typo like "USA" is caught."""
    if value is None:
        return None
    if isinstance(value, str) and _COUNTRY_CODE.match(value.strip()):
        return value.strip()
    raise where.error(f"country must be a two-letter ISO code like US or CN, or null, not {value!r}", *path)


def _as_strings(value: Any, what: str, where: _Lines, *path: Any) -> list[str]:
    """A list of non-empty strings, spacing collapsed."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise where.error(f"{what} must be a list of non-empty strings", *path)
    return [" ".join(v.split()) for v in value]


def _check_keys(item: dict[str, Any], allowed: set[str], what: str, where: _Lines, *path: Any) -> None:
    """Unknown keys are errors: a misspelt "aliases" would otherwise be silently ignored."""
    unknown = sorted(str(k) for k in item if k not in allowed)
    if unknown:
        raise where.error(f"unknown key {unknown[0]!r} in {what} (allowed: {', '.join(sorted(allowed))})",
                          *path, unknown[0])


def _parse_document(data: Any, where: _Lines) -> tuple[list[_RawOffice], list[_RawPerson]]:
    """Validate one file's structure (not cross-references) into raw records."""
    if data is None:
        return [], []
    if not isinstance(data, dict):
        raise where.error("the top level must be a mapping with keys 'offices' and 'people'")
    _check_keys(data, {"offices", "people"}, "the top level", where)
    offices = _parse_offices(data.get("offices"), where)
    people = _parse_people(data.get("people"), where)
    return offices, people


def _parse_offices(value: Any, where: _Lines) -> list[_RawOffice]:
    if value is None:
        return []
    if not isinstance(value, dict):
        raise where.error("'offices' must be a mapping of office id to {title, country, forms}", "offices")
    out: list[_RawOffice] = []
    for oid, item in value.items():
        path = ("offices", oid)
        if not isinstance(oid, str) or not _OFFICE_ID.match(oid):
            raise where.error(f"office id {oid!r} must be lowercase letters, digits and '-'", *path)
        if not isinstance(item, dict):
            raise where.error(f"office {oid!r} must be a mapping with title, country, forms", *path)
        _check_keys(item, {"title", "country", "forms"}, f"office {oid!r}", where, *path)
        title = item.get("title")
        if title is not None and (not isinstance(title, str) or not title.strip()):
            raise where.error(f"office {oid!r}: title must be a non-empty string", *path, "title")
        forms = [f.lower() for f in _as_strings(item.get("forms"), f"office {oid!r}: forms", where, *path, "forms")]
        out.append(_RawOffice(
            id=oid, title=title.strip() if isinstance(title, str) else None,
            country=_as_country(item.get("country"), where, *path, "country"),
            forms=forms, has_country="country" in item, source=where.source, line=where.at(*path)))
    return out


def _parse_people(value: Any, where: _Lines) -> list[_RawPerson]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise where.error("'people' must be a list of {name, aliases, country, terms}", "people")
    out: list[_RawPerson] = []
    seen: dict[str, int | None] = {}
    for i, item in enumerate(value):
        path = ("people", i)
        if not isinstance(item, dict):
            raise where.error("each person must be a mapping with name, aliases, country, terms", *path)
        _check_keys(item, {"name", "aliases", "country", "terms"}, "a person", where, *path)
        name = item.get("name")
        if not isinstance(name, str) or not name_key(name):
            raise where.error("a person needs a 'name' (a non-empty string)", *path, "name")
        name = " ".join(name.split())
        if name_key(name) in seen:
            raise where.error(f"{name!r} is listed twice (first at line {seen[name_key(name)]})", *path, "name")
        seen[name_key(name)] = where.at(*path)
        terms_value = item.get("terms")
        if terms_value is not None and not isinstance(terms_value, list):
            raise where.error(f"{name}: terms must be a list of {{office, start, end}}", *path, "terms")
        terms = [_parse_term(t, name, where, *path, "terms", j) for j, t in enumerate(terms_value or [])]
        out.append(_RawPerson(
            name=name, aliases=_as_strings(item.get("aliases"), f"{name}: aliases", where, *path, "aliases"),
            country=_as_country(item.get("country"), where, *path, "country"), terms=terms,
            source=where.source, line=where.at(*path), has_country="country" in item))
    return out


def _parse_term(item: Any, name: str, where: _Lines, *path: Any) -> _RawTerm:
    if not isinstance(item, dict):
        raise where.error(f"{name}: each term must be a mapping {{office, start, end}}", *path)
    _check_keys(item, {"office", "start", "end"}, f"a term of {name}", where, *path)
    office = item.get("office")
    if not isinstance(office, str) or not office.strip():
        raise where.error(f"{name}: a term needs an 'office' id", *path, "office")
    start = _as_date(item.get("start"), where, *path, "start")
    end = _as_date(item.get("end"), where, *path, "end")
    if start and end and end < start:
        raise where.error(f"{name}: term in {office} ends ({end}) before it starts ({start})", *path, "end")
    return _RawTerm(office.strip(), start, end, where.source, where.at(*path, "office"))


# ------------------------------------------------------------------ merging


class _Merged:
    """Offices and people merged file by file, remembering where each came from."""

    def __init__(self) -> None:
        self.offices: dict[str, _RawOffice] = {}
        self.people: list[_RawPerson] = []
        self._keys: dict[str, _RawPerson] = {}  # name and alias keys -> person

    def add(self, offices: list[_RawOffice], people: list[_RawPerson]) -> None:
        for office in offices:
            old = self.offices.get(office.id)
            if old is None:
                if office.title is None:
                    raise KnowledgeError(f"new office {office.id!r} needs a title", office.source, office.line)
                self.offices[office.id] = office
                continue
            old.title = office.title or old.title
            if office.has_country:
                old.country = office.country
            old.forms.extend(f for f in office.forms if f not in old.forms)
        for person in people:
            target = self._keys.get(name_key(person.name))
            if target is None:
                self.people.append(person)
                for full in (person.name, *person.aliases):
                    self._keys.setdefault(name_key(full), person)
                continue
            for alias in [person.name, *person.aliases]:
                if name_key(alias) != name_key(target.name) and alias not in target.aliases:
                    target.aliases.append(alias)
                    self._keys.setdefault(name_key(alias), target)
            if person.has_country:
                target.country = person.country
            replaced = {t.office for t in person.terms}
            target.terms = [t for t in target.terms if t.office not in replaced] + person.terms

    def as_data(self) -> dict[str, Any]:
        """Plain data of the merged knowledge: what the digest is computed over."""
        return {
            "offices": {
                oid: {"title": o.title, "country": o.country, "forms": list(o.forms)}
                for oid, o in sorted(self.offices.items())
            },
            "people": [
                {"name": p.name, "aliases": list(p.aliases), "country": p.country,
                 "terms": [{"office": t.office, "start": _iso(t.start), "end": _iso(t.end)} for t in p.terms]}
                for p in self.people
            ],
        }


def _iso(day: date | None) -> str | None:
    """Dates as text for the digest."""
    return day.isoformat() if day else None


# ---------------------------------------------------------------- knowledge


@lru_cache(maxsize=1)
def _shipped_document() -> tuple[tuple[_RawOffice, ...], tuple[_RawPerson, ...]]:
    """The shipped file, parsed and validated once per process."""
    data, where = _read_yaml(SHIPPED)
    offices, people = _parse_document(data, where)
    return tuple(offices), tuple(people)


def _copy_people(people: Iterable[_RawPerson]) -> list[_RawPerson]:
    """Fresh records, so merging user files never alters the cached shipped data."""
    return [_RawPerson(p.name, list(p.aliases), p.country, list(p.terms), p.source, p.line, p.has_country)
            for p in people]


def _copy_offices(offices: Iterable[_RawOffice]) -> list[_RawOffice]:
    """Fresh records, so merging user files never alters the cached shipped data."""
    return [_RawOffice(o.id, o.title, o.country, list(o.forms), o.has_country, o.source, o.line) for o in offices]


class Knowledge:
    """What the archive knows about offices and people; exact lookups only."""

    digest: str

    def __init__(self, merged: _Merged) -> None:
        self._check_references(merged)
        self._offices: dict[str, Office] = {
            oid: Office(oid, o.title or oid, o.country, tuple(o.forms)) for oid, o in merged.offices.items()
        }
        self._people: list[KnownPerson] = [
            KnownPerson(p.name, tuple(p.aliases), p.country,
                        tuple(Term(t.office, t.start, t.end) for t in p.terms))
            for p in merged.people
        ]
        self._by_name: dict[str, KnownPerson] = {}
        self._by_key: dict[str, KnownPerson] = {}
        self._build_name_index(merged)
        self._terms_by_office: dict[str, list[tuple[Term, str]]] = {}  # office -> (term, holder)
        for person in self._people:
            for term in person.terms:
                self._terms_by_office.setdefault(term.office, []).append((term, person.name))
        self._by_surname: dict[str, list[KnownPerson]] = {}
        for person in self._people:
            for full in (person.name, *person.aliases):
                key = name_key(surname_of(full, person.country))
                bucket = self._by_surname.setdefault(key, [])
                if person not in bucket:
                    bucket.append(person)
        for bucket in self._by_surname.values():
            bucket.sort(key=lambda p: p.name)
        self._forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for office in self._offices.values():
            for form in office.forms:
                toks = tuple(_title_tokens(form))
                if toks:
                    self._forms.setdefault(toks[0], []).append((toks, office.id))
        for entries in self._forms.values():
            entries.sort(key=lambda e: (-len(e[0]), e[1]))
        self._title_memo: dict[str, tuple[Office, ...]] = {}  # titles repeat across thousands of articles
        self._near_memo: dict[str, tuple[str, ...]] = {}
        payload = json.dumps(merged.as_data(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        self.digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()

    # ---------------------------------------------------------- construction

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Knowledge:
        """The shipped knowledge, with each user file merged on top in order."""
        extra_paths = tuple(Path(p) for p in (extra or ()))
        if not extra_paths:
            return _shipped_knowledge()
        merged = _Merged()
        offices, people = _shipped_document()
        merged.add(_copy_offices(offices), _copy_people(people))
        for path in extra_paths:
            data, where = _read_yaml(path)
            merged.add(*_parse_document(data, where))
        return cls(merged)

    @classmethod
    def from_data(cls, data: dict[str, Any], origin: str = "<data>") -> Knowledge:
        """Knowledge from already-parsed data alone (tests, other loaders)."""
        merged = _Merged()
        merged.add(*_parse_document(data, _Lines(origin)))
        return cls(merged)

    def _build_name_index(self, merged: _Merged) -> None:
        """Exact keys (a clash is an error), then loose and spaceless keys kept only when unique."""
        loose: dict[str, set[str]] = {}
        spaceless: dict[str, set[str]] = {}
        for raw, person in zip(merged.people, self._people):
            for full in (person.name, *person.aliases):
                key = name_key(full)
                other = self._by_key.get(key)
                if other is not None and other.name != person.name:
                    raise KnowledgeError(
                        f"{full!r} names both {other.name} and {person.name}: a name or alias "
                        "must belong to one person", raw.source, raw.line)
                self._by_key[key] = person
                loose.setdefault(_loose_key(key), set()).add(person.name)
                spaceless.setdefault(key.replace(" ", ""), set()).add(person.name)
            self._by_name[person.name] = person
        by_name = {p.name: p for p in self._people}
        self._loose = {k: by_name[next(iter(v))] for k, v in loose.items() if len(v) == 1}
        self._spaceless = {k: by_name[next(iter(v))] for k, v in spaceless.items() if len(v) == 1}

    def _check_references(self, merged: _Merged) -> None:
        """Every term names an office that exists after all files are merged."""
        for person in merged.people:
            for term in person.terms:
                if term.office not in merged.offices:
                    raise KnowledgeError(f"{person.name}: unknown office {term.office!r}", term.source, term.line)

    # --------------------------------------------------------------- lookups

    @property
    def offices(self) -> list[Office]:
        """Every office, sorted by id."""
        return [self._offices[k] for k in sorted(self._offices)]

    @property
    def people(self) -> list[KnownPerson]:
        """Every known person, in file order."""
        return list(self._people)

    def office(self, office_id: str) -> Office | None:
        """The office with this id, if any."""
        return self._offices.get(office_id)

    def canonical(self, name: str) -> str | None:
        """The canonical name for a full name or alias; exact after normalising, never fuzzy."""
        person = self.person(name)
        return person.name if person else None

    def person(self, name: str) -> KnownPerson | None:
        """The known person a full name or alias denotes, if any."""
        if not name:
            return None
        found = self._by_name.get(name)
        if found is not None:
            return found
        key = name_key(name)
        if not key:
            return None
        return (self._by_key.get(key) or self._loose.get(_loose_key(key))
                or self._spaceless.get(key.replace(" ", "")))

    def by_surname(self, surname: str) -> list[KnownPerson]:
        """Known people with this surname (first word of Chinese-style names), sorted by name."""
        return list(self._by_surname.get(name_key(surname), []))

    def offices_for_title(self, title: str) -> list[Office]:
        """Offices a title as written names ("State Councilor and Foreign Minister" -> two).

        A form only counts when no qualifier turns it into another office
        ("Vice Premier", "former premier", "then-House Speaker", "President-elect")
        and no country word in the title contradicts the office's country.
        """
        found = self._title_memo.get(title)
        if found is None:
            found = self._title_memo[title] = tuple(self._offices_for_title(title))
        return list(found)

    def _offices_for_title(self, title: str) -> list[Office]:
        tokens = _title_tokens(title or "")
        spans = self._form_spans(tokens)
        out: list[Office] = []
        for start, end, ids in spans:
            if _disqualified(tokens, start, end):
                continue
            context = _country_context(tokens, start, end)
            if context is False:
                continue
            for oid in sorted(ids):
                office = self._offices[oid]
                if context and office.country and office.country != context:
                    continue
                if office not in out:
                    out.append(office)
        return out

    def _form_spans(self, tokens: list[str]) -> list[tuple[int, int, set[str]]]:
        """Office forms found in the title: longest first, never overlapping, in title order."""
        found: dict[tuple[int, int], set[str]] = {}
        for i, tok in enumerate(tokens):
            for form, oid in self._forms.get(tok, ()):
                if tuple(tokens[i : i + len(form)]) == form:
                    found.setdefault((i, i + len(form)), set()).add(oid)
        chosen: list[tuple[int, int, set[str]]] = []
        taken: set[int] = set()
        for (start, end), ids in sorted(found.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0])):
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            chosen.append((start, end, ids))
        chosen.sort(key=lambda c: c[0])
        return chosen

    def holders(self, office_id: str, on: date) -> list[str]:
        """Who held the office on the day, sorted by name."""
        return sorted({name for term, name in self._terms_by_office.get(office_id, ()) if term.covers(on)})

    def offices_held(self, name: str, on: date) -> list[Office]:
        """The offices a person held on the day, in the order of their terms."""
        person = self.person(name)
        if person is None:
            return []
        out: list[Office] = []
        for term in person.terms:
            office = self._offices.get(term.office)
            if office is not None and term.covers(on) and office not in out:
                out.append(office)
        return out

    def near_misses(self, name: str) -> list[str]:
        """Known names a small edit away from this one: for warnings, never for merging."""
        found = self._near_memo.get(name)
        if found is None:
            found = self._near_memo[name] = tuple(self._near_misses(name))  # a scan of every known name
        return list(found)

    def _near_misses(self, name: str) -> list[str]:
        key = name_key(name)
        if len(key) < 4:
            return []
        own = self.person(name)
        limit = 1 if len(key) < 8 else 2
        scored: dict[str, int] = {}
        for other_key, person in self._by_key.items():
            if own is not None and person.name == own.name:
                continue
            if abs(len(other_key) - len(key)) > limit:
                continue
            dist = _edit_distance(key, other_key, limit)
            if 0 < dist <= limit:
                scored[person.name] = min(dist, scored.get(person.name, dist))
        return [n for n, _ in sorted(scored.items(), key=lambda kv: (kv[1], kv[0]))]


@lru_cache(maxsize=1)
def _shipped_knowledge() -> Knowledge:
    """The shipped knowledge alone, built once per process."""
    merged = _Merged()
    offices, people = _shipped_document()
    merged.add(_copy_offices(offices), _copy_people(people))
    return Knowledge(merged)


def _disqualified(tokens: list[str], start: int, end: int) -> bool:
    """True when a qualifier makes the phrase another office ("vice", "former", "-elect")."""
    i = start - 1
    while i >= 0 and tokens[i].startswith("@"):
        i -= 1
    if i >= 0 and tokens[i] in _DISQUALIFY_BEFORE:
        return True
    return end < len(tokens) and tokens[end] in _DISQUALIFY_AFTER


def _country_context(tokens: list[str], start: int, end: int) -> str | None | bool:
    """The country the title places this office in: ISO code, None (unsaid), False (elsewhere)."""
    after = tokens[end + 1] if end + 1 < len(tokens) and tokens[end + 1].startswith("@") else None
    if after and tokens[end] in {"to", "in", "at"}:
        return False  # "ambassador to Indonesia": a post this form does not name
    for i in range(start - 1, -1, -1):
        if tokens[i].startswith("@"):
            return tokens[i][1:].upper()
    if after and tokens[end] == "of":
        return after[1:].upper()
    return None


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it exceeds the limit."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
