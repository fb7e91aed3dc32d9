"""Relevance to the body, and the headline: the title-shaped line near the top that is
about the body; mastheads, topic tags and other title-shaped lines judged around it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .lines import _Line, _word_count
from .shapes import _is_sentence
from .text import _CJK_RE, _STOPWORDS, _WORD, _stem, _tokens
from .vocabulary import _SECTION_WORDS


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


def _site_keys(lines: Sequence[_Line]) -> frozenset[str]:
    """Names the page gives as its own (copyright holder, staff byline, sign-off, URL host)."""
    from ..extract.outlet import site_keys  # deferred: extract imports the whole extract package

    named = [ln.text for ln in lines if ln.text and ln.meta]
    return frozenset(site_keys(named)) if named else frozenset()


def _masthead(text: str, site: frozenset[str], *, known_only: bool = False) -> bool:
    """Whether a title-shaped line is the site's name ("Yonhap News Agency", "THE CHINA BRIDGE WEEKLY")."""
    from ..extract.outlet import masthead_name  # deferred: extract imports the whole extract package

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


def _capital_ratio(text: str) -> float:
    """Share of capitalised words among non-trivial ones: high for titles, low for prose."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def _is_caps_heading(text: str) -> bool:
    """An all-capitals label ("READOUT", "2. TALKS IN BEIJING"): a section heading."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and not _CJK_RE.search(text) and all(ch.isupper() for ch in letters)
