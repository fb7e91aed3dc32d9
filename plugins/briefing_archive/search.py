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
  memory in proportion to the words it indexes (about 0.4 KB a word, 250 KB a
  briefing);
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

Pagefind holds all the pages of a run in memory until it writes the bundle (2.6
GB for 10,000 briefings in one run, whatever the HTML around the text: its
Python API fed the bare text needed as much). ``run_pagefind`` therefore runs
it on at most ``SHARD_PAGES`` pages at a time (0.9 GB at 10,000, three runs)
and ``merge_bundles`` joins the runs' bundles into the one bundle a single run
would write: the same words, postings, chunks and fragments; page numbers only
follow another order (tests/test_search.py compares both).

The engine itself is never reimplemented here: Material's plugin and
Pagefind's binary (PyPI ``pagefind[bin]``) do the indexing; ``merge_bundles``
only renumbers and concatenates what Pagefind wrote.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
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


_TAG = re.compile(r"<(?!/?code>)[^>]*>")


def words_only(markup: str) -> str:
    """Markup we built, as Material's search reads it: the words, with the header's gaps and ``code``.

    The plugin has Material's search parse this instead of a page's header, a
    list of links it would otherwise take apart tag by tag (a third of its time
    on a briefing); the search index is the same either way (tested).
    """
    return _TAG.sub("", _HEADER_GAP.sub(r"</\1> ", markup)).strip()


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

    def __init__(self, mode: str, background: bool = False) -> None:
        self.mode = mode
        self.last: PagefindRun | None = None
        # Pagefind runs started while MkDocs still builds (``BackgroundRuns``); not for a
        # `serve --dirty` rebuild, which writes only some pages.
        self.background = background and mode == PAGEFIND
        self.runs: BackgroundRuns | None = None
        self._unwritten: str | None = None  # the indexed page MkDocs writes after on_post_page

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

    def on_post_page(self, output: str, page, config) -> str:
        """Hand Pagefind the indexed pages MkDocs has written so far (it writes each after this event)."""
        if not self.background:
            return output
        if self.runs is None:
            self.runs = BackgroundRuns(Path(config.site_dir))
        if self._unwritten is not None:
            self.runs.add(self._unwritten)
        self._unwritten = page.file.dest_uri if "data-pagefind-body" in output else None
        return output

    def on_post_build(self, config) -> None:
        if self.mode == PAGEFIND:
            background, self.runs = self.runs, None
            if background is not None and self._unwritten is not None:
                background.add(self._unwritten)
            self._unwritten = None
            if background is not None and background.started:
                self.last = background.finish()
            else:
                if background is not None:
                    background.abort()
                self.last = run_pagefind(Path(config.site_dir))
            merged = f" ({self.last.runs} runs, merged)" if self.last.runs > 1 else ""
            log.info(f"briefings: Pagefind indexed {self.last.pages} pages in {self.last.seconds:.1f} s{merged}")

    def on_build_error(self) -> None:
        if self.runs is not None:
            self.runs.abort()
        self.runs, self._unwritten = None, None


# --------------------------------------------------------------------- Pagefind


@dataclass
class PagefindRun:
    pages: int
    seconds: float
    output: str
    runs: int = 1  # Pagefind runs whose bundles were merged (see SHARD_PAGES)


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


# Pages one Pagefind run indexes at most. Pagefind 1.5 holds every page's words (with their
# positions) in memory until it writes the bundle, about 250 KB a briefing: 2.6 GB for 10,000 in
# one run (parsing less HTML does not help: fed only the content, or the plain text through its
# Python API, it needs the same). Bigger sites are indexed in runs of this many pages whose
# bundles ``merge_bundles`` joins into one (about 1 GB a run).
SHARD_PAGES = 3500
CHUNK_UNITS = 20_000  # Pagefind's index chunk size: postings + locations, as its indexer counts them


def run_pagefind(site_dir: Path, shard_pages: int | None = None) -> PagefindRun:
    """Index the built site; the bundle goes to ``site_dir/pagefind``.

    Up to ``shard_pages`` indexed pages (default ``SHARD_PAGES``; 0 for no limit): one Pagefind
    run over the site. More: one run per share of the pages (each over hard links to its pages
    in a temporary folder inside the site, removed after), merged into the same single bundle.
    """
    shard_pages = SHARD_PAGES if shard_pages is None else shard_pages
    bundle = site_dir / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)  # no stale chunks from an earlier build
    started = time.perf_counter()
    files = indexed_files(site_dir) if shard_pages else []
    if len(files) <= shard_pages or not shard_pages:
        output = _pagefind(["--site", str(site_dir), "--output-subdir", BUNDLE_DIR], bundle)
        runs = 1
    else:
        runs = -(-len(files) // shard_pages)
        size = -(-len(files) // runs)
        outputs, parts = [], []
        with tempfile.TemporaryDirectory(dir=site_dir, prefix=".pagefind-runs-") as tmp:
            for i in range(runs):
                source, part = Path(tmp) / f"site{i}", Path(tmp) / f"bundle{i}"
                _link_pages(site_dir, files[i * size:(i + 1) * size], source)
                outputs.append(_pagefind(["--site", str(source), "--output-path", str(part)], part))
                shutil.rmtree(source)
                parts.append(part)
            _merge_paused(parts, bundle)
        output = "\n".join(outputs)
    seconds = time.perf_counter() - started
    return PagefindRun(pages=_bundle_pages(bundle), seconds=seconds, output=output, runs=runs)


def _bundle_pages(bundle: Path) -> int:
    """How many pages a bundle indexes (from its entry file)."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


class BackgroundRuns:
    """Pagefind runs of ``SHARD_PAGES`` pages started while MkDocs is still building.

    MkDocs renders pages on one core; the briefings come first. Each time it has
    written another ``SHARD_PAGES`` indexed pages, they are hard-linked into a
    folder of their own and Pagefind indexes them in the background, one run at
    a time (each holds about 1 GB), so by the end of the build only the last run
    and the merge are left (at 10,000 briefings Pagefind's step after the build
    was 55 s). A site of at most ``SHARD_PAGES`` indexed pages starts no run
    here: ``run_pagefind`` indexes it in one run after the build, as before.
    """

    def __init__(self, site_dir: Path, shard_pages: int | None = None) -> None:
        self.site_dir = site_dir
        self.shard_pages = shard_pages or SHARD_PAGES
        self.pending: list[str] = []  # written indexed pages not yet in a run
        self.ready: list[tuple[Path, Path]] = []  # (pages folder, bundle) waiting for Pagefind
        self.active: tuple[subprocess.Popen, Path, Path, Any] | None = None
        self.parts: list[Path] = []
        self.outputs: list[str] = []
        self.started_at = time.perf_counter()
        self.tmp: tempfile.TemporaryDirectory | None = None

    @property
    def started(self) -> bool:
        return self.tmp is not None

    def add(self, rel: str) -> None:
        """An indexed page MkDocs has written (its path inside the site)."""
        self.pending.append(rel)
        if len(self.pending) >= self.shard_pages:
            self._cut()
        self._advance()

    def finish(self) -> PagefindRun:
        """After the build: the last run, then the merge into ``site_dir/pagefind``."""
        if self.pending:
            self._cut()
        while self.active is not None or self.ready:
            self._advance(wait=True)
        bundle = self.site_dir / BUNDLE_DIR
        if bundle.exists():
            shutil.rmtree(bundle)
        try:
            _merge_paused(self.parts, bundle)
        finally:
            self.abort()
        return PagefindRun(pages=_bundle_pages(bundle), seconds=time.perf_counter() - self.started_at,
                           output="\n".join(self.outputs), runs=len(self.parts))

    def abort(self) -> None:
        """Stop a running Pagefind and remove the runs' folders (a failed build, or nothing to do)."""
        if self.active is not None:
            self.active[0].kill()
            self.active[0].wait()
            self.active[3].close()
            self.active = None
        if self.tmp is not None:
            self.tmp.cleanup()
            self.tmp = None

    def _cut(self) -> None:
        if self.tmp is None:
            self.tmp = tempfile.TemporaryDirectory(dir=self.site_dir, prefix=".pagefind-runs-")
        number = len(self.parts) + len(self.ready) + (self.active is not None)
        source, part = Path(self.tmp.name) / f"site{number}", Path(self.tmp.name) / f"bundle{number}"
        _link_pages(self.site_dir, self.pending, source)
        self.pending = []
        self.ready.append((source, part))

    def _advance(self, wait: bool = False) -> None:
        if self.active is not None:
            proc, source, part, log_file = self.active
            if proc.poll() is None and not wait:
                return
            proc.wait()
            log_file.seek(0)
            output = log_file.read()
            log_file.close()
            self.active = None
            self.outputs.append(_checked(proc.returncode, output, part))
            self.parts.append(part)
            shutil.rmtree(source)
        if self.active is None and self.ready:
            source, part = self.ready.pop(0)
            log_file = tempfile.TemporaryFile(mode="w+")
            proc = subprocess.Popen([executable(), "--site", str(source), "--output-path", str(part)],
                                    stdout=log_file, stderr=subprocess.STDOUT, text=True,
                                    env={**os.environ, "NO_COLOR": "1"})
            self.active = (proc, source, part, log_file)


def _link_pages(site_dir: Path, pages: list[str], into: Path) -> None:
    """The pages, hard-linked (or copied) under ``into`` at the same paths."""
    for rel in pages:
        (into / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_dir / rel, into / rel)
        except OSError:
            shutil.copyfile(site_dir / rel, into / rel)


def _merge_paused(parts: list[Path], bundle: Path) -> None:
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


def _pagefind(args: list[str], bundle: Path) -> str:
    proc = subprocess.run([executable(), *args], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    return _checked(proc.returncode, proc.stdout + proc.stderr, bundle)


def _checked(returncode: int, output: str, bundle: Path) -> str:
    """Pagefind's output, or the error that names its failure (with what it printed)."""
    if returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        raise PluginError(f"briefings: Pagefind failed (exit {returncode}):\n{output.strip()}")
    return output


def indexed_files(site_dir: Path) -> list[str]:
    """The site's HTML files that Pagefind indexes (those with ``data-pagefind-body``), sorted."""
    found = []
    for path in site_dir.rglob("*.html"):
        rel = path.relative_to(site_dir)
        if rel.parts[0] != BUNDLE_DIR and b"data-pagefind-body" in path.read_bytes():
            found.append(rel.as_posix())
    return sorted(found)


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
    import cbor2  # only Pagefind bundles need it

    data = gzip.decompress(path.read_bytes())
    signature = b"pagefind_dcd"
    if not data.startswith(signature):
        raise ValueError(f"{path}: not a Pagefind file")
    return cbor2.loads(data[len(signature):])


def describe(down: Download, groups: Iterable[tuple[str, tuple[str, ...]]] = ()) -> str:
    parts = [f"{label} {down.part(*prefixes) / 1024:.0f} KB" for label, prefixes in groups]
    return f"{down.total / 1024:.0f} KB" + (f" ({', '.join(parts)})" if parts else "")
