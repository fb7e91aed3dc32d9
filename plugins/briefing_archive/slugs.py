"""URL slugs: safe, stable, ASCII names for pages built from arbitrary text.

Slugs become directory names in the built site, so they must be plain
``[a-z0-9-]`` whatever the input: accents are transliterated, Cyrillic and
Greek romanised, and scripts we cannot romanise (Chinese, Arabic...) are
represented by a short hash, so a Chinese file name still gets a non-empty
slug that is different from another Chinese file name's.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["MAX_LENGTH", "slugify", "unique_slugs"]

MAX_LENGTH = 80
_HASH_LEN = 8

_SPECIAL = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
    "ł": "l", "ı": "i", "ħ": "h", "ŋ": "ng", "ĸ": "k", "ſ": "s",
}
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "c", "џ": "dz", "ђ": "dj", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
    "ω": "o",
}
_ROMAN = {**_SPECIAL, **_CYRILLIC, **_GREEK}
# Names Windows refuses as files or folders, whatever the extension; and "index",
# which the site uses for its own index pages (briefings/index.md).
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "index"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
# An extension has a letter and is short: ".txt", ".md", ".html"; "2023.07.18" has none.
_EXTENSION = re.compile(r"\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,8}$")


def _hash(text: str, length: int = _HASH_LEN) -> str:
    """Short stable hex digest: same text, same hash, on every machine."""
    data = unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:length]


def _romanise_char(ch: str) -> str | None:
    """ASCII for one character; None when it is a letter we cannot romanise."""
    if ch.isascii():
        return ch
    if ch.lower() in _ROMAN:  # before NFKD, which would turn "й" into "и" + breve
        return _ROMAN[ch.lower()]
    parts = unicodedata.normalize("NFKD", ch)
    if parts != ch:
        romanised = [_romanise_char(p) for p in parts if not unicodedata.combining(p)]
        if all(r is not None for r in romanised):
            return "".join(romanised)  # type: ignore[arg-type]
    return None if ch.isalnum() else " "


def _romanise(text: str) -> tuple[str, bool]:
    """(ASCII approximation, whether letters or digits had to be dropped)."""
    out: list[str] = []
    lost = False
    for ch in unicodedata.normalize("NFC", text):
        romanised = _romanise_char(ch)
        lost = lost or romanised is None
        out.append(" " if romanised is None else romanised)
    return "".join(out), lost


def _shorten(slug: str, limit: int) -> str:
    """Cut to ``limit`` characters, at a dash when one is near the end."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit]
    dash = cut.rfind("-")
    return (cut[:dash] if dash > limit // 2 else cut).strip("-")


def slugify(text: str) -> str:
    """Lowercase ASCII ``[a-z0-9-]``, never empty, at most 80 characters.

    A hash of the whole text is appended when letters could not be
    romanised (so different Chinese titles stay different), when the slug
    had to be shortened, when nothing is left, or when it is a name Windows
    reserves ("con", "nul"...).
    """
    head = text[: 4 * MAX_LENGTH]  # enough for 80 characters; bounds the work
    ascii_text, lost = _romanise(head)
    lost = lost or len(head) < len(text)  # shortened: the hash keeps texts apart
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if lost or not slug or slug in _RESERVED or len(slug) > MAX_LENGTH:
        base = _shorten(slug, MAX_LENGTH - _HASH_LEN - 1)
        return f"{base}-{_hash(text)}" if base else _hash(text)
    return slug


def _stem(source: str) -> str:
    """The path without its file extension ("a/b.txt" -> "a/b")."""
    name_start = source.rfind("/") + 1
    match = _EXTENSION.search(source, name_start)
    if match and match.start() > name_start:  # ".txt" alone is a name, not an extension
        return source[: match.start()]
    return source


def unique_slugs(sources: Sequence[str]) -> dict[str, str]:
    """Source path -> slug, unique, the same whatever order sources come in.

    Paths whose slugs coincide ("a/b.txt", "a-b.txt", "A-B.md") all get a
    hash of their full path appended, so none silently takes the other's
    page and none depends on which was seen first.
    """
    distinct = sorted(set(sources))
    base = {source: slugify(_stem(source)) for source in distinct}
    counts: dict[str, int] = {}
    for slug in base.values():
        counts[slug] = counts.get(slug, 0) + 1
    wanted = {
        source: slug if counts[slug] == 1 else f"{_shorten(slug, MAX_LENGTH - _HASH_LEN - 1)}-{_hash(source)}"
        for source, slug in base.items()
    }
    return _settle(wanted)


def _settle(wanted: dict[str, str]) -> dict[str, str]:
    """Break any tie left (e.g. a file named like another's hashed slug)."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for source in sorted(wanted, key=lambda s: (wanted[s], s)):
        slug, n = wanted[source], 2
        while slug in taken:
            slug, n = f"{wanted[source]}-{n}", n + 1
        taken.add(slug)
        result[source] = slug
    return result
