"""What a reader's first search downloads, for either engine (scripts/benchmark.py prints it)."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .merge import read_pf
from .pagefind import BUNDLE_DIR


@dataclass
class Download:
    """The files a browser fetches for one first query, with their sizes on the wire."""

    query: str
    files: dict[str, int] = field(default_factory=dict)  # path in site -> bytes
    results: int = 0  # pages matching every word

    @property
    def total(self) -> int:
        return sum(self.files.values())

    def part(self, *prefixes: str) -> int:
        return sum(size for path, size in self.files.items() if path.startswith(prefixes))


def gzip_size(path: Path) -> int:
    """Bytes on the wire for a text file a server compresses (gzip -6)."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def material_download(site_dir: Path) -> Download:
    """Material's first search: the whole search_index.json (and the lunr worker)."""
    down = Download(query="*")
    index = site_dir / "search" / "search_index.json"
    down.files["search/search_index.json"] = gzip_size(index)
    for worker in sorted((site_dir / "assets" / "javascripts" / "workers").glob("search.*.min.js")):
        down.files[worker.relative_to(site_dir).as_posix()] = gzip_size(worker)
    return down


UI_FILES = ("javascripts/pagefind-search.js", "stylesheets/search.css")  # the box's own script and style, in site_dir
# Words the box leaves out of a query (STOP_WORDS in pagefind-search.js, which says why).
STOP_WORDS = frozenset("a an and are as at be by for from has have in into is it its of on or "
                       "than that the their this to was were will with".split())


def pagefind_download(site_dir: Path, query: str, *, results_shown: int = 5, ui: bool = True) -> Download:
    """What the search box fetches for a first ``query`` (compressed sizes).

    Follows site_src/javascripts/pagefind-search.js and Pagefind's loader: the
    box's script and style (``UI_FILES``, served gzipped; with ``ui=False``
    only Pagefind's own files are counted), ``pagefind.js`` (no worker: the
    box turns it off), the entry file, the language's metadata and
    WebAssembly, the index chunks of each query word but stop words
    (``_chunks_for``), and the fragments of the first ``results_shown``
    matching pages (largest first: an upper bound, since the real ranking is
    Pagefind's; the count of matching pages is approximate too, the stem
    being guessed). No filter chunks: the box has no filters. Pagefind's own
    files are stored gzipped, so their size on disk is their size on the
    wire. scripts/benchmark.py checks this estimate against what a headless
    browser really fetches.
    """
    bundle = site_dir / BUNDLE_DIR
    down = Download(query=query)

    def add(path: Path, compressed: bool) -> None:
        down.files[path.relative_to(site_dir).as_posix()] = path.stat().st_size if compressed else gzip_size(path)

    if ui:
        for name in UI_FILES:
            add(site_dir / name, False)
    add(bundle / "pagefind.js", False)
    add(bundle / "pagefind-entry.json", False)
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language = next(iter(entry["languages"].values()))
    meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
    add(meta_path, True)
    wasm = bundle / f"wasm.{language['wasm']}.pagefind"
    add(wasm if wasm.is_file() else bundle / "wasm.unknown.pagefind", True)
    meta = read_pf(meta_path)
    pages, chunks = meta[1], meta[2]
    words = [w for w in re.findall(r"\w+", query.casefold()) if w]
    if not re.fullmatch(r'\s*".+"\s*', query):
        words = [w for w in words if w not in STOP_WORDS] or words
    read: dict[str, list] = {}

    def words_in(chunk_hash: str) -> list:
        if chunk_hash not in read:
            read[chunk_hash] = read_pf(bundle / "index" / f"{chunk_hash}.pf_index")[0]
        return read[chunk_hash]

    matches: set[int] | None = None
    for word in words:
        # Pagefind asks for the chunks of the word and of its stem. Without its stemmer: the
        # longest of the word's possible stems that is indexed (else the word itself).
        stems = _stems(word)
        stem = next((s for s in sorted(stems, key=len, reverse=True)
                     if any(e[0] == s for c in chunks if _may_hold(c, s) for e in words_in(c[2]))), word)
        hits: set[int] = set()
        for chunk_hash in dict.fromkeys(_chunks_for(chunks, stem) + _chunks_for(chunks, word)):
            add(bundle / "index" / f"{chunk_hash}.pf_index", True)
            for _word, postings, *_ in (e for e in words_in(chunk_hash) if e[0] == stem):
                page = 0
                for posting in postings:  # page numbers are delta-encoded
                    page += posting[0]
                    hits.add(page)
        matches = hits if matches is None else matches & hits
    matches = matches or set()
    down.results = len(matches)
    fragments = sorted((bundle / "fragment" / f"{pages[i][0]}.pf_fragment" for i in matches),
                       key=lambda p: p.stat().st_size, reverse=True)
    for path in fragments[:results_shown]:
        add(path, True)
    return down


def _may_hold(chunk: list, word: str) -> bool:
    """Whether a word may be in an index chunk: its range, whose end may be cut to a prefix."""
    return chunk[0] <= word and (word <= chunk[1] or word.startswith(chunk[1]))


def _chunks_for(chunks: list, word: str) -> list[str]:
    """The index chunks Pagefind fetches for a query word (as its 1.5 loader does, checked in Chromium).

    Chunks cover sorted word ranges whose bounds are shortened to the prefixes that tell
    neighbours apart ("bel".."bes"). The chunk whose range holds the word; if none does
    ("bessent" is past "bes"), every chunk whose range holds it when both are cut to the
    shorter length ("bb".."be" and "bel".."bes").
    """
    for start, end, chunk_hash in chunks:
        if start <= word <= end:
            return [chunk_hash]
    found = []
    for start, end, chunk_hash in chunks:
        a, b = min(len(word), len(start)), min(len(word), len(end))
        if word[:a] >= start[:a] and word[:b] <= end[:b]:
            found.append(chunk_hash)
    return found


def _stems(word: str) -> set[str]:
    """What Pagefind's Snowball stemmer may have made of ``word``: a prefix of it, maybe y -> i.

    At most four letters come off, never below three ("lavrov" is not "la").
    """
    shortest = min(len(word), max(3, len(word) - 4))
    stems = {word[:k] for k in range(shortest, len(word) + 1)}
    return stems | {stem[:-1] + "i" for stem in stems if stem.endswith("y")}


def describe(down: Download, groups: Iterable[tuple[str, tuple[str, ...]]] = ()) -> str:
    parts = [f"{label} {down.part(*prefixes) / 1024:.0f} KB" for label, prefixes in groups]
    return f"{down.total / 1024:.0f} KB" + (f" ({', '.join(parts)})" if parts else "")
