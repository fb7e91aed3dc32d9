"""The ``briefings`` MkDocs plugin: thin glue between the pipeline and MkDocs.

on_config   resolve paths, load the knowledge base
on_files    run the pipeline (cached per article), add the generated pages,
            already rendered to HTML (pages.py)
on_page_markdown   fill the home page's overview placeholder
on_page_content    shape what search indexes (search/: Material or Pagefind); with
                   `search: pagefind`, hand Pagefind a search copy of the page
on_env             every page's content is made: Pagefind's last run can start
on_page_context    hand the discrepancy panel to the theme's right column, and
                   the nav and tabs shared by pages out of the nav
on_post_page       with `search: pagefind`, start Pagefind's next run (or the merge)
on_post_build      with `search: pagefind`, wait for Pagefind (or index the built
                   site with it, after a `serve --dirty` rebuild)
on_serve    rebuild when an article or a knowledge file changes; with --dirty,
            only the pages whose data changed are built again
on_shutdown write the extraction cache's file index (deferred while serving)
"""

from __future__ import annotations

import calendar
import logging
import os
import pickle
import posixpath
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files, InclusionLevel

from ..knowledge import Knowledge, KnowledgeError
from ..models import Archive
from ..pipeline import StageCache, run
from ..render.page import Html
from ..render.pages import HEADER, INDEX_PAGES, SitePages, render_site
from ..render.urls import Urls
from ..search import LEFT_OUT as SEARCH_LEFT_OUT
from ..search import Search, words_only
from ..writer import write_briefings
from .config import BriefingsConfig
from .pages import GeneratedFile, PrerenderedPage, nav_titles, restore_held

log = logging.getLogger("mkdocs.plugins.briefings")


def _held_from_material_search(block: Html) -> str | None:
    """What Material's search parses instead of a block ("" for nothing), or None to parse it.

    Blocks it would skip anyway (search/ marks them) are not worth parsing; a
    page's header of links is parsed as its words only (search.words_only).
    """
    if block.html.startswith(SEARCH_LEFT_OUT):
        return ""
    if block.html.startswith(HEADER):
        return words_only(block.html)
    return None
OVERVIEW_PLACEHOLDER = "<!-- briefings:overview -->"


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    supports_multiple_instances = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # The plugin object lives through every `mkdocs serve` rebuild: keep the cache here.
        self.cache: StageCache | None = None
        self.archive: Archive | None = None
        self.site: SitePages | None = None
        self.written: dict = {}  # what write_briefings last wrote, so an unchanged briefing is not rendered again
        self.dirty = dirty
        self.serving = command == "serve"  # the cache's file index is then written at shutdown
        self.stamps: dict[str, bytes] = {}  # page -> digest of its data at the last build (for --dirty)
        self._set_epoch = "SOURCE_DATE_EPOCH" not in os.environ

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path).parent
        self.seeds_dir = (root / self.config.seeds).resolve()
        if not self.seeds_dir.is_dir():
            raise PluginError(f"briefings: seeds folder '{self.config.seeds}' not found (looked in {self.seeds_dir})")
        self.knowledge_files = [(root / k).resolve() for k in self.config.knowledge]
        try:
            self.knowledge = Knowledge.load(self.knowledge_files)
        except KnowledgeError as err:
            raise PluginError(f"briefings: {err}") from err
        self.output_dir = (root / self.config.output).resolve() if self.config.output else None
        if self.cache is None:
            try:
                self.cache = StageCache.open((root / self.config.cache).resolve() if self.config.cache else None,
                                             defer_index=getattr(self, "serving", False))
            except NotADirectoryError as err:
                raise PluginError(f"briefings: {err} (option 'cache')") from err
        self.urls = Urls(directory_urls=config.use_directory_urls)
        self.search = Search(self.config.search, background=not getattr(self, "dirty", False))
        self.search.on_config(config)
        self.hold = _held_from_material_search if self._material_search_runs_first(config) else None
        if not hasattr(self, "_set_epoch"):  # on_startup is skipped when MkDocs is driven as a library
            self.on_startup(command="build", dirty=False)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        archive = run(self.seeds_dir, self.knowledge, cache=self.cache, workers=self.config.workers or None)
        for problem in archive.problems:
            log.warning(str(problem))  # --strict turns these into a failed build
        site = render_site(archive, self.knowledge, self.urls)
        if self.output_dir is not None:
            self._write(site)
        self._pin_build_date(archive)  # before any Page exists: a Page stamps its update_date when made
        titles = nav_titles(config.nav)
        stamps: dict[str, bytes] = {}
        for uri, page in site.pages.items():
            inclusion = InclusionLevel.UNDEFINED if uri in INDEX_PAGES else InclusionLevel.NOT_IN_NAV
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"briefings: {uri} exists in docs_dir and would be overwritten by a generated page")
            file = GeneratedFile.generated(config, uri, content="", inclusion=inclusion)
            if self.dirty:  # `mkdocs serve --dirty`: MkDocs rebuilds only the pages whose data changed
                stamps[uri] = page.stamp()
                file.changed = self.stamps.get(uri) != stamps[uri]
            PrerenderedPage(titles.get(uri), file, config, page, self.hold)  # sets file.page: no Markdown pass
            files.append(file)
        self.stamps = stamps  # (only the pages that still exist)
        site.pages = {}  # each page now lives on its File, and lets go of its blocks once rendered
        self.archive, self.site = archive, site
        log.info(f"briefings: {len(archive.briefings)} briefings ({self.cache.misses} extracted, "
                 f"{self.cache.hits} from cache), {len(archive.meetings)} meetings, "
                 f"{len(archive.discrepancies)} discrepancies")
        self.cache.hits = self.cache.misses = 0
        return files

    def on_page_markdown(self, markdown: str, *, page, config: MkDocsConfig, files: Files) -> str:
        if self.site is not None and OVERVIEW_PLACEHOLDER in markdown:
            markdown = markdown.replace(OVERVIEW_PLACEHOLDER, self.site.overview)
        return markdown

    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files: Files) -> str:
        return self.search.on_page_content(html, page, config)

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        self.search.on_env()
        return env

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        self.chrome: dict[str, dict[str, str]] = {}  # URL folder -> nav and tabs HTML, for pages out of the nav
        self.in_nav = {id(page) for page in nav.pages}
        return nav

    def on_page_context(self, context, *, page, config: MkDocsConfig, nav):
        restore_held(page)  # Material's search has indexed the page by now (see _material_search_runs_first)
        context["briefing_panel"] = self.site.panels.get(page.file.src_uri) if self.site else None
        if isinstance(page, PrerenderedPage) and id(page) not in self.in_nav:
            # Out of the nav, a generated page's nav and tabs depend only on the folder its URL is in
            # (people/<slug>/: relative links from people/): render them once per folder
            # (site_src/overrides/partials/nav.html and tabs.html read this).
            context["ba_chrome"] = self.chrome.setdefault(posixpath.dirname(page.url.rstrip("/")), {})
        return context

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        self.search.on_post_page()
        return output

    def on_build_error(self, *, error: Exception) -> None:
        self.search.on_build_error()

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.search.on_post_build(config)

    def on_shutdown(self) -> None:
        if getattr(self, "cache", None) is not None:
            self.cache.write_index()  # deferred while serving: one write, not one per edit

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        server.watch(str(self.seeds_dir))
        for path in self.knowledge_files:
            server.watch(str(path))
        return server

    def _write(self, site: SitePages) -> None:
        """Mirror briefings/; what was written is remembered next to the extraction cache, so a
        fresh ``mkdocs build`` does not render unchanged briefings to Markdown again either."""
        assert self.output_dir is not None and self.cache is not None
        memo_file = self.cache.path / "written.pickle" if self.cache.path else None
        if not self.written and memo_file is not None and memo_file.is_file():
            try:
                stored = pickle.loads(memo_file.read_bytes())
                if isinstance(stored, dict) and stored.get("output") == str(self.output_dir):
                    self.written = stored["files"]
            except Exception:  # only a slower build
                self.written = {}
        before = dict(self.written)
        write_briefings(site, self.output_dir, memo=self.written)
        if memo_file is not None and self.written != before:
            memo_file.parent.mkdir(parents=True, exist_ok=True)
            memo_file.write_bytes(pickle.dumps({"output": str(self.output_dir), "files": self.written}))

    def _material_search_runs_first(self, config: MkDocsConfig) -> bool:
        """Is Material's search listed before this plugin (so it indexes a page before our on_page_context)?"""
        names = list(config.plugins)
        search = [i for i, name in enumerate(names) if name.split("/")[-1] == "search"]
        mine = [i for i, name in enumerate(names) if isinstance(config.plugins[name], BriefingsPlugin)]
        return self.config.search == "material" and bool(search) and bool(mine) and search[0] < mine[0]

    def _pin_build_date(self, archive: Archive) -> None:
        """Same articles, same bytes: date the build by its newest article, not the clock.

        MkDocs stamps sitemap entries and the sitemap's gzip header with the
        build date unless SOURCE_DATE_EPOCH is set; a user's own value wins.
        """
        if not self._set_epoch:
            return
        newest = max((b.published for b in archive.briefings if b.published), default=None)
        epoch = calendar.timegm(newest.timetuple()) if newest else 0
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
