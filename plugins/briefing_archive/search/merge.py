"""Joining the bundles of several Pagefind runs into the bundle one run would write."""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

CHUNK_UNITS = 20_000  # Pagefind's index chunk size: postings + locations, as its indexer counts them


def merge_paused(parts: list[Path], bundle: Path) -> None:
    """``merge_bundles`` with the cycle collector paused: inside `mkdocs build` the heap holds the
    whole site, and full passes over it, set off by the merge's millions of small lists, took a
    third of the merge."""
    paused = gc.isenabled()
    gc.disable()
    try:
        merge_bundles(parts, bundle)
    finally:
        if paused:
            gc.enable()


def merge_bundles(parts: list[Path], bundle: Path) -> None:
    """Join Pagefind bundles of disjoint pages into one bundle at ``bundle``, as one run would write it.

    Pagefind did all the indexing (words, stems, positions, weights, fragments); this only
    concatenates: the pages of each part follow those of the parts before (every page number
    in its postings moves by that offset), the postings of a word found in several parts are
    joined, meta fields are renumbered into their union, and the words are cut into chunks
    and named as Pagefind does (chunks of ``CHUNK_UNITS``, file names from SHA-1). Fragments
    are Pagefind's own files, moved. Needs one language and no filters or sorts (this site
    has neither); reads Pagefind 1.x's format (the checks below fail loudly on another).
    Streams the words chunk by chunk: a few MB of memory whatever the size of the site.
    """
    import heapq
    from itertools import groupby

    entries = [json.loads((p / "pagefind-entry.json").read_text(encoding="utf-8")) for p in parts]
    if len({tuple(e["languages"]) for e in entries}) != 1 or len(entries[0]["languages"]) != 1:
        raise PluginError("briefings: Pagefind's runs found different or several languages: cannot merge them")
    lang = next(iter(entries[0]["languages"]))
    metas = [read_pf(p / f"pagefind.{e['languages'][lang]['hash']}.pf_meta") for p, e in zip(parts, entries)]
    for meta in metas:
        if len(meta) != 6 or meta[0] != metas[0][0] or meta[3] or meta[4]:
            raise PluginError(f"briefings: unexpected Pagefind metadata (version {meta[0]}, filters or sorts): "
                              "cannot merge its runs")
    fields = sorted({f for meta in metas for f in meta[5]})
    bundle.mkdir(parents=True)
    for item in sorted(parts[0].iterdir()):  # pagefind.js, the WebAssembly, Pagefind's UI files
        if item.name not in ("index", "fragment", "filter", "pagefind-entry.json") and item.suffix != ".pf_meta":
            shutil.move(str(item), bundle / item.name)

    # Pages and fragments: a short hash taken twice by different pages gets a longer one, as in Pagefind.
    (bundle / "fragment").mkdir()
    pages: list[list] = []
    full_of: dict[str, str] = {}
    offsets = []
    for part, meta in zip(parts, metas):
        offsets.append(len(pages))
        for short, word_count in meta[1]:
            source = part / "fragment" / f"{short}.pf_fragment"
            full = _full_hash(gzip.decompress(source.read_bytes())[len(_SIGNATURE):])
            name = short
            while name in full_of and full_of[name] != full:
                name = f"{lang}_{full[:len(name) - len(lang)]}"
            if name not in full_of:
                full_of[name] = full
                shutil.move(str(source), bundle / "fragment" / f"{name}.pf_fragment")
            pages.append([name, word_count])

    def words(i: int):
        remap = {-1 - k: -1 - fields.index(f) for k, f in enumerate(metas[i][5])}
        remap = remap if any(k != v for k, v in remap.items()) else None
        for _start, _end, chunk in metas[i][2]:
            for entry in read_pf(parts[i] / "index" / f"{chunk}.pf_index")[0]:
                yield entry[0], i, entry, remap

    def joined(groups: list[tuple[list, int, dict | None]]) -> list:
        """A word's postings from several runs, in run order. Page numbers are delta-encoded, so
        only each run's first posting changes (by its offset, less the page before it); a run's
        meta field numbers change only if its fields differ from the union's."""
        out: list = []
        last = 0  # the page of the posting before, in the merged numbering
        for postings, offset, remap in groups:
            if not postings:
                continue
            end = offset + sum(p[0] for p in postings)
            if remap:
                for p in postings:
                    p[2] = [remap.get(v, v) if v < 0 else v for v in p[2]]
            postings[0] = [postings[0][0] + offset - last, *postings[0][1:]]
            out += postings
            last = end
        return out

    (bundle / "index").mkdir()
    chunks: list[list] = []
    chunk: list = []
    units = 0

    def flush() -> None:
        nonlocal chunk, units
        body = _cbor_encode([chunk])
        full = _full_hash(body)
        name = f"{lang}_{full[:7]}"
        while any(c[2] == name for c in chunks):
            name = f"{lang}_{full[:len(name) - len(lang)]}"
        writes.append(pool.submit(_write_gzip, bundle / "index" / f"{name}.pf_index", _SIGNATURE + body))
        chunks.append([chunk[0][0], chunk[-1][0], name])
        chunk, units = [], 0

    # Compressing at level 9 (as Pagefind does) was a third of the merge; zlib lets go of the
    # GIL, so chunks are compressed and written on other threads while the words are merged.
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
    writes: list = []
    streams = [words(i) for i in range(len(parts))]
    for word, group in groupby(heapq.merge(*streams, key=lambda t: t[0]), key=lambda t: t[0]):
        runs: list = []
        variants: dict[str, list] = {}
        for _word, i, entry, remap in group:
            if len(entry) != 3:
                raise PluginError(f"briefings: unexpected Pagefind index entry for {word!r}: cannot merge its runs")
            runs.append((entry[1], offsets[i], remap))
            for variant, variant_postings in entry[2]:
                variants.setdefault(variant, []).append((variant_postings, offsets[i], remap))
        postings = joined(runs)
        chunk.append([word, postings, [[v, joined(g)] for v, g in variants.items()]])
        units += sum(len(p[1]) + len(p[2]) + 1 for p in postings)
        if units >= CHUNK_UNITS:
            flush()
    if chunk:
        flush()
    pool.shutdown(wait=True)
    for write in writes:
        write.result()  # (raises what a write raised)
    for a, b in zip(chunks, chunks[1:]):  # ranges cut to the prefixes that tell neighbours apart
        end, b[0] = _prefixes(a[1], b[0])
        if end >= a[0]:  # (not below the chunk's own start: then its last word stays whole)
            a[1] = end

    meta_body = _cbor_encode([metas[0][0], pages, chunks, [], [], fields])
    meta_hash = f"{lang}_{_full_hash(meta_body)[:len(lang) + 8]}"
    _write_gzip(bundle / f"pagefind.{meta_hash}.pf_meta", _SIGNATURE + meta_body)
    entry = entries[0]
    entry["languages"][lang].update(hash=meta_hash, page_count=len(pages))
    (bundle / "pagefind-entry.json").write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                                                encoding="utf-8")


_SIGNATURE = b"pagefind_dcd"


def _full_hash(data: bytes) -> str:
    """Pagefind's file hash: SHA-1, each byte in hex without its leading zero (Rust's ``{:x?}``)."""
    return "".join(format(b, "x") for b in hashlib.sha1(data).digest())


def _prefixes(a: str, b: str) -> tuple[str, str]:
    """Two neighbouring chunks' bounds, shortened to one character past their common prefix."""
    common = 0
    for x, y in zip(b, a):
        if x != y:
            break
        common += 1
    return a[:common + 1], b[:common + 1]


def _write_gzip(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(data, 9, mtime=0))


def _cbor_encode(value: Any) -> bytes:
    """CBOR of ints, strings and lists as Pagefind's minicbor writes them: shortest heads, definite
    arrays (cbor2's C encoder does the same; tests compare with Pagefind's own files byte for byte)."""
    import cbor2  # only a Pagefind merge needs it

    return cbor2.dumps(value)


def read_pf(path: Path) -> Any:
    """Decode one of Pagefind's gzipped CBOR files (meta, index, filter chunks)."""
    import cbor2  # only Pagefind bundles need it

    data = gzip.decompress(path.read_bytes())
    signature = b"pagefind_dcd"
    if not data.startswith(signature):
        raise ValueError(f"{path}: not a Pagefind file")
    return cbor2.loads(data[len(signature):])
