"""The outlet that published an article, read from the article's own lines.

A page names its publisher in two ways, and they can disagree:

* its own brand: a masthead line (``Kazinform International News Agency``,
  ``THE CHINA BRIDGE WEEKLY``), a staff byline (``By WorldPulse24 Staff``,
  ``Asia Trade Daily Desk``), a byline or source line naming an outlet
  (``By NAME | chinadaily.com.cn``), the page's URL, a copyright or licence
  line (``© 2024 Noticias del Sur``), a newsletter's sign-off (``Thanks for
  reading X!``), a page title ending ``- The Washington Post``;
* the source of its copy: a dateline (``BEIJING, July 19 (Xinhua) --``,
  ``MOSCOW, July 19. /TASS/.``, ``MOSCOW, July 12 - RIA Novosti.``,
  ``WASHINGTON (AP) —``, ``Hong Kong CNN —``) or a credit line
  (``(With inputs from PTI)``, ``(Reporting by ... for Reuters)``).

A news agency (``wire: true`` in ``data/outlets.yaml``) named in a dateline or
credit is only the wire when the page has a brand of its own: a France 24 page
with ``(AFP)`` in its dateline is France 24's, The Hindu carrying PTI copy is
The Hindu's. A page with no brand of its own is the agency's. ``find_wire``
returns the agency separately.

Among the brand's own evidence the order is: a dateline naming a non-agency
outlet (``(TMTPost)``), masthead, byline, credit, URL, copyright.

Photo credits (``Credit: Xinhua News Agency``, ``Photo: Reuters/Florence Lo``,
``[Photo/Xinhua]``) say who took a picture, not who wrote the text: they give
nothing. Nor does body prose that quotes an outlet ("told Reuters",
"according to Xinhua"): only the structured lines above are read. Unknown
means ``None``; there is no default. An outlet not in ``outlets.yaml`` is
taken as written when a dateline names it in parentheses, a masthead or staff
byline names it, or a copyright line holds it; a URL on an unknown news
domain gives the domain itself (or the name the page gives that domain).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

import yaml

from ..models import Evidence
from .dates import parse_dateline
from .text import split_sentences

__all__ = [
    "canonical_outlet", "find_outlet", "find_outlet_and_wire", "find_wire", "is_wire", "load_data", "masthead_name",
    "outlet_aliases", "site_keys",
]

# Evidence strength, lower is stronger.
_DATELINE, _MASTHEAD, _BYLINE, _CREDIT, _URL, _COPYRIGHT = range(6)

_DASH = r"(?:--?|[–—‐-―]|:)"
_LINE_MAX = 220  # longer paragraphs are prose, not byline/credit lines
_META_MAX = 2000  # a metadata line longer than this is not a byline or URL


@dataclass(frozen=True, slots=True)
class _Outlets:
    """The outlet list, indexed for look-ups."""

    by_key: dict[str, str]  # normalised alias -> display name
    by_domain: dict[str, str]  # domain -> display name
    not_outlets: frozenset[str]  # hosts that never name the outlet
    wires: frozenset[str]  # display names of news agencies
    alias_re: re.Pattern[str]  # any alias as a whole word, for credit/copyright lines
    lead_re: re.Pattern[str]  # "Place CNN —": a known alias right before a dash


_LEADING_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"[\s_]+")
_NON_WORD = re.compile(r"[\W_]+")
_DOMAIN_KEY = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _norm(text: str) -> str:
    """Comparison key: casefolded, no leading "the", punctuation and spaces squeezed."""
    key = text.casefold().replace("’", "'").strip(" \t.,;:|-–—()[]\"'!?«»")
    key = _LEADING_THE.sub("", key)
    return _SPACES.sub(" ", key)


def _squash(text: str) -> str:
    """Letters and digits only: "Bharat Buzz" and "bharatbuzz" meet here."""
    key = _LEADING_THE.sub("", text.casefold().strip())
    return _NON_WORD.sub("", key)


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
    wires: set[str] = set()
    forms: list[str] = []
    for item in raw["outlets"]:
        name = item["name"]
        if item.get("wire"):
            wires.add(name)
        for alias in [name, *item.get("aliases", [])]:
            by_key.setdefault(_norm(alias), name)
            forms.append(alias)
        for domain in item.get("domains", []):
            by_domain[domain.lower()] = name
            by_key.setdefault(domain.lower(), name)
    forms = sorted(set(forms), key=len, reverse=True)
    # Short aliases ("AP", "FT") match case-sensitively, longer ones in any case.
    alts = [re.escape(f) if len(f) <= 4 else "(?i:" + re.escape(f) + ")" for f in forms]
    alias_re = re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?![\w])")
    # A dateline writes the outlet as the outlet does, or in capitals ("ASTANA. KAZINFORM –").
    leads = sorted({*forms, *(f.upper() for f in forms if len(f) > 4)}, key=len, reverse=True)
    lead_re = re.compile(
        r"^(?:(?:[A-Z][\w.'’-]*,?\s+){1,4})?(?P<name>" + "|".join(map(re.escape, leads)) + r")\s*(?:--?|[–—])\s*"
    )
    return _Outlets(by_key, by_domain, frozenset(raw.get("not_outlets", [])), frozenset(wires), alias_re, lead_re)


def outlet_aliases() -> list[str]:
    """Every written form of a known outlet (the places finder skips these)."""
    names: set[str] = set()
    for item in load_data("outlets.yaml")["outlets"]:
        names.update([item["name"], *item.get("aliases", [])])
    return sorted(names)


@functools.lru_cache(maxsize=4096)
def canonical_outlet(text: str) -> str | None:
    """The display name of a known outlet written as ``text`` (alias or domain).

    Remembered: the same bylines and credits ("Reuters", "AFP") recur across articles.
    """
    table = _outlets()
    key = _norm(text)
    if key in table.by_key:
        return table.by_key[key]
    if _DOMAIN_KEY.fullmatch(key):
        return _domain_outlet(key, allow_unknown=False)
    return None


def is_wire(outlet: str | None) -> bool:
    """Whether a display name is a news agency whose copy other outlets carry."""
    return outlet is not None and outlet in _outlets().wires


# ----------------------------------------------------------------- datelines

_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
_DATELINE_RE = re.compile(
    rf"""^\s*(?P<place>[A-Z][A-Za-z.,/'’ \[\]-]{{0,40}}?)?
        (?:\s*,\s*(?P<date>{_DATE}))?\s*\.?\s*
        (?:\((?P<country>[A-Z][A-Za-z .'’-]{{2,30}})\)\s*(?=\())?
        (?:\((?P<paren>[^()\n]{{2,40}})\)|/(?P<slash>[A-Za-z][^/\n]{{1,30}})/)
        \.?\s*(?P<dash>{_DASH})?""",
    re.VERBOSE,
)
# "MOSCOW, July 12 - RIA Novosti. Text": the agency closes the dateline with a full stop.
_TRAILING_AGENCY_RE = re.compile(
    rf"""^\s*(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?)\s*,\s*(?P<date>{_DATE})\.?\s*
        (?:--?|[–—])\s*(?P<name>[A-Z][\w.&'’ -]{{1,40}}?)\s*\.\s""",
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
    trailing = _TRAILING_AGENCY_RE.match(opening)
    if trailing:
        known = canonical_outlet(trailing.group("name"))
        if known:
            return known
    lead = _outlets().lead_re.match(paragraph)
    if lead and (lead.group(0) != paragraph):
        return canonical_outlet(lead.group("name"))
    # The other dateline shapes ``parse_dateline`` reads: "Riyadh, October 09, 2024, SPA --",
    # "ABU DHABI, 9th October, 2024 (WAM) --", "Moscow, 9 October. INTERFAX -": a known agency only.
    dateline = parse_dateline(paragraph, None)
    if dateline is not None and dateline.outlet:
        return canonical_outlet(dateline.outlet)
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


# ----------------------------------------------------------- brand names

# Words a publication's name ends with (or holds): what makes "The Daily
# Beacon" or "Warta Nusantara" a masthead and "Aigerim Sarsenova" a byline.
_BRAND_WORDS = frozenset(
    """news times post daily weekly monthly quarterly herald journal tribune gazette press agency
    media monitor observer chronicle express telegraph mail courier sentinel inquirer examiner
    newsletter dispatch dispatches insider wire wires online network radio tv television channel bulletin review
    ledger register
    broadcasting broadcaster magazine newspaper standard globe star sun mirror
    noticias notícias noticia diario diário jornal periódico periodico gazeta folha correio tribuna
    heraldo prensa imprensa agência agencia agence agentur zeitung nachrichten nouvelles quotidien
    berita warta kabar harian haber haberler ajansı ajansi novosti vesti izvestia pravda ilbo
    shimbun sinmun tiempo observador crónica cronica akhbar""".split()
)
# Government and institutional publishers: "Ministry of Foreign Affairs of ...".
_INSTITUTION = re.compile(
    r"(?i:\b(?:ministry|department|embassy|consulate|mission|presidency|secretariat|government)"
    r"\s+(?:of|for)\b)"
)
_CONNECTORS = frozenset(
    "of the and & de del da do dos das di du la le el los las for on al y e et und van von der des "
    "du-".split()
)
_DATEISH = re.compile(
    r"\b(?:19|20)\d\d\b|\d{1,2}:\d\d|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b(?:updated|published|posted|issued|modified)\b",
    re.I,
)
# Desk and staff labels: what is left of "Bharat Buzz Web Desk" once the desk goes.
_STAFF_TAIL = re.compile(
    r"\s+(?:(?:web|news|online|digital|editorial|foreign|world|international|english|city|metro"
    r"|national|political|diplomatic|special|staff)\s+)*"
    r"(?:staff(?:\s+(?:writers?|reporters?))?|writers?|reporters?|correspondents?|journalists?|desk|bureau"
    r"|team|newsroom|editors?)\s*$",
    re.I,
)
_GENERIC_NAMES = frozenset(
    """our a an the web news online digital editorial foreign world international english hindi urdu
    spanish french arabic chinese russian city metro national political diplomatic special senior
    staff by agencies agency wires wire news wires team desk bureau newsroom tribune business sports
    sport politics economy opinion asia europe africa americas middle east pacific""".split()
)
# Newsletter and blog sign-offs that name the publication.
_SIGN_OFF = re.compile(
    r"^(?:thanks|thank you) for reading\s+(?P<a>[^!.?]{2,60}?)\s*[!.?]"
    r"|^(?P<b>[^.!?]{2,60}?)\s+is an? (?:reader|listener)-supported publication\b"
    r"|^discover more from\s+(?P<c>[^!.?]{2,60}?)\s*$",
    re.I,
)
_CORPORATE = frozenset(
    "ltd ltd. limited pvt pvt. private inc inc. llc llp corp corp. corporation co co. company gmbh ag "
    "sa s.a. plc pty pte bhd sdn tbk k.k. srl s.r.l. spa s.p.a. lp l.p l.p.".split()
)
_CORPORATE_SOFT = frozenset("group holdings media publishing publications publishers enterprises".split())


def _name_shaped(text: str) -> bool:
    """A name as mastheads and copyright lines write it: capitalised words, no date, no sentence."""
    words = text.split()
    if not 1 <= len(words) <= 12 or _DATEISH.search(text) or ":" in text or text.endswith(","):
        return False
    for index, word in enumerate(words):
        bare = word.strip("«»\"'“”‘’()[]")
        if not bare:
            return False
        first = bare[0]
        if bare.casefold() in _CONNECTORS and index > 0:
            continue
        if first.isdigit():
            if not bare.isdigit() or len(bare) > 3:
                return False
            continue
        if not first.isalpha() or (first.lower() != first.upper() and not first.isupper()):
            return False
    return any(ch.isalpha() for ch in text)


def _display(text: str) -> str:
    """A name as shown: ALL CAPS mastheads in title case, connectors lower-cased."""
    text = " ".join(text.split()).strip(" .,;:|-–—!")
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters) or len(letters) <= 4:
        return text
    out = []
    for index, word in enumerate(text.split()):
        low = word.lower()
        if index and low in _CONNECTORS:
            out.append(low)
        elif "." in word or len(word) <= 2:
            out.append(word)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


# Words of a title-case headline, never of a publication's name.
_HEADLINE_WORDS = frozenset(
    """meets meet holds hold talks says said visits visit calls call agrees agree signs sign urges warns vows
    pledges discusses arrives hosts welcomes receives rejects slams seeks conference briefing remarks statement
    readout meeting speech interview spokesperson spokesman spokeswoman regular summit""".split()
)


def _brand_shaped(name: str, *, loose: bool) -> bool:
    """Whether a name-shaped text reads as a publication rather than a person or section."""
    words = [w.strip("«»\"'“”‘’()").casefold() for w in name.split()]
    if any(w in _HEADLINE_WORDS for w in words):
        return False
    if any(w in _BRAND_WORDS for w in words) and not all(w in _GENERIC_NAMES for w in words):
        return True
    if _INSTITUTION.search(name):
        return True
    return loose and len(words) >= 3 and words[0] == "the" and not all(w in _GENERIC_NAMES for w in words[1:])


def _masthead_segment(text: str) -> str:
    """The name part of "NOTICIAS DEL SUR — English Service" or "France 24 | News"."""
    parts = re.split(r"\s+[|—–-]\s+|\s*[|·•]\s*", text, maxsplit=1)
    if len(parts) == 2 and len(parts[1].split()) <= 6:
        return parts[0].strip()
    return text.strip()


def masthead_name(
    text: str, site: Collection[str] = (), *, loose: bool = False, known_only: bool = False
) -> str | None:
    """The publication a masthead-like line names, or None.

    A known outlet written alone ("ABC News", "DAWN.COM", "FRANCE 24"); or a
    capitalised name with a publication word ("The China Bridge Weekly",
    "Kazinform International News Agency") or an institution's shape
    ("Ministry of Foreign Affairs of ..."); or any name the page confirms
    elsewhere as its own (``site``, from ``site_keys``: its copyright holder,
    staff byline, sign-off or URL). ``loose`` also takes "The X Y" (for lines
    the cleaner already set aside as a masthead); ``known_only`` takes only
    outlets of ``outlets.yaml`` and names the page confirms.
    """
    text = " ".join(text.split())
    if not text or len(text) > 90:
        return None
    segment = _masthead_segment(text)
    if not _name_shaped(segment):
        return None
    known = canonical_outlet(segment) or canonical_outlet(_SITE_SUFFIX.sub("", segment))
    if known and (_norm(segment) not in _COMMON_WORDS or segment.casefold().startswith("the ")):
        return known  # "National" or "Foreign Policy" over a page is a section, not The National
    if _squash(segment) in site or (not known_only and _brand_shaped(segment, loose=loose)):
        edition = _EDITION.search(segment)
        if edition and edition.start() > 0 and _squash(segment) not in site:
            segment = segment[: edition.start()]  # "Warta Nusantara English": the site, not its edition
        return _display(segment)
    return None


_SITE_SUFFIX = re.compile(
    r"\s+(?:english|online|edition|international|homepage|home page|home|digital|website|news agency|news|agency)$", re.I
)
_EDITION = re.compile(r"\s+(?:english(?:\s+(?:edition|service|version))?|(?:international\s+)?edition)$", re.I)


def _copyright_holder(line: str) -> str | None:
    """Who a copyright line names: "© 2024 Bharat Buzz Media Pvt Ltd" -> "Bharat Buzz"."""
    mark = re.search(r"©|\(c\)(?=\s*\d)|\bcopyright\b", line, re.I)
    if not mark:
        return None
    rest = line[mark.end():]
    rest = re.sub(r"^(?:\s*(?:©|\(c\)|copyright|by|:|,|\d{4}(?:\s*[-–]\s*\d{4})?))*\s*", "", rest, flags=re.I)
    holder = _cut_holder(rest)
    if not holder and mark.start() > 0:  # "Global Times Copyright © 2023."
        before = re.split(r"[|·•]", line[: mark.start()])[-1]
        holder = _cut_holder(before)
    if not holder:
        return None
    words = holder.split()
    stages = [holder]
    while len(words) > 1 and words[-1].casefold().strip(",") in _CORPORATE:
        words.pop()
        stages.append(" ".join(words))
    while len(stages) > 1 and len(words) > 1 and words[-1].casefold() in _CORPORATE_SOFT:
        words.pop()
        stages.append(" ".join(words))
    for stage in stages:  # "THG Publishing Pvt Ltd": the company may itself be a known alias
        known = canonical_outlet(stage.strip(" ,."))
        if known:
            return known
    holder = stages[-1].strip(" ,.")
    if _not_a_name(holder) or not _name_shaped(holder) or holder.casefold() in _GENERIC_NAMES:
        return None
    return holder


_HOLDER_END = re.compile(
    r"(?<=[a-z\u00c0-\uffff»\"”’)])\.(?:\s|$)|\.$|\s*[|·•;]|,\s|\s[-–—]\s"
    r"|\s+(?i:all rights|todos|tous|alle|seluruh|or its|and its|and/or|no reproduction|www\.|https?:)"
)
# Rights and reprint notices in any language, and site navigation items: never an outlet's name.
_NOT_A_NAME = re.compile(
    r"all rights|rights reserved|no reproduction|reproduction (?:is )?(?:prohibited|forbidden)|reprint"
    r"|सर्वाधिकार|अधिकार सुरक्षित|版权|著作权|版權|все права|права защищены|derechos reservados|droits réservés"
    r"|rechte vorbehalten|direitos reservados|diritti riservati|bảo lưu|mọi quyền|ghi rõ nguồn|phát hành lại"
    r"|hak cipta|hakları saklıdır|prawa zastrzeżone|著作権|무단"
    r"|^(?:live(?: tv| video| news| updates| blog)?|watch(?: live| now| tv)?|(?:live )?tv|podcasts?|newsletters?"
    r"|sign ?(?:in|up|out)|log ?(?:in|out)|subscribe|video|videos|listen(?: live)?|menu|search|home)$",
    re.IGNORECASE,
)


def _not_a_name(name: str) -> bool:
    return bool(_NOT_A_NAME.search(" ".join(name.split()).strip(" .,:;|。।")))


def _cut_holder(text: str) -> str:
    match = _HOLDER_END.search(text)
    return (text[: match.start()] if match else text).strip(" ,.:;")


_STAFF_HINTS = ("staff", "writer", "reporter", "correspondent", "journalist", "desk", "bureau", "team", "newsroom",
                "editor")
_HOST_LABELS_IGNORED = frozenset("com org net gov edu www amp mobile english edition news".split())


def _staff_name(segment: str) -> str | None:
    """The outlet of a staff byline: "WorldPulse24 Staff", "Bharat Buzz Web Desk"."""
    lower = segment.casefold()
    if not any(word in lower for word in _STAFF_HINTS):
        return None
    segment = re.sub(r"^(?:by|written by|from)\s*[:\s]\s*", "", segment.strip(), flags=re.I)
    tail = _STAFF_TAIL.search(segment)
    if not tail or tail.start() == 0:
        return None
    name = segment[: tail.start()].strip(" ,")
    words = [w.casefold() for w in name.split()]
    if not _name_shaped(name) or all(w in _GENERIC_NAMES for w in words) or "/" in name:
        return None
    known = canonical_outlet(name)
    if known:
        return known
    # "Jane Doe Correspondent" is a person; "X Desk", "X Staff", "WorldPulse24 reporter" are a site's.
    personal = re.search(r"(?:reporters?|correspondents?|journalists?|writers?|editors?)\s*$", segment, re.I)
    site_like = _brand_shaped(name, loose=False) or re.search(r"\d|[a-z][A-Z]", name)
    return name if site_like or not personal else None


def site_keys(lines: Iterable[str]) -> set[str]:
    """Squashed names a page gives as its own: copyright holders, staff bylines, sign-offs, URL hosts.

    A masthead line that matches one of these is the page's brand even
    without a publication word ("MarketPulse Asia" above "© 2024 MarketPulse
    Asia Ltd.").
    """
    keys: set[str] = set()
    for line in lines:
        if not line or len(line) > _LINE_MAX:
            continue
        lower = line.casefold()
        if "©" in line or "copyright" in lower or "(c)" in lower:
            holder = _copyright_holder(" ".join(line.split()))
            if holder:
                keys.add(_squash(holder))
        if "www." in lower or "://" in lower:
            for url in _URL_RE.finditer(line):
                host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", url.group("host").lower())
                labels = host.split(".")
                keys.update(label for label in labels[:-1] if len(label) >= 3 and label not in _HOST_LABELS_IGNORED)
        if "reading" in lower or "supported" in lower or "discover" in lower:
            sign = _SIGN_OFF.match(" ".join(line.split()))
            if sign:
                keys.add(_squash(sign.group("a") or sign.group("b") or sign.group("c")))
        if any(word in lower for word in _STAFF_HINTS):
            for segment in _HARD_SPLIT.split(" ".join(line.split())):
                staff = _staff_name(segment)
                if staff:
                    keys.add(_squash(staff))
    keys.discard("")
    return keys


# ------------------------------------------------------ bylines and credits

_PHOTO_RE = re.compile(
    r"""^\s*[\[(]?\s*(?:photo(?:graph)?s?|image|picture|pic|credits?|file\s+photo|video|caption|illustration)\b
       |\[\s*photo|\bphoto\s*(?:by|credit|source)\b|\bimage\s*(?:by|credit|source)\b
       |\bvia\s+getty\b|getty\s+images|\bshutterstock\b|\bimaginechina\b|\bvisual\s+china\b
       |^\s*(?:📸|📷|🎥|📹)""",
    re.IGNORECASE | re.VERBOSE,
)
_PHOTO_KEYS = ("photo", "image", "picture", "pic", "credit", "video", "caption", "illustration", "getty",
               "shutterstock", "imaginechina", "visual china", "📸", "📷", "🎥", "📹")
_PHOTO_CASED = re.compile(r"\b(?:REUTERS|AFP|AP|XINHUA|EPA|EPA-EFE)/\s*[A-Z]")
# "Reuters/Florence Lo", "(Xinhua/Ding Haitao)": an agency credited with a photographer.
_PHOTO_SLASH = re.compile(r"(?<![\w/])([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*/\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_BYLINE_RE = re.compile(
    r"^\s*(?:by|written\s+by|reported\s+by|text\s+by|words\s+by|story\s+by|posted\s+by|from)\s*[:\s]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_SOURCE_RE = re.compile(
    r"^\s*(?:news\s+)?(?:source|sources|来源|來源|出处|источник)\s*[:：]\s*(?P<rest>.+)$", re.IGNORECASE
)
# "Published in Dawn, July 10th, 2024": a print edition names its paper.
_PRINT_EDITION = re.compile(
    r"^(?i:published in (?:the )?(?:print edition of )?)(?P<name>(?:the )?[A-Z][\w.&'’ -]{1,40}?)\s*,\s*(?:[A-Z][a-z]{2,8}\.? \d|\d)"
)
# A copied Telegram post: "TASS, [12.07.24 14:05]" names the channel; "Forwarded from X" its source.
_TELEGRAM_HEAD = re.compile(r"^(?P<name>[^\[\],]{2,60}),\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]$")
_FORWARDED = re.compile(r"^\s*forwarded\s+from\s*[:：]?\s*(?P<name>.+?)\s*$", re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"\(?\s*(?:reporting|writing|additional\s+reporting|compiled|editing|reported)\s+by\b"
    r"|\bwith\s+(?:additional\s+)?(?:inputs?|reporting|contributions?)\s+(?:from|by)\b|\binputs\s+from\b"
    r"|\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b",
    re.IGNORECASE,
)
# "FRANCE 24 with AFP", "sri/jcg (AFP, Reuters)": the page's own name, then the wires it used.
_WITH_WIRES = re.compile(r"^(?P<own>.*?)\s+(?:with|and|&|\+)\s+(?P<wires>[^|]{2,60})$", re.IGNORECASE)
_DESK_WIRES = re.compile(r"^[a-z]{2,5}(?:[-/][a-z]{2,5})+\s*\((?P<wires>[^()]{2,60})\)\s*$")
_COPYRIGHT_RE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\bcreative commons\b|\blicen[cs]e\b|\blicença\b", re.IGNORECASE)
_HARD_SPLIT = re.compile(r"\s*(?:[|,;•·]|\s[-–—]\s)\s*")
_SOFT_SPLIT = re.compile(r"\s+(?:for|and|at|of)\s+")
_STAFF_RE = re.compile(
    r"^(?P<name>.+?)\s+(?:staff|writers?|reporters?|correspondents?|journalists?|news\s+desk|desk)\b", re.I
)
# Outlet names that are also ordinary words: alone on a line they name nothing.
_COMMON_WORDS = frozenset({"time", "mint", "dawn", "hill", "national", "times", "guardian", "economist", "inquirer",
                           "independent", "australian", "paper", "telegraph", "ht", "ft", "rt", "ria", "age",
                           "star", "standard", "tempo", "mirror", "nation", "print", "trend", "news", "insider",
                           "globe", "sun", "post", "mail", "express", "herald", "observer", "world",
                           "foreign policy", "foreign affairs", "diplomat", "global news", "shine", "nation"})
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


def _wires_in(text: str) -> list[str]:
    """Known outlets listed in "AFP, Reuters" / "agencies"."""
    out = []
    for part in re.split(r"\s*(?:,|/|&|\band\b)\s*", text.strip(" ()")):
        known = canonical_outlet(part) if part else None
        if known:
            out.append(known)
    return out


_COPYRIGHT_HINTS = ("©", "copyright", "(c)", "licen", "creative commons")
_DATED_HINTS = ("updated", "published", "issued", "posted", "modified")
_DATED_LABEL = re.compile(r"\b(?:updated|published|issued|posted|modified)\b", re.I)


def _line_outlets(line: str, *, is_meta: bool, site: Collection[str]) -> list[tuple[int, str, bool]]:
    """(strength, outlet, own) for what one short line names; ``own`` is False for credited sources."""
    m = _SOURCE_RE.match(line)
    if m:
        found = _source_outlet(m.group("rest"))
        return [(found[0], found[1], True)] if found else []
    m = _PRINT_EDITION.match(line)
    if m:
        name = m.group("name").strip()
        return [(_BYLINE, canonical_outlet(name) or name, True)] if _name_shaped(name) else []
    m = _TELEGRAM_HEAD.match(line) or _FORWARDED.match(line)
    if m:
        name = m.group("name").strip()
        own = bool(_TELEGRAM_HEAD.match(line))
        if canonical_outlet(name) or _name_shaped(name):
            return [(_BYLINE if own else _CREDIT, canonical_outlet(name) or name, own)]
        return []
    desk = _DESK_WIRES.match(line)
    if desk:
        return [(_CREDIT, wire, False) for wire in _wires_in(desk.group("wires"))]
    m = _BYLINE_RE.match(line)
    if m:
        return _byline_outlets(m.group("rest"))
    lower = line.casefold()
    if (" by" in lower or "input" in lower or "contribut" in lower) and _CREDIT_RE.search(line):
        found = _outlets().alias_re.search(line)
        return [(_CREDIT, canonical_outlet(found.group(0)) or found.group(0), False)] if found else []
    if any(mark in lower for mark in _COPYRIGHT_HINTS) and _COPYRIGHT_RE.search(line):
        holder = _copyright_holder(line)
        known = canonical_outlet(holder) if holder else None
        if not holder:  # a known outlet elsewhere on the line ("... just credit Agência Brasil")
            found = _outlets().alias_re.search(line)
            known = canonical_outlet(found.group(0)) if found else None
        name = known or holder
        return [(_COPYRIGHT, name, True)] if name else []
    if is_meta:
        sign = _SIGN_OFF.match(line)
        if sign:
            name = (sign.group("a") or sign.group("b") or sign.group("c")).strip()
            if _name_shaped(name):
                return [(_MASTHEAD, canonical_outlet(name) or _display(name), True)]
    m = _TITLE_SUFFIX.match(line)
    if m and _bare_outlet(m.group("outlet")):
        return [(_BYLINE, _bare_outlet(m.group("outlet")) or "", True)]
    if "|" in line or " · " in line or (any(w in lower for w in _DATED_HINTS) and _DATED_LABEL.search(line)):
        return _byline_outlets(line)
    if is_meta:
        if any(word in lower for word in _STAFF_HINTS):  # "Pedro Vilela - Agência Brasil reporter"
            staffed = _byline_outlets(line)
            if staffed:
                return staffed
        with_wires = _WITH_WIRES.match(line)
        if with_wires and _wires_in(with_wires.group("wires")):
            own = masthead_name(with_wires.group("own"), site, loose=True)
            found = [(_CREDIT, wire, False) for wire in _wires_in(with_wires.group("wires"))]
            return ([(_BYLINE, own, True)] if own else []) + found
        name = masthead_name(line, site, loose=True)
        return [(_MASTHEAD, name, True)] if name else []
    if len(line) <= 40 and _bare_outlet(line):
        return [(_BYLINE, _bare_outlet(line) or "", True)]
    return []


def _byline_outlets(rest: str) -> list[tuple[int, str, bool]]:
    """Outlets a byline names: a known outlet in a segment, or a staff/desk name.

    "FRANCE 24 with AFP": the page's own name, and a wire credited as a source.
    """
    found: list[tuple[int, str, bool]] = []
    parts: list[str] = []
    for segment in _HARD_SPLIT.split(rest):
        with_wires = _WITH_WIRES.match(segment)
        wires = _wires_in(with_wires.group("wires")) if with_wires else []
        if wires:
            found.extend((_CREDIT, wire, False) for wire in wires)
            segment = with_wires.group("own")  # type: ignore[union-attr]
        parts.append(segment)
    own = " | ".join(parts)
    for segment in _segments(own):
        known = _segment_outlet(segment)
        if known:
            found.insert(0, (_BYLINE, known, True))
            break
    for segment in parts:
        staff = _staff_name(segment)
        if staff:
            found.insert(0, (_BYLINE, staff, True))
            break
    return found


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


@dataclass(frozen=True, slots=True)
class _Found:
    strength: int
    order: int
    outlet: str
    sentence: str
    own: bool  # the page's own brand; False for a credited source of its copy


def find_outlet(
    meta_lines: Sequence[str], paragraphs: Sequence[str], source: str
) -> tuple[str | None, Evidence | None]:
    """The article's publisher and the line that names it; ``(None, None)`` when unknown."""
    return find_outlet_and_wire(meta_lines, paragraphs, source)[0]


def find_wire(
    meta_lines: Sequence[str], paragraphs: Sequence[str], source: str
) -> tuple[str | None, Evidence | None]:
    """The news agency whose copy the page carries, when it is not the page's own outlet.

    "(With inputs from PTI)" on The Hindu gives PTI; "Washington (AFP) –" on a
    France 24 page gives AFP; an AFP page with no other brand gives ``None``
    (AFP is its outlet, see ``find_outlet``).
    """
    return find_outlet_and_wire(meta_lines, paragraphs, source)[1]


def find_outlet_and_wire(
    meta_lines: Sequence[str], paragraphs: Sequence[str], source: str
) -> tuple[tuple[str | None, Evidence | None], tuple[str | None, Evidence | None]]:
    """``find_outlet`` and ``find_wire`` in one pass over the lines."""
    found = _collect(meta_lines, paragraphs)
    best = _choose(found)
    if best is None:
        return (None, None), (None, None)
    outlet = (best.outlet, Evidence(source, best.sentence))
    wires = [
        f for f in found
        if is_wire(f.outlet) and f.outlet != best.outlet and f.strength in (_DATELINE, _MASTHEAD, _BYLINE, _CREDIT)
    ]
    if not wires:
        return outlet, (None, None)
    wire = min(wires, key=lambda f: (f.strength, f.order))
    return outlet, (wire.outlet, Evidence(source, wire.sentence))


def _collect(meta_lines: Sequence[str], paragraphs: Sequence[str]) -> list[_Found]:
    """Every outlet the structured lines name, with strength and order."""
    site = site_keys(meta_lines)
    found: list[_Found] = []
    order = 0
    for is_meta, lines in ((True, meta_lines), (False, paragraphs)):
        for line in lines:
            order += 1
            for strength, outlet, sentence, own in _candidates(line, is_meta=is_meta, site=site):
                if _not_a_name(outlet):
                    continue  # "सर्वाधिकार सुरक्षित", "Live TV": a notice or a menu item
                found.append(_Found(strength, order, outlet, sentence, own))
    return found


def _choose(found: list[_Found]) -> _Found | None:
    """The page's own non-agency brand if it has one, else the strongest evidence.

    Brands the page names in several places outvote one named once (a section
    label that happens to be an outlet's name); then strength, then order.
    """
    if not found:
        return None
    named = {}  # squashed name -> the page's spelling, for unknown hosts ("bharatbuzz.in" -> "Bharat Buzz")
    for f in found:
        if "." not in f.outlet:
            named.setdefault(_squash(f.outlet), f.outlet)
    found = [
        f if (name := _host_name(f.outlet, named)) == f.outlet else _Found(f.strength, f.order, name, f.sentence, f.own)
        for f in found
    ]
    fuller = _fuller_names({f.outlet for f in found if f.own})
    if fuller:
        found = [_Found(f.strength, f.order, fuller[f.outlet], f.sentence, f.own) if f.outlet in fuller else f
                 for f in found]
    brand = [f for f in found if f.own and not is_wire(f.outlet)]
    if not brand:
        return min(found, key=lambda f: (f.strength, f.order))
    support: dict[str, set[int]] = {}
    for f in brand:
        support.setdefault(f.outlet, set()).add(f.order)
    return min(brand, key=lambda f: (-len(support[f.outlet]), f.strength, f.order))


def _fuller_names(names: set[str]) -> dict[str, str]:
    """Short names the page also gives in full: "Meridian" in a dateline and "© Meridian Wire".

    A wire's dateline shortens its own name ("(Meridian)" for Meridian Wire, as
    "(Reuters)"); a masthead or copyright line writes it whole ("Meridian Wire",
    "The Meridian Post", "Meridian News Agency"). The full name is the short one
    and up to three more words ending with a publication word ("Wire", "News
    Agency", "Coast Herald"), perhaps after a leading "The"; or the short name is
    the full name's initials ("(GNA)" for Gulf News Agency). Only an unknown short
    name is lengthened: a known outlet keeps its name.
    """
    out: dict[str, str] = {}
    if len(names) < 2:
        return out
    for short in names:
        if canonical_outlet(short) or "." in short:
            continue
        short_words = [w.casefold() for w in short.split()]
        best = None
        for full in sorted(names):  # sorted: the same choice in every process
            words = [w.casefold() for w in full.split()]
            if words[:1] == ["the"]:
                words = words[1:]
            if len(words) <= len(short_words) or "." in full:
                continue
            n = len(short_words)
            lengthened = words[:n] == short_words and len(words) - n <= 3 and words[-1] in _BRAND_WORDS
            initials = "".join(w[:1] for w in words if w not in _CONNECTORS)  # "(GNA)": Gulf News Agency
            if lengthened or (short.isupper() and 2 <= len(short) <= 6 and short.casefold() == initials):
                if best is None or len(full) < len(best):
                    best = full
        if best is not None:
            out[short] = best
    return out


def _host_name(name: str, named: dict[str, str]) -> str:
    """The name the page gives an unknown host: "Bharat Buzz" for "bharatbuzz.in"."""
    if " " in name or "." not in name or canonical_outlet(name) == name:
        return name
    return named.get(_squash(name.split(".")[0]), name)


def _candidates(line: str, *, is_meta: bool, site: Collection[str] = ()) -> list[tuple[int, str, str, bool]]:
    """Every (strength, outlet, evidence sentence, own) one line offers."""
    text = " ".join(line.split())
    short = len(text) <= (_META_MAX if is_meta else _LINE_MAX)
    if not text or (short and _is_photo_credit(text)):
        return []
    found: list[tuple[int, str, str, bool]] = []
    outlet = _dateline_outlet(text)
    if outlet and (short or not _is_photo_credit(text)):  # a photo caption can open like a dateline
        sentences = split_sentences(text)
        found.append((_DATELINE, outlet, sentences[0] if sentences else text, True))
    if short:
        for strength, name, own in _line_outlets(text, is_meta=is_meta, site=site):
            if name:
                found.append((strength, name, text, own))
        url = _url_outlet(text, is_meta=is_meta)
        if url:
            found.append((_URL, url, text, True))
    return found
