"""What search sees, for both engines: Material's lunr index or Pagefind.

``mkdocs.yml`` chooses: ``plugins: - briefings: {search: material}`` (the
default; Material's ``search`` plugin must be listed) or ``{search: pagefind}``
(remove Material's ``search``; Pagefind indexes the built site after the build
and its UI replaces Material's search box, see
``site_src/overrides/partials/search-pagefind.html``).

Either way the generated pages are adjusted in ``on_page_content`` so that a
search finds what a reader asks for and not the scraper's junk:

* the list of lines the cleaner removed (navigation, tickers, share prompts)
  and the evidence table (sentences the article text already holds) are left
  out of both indexes; so are sentences quoted from other briefings (the
  discrepancy panel, a meeting's account): a quote is found in the briefing
  that says it. Besides precision this keeps the indexes small: Material's
  search_index.json is what a reader downloads, and Pagefind's indexer needs
  memory in proportion to the words it indexes (about 0.4 KB a word);
* lists of other briefings (on meeting blocks, person, outlet and index pages)
  are left out, so a query for a person finds the briefings that name them,
  not every page that links to one of those briefings;
* on a briefing, Material's result snippet starts "Outlet Reuters Published
  18 July 2023 People ...": the header is separated into words (``<dt>`` and
  ``<dd>`` would otherwise run together as "OutletAP") and the title, which
  the result already shows, is not repeated in the text;
* for Pagefind, only briefings and the site's own pages are indexed (see
  ``PAGEFIND_KINDS`` for why not meeting, person and outlet pages), only
  their content area (``data-pagefind-body``) and not the briefing's source
  file name (two junk words per briefing); each page carries its metadata:
  ``outlet``, ``date`` and ``people`` shown under each result. No filters
  (see ``pagefind_fields``).

Pagefind's search box is ``site_src/overrides/partials/search-pagefind.html``
with ``site_src/javascripts/pagefind-search.js``, a small UI on Pagefind's JS
API; ``pagefind_download`` estimates what its first query downloads.

The engine itself is never reimplemented here: Material's plugin and
Pagefind's binary (PyPI ``pagefind[bin]``) do the indexing.
"""

from __future__ import annotations

import gzip
import html
import logging
import os
import re
import shutil
import struct
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .render.text import human_date

log = logging.getLogger("mkdocs.plugins.briefings")

MATERIAL, PAGEFIND = "material", "pagefind"
BUNDLE_DIR = "pagefind"  # where Pagefind writes its bundle, inside site_dir
META_PEOPLE = 4  # people named in a result's meta line (the page text names them all)
# What Pagefind indexes: the briefings, the home page and the site's own pages. Not meeting,
# person and outlet pages: every indexed page costs about 7 bytes (its fragment's hash and
# word count) in the metadata file each reader downloads before a first result, 22 KB for
# the 3,000 meetings of a 10,000-briefing archive and 9 KB for its 1,300 people and outlets.
# A briefing names its meetings and people in its header, so a query for a meeting's title or
# a person finds the briefings, which link to those pages.
PAGEFIND_KINDS = ("briefing", "home", "page")

# Markup that pages.py emits, and what each search engine should skip in it.
_SKIP = {MATERIAL: 'data-search-exclude="true"', PAGEFIND: "data-pagefind-ignore"}
LEFT_OUT = (
    '<details class="ba-removed"',  # lines the cleaner removed: junk by definition
    '<details class="ba-evidence"',  # sentences the text above already holds
    '<div class="ba-meeting"',  # meeting blocks: lists of other briefings and meetings
    '<ul class="ba-list"',  # lists of briefings (person, outlet, index pages)
    '<ol class="ba-timeline"',  # a person's meetings
    '<div class="ba-panel--inline"',  # discrepancies: other briefings' sentences, quoted
    '<div class="ba-panel"',  # (the same panel on meeting pages)
    '<ul class="ba-account"',  # a meeting's account: its briefings' sentences, quoted
    '<ul class="ba-related"',  # other meetings of the same people: links, found on their own pages
)
_TITLE = '<h1 class="ba-title"'
# Briefing sections whose whole content is left out above: no empty result entries for them.
_EMPTY_SECTIONS = re.compile(r'<h2 id="(meetings-reported|evidence|where-sources-disagree|account-from-the-coverage|other-meetings-of-the-same-people)(_\d+)?"')
_HEADER_GAP = re.compile(r"</(dt|dd)>(?=<d[dt]>)")
_SOURCE_ROW = "<dt>Source file</dt> <dd>"  # (after _HEADER_GAP)


def page_kind(src_uri: str) -> str | None:
    """What a page is, for search; ``None`` for the index pages (lists, never results)."""
    from .render.pages import INDEX_PAGES

    if src_uri in INDEX_PAGES:
        return None
    for prefix, kind in (("briefings/", "briefing"), ("meetings/", "meeting"), ("people/", "person"),
                         ("outlets/", "outlet")):
        if src_uri.startswith(prefix):
            return kind
    return "home" if src_uri == "index.md" else "page"


def searchable(content: str, kind: str | None, mode: str = MATERIAL) -> str:
    """Page HTML with the parts no search should match marked for the engine in use."""
    if kind in (None, "page", "home"):
        return content
    skip = _SKIP[mode]
    for opening in LEFT_OUT:
        content = content.replace(opening, f"{opening} {skip}")
    content = _HEADER_GAP.sub(r"</\1> ", content)  # "Outlet AP", not "OutletAP"
    if mode == PAGEFIND:
        # The source file's name ("00898_7db6…txt") would be two words of its own per briefing.
        content = content.replace(_SOURCE_ROW, f"<dt {skip}>Source file</dt> <dd {skip}>", 1)
    if kind == "briefing":
        if mode == MATERIAL:
            # The result shows the title already; let the snippet start with outlet and date.
            content = content.replace(_TITLE, f"{_TITLE} {skip}", 1)
    if mode == MATERIAL:
        content = _EMPTY_SECTIONS.sub(lambda m: f"{m.group(0)} {skip}", content)
    return content


def pagefind_fields(kind: str, meta: dict[str, Any], title: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """(filters, meta) Pagefind should record for a page, from its frontmatter.

    Meta is what a result shows under its title: outlet and date ("Reuters ·
    18 July 2023"), people; Pagefind also searches it. There are no filters
    (the first element is always empty): Pagefind 1.5 writes a filter's values
    in hash-map order, so with one filter the bundle differed from build to
    build (same input, different bytes), and each filter costs about two
    bytes per indexed page to download (an outlet filter was 3 KB at 1,000
    briefings; at 10,000 a person filter was 95 KB, type and year about 30 KB
    each, a date sort 29 KB more in the metadata file). People, outlets and
    dates are searchable words instead: "Sullivan Kyodo" finds Kyodo's
    briefings naming Sullivan.
    """
    filters: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    day = meta.get("published") if kind == "briefing" else meta.get("date")
    if kind == "briefing":
        shown["outlet"] = meta.get("outlet") or "Outlet unknown"
    elif kind != "meeting":
        shown["page"] = {"person": "Person", "outlet": "Outlet", "home": "Home"}.get(kind, "Page")
    if isinstance(day, date):
        shown["date"] = human_date(day)
    if kind == "briefing":
        people = [p["name"] for p in meta.get("people") or [] if isinstance(p, dict) and p.get("name")]
    elif kind == "meeting":
        people = [str(p) for p in meta.get("participants") or []]
        if meta.get("place"):
            shown["place"] = str(meta["place"])
    else:
        people = []
    if people:
        shown["people"] = ", ".join(people[:META_PEOPLE]) + (f" and {len(people) - META_PEOPLE} more"
                                                                 if len(people) > META_PEOPLE else "")
    return filters, shown


def pagefind_body(content: str, kind: str | None, meta: dict[str, Any], title: str) -> str:
    """Wrap a page's content as Pagefind's body, with its meta (and filters, if any) as hidden data.

    Only briefings and the site's own pages are indexed (``PAGEFIND_KINDS``);
    other pages get no ``data-pagefind-body``, which Pagefind takes as "skip".
    """
    if kind not in PAGEFIND_KINDS:
        return content
    filters, shown = pagefind_fields(kind, meta, title)
    data = [f'<span data-pagefind-filter="{h(k)}">{h(v)}</span>' for k, values in filters.items() for v in values]
    data += [f'<span data-pagefind-meta="{h(k)}">{h(v)}</span>' for k, v in shown.items()]
    hidden = f'<div hidden data-pagefind-ignore>{"".join(data)}</div>'
    return f'<div class="ba-search-body" data-pagefind-body>{hidden}\n{content}\n</div>'


def h(value: object) -> str:
    return html.escape(str(value), quote=True)


# --------------------------------------------------------------------- the plugin's side


class Search:
    """The ``search`` option of the briefings plugin, as plugin events call it."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.last: PagefindRun | None = None

    def on_config(self, config) -> None:
        plugins = config.plugins
        has_material = any(name in plugins for name in ("search", "material/search"))
        if self.mode == MATERIAL:
            if not has_material:
                log.info("briefings: search: material, but Material's `search` plugin is not listed in "
                         "mkdocs.yml: the site has no search")
            return
        executable()  # fail now, not after the whole build
        if has_material:
            log.warning(
                "briefings: search: pagefind replaces Material's search, but the `search` plugin is still "
                "listed under `plugins:` in mkdocs.yml. Remove the `- search` line: Pagefind's box is shown "
                "either way, and Material's search_index.json (tens of MB for thousands of briefings) would "
                "only slow the build.")

    def on_page_content(self, content: str, page) -> str:
        kind = page_kind(page.file.src_uri)
        if kind is None and self.mode == MATERIAL:
            # Index pages are long lists of links: never useful as results.
            page.meta.setdefault("search", {})
            if isinstance(page.meta["search"], dict):
                page.meta["search"]["exclude"] = True
        content = searchable(content, kind, self.mode)
        if self.mode == PAGEFIND:
            content = pagefind_body(content, kind, page.meta or {}, page.title or "")
        return content

    def on_post_build(self, config) -> None:
        if self.mode == PAGEFIND:
            self.last = run_pagefind(Path(config.site_dir))
            log.info(f"briefings: Pagefind indexed {self.last.pages} pages in {self.last.seconds:.1f} s")


# --------------------------------------------------------------------- Pagefind


@dataclass
class PagefindRun:
    pages: int
    seconds: float
    output: str


def executable() -> str:
    """The Pagefind binary: from the ``pagefind_bin`` wheel, else on PATH."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-not-found]

        return str(get_executable())
    except (ImportError, FileNotFoundError):
        pass
    found = shutil.which("pagefind")
    if found:
        return found
    raise PluginError("briefings: search: pagefind needs the Pagefind binary. Install it with "
                      "`.venv/bin/pip install 'pagefind[bin]'` (or `pip install -e '.[pagefind]'`), "
                      "or set `search: material`.")


def run_pagefind(site_dir: Path) -> PagefindRun:
    """Index the built site; the bundle goes to ``site_dir/pagefind``."""
    bundle = site_dir / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)  # no stale chunks from an earlier build
    started = time.perf_counter()
    proc = subprocess.run([executable(), "--site", str(site_dir), "--output-subdir", BUNDLE_DIR],
                          capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    seconds = time.perf_counter() - started
    output = proc.stdout + proc.stderr
    if proc.returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        raise PluginError(f"briefings: Pagefind failed (exit {proc.returncode}):\n{output.strip()}")
    match = re.search(r"Indexed (\d+) pages?", output)
    return PagefindRun(pages=int(match.group(1)) if match else 0, seconds=seconds, output=output)


# --------------------------------------------------------------------- measuring a first search


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

    import json

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


def read_pf(path: Path) -> Any:
    """Decode one of Pagefind's gzipped CBOR files (meta, index, filter chunks)."""
    data = gzip.decompress(path.read_bytes())
    signature = b"pagefind_dcd"
    if not data.startswith(signature):
        raise ValueError(f"{path}: not a Pagefind file")
    value, _ = _cbor(data, len(signature))
    return value


def _cbor(buf: bytes, i: int) -> tuple[Any, int]:
    """A minimal CBOR decoder: the types Pagefind writes (ints, strings, arrays, maps)."""
    first = buf[i]
    major, info = first >> 5, first & 31
    i += 1
    if info < 24:
        arg: int | None = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(buf[i:i + size], "big")
        i += size
    elif info == 31:
        arg = None
    else:
        raise ValueError(f"CBOR: unsupported additional info {info}")
    if major == 0:
        return arg, i
    if major == 1:
        return -1 - arg, i
    if major in (2, 3):
        raw = buf[i:i + arg]
        return (raw.decode("utf-8") if major == 3 else raw), i + arg
    if major in (4, 5):
        items: list[Any] = []
        count = arg if major == 4 else (arg * 2 if arg is not None else None)
        while (count is None and buf[i] != 0xFF) or (count is not None and len(items) < count):
            value, i = _cbor(buf, i)
            items.append(value)
        if count is None:
            i += 1
        return (items if major == 4 else dict(zip(items[::2], items[1::2]))), i
    if major == 7:
        if info == 25:  # half float: not written by Pagefind, decoded for completeness
            return struct.unpack(">e", buf[i - 2:i])[0], i
        return {20: False, 21: True, 22: None}.get(info, arg), i
    raise ValueError(f"CBOR: unsupported major type {major}")


def describe(down: Download, groups: Iterable[tuple[str, tuple[str, ...]]] = ()) -> str:
    parts = [f"{label} {down.part(*prefixes) / 1024:.0f} KB" for label, prefixes in groups]
    return f"{down.total / 1024:.0f} KB" + (f" ({', '.join(parts)})" if parts else "")
