"""Generated pages handed to MkDocs already rendered.

MkDocs would read each page's Markdown and run Python-Markdown over it; for
pages the pipeline made, that only parses back HTML we wrote (about 6 ms a
page, most of a warm build). ``PrerenderedPage`` gives MkDocs the HTML, the
table of contents and the metadata directly; everything after that (plugin
events, search, templates) is MkDocs as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..render.page import GeneratedPage, Html, restore


class GeneratedFile(File):
    """A generated page's file; with ``--dirty``, modified only when its page changed since the last build."""

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed


class PrerenderedPage(Page):
    """A generated page; ``hold`` picks blocks that only the theme needs, not the search indexer.

    Material's search plugin parses every page's HTML in ``on_page_context``;
    the evidence table, removed lines and lists of other briefings are excluded
    from its index anyway, yet parsing them was two thirds of its time. Held
    blocks are left out of ``content`` until ``restore_held`` (the plugin's
    ``on_page_context``, which runs after Material's search's). The plugin
    holds blocks only when Material's search is listed before it, as in the
    shipped mkdocs.yml; otherwise nothing is held.
    """

    def __init__(self, title: str | None, file: File, config: MkDocsConfig, generated: GeneratedPage,
                 hold: Callable[[Html], str | None] | None = None) -> None:
        self.generated: GeneratedPage | None = generated
        self.hold = hold
        self.held: list[str] = []
        super().__init__(title, file, config)

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = ""  # nothing for Python-Markdown to do; plugins still see the event
        self.meta = dict(self.generated.meta) if self.generated else {}

    def render(self, config: MkDocsConfig, files: Files) -> None:
        generated = self.generated
        if generated is None:
            raise RuntimeError(f"{self.file.src_uri}: a generated page is rendered once per build")
        self.held = []
        self.content = generated.html(self.hold, self.held)
        self.toc = get_toc(generated.toc_tokens())  # type: ignore[arg-type]
        self.present_anchor_ids = generated.anchor_ids()
        self.generated = None  # MkDocs keeps every page's HTML until the build ends; not its blocks too


def restore_held(page: Page) -> None:
    """Put a generated page's held blocks back (before the theme renders it)."""
    if isinstance(page, PrerenderedPage) and page.held and page.content is not None:
        page.content = restore(page.content, page.held)
        page.held = []


def nav_titles(nav: object) -> dict[str, str]:
    """The titles the user's ``nav:`` gives pages ("Briefings: briefings/index.md")."""
    found: dict[str, str] = {}
    if isinstance(nav, list):
        for item in nav:
            found.update(nav_titles(item))
    elif isinstance(nav, dict):
        for title, value in nav.items():
            if isinstance(value, str):
                found.setdefault(value, title)
            else:
                found.update(nav_titles(value))
    return found
