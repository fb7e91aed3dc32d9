"""What search sees, for both engines: Material's lunr index or Pagefind.

``mkdocs.yml`` chooses: ``plugins: - briefings: {search: material}`` (the
default; Material's ``search`` plugin must be listed) or ``{search: pagefind}``
(remove Material's ``search``; Pagefind indexes the pages while MkDocs builds,
see ``pagefind.py``, and its UI replaces Material's search box, see
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
API; ``download.py`` estimates what its first query downloads.

The rest of the package: ``pagefind.py`` runs Pagefind, on search copies of the
pages while MkDocs builds (``BackgroundRuns``), or on the built site after a
``serve --dirty`` rebuild (``run_pagefind``), in runs of at most
``SHARD_PAGES`` pages: Pagefind holds a run's pages in memory until it writes
its bundle (2.6 GB for 10,000 briefings in one run). ``merge.py`` joins the
runs' bundles into the bundle a single run would write: the same words,
postings and fragments; page numbers follow another order and index chunks
are half Pagefind's size (tests/test_search.py compares both).

The engine itself is never reimplemented here: Material's plugin and
Pagefind's binary (PyPI ``pagefind[bin]``) do the indexing; the merge only
renumbers and concatenates what Pagefind wrote.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import date
from pathlib import Path
from typing import Any

from ..render.text import human_date
from .pagefind import BackgroundRuns, PagefindRun, executable, run_pagefind

log = logging.getLogger("mkdocs.plugins.briefings")

MATERIAL, PAGEFIND = "material", "pagefind"
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
    from ..render.pages import INDEX_PAGES

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
        # Named to sort after a briefing's fields (date, outlet, people, title): Pagefind numbers
        # meta fields in name order, so runs of briefings number theirs as the merged bundle
        # does, and search/merge.py copies their postings without encoding them again.
        shown["type"] = {"person": "Person", "outlet": "Outlet", "home": "Home"}.get(kind, "Page")
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
    Pagefind titles a result by the body's first ``<h1>``; a page without one
    gets its title as meta here, or Pagefind would take the theme's ``<title>``
    ("About - Briefing Archive"), which a search copy (search/pagefind.py)
    does not have. (Not for every page: Pagefind shows a meta value's ``<`` as
    ``‹``, and a briefing's title is shown as the article wrote it.)
    """
    if kind not in PAGEFIND_KINDS:
        return content
    filters, shown = pagefind_fields(kind, meta, title)
    if title and "<h1" not in content:
        shown = {"title": title, **shown}
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
        # Pagefind runs on search copies made while MkDocs builds (``BackgroundRuns``); not for
        # a `serve --dirty` rebuild, which makes only some pages: it indexes the built site after.
        self.background = background and mode == PAGEFIND
        self.runs: BackgroundRuns | None = None

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

    def on_page_content(self, content: str, page, config) -> str:
        kind = page_kind(page.file.src_uri)
        if kind is None and self.mode == MATERIAL:
            # Index pages are long lists of links: never useful as results.
            page.meta.setdefault("search", {})
            if isinstance(page.meta["search"], dict):
                page.meta["search"]["exclude"] = True
        content = searchable(content, kind, self.mode)
        if self.mode == PAGEFIND:
            content = pagefind_body(content, kind, page.meta or {}, page.title or "")
            if self.background and kind in PAGEFIND_KINDS:
                if self.runs is None:
                    self.runs = BackgroundRuns(Path(config.site_dir), language=config.theme.get("language") or "en")
                self.runs.add(page.file.dest_uri, content)
        return content

    def on_env(self) -> None:
        """Every page's content is made (MkDocs renders templates next): the last run can start."""
        if self.runs is not None:
            self.runs.close()

    def on_post_page(self) -> None:
        if self.runs is not None:
            self.runs.poll()  # start the next run (or the merge) as soon as one is done

    def on_post_build(self, config) -> None:
        if self.mode == PAGEFIND:
            runs, self.runs = self.runs, None
            self.last = runs.finish() if runs is not None else run_pagefind(Path(config.site_dir))
            merged = f" ({self.last.runs} runs, merged)" if self.last.runs > 1 else ""
            log.info(f"briefings: Pagefind indexed {self.last.pages} pages in {self.last.seconds:.1f} s{merged}")

    def on_build_error(self) -> None:
        if self.runs is not None:
            self.runs.abort()
        self.runs = None
