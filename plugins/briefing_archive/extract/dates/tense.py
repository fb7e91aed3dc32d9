"""Past or future per mention, from the nearest tense cue; and ``find_dates``, which finds
and resolves every date of an article's sentences with it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from ...models import DateMention, Evidence
from .parsing import _RANGE_GAP, _Expr, _scan
from .resolution import _resolve_expr

# ------------------------------------------------------------------- tense

_FUTURE_WORDS = {
    "will", "shall", "won't", "would", "could", "might", "may", "upcoming", "forthcoming",
    "coming", "next", "expected", "scheduled", "slated", "planned",
}
_FUTURE_BEFORE_TO = {"going", "plan", "plans", "planning", "intend", "intends", "set", "due", "poised", "likely",
                     "about", "supposed", "is", "are"}
_PAST_WORDS = {
    "met", "held", "was", "were", "had", "has", "did", "said", "told", "spoke", "visited", "arrived",
    "left", "signed", "agreed", "hosted", "received", "attended", "concluded", "ended", "began",
    "took", "came", "went", "made", "saw", "reached", "announced", "ago", "earlier", "previously",
    "already",
}
_MODALS = {"would", "could", "might", "may", "should", "must"}
_NOT_PAST = {
    "need", "indeed", "speed", "proceed", "succeed", "exceed", "feed", "seed", "hundred",
    "shed", "bed", "red", "based", "united", "related", "limited", "interested", "concerned",
    "advanced", "developed", "detailed", "sophisticated", "beloved", "sacred", "naked",
    "wicked", "kindred", "breed", "weed", "greed", "deed", "heed", "embed", "bred", "shred",
}
_CUE_WORDS = _FUTURE_WORDS | _FUTURE_BEFORE_TO | _PAST_WORDS | _MODALS | {"ahead"}
_CJK_CUES = (("即将", True), ("将", True), ("预计", True), ("计划", True), ("拟", True), ("已经", False), ("曾", False))
_STRIP = ".,;:!?\"'“”‘’()[]{}«»—–-"
_TENSED = {"md", "m", "wd"}  # kinds whose value depends on past/future
_CUE_REACH = 90  # characters either side of a mention searched for its tense


def _word_tense(word: str, prev: str, nxt: str, after_next: str) -> bool | None:
    """The tense ``word`` signals in context: True future, False past, None neither."""
    if word in _MODALS and (nxt == "have" or (nxt == "not" and after_next == "have")):
        return False  # "could have met"
    if word in _FUTURE_WORDS or (nxt == "to" and word in _FUTURE_BEFORE_TO) or (word == "ahead" and nxt == "of"):
        return True
    if prev in {"be", "been", "being"}:
        return None  # "will be held": the participle carries no tense
    if word in _PAST_WORDS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        return False
    return None


def _nearest_cue(chunk: str, from_end: bool) -> bool | None:
    """The tense of the cue nearest one end of ``chunk``, if any."""
    if not chunk.isascii():
        hits = [(chunk.rfind(c) if from_end else chunk.find(c), f) for c, f in _CJK_CUES if c in chunk]
        if hits:
            return (max(hits) if from_end else min(hits))[1]
    words = [w.strip(_STRIP) for w in chunk.lower().split()]
    n = len(words)
    for i in range(n - 1, -1, -1) if from_end else range(n):
        word = words[i]
        if word not in _CUE_WORDS and not (len(word) > 4 and word.endswith("ed")):
            continue  # most words: no need to look at their neighbours
        tense = _word_tense(
            word,
            words[i - 1] if i else "",
            words[i + 1] if i + 1 < n else "",
            words[i + 2] if i + 2 < n else "",
        )
        if tense is not None:
            return tense
    return None


def _future_flags(text: str, found: list[_Expr]) -> list[bool]:
    """Per mention: does the sentence put it in the future?

    The nearest cue left of the mention (back to the previous mention) wins,
    else the nearest right of it (up to the next), else the previous
    mention's flag (ranges), else past.
    """
    if not any(x.kind in _TENSED and not x.rel for x in found):
        return [False] * len(found)
    flags: list[bool] = []
    for i, x in enumerate(found):
        lo = max(found[i - 1].end if i else 0, x.start - _CUE_REACH)
        hi = min(found[i + 1].start if i + 1 < len(found) else len(text), x.end + _CUE_REACH)
        tense = _nearest_cue(text[lo : x.start], True)
        if tense is None:
            tense = _nearest_cue(text[x.end : hi], False)
        if tense is None:
            tense = flags[-1] if flags else False
        flags.append(tense)
    return flags


def find_dates(sentences: Sequence[Evidence], published: date | None) -> list[DateMention]:
    """Every date expression in ``sentences``, resolved against ``published``."""
    mentions: list[DateMention] = []
    for ev in sentences:
        text = ev.sentence
        found = _scan(text)
        if not found:
            continue
        previous: tuple[_Expr, date | None] | None = None
        for x, future in zip(found, _future_flags(text, found)):
            value, precision, uncertain = _resolve_expr(x, published, future)
            if previous is not None:
                value = _after_range_start(text, previous, x, value)
            mentions.append(DateMention(text[x.start : x.end], value, precision, uncertain, ev))
            previous = (x, value)
    return mentions


def _after_range_start(text: str, previous: tuple[_Expr, date | None], x: _Expr, value: date | None) -> date | None:
    """ "from Sunday to Wednesday": a range never ends before it starts.

    Each end is resolved alone first; a year-less end that lands before the
    start moves forward by a week (weekdays) or a year (dates).
    """
    first, first_value = previous
    if value is None or first_value is None or value >= first_value or x.year is not None:
        return value
    if not _RANGE_GAP.match(text[first.end : x.start]) or x.rel:
        return value
    if x.kind == "wd" and first.kind in {"wd", "day"}:
        return value + timedelta(days=7 * ((first_value - value).days // 7 + 1))
    if x.kind == "md":
        return _next_year(value)
    return value


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # Feb 29
        return day.replace(year=day.year + 1, day=28)
