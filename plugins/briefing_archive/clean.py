"""Clean stage: reduce a scraped article to its own words.

Scraped text carries site furniture: menus, share and comment prompts, photo
credits, tickers of other stories, legal footers, sometimes in another
language than the article. Nothing here knows any one site. A line is junk
because of *what it is*: its shape (a bare timestamp, a run of short lines
between timestamps, a title that shares no words with the body), its
vocabulary class (the handful of words every site uses for "Share",
"Advertisement", "Also read"), its script or language, or because it repeats
across articles that otherwise differ (``find_boilerplate``).

A masthead (the site's or newsletter's own name above the headline: a known
outlet, a name with a publication word such as "Weekly" or "News Agency", an
institution such as "Ministry of ...", or a name the page repeats in its
copyright line, staff byline, sign-off or URL) is never the headline. Consent
buttons and translation notes never are either. Captions without a credit
are known by place (next to an image credit, or right under the headline
above the lead) and by words (a picture described, no verb, nothing reported).

Every dropped line is kept as a ``RemovedLine`` with its reason so a curator
can audit the choice. Date, byline, credit, URL, masthead, copyright and
licence lines, and newsletter sign-offs ("Thanks for reading X!"), also go to
``Cleaned.meta_lines``: they name the outlet and the publication date.
Everything is linear in the text.

Reasons: navigation, breadcrumb, masthead, section heading, share prompt,
comment prompt, subscription, advertisement, cookie notice, copyright,
disclaimer, related links, photo credit, caption, byline, credit, metadata,
timestamp, url, ticker, foreign-language boilerplate, unrelated headline,
repeated headline, repeated line, end marker, separator, contact details,
social embed, translation note, author bio, site statement, and
``BOILERPLATE``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .models import Article, Cleaned, Problem, RemovedLine

__all__ = ["BOILERPLATE", "clean", "find_boilerplate", "normalise_line"]

BOILERPLATE = "boilerplate (repeats across articles)"
FOREIGN = "foreign-language boilerplate"

# ------------------------------------------------------------------ scripts

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CLASS = f"[{_HAN}\u3040-\u30ff\uac00-\ud7af]"
_SCRIPT_RE = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cjk": re.compile(_CJK_CLASS),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}
# One CJK character carries about as much as three Latin letters.
_SCRIPT_WEIGHT = {"cjk": 3.0}
_CJK_RE = re.compile(_CJK_CLASS)
_HAN_RUN = re.compile(f"[{_HAN}]+")

# Function words that tell Latin-script languages apart; overlaps are removed
# below so each set only holds words distinctive of its language.
_LANG_WORDS_RAW = {
    "en": "the of and to that for with was were has have had said will would this from which "
    "they their been is it its by at on an be not but who also after during between about than",
    "es": "el la los las del que y en un una por con para es se su sus al lo como más pero fue "
    "ha han sobre este esta entre también desde según sin",
    "fr": "le la les des du et est une un dans pour pas qui que sur au aux avec ce cette son ses "
    "sont été ont mais par plus entre selon sans",
    "de": "der die das und ist nicht ein eine zu den dem mit von im auf für sich des auch es "
    "wird wurde bei nach aus zwischen",
    "pt": "o os as da do das dos e em um uma que para com não por se na no ao mais foi são pela "
    "pelo entre também sem",
    "it": "il gli della delle dei del e che di un una per con non sono è nel nella alla anche "
    "tra più ha hanno",
}


def _distinctive(raw: dict[str, str]) -> dict[str, frozenset[str]]:
    """Keep only the words that belong to one language's list."""
    sets = {lang: set(words.split()) for lang, words in raw.items()}
    out: dict[str, frozenset[str]] = {}
    for lang, words in sets.items():
        others = set().union(*(w for other, w in sets.items() if other != lang))
        out[lang] = frozenset(words - others)
    return out


_LANG_WORDS = _distinctive(_LANG_WORDS_RAW)
_LANG_OF_WORD = {word: lang for lang, words in _LANG_WORDS.items() for word in words}
_LATIN_WORD = re.compile(r"[a-zà-ÿ]+")

# ---------------------------------------------------------------- tokens

_STOPWORDS = frozenset(
    """a about above across after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is it
    its itself just me more most my no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours said says say told according new one two three
    first last next year years day days week weeks month months time times per via amid among
    upon within without like may might must shall yet still ago since well even many much
    да и в во не что он на я с со как а то все она так его но ты к у же вы за бы по только ее
    было вот от меня еще нет о из ему для при это этот также который которые
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_US = re.compile(r"\bU\.S\.(?:A\.)?")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """Crude stem: enough to match "talks"/"talk", "agreed"/"agree", "cooperation"/"cooperate"."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith(("ed", "ly")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif len(word) > 3 and word.endswith("e"):  # "agree" meets "agreed" at "agre"
        word = word[:-1]
    return word[: 5 if "\u0400" <= word[:1] <= "\u04ff" else 6]


def _tokens(text: str) -> list[str]:
    """Content tokens: stemmed words, and character bigrams for CJK runs."""
    out: list[str] = []
    if not text.isascii() and _HAN_RUN.search(text):
        for run in _HAN_RUN.findall(text):
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        text = _HAN_RUN.sub(" ", text)
    if "U.S." in text:
        text = _US.sub("US", text)
    stop = _STOPWORDS
    out += map(_stem, [w for w in _WORD.findall(text.lower()) if len(w) >= 2 and w not in stop])
    return out


# ----------------------------------------------------------- normalisation

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_DIGITS = re.compile(r"\d+")
_EDGE_PUNCT = " \t-–—|•·*:#>»›<«‹\"'“”‘’()[]{}【】「」『』（）：,.;!?…/\\_=~+"


def normalise_line(line: str) -> str:
    """The key two lines share when they are the same furniture.

    Case, spacing, numbers ("Comments (12)", a date) and edge punctuation do
    not make a different line.
    """
    if not line.isascii():
        line = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", line))
    text = _DIGITS.sub("0", " ".join(line.casefold().split()))
    return text.strip(_EDGE_PUNCT)


# ------------------------------------------------------------- line model


@dataclass(slots=True)
class _Line:
    """One line of the article and what the cleaner decided about it."""

    number: int
    text: str  # whitespace collapsed
    raw: str = ""  # as scraped (inner spacing kept: menus use wide gaps)
    words: float = 0.0
    script: str | None = None
    letters: float = 0.0  # weighted letters in ``script``
    stamp: bool = False  # holds nothing but a date/time
    reason: str | None = None
    meta: bool = False
    sentence: bool = False
    dateline: bool = False
    crumb: str | None = None  # last crumb of a breadcrumb line
    headline: bool = False  # the line the headline was taken from
    end: int = 0  # last line number when hard-wrapped lines were merged into this one
    tail: int = 0  # where the last merged physical line starts in ``text``
    latin: list[str] | None = None  # lower-case Latin words, found once (``_latin_words``); None when text changes

    def __post_init__(self) -> None:
        self.end = self.end or self.number


@dataclass(frozen=True, slots=True)
class _Profile:
    """What the article as a whole is written in."""

    script: str | None
    language: str | None  # only for Latin script


def _word_count(text: str) -> float:
    """Words, counting two CJK characters as one word."""
    if text.isascii() or not _CJK_RE.search(text):
        return float(len(text.split()))
    cjk = len(_CJK_RE.findall(text))
    if not cjk:
        return float(len(text.split()))
    return cjk / 2 + len(_CJK_RE.sub(" ", text).split())


_TWO_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][^A-Za-z\u00c0-\u024f]*[A-Za-z\u00c0-\u024f]")
_NON_LATIN = re.compile(r"[\u0370-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _script_of(text: str) -> tuple[str | None, float]:
    """The script most of a line's letters are in, and their weighted count."""
    if not _NON_LATIN.search(text):  # the common case: length stands in for letters
        return ("latin", float(len(text))) if _TWO_LATIN.search(text) else (None, 0.0)
    best, best_n = None, 0.0
    for name, pattern in _SCRIPT_RE.items():
        n = len(pattern.findall(text)) * _SCRIPT_WEIGHT.get(name, 1.0)
        if n > best_n:
            best, best_n = name, n
    return (best, best_n) if best_n >= 2 else (None, 0.0)


def _split_lines(text: str) -> list[_Line]:
    """Lines numbered as in ``Article.text``, spacing collapsed."""
    lines: list[_Line] = []
    for number, raw in enumerate(_ZERO_WIDTH.sub("", text).split("\n"), start=1):
        clean_text = " ".join(raw.split())
        line = _Line(number, clean_text, raw.strip())
        if clean_text:
            line.words = _word_count(clean_text)
            line.script, line.letters = _script_of(clean_text)
            line.stamp = _is_timestamp(clean_text)
        lines.append(line)
    return lines


def _latin_words(line: _Line) -> list[str]:
    """A line's lower-case Latin-script words, found once: the profile and the foreign test both read them."""
    if line.latin is None:
        line.latin = _LATIN_WORD.findall(line.text.lower())
    return line.latin


def _lang_hits(words: Iterable[str]) -> Counter[str]:
    """How many distinctive function words of each language the words hold."""
    return Counter(filter(None, map(_LANG_OF_WORD.get, words)))


def _profile(lines: Sequence[_Line]) -> _Profile:
    """Dominant script, weighting long lines most: the body outweighs footers."""
    weight: dict[str, float] = {}
    for line in lines:
        if line.script:
            weight[line.script] = weight.get(line.script, 0.0) + line.letters * line.letters
    script = max(weight, key=weight.__getitem__) if weight else None
    language = None
    if script == "latin":
        words: list[str] = []
        for line in lines:
            if line.script == "latin" and line.words >= 8:
                words += _latin_words(line)
        counts = _lang_hits(words)
        if counts:
            top, count = counts.most_common(1)[0]
            language = top if count >= 5 else None
    return _Profile(script, language)


def _is_foreign(line: _Line, profile: _Profile) -> bool:
    """A line in another script, or Latin-script prose in another language."""
    if not line.script or not profile.script:
        return False
    if line.script != profile.script:
        return True
    if line.script != "latin" or not profile.language:
        return False
    words = set(_latin_words(line))
    own = len(words & _LANG_WORDS[profile.language])
    other = max(len(words & ws) for lang, ws in _LANG_WORDS.items() if lang != profile.language)
    if other >= 3 and other > 2 * own:
        return True
    return line.words <= 8 and other >= 2 and own == 0


# ------------------------------------------------------------------ shapes

_STOPS = ".。…;；:："  # a line ending in one of these is prose
_EXCLAIMS = "!?！？"
_CLOSERS = "\"'”’)]»」』）"


def _ends_with(text: str, marks: str) -> bool:
    """Whether a line ends with one of ``marks``, maybe inside closing quotes or brackets.

    Looks at the end only: a pattern anchored with ``$`` is tried at every position of the line.
    """
    if text.endswith("\n"):
        text = text[:-1]
    last = text.rstrip(_CLOSERS)[-1:]
    return bool(last) and last in marks


_INNER_STOP = re.compile(r"[a-z\u4e00-\u9fff)\"”’][.!?。！？][\"”’]?\s+[\"“‘(]?[A-Z\u4e00-\u9fff]")
# "SAN FRANCISCO, Nov. 16 --", "BEIJING (AP) —": a wire dateline opens a paragraph.
_PARAGRAPH_START = re.compile(r"^[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*(?:,|\s+\(|\s+--|\s+[—–]|\s+-\s)")
_END_MARKER = re.compile(r"\s*(?:\bEnditem|\(END\)|-+\s*ENDS?\s*-+|\bENDS)\s*$")


def _is_sentence(text: str, words: float) -> bool:
    """Prose rather than a title: ends like a sentence, or is simply long."""
    if _ends_with(text, _STOPS):
        return True
    if _ends_with(text, _EXCLAIMS) and words >= 12:
        return True
    return words >= 26 or (words >= 12 and _INNER_STOP.search(text) is not None)


_DATELINE_LINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*\b.{0,60}?(?:--|—|–|-|/\.?|\))"
    r"|[A-Z][\w.'’ -]{1,30},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
    r".{0,30}?(?:--|—|–|-|:)"
    r"|.{2,20}电)\s*$"
)


# ---------------------------------------------------------------- timestamps

_MONTHS = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "januar februar märz juni juli oktober dezember"
).split()
_DATE_WORDS = frozenset(
    _MONTHS
    + """mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday
    sun sunday am pm a.m p.m gmt utc ist est edt cst cdt pst pdt cet cest bst msk jst kst hkt sgt
    bjt aest et pt local time updated published posted last first on at ago hour hours hr hrs
    minute minutes min mins second seconds sec secs day days week weeks yesterday today just now
    a an de del г года of the""".split()
)
_STRONG_DATE_WORDS = frozenset(_MONTHS + ["ago", "yesterday", "today"])
_DIGIT = re.compile(r"\d")
_TS_SPLIT = re.compile(r"[\s,|/·•()\[\]\-–—:.+]+")
_CJK_DATE_CHARS = re.compile(r"[年月日时分秒号]")
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})\b")
_CJK_DATE = re.compile(r"\d{1,4}\s*[年月日]")
_NUMERIC_TOKEN = re.compile(r"\d+(?:st|nd|rd|th|[a-z]\d*)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_timestamp(text: str) -> bool:
    """A line holding nothing but a date and/or time."""
    if len(text) > 60 or not _DIGIT.search(text):
        return False
    tokens = [t for t in _TS_SPLIT.split(_CJK_DATE_CHARS.sub(" ", text).lower()) if t]
    if not tokens:
        return False
    strong = False
    for token in tokens:
        if token in _DATE_WORDS:
            strong = strong or token in _STRONG_DATE_WORDS
        elif _NUMERIC_TOKEN.fullmatch(token):
            strong = strong or bool(_YEAR.fullmatch(token))
        else:
            return False
    return strong or bool(_CLOCK.search(text) or _CJK_DATE.search(text))


_SEPARATED = re.compile(r"\s[-–—·•/]\s|\s\|")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH_WORD},?\s+\d{{4}}\b|\b{_MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}\b"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\d{4}年\d{1,2}月",
    re.I,
)
_DATE_START = re.compile(rf"^(?:\d|{_MONTH_WORD}\s|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)", re.I)


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _has_date(text: str) -> bool:
    """Whether a short line mentions a date or time anywhere."""
    lowered = text.lower()
    if _CLOCK.search(text) or _CJK_DATE.search(text) or _YEAR_WORD.search(text):
        return True
    return any(w in _STRONG_DATE_WORDS for w in _LATIN_WORD.findall(lowered))


# ------------------------------------------------------------ vocabularies


def _hints(*needles: str) -> tuple[str, ...]:
    """Literal pieces for a cheap pre-check (``_has``) that spares the costly pattern on most lines."""
    return needles


_AGENCIES = (
    r"reuters|associated press|the associated press|ap|afp|agence france-presse|xinhua"
    r"|tass|ria novosti|sputnik|interfax|bloomberg|kyodo|yonhap"
    r"|dpa|efe|ansa|pti|ians|ani|press trust of india|uni|bernama|anadolu|cns|china news service"
    r"|cgtn|china daily|global times|people's daily|agencies|agency|staff|staff reporter"
    r"|staff writer|our correspondent|our bureau|web desk|news desk|online desk|desk"
)
_AGENCY_ONLY = re.compile(
    rf"^[-–—(\[]*\s*(?:by\s+)?(?:{_AGENCIES})(?: news)?(?:\s*(?:,|/|&|and)\s*(?:{_AGENCIES}))*\s*[)\]]*$",
    re.I,
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_AUTHOR_BIO = re.compile(rf"^{_NAME} (?:writes|reports|covers|is an? [\w -]{{1,40}} (?:at|for|with)) ")
_SIGN_OFF = re.compile(rf"^(?:--|[-–—~])\s*{_NAME}(?:\s*,\s*[\w ]{{1,30}})?$")
_NAME_AGENCY = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}\s*[,|/–—-]\s*(?i:{_AGENCIES})$")
# "FRANCE 24 with AFP", "Le Monde with AFP and Reuters": a site's own name and the wires it used.
_WITH_AGENCIES = re.compile(
    rf"^\(?(?:[A-Z0-9][\w.'’&-]*(?:\s+[A-Za-z0-9][\w.'’&-]*){{0,4}}\s+)?(?i:with|and|&|\+)\s+"
    rf"(?i:{_AGENCIES})(?:\s*(?:,|/|&|and)\s*(?i:{_AGENCIES}))*\)?\.?$"
)
# "Pedro Vilela - Agência Brasil reporter", "Reporter for Agência Brasil".
_REPORTER_OF = re.compile(
    rf"^{_NAME}\s*[-–—|,]\s*(?:[\w.'’&-]+\s+){{0,4}}(?i:reporter|correspondent|editor|journalist)s?$"
    r"|^(?i:reporter|correspondent|journalist)s? (?i:for|at|of|da|do|de)\s+[A-Z]"
)
# "Published in Dawn, July 10th, 2024": the print edition names its paper.
_PRINT_EDITION = re.compile(
    r"^(?i:published in (?:the )?(?:print edition of )?(?:the )?)[A-Z][\w.&'’ -]{1,40}?\s*,\s*(?:[A-Z][a-z]{2,8}\.? \d|\d)"
)
# "By political reporter Jane Hartley", "By China correspondent Bill Birtles".
_ROLE_BYLINE = re.compile(
    r"^by\s+(?:[\w-]+\s+){0,4}?(?:reporter|correspondent|editor|writer|analyst|producer|journalist|bureau chief)s?"
    rf"\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})?$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|written by|words by|reported by|story by|text by|posted by|authors?|reporters?"
    r"|correspondent|автор|por|par|von)\b\s*[:：|]?\s*(?P<name>\S.*)$|^(?:作者|记者|撰文)\s*[:：|]?\s*(?P<cjk>\S.*)$",
    re.I,
)
_NOT_NAME_START = frozenset(_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday the then this that now contrast far "
    "comparison default law".split()
)
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:(?:additional\s+)?reporting by|writing by|editing by|edited by|compiled by"
    r"|contributed by|produced by|graphics by|translated by|translation by"
    r"|with (?:additional )?(?:inputs?|reporting|contributions?) (?:from|by)|with agency inputs"
    r"|inputs from|editors?(?!['’]s)\b\s*[:：]|editing\s*[:：]|edi(?:tion|ção|ción)\s*[:：]"
    r"|责任编辑|编辑\s*[:：]|校对|审核|редактор)",
    re.I,
)
_CREDIT_ANYWHERE = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed(?: reporting)?\.?$", re.I
)

_PHOTO_LABEL = re.compile(
    r"^[\[(（【]?\s*(?:file photo|photo(?:graph)?s?|images?|picture|pictured|pic|credits?"
    r"|(?:cover|top|featured|lead|main|header) (?:image|photo|picture)"
    r"|(?:image|photo|picture) (?:source|caption|credit)s?\s*[,:：]"
    r"|photo credit|image credit|illustration|photographer|foto|фото)\s*(?:[:：/|]|by\b|-|–|—)\s*",
    re.I,
)
_PHOTO_LABEL_CJK = re.compile(r"^[\[(（【]?\s*(?:图片?来源|图源|摄影|摄|图\s*[/：:])")
_PHOTO_AGENCIES = (
    r"REUTERS|Reuters|AFP|AP(?: Photo)?|Xinhua|Getty(?: Images)?|EPA(?:-EFE)?|Bloomberg"
    r"|Sputnik|TASS|VCG|IC|CNS|CFP|Pool|Kyodo|Yonhap|ANI|PTI|IANS|Imaginechina|Shutterstock"
    r"|Handout|AAP|dpa|SIPA|ANADOLU|Anadolu|NurPhoto|China Daily|chinadaily\.com\.cn"
)
_PHOTO_TAIL = re.compile(
    rf"(?:(?:{_PHOTO_AGENCIES})\s*/\s*[\w.'’ -]{{2,40}}(?:/[\w.'’ -]{{2,20}})*"
    rf"|via (?:Getty Images|REUTERS|AP|AFP)|Getty Images"
    rf"|\b(?:photo|image|picture|pic|credit)s?\s*:\s*[^.:]{{2,60}}|\b(?:photo|image|picture)s?\s+by\s+[^.:]{{2,60}}"
    rf"|[\[(（][^\[\]()（）]{{0,80}}"
    rf"(?:photo|image|\bpic\b|图|/\s*(?:{_PHOTO_AGENCIES})|via (?:{_PHOTO_AGENCIES}))"
    rf"[^\[\]()（）]{{0,40}}[\])）]"
    rf"|\s/\s?(?:{_PHOTO_AGENCIES}|CGTN|[A-Z][\w ]{{1,30}}))\s*[\])）]?\s*\.?$",
    re.I,
)
# "Blinken, left, shakes hands with ...": only captions point at people in a picture.
_CAPTION_POSITION = re.compile(
    r"[,(]\s*(?:left|right|centre|center|second (?:left|right)|from (?:left|right)|front|rear|L|R|C)\s*[,)]"
)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:use|uses|using|accept|consent|agree|settings|policy|preferences|browsing|experience"
    r"|continuing|enable|personali[sz]e)\b",
    re.I,
)
_COOKIE_BUTTONS = frozenset(
    "accept|accept all|accept cookies|reject all|decline|i agree|agree|got it|ok|okay|allow all"
    "|manage preferences|manage cookies|cookie settings|privacy settings|we value your privacy"
    "|consent".split("|")
)
# Consent-banner buttons: every word from this small vocabulary, one of them a consent word.
_COOKIE_WORDS = frozenset(
    """accept accepting acceptance accepted all cookies cookie reject rejecting refuse decline deny continue
    without agree agreeing allow manage preferences preference settings options customise customize
    consent necessary only essential strictly save choices privacy close ok okay got it i and learn more
    details partners vendors purposes my your personal data do not sell or share""".split()
)
_COOKIE_CORE = frozenset(
    "accept accepting accepted reject rejecting refuse decline deny consent cookies cookie agree agreeing allow "
    "preferences choices".split()
)
_DO_NOT_SELL = re.compile(r"^(?:do not|don'?t) sell(?: or share)? my (?:personal )?(?:information|info|data)$", re.I)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|^copyright\b|all rights reserved|may not be (?:published|reproduced|"
    r"redistributed|copied)|版权所有|版权归|未经授权|все права защищены|todos los derechos reservados"
    r"|tous droits réservés|alle rechte vorbehalten|direitos reservados|tutti i diritti riservati"
    r"|hak cipta|tüm hakları saklıdır|wszelkie prawa zastrzeżone|सर्वाधिकार सुरक्षित|bảo lưu mọi quyền"
    r"|ghi rõ nguồn khi phát hành lại|\bno reproduction without (?:prior )?(?:written )?permission"
    r"|\bcreative commons\b|\bcc by(?:-[a-z]{2})*\s*\d\.\d|\blicen[cç]a? creative|\bsob a licen[cç]a\b",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^[(\[]?\s*(?:disclaimer|note to (?:readers|editors)|the views expressed|views expressed"
    r"|our standards|this (?:story|article|report|content) (?:has not been|was|is|has been)"
    r" (?:edited|auto-generated|generated|published|produced)|only the headline"
    r"|免责声明|版权声明|声明\s*[:：])",
    re.I,
)
_DISCLAIMER_ANY = re.compile(
    r"(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b|syndicated feed|\bviews expressed\b"
    r"|\bdo not (?:necessarily )?reflect the (?:views|position)",
    re.I,
)
_RELATED_PHRASE = re.compile(
    r"^(?:also read|read also|read more|read next|more to read|see also|further reading"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended (?:for you|stories"
    r"|articles|reading)|related (?:articles?|stories|news|posts|content|coverage|reading|topics"
    r"|links|videos?)|more (?:stories|news|top stories) (?:from|on|about)|don'?t miss|must read"
    r"|editor'?s picks?|what to read next|keep reading|in other news"
    r"|читайте также|смотрите также|lee también|lea también|te puede interesar"
    r"|noticias relacionadas|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|baca juga"
    r"|leia também|leggi anche|czytaj także|ayrıca okuyun)\b",
    re.I,
)
_LINK_SEPARATORS = frozenset(":：|-–—»>")
_RELATED_PHRASE_CJK = re.compile(
    r"^(?:相关阅读|相关新闻|相关文章|相关报道|延伸阅读|推荐阅读|热门推荐|热门文章|猜你喜欢)"
)
_RELATED_HEADER = frozenset(
    "related|related:|more|more news|more stories|top stories|most read|most popular|most viewed"
    "|popular|trending|trending now|latest|latest news|latest stories|recommended|by the same author"
    "|по теме|más noticias|à lire".split("|")
)
_TAG_HEADER = frozenset(
    "tags|tag|topics|keywords|related topics|filed under|categories|标签|关键词|теги".split("|")
)
_RELATED_MARKER = re.compile(
    r"^(?:related|watch|listen|popular|trending|latest|recommended|more|read|see|also|по теме|ещё|más)"
    r"\s*[:：|]\s*\S",
    re.I,
)
_SHARE_WORDS = frozenset(
    "share shares this article story page post on via to tweet pin it email e-mail mail print "
    "copy link url whatsapp facebook twitter x linkedin telegram reddit weibo wechat vk viber "
    "line flipboard pinterest tumblr messenger sms gmail more options save bookmark with friends "
    "your a suggest send recommend friend поделиться compartir partager teilen condividi".split()
)
_SHARE_CORE = frozenset(
    "share tweet facebook twitter whatsapp email linkedin telegram weibo wechat copy print "
    "pinterest reddit vk suggest send recommend поделиться compartir partager teilen condividi".split()
)
_COMMENT = re.compile(
    r"^(?:\d+\s*)?(?:comments?|replies|responses)(?:\s*[(\[]?\d+[)\]]?)?$"
    r"|^(?:leave|add|post|write|view|show|hide|read|see|load|submit) (?:a |all |the |your |\d+ )?"
    r"(?:comments?|replies|reply|response)"
    r"|^join the (?:conversation|discussion|debate)|^be the first to comment"
    r"|^(?:log|sign) in to (?:comment|reply)|^comments? (?:are|is) (?:closed|disabled)"
    r"|^your (?:comment|email address will not be published)|required fields are marked"
    r"|^\d+\s*/\s*\d{3,}$|^комментари|^comentarios?$|^commentaires?$|^kommentare?$"
    r"|\b(?:log in|sign in|register|subscribe) to (?:post a |leave a )?comment\b"
    r"|\bto (?:post|leave|add|write) a comment\b",
    re.I,
)
_COMMENT_HINTS = _hints(
    "comment", "repl", "respons", "conversation", "discussion", "debate", "коммент", "coment", "kommentar",
    "/", "required", "email",
)
_SUBSCRIBE = re.compile(
    r"^(?:subscribe|sign up|signup|register (?:now|for|to)|get (?:the|our) (?:latest|best|top|daily"
    r"|free|app)|download (?:the|our)|get the app|install (?:the|our) app|follow (?:us|[\w ]{1,30}"
    r" on (?:twitter|x|facebook|telegram|instagram|google news|whatsapp|linkedin|youtube))"
    r"|join (?:us|our)|newsletter|catch all the|catch the latest"
    r"|stay (?:up[- ]to[- ]date|updated|informed|connected|tuned)|keep up[- ]to[- ]date with|never miss|unlock"
    r"|already (?:a subscriber|have an account|registered)"
    r"|become a (?:member|subscriber)|support (?:our|independent|quality) journalism|don'?t miss out"
    r"|continue reading|to continue reading|create (?:a )?(?:free )?account|get (?:breaking|exclusive)"
    r"|for (?:more|the latest) (?:news|updates|stories)|click here|tap here|scan (?:the )?(?:qr )?code"
    r"|подписывайтесь|подпишитесь|подписаться|suscr[ií]bete|abonnez-vous|abonnieren)(?:\b|$)",
    re.I,
)
# Long lines opening like these are prompts even when they read as sentences.
_SUBSCRIBE_LONG = re.compile(
    r"^(?:subscribe|sign up|download (?:the|our)|newsletter|catch all the|catch the latest|get the app"
    r"|install (?:the|our) app|already (?:a subscriber|have an account)|become a (?:member|subscriber)"
    r"|support (?:our|independent|quality) journalism|to continue reading|create (?:a )?(?:free )?account"
    r"|подписывайтесь|подпишитесь|suscr[ií]bete|abonnez-vous)\b",
    re.I,
)
_SUBSCRIBE_CJK = re.compile(r"^(?:关注我们|扫码|扫描|下载|订阅|点击)")
_SUBSCRIBE_HINTS = _hints(
    "newsletter", "subscri", "inbox", "app store", "google play", "push notif", "mail", "opt in",
)
_SUBSCRIBE_SHORT = re.compile(
    r"newsletter|\bsubscri|\binbox\b|app store|google play|push notifications"
    r"|^(?:enter )?(?:your )?e-?mail address\b|^opt in\b",
    re.I,
)
_MAILING_HINTS = _hints("email", "subscri", "opted", "mailing", "preferences", "browser", "account")
_MAILING = re.compile(
    r"\bthis email\b|unsubscribe|opted in|mailing list|update your preferences|in (?:your|a) browser"
    r"|\b(?:sign|log) in\b.{0,40}\baccount\b|create (?:an? |your )?[\w ]{0,30}account",
    re.I,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?: (?:content|post|story|links?))?"
    r"|promoted(?: (?:content|stories))?|paid (?:content|post|partnership|promotion)|partner content"
    r"|(?:--\s*)?(?:end (?:of )?)?advertisement(?:\s*--)?"
    r"|story continues below(?: this)?(?: advertisement| ad)?"
    r"|article continues (?:below|after (?:this )?advertisement)|continue reading (?:below|the main story)"
    r"|scroll (?:down )?to continue(?: with content| reading)?|ad feedback|report (?:this )?ad|реклама|publicidad|anuncio"
    r"|publicité|anzeige|werbung|pubblicità|广告|推广)$",
    re.I,
)
_ADVERT_LABEL = re.compile(
    r"^(?:sponsored|advertisement|promoted|paid (?:post|content)|partner content)\s*[:：|]", re.I
)
_NAV_PHRASE = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|toggle navigation|main menu|menu|home(?:page)?"
    r"|search|back to top|go to top|top|next(?: (?:article|story|page|post))?|previous(?: (?:article"
    r"|story|page|post))?|prev|more|see more|show more|load more|view more|view all|see all|close"
    r"|open|expand|collapse|log ?in|log ?out|sign ?in|sign ?out|register|my account|account|profile"
    r"|print|font size|text size|a\+? ?a-?|listen(?: to (?:this )?(?:article|story))?"
    r"|\d+ min(?:ute)?s? read|reading time\b.*|(?:image |photo |slide )?\d+ of \d+|posted in\b.*"
    r"|page \d+(?: of \d+)?|\d+\s*/\s*\d+|e-?paper|today'?s paper|sections"
    r"|all sections|topics|(?:related )?topics?\s*[:：].*|subjects?\s*[:：].*|tags?(?:\s*[:：].*)?|categor(?:y|ies)\s*[:：].*|keywords?\s*[:：].*"
    r"|filed under\s*[:：]?.*|like this|loading|please wait|(?:show )?key events(?: only)?"
    r"|privacy policy|terms of (?:use|service)|contact us|about us"
    r"|首页|返回(?:顶部|首页)?|上一篇.*|下一篇.*|登录|注册|搜索|更多|打印|关闭|收藏|点赞"
    r"|главная|поиск|войти|ещ[её]|inicio|buscar|más|accueil|rechercher|startseite|suche)$",
    re.I,
)
_UI_HINTS = _hints(
    "javascript", "blocker", "browser", "screen reader", "official website", "how you know", "blank", "required"
)
_UI_MISC = re.compile(
    r"\bjavascript\b|\bad ?blocker\b|\byour browser\b|\bscreen reader\b|^an? official website of\b"
    r"|here'?s how you know|\bleave (?:this )?(?:field )?blank\b|\brequired field",
    re.I,
)
_HASHTAGS = re.compile(r"^(?:#\w+[\s,]*){2,}$")
# Podcast and video furniture: chapter marks ("02:15 What the readouts said"), transcript notes,
# episode numbers, "Reuse this content".
_CHAPTER = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—|:]?\s*[A-Z\"“‘'][^.!?]*$")
_MEDIA_FURNITURE = re.compile(
    r"^(?:(?:full |read the |read full |view )?transcript(?:s)?(?: (?:is |are )?(?:available|below|for)\b.*)?"
    r"|(?:episode|ep)\.? \d+|season \d+,? episode \d+|reuse this (?:content|article|story)"
    r"|(?:download|play|listen to) (?:the |this )?(?:episode|podcast)|share this episode)$",
    re.I,
)
_PRIVACY_NOTICE = re.compile(r"^privacy (?:notice|policy)\s*[:：]", re.I)
# AFP-style editor initials "bur-sct/pbt", DW's "sri/jcg (AFP, Reuters)".
_DESK_CODE = re.compile(r"^[a-z]{2,5}(?:[-/][a-z]{2,5})+(?:\s*\([\w ,/&-]{2,60})?$")
_EMBED = re.compile(r"\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})")
_CONTACT = re.compile(
    r"^(?:(?:media|press|news) )?(?:address|tel|telephone|phone|fax|e-?mail|contacts?|enquiries|inquiries"
    r"|地址|电话|邮箱|传真)\s*[:：]|^(?:media|press) (?:contacts?|enquiries|inquiries)\b"
    r"|^for (?:media|press|further) (?:enquiries|inquiries|information)\b",
    re.I,
)
# A footer telling readers how to reach the author or the newsroom, in any outlet's words:
# "Reach Ana Costa at acosta@paper.example.", "Contact the reporter: ...", "Write to Jane Doe
# at ...", "Jane Doe can be reached at ...", "Email the author at ...", "Follow her on X @jdoe",
# "Send news tips to ...", "Have a tip? Email ...". Only with an address, a handle or a phone
# number on the line (``_CONTACT_MARK``): "Reach an agreement at the summit" is prose.
_CONTACT_LINE = re.compile(
    r"^[(\[*_—–-]*\s*(?:you can |readers can |please )?"
    r"(?:reach|contact|e-?mail|write to|message|follow|tweet|dm|call|text"
    r"|send (?:your |us )?(?:news |story )?(?:tips|ideas|comments|feedback|letters?|corrections)"
    r"|(?:have|got) an? (?:news |story )?(?:tip|question|story idea)s?\b)"
    r"|^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5},?(?:\s+\w+){0,3}\s+(?:can|may|could) be (?:reached|contacted|e-?mailed)\b",
    re.I,
)
_CONTACT_MARK = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,30}\b"
    r"|(?<!\d)(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)"
)
_SECTION_WORDS = frozenset(
    """home news world politics business economy markets finance tech technology science health
    sports sport opinion opinions editorial editorials analysis culture lifestyle life travel
    entertainment video videos photos photo gallery multimedia podcasts podcast live latest
    trending local national international nation asia asia-pacific pacific europe americas africa
    middle east diplomacy defense defence military environment climate china us india uk russia
    more top featured breaking blogs magazine weather regions region society and & global
    feature features tv watch""".split()
)
_LIST_SEP = re.compile(r"\s{2,}|\s*[|•·▪]\s*|\s+/\s+")
_LIST_MARKS = ("|", "•", "·", "▪", "/")  # a line can only split at these, or at wide spacing
_CRUMB_SEP = re.compile(r"\s*[»›→]\s*|\s+>\s+")
_CRUMB_STRONG = re.compile(r"[»›→]")
_URL_LINE = re.compile(
    r"^(?:(?:url|link|source|original(?: link| url)?|来源|原文链接|источник|fuente)\s*[:：]\s*)?"
    r"(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|cn|ru|in|uk|co|gov|edu|info|news"
    r"|io|tv)(?:\.[a-z]{2})?(?:/\S*)?$",
    re.I,
)
_META_LABEL = re.compile(
    r"^(?:date|dated|published|first published|updated|last updated|modified|last modified|posted"
    r"|release date|time|source|dateline|filed|发布时间|发布日期|来源|时间|日期|опубликовано|обновлено|дата"
    r"|источник|publicado|actualizado|fecha|fuente|publié|mis à jour)\b\s*(?:on|at)?\s*"
    r"(?P<colon>[:：])?\s*(?P<rest>.*)$",
    re.I,
)
_META_PREFIX = re.compile(
    r"^(?P<prefix>(?:(?:date|published|updated|posted|time|url|source)\s*[:：]?\s*)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}|https?://\S+|www\.\S+))\s+(?P<rest>\S.*)$",
    re.I,
)


def _ui_key(text: str) -> str:
    """A line lower-cased without edge symbols, for matching UI vocabulary."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end].casefold()


# ------------------------------------------------------------ line rules


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
    from .extract.outlet import canonical_outlet, is_wire  # deferred: extract imports the whole extract package

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


def _has(lower: str, needles: tuple[str, ...]) -> bool:
    """Any of a few literal pieces in a lower-cased line: spares the costly patterns on most lines.

    (Plain substring tests: about twice as fast as one regex alternation of the same pieces.)"""
    for needle in needles:
        if needle in lower:
            return True
    return False


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
    from .extract.outlet import masthead_name  # deferred: extract imports the whole extract package

    return masthead_name(subject, loose=True) is not None


# Newsletter sign-offs that name the publication (kept as metadata for the outlet).
_NAMES_SITE = re.compile(
    r"^(?:thanks|thank you) for reading\b|\bis an? (?:reader|listener)-supported publication\b"
    r"|^discover more from\b",
    re.I,
)
_NEWSLETTER = re.compile(
    r"^(?:thanks|thank you) for (?:reading|subscribing)\b|^.{0,60}?\bis an? (?:reader|listener)-supported publication\b"
    r"|^discover more from\b|^(?:type|enter|add) (?:your )?e-?mail\b|^your e-?mail(?: address)?$"
    r"|^upgrade to paid\b|^(?:give a gift|get \d+% off|start (?:your )?(?:free )?trial)\b|^restack\b"
    r"|^(?:refer a friend|share this post|subscribed|subscribe now|pledge your support)$"
    r"|^join (?:\S+ ){0,3}(?:telegram|whatsapp|viber|signal|line) (?:channel|group|community)\b",
    re.I,
)
# Telegram: "TASS, [12.07.24 14:05]" heads a copied post; "@tass_agency", "👁 12.3K" are its furniture.
_TELEGRAM_HEAD = re.compile(r"^[^\[\]]{2,60},\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]$")
_FORWARDED = re.compile(r"^forwarded from\b", re.I)
_HANDLE_ONLY = re.compile(r"^(?:@\w{3,40}|t\.me/\S+|\U0001f441\ufe0f?\s*[\d.,]+\s*[kKmM]?)$")
_RELEASE_LABEL = re.compile(
    r"^(?:for immediate release|embargoed(?: until| till)?\b.*|press release|news release|media release|press statement"
    r"|(?:- )?page \d+(?: of \d+)?(?: -)?|-\s*\d+\s*-|end(?:s)? of (?:release|statement)"
    r"|(?:no|nr|ref|reference)\.?\s*:?\s*\d[\d/.-]*)$",
    re.I,
)


_PAGE_MARK = re.compile(r"\bpage \d+ ?(?:of|/) ?\d+\b")


def _prompt_rule(text: str, raw: str, key: str, words: float) -> str | None:
    """Related links, share/comment/subscription prompts, ads, navigation.

    A row of menu items ("News  World  Sport", "Advertisement · Scroll to
    continue") is junk when every item is.
    """
    if words > 40 or (_ends_with(text, _STOPS) and _REPORTED.search(text)):
        return None  # reported speech ("Click here, the spokesman said.") is prose
    if _NEWSLETTER.match(key):
        return "subscription"
    if words <= 12 and (_HANDLE_ONLY.match(text) or _RELEASE_LABEL.match(key)):
        return "navigation"
    if words <= 15 and "page" in key and _PAGE_MARK.search(key):
        return "navigation"  # a PDF's running header or footer: "Ministry ... - Press Release 045 Page 2 of 2"
    parts = _list_items(text, raw)
    if len(parts) >= 3 and all(_word_count(p) <= 4 for p in parts):
        return _market_or_menu(parts)
    reason = _ui_rule(text, words, key)
    if reason or words > 20 or len(parts) < 2:
        return reason
    reasons = [_ui_rule(p.strip(), _word_count(p)) for p in parts]
    return reasons[0] if all(reasons) else None


def _list_items(text: str, raw: str) -> list[str]:
    """The items of a menu row ("News  World  Sport", "Home | World"); just the line when it is none.

    A line with single spaces only and no separator character is not split (the common case).
    """
    if raw == text and not _has(raw, _LIST_MARKS):
        return [raw] if raw.strip() else []
    return [p for p in _LIST_SEP.split(raw) if p.strip()]


_REPORTED = re.compile(
    r"\b(?:said|says|told|added|urged|asked|noted|stressed|warned|joked|according to)\b"
)


def _market_or_menu(parts: Sequence[str]) -> str:
    """A row of short items: figures make it a market ticker, words a menu."""
    figures = sum(1 for p in parts if re.search(r"\d", p))
    return "ticker" if figures >= 0.5 * len(parts) else "navigation"


def _ui_rule(text: str, words: float, key: str | None = None) -> str | None:
    """The UI vocabulary class of one line or menu item, if it has one."""
    key = _ui_key(text) if key is None else key
    phrase = _RELATED_PHRASE.match(key) or _RELATED_PHRASE_CJK.match(key)
    if phrase and (words <= 12 or (words <= 40 and key[phrase.end() :].lstrip()[:1] in _LINK_SEPARATORS)):
        return "related links"
    if words <= 25 and _RELATED_MARKER.match(text):
        return "related links"
    if words <= 40 and _has(key, _MAILING_HINTS) and _MAILING.search(key):
        return "subscription"
    if words <= 25 and ("pic.twitter.com" in key or "(@" in text and _EMBED.search(text)):
        return "social embed"
    if words <= 60 and _PRIVACY_NOTICE.match(text) and _has(key, _SUBSCRIBE_HINTS):
        return "subscription"  # "Privacy Notice: Newsletters may contain info about charities ..."
    if words > 14:
        return "subscription" if words <= 40 and _SUBSCRIBE_LONG.match(key) else None
    if words <= 12 and _CONTACT.match(key):
        return "contact details"
    tokens = _WORD.findall(key)
    if not tokens and not any(ch.isdigit() for ch in key):
        return "separator"
    if tokens and len(tokens) <= 10 and set(tokens) <= _SHARE_WORDS and set(tokens) & _SHARE_CORE:
        return "share prompt"
    if _CJK_RE.search(key) and len(key) <= 10 and "分享" in key:
        return "share prompt"
    if (_has(key, _COMMENT_HINTS) and _COMMENT.search(key)) or (
        len(key) <= 12 and ("评论" in key or "留言" in key)
    ):
        return "comment prompt"
    if _SUBSCRIBE.match(key) or _SUBSCRIBE_CJK.match(key):
        return "subscription"
    if words <= 14 and _has(key, _SUBSCRIBE_HINTS) and _SUBSCRIBE_SHORT.search(key):
        return "subscription"
    if _ADVERT.match(key) or _ADVERT_LABEL.match(key):
        return "advertisement"
    if key in _RELATED_HEADER:
        return "related links"
    if _NAV_PHRASE.match(key) or (words <= 14 and _has(key, _UI_HINTS) and _UI_MISC.search(key)):
        return "navigation"
    if tokens and len(tokens) <= 5 and all(t in _SECTION_WORDS for t in tokens):
        return "navigation"
    if _HASHTAGS.match(text):
        return "navigation"
    if (words <= 12 and _CHAPTER.match(text)) or _MEDIA_FURNITURE.match(key):
        return "navigation"
    if _DESK_CODE.match(key):
        return "credit"
    return None


def _breadcrumb(text: str) -> str | None:
    """The last crumb of "Home » Section » Headline", or None if not a breadcrumb."""
    parts = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    if len(parts) < 2 or _word_count(parts[0]) > 3:
        return None
    if any(_word_count(p) > 5 for p in parts[1:-1]):
        return None
    first = _WORD.findall(parts[0].lower())
    if not _CRUMB_STRONG.search(text) and not all(t in _SECTION_WORDS for t in first):
        return None
    return parts[-1]


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


# ----------------------------------------------------------------- tickers


def _mark_tickers(lines: Sequence[_Line]) -> None:
    """Runs of 3+ timestamps: a ticker when the items between are titles.

    When the items are prose it is a live blog: only the timestamps go.
    """
    content = [ln for ln in lines if ln.text]
    stamps = [ln.stamp for ln in content]
    runs: list[list[int]] = []
    for k, is_stamp in enumerate(stamps):
        if not is_stamp:
            continue
        if runs and k - runs[-1][-1] - 1 <= 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) >= 3:
            _mark_run(content, stamps, run)
    _mark_entry_stamps(content)


def _mark_entry_stamps(content: list[_Line]) -> None:
    """Three or more lone timestamps heading prose entries: a live blog's clock, not a date line."""
    entries = [
        k for k, ln in enumerate(content)
        if ln.stamp and ln.reason in (None, "timestamp") and k + 1 < len(content)
        and _is_sentence(content[k + 1].text, content[k + 1].words)
    ]
    if len(entries) < 3:
        return
    first_prose = next(
        (k for k, ln in enumerate(content) if not ln.stamp and _is_sentence(ln.text, ln.words)), len(content)
    )
    for k in entries:
        if k > first_prose:
            content[k].reason = "timestamp"  # meta stays False: not the publication date


def _mark_run(content: list[_Line], stamps: list[bool], run: list[int]) -> None:
    """Label one run of timestamps and the lines it holds."""
    items = [k for k in range(run[0], run[-1] + 1) if not stamps[k]]
    after = run[-1] + 1
    if after < len(content) and not _is_sentence(content[after].text, content[after].words):
        items.append(after)
    titles = [k for k in items if not _is_sentence(content[k].text, content[k].words)]
    if items and len(titles) >= 0.6 * len(items):
        for k in items + run:
            content[k].reason = "ticker"
        for k in range(run[0] - 1, max(run[0] - 3, -1), -1):
            head = content[k]
            if head.words > 4 or _is_sentence(head.text, head.words):
                break
            head.reason = "ticker"
    else:
        for k in run:
            content[k].reason = "timestamp"


# --------------------------------------------------------------- relevance


def _related(tokens: Sequence[str], vocab: Counter[str], own: Counter[str] | None = None) -> bool:
    """Whether a line shares enough content words with the body to be about it."""
    unique = set(tokens)
    if not unique:
        return False
    own = own or Counter()
    shared = sum(1 for t in unique if vocab.get(t, 0) - own.get(t, 0) > 0)
    ratio = shared / len(unique)
    return ratio >= 0.4 or (shared >= 3 and ratio >= 0.25)


def _strongly_related(tokens: Sequence[str], vocab: Counter[str], own: Counter[str]) -> bool:
    """Stricter test that keeps a reprinted headline/body out of the boilerplate net."""
    unique = set(tokens)
    if len(unique) < 2:
        return False
    shared = sum(1 for t in unique if vocab.get(t, 0) - own.get(t, 0) > 0)
    return shared >= 2 and shared / len(unique) >= 0.5


_SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to with vs via over into".split())


def _headline_eligible(text: str, words: float) -> bool:
    """Title-shaped: short, no final period, starts with a capital (or CJK)."""
    if words < 2 or words > 25 or _is_sentence(text, words) or text.endswith(("-", "–", "—", ":")):
        return False
    first = text.lstrip("\"'“‘([")[:1]
    if first.isalpha() and first.islower():
        return False
    if words <= 20 or _CJK_RE.search(text):
        return True
    latin = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in latin if w[:1].isupper())
    return bool(latin) and capitalised / len(latin) >= 0.6


_SITE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+(?:\||-|–|—|::)\s+(?P<site>[^|–—]{2,40})$")


def _strip_site_suffix(headline: str, vocab: Counter[str]) -> str:
    """Drop a trailing " | Outlet" / " - Reuters" that page titles carry."""
    match = _SITE_SUFFIX.match(headline)
    if not match or _word_count(match.group("site")) > 4:
        return headline
    site_tokens = _tokens(match.group("site"))
    if site_tokens and _related(site_tokens, vocab):
        return headline
    return match.group("head").strip()


def _is_name_line(text: str, words: float) -> bool:
    """Two to four capitalised words and nothing else: an author or outlet name."""
    parts = text.split()
    return 2 <= len(parts) <= 4 and words == len(parts) and all(
        p[:1].isupper() and p.replace(".", "").replace("-", "").replace("'", "").isalpha() for p in parts
    )


# -------------------------------------------------------------- the stage


def clean(article: Article, boilerplate: frozenset[str] = frozenset()) -> Cleaned:
    """Split an article into its headline, its own paragraphs, and audited junk."""
    lines = _split_lines(article.text)
    removed: list[RemovedLine] = []
    meta: list[str] = []
    _split_prefixes(lines, removed, meta)
    profile = _profile(lines)
    _mark_tickers(lines)
    _apply_rules(lines, profile, removed)
    lines = _merge_wrapped(lines)
    _mark_related_runs(lines)
    _mark_speaker_lists(lines)
    body = [ln for ln in lines if ln.text and ln.reason is None]
    for line in body:
        line.sentence = _is_sentence(line.text, line.words)
    repeated = _repeated(body, boilerplate)
    vocab = _vocabulary(body, repeated)
    _apply_boilerplate(body, repeated, vocab)
    site = _site_keys(lines)
    headline = _choose_headline(lines, vocab, site)
    _judge_titles(lines, vocab, headline, site)
    _mark_captions(lines, headline, profile)
    _mark_repeats(lines, headline)
    for line in lines:
        if line.reason is not None:
            removed.append(RemovedLine(line.number, line.text, line.reason))
            if line.meta:
                meta.append(line.text)
    removed.sort(key=lambda r: r.number)
    meta_sorted = _in_line_order(meta, lines)
    paragraphs = _paragraphs(lines)
    problems = []
    if not paragraphs:
        problems.append(Problem(article.source, "cleaning left no article text"))
    return Cleaned(
        source=article.source,
        headline=headline[1] if headline else None,
        paragraphs=paragraphs,
        removed=removed,
        meta_lines=meta_sorted,
        problems=problems,
    )


def _in_line_order(meta: list[str], lines: Sequence[_Line]) -> list[str]:
    """Metadata lines as they appear: split-off prefixes were collected first."""
    order = {line.text: line.number for line in lines if line.meta}
    return sorted(meta, key=lambda text: order.get(text, 0))


def _split_prefixes(lines: Sequence[_Line], removed: list[RemovedLine], meta: list[str]) -> None:
    """Split a leading "date 2023-07-18" or URL off the text it was glued to."""
    for line in lines:
        match = _META_PREFIX.match(line.text) if line.text else None
        if not match or line.stamp:
            continue
        prefix = match.group("prefix").strip()
        reason = "url" if re.search(r"https?://|www\.", prefix, re.I) else "metadata"
        removed.append(RemovedLine(line.number, prefix, reason))
        meta.append(prefix)
        line.text = match.group("rest").strip()
        line.latin = None
        line.words = _word_count(line.text)
        line.script, line.letters = _script_of(line.text)


def _apply_rules(lines: Sequence[_Line], profile: _Profile, removed: list[RemovedLine]) -> None:
    """Give every line the junk reason it has on its own, if any."""
    for line in lines:
        if not line.text or line.reason is not None:
            continue
        found = _rule(line, profile)
        if found:
            line.reason, line.meta = found
            continue
        marker = _END_MARKER.search(line.text, max(0, len(line.text) - 16))
        if marker:
            if marker.start() == 0:
                line.reason = "end marker"
                continue
            removed.append(RemovedLine(line.number, marker.group().strip(), "end marker"))
            line.text = line.text[: marker.start()].rstrip()
            line.latin = None
            line.words = _word_count(line.text)
        wire_tag = line.text.endswith("/.")  # "MOSCOW, April 9. /TASS/."
        prose = _is_sentence(line.text, line.words) and not wire_tag
        if not prose and line.words <= 10 and _DATELINE_LINE.match(line.text):
            line.dateline = True


def _mark_related_runs(lines: Sequence[_Line]) -> None:
    """Lines listed under a bare "Related"/"Also read"/"Tags" header share its reason."""
    active: str | None = None
    for line in lines:
        if not line.text:
            continue
        if line.reason in ("related links", "navigation"):
            key = _ui_key(line.text)
            is_header = (
                key in _RELATED_HEADER or key in _TAG_HEADER
                or bool(_RELATED_PHRASE.fullmatch(key) or _RELATED_PHRASE_CJK.fullmatch(key))
            )
            active = line.reason if is_header else None
            continue
        if active and line.reason == "timestamp":
            line.reason, line.meta = active, False
            continue
        if line.reason is not None:
            continue
        if active and not _is_sentence(line.text, line.words) and line.words <= 25:
            line.reason = active
        else:
            active = None


_SPEAKERS_HEADER = re.compile(
    r"^(?:(?:featured |event |our )?(?:speakers?|panell?ists?|participants|moderators?|presenters?|guests?|hosts?)"
    r"(?: (?:and|&) (?:moderators?|hosts?|chairs?))?|moderated by|chaired by|featuring)$"
)
_SPEAKER = re.compile(rf"^{_NAME}(?:\s*(?:,|[–—]|\s-\s|\()\s*[^.!?]{{2,100}})?$")


def _mark_speaker_lists(lines: Sequence[_Line]) -> None:
    """An event recap's "Speakers:" header and the "Name, Title" lines listed under it."""
    active = False
    for line in lines:
        if not line.text:
            continue
        if line.reason is None and line.words <= 4 and _SPEAKERS_HEADER.match(_ui_key(line.text)):
            line.reason, active = "navigation", True
            continue
        if not active:
            continue
        if line.reason is None and line.words <= 16 and _SPEAKER.match(line.text) and not _is_sentence(
            line.text, line.words
        ):
            line.reason = "byline"
        else:
            active = False


def _repeated(body: Sequence[_Line], boilerplate: frozenset[str]) -> list[bool]:
    """Which body lines repeat across articles (normalised once, used twice below)."""
    if not boilerplate:
        return [False] * len(body)
    return [normalise_line(line.text) in boilerplate for line in body]


def _vocabulary(body: Sequence[_Line], repeated: Sequence[bool]) -> Counter[str]:
    """Content words of the prose lines: what the article is about."""
    prose = [line.text for line, rep in zip(body, repeated) if line.sentence and not rep]
    return Counter(_tokens("\n".join(prose)))


def _apply_boilerplate(body: Sequence[_Line], repeated: Sequence[bool], vocab: Counter[str]) -> None:
    """Drop lines that repeat across articles, unless they are plainly about this story."""
    for line, rep in zip(body, repeated):
        if not rep:
            continue
        tokens = _tokens(line.text)
        own = Counter(tokens) if line.sentence else Counter()
        if not _strongly_related(tokens, vocab, own):
            line.reason = BOILERPLATE


def _site_keys(lines: Sequence[_Line]) -> frozenset[str]:
    """Names the page gives as its own (copyright holder, staff byline, sign-off, URL host)."""
    from .extract.outlet import site_keys  # deferred: extract imports the whole extract package

    named = [ln.text for ln in lines if ln.text and ln.meta]
    return frozenset(site_keys(named)) if named else frozenset()


def _masthead(text: str, site: frozenset[str], *, known_only: bool = False) -> bool:
    """Whether a title-shaped line is the site's name ("Yonhap News Agency", "THE CHINA BRIDGE WEEKLY")."""
    from .extract.outlet import masthead_name  # deferred: extract imports the whole extract package

    return masthead_name(text, site, known_only=known_only) is not None


def _choose_headline(lines: Sequence[_Line], vocab: Counter[str], site: frozenset[str]) -> tuple[int, str] | None:
    """The title-shaped line (or last crumb) near the top that is about the body.

    A site's name or tagline is title-shaped too, and can share words with
    the body ("Ministry of Foreign Affairs", "ABC News"): a line that names a
    publication is a masthead, never the headline; and a candidate directly
    followed by navigation (what sits under a masthead) yields to a later one.
    """
    thin = len(vocab) < 8  # too little prose to judge relevance: trust position
    content = [ln for ln in lines if ln.text]
    candidates: list[tuple[int, str]] = []  # (position in content, headline text)
    named: set[int] = set()
    pending: tuple[int, str] | None = None  # a weakly related title right above the text
    seen = 0  # lines not yet set aside: site furniture above the headline does not use up the window
    for pos, line in enumerate(content):
        if line.reason is None or line.reason == "breadcrumb":
            seen += 1
        if seen > 12 or pos >= 60:
            break
        if line.reason == "breadcrumb" and line.crumb:
            crumb = line.crumb
            size = _word_count(crumb)
            if size >= 4 and _headline_eligible(crumb, size) and (thin or _related(_tokens(crumb), vocab)):
                candidates.append((pos, crumb))
            continue
        if line.reason is not None:
            continue
        if line.sentence or line.dateline:
            break
        if _masthead(line.text, site, known_only=True):  # a known outlet, or a name the page gives itself
            line.reason, line.meta = "masthead", True
            continue
        if not _headline_eligible(line.text, line.words):
            if line.words < 2:
                continue  # a stray label; judged later
            break  # a standfirst opens the text
        if thin or _related(_tokens(line.text), vocab):
            candidates.append((pos, line.text))
            if _masthead(line.text, site):  # shaped like a publication's name ("The X Weekly")
                named.add(pos)
            pending = None
        else:
            pending = (pos, line.text) if _shares_a_name(line.text, vocab) else None
    tags = _tag_labels(content, candidates, site)
    if tags:
        candidates = [c for c in candidates if c[0] not in tags]
        for pos in tags:
            content[pos].reason = "section heading"
        if pending is not None and pending[0] in tags:
            pending = None
    if not candidates and pending is not None and not _above_menu(content, pending[0]):
        # 'Scholz in China: "We Want to Reduce Risks"' right above the text, naming its people.
        candidates = [pending]
    if not candidates:
        return None
    # A line shaped like a publication's name yields to any other candidate.
    candidates = [c for c in candidates if c[0] not in named] or candidates
    real = [c for c in candidates if not _above_menu(content, c[0])] or candidates
    pos, text = real[0]
    for earlier in sorted({c[0] for c in candidates} | named):
        if earlier < pos and content[earlier].reason is None:
            content[earlier].reason, content[earlier].meta = "masthead", True
    chosen = content[pos]
    if chosen.reason is None:
        chosen.headline = True
    return chosen.number, _strip_site_suffix(text, vocab)


_TAG_END = _SECTION_WORDS | frozenset(
    "policy politics affairs relations diplomacy security trade elections government news".split()
)


def _tag_labels(content: Sequence[_Line], candidates: Sequence[tuple[int, str]], site: frozenset[str]) -> set[int]:
    """Topic tags above a headline: "Australia news", "Australian foreign policy", "Penny Wong".

    A short label ending in a section word, a person's name the text names, or
    one of a run of short labels, is a tag when a longer title-like line follows
    it before the text; that line is the headline.
    """
    if not candidates:
        return set()
    prose = " ".join(ln.text for ln in content if ln.reason is None and ln.sentence).casefold()
    longest = max(c[0] for c in candidates if content[c[0]].words >= 5) if any(
        content[c[0]].words >= 5 for c in candidates
    ) else -1
    tags: set[int] = set()
    for pos in range(longest):
        line = content[pos]
        if line.reason is not None or line.sentence or line.dateline:
            continue
        if line.words > 4 or not _headline_eligible(line.text, line.words):
            continue
        if line.text.isupper() or _masthead(line.text, site):
            continue  # "MINISTRY OF FOREIGN AFFAIRS": a letterhead, judged as a masthead
        words = _WORD.findall(line.text.casefold())
        if words and words[-1] in _TAG_END:
            tags.add(pos)
        elif _is_name_line(line.text, line.words) and f" {line.text.casefold()} " in f" {prose} ":
            tags.add(pos)
        elif not _is_name_line(line.text, line.words):  # "The White House" over a menu is a masthead
            nxt = next((ln for ln in content[pos + 1 :] if ln.reason is None), None)
            if (
                nxt is not None and nxt.words <= 4 and not nxt.text.isupper() and not nxt.sentence
                and _headline_eligible(nxt.text, nxt.words)
            ):
                tags.add(pos)
    # Only labels above the first longer title-like line: a short headline's dek is not a tag.
    first_long = next((c[0] for c in candidates if c[0] not in tags and content[c[0]].words >= 5), None)
    if first_long is None:
        return set()
    return {t for t in tags if t < first_long}


def _shares_a_name(text: str, vocab: Counter[str]) -> bool:
    """Whether a title names someone or something the body names (a capitalised word past the first)."""
    for index, word in enumerate(_WORD.findall(text)):
        if word[:1].isupper() and not word.isupper() and word.lower() not in _STOPWORDS:
            if vocab.get(_stem(word.lower()), 0) > (1 if index == 0 else 0):  # a first word may just be capitalised
                return True
    return False


def _above_menu(content: Sequence[_Line], pos: int) -> bool:
    """Whether the next line is a menu or breadcrumb: what follows a masthead."""
    nxt = content[pos + 1] if pos + 1 < len(content) else None
    return nxt is not None and nxt.reason in ("navigation", "breadcrumb")


def _judge_titles(
    lines: Sequence[_Line], vocab: Counter[str], headline: tuple[int, str] | None, site: frozenset[str]
) -> None:
    """Title-shaped lines: standfirst or subhead if about the body, junk if not.

    Above the text, a line naming a publication is a masthead (metadata) and a
    one-word line is a section label ("Germany", "World").
    """
    if len(vocab) < 8:
        return
    sentences = [ln.number for ln in lines if ln.text and ln.reason is None and ln.sentence]
    first = sentences[0] if sentences else 0
    last = sentences[-1] if sentences else 0
    top = headline[0] if headline else first
    for line in lines:
        if not line.text or line.reason is not None or line.sentence or line.dateline:
            continue
        if headline and line.number == headline[0]:
            continue
        related = _related(_tokens(line.text), vocab)
        outside = line.number < first or line.number > last
        if line.number < first and _masthead(line.text, site, known_only=line.number > top):
            line.reason, line.meta = "masthead", True
            continue
        if _is_caps_heading(line.text):
            line.reason = "section heading"
            continue
        if line.number < first and line.words <= 1:
            line.reason = "section heading"
            continue
        if outside and _is_name_line(line.text, line.words) and not related:
            above = headline is not None and line.number < headline[0]
            line.reason, line.meta = ("masthead" if above else "byline"), True
        elif line.number > last:
            if related and line.words >= 12 and _capital_ratio(line.text) < 0.5:
                continue  # a last paragraph that lost its full stop
            line.reason = "related links" if related else "unrelated headline"
        elif related:
            continue
        elif line.words <= 3:
            line.reason = "navigation"
        else:
            line.reason = "unrelated headline"


# What only a photo caption says: the picture's poses and gestures.
_PICTURE_CUE = re.compile(
    r"\b(?:shak(?:e|es|ing) hands|shook hands|clasp(?:s|ed|ing)? hands|bump(?:s|ed)? fists"
    r"|pos(?:e|es|ed|ing)(?: for| with| during| ahead| before| after|$)|gestur(?:e|es|ed|ing)\b"
    r"|wav(?:e|es|ed|ing) (?:to|at|as|from|during)|smil(?:e|es|ed|ing) (?:as|at|during|while|before)"
    r"|look(?:s|ed|ing)? on\b|listen(?:s|ed|ing)? (?:to|as|during)\b"
    r"|(?:take|takes|took|taking) (?:a|an|part in a)\s+(?:[\w-]+\s+){0,2}(?:tour|ride|walk|stroll|cruise|selfie|photo)"
    r"|(?:lay|lays|laid|laying) (?:a )?wreaths?|inspect(?:s|ed|ing)? (?:an? |the )?(?:honou?r )?guard"
    r"|review(?:s|ed|ing)? (?:an? |the )?(?:honou?r|military) guard|(?:is|are|were|was) (?:seen|pictured|photographed)"
    r"|\bpictured\b|\bseen here\b|embrac(?:e|es|ed|ing)\b|\bhug(?:s|ged|ging)?\b|toast(?:s|ed|ing)? "
    r"|family photo|group photo|photo (?:op|session|call)\b)",
    re.I,
)
# Present-tense picture description: "Xi greets Putin at the Kremlin on Monday".
_PICTURE_PRESENT = re.compile(
    r"^(?:[A-Z][\w.'’-]*,?\s+(?:(?:and|with|of|the)\s+)?){1,8}(?:meets|greets|welcomes|speaks|attends|arrives"
    r"|walks|sits|stands|addresses|delivers|chairs|signs|visits|leaves|departs|receives|holds|enters)\b"
)


def _mark_captions(lines: Sequence[_Line], headline: tuple[int, str] | None, profile: _Profile) -> None:
    """Photo captions without a credit, known by their place and their words.

    A caption sits next to an image credit ("Image: ...", "📸 ...") or right
    under the headline above the lead. A line there that does not end like a
    sentence is a caption; one that does is a caption only when it describes
    a picture ("shook hands", "took a boat tour"), or has no verb at all, and
    reports nothing. The words are English ones: elsewhere only the place and
    the missing full stop count.
    """
    content = [ln for ln in lines if ln.text]
    kept = [k for k, ln in enumerate(content) if ln.reason is None and not ln.headline]
    anchors = {k for k, ln in enumerate(content) if _credits_a_picture(ln)}  # before this pass: no chains
    english = profile.script == "latin" and profile.language in ("en", None)
    after_headline = None
    if headline is not None:
        position = next((k for k, ln in enumerate(content) if ln.number == headline[0]), None)
        after_headline = next((k for k in kept if position is not None and k > position), None)
    for index, k in enumerate(kept):
        line = content[k]
        if line.dateline or line.words < 4 or line.words > 40:
            continue
        above_credit = k + 1 in anchors  # "Scholz and Li at the Chancellery" / "Image: ..."
        near_credit = above_credit or k - 1 in anchors
        under_headline = k == after_headline and index + 1 < len(kept)
        if not (near_credit or under_headline) or line.script != "latin":
            continue
        if not _caption_words(line, near_credit, above_credit, english):
            continue
        if under_headline and not near_credit:
            following = content[kept[index + 1]]
            if not (following.sentence or following.dateline):
                continue  # nothing reads like the lead below it
        line.reason = "caption"
        for j in (k - 1, k + 1):  # an agency's name next to a caption credits the picture, not the text
            if 0 <= j < len(content) and content[j].reason == "byline" and _credits_a_picture(content[j]):
                content[j].reason, content[j].meta = "photo credit", False


def _credits_a_picture(line: _Line) -> bool:
    """An image credit or caption line; or an agency's name alone, as under a picture ("EFE")."""
    if line.reason in ("photo credit", "caption"):
        return True
    return line.reason == "byline" and line.words <= 3 and bool(_AGENCY_ONLY.match(line.text))


def _caption_words(line: _Line, near_credit: bool, above_credit: bool, english: bool) -> bool:
    """Whether a line reads as a caption: a picture described, nothing reported.

    A caption usually sits above its credit; a sentence below a credit is more
    often the lead, so there only a picture's words make it a caption.
    """
    text = line.text
    if _REPORTED.search(text) or any(q in text for q in "\"“”«»") or _PARAGRAPH_START.match(text):
        return False
    if _INNER_STOP.search(text):
        return False  # two sentences: prose
    if not _ends_with(text, _STOPS) and not _ends_with(text, _EXCLAIMS):
        return near_credit and 6 <= line.words <= 30
    if not english or line.words > 30 or _CLAUSE.search(text):
        return False  # "..., before talks that lasted three hours": a lead tells more than a picture shows
    if _PICTURE_CUE.search(text):
        return True
    if above_credit and _PICTURE_PRESENT.match(text):
        return True
    # "Li Qiang and Anthony Albanese at Parliament House on Monday.": no verb, so not the lead.
    return not _FINITE_VERB.search(text) and (above_credit or (not near_credit and not _PRESENT_VERB.search(text)))


# "Li Qiang arrives ...", "Wang Yi meets ...": a name, then a present-tense verb.
_PRESENT_VERB = re.compile(r"\b[A-Z][\w'’.-]*\s+[a-z]{2,}s\b")


_CLAUSE = re.compile(
    r"\b(?:which|that|because|although|though|whereas|amid)\b|,\s*(?:as|while|after|before|where|when|but|and|which|who)\b"
    r"|\b(?:as|while|after|since)\s+(?:the\s+)?(?:two|both|they|he|she|it|talks|leaders|ministers|officials)\b",
    re.I,
)
# A finite verb: what a lead sentence has and "X and Y at their meeting in Z on Monday." lacks.
_FINITE_VERB = re.compile(
    r"\b[a-z]{2,}ed\b|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does"
    r"|do|met|held|said|says|told|spoke|took|made|gave|went|came|saw|sent|won|lost|led|left|began|became|brought"
    r"|found|kept|paid|set|put|sat|stood|wrote|ran|rose|fell|got|grew|knew|heard|hit|let|cut|read|sought|sold"
    r"|bought|fought|caught|drew|flew|threw|spent|built|felt|dealt|meant|struck|won't|can't|isn't|wasn't)\b"
)


def _capital_ratio(text: str) -> float:
    """Share of capitalised words among non-trivial ones: high for titles, low for prose."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def _is_caps_heading(text: str) -> bool:
    """An all-capitals label ("READOUT", "2. TALKS IN BEIJING"): a section heading."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and not _CJK_RE.search(text) and all(ch.isupper() for ch in letters)


def _mark_repeats(lines: Sequence[_Line], headline: tuple[int, str] | None) -> None:
    """Keep one copy of the headline and of any paragraph the scrape duplicated."""
    head_key = normalise_line(headline[1]) if headline else None
    seen: set[str] = set()
    for line in lines:
        if not line.text:
            continue
        if headline and line.number == headline[0]:
            continue
        key = normalise_line(line.text)
        if head_key and (key == head_key or _is_titled_copy(key, head_key)):
            if line.reason in (None, "unrelated headline", "related links", BOILERPLATE):
                line.reason = "repeated headline"
            continue
        if line.reason is not None or not key:
            continue
        if key in seen:
            line.reason = "repeated line"
        seen.add(key)


def _is_titled_copy(key: str, head_key: str) -> bool:
    """The headline with a page-title suffix: "Headline | World News"."""
    rest = key[len(head_key) :].lstrip() if key.startswith(head_key) else ""
    return bool(rest) and rest[0] in "|-–—:·•/" and _word_count(rest) <= 5


def _paragraphs(lines: Sequence[_Line]) -> list[str]:
    """Kept lines as paragraphs, re-joining hard-wrapped lines and lone datelines."""
    kept = [ln for ln in lines if ln.text and ln.reason is None and not ln.headline]
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in kept:
        if previous is not None and _joins(previous, line):
            paragraphs[-1] = _glue(paragraphs[-1], line.text)
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _joins(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` started."""
    if previous.dateline:
        return True
    if line.number != previous.end + 1:
        return False
    if _ends_with(previous.text, _STOPS) or _ends_with(previous.text, _EXCLAIMS):
        return False
    start = line.text[:1]
    if start.isalpha() and start.islower():
        return True
    return previous.text.endswith((",", "-", "–")) or (
        bool(_CJK_RE.match(start)) and bool(_CJK_RE.search(previous.text[-1:]))
    )


def _glue(left: str, right: str) -> str:
    """Join two pieces of one paragraph (no space between CJK characters)."""
    if _CJK_RE.search(left[-1:]) and _CJK_RE.match(right[:1]):
        return left + right
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"


def _merge_wrapped(lines: list[_Line]) -> list[_Line]:
    """Re-join hard-wrapped text (e-mail, plain-text wires) before judging shapes.

    Wrapped text fills a fixed width and breaks mid-sentence; each full line
    continues onto the next. Junk lines are never merged into prose.
    """
    open_lines = [ln for ln in lines if ln.text and ln.reason is None]
    lengths = sorted(len(ln.text) for ln in open_lines)
    if len(lengths) < 4:
        return lines
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = [ln for ln in open_lines if len(ln.text) >= 0.6 * width]
    mid_sentence = sum(1 for ln in full if not _ends_with(ln.text, _STOPS))
    overlong = sum(1 for n in lengths if n > 1.15 * width)
    if (
        not 30 <= width <= 100 or overlong > 0.1 * len(lengths) or len(full) < 0.5 * len(lengths)
        or mid_sentence < max(3, 0.4 * len(full))
    ):
        return lines
    # A title followed by a capital is the headline, not a wrap (mastheads in capitals above it aside).
    first = next(
        (ln.number for ln in open_lines if ln.words >= 3 and any(ch.islower() for ch in ln.text)), open_lines[0].number
    )
    merged: list[_Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        if (
            last is not None and line.text and line.reason is None and last.reason is None
            and last.text and line.number == last.end + 1 and len(last.text) - last.tail >= 0.6 * width
            and not _PARAGRAPH_START.match(line.text)
            and not (last.number == first and line.text[:1].isupper())
        ):
            last.tail = len(last.text) + 1
            last.text = _glue(last.text, line.text)
            last.end = line.number
            last.words = _word_count(last.text)
            last.latin = None
            continue
        merged.append(line)
    return merged


# ------------------------------------------------------------- boilerplate


def find_boilerplate(
    articles: Sequence[Article], min_stories: int = 3, memo: dict[str, frozenset[str]] | None = None
) -> frozenset[str]:
    """Normalised lines that recur in at least ``min_stories`` different stories.

    Copies of one wire story share every line, so occurrences are counted per
    story, not per article: an article's story is its longest line that is
    not itself furniture. ``clean`` further keeps a recurring line that is
    plainly about the article (a reprinted headline).
    """
    keyed: list[set[str]] = []
    df: Counter[str] = Counter()
    for article in articles:
        keys = memo.get(article.digest) if memo is not None else None
        if keys is None:
            keys = _line_keys(article)
            if memo is not None:
                memo[article.digest] = keys
        keyed.append(keys)
        df.update(keys)
    cap = max(10, len(articles) // 100)
    stories: dict[str, set[str]] = {}
    for index, keys in enumerate(keyed):
        signature = _signature(keys, df, cap) or f"#{index}"  # all furniture: its own story
        for key in keys:
            if df[key] >= min_stories:
                stories.setdefault(key, set()).add(signature)
    return frozenset(k for k, sigs in stories.items() if len(sigs) >= min_stories)


def _line_keys(article: Article) -> frozenset[str]:
    """The article's distinct normalised lines that could be furniture (``memo`` caches them)."""
    keys = {normalise_line(line) for line in article.text.split("\n")}
    return frozenset(k for k in keys if k and len(k) <= 400 and any(ch.isalpha() for ch in k))


def _signature(keys: set[str], df: Counter[str], cap: int) -> str:
    """The line that identifies an article's story: its longest non-furniture line."""
    best = ""
    for key in keys:
        if df[key] <= cap and (len(key), key) > (len(best), best):
            best = key
    return best
