"""``clean`` itself: the order of the passes over an article's lines, and the passes that
mark runs and lists (related links, speakers, boilerplate, repeats)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..models import Article, Cleaned, Problem, RemovedLine
from .captions import _mark_captions
from .headline import _choose_headline, _judge_titles, _site_keys, _strongly_related
from .lines import BOILERPLATE, _Line, _Profile, _profile, _script_of, _split_lines, _word_count
from .paragraphs import _merge_wrapped, _paragraphs
from .rules import _rule
from .shapes import _DATELINE_LINE, _END_MARKER, _is_sentence
from .text import normalise_line, _tokens
from .tickers import _mark_tickers
from .vocabulary import (
    _META_PREFIX, _NAME, _RELATED_HEADER, _RELATED_PHRASE, _RELATED_PHRASE_CJK, _TAG_HEADER, _ui_key,
)


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
