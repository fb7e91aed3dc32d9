"""Run the stages in order: load -> clean -> extract -> link -> compare.

This is the one place that knows the order. It runs without MkDocs (the CLI
and the export use it); the MkDocs plugin calls it too and keeps a
``StageCache`` alive across ``mkdocs serve`` rebuilds so that only the
articles whose bytes changed are cleaned and extracted again.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from . import __version__
from .clean import find_boilerplate
from .compare import compare
from .copies import Fingerprint, copy_pairs_of_fingerprints
from .knowledge import Knowledge
from .link import link
from .load import load_folder
from .models import Archive, Article, Briefing, Problem
from .slugs import unique_slugs
from .stage import extract_article


# Parts of the package outside the cached stage (load.py, which decodes what the stage reads,
# and stage.py with what it imports): they read its results and cannot change them, so editing
# them keeps the cache (a renderer change used to re-extract a whole archive).
# tests/test_pipeline.py checks that the stage imports none of them.
DOWNSTREAM = ("pipeline.py", "render/", "mkdocs_plugin/", "link.py", "compare.py", "search/",
              "writer.py", "export.py", "cli.py")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the source the cached stage runs: its results die with the code that made them."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.suffix in {".py", ".yaml"} and "__pycache__" not in path.parts and not rel.startswith(DOWNSTREAM):
            digest.update(rel.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


INDEX_FILE = "files.pickle"


@dataclass
class StageCache:
    """Per-article results keyed by content, knowledge and code version.

    In memory for ``mkdocs serve``; optionally persisted under ``path``, a
    folder with one pickle per article result named by its key, so that a
    fresh ``mkdocs build`` of an unchanged archive skips extraction, and a
    rebuild after one edit writes one small file (a single pickle of the
    whole cache took 0.6-1.5 s to rewrite at 1,000 articles).

    Next to them, ``files.pickle`` keeps what loading gave for each file by
    its stat stamp, and its lines' furniture keys: a fresh process then
    reads and decodes only the files that changed (loading and keying 10,000
    unchanged files took 4.6 s; the index loads in 0.25 s). ``mkdocs serve``
    defers writing it (``defer_index``) to its shutdown: it is 80 MB at 10,000.
    """

    path: Path | None = None
    entries: dict[str, Briefing] = field(default_factory=dict)
    prints: dict[str, Fingerprint] = field(default_factory=dict)  # for copy detection, stored with the entry
    # These two in memory only:
    loaded: dict = field(default_factory=dict)  # (source, size, sha256) -> what load_file gave
    line_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # digest -> boilerplate keys
    hits: int = 0
    misses: int = 0
    fresh: set[str] = field(default_factory=set)  # keys extracted since the last save
    defer_index: bool = False  # write files.pickle only when asked (write_index), not at every save
    _index: tuple | None = field(default=None, repr=False)  # (stamps, line keys) to write, if not yet written
    _indexed: object = field(default=None, repr=False)  # the stamps files.pickle holds (read or written)

    @classmethod
    def open(cls, path: Path | None, *, defer_index: bool = False) -> StageCache:
        if path is not None and path.exists() and not path.is_dir():
            raise NotADirectoryError(f"the extraction cache {path} is a file; give a folder (or none)")
        cache = cls(path=path, defer_index=defer_index)
        cache._read_index()
        return cache

    def get(self, key: str) -> Briefing | None:
        """The stored result, from memory or else from disk (a corrupt file is only a slower build)."""
        found = self.entries.get(key)
        if found is None and self.path is not None:
            try:
                with self._file(key).open("rb") as handle:
                    found, fingerprint = pickle.load(handle)
            except Exception:
                return None
            if not isinstance(found, Briefing) or not isinstance(fingerprint, Fingerprint):
                return None
            self.entries[key], self.prints[key] = found, fingerprint
        return found

    def put(self, key: str, briefing: Briefing, fingerprint: Fingerprint) -> None:
        self.entries[key], self.prints[key] = briefing, fingerprint
        self.fresh.add(key)

    def save(self, live_keys: Iterable[str], digests: set[str] | None = None) -> None:
        """Write new results; forget (and delete) those no article uses any more.

        ``digests``: the articles now in the folder, whose loading the file index keeps.
        """
        live = set(live_keys)
        if digests is not None and self.path is not None:
            self._stage_index(digests)
        self.entries = {k: v for k, v in self.entries.items() if k in live}
        self.prints = {k: v for k, v in self.prints.items() if k in live}
        if len(self.loaded) > 4 * len(live) + 100:  # two keys per file; edits leave old versions behind
            self.loaded.clear()
            self.line_keys.clear()
        fresh, self.fresh = self.fresh & live, set()
        if self.path is None:
            return
        for key in sorted(fresh):
            target = self._file(key)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
            with tmp.open("wb") as handle:
                pickle.dump((self.entries[key], self.prints[key]), handle, protocol=5)
            tmp.replace(target)
        if self.path.is_dir():
            for old in self.path.glob("*/*"):
                if old.stem not in live:
                    old.unlink(missing_ok=True)

    def write_index(self) -> None:
        """Write ``files.pickle`` if what it should hold changed since it was read or written."""
        if self._index is None or self.path is None:
            return
        self.path.mkdir(parents=True, exist_ok=True)
        target = self.path / INDEX_FILE
        tmp = target.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump((code_version(), *self._index), handle, protocol=5)
        tmp.replace(target)
        self._index = None

    def _stage_index(self, digests: set[str]) -> None:
        stamps = {k: v for k, v in self.loaded.items() if k[0] == "stat" and v[0] is not None and v[0].digest in digests}
        if stamps.keys() == self._indexed:
            return
        self._indexed = stamps.keys()
        self._index = (stamps, {d: keys for d, keys in self.line_keys.items() if d in digests})
        if not self.defer_index:
            self.write_index()

    def _read_index(self) -> None:
        """Load ``files.pickle`` into the memos (a missing, old or corrupt index is only a slower build)."""
        if self.path is None or not (self.path / INDEX_FILE).is_file():
            return
        try:
            with (self.path / INDEX_FILE).open("rb") as handle:
                version, stamps, line_keys = pickle.load(handle)
        except Exception:
            return
        if version != code_version() or not isinstance(stamps, dict) or not isinstance(line_keys, dict):
            return
        self.loaded.update(stamps)
        self.line_keys.update(line_keys)
        self._indexed = stamps.keys()

    def _file(self, key: str) -> Path:
        assert self.path is not None
        return self.path / key[:2] / f"{key}.pickle"


def _cache_key(article: Article, bid: str, knowledge: Knowledge, furniture: frozenset[str]) -> str:
    """What an article's extraction depends on: its bytes, name and id, the knowledge, the code,
    and which of its own lines the archive counts as furniture (``clean`` is given only those)."""
    parts = (article.digest, article.source, bid, knowledge.digest, code_version(), *sorted(furniture))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def run(
    seeds_dir: Path,
    knowledge: Knowledge | None = None,
    *,
    cache: StageCache | None = None,
    progress: bool = False,
    workers: int | None = None,
) -> Archive:
    """Build the archive of every article under ``seeds_dir``.

    Articles missing from the cache are cleaned and extracted in ``workers``
    processes (default: one per CPU) when there are enough of them to pay for
    starting the processes; the result is the same either way.
    """
    with _gc_paused():
        return _run(seeds_dir, knowledge or Knowledge.load(), cache if cache is not None else StageCache(),
                    progress, workers)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the stages allocate.

    Each of its full collections walks every live object: in a ``mkdocs
    serve`` process that holds thousands of pages and a search index, those
    walks made a rebuild's pipeline several times slower than the same
    pipeline alone. The stages make no reference cycles worth collecting
    early; reference counting frees their garbage, and collection resumes after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _gc_running() -> Iterator[None]:
    """Undo ``_gc_paused`` for a while (if it paused the collector)."""
    paused = not gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if paused:
            gc.disable()


def _run(seeds_dir: Path, knowledge: Knowledge, cache: StageCache, progress: bool, workers: int | None) -> Archive:
    articles, problems = load_folder(seeds_dir, memo=cache.loaded)
    problems = list(problems)
    boilerplate = find_boilerplate(articles, memo=cache.line_keys)
    # Each article sees only its own furniture lines, so a line that becomes furniture
    # re-extracts the articles that carry it, not the whole archive.
    furniture = [boilerplate & cache.line_keys[a.digest] for a in articles]
    ids = unique_slugs([a.source for a in articles])

    keys = [_cache_key(a, ids[a.source], knowledge, f) for a, f in zip(articles, furniture)]
    found = [cache.get(key) for key in keys]
    missing = [i for i, briefing in enumerate(found) if briefing is None]
    cache.hits += len(articles) - len(missing)
    cache.misses += len(missing)
    todo = [(articles[i], ids[articles[i].source], furniture[i]) for i in missing]
    for i, (briefing, fingerprint) in zip(missing, _extract_all(todo, knowledge, workers, progress)):
        cache.put(keys[i], briefing, fingerprint)
        found[i] = briefing
    briefings: list[Briefing] = found  # type: ignore[assignment]
    cache.save(keys, {a.digest for a in articles})

    # Later stages set ``meetings``/``copies``; cached objects stay as extracted.
    briefings = [_fresh(b) for b in briefings]
    _mark_copies(briefings, [cache.prints[key] for key in keys])  # stored with each entry
    meetings = link(briefings, knowledge)
    discrepancies = compare(meetings, briefings, knowledge)
    return Archive(briefings, meetings, discrepancies, problems + _article_problems(articles))


PARALLEL_MIN = 48  # fewer articles than this are extracted in-process (a serve edit: one)
_CHUNK = 16
_shared: Knowledge | None = None  # what each worker process extracts with
_Todo = tuple[Article, str, frozenset[str]]  # article, id, its furniture lines


def _extract_all(
    todo: list[_Todo], knowledge: Knowledge, workers: int | None, progress: bool
) -> list[tuple[Briefing, Fingerprint]]:
    """Clean and extract each article, in order; in worker processes when it pays."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(todo) < PARALLEL_MIN:
        if len(todo) < PARALLEL_MIN:
            return [_extract_one(item, knowledge) for item in todo]
        with _gc_running():  # a long extraction here: the collector runs as usual
            return [_extract_one(item, knowledge) for item in _progress(todo, progress, "extract")]
    global _shared
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _shared = knowledge  # inherited by forked workers, sent to spawned ones
    try:
        with context.Pool(workers, initializer=_init_worker, initargs=(() if "fork" in methods else (_shared,))) as pool:
            chunks = [todo[i : i + _CHUNK] for i in range(0, len(todo), _CHUNK)]
            done = pool.imap(_extract_chunk, chunks)  # ordered: same output as in-process
            return [b for chunk in _progress(done, progress, "extract", total=len(chunks), unit="chunk") for b in chunk]
    finally:
        _shared = None


def _init_worker(shared: Knowledge | None = None) -> None:
    global _shared
    gc.enable()  # a forked worker inherits the pause (see _gc_paused); it extracts many articles
    if shared is not None:
        _shared = shared


def _extract_chunk(chunk: list[_Todo]) -> list[tuple[Briefing, Fingerprint]]:
    assert _shared is not None
    return [_extract_one(item, _shared) for item in chunk]


def _extract_one(item: _Todo, knowledge: Knowledge) -> tuple[Briefing, Fingerprint]:
    article, bid, furniture = item
    return extract_article(article, bid, furniture, knowledge)


def _fresh(briefing: Briefing) -> Briefing:
    # Shallow: link and copy-marking only rebind these two fields.
    return replace(briefing, meetings=[], copies=[])


def _article_problems(articles: list[Article]) -> list[Problem]:
    return [p for a in articles for p in a.problems]


def _mark_copies(briefings: list[Briefing], prints: list[Fingerprint]) -> None:
    """Briefings that carry the same story (a reprinted wire article) point at each other.

    Near-duplicates count, not only identical bodies: a reprint under another
    headline, with other junk around it or a trimmed last paragraph, is still
    a copy (see ``copies.py``; near-linear and deterministic).
    """
    for i, j in copy_pairs_of_fingerprints(prints):
        briefings[i].copies.append(briefings[j].id)
        briefings[j].copies.append(briefings[i].id)
    for briefing in briefings:
        briefing.copies = sorted(set(briefing.copies))


def _progress(items, enabled: bool, label: str, total: int | None = None, unit: str = "article"):
    if not enabled:
        return items
    from tqdm import tqdm  # only the CLI shows a bar

    return tqdm(items, desc=label, unit=unit, total=total, disable=None)
