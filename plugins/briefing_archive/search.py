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
* for Pagefind, the content area is the only part indexed
  (``data-pagefind-body``; on person and outlet pages only the name) and
  each page carries its metadata: ``outlet``, ``date`` and ``people`` shown
  under each result, and one filter, ``outlet`` (see ``pagefind_fields`` for
  why people, years and page types are not filters).

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

# Markup that pages.py emits, and what each search engine should skip in it.
_SKIP = {MATERIAL: 'data-search-exclude="true"', PAGEFIND: "data-pagefind-ignore"}
_LEFT_OUT = (
    '<details class="ba-removed"',  # lines the cleaner removed: junk by definition
    '<details class="ba-evidence"',  # sentences the text above already holds
    '<div class="ba-meeting"',  # meeting blocks: lists of other briefings and meetings
    '<ul class="ba-list"',  # lists of briefings (person, outlet, index pages)
    '<ol class="ba-timeline"',  # a person's meetings
    '<div class="ba-panel--inline"',  # discrepancies: other briefings' sentences, quoted
    '<div class="ba-panel"',  # (the same panel on meeting pages)
    '<ul class="ba-account"',  # a meeting's account: its briefings' sentences, quoted
)
_TITLE = '<h1 class="ba-title"'
# Briefing sections whose whole content is left out above: no empty result entries for them.
_EMPTY_SECTIONS = re.compile(r'<h2 id="(meetings-reported|evidence|where-sources-disagree|account-from-the-coverage)(_\d+)?"')
_HEADER_GAP = re.compile(r"</(dt|dd)>(?=<d[dt]>)")


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
    for opening in _LEFT_OUT:
        content = content.replace(opening, f"{opening} {skip}")
    content = _HEADER_GAP.sub(r"</\1> ", content)  # "Outlet AP", not "OutletAP"
    if kind == "briefing":
        if mode == MATERIAL:
            # The result shows the title already; let the snippet start with outlet and date.
            content = content.replace(_TITLE, f"{_TITLE} {skip}", 1)
    if mode == MATERIAL:
        content = _EMPTY_SECTIONS.sub(lambda m: f"{m.group(0)} {skip}", content)
    return content


def pagefind_fields(kind: str, meta: dict[str, Any], title: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """(filters, meta) Pagefind should record for a page, from its frontmatter.

    Meta is what a result shows under its title ("Outlet: Reuters", "Date: 18
    July 2023", "People: ..."). The one filter is the outlet: Pagefind's UI
    downloads every filter when it opens, each costing about two bytes per
    indexed page (at 10,000 briefings a person filter was 95 KB, type and year
    about 30 KB each, a date sort 29 KB more in the metadata file), so people,
    dates and page types are shown and searchable, not filters.
    """
    filters: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    day = meta.get("published") if kind == "briefing" else meta.get("date")
    if kind == "briefing":
        filters["outlet"] = [meta.get("outlet") or "Outlet unknown"]
        shown["outlet"] = meta.get("outlet") or "unknown"
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
    """Wrap a page's content as Pagefind's body, with its filters, meta and sort as hidden data."""
    if kind is None:
        return content  # no data-pagefind-body: Pagefind skips the page
    filters, shown = pagefind_fields(kind, meta, title)
    data = [f'<span data-pagefind-filter="{h(k)}">{h(v)}</span>' for k, values in filters.items() for v in values]
    data += [f'<span data-pagefind-meta="{h(k)}">{h(v)}</span>' for k, v in shown.items()]
    hidden = f'<div hidden data-pagefind-ignore>{"".join(data)}</div>'
    if kind in ("person", "outlet"):
        # The name is the answer; the lists below it (roles by outlet, briefings, meetings)
        # would make these short pages outrank the briefings themselves.
        end = content.find("</h1>")
        if end != -1:
            end += len("</h1>")
            content = f"{content[:end]}\n<div data-pagefind-ignore>\n{content[end:]}\n</div>"
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


def pagefind_download(site_dir: Path, query: str, *, results_shown: int = 5, ui: bool = True) -> Download:
    """What Pagefind's UI fetches for a first ``query`` (compressed sizes).

    Follows the loader: the UI script and style (served gzipped), ``pagefind.js``
    and its worker, the entry file, the language's metadata and WebAssembly,
    every filter chunk (the default UI loads them to draw the filter panel), the
    index chunk holding each query word's stem (the stem is guessed: the
    longest indexed prefix of the word), and the fragments of the first
    ``results_shown`` matching pages (largest first: an upper bound, since the
    real ranking is Pagefind's; the count of matching pages is approximate too, the stem being
    guessed). Pagefind's own files are stored gzipped, so
    their size on disk is their size on the wire. scripts/benchmark.py checks
    this estimate against what a headless browser really fetches.
    """
    bundle = site_dir / BUNDLE_DIR
    down = Download(query=query)

    def add(path: Path, compressed: bool) -> None:
        down.files[path.relative_to(site_dir).as_posix()] = path.stat().st_size if compressed else gzip_size(path)

    import json

    if ui:
        add(bundle / "pagefind-ui.js", False)
        add(bundle / "pagefind-ui.css", False)
    add(bundle / "pagefind.js", False)
    if (bundle / "pagefind-worker.js").is_file():
        add(bundle / "pagefind-worker.js", False)
    add(bundle / "pagefind-entry.json", False)
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language = next(iter(entry["languages"].values()))
    meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
    add(meta_path, True)
    wasm = bundle / f"wasm.{language['wasm']}.pagefind"
    add(wasm if wasm.is_file() else bundle / "wasm.unknown.pagefind", True)
    meta = read_pf(meta_path)
    pages, chunks, filters = meta[1], meta[2], meta[3]
    if ui:
        for _name, chunk_hash in filters:
            add(bundle / "filter" / f"{chunk_hash}.pf_filter", True)
    words = [w for w in re.findall(r"\w+", query.casefold()) if w]
    loaded: dict[str, list] = {}

    def chunk(chunk_hash: str) -> list:
        if chunk_hash not in loaded:
            path = bundle / "index" / f"{chunk_hash}.pf_index"
            add(path, True)
            loaded[chunk_hash] = read_pf(path)[0]
        return loaded[chunk_hash]

    matches: set[int] | None = None
    for word in words:
        hits: set[int] = set()
        # The stem Pagefind searches is one of the word's possible stems; the chunk whose word
        # range holds the longest indexed one is the chunk it loads. Pages: every candidate
        # stem in that chunk (without Pagefind's stemmer, "controls" may be indexed as such).
        stems = _stems(word)
        for stem in sorted(stems, key=len, reverse=True):
            holder = next((c[2] for c in chunks if c[0] <= stem <= c[1]), None)
            entries = [e for e in chunk(holder) if e[0] in stems] if holder else []
            if any(e[0] == stem for e in entries):
                for _word, postings, *_ in entries:
                    page = 0
                    for posting in postings:  # page numbers are delta-encoded
                        page += posting[0]
                        hits.add(page)
                break
        matches = hits if matches is None else matches & hits
    matches = matches or set()
    down.results = len(matches)
    fragments = sorted((bundle / "fragment" / f"{pages[i][0]}.pf_fragment" for i in matches),
                       key=lambda p: p.stat().st_size, reverse=True)
    for path in fragments[:results_shown]:
        add(path, True)
    return down


def _stems(word: str) -> set[str]:
    """What Pagefind's Snowball stemmer may have made of ``word``: a prefix of it, maybe y -> i."""
    shortest = max(2, len(word) - 4)
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
