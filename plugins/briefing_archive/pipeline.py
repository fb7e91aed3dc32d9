"""Run the stages in order: load -> clean -> extract -> link -> compare.

This is the one place that knows the order. It runs without MkDocs (the CLI
and the export use it); the MkDocs plugin calls it too and keeps a
``StageCache`` alive across ``mkdocs serve`` rebuilds so that only the
articles whose bytes changed are cleaned and extracted again.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from . import __version__
from .clean import clean, find_boilerplate
from .compare import compare
from .copies import copy_pairs_of_sets, shingles
from .extract import extract_briefing
from .knowledge import Knowledge
from .link import link
from .load import load_folder
from .models import Archive, Article, Briefing, Problem
from .slugs import unique_slugs


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of this package's source: cached results die with the code that made them."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".yaml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class StageCache:
    """Per-article results keyed by content, knowledge and code version.

    In memory for ``mkdocs serve``; optionally persisted to ``path`` (one
    pickle) so that a fresh ``mkdocs build`` of an unchanged archive skips
    extraction as well.
    """

    path: Path | None = None
    entries: dict[str, Briefing] = field(default_factory=dict)
    shingles: dict[str, frozenset[int]] = field(default_factory=dict)  # these three: in memory only
    loaded: dict = field(default_factory=dict)  # (source, size, sha256) -> what load_file gave
    line_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # digest -> boilerplate keys
    hits: int = 0
    misses: int = 0

    @classmethod
    def open(cls, path: Path | None) -> StageCache:
        cache = cls(path=path)
        if path and path.is_file():
            try:
                with path.open("rb") as handle:
                    stored = pickle.load(handle)
                if isinstance(stored, dict) and stored.get("code") == code_version():
                    cache.entries = stored["entries"]
            except Exception:  # a stale or corrupt cache is only a slower build
                cache.entries = {}
        return cache

    def save(self, live_keys: Iterable[str]) -> None:
        """Persist the entries still in use (so the file does not grow forever).

        Writes only when something changed: an unchanged rebuild costs no I/O.
        """
        live = set(live_keys)
        stale = len(self.entries) - len(live & self.entries.keys())
        self.entries = {k: v for k, v in self.entries.items() if k in live}
        self.shingles = {k: v for k, v in self.shingles.items() if k in live}
        if len(self.loaded) > 2 * len(live) + 100:  # edits leave old versions behind
            self.loaded.clear()
            self.line_keys.clear()
        if self.path is None or (self.misses == 0 and stale == 0 and self.path.is_file()):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump({"code": code_version(), "entries": self.entries}, handle, protocol=5)
        tmp.replace(self.path)


def _cache_key(article: Article, bid: str, knowledge: Knowledge, boilerplate_digest: str) -> str:
    parts = (article.digest, article.source, bid, knowledge.digest, code_version(), boilerplate_digest)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _boilerplate_digest(boilerplate: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(boilerplate)).encode()).hexdigest()


def run(
    seeds_dir: Path,
    knowledge: Knowledge | None = None,
    *,
    cache: StageCache | None = None,
    progress: bool = False,
) -> Archive:
    """Build the archive of every article under ``seeds_dir``."""
    knowledge = knowledge or Knowledge.load()
    cache = cache if cache is not None else StageCache()
    articles, problems = load_folder(seeds_dir, memo=cache.loaded)
    problems = list(problems)
    boilerplate = find_boilerplate(articles, memo=cache.line_keys)
    bp_digest = _boilerplate_digest(boilerplate)
    ids = unique_slugs([a.source for a in articles])

    briefings: list[Briefing] = []
    keys: list[str] = []
    for article in _progress(articles, progress, "extract"):
        bid = ids[article.source]
        key = _cache_key(article, bid, knowledge, bp_digest)
        keys.append(key)
        briefing = cache.entries.get(key)
        if briefing is None:
            cache.misses += 1
            briefing = extract_briefing(article, clean(article, boilerplate), knowledge, bid)
            cache.entries[key] = briefing
        else:
            cache.hits += 1
        briefings.append(briefing)
    cache.save(keys)

    # Later stages set ``meetings``/``copies``; cached objects stay as extracted.
    briefings = [_fresh(b) for b in briefings]
    _mark_copies(briefings, [_shingles(cache, key, b) for key, b in zip(keys, briefings)])
    meetings = link(briefings, knowledge)
    discrepancies = compare(meetings, briefings, knowledge)
    return Archive(briefings, meetings, discrepancies, problems + _article_problems(articles))


def _fresh(briefing: Briefing) -> Briefing:
    # Shallow: link and copy-marking only rebind these two fields.
    return replace(briefing, meetings=[], copies=[])


def _article_problems(articles: list[Article]) -> list[Problem]:
    return [p for a in articles for p in a.problems]


def _shingles(cache: StageCache, key: str, briefing: Briefing) -> frozenset[int]:
    found = cache.shingles.get(key)
    if found is None:
        found = cache.shingles[key] = shingles(briefing.paragraphs)
    return found


def _mark_copies(briefings: list[Briefing], sets: list[frozenset[int]]) -> None:
    """Briefings that carry the same story (a reprinted wire article) point at each other.

    Near-duplicates count, not only identical bodies: a reprint under another
    headline, with other junk around it or a trimmed last paragraph, is still
    a copy (see ``copies.py``; near-linear and deterministic).
    """
    for i, j in copy_pairs_of_sets(sets):
        briefings[i].copies.append(briefings[j].id)
        briefings[j].copies.append(briefings[i].id)
    for briefing in briefings:
        briefing.copies = sorted(set(briefing.copies))


def _progress(items, enabled: bool, label: str):
    if not enabled:
        return items
    from tqdm import tqdm  # only the CLI shows a bar

    return tqdm(items, desc=label, unit="article", disable=None)
