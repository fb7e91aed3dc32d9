"""Load stage: a folder of scraped files in, decoded ``Article`` objects out.

Scraped input is messy and sometimes hostile: wrong encodings, garbled
("mojibake") text, binary files dropped in the folder, huge files, symlinks
pointing out of the folder. Nothing here raises on bad content; every oddity
becomes a ``Problem`` that names the file (and line) and says what to do, so
one bad file never stops the archive from building.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .models import Article, Problem

__all__ = [
    "CURATOR_FIELDS",
    "BinaryFileError",
    "DecodeError",
    "decode",
    "fix_mojibake",
    "load_file",
    "load_folder",
    "split_curator_metadata",
]

#: Corrections a curator may put in YAML frontmatter; they win over extraction.
CURATOR_FIELDS: dict[str, type] = {
    "title": str,
    "outlet": str,
    "published": date,
    "url": str,
    "place": str,
    "language": str,
    "notes": str,
}

DEFAULT_MAX_BYTES = 1_000_000  # a long news article is ~50 KB; more is a scrape gone wrong
_SAMPLE = 65_536  # bytes looked at to sniff an encoding; decoding uses all


class DecodeError(ValueError):
    """The bytes are not text this loader can read; the message says why."""


class BinaryFileError(DecodeError):
    """The bytes are a binary file (image, PDF, archive...), not an article."""


# ------------------------------------------------------------------ binary

# (magic, description, weak): weak magics are printable and so also need
# a NUL byte near the start before we call the file binary.
_MAGIC: tuple[tuple[bytes, str, bool], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image", False),
    (b"\xff\xd8\xff", "JPEG image", False),
    (b"GIF87a", "GIF image", False),
    (b"GIF89a", "GIF image", False),
    (b"%PDF-", "PDF document", False),
    (b"PK\x03\x04", "ZIP archive or Office document", False),
    (b"PK\x05\x06", "ZIP archive", False),
    (b"\x1f\x8b", "gzip archive", False),
    (b"\xfd7zXZ\x00", "xz archive", False),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive", False),
    (b"Rar!\x1a\x07", "RAR archive", False),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document", False),
    (b"\x7fELF", "executable program", False),
    (b"\xca\xfe\xba\xbe", "compiled program", False),
    (b"\x00asm", "WebAssembly program", False),
    (b"SQLite format 3\x00", "SQLite database", False),
    (b"II*\x00", "TIFF image", False),
    (b"MM\x00*", "TIFF image", False),
    (b"\x00\x00\x01\x00", "icon image", False),
    (b"ID3", "MP3 audio", True),
    (b"OggS", "Ogg audio/video", True),
    (b"fLaC", "FLAC audio", True),
    (b"wOFF", "web font", True),
    (b"wOF2", "web font", True),
    (b"MZ", "Windows program", True),
    (b"BM", "BMP image", True),
)

# Control bytes that never occur in text (tab, LF, VT, FF, CR, ESC excluded).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _binary_kind(raw: bytes) -> str | None:
    """Name the binary format when the bytes start with a known signature."""
    for magic, kind, weak in _MAGIC:
        if raw.startswith(magic) and (not weak or b"\x00" in raw[:64]):
            return kind
    if raw[8:12] in (b"WEBP", b"WAVE", b"AVI ") and raw.startswith(b"RIFF"):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[raw[8:12]]
    if raw[4:8] == b"ftyp":
        return "MP4/QuickTime video"
    return None


def _looks_binary(sample: bytes) -> bool:
    """Text files have (almost) no control bytes; binary data has plenty."""
    return len(_CONTROL_BYTES.findall(sample)) > max(3, 0.05 * len(sample))


# --------------------------------------------------------------- encodings

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first 2 bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _sniff_bom(raw: bytes) -> tuple[str, int] | None:
    """Encoding and BOM length when the bytes start with a byte-order mark."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name, len(bom)
    return None


def _sniff_utf16(sample: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    pairs = len(sample) // 2
    if pairs < 4:  # too short to tell from text with a stray NUL
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls > 0.3 * pairs and even_nuls < 0.05 * pairs:
        return "utf-16-le"
    if even_nuls > 0.3 * pairs and odd_nuls < 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_as(raw: bytes, encoding: str, partial: bool, errors: str = "strict") -> str:
    """Decode; when ``partial`` drop an incomplete character at the very end."""
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    return decoder.decode(raw, final=not partial)


def _decode_lenient(raw: bytes, encoding: str, partial: bool) -> tuple[str, list[str]]:
    """Decode with U+FFFD for bad bytes, and say how many there were."""
    try:
        return _decode_as(raw, encoding, partial), []
    except UnicodeDecodeError:
        text = _decode_as(raw, encoding, partial, errors="replace")
    bad = text.count("\ufffd")
    return text, [f"{bad} byte sequences are not valid {encoding} and were replaced by \ufffd"]


_ESCAPED = re.compile("[\udc80-\udcff]")


def _utf8_share(raw: bytes, partial: bool) -> tuple[str, int, int]:
    """(text with stray bytes as surrogates, valid non-ASCII chars, stray bytes)."""
    text = _decode_as(raw, "utf-8", partial, errors="surrogateescape")
    stray = len(_ESCAPED.findall(text))
    valid = len(text) - len(text.encode("ascii", "ignore")) - stray
    return text, valid, stray


def _decode_mostly_utf8(raw: bytes, partial: bool) -> tuple[str, list[str]] | None:
    """UTF-8 with a few stray legacy bytes (a pasted Windows quote, say).

    Real UTF-8 characters must outnumber the stray bytes four to one, else
    the file is more likely wholly in a legacy encoding. The first 64 KB
    decide, so a big file in another encoding is not scanned twice.
    """
    if len(raw) > _SAMPLE:
        _, valid, stray = _utf8_share(raw[:_SAMPLE], True)
        if valid < 4 * stray:
            return None
    text, valid, stray = _utf8_share(raw, partial)
    if valid < 4 * stray:
        return None
    first = _ESCAPED.search(text)
    line = text.count("\n", 0, first.start()) + 1 if first else 1
    fixed = _ESCAPED.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text)
    return fixed, [
        f"{stray} bytes are not valid UTF-8 (the first on line {line}); they were read as "
        "Windows-1252: check the characters there and re-save the file as UTF-8"
    ]


def _gb2312_share(text: str) -> float:
    """Share of non-ASCII characters in the common simplified-Chinese range.

    Real GBK/GB18030 Chinese sits almost wholly in GB2312 (both bytes
    0xA1-0xFE); Windows-1252 or Big5 bytes misread as GB18030 do not.
    """
    chars = [ch for ch in text[:_SAMPLE] if ord(ch) > 127][:20_000]
    if not chars:
        return 0.0
    hits = 0
    for ch in chars:
        b = ch.encode("gb18030")
        hits += len(b) == 2 and b[0] >= 0xA1 and b[1] >= 0xA1
    return hits / len(chars)


def _looks_western(text: str) -> bool:
    """Western European text: accented letters are a minority of letters.

    Cyrillic or Greek in a one-byte code page, misread as Windows-1252, turns
    into words made wholly of accented letters ("Ïðèâåò").
    """
    sample = text[:_SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return True
    accented = sum(1 for ch in letters if ord(ch) > 127)
    return accented <= 0.3 * len(letters)


def _decode_cp1252(raw: bytes, partial: bool) -> tuple[str, str] | None:
    """Windows-1252, or Latin-1 when it has bytes Windows-1252 leaves undefined."""
    try:
        text, name = _decode_as(raw, "cp1252", partial), "cp1252"
    except UnicodeDecodeError:
        text, name = _decode_as(raw, "latin-1", partial), "latin-1"
    if not re.search(rb"[\x80-\x9f]", raw):
        name = "latin-1"  # identical to Windows-1252 for these bytes
    return (text, name) if _looks_western(text) else None


def _detect_other(raw: bytes, partial: bool) -> tuple[str, str, list[str]] | None:
    """Last resort: let charset-normalizer guess (Cyrillic, Big5, Shift-JIS...)."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:_SAMPLE]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    text, warnings = _decode_lenient(raw, name, partial)
    return text, name, [f"encoding guessed as {name}; check that the text reads right", *warnings]


def _decode_unmarked(raw: bytes, partial: bool) -> tuple[str, str, list[str]]:
    """Bytes without BOM: try UTF-8, then the legacy encodings scrapers meet."""
    try:
        return _decode_as(raw, "utf-8", partial), "utf-8", []
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(raw):
            return _decode_as(raw, "utf-8", True), "utf-8", [
                "the file ends in the middle of a character, as if cut off; check the last line"
            ]
    mostly = _decode_mostly_utf8(raw, partial)
    if mostly:
        return mostly[0], "utf-8", mostly[1]
    try:
        text = _decode_as(raw, "gb18030", partial)
        if _gb2312_share(text) >= 0.9:
            return text, "gb18030", []
    except UnicodeDecodeError:
        pass
    western = _decode_cp1252(raw, partial)
    if western:
        return western[0], western[1], []
    other = _detect_other(raw, partial)
    if other:
        return other
    raise DecodeError(
        "could not work out its text encoding (tried UTF-8, UTF-16, GB18030, "
        "Windows-1252/Latin-1 and automatic detection); re-save it as UTF-8"
    )


def _decode_raw(raw: bytes, partial: bool) -> tuple[str, str, list[str]]:
    """Pick the encoding and decode, before any clean-up of the text."""
    kind = _binary_kind(raw)
    if kind:
        raise BinaryFileError(f"looks like a binary file ({kind}); skipped")
    bom = _sniff_bom(raw)
    if bom:
        text, warnings = _decode_lenient(raw[bom[1] :], bom[0].replace("-sig", ""), partial)
        return text, bom[0], warnings
    utf16 = _sniff_utf16(raw[:_SAMPLE])
    if utf16:
        text, warnings = _decode_lenient(raw, utf16, partial)
        return text, utf16, warnings
    if _looks_binary(raw[:_SAMPLE]):
        raise BinaryFileError("looks like a binary file (many control bytes); skipped")
    return _decode_unmarked(raw, partial)


# ---------------------------------------------------------------- mojibake

def _mojibake_tables() -> tuple[str, str, str, str, dict[int, int]]:
    """Character classes for UTF-8 bytes misread as Windows-1252/Latin-1."""
    def chars(lo: int, hi: int) -> str:
        out = []
        for b in range(lo, hi + 1):
            out.append(chr(b))  # the Latin-1 reading (C1 controls for 0x80-0x9F)
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                pass
        return "".join(sorted(set(out)))

    back: dict[int, int] = {}
    for b in range(0x80, 0x100):
        back[b] = b
        try:
            back[ord(bytes([b]).decode("cp1252"))] = b
        except UnicodeDecodeError:
            pass
    return chars(0xC2, 0xDF), chars(0xE0, 0xEF), chars(0xF0, 0xF4), chars(0x80, 0xBF), back


_LEAD2, _LEAD3, _LEAD4, _CONT, _TO_BYTE = _mojibake_tables()
# One lead character and the continuation characters after it; kept this
# simple because a plain character-class scan is ~10x faster than spelling
# out the 2/3/4-byte shapes (those are checked in ``_fix_match``).
_MOJIBAKE = re.compile(f"[{re.escape(_LEAD2 + _LEAD3 + _LEAD4)}][{re.escape(_CONT)}]+")
_SEQ_LEN = {**dict.fromkeys(_LEAD2, 2), **dict.fromkeys(_LEAD3, 3), **dict.fromkeys(_LEAD4, 4)}


def _plausible(fixed: str) -> bool:
    """Reject "fixes" that land in scripts mojibake rarely comes from.

    E.g. German "Straße“" reads as valid UTF-8 for an NKo letter; real
    mojibake decodes to Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation,
    CJK and other common BMP text or emoji (or C1 controls, on the way out
    of doubly garbled text).
    """
    for ch in fixed:
        cp = ord(ch)
        if 0x0700 <= cp <= 0x08FF:
            return False
    return True


def _fix_match(match: re.Match[str]) -> str:
    """Re-encode one garbled character to bytes and read it as the UTF-8 it was."""
    run = match.group()
    size = _SEQ_LEN[run[0]]
    if len(run) < size:
        return run
    try:
        fixed = bytes(_TO_BYTE[ord(ch)] for ch in run[:size]).decode("utf-8")
    except (UnicodeDecodeError, KeyError):
        return run
    return fixed + run[size:] if _plausible(fixed) else run


# "â€" + a byte Windows-1252 leaves undefined: the byte is usually lost (or
# became U+FFFD), and of the five characters it could have been, ” (E2 80 9D)
# is the usual one.
_LOST_QUOTE = re.compile(f"\u00e2\u20ac(?:\ufffd|(?![{re.escape(_CONT)}]))")


def fix_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8-read-as-Windows-1252 ("â€™" -> "’"), up to thrice nested."""
    if text.isascii():
        return text, 0
    fixed_total = 0
    for _ in range(3):
        count = 0

        def fix(match: re.Match[str]) -> str:
            nonlocal count
            out = _fix_match(match)
            count += out != match.group()
            return out

        new = _MOJIBAKE.sub(fix, text)
        if not count:
            break
        text, fixed_total = new, fixed_total + count
    if fixed_total:  # only in text that is clearly garbled
        text, lost = _LOST_QUOTE.subn("\u201d", text)
        fixed_total += lost
    return text, fixed_total


# --------------------------------------------------------------- clean-up

_NEWLINES = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# C0/C1 controls except tab and newline; noncharacters U+FFFE/U+FFFF;
# leftover surrogates.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def _tidy(text: str) -> tuple[str, list[str]]:
    """Newlines to \\n, mojibake fixed, control characters dropped, NFC."""
    warnings: list[str] = []
    text, fixed = fix_mojibake(text)  # first: C1 characters may be part of it
    text = _NEWLINES.sub("\n", text)
    if fixed:
        warnings.append(
            f"fixed {fixed} garbled character sequences (UTF-8 read as Windows-1252, "
            "e.g. \u00e2\u20ac\u2122 for \u2019); check the text and re-save the file as UTF-8"
        )
    text = text.replace("\ufeff", "")  # BOMs left mid-text by joining files: harmless, silent
    text, controls = _CONTROLS.subn("", text)
    if controls:
        warnings.append(f"removed {controls} control characters (such as NUL) that are not text")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, warnings


def decode(raw: bytes, *, partial: bool = False) -> tuple[str, str, list[str]]:
    """Bytes of unknown encoding -> (text, encoding name, warnings).

    ``partial`` says ``raw`` is a prefix of a longer file, so a character cut
    in half at the end is dropped instead of being reported as bad bytes.
    Raises ``BinaryFileError`` for images, PDFs, archives and other binary
    data, and ``DecodeError`` when no encoding reads the bytes as text.
    """
    if not raw:
        return "", "utf-8", []
    text, encoding, warnings = _decode_raw(raw, partial)
    text, more = _tidy(text)
    return text, encoding, warnings + more


# ------------------------------------------------------- curator metadata

_FENCE = re.compile(r"-{3,}[ \t]*")
_CLOSE = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)
_KEY_LINE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)", re.MULTILINE)
_MAX_BLOCK = 65_536  # curator metadata is a few lines; more is an article
_MAX_BRACKETS = 200  # PyYAML recurses per level: "[[[[..." is slow, then crashes
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z ]*)?")
_FIX_BLOCK = "fix the block between the --- lines at the top (or delete it)"


def _find_block(text: str) -> tuple[str, str, int] | None:
    """(yaml, body, lines the block takes) when text opens with metadata.

    A scraped article may itself start with a ``---`` rule, so the block
    counts as metadata only when it reads like ``field: value`` lines.
    """
    first_end = text.find("\n")
    if first_end < 0 or not _FENCE.fullmatch(text[:first_end]):
        return None
    close = _CLOSE.search(text, first_end + 1, first_end + 1 + _MAX_BLOCK)
    if close is None:
        return None
    block = text[first_end + 1 : close.start()]
    keys = [k.lower() for k in _KEY_LINE.findall(block)]
    content = (ln for ln in block.split("\n") if ln.strip() and not ln.lstrip().startswith("#"))
    first_line = next(content, "")
    if not (set(keys) & CURATOR_FIELDS.keys() or _KEY_LINE.match(first_line)):
        return None
    lines = text.count("\n", 0, close.end()) + 1  # through the closing line
    return block, text[close.end() + 1 :], lines


def _yaml_error(exc: yaml.YAMLError, source: str) -> Problem:
    """Turn a PyYAML error into a problem on the right line of the file."""
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    if context is not None and (mark is None or "stream" in str(getattr(exc, "problem", ""))):
        mark = context  # an unclosed quote or bracket: point at where it opens
    line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the opening ---
    parts = (getattr(exc, "context", None), getattr(exc, "problem", None))
    what = " ".join(p for p in parts if p) or str(exc)
    return Problem(
        source,
        f"curator metadata is not valid YAML: {what}; {_FIX_BLOCK}. "
        "The article was loaded without these corrections",
        line=line,
        severity="error",
    )


def _parse_date(raw: str) -> date:
    """ISO dates only (a time part is allowed and dropped): no guessing."""
    match = _ISO_DATE.fullmatch(raw.strip())
    if not match:
        raise ValueError("is not a date")
    year, month, day = (int(g) for g in match.groups())
    return date(year, month, day)


def _field_value(name: str, node: yaml.Node) -> tuple[Any, str | None]:
    """(value, error) for one field; scalars are taken as written.

    Taking the scalar text as written keeps ``title: 1984`` a string and
    ``language: no`` the Norwegian code instead of YAML's ``False``.
    """
    if not isinstance(node, yaml.ScalarNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
        return None, f"{name} should be a single value, not {kind}"
    raw = node.value.strip()
    if not raw or node.tag == "tag:yaml.org,2002:null" and raw in ("~", "null", "Null", "NULL"):
        return None, None
    if CURATOR_FIELDS[name] is date:
        try:
            return _parse_date(raw), None
        except ValueError as exc:
            why = "is not a date" if str(exc) == "is not a date" else f"is not a real date ({exc})"
            return None, f"published {raw!r} {why}; write it as YYYY-MM-DD, e.g. 2023-07-18"
    if name == "url" and not re.match(r"https?://[^\s/]", raw, re.IGNORECASE):
        return None, f"url {raw!r} should start with http:// or https://"
    return raw, None


def _unknown_field(key: str, source: str, line: int) -> Problem:
    """Warn about a field the archive does not know, suggesting a close one."""
    close = difflib.get_close_matches(key.lower(), CURATOR_FIELDS, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else "known fields: " + ", ".join(CURATOR_FIELDS)
    return Problem(source, f"unknown curator field {key!r} ignored; {hint}", line=line)


def _read_fields(root: yaml.Node, source: str) -> tuple[dict[str, Any], list[Problem]]:
    """Check each ``field: value`` pair; bad ones are reported and skipped."""
    if not isinstance(root, yaml.MappingNode):
        return {}, [Problem(source, f"curator metadata should be 'field: value' lines; {_FIX_BLOCK}",
                            line=root.start_mark.line + 2, severity="error")]
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 2  # +1 for 1-based, +1 for the opening ---
        key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
        if key not in CURATOR_FIELDS:
            problems.append(_unknown_field(key, source, line))
            continue
        if key in seen:
            problems.append(Problem(source, f"{key} is given twice (also on line {seen[key]}); "
                                            "the later one is used", line=line))
        seen[key] = line
        value, error = _field_value(key, value_node)
        if error:
            problems.append(Problem(source, f"{error}; field ignored", line=line, severity="error"))
        elif value is None:
            problems.append(Problem(source, f"{key} is empty; field ignored", line=line))
        else:
            values[key] = value
    return values, problems


def _too_nested(source: str) -> Problem:
    """Refuse pathological nesting before PyYAML recurses into it."""
    message = f"curator metadata is nested too deeply to be field: value lines; {_FIX_BLOCK}"
    return Problem(source, message, line=2, severity="error")


def split_curator_metadata(text: str, source: str) -> tuple[dict[str, Any], str, int, list[Problem]]:
    """(corrections, body, lines taken by the block, problems).

    Follows python-frontmatter's layout (YAML between ``---`` lines at the
    very top) but parses with PyYAML nodes to report line numbers. A broken
    block is still cut off, so its YAML never shows up as article text.
    """
    found = _find_block(text)
    if found is None:
        return {}, text, 0, []
    block, body, offset = found
    if block.count("[") + block.count("{") > _MAX_BRACKETS:
        return {}, body, offset, [_too_nested(source)]
    try:
        root = yaml.compose(block, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return {}, body, offset, [_yaml_error(exc, source)]
    except RecursionError:  # deep nesting: hostile, not metadata
        return {}, body, offset, [_too_nested(source)]
    if root is None:
        return {}, body, offset, []
    corrections, problems = _read_fields(root, source)
    return corrections, body, offset, problems


# ------------------------------------------------------------------ files

def _size(n: int) -> str:
    """Human file size for messages ("20.0 MB")."""
    if n < 1000:
        return f"{n} bytes"
    value, unit = n / 1000, "KB"
    for bigger in ("MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:.1f} {unit}"


class _NotAFile(OSError):
    """A pipe, device or folder where an article file was expected."""


def _read_problem(exc: OSError, source: str) -> Problem:
    """Say why a file could not be read, and what the curator can do."""
    if isinstance(exc, (_NotAFile, IsADirectoryError)):
        return Problem(source, "is not a regular file (a folder, pipe or device?); skipped")
    if isinstance(exc, PermissionError):
        return Problem(source, "could not be read (permission denied); check the file's permissions",
                       severity="error")
    return Problem(source, f"could not be read ({exc.strerror or exc}); skipped", severity="error")


def _read(path: Path, max_bytes: int) -> tuple[bytes, int]:
    """(at most max_bytes from the start, file size); the rest is never read.

    Opened non-blocking and checked to be a regular file, so a named pipe or
    device handed to ``load_file`` fails at once instead of hanging. Reading
    one byte more than kept tells truncation apart from a file exactly
    max_bytes long, even if it grows while we read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", closefd=True) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _NotAFile(path)
        raw = handle.read(max_bytes + 1)
    return raw[:max_bytes], max(info.st_size, len(raw))


_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _display_path(rel: str) -> tuple[str, str | None]:
    """A printable source name, and a warning when the real name is not.

    Names that are not UTF-8 arrive with surrogate escapes, which cannot be
    written to HTML or JSON; control characters would garble messages.
    """
    if rel.isascii() and rel.isprintable():
        return rel, None  # the common case, and no unsafe category is printable ASCII
    safe = os.fsencode(rel).decode("utf-8", "backslashreplace")
    safe = "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in safe
    )
    if safe == rel:
        return rel, None
    return safe, "the file name has bytes that are not printable UTF-8 text; rename the file"


def _source_of(path: Path, root: Path) -> str:
    """Path relative to root with "/" separators (the name itself if outside)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _empty_problem(raw: bytes, text: str, offset: int, source: str) -> Problem | None:
    """Warn about files with no article text: the briefing will be blank."""
    if not raw:
        return Problem(source, "is empty (0 bytes); add the article text or delete the file")
    if text.strip():
        return None
    if offset:
        return Problem(source, "has curator metadata but no article text below it; add the text")
    return Problem(source, "is empty (only whitespace); add the article text or delete the file")


def load_file(
    path: Path, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, memo: dict | None = None
) -> tuple[Article | None, list[Problem]]:
    """One file -> (Article or None, problems); never raises for bad content.

    ``memo`` (kept by ``mkdocs serve`` across rebuilds) maps a file's source and
    bytes to what loading them gave: unchanged files are not decoded again, and
    a file whose size, inode and change times are as before is not even read.
    """
    source, name_warning = _display_path(_source_of(Path(path), Path(root)))
    problems = [Problem(source, name_warning)] if name_warning else []
    stamp = _stamp(path, source) if memo is not None else None
    if stamp is not None and stamp in memo:
        return memo[stamp]
    try:
        raw, size = _read(Path(path), max_bytes)
    except OSError as exc:
        return None, [*problems, _read_problem(exc, source)]
    key = (source, size, hashlib.sha256(raw).hexdigest())
    if memo is not None and key in memo:
        if stamp is not None:
            memo[stamp] = memo[key]  # touched, not changed
        return memo[key]
    result = _load_bytes(raw, size, source, problems)
    if memo is not None:
        memo[key] = result
        if stamp is not None:
            memo[stamp] = result
    return result


def _stamp(path: Path, source: str) -> tuple | None:
    """What the file system says about a file's version (any write changes ctime)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return ("stat", source, info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)


def _load_bytes(raw: bytes, size: int, source: str, problems: list[Problem]) -> tuple[Article | None, list[Problem]]:
    truncated = size > len(raw)
    try:
        text, encoding, warnings = decode(raw, partial=truncated)
    except BinaryFileError as exc:
        return None, [*problems, Problem(source, str(exc))]
    except DecodeError as exc:
        return None, [*problems, Problem(source, f"{exc}; skipped", severity="error")]
    if truncated:
        problems.append(Problem(source, f"is {_size(size)}, too big for one article; only the first "
                                        f"{_size(len(raw))} were read. Split the file or trim it"))
    problems += [Problem(source, message) for message in warnings]
    corrections, body, offset, meta_problems = split_curator_metadata(text, source)
    problems += meta_problems
    empty = _empty_problem(raw, body, offset, source)
    problems += [empty] if empty else []
    digest = hashlib.sha256(raw).hexdigest()  # the bytes everything downstream is made of
    article = Article(source=source, text=body, digest=digest, encoding=encoding,
                      corrections=corrections, body_line_offset=offset, problems=list(problems))
    return article, problems


# ----------------------------------------------------------------- folders

_JUNK_NAMES = frozenset({"Thumbs.db", "ehthumbs.db", "desktop.ini", "__MACOSX", ".DS_Store",
                         ".gitkeep", ".gitignore", ".gitattributes", ".git", ".svn", ".hg", ".cache"})


def _skipped_name(name: str) -> bool:
    """Hidden files, editor leftovers and OS clutter are never articles."""
    return (
        name.startswith(".")
        or name.endswith("~")
        or name.endswith((".swp", ".swo", ".swx"))
        or (name.startswith("#") and name.endswith("#"))
        or name in _JUNK_NAMES
    )


def _clutter(name: str) -> bool:
    """Skipped without a word: editor swap/backup files and OS or VCS files.

    Other hidden names are skipped too but reported, so that no article a
    curator put in the folder disappears silently.
    """
    return name in _JUNK_NAMES or not name.startswith(".") or name.endswith((".swp", ".swo", ".swx", "~"))


def _inside(path: Path, root: Path) -> bool:
    """True when a symlink's target stays within the folder being loaded."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def _check_entry(path: Path, root: Path, source: str) -> Problem | None:
    """Why a directory entry is not loaded as an article, or None if it is.

    Symlinks out of the folder are refused: a scraped folder must not be
    able to publish /etc/passwd. FIFOs and devices would block or never end.
    """
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            if not _inside(path, root) or not path.is_file():
                return Problem(source, "is a link to something outside the folder (or not a file); "
                                       "skipped: copy the file in instead")
            return None
    except OSError as exc:
        return Problem(source, f"could not be read ({exc.strerror or exc})", severity="error")
    if not stat.S_ISREG(info.st_mode):
        return Problem(source, "is not a regular file (a folder, pipe or device?); skipped")
    return None


def _walk(root: Path, problems: list[Problem]) -> Iterator[tuple[str, Path]]:
    """(relative POSIX path, path) of candidate files; skipped dirs pruned."""
    def on_error(exc: OSError) -> None:
        where = _source_of(Path(exc.filename or root), root) if exc.filename else "."
        problems.append(Problem(where, f"folder could not be read ({exc.strerror or exc})", severity="error"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        here = Path(dirpath)
        prefix = Path(os.path.relpath(dirpath, root)).as_posix() + "/"
        prefix = "" if prefix == "./" else prefix
        kept = []
        for name in dirnames:
            if _skipped_name(name):
                if not _clutter(name):
                    rel = (here / name).relative_to(root).as_posix()
                    problems.append(Problem(_display_path(rel)[0], "is a hidden folder (its name starts with '.'); "
                                                                  "not read: rename it to include its articles"))
                continue
            if (here / name).is_symlink():
                rel = (here / name).relative_to(root).as_posix()
                problems.append(Problem(_display_path(rel)[0], "is a linked folder; not followed"))
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in filenames:
            if not _skipped_name(name):
                yield prefix + name, here / name
            elif not _clutter(name):
                rel = (here / name).relative_to(root).as_posix()
                problems.append(Problem(_display_path(rel)[0], "is a hidden file (its name starts with '.'); "
                                                              "skipped: rename it to include it"))


def load_folder(
    root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, memo: dict | None = None
) -> tuple[list[Article], list[Problem]]:
    """Every article file under root, in relative-path order, and the problems
    of what could not be loaded.

    The returned problems are only those with no ``Article`` to carry them
    (binary, unreadable or refused files, unreadable folders); a loaded
    article keeps its own on ``Article.problems``, for its page. So the
    returned list plus every ``Article.problems`` is each problem exactly once.
    Raises ``NotADirectoryError`` when root is not a folder: that is a
    configuration mistake, not a problem with one article.
    """
    root = Path(root)
    if not root.is_dir():
        raise NotADirectoryError(f"articles folder not found: {root}")
    problems: list[Problem] = []
    articles: list[Article] = []
    for rel, path in sorted(_walk(root, problems)):
        refused = _check_entry(path, root, _display_path(rel)[0])
        if refused:
            problems.append(refused)
            continue
        article, file_problems = load_file(path, root, max_bytes=max_bytes, memo=memo)
        if article is None:
            problems += file_problems
        else:
            articles.append(article)
    return articles, problems
