"""Lines that recur across stories (``find_boilerplate``): furniture no single page gives away."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..models import Article
from .text import normalise_line


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
