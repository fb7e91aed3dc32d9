"""Joining the bundles of several Pagefind runs into the bundle one run would write.

Run as ``python -m briefing_archive.search.merge OUT PART...`` it merges in a
process of its own (search/pagefind.py starts it while MkDocs still builds).
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

PAGEFIND_CHUNK_UNITS = 20_000  # Pagefind's index chunk size: postings + locations, as its indexer counts them
# The merged bundle's chunks are half Pagefind's size. A query fetches the whole chunk of each of
# its words; a rare word's chunk is mostly other words. Measured at 10,000 briefings (what a
# first search fetches from Pagefind, without our box): a rare name 256 -> 206 KB, an outlet
# 271 -> 253 KB, a frequent name 202 -> 195 KB, a five-word sentence 417 -> 387 KB (its frequent
# words' own postings fill their chunks); 365 -> 538 files, metadata 1 KB more. Tests merge
# with ``PAGEFIND_CHUNK_UNITS`` to compare with a single run chunk for chunk.
CHUNK_UNITS = 10_000
# Pagefind gzips at level 9. The merged index chunks are gzipped at 6: at 10,000 briefings
# level 9 took 16 s of CPU for 30 MB of chunks, level 6 took 3 s, for files 2% larger (about
# 1 KB more on a word's 50 KB chunk). The metadata file every first search fetches stays at 9.
CHUNK_GZIP_LEVEL = 6


def merge_paused(parts: list[Path], bundle: Path, chunk_units: int | None = None) -> None:
    """``merge_bundles`` with the cycle collector paused: inside `mkdocs build` (``run_pagefind``,
    after a `serve --dirty` rebuild) the heap holds the whole site, and full passes over it, set
    off by the merge's many small lists, took a third of the merge."""
    paused = gc.isenabled()
    gc.disable()
    try:
        merge_bundles(parts, bundle, chunk_units)
    finally:
        if paused:
            gc.enable()


def merge_bundles(parts: list[Path], bundle: Path, chunk_units: int | None = None) -> None:
    """Join Pagefind bundles of disjoint pages into one bundle at ``bundle``, as one run would write it.

    Pagefind did all the indexing (words, stems, positions, weights, fragments); this only
    concatenates: the pages of each part follow those of the parts before (every page number
    in its postings moves by that offset), the postings of a word found in several parts are
    joined, meta fields are renumbered into their union, and the words are cut into chunks
    and named as Pagefind does (chunks of ``chunk_units``, by default ``CHUNK_UNITS``, file
    names from SHA-1). Fragments
    are Pagefind's own files, moved. Needs one language and no filters or sorts (this site
    has neither); reads Pagefind 1.x's format (the checks below fail loudly on another).
    Streams the words chunk by chunk: a few MB of memory whatever the size of the site.

    Page numbers are delta-encoded, so of a run's postings of a word only the first changes:
    the rest are copied as Pagefind encoded them (``_entries``), unless the run numbers its
    meta fields otherwise than the union does (then they are encoded again). At 10,000
    briefings that took the merge from 16 s to about 4 s.
    """
    import heapq
    from itertools import groupby

    chunk_units = chunk_units or CHUNK_UNITS
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
    full_of: dict[str, str | None] = {}  # fragment name -> its full hash (read only for a clash)

    def full_hash(name: str) -> str:
        if full_of[name] is None:
            full_of[name] = _fragment_hash(bundle / "fragment" / f"{name}.pf_fragment")
        return full_of[name]

    offsets = []
    for part, meta in zip(parts, metas):
        offsets.append(len(pages))
        for short, word_count in meta[1]:
            source = part / "fragment" / f"{short}.pf_fragment"
            name, full = short, None
            if name in full_of:
                full = _fragment_hash(source)
                while name in full_of and full_hash(name) != full:
                    name = f"{lang}_{full[:len(name) - len(lang)]}"
            if name not in full_of:
                full_of[name] = full
                shutil.move(str(source), bundle / "fragment" / f"{name}.pf_fragment")
            pages.append([name, word_count])

    def words(i: int):
        remap = {-1 - k: -1 - fields.index(f) for k, f in enumerate(metas[i][5])}
        remap = remap if any(k != v for k, v in remap.items()) else None
        for _start, _end, chunk in metas[i][2]:
            for word, postings, variants in _entries(parts[i] / "index" / f"{chunk}.pf_index", remap):
                yield word, offsets[i], postings, variants

    (bundle / "index").mkdir()
    chunks: list[list] = []
    chunk: list[bytes] = []  # the encoded entries of the chunk being filled
    first_word = ""
    units = 0

    def flush(last_word: str) -> None:
        nonlocal chunk, units
        body = b"\x81" + _head(0x80, len(chunk)) + b"".join(chunk)  # [[entry, ...]]
        full = _full_hash(body)
        name = f"{lang}_{full[:7]}"
        while any(c[2] == name for c in chunks):
            name = f"{lang}_{full[:len(name) - len(lang)]}"
        writes.append(pool.submit(_write_gzip, bundle / "index" / f"{name}.pf_index", _SIGNATURE + body,
                                  CHUNK_GZIP_LEVEL))
        chunks.append([first_word, last_word, name])
        chunk, units = [], 0

    # zlib lets go of the GIL: chunks are compressed and written on other threads while the
    # words are merged.
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
    writes: list = []
    streams = [words(i) for i in range(len(parts))]
    for word, group in groupby(heapq.merge(*streams, key=lambda t: t[0]), key=lambda t: t[0]):
        runs: list[tuple[int, _Postings]] = []
        variants: dict[str, list[tuple[int, _Postings]]] = {}
        for _word, offset, postings, word_variants in group:
            runs.append((offset, postings))
            for variant, variant_postings in word_variants:
                variants.setdefault(variant, []).append((offset, variant_postings))
        if not chunk:
            first_word = word
        encoded = [b"\x83", _cbor_encode(word), _joined(runs), _head(0x80, len(variants))]
        for variant, group_postings in variants.items():
            encoded += [b"\x82", _cbor_encode(variant), _joined(group_postings)]
        chunk.append(b"".join(encoded))
        units += sum(postings.units for _offset, postings in runs)
        if units >= chunk_units:
            flush(word)
    if chunk:
        flush(word)
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


@dataclass
class _Postings:
    """One run's postings of a word: the first decoded (its page number moves in the merge),
    the rest as Pagefind encoded them, copied as they are (page numbers are delta-encoded)."""

    count: int
    first: list | None
    rest: bytes | memoryview
    pages: int  # the sum of the run's page deltas: the page of its last posting
    units: int  # what Pagefind's chunking counts: a posting, its locations and meta locations


def _entries(path: Path, remap: dict[int, int] | None) -> Iterator[tuple[str, _Postings, list]]:
    """The words of one of Pagefind's index chunks: ``(word, postings, [(variant, postings)])``.

    Decoding every posting and encoding it again was most of a merge; an entry is read one
    item at a time instead, so that each word's postings but the first keep Pagefind's bytes.
    """
    import cbor2  # only a Pagefind merge needs it

    data = memoryview(_read_signed(path))
    fp = io.BytesIO(data)
    decoder = cbor2.CBORDecoder(fp)
    if fp.read(1) != b"\x81":
        raise PluginError(f"briefings: unexpected Pagefind index chunk {path.name}: cannot merge its runs")
    for _ in range(_read_head(fp, 0x80, path)):
        if fp.read(1) != b"\x83":
            raise PluginError(f"briefings: unexpected Pagefind index entry in {path.name}: cannot merge its runs")
        word = decoder.decode()
        postings = _read_postings(data, fp, decoder, remap)
        variants = []
        for _ in range(_read_head(fp, 0x80, path)):
            if fp.read(1) != b"\x82":
                raise PluginError(f"briefings: unexpected Pagefind variant in {path.name}: cannot merge its runs")
            variants.append((decoder.decode(), _read_postings(data, fp, decoder, remap)))
        yield word, postings, variants


def _read_postings(data: memoryview, fp: io.BytesIO, decoder: Any, remap: dict[int, int] | None) -> _Postings:
    start = fp.tell()
    postings = decoder.decode()
    end = fp.tell()
    if not postings:
        return _Postings(0, None, b"", 0, 0)
    units = len(postings) + sum(map(len, map(itemgetter(1), postings))) + sum(map(len, map(itemgetter(2), postings)))
    pages = sum(map(itemgetter(0), postings))
    if remap:  # this run's meta fields are numbered otherwise than the union's: encode them again
        for p in postings:
            p[2] = [remap.get(v, v) if v < 0 else v for v in p[2]]
        rest = _cbor_encode(postings[1:])[len(_head(0x80, len(postings) - 1)):]
    else:
        rest = data[start + len(_head(0x80, len(postings))) + len(_cbor_encode(postings[0])):end]
    return _Postings(len(postings), postings[0], rest, pages, units)


def _joined(runs: list[tuple[int, _Postings]]) -> bytes:
    """A word's postings from several runs, in run order, encoded. Page numbers are delta-encoded,
    so only each run's first posting changes: by its offset, less the page before it."""
    parts = [_head(0x80, sum(postings.count for _offset, postings in runs))]
    last = 0  # the page of the posting before, in the merged numbering
    for offset, postings in runs:
        if postings.count:
            first = postings.first
            parts += [_cbor_encode([first[0] + offset - last, *first[1:]]), postings.rest]
            last = offset + postings.pages
    return b"".join(parts)


def _head(major: int, n: int) -> bytes:
    """A CBOR head, shortest form (as Pagefind's minicbor writes it): ``major`` 0x80 is an array."""
    if n < 24:
        return bytes([major | n])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << (8 * size):
            return bytes([major | extra]) + n.to_bytes(size, "big")
    raise ValueError(n)


def _read_head(fp: io.BytesIO, major: int, path: Path) -> int:
    """Read a CBOR head of type ``major`` (0x80: array): its count."""
    first = fp.read(1)
    if not first or first[0] & 0xE0 != major:
        raise PluginError(f"briefings: unexpected Pagefind index chunk {path.name}: cannot merge its runs")
    low = first[0] & 0x1F
    if low < 24:
        return low
    size = {24: 1, 25: 2, 26: 4, 27: 8}.get(low)
    if size is None:
        raise PluginError(f"briefings: unexpected Pagefind index chunk {path.name}: cannot merge its runs")
    return int.from_bytes(fp.read(size), "big")


def _full_hash(data: bytes) -> str:
    """Pagefind's file hash: SHA-1, each byte in hex without its leading zero (Rust's ``{:x?}``)."""
    return "".join(format(b, "x") for b in hashlib.sha1(data).digest())


def _fragment_hash(path: Path) -> str:
    return _full_hash(gzip.decompress(path.read_bytes())[len(_SIGNATURE):])


def _prefixes(a: str, b: str) -> tuple[str, str]:
    """Two neighbouring chunks' bounds, shortened to one character past their common prefix."""
    common = 0
    for x, y in zip(b, a):
        if x != y:
            break
        common += 1
    return a[:common + 1], b[:common + 1]


def _write_gzip(path: Path, data: bytes, level: int = 9) -> None:
    path.write_bytes(gzip.compress(data, level, mtime=0))


def _cbor_encode(value: Any) -> bytes:
    """CBOR of ints, strings and lists as Pagefind's minicbor writes them: shortest heads, definite
    arrays (cbor2's C encoder does the same; tests compare with Pagefind's own files byte for byte)."""
    import cbor2  # only a Pagefind merge needs it

    return cbor2.dumps(value)


def read_pf(path: Path) -> Any:
    """Decode one of Pagefind's gzipped CBOR files (meta, index, filter chunks)."""
    import cbor2  # only Pagefind bundles need it

    return cbor2.loads(_read_signed(path))


def _read_signed(path: Path) -> bytes:
    """The CBOR in one of Pagefind's gzipped files, after its signature."""
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind file")
    return data[len(_SIGNATURE):]


def main(args: list[str]) -> int:
    """``[--chunk-units N] OUT PART...``: merge the bundles PART... into OUT; 1, with the reason
    printed, on failure."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m briefing_archive.search.merge")
    parser.add_argument("--chunk-units", type=int, default=None)
    parser.add_argument("out", type=Path)
    parser.add_argument("parts", type=Path, nargs="+")
    options = parser.parse_args(args)
    try:
        merge_paused(options.parts, options.out, options.chunk_units)
    except PluginError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
