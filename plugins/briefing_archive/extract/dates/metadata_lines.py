"""Dates on an article's metadata lines (bylines, "Published"/"Updated" labels, date lines),
ranked as candidates for the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .parsing import _capitalised, _scan, _weekday_of
from .vocabulary import _WD, _WD_ABBR, _WD_PREFIX

# ------------------------------------------------------------ publication date
#
# Only metadata lines (bylines, date lines, the URL line the cleaner keeps
# apart) and the dateline can date an article; body sentences never do: a
# date in prose is an event, not the day the page was published.

_PUB_LABELS = (
    r"(?:first\s+)?published|publish(?:ed)?\s+date|publication\s+date|pub(?:lished)?\.?\s*date|posted|"
    r"release[ds]?|issued|dated?|created|publicado|publicada|publi[ée]|ver[öo]ffentlicht|"
    r"опубликовано|发布时间|发布日期|发表时间|发布|日期|时间|기사입력|입력|등록|송고시간|송고|"
    r"公開日?|配信日?|掲載日?|投稿日?|発行日?"
)
_UPD_LABELS = (
    r"(?:last\s+)?updated?|(?:last\s+)?modified|edited|revised|atualizado|actualizado|"
    r"mis\s+à\s+jour|aktualisiert|обновлено|更新时间|更新日?|최종\s*수정|수정|업데이트"
)
_UPDATE_WORD = re.compile(
    r"updat|modif|edit|revis|atualiz|actualiz|mis\s+à\s+jour|aktualis|обновл|更新|수정|업데이트", re.I)
_TIME = (
    r"(?:(?:오전|오후|午前|午後)\s*)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
    r"|\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\.?)"
)
_ZONE = (
    r"(?:\(?(?:GMT|UTC)\s?(?:[+-]\s?\d{1,2}(?::?\d{2})?)?\)?|\(?[A-Z]{2,5}\)?(?![\w])|Z(?!\w)|[+-]\d{2}:?\d{2}"
    r"|\(?(?:[A-Z][a-z]+\s+)?(?:time|Time)\)?|(?:北京|东京|首尔)?时间)"
)
_LABEL_BEFORE = re.compile(
    rf"(?<!\w)(?P<label>{_UPD_LABELS}|{_PUB_LABELS})\s*(?:(?:on|at|in|em|le|am|el|de)\s*)?[:：\-–—]?\s*"
    rf"(?:(?:on|at|in|em|le|am)\s+)?(?:{_TIME}\s*(?:{_ZONE})?\s*,?\s*)?(?:{_WD_PREFIX})?\s*$",
    re.IGNORECASE,
)
_LABEL_START = re.compile(rf"(?P<label>{_UPD_LABELS}|{_PUB_LABELS})(?!\w)", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"(?:T|[\s,;]*(?:at\s+|à\s+|às\s+|um\s+)?)(?:{_TIME})(?:\s*(?:{_ZONE}))?")
_TIME_BEFORE = re.compile(rf"(?:{_TIME})(?:\s*(?:{_ZONE}))?[\s,]*$")
_SEPARATORS = re.compile(r"\s*(?:\||•|·|∙|»|«|\s[-–—]\s)\s*")
_ALLOWED_LOWER = {
    "by", "and", "of", "the", "de", "from", "via", "on", "for", "source", "staff", "reporter", "desk", "web",
    "min", "mins", "read", "comments", "comment", "views", "ago", "hours", "hour", "minutes", "edited",
    "written", "am", "pm", "a.m.", "p.m.", "et", "al", "local", "time", "um", "à", "às",
}
_DOMAIN = re.compile(r"^[\w.-]+\.(?:com|cn|org|net|gov|int|co|uk|in|ru|jp|kr|de|fr|info|news)(?:\.\w+)?$", re.I)
_TOKEN_EDGES = "()[]{}\"'“”‘’«»,;:.!?/"
_NON_LATIN_TOKEN = re.compile(r"[\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3：]+")
# US zones put the month first in 04/03/2024; other named zones the day.
_US_ZONES = re.compile(r"(?<![A-Za-z])(?:ET|EST|EDT|PT|PST|PDT|MT|MST|MDT|AKST|AKDT|HST)(?![A-Za-z])")
_DAY_FIRST_ZONES = re.compile(
    r"(?<![A-Za-z])(?:GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|TRT|GST|PKT|WIB|WITA|WIT|MYT|SGT|HKT"
    r"|KST|JST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|CAT|BRT|ART|PHT|ICT)(?![A-Za-z])")

PUBLISHED, BARE, DATELINE, URL, UPDATED = 0, 1, 2, 3, 4  # ranks: lower wins


def _metadata_words(text: str) -> bool:
    """True for bylines, outlet names and times: short, no sentence words."""
    tokens = text.replace(",", " ").replace(":", " ").split()
    if len(tokens) > 8:
        return False
    for raw in tokens:
        token = raw.strip(_TOKEN_EDGES)
        if not token or _capitalised(token) or token.lower() in _ALLOWED_LOWER or _DOMAIN.match(token):
            continue
        if _NON_LATIN_TOKEN.fullmatch(token):
            continue  # digits, punctuation, CJK and Hangul ("15時21分", "来源：新华网")
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date on a metadata line: its readings (two for 04/03/2024), rank and context."""

    rank: int
    number: int  # line index: earlier lines win ties
    values: tuple[date, ...]
    line: str
    utc: bool = False  # a machine timestamp in UTC ("...T23:30:00Z"): the local date may differ
    zone: str = ""  # the text after the date, for a time zone that settles 04/03/2024
    md: tuple[int, int] | None = None  # (month, day) of a date written without a year
    weekday: int | None = None


_KOREAN_DOTS = re.compile(r"(?<!\d)((?:19|20)\d{2})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?")
# "[26.05.24 15:21]" (a forwarded message): a two-digit year, trusted only before a time
_SHORT_YEAR = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?=,?\s+\d{1,2}:\d{2}(?!\d))")


def _line_candidates(line: str, number: int) -> list[_Candidate]:
    """Dates on one metadata line, labelled (published / updated) or standing alone.

    A date counts when the words before it in its segment (between "|", "·",
    " - " separators) are a label, byline, outlet or time, and the words after
    it a time, a time zone, metadata, or a new labelled clause ("Updated 2
    hours ago", "(updated: 00:12 26.05.2024)").
    """
    text = _KOREAN_DOTS.sub(r"\1.\2.\3", line) if ". " in line else line  # "2024. 5. 26."
    text = _SHORT_YEAR.sub(r"\1\2\3\g<2>20\4", text)
    out: list[_Candidate] = []
    for x in _scan(text):
        if x.kind in {"ymd", "ambig"}:
            if not 1990 <= (x.year or 0) <= 2100:
                continue
        elif x.kind != "md" or x.rel:
            continue
        seg_start = 0
        for sep in _SEPARATORS.finditer(text, 0, x.start):
            seg_start = sep.end()
        nxt = _SEPARATORS.search(text, x.end)
        seg_end = nxt.start() if nxt else len(text)
        before, after = text[seg_start : x.start], text[x.end : seg_end]
        rank = _rank_before(before)
        if rank is None:
            continue
        after_ok, after_label = _after(after)
        if not after_ok and rank == BARE:
            continue  # a labelled date may be followed by anything ("Posted on July 18, 2023 by admin")
        if rank == BARE and after_label is not None:
            rank = after_label  # "2024/05/26 15:21 公開", "2024.05.26 15:21 수정"
        zone = after[:40]
        utc = bool(re.match(r"T?[\d:.\s]*(?:Z|\+00:?00|\s*(?:GMT|UTC)(?!\s?[+-]\s?[1-9]))(?!\w)", after))
        if x.kind == "ymd":
            values: tuple[date, ...] = (date(x.year, x.month, x.day),)  # type: ignore[arg-type]
        elif x.kind == "ambig":
            values = (date(x.year, x.month, x.day), date(x.year, x.day, x.month))  # type: ignore[arg-type]
        else:
            md = (x.month, x.day)
            out.append(_Candidate(rank, number, (), line, md=md, weekday=x.weekday))  # type: ignore[arg-type]
            continue
        out.append(_Candidate(rank, number, values, line, utc, zone, weekday=_weekday_before(before)))
    return out


def _rank_before(before: str) -> int | None:
    """PUBLISHED or UPDATED after a label, BARE after metadata words, None after prose."""
    label = _LABEL_BEFORE.search(before)
    if label is not None and _metadata_words(before[: label.start()]):
        return UPDATED if _UPDATE_WORD.search(label.group("label")) else PUBLISHED
    if not before.strip():
        return BARE
    time = _TIME_BEFORE.search(before)  # "By Xu Mingyue (People's Daily Online) 10:44, September 02, 2021"
    head = before[: time.start()] if time else before
    return BARE if _metadata_words(head) else None


def _after(after: str) -> tuple[bool, int | None]:
    """Whether the words after a date suit a date line, and the rank a CJK label there gives."""
    m = _TIME_AFTER.match(after)
    rest = after[m.end() :] if m else after
    rest = rest.strip(" \t,;:()[]|·•-–—/")
    if not rest:
        return True, None
    label = _LABEL_START.match(rest)
    if label is not None:
        word, tail = label.group("label"), rest[label.end() :]
        if any(c.isdigit() for c in tail) or (word.isascii() and tail.strip(" :：")):
            return True, None  # a new clause: "Updated 2 hours ago", "更新 2024-05-27"
        return True, UPDATED if _UPDATE_WORD.search(word) else PUBLISHED  # "2024/05/26 15:21 公開"
    return _metadata_words(rest), None


def _weekday_before(before: str) -> int | None:
    """ "Wed 04/03/2024": the weekday written before a numeric date."""
    m = re.search(rf"(?:{_WD}|{_WD_ABBR})[,\s]*$", before)
    return _weekday_of(m.group()) if m else None
