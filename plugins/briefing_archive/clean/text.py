"""Words of a text: its scripts and the function words that tell languages apart, the
content tokens relevance is judged by, and the key a repeated line is known by."""

from __future__ import annotations

import functools
import re
import unicodedata

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
