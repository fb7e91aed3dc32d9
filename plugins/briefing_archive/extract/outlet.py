"""The outlet that published an article, read from the article's own lines.

Evidence, strongest first:

1. a dateline: ``BEIJING, July 19 (Xinhua) --``, ``MOSCOW, July 19. /TASS/.``,
   ``WASHINGTON (AP) —``, ``Hong Kong CNN —``;
2. a byline, source or credit line: ``By Jane Doe, Reuters``,
   ``By NAME | chinadaily.com.cn | Updated: ...``, ``Source: Global Times``,
   ``(Reporting by ...; Editing by ...)`` when it names an outlet;
3. the article's URL (its domain, through ``data/outlets.yaml``);
4. a copyright line: ``© 2024 The Associated Press``.

Photo credits (``Credit: Xinhua News Agency``, ``Photo: Reuters/Florence Lo``,
``[Photo/Xinhua]``) say who took a picture, not who wrote the text: they give
nothing. Nor does body prose that quotes an outlet ("told Reuters",
"according to Xinhua"): only the structured lines above are read. Unknown
means ``None``; there is no default. An outlet a dateline names in
parentheses is taken as written even when ``outlets.yaml`` does not know it,
and a URL on an unknown news domain gives the domain itself.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

import yaml

from ..models import Evidence
from .text import split_sentences

# Evidence strength, lower is stronger.
_DATELINE, _BYLINE, _URL, _COPYRIGHT = range(4)

_DASH = r"(?:--?|[–—‐-―]|:)"
_LINE_MAX = 220  # longer paragraphs are prose, not byline/credit lines
_META_MAX = 2000  # a metadata line longer than this is not a byline or URL


@dataclass(frozen=True, slots=True)
class _Outlets:
    """The outlet list, indexed for look-ups."""

    by_key: dict[str, str]  # normalised alias -> display name
    by_domain: dict[str, str]  # domain -> display name
    not_outlets: frozenset[str]  # hosts that never name the outlet
    alias_re: re.Pattern[str]  # any alias as a whole word, for credit/copyright lines
    lead_re: re.Pattern[str]  # "Place CNN —": a known alias right before a dash


def _norm(text: str) -> str:
    """Comparison key: casefolded, no leading "the", punctuation and spaces squeezed."""
    key = text.casefold().replace("’", "'").strip(" \t.,;:|-–—()[]\"'")
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"[\s_]+", " ", key)


def load_data(name: str) -> Any:
    """A YAML file of the package's data folder (with the C loader when PyYAML has it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resources.files("briefing_archive").joinpath("data", name).read_text("utf-8"), Loader=loader)


@functools.lru_cache(maxsize=1)
def _outlets() -> _Outlets:
    """Load ``data/outlets.yaml`` once."""
    raw = load_data("outlets.yaml")
    by_key: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    forms: list[str] = []
    for item in raw["outlets"]:
        name = item["name"]
        for alias in [name, *item.get("aliases", [])]:
            by_key.setdefault(_norm(alias), name)
            forms.append(alias)
        for domain in item.get("domains", []):
            by_domain[domain.lower()] = name
            by_key.setdefault(domain.lower(), name)
    forms.sort(key=len, reverse=True)
    # Short aliases ("AP", "FT") match case-sensitively, longer ones in any case.
    alts = [re.escape(f) if len(f) <= 4 else "(?i:" + re.escape(f) + ")" for f in forms]
    alias_re = re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?![\w])")
    lead_re = re.compile(
        r"^(?:(?:[A-Z][\w.'’-]*,?\s+){1,4})?(?P<name>"
        + "|".join(re.escape(f) for f in forms)
        + r")\s*(?:--?|[–—])\s*"
    )
    return _Outlets(by_key, by_domain, frozenset(raw.get("not_outlets", [])), alias_re, lead_re)


def outlet_aliases() -> list[str]:
    """Every written form of a known outlet (the places finder skips these)."""
    names: set[str] = set()
    for item in load_data("outlets.yaml")["outlets"]:
        names.update([item["name"], *item.get("aliases", [])])
    return sorted(names)


def canonical_outlet(text: str) -> str | None:
    """The display name of a known outlet written as ``text`` (alias or domain)."""
    table = _outlets()
    key = _norm(text)
    if key in table.by_key:
        return table.by_key[key]
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", key):
        return _domain_outlet(key, allow_unknown=False)
    return None


# ----------------------------------------------------------------- datelines

_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
_DATELINE_RE = re.compile(
    rf"""^\s*(?P<place>[A-Z][A-Za-z.,/'’ -]{{0,40}}?)?
        (?:\s*,\s*(?P<date>{_DATE}))?\s*\.?\s*
        (?:\((?P<paren>[^()\n]{{2,40}})\)|/(?P<slash>[A-Za-z][^/\n]{{1,30}})/)
        \.?\s*(?P<dash>{_DASH})?""",
    re.VERBOSE,
)
_NOT_OUTLET_WORDS = re.compile(
    r"\b(?:photo|file|video|updated?|pictured|left|right|center|centre|reuters/|ap/|afp/|xinhua/)\b|/|\d",
    re.IGNORECASE,
)


def _dateline_outlet(paragraph: str) -> str | None:
    """The outlet a paragraph-opening dateline names, known or as written."""
    opening = paragraph[:100]
    if not any(c in opening for c in "(/-–—"):
        return None
    m = _DATELINE_RE.match(paragraph) if ("(" in opening or "/" in opening) else None
    if m:
        name = (m.group("paren") or m.group("slash")).strip()
        known = canonical_outlet(name)
        place, date, dash = (m.group("place") or "").strip(), m.group("date"), m.group("dash")
        if known and (dash if not place else _looks_like_dateline(place, date)):
            return known
        if known is None and dash and _looks_like_dateline(place, date):
            plausible = re.fullmatch(r"[A-Z][\w.&' -]*", name) and len(name.split()) <= 4
            if plausible and not _NOT_OUTLET_WORDS.search(name) and not _is_organisation(name):
                return name
    lead = _outlets().lead_re.match(paragraph)
    if lead and (lead.group(0) != paragraph):
        return canonical_outlet(lead.group("name"))
    return None


def _looks_like_dateline(place: str, date: str | None) -> bool:
    """A dateline opens with a place and a date, or with a known place in ALL CAPS."""
    if not place:
        return False
    if date:
        return True
    from .places import canonical_place  # deferred: places imports this module

    first = re.split(r"[,/]", place)[0].strip()
    return canonical_place(first) is not None and (first.isupper() or first == place)


def _is_organisation(name: str) -> bool:
    """True when a parenthesised name is an organisation ("(CPC)"), not an outlet."""
    from .places import canonical_organisation  # deferred: places imports this module

    return canonical_organisation(name) is not None


# ------------------------------------------------------ bylines and credits

_PHOTO_RE = re.compile(
    r"""^\s*[\[(]?\s*(?:photo(?:graph)?s?|image|picture|pic|credits?|file\s+photo|video|caption|illustration)\b
       |\[\s*photo|\bphoto\s*(?:by|credit|source)\b|\bimage\s*(?:by|credit|source)\b
       |\bvia\s+getty\b|getty\s+images|\bshutterstock\b|\bimaginechina\b|\bvisual\s+china\b""",
    re.IGNORECASE | re.VERBOSE,
)
_PHOTO_KEYS = ("photo", "image", "picture", "pic", "credit", "video", "caption", "illustration", "getty",
               "shutterstock", "imaginechina", "visual china")
_PHOTO_CASED = re.compile(r"\b(?:REUTERS|AFP|AP|XINHUA|EPA|EPA-EFE)/\s*[A-Z]")
# "Reuters/Florence Lo", "(Xinhua/Ding Haitao)": an agency credited with a photographer.
_PHOTO_SLASH = re.compile(r"(?<![\w/])([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*/\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_BYLINE_RE = re.compile(r"^\s*(?:by|written\s+by|reported\s+by|from)\s*[:\s]\s*(?P<rest>.+)$", re.IGNORECASE)
_SOURCE_RE = re.compile(
    r"^\s*(?:news\s+)?(?:source|sources|来源|來源|出处)\s*[:：]\s*(?P<rest>.+)$", re.IGNORECASE
)
_CREDIT_RE = re.compile(
    r"\(?\s*(?:reporting|writing|additional\s+reporting|compiled|editing|reported)\s+by\b", re.IGNORECASE
)
_COPYRIGHT_RE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
_HARD_SPLIT = re.compile(r"\s*(?:[|,;•·]|\s[-–—]\s)\s*")
_SOFT_SPLIT = re.compile(r"\s+(?:for|and|at|of)\s+")
_STAFF_RE = re.compile(
    r"^(?P<name>.+?)\s+(?:staff|writers?|reporters?|correspondents?|journalists?|news\s+desk|desk)\b", re.I
)
# Outlet names that are also ordinary words: alone on a line they name nothing.
_COMMON_WORDS = frozenset({"time", "mint", "dawn", "hill", "national", "times", "guardian", "economist", "inquirer",
                           "independent", "australian", "paper", "telegraph", "ht", "ft", "rt", "ria"})
# "Kerry lands in Beijing - Reuters": a page title that ends with its outlet.
_TITLE_SUFFIX = re.compile(r"^.{10,200}?\s[|–—-]\s(?P<outlet>[^|–—]{2,40})$")
_URL_RE = re.compile(r"(?:https?://|\bwww\.)(?P<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})", re.IGNORECASE)
_BARE_URL_LINE = re.compile(
    r"^\s*(?:(?:url|link|source|original|originally\s+published\s+at)\s*[:：]?\s*)?(?:https?://|www\.)\S+\s*$",
    re.IGNORECASE,
)
_NAME_LIKE = re.compile(r"[A-Z\u4e00-\u9fff][\w.&'’ \u4e00-\u9fff-]{1,40}")


def _segment_outlet(segment: str) -> str | None:
    """A known outlet a byline segment names: "Reuters", "Xinhua writer Li"."""
    segment = segment.strip()
    if not segment:
        return None
    known = canonical_outlet(segment)
    if known:
        return known
    staff = _STAFF_RE.match(segment)
    return canonical_outlet(staff.group("name")) if staff else None


def _segments(text: str) -> list[str]:
    """A byline's parts: each hard-separated part, then its pieces around "and"/"for"/"at"."""
    out: list[str] = []
    for part in _HARD_SPLIT.split(text):
        if part.strip():
            out.append(part.strip())
            out.extend(p.strip() for p in _SOFT_SPLIT.split(part) if p.strip() and p.strip() != part.strip())
    return out


def _is_photo_credit(line: str) -> bool:
    """True for a photo/image credit or caption credit line."""
    low = line.casefold()
    if any(k in low for k in _PHOTO_KEYS) and _PHOTO_RE.search(line):
        return True
    if "/" not in line:
        return False
    return bool(_PHOTO_CASED.search(line)) or any(canonical_outlet(m.group(1)) for m in _PHOTO_SLASH.finditer(line))


def _line_outlet(line: str) -> tuple[int, str] | None:
    """Strength and outlet of one short line, or None when it names none."""
    m = _SOURCE_RE.match(line)
    if m:
        return _source_outlet(m.group("rest"))
    m = _BYLINE_RE.match(line)
    if m:
        found = next((o for o in map(_segment_outlet, _segments(m.group("rest"))) if o), None)
        return (_BYLINE, found) if found else None
    if _CREDIT_RE.search(line):
        found = _outlets().alias_re.search(line)
        return (_BYLINE, canonical_outlet(found.group(0)) or found.group(0)) if found else None
    if _COPYRIGHT_RE.search(line):
        found = _outlets().alias_re.search(line)
        return (_COPYRIGHT, canonical_outlet(found.group(0)) or found.group(0)) if found else None
    m = _TITLE_SUFFIX.match(line)
    if m and _bare_outlet(m.group("outlet")):
        return _BYLINE, _bare_outlet(m.group("outlet")) or ""
    if "|" in line or re.search(r"\b(?:updated|published)\b", line, re.IGNORECASE):
        found = next((o for o in map(_segment_outlet, _segments(line)) if o), None)
        if found:
            return _BYLINE, found
    elif len(line) <= 40 and _bare_outlet(line):
        return _BYLINE, _bare_outlet(line) or ""
    return None


def _bare_outlet(text: str) -> str | None:
    """A known outlet written alone ("Reuters", "- The Washington Post"), not a common word ("Time")."""
    text = text.strip(" .")
    if not text[:1].isupper() or _norm(text) in _COMMON_WORDS:
        return None
    return canonical_outlet(text)


def _source_outlet(rest: str) -> tuple[int, str] | None:
    """The outlet of a "Source: ..." line: known, a URL, or a short name as written."""
    url = _URL_RE.search(rest)
    if url:
        found = _domain_outlet(url.group("host"), allow_unknown=True)
        return (_BYLINE, found) if found else None
    segments = _segments(rest)
    for segment in segments:
        found = _segment_outlet(segment)
        if found:
            return _BYLINE, found
    first = segments[0].strip() if segments else ""
    if _NAME_LIKE.fullmatch(first) and len(first.split()) <= 6 and not re.search(r"\d", first):
        return _BYLINE, first
    return None


# ----------------------------------------------------------------------- URLs


def _domain_outlet(host: str, *, allow_unknown: bool) -> str | None:
    """The outlet of a web host: known domain or subdomain, else the host as written."""
    host = host.lower().strip(".")
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    table = _outlets()
    labels = host.split(".")[-5:]  # a registrable domain is in the last few labels
    for i in range(len(labels) - 1):
        suffix = ".".join(labels[i:])
        if suffix in table.not_outlets:
            return None
        if suffix in table.by_domain:
            return table.by_domain[suffix]
    return host if allow_unknown and len(labels) >= 2 else None


def _url_outlet(line: str, *, is_meta: bool) -> str | None:
    """The outlet of the article's own URL line (a meta line, or a paragraph that is only a URL)."""
    if not is_meta and not _BARE_URL_LINE.match(line):
        return None
    m = _URL_RE.search(line)
    return _domain_outlet(m.group("host"), allow_unknown=True) if m else None


# ---------------------------------------------------------------------- API


def find_outlet(
    meta_lines: Sequence[str], paragraphs: Sequence[str], source: str
) -> tuple[str | None, Evidence | None]:
    """The article's outlet and the line that names it; ``(None, None)`` when unknown."""
    best: tuple[int, int, str, str] | None = None  # (strength, order, outlet, evidence)
    order = 0
    for is_meta, lines in ((True, meta_lines), (False, paragraphs)):
        for line in lines:
            order += 1
            for strength, outlet, sentence in _candidates(line, is_meta=is_meta):
                if best is None or (strength, order) < best[:2]:
                    best = (strength, order, outlet, sentence)
            if best is not None and best[0] == _DATELINE:
                break
    if best is None:
        return None, None
    return best[2], Evidence(source, best[3])


def _candidates(line: str, *, is_meta: bool) -> list[tuple[int, str, str]]:
    """Every (strength, outlet, evidence sentence) one line offers."""
    text = " ".join(line.split())
    short = len(text) <= (_META_MAX if is_meta else _LINE_MAX)
    if not text or (short and _is_photo_credit(text)):
        return []
    found: list[tuple[int, str, str]] = []
    outlet = _dateline_outlet(text)
    if outlet and (short or not _is_photo_credit(text)):  # a photo caption can open like a dateline
        sentences = split_sentences(text)
        found.append((_DATELINE, outlet, sentences[0] if sentences else text))
    if short:
        hit = _line_outlet(text)
        if hit:
            found.append((hit[0], hit[1], text))
        url = _url_outlet(text, is_meta=is_meta)
        if url:
            found.append((_URL, url, text))
    return found
