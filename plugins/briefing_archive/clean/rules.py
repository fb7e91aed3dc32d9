"""The junk reason a line has on its own (``_rule``): metadata and bylines, photo credits,
legal footers, translation notes and site statements."""

from __future__ import annotations

import re

from .lines import FOREIGN, _Line, _Profile, _is_foreign, _word_count
from .prompts import _FORWARDED, _TELEGRAM_HEAD, _breadcrumb, _prompt_rule
from .shapes import (
    _CLOCK, _DATE_START, _DIGIT, _FULL_DATE, _SEPARATED, _STOPS, _ends_with, _has_date, _is_sentence,
    _is_timestamp,
)
from .text import _WORD
from .vocabulary import (
    _AGENCY_ONLY, _AUTHOR_BIO, _BYLINE, _CAPTION_POSITION, _CONTACT_LINE, _CONTACT_MARK, _COOKIE_BUTTONS,
    _COOKIE_CONTEXT, _COOKIE_CORE, _COOKIE_WORDS, _COPYRIGHT, _CREDIT, _CREDIT_ANYWHERE, _DISCLAIMER,
    _DISCLAIMER_ANY, _DO_NOT_SELL, _META_LABEL, _NAME_AGENCY, _NOT_NAME_START, _PHOTO_LABEL, _PHOTO_LABEL_CJK,
    _PHOTO_TAIL, _PRINT_EDITION, _REPORTED, _REPORTER_OF, _ROLE_BYLINE, _SIGN_OFF, _URL_LINE, _WITH_AGENCIES,
    _has, _hints, _ui_key,
)


def _meta_rule(text: str, words: float) -> str | None:
    """Date, URL, byline and credit lines: junk for the body, data for extract."""
    if words <= 4 and _URL_LINE.match(text):
        return "url"
    if words <= 12 and text[:10].lower() == "published " and _PRINT_EDITION.match(text):
        return "metadata"
    if words <= 12 and _is_timestamp(text):
        return "timestamp"
    if words <= 25:
        label = _META_LABEL.match(text)
        if label and (
            label.group("colon") or _DATE_START.match(label.group("rest"))
            or (_FULL_DATE.search(label.group("rest")) and not _is_sentence(text, words))
        ):
            return "metadata"
        dated = _DIGIT.search(text) and (_CLOCK.search(text) or _FULL_DATE.search(text))  # both need a digit
        if dated and ("|" in text or (words <= 15 and _SEPARATED.search(text) and not _is_sentence(text, words))):
            if not _opens_prose(text):
                return "metadata"
    if words <= 30 and _AUTHOR_BIO.match(text):
        return "byline"
    if words <= 15 and _is_byline(text):
        return "byline"
    if words <= 40 and (_CREDIT.match(text) or ("contributed" in text and _CREDIT_ANYWHERE.search(text))):
        return "credit"
    return None


_PROSE_WORDS = frozenset("the of and a an to in with for on at has have had was were is are said will".split())


def _is_agency_name(text: str) -> bool:
    """A news agency of ``outlets.yaml`` written alone, as a byline or credit."""
    from ..extract.outlet import canonical_outlet, is_wire  # deferred: extract imports the whole extract package

    name = text.strip(" -–—()[]/.")
    return bool(name) and name[:1].isupper() and is_wire(canonical_outlet(name))


def _opens_prose(text: str) -> bool:
    """ "Beijing, 14 March 2024 - The Foreign Minister of the Republic ...": a dateline opening a
    hard-wrapped paragraph, not a date line; what follows the dash reads as a sentence."""
    separator = _SEPARATED.search(text)
    if not separator or "|" in text:
        return False
    tail = text[separator.end():].split()
    return len(tail) >= 6 and sum(1 for w in tail if w.lower() in _PROSE_WORDS) >= 2


def _is_byline(text: str) -> bool:
    """"By NAME", "NAME, Reuters", or an agency name standing alone."""
    if _AGENCY_ONLY.match(text) or _NAME_AGENCY.match(text) or _SIGN_OFF.match(text) or _AUTHOR_BIO.match(text):
        return True
    if _ROLE_BYLINE.match(text) or _WITH_AGENCIES.match(text) or _REPORTER_OF.match(text):
        return True
    match = _BYLINE.match(text)
    if not match:
        return False
    if match.group("cjk"):
        return True
    name = match.group("name")
    first = name.split()[0].strip(",.:").lower()
    if not name[:1].isupper() or first in _NOT_NAME_START:
        return False
    ends_prose = _ends_with(text, _STOPS) and "|" not in text and not _has_date(text)
    return not ends_prose or len(name.split()) <= 4


_TAIL_HINTS = _hints("/", "photo", "image", "pic", "credit", "getty", "图")
_POSITION_HINTS = _hints("left", "right", "centre", "center", "front", "rear", "(l)", "(r)", "(c)")
_COPYRIGHT_HINTS = _hints(
    "©", "copyright", "(c)", "all rights", "may not be", "版权", "未经", "права", "derechos", "droits", "rechte",
    "direitos", "diritti", "hak cipta", "hakları", "prawa", "creative commons", "cc by", "licen", "सर्वाधिकार",
    "bảo lưu", "ghi rõ", "reproduction",
)
_DISCLAIMER_HINTS = _hints(
    "syndicated", "views expressed", "reflect the", "originally", "first published", "first appeared"
)


# "📸 Kremlin pool", "📷: Reuters": a camera emoji labels a picture credit.
_PHOTO_EMOJI = re.compile("^\\s*(?:\U0001f4f8|\U0001f4f7|\U0001f3a5|\U0001f4f9|\U0001f5bc\ufe0f?)\\s*[:：-]?\\s*")
# "In this photo ...", "This handout picture released by ... shows": a caption describing the picture.
_PHOTO_PHRASE = re.compile(
    r"^(?:in )?(?:this|a|the) (?:handout |file |undated |combination |aerial |video |pool )?"
    r"(?:photo(?:graph)?|picture|image|still|screen ?grab|frame grab)\b"
    r"(?: (?:taken|released|provided|distributed|made available|posted|shows|shared|obtained)\b| from\b|,)",
    re.I,
)
# "(ABC News: Ian Cutmore)", "(Reuters: Tingshu Wang)": an outlet and a photographer.
_OUTLET_PHOTOGRAPHER = re.compile(
    r"\((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3}\s*:\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\)\.?$"
)


def _photo_rule(text: str, lower: str, words: float) -> str | None:
    """Photo credits ("Photo: Reuters/Name", "📸 Pool") and captions ("FILE PHOTO: ...")."""
    label = _PHOTO_LABEL.match(text) or _PHOTO_LABEL_CJK.match(text) or _PHOTO_EMOJI.match(text)
    if label:
        rest = text[label.end() :]
        if lower.lstrip("[(（【 ").startswith("file photo"):
            return "caption"
        return "photo credit" if _word_count(rest) <= 8 else "caption"
    if words <= 60 and _PHOTO_PHRASE.match(text) and not _REPORTED.search(text):
        return "caption"
    if words <= 60 and text.endswith((")", ").")) and _OUTLET_PHOTOGRAPHER.search(text):
        return "photo credit" if words <= 6 else "caption"
    tail = lower[-160:]
    if words <= 80 and _has(tail[-70:], _TAIL_HINTS) and _PHOTO_TAIL.search(text[-160:]):
        return "photo credit" if words <= 6 else "caption"
    if words <= 60 and _has(lower, _POSITION_HINTS) and _CAPTION_POSITION.search(text):
        return "caption"
    return None


# Consent-platform text that never says "cookie": "We and our partners store and access information on your device".
_CONSENT = re.compile(
    r"\bwe and our (?:\d+ )?(?:partners|vendors)\b.{0,60}\b(?:store|access|process|use|collect)"
    r"|\bstore and/or access information on a device\b|\buse precise geolocation data\b"
    r"|\bactively scan device characteristics\b|\bpersonali[sz]ed (?:ads|advertising) and content\b.{0,40}\bmeasurement\b",
    re.I,
)


def _legal_rule(text: str, lower: str, key: str, words: float) -> str | None:
    """Cookie banners, copyright footers and syndication disclaimers."""
    if key in _COOKIE_BUTTONS:
        return "cookie notice"
    if words <= 8:
        tokens = _WORD.findall(key)
        if tokens and set(tokens) <= _COOKIE_WORDS and set(tokens) & _COOKIE_CORE:
            return "cookie notice"
        if _DO_NOT_SELL.match(key):
            return "cookie notice"
    if words <= 80 and "cookie" in lower and _COOKIE_CONTEXT.search(text):
        return "cookie notice"
    if words <= 120 and ("partners" in lower or "vendors" in lower or "device" in lower) and _CONSENT.search(text):
        return "cookie notice"
    if words <= 60 and _has(lower, _COPYRIGHT_HINTS) and _COPYRIGHT.search(text):
        return "copyright"
    if words <= 60 and (
        _DISCLAIMER.match(text) or (_has(lower, _DISCLAIMER_HINTS) and _DISCLAIMER_ANY.search(text))
    ):
        return "disclaimer"
    return None


# Notes that the text is a translation: "Translated from Russian", "Machine translation".
_TRANSLATION = re.compile(
    r"^[(\[*_]*\s*(?:(?:this|the) (?:article|story|text|page|post|content|report|news item|material)s?\s+"
    r"(?:was|has been|is|were|have been|may have been)\s+(?:\w+\s+){0,2}translat"
    r"|(?:(?:automatically|machine|auto|computer|ai)[- ])?translated (?:from|by|into|automatically|using|with)\b"
    r"|(?:automatic|machine|auto|computer|ai)[- ]?(?:generated )?translat"
    r"|translation (?:by|from|provided by|tool|engine|service)\b|translation of (?:an? |the )?original\b"
    r"|original(?:ly)? (?:article |text |story |version )?(?:in|written in|published in) "
    r"(?:russian|portuguese|spanish|french|german|chinese|arabic|turkish|korean|japanese|indonesian|malay"
    r"|vietnamese|persian|hindi|urdu|italian|polish|ukrainian)\b"
    r"|traduç[ãa]o autom|traduzido (?:automaticamente|do|por)|traducci[óo]n autom|traducido (?:autom|del|por)"
    r"|traduction automatique|traduit (?:automatiquement|de|par)|automatisch übersetzt|übersetzt (?:aus|von)"
    r"|автоматический перевод|машинный перевод|перевод с|переведено"
    r"|(?:read|view) (?:this )?(?:article |story |page )?in (?:english|portuguese|spanish|french|german|russian"
    r"|chinese|arabic|turkish|korean|japanese|indonesian|malay)\b|leia em |lea en |lire en |auf deutsch lesen"
    r"|versão em |versión en |(?:this|the) (?:article|story) is (?:also )?available in\b|.{0,40}improve google translate)",
    re.I,
)
_TRANSLATION_KEYS = frozenset(
    "translation|translated|translate|google translate|machine translation|show original|see original"
    "|view original|original text|translate this page|auto-translated|machine-translated|rate this translation"
    "|english version|english edition|versão em inglês|versión en inglés|version anglaise".split("|")
)
# "<Agency> provides up-to-date ... news", "<Agency> website contains only a portion of the news".
_SELF_DESCRIPTION = re.compile(
    r"^(?P<subject>(?:this|our|the) (?:web ?)?(?:site|portal|app|service|newsletter|publication)"
    r"|(?:[A-Z][\w.&'’-]*\s+){1,6}?(?:(?:web ?)?site\s+|portal\s+|app\s+|service\s+)?)"
    r"(?:provides|offers|delivers|brings(?: you)?|contains|publishes|disseminates|distributes|features"
    r"|is (?:a|an|the|your)\b)"
    r".{0,200}?\b(?:news|stories|subscribers|coverage|journalism|newswire|wires?|reporting)\b",
)
_SUBSCRIBERS_ONLY = re.compile(
    r"\b(?:offered|available|provided|sent|delivered) (?:only |exclusively )?to (?:our )?(?:paying )?"
    r"(?:subscribers|members|clients|customers)\b",
    re.I,
)
# "The writer is a freelance journalist based in Lahore", "Jane Doe is a correspondent based in Seoul".
_WRITER_BIO = re.compile(
    r"^[(\[*_—–-]*\s*(?:the )?(?:writer|author|columnist|contributor|reviewer|commentator|analyst)s?\s+"
    r"(?:is|are|was|has been|teaches|works|heads|serves|writes|covers|tweets)\b",
    re.I,
)
_BASED_BIO = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3} is an? [\w ,'’-]{1,80}?\b(?:based in|who (?:covers|writes|reports))\b"
)
# Statements every page of a site carries: acknowledgement of country, helplines.
_SITE_STATEMENT = re.compile(
    r"\backnowledges?\b.{0,160}\b(?:traditional (?:custodians|owners)|first (?:nations|peoples|australians)"
    r"|aboriginal|torres strait|māori|maori|indigenous peoples?)\b"
    r"|\bpay (?:our|their|its) respects? to (?:elders|their elders)\b"
    r"|^if you or (?:someone|anyone) you know\b",
    re.I,
)


def _statement_rule(text: str, lower: str, key: str, words: float) -> str | None:
    """Translation notes, site self-descriptions, author bios and site-wide statements."""
    if words > 80:
        return None
    if words <= 30 and (key in _TRANSLATION_KEYS or (_has(lower, _TRANSLATION_HINTS) and _TRANSLATION.match(text))):
        return "translation note"
    if words <= 60:
        described = _has(lower, _NEWS_HINTS) and _has(lower, _SELF_VERBS) and _SELF_DESCRIPTION.match(text)
        if described and not _REPORTED.search(text):
            if _names_a_site(described.group("subject"), copula=" is " in described.group()):
                return "disclaimer"
        if _has(lower, _CLIENT_HINTS) and _SUBSCRIBERS_ONLY.search(text) and not _REPORTED.search(text):
            return "disclaimer"
        if _has(lower, _BIO_HINTS) and (_WRITER_BIO.match(text) or _BASED_BIO.match(text)) and not _REPORTED.search(text):
            return "author bio"
    if _has(lower, _SITE_STATEMENT_HINTS) and _SITE_STATEMENT.search(text):
        return "site statement"
    return None


_TRANSLATION_HINTS = ("translat", "tradu", "übersetz", "перевод", "переведено", "original", "read ", "view ", "leia ",
                      "lea ", "lire ", "deutsch", "versão", "versión", "available in")
_NEWS_HINTS = ("news", "stor", "subscri", "coverage", "journalism", "wire", "reporting")
_SELF_VERBS = (" provides ", " offers ", " delivers ", " brings ", " contains ", " publishes ", " disseminates ",
               " distributes ", " features ", " is a", " is the ", " is your ")
_CLIENT_HINTS = ("subscribers", "members", "clients", "customers")
_BIO_HINTS = ("writer", "author", "columnist", "contributor", "reviewer", "commentator", "analyst", "based in",
              "who covers", "who writes", "who reports")
_SITE_STATEMENT_HINTS = ("cknowledge", "respects", "you know")


def _names_a_site(subject: str, copula: bool) -> bool:
    """The subject of a self-description: "This website", "BERNAMA", "Anadolu Agency website".

    "X is a news agency" is prose about X unless X is plainly the site itself.
    """
    subject = subject.strip()
    if re.search(r"\b(?:site|website|portal|app|service|newsletter|publication)$", subject, re.I):
        return True
    if copula:
        return False
    letters = [ch for ch in subject if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return True
    from ..extract.outlet import masthead_name  # deferred: extract imports the whole extract package

    return masthead_name(subject, loose=True) is not None


# Newsletter sign-offs that name the publication (kept as metadata for the outlet).
_NAMES_SITE = re.compile(
    r"^(?:thanks|thank you) for reading\b|\bis an? (?:reader|listener)-supported publication\b"
    r"|^discover more from\b",
    re.I,
)


def _rule(line: _Line, profile: _Profile) -> tuple[str, bool] | None:
    """The junk reason a line has on its own, and whether it is metadata."""
    text, words = line.text, line.words
    reason = _meta_rule(text, words)
    if reason:
        return reason, True
    if words <= 12 and (_TELEGRAM_HEAD.match(text) or _FORWARDED.match(text)):
        return "metadata", True  # names the channel or outlet the post comes from
    if words <= 4 and _is_agency_name(text):
        return "byline", True  # "WAM", "(Bernama)", "-- Kyodo": a news agency credited alone
    if words <= 30 and _CONTACT_LINE.match(text) and _CONTACT_MARK.search(text) and not _REPORTED.search(text):
        return "contact details", False
    lower = text.lower()
    key = _ui_key(text)
    reason = (
        _photo_rule(text, lower, words) or _legal_rule(text, lower, key, words)
        or _statement_rule(text, lower, key, words) or _prompt_rule(text, line.raw, key, words)
    )
    if reason:
        # "© 2024 Outlet Ltd.", "sri/jcg (AFP, Reuters)" and "Thanks for reading X!" name the outlet.
        meta = reason in ("copyright", "credit") or (reason == "subscription" and bool(_NAMES_SITE.search(text)))
        return reason, meta
    if words <= 40 and any(ch in text for ch in "»›→>"):
        crumb = _breadcrumb(text)
        if crumb is not None:
            line.crumb = crumb
            return "breadcrumb", False
    if _is_foreign(line, profile):
        return FOREIGN, False
    return None
