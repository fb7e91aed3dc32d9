"""Generated pages handed to MkDocs already rendered.

MkDocs would read each page's Markdown and run Python-Markdown over it; for
pages the pipeline made, that only parses back HTML we wrote (about 6 ms a
page, most of a warm build). ``PrerenderedPage`` gives MkDocs the HTML, the
table of contents and the metadata directly; everything after that (plugin
events, search, templates) is MkDocs as usual.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..render.page import GeneratedPage


class PrerenderedPage(Page):
    def __init__(self, title: str | None, file: File, config: MkDocsConfig, generated: GeneratedPage) -> None:
        self.generated: GeneratedPage | None = generated
        super().__init__(title, file, config)

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = ""  # nothing for Python-Markdown to do; plugins still see the event
        self.meta = dict(self.generated.meta) if self.generated else {}

    def render(self, config: MkDocsConfig, files: Files) -> None:
        generated = self.generated
        if generated is None:
            raise RuntimeError(f"{self.file.src_uri}: a generated page is rendered once per build")
        self.content = generated.html()
        self.toc = get_toc(generated.toc_tokens())  # type: ignore[arg-type]
        self.present_anchor_ids = generated.anchor_ids()
        self.generated = None  # MkDocs keeps every page's HTML until the build ends; not its blocks too


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
