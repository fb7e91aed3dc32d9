"""The wire-style dateline opening an article ("BEIJING, July 18 (Reuters) -"): its place,
date and agency (``parse_dateline``), also a source of the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .parsing import _scan
from .resolution import _pick_md, _pick_weekday
from .vocabulary import _MON, _WD, _WD_PREFIX

# ------------------------------------------------------------------ dateline


@dataclass(frozen=True, slots=True)
class Dateline:
    """The wire-style opening of an article: "BEIJING, July 18 (Reuters) -".

    ``end`` is where the article text proper starts in the paragraph. Without a
    publication date a year-less ``date_text`` keeps ``date`` None.
    """

    place: str
    date_text: str | None
    date: date | None
    outlet: str | None
    end: int


_PW = r"[A-Z][A-Za-z'’.]*(?:-[A-Za-z][A-Za-z'’.]*)*"  # BEIJING, D.C., WINSTON-SALEM
_SEP = r"—|–|―|−|--|-(?=\s)|:(?=\s)"
# An agency named after the date, set off by a comma or a full stop, right before the dash:
# "Riyadh, October 09, 2024, SPA --", "Moscow, 9 October. INTERFAX -".
_AGENCY_WORD = r"[A-Z][A-Za-z&'’.]*(?:-[A-Za-z]+)*"
_DATELINE = re.compile(
    rf"""^\s*
    (?P<place>{_PW}(?:[ ](?:{_PW}|of|de|da|del|la|es|al|el|du|sur))*(?:/{_PW}(?:[ ]{_PW})*)*)
    (?:\s*\[[^\]\n]{{1,30}}\])?
    (?:\s*\((?P<paren>[A-Z][A-Za-z .'’-]{{1,30}})\)(?=\s*[,(]))?
    (?:\s*,\s*(?!(?:(?i:{_MON})|(?i:{_WD})|\d))(?P<region>{_PW}(?:[ ]{_PW}){{0,2}}))?
    (?:\s*[,.]?\s*(?P<date>
        (?i:{_WD_PREFIX})?(?i:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?:19|20)\d{{2}})?
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MON})\.?(?:,?\s+(?:19|20)\d{{2}})?
      | (?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}
      | (?i:{_WD})))?
    (?:(?:\s*[,.]|(?<=\.))\s*(?P<agency>{_AGENCY_WORD}(?:[ ]{_AGENCY_WORD}){{0,3}})(?=\s*(?:{_SEP})))?
    \.?\s*
    (?:\(\s*(?P<outlet>[A-Z][^()\n]{{1,40}}?)\s*\)|/\s*(?P<slash>[A-Z][^/\n]{{1,30}}?)\s*/\.?)?
    \s*(?P<sep>{_SEP})?
    """,
    re.VERBOSE,
)
_NOT_PLACES = {
    "update", "updated", "breaking", "exclusive", "watch", "photo", "file", "video", "live",
    "opinion", "analysis", "editorial", "note", "correction", "editor's note", "related",
    "read more", "advertisement", "sponsored", "listen", "explainer", "comment", "summary",
    "file photo", "q", "a", "warning", "disclaimer", "source", "sources", "by", "credit",
    # organisations written in capitals open sentences too
    "nato", "un", "us", "u.s.", "eu", "uk", "who", "imf", "brics", "asean", "opec", "wto", "apec", "sco",
}
_SMALL_WORDS = {"of", "de", "da", "del", "la", "es", "al", "el", "du", "sur", "and"}


def _title_place(place: str) -> str:
    """BEIJING -> Beijing, NEW YORK -> New York, RIO DE JANEIRO -> Rio de Janeiro."""
    if not place.isupper():
        return place
    out = []
    for i, word in enumerate(re.split(r"(\s+|/)", place)):
        if not word.strip() or word == "/":
            out.append(word)
        elif re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word)  # D.C., U.S.
        elif i and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(_title_word(part) for part in word.split("-")))
    return "".join(out)


def _title_word(word: str) -> str:
    if len(word) > 2 and word[1] in "'’":
        return word[:2].upper() + word[2:].capitalize()  # N'DJAMENA, O'HARE
    return word.capitalize()


def _split_bare_outlet(place: str) -> tuple[str, str | None]:
    """ "Hong Kong CNN" -> ("Hong Kong", "CNN"): a trailing acronym after a mixed-case place."""
    words = place.split()
    if len(words) >= 2 and not place.isupper() and re.fullmatch(r"[A-Z]{3,6}", words[-1]):  # not "DC"
        return " ".join(words[:-1]), words[-1]
    return place, None


_PLACE_THEN_AGENCY = re.compile(r"^(?P<place>.*?[A-Za-z]{4,})\.\s+(?P<agency>[A-Z].*)$")
_CAPS_AGENCY = re.compile(r"[A-Z][A-Z&-]{2,9}")  # "SPA", "WAM", "KAZINFORM": an agency's acronym or name in capitals


def _split_agency(place: str) -> tuple[str, str | None]:
    """ "ASTANA. KAZINFORM" -> ("ASTANA", "KAZINFORM"): a full stop after the place, then the agency.

    Abbreviations ("D.C.", "St.", "Ft.") are no full stop: the word before it has four letters or more.
    """
    m = _PLACE_THEN_AGENCY.match(place)
    if m is None:
        return place, None
    return m.group("place"), m.group("agency")


def parse_dateline(paragraph: str, published: date | None) -> Dateline | None:
    """The dateline opening ``paragraph``, or None when it has none.

    The shapes wire services, state media and their reprints use:
    "BEIJING, Jan. 5 (Xinhua) --", "WASHINGTON (AP) —", "MOSCOW, March 21. /TASS/.",
    "Riyadh, October 09, 2024, SPA --", "ASTANA. KAZINFORM –", "Nusa Dua (Indonesia) (AFP) –",
    "Vientiane (Laos), July 25:", "New Delhi, July 25 (IANS) Prime Minister ..." (a dated
    dateline with its agency needs no dash), "Jakarta - ..." (a known city alone before a dash).
    """
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    place, bare_outlet = _split_bare_outlet(m.group("place"))
    if "." in place and bare_outlet is None:
        place, bare_outlet = _split_agency(place)
    date_text = m.group("date")
    region = m.group("region")
    if (region and not date_text and not place.isupper() and _CAPS_AGENCY.fullmatch(region)
            and not m.group("outlet") and not m.group("slash")):
        bare_outlet = region  # "Riyadh, SPA --": a mixed-case place, then an agency in capitals
    outlet = m.group("outlet") or m.group("slash") or m.group("agency") or bare_outlet
    sep = m.group("sep")
    if not sep and not m.group("slash"):
        # "Bangkok, Jan 28 (Agencies) US National Security Advisor ...": a dated dateline
        # with its agency in brackets is one even without a dash.
        if not (m.group("outlet") and (date_text or place.isupper()) and _opens_text(paragraph, m.end())):
            return None
    city_only = False  # "Jakarta - President ...": no date, no agency, not in capitals
    if not _plausible_place(place, bool(date_text or outlet)):
        if not (sep in _DASHES and _known_city(place)):
            return None
        city_only = True
    if sep in {"-", "--"} and not (date_text or outlet or place.isupper()):
        if not _known_city(place):
            return None
        city_only = True
    if city_only and not _city_dateline_rest(paragraph[m.end() :]):
        return None
    value = _dateline_date(date_text, published)
    end = m.end()
    while end < len(paragraph) and paragraph[end].isspace():
        end += 1
    return Dateline(_title_place(place), date_text, value, outlet.strip() if outlet else None, end)


_DASHES = {"—", "–", "-", "--"}


def _opens_text(paragraph: str, end: int) -> bool:
    """Text follows the dateline: a capital or a quote after a space ("(IANS) Prime Minister ...")."""
    first = paragraph[end : end + 1]
    return end > 0 and paragraph[end - 1].isspace() and (first.isupper() or first in {'"', "“", "'", "‘"})


_FIRST_WORDS = re.compile(r"\s*([A-Z][\w'’.-]*)(?:\s+([A-Z][\w'’.-]*))?")
_POSSESSIVE_S = re.compile(r"['’]s$")


def _city_dateline_rest(rest: str) -> bool:
    """After a bare mixed-case city and a dash, the story starts: a capitalised word that is not
    another city ("Beijing - Washington relations" pairs two capitals, it is no dateline;
    "Seoul - South Korea said" is one)."""
    m = _FIRST_WORDS.match(rest)
    if m is None:
        return False
    one = _POSSESSIVE_S.sub("", m.group(1))
    two = _POSSESSIVE_S.sub("", f"{m.group(1)} {m.group(2)}") if m.group(2) else None
    return not _known_city(one) and (two is None or not _known_city(two))


def _known_city(place: str) -> bool:
    """A city of the gazetteer ("Nusa Dua", "Jakarta"): a dateline even in mixed case and without
    a date ("Jakarta - President ..."), as Indonesian and other outlets write it. A country
    ("Taiwan - ...") opens prose as often as a dateline, so it does not count."""
    from ..places import canonical_place, place_kind  # deferred: places imports outlet, which is heavy

    found = canonical_place(place)
    return found is not None and place_kind(found) == "city"


def _plausible_place(place: str, has_date_or_outlet: bool) -> bool:
    """A dateline place is short and capitalised; ALL CAPS or backed by a date/outlet."""
    words = place.replace("/", " ").split()
    if not words or len(words) > 5 or place.lower() in _NOT_PLACES or len(place) < 2:
        return False
    if any(w[0].islower() and w not in _SMALL_WORDS for w in words):
        return False
    letters = [c for c in place if c.isalpha()]
    is_caps = all(c.isupper() for c in letters)
    if not has_date_or_outlet and not is_caps:
        return False
    return not (place.isupper() and len(letters) < 2)


def _dateline_date(text: str | None, published: date | None) -> date | None:
    """The dateline day: resolved like a past date in the text (with the same
    slack for wire copy filed a day "ahead" of the publisher's time zone)."""
    if not text:
        return None
    found = _scan(text)
    if not found:
        return None
    x = found[0]
    if x.kind == "ymd":
        return date(x.year, x.month, x.day)  # type: ignore[arg-type]
    if published is None:
        return None
    if x.kind == "md":
        return _pick_md(x, published, False)[0]
    if x.kind == "wd":
        return _pick_weekday(x, published, False)
    return None
