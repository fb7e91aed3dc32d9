"""A generated page as blocks: one structure, two outputs.

The site gets HTML straight from the blocks: Python-Markdown spent about
6 ms on each generated page (most of a warm build) parsing back HTML that we
had just written. ``briefings/`` on disk gets Markdown with YAML frontmatter,
for readers and other tools. Both come from the same blocks, so the files and
the site cannot drift apart.

Article text only ever enters as ``Text`` or ``Heading`` (escaped for each
output here) or inside ``Html`` built with ``text.h``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markdown.extensions.toc import slugify, unique

from .text import frontmatter, h, md


HELD = "<!--briefings:held:{}-->"  # where a held block was; its stand-in (if any) runs to HELD_END
HELD_END = "<!--briefings:/held:{}-->"


def restore(html: str, held: list[str]) -> str:
    """Put the blocks ``GeneratedPage.html`` held out back in their places, over their stand-ins."""
    for number, block in enumerate(held):
        start = html.find(HELD.format(number))
        end_mark = HELD_END.format(number)
        end = html.find(end_mark, start)
        if start >= 0 and end >= 0:
            html = html[:start] + block + html[end + len(end_mark):]
    return html


@dataclass(frozen=True)
class Heading:
    """A section heading (level 2 or more); it gets an anchor and a table-of-contents entry."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Text:
    """A paragraph of article text: data, escaped for whichever output."""

    text: str


@dataclass(frozen=True)
class Html:
    """Markup we built ourselves (every piece of data in it went through ``h``)."""

    html: str


Block = Heading | Text | Html


@dataclass
class GeneratedPage:
    """One page of the site: frontmatter data and the blocks of its body."""

    meta: dict[str, Any]
    blocks: list[Block] = field(default_factory=list)

    def markdown(self) -> str:
        """The page as Markdown with YAML frontmatter (what ``briefings/`` holds)."""
        parts = [frontmatter(self.meta)]
        for block in self.blocks:
            if isinstance(block, Heading):
                parts.append(f"{'#' * block.level} {md(block.text)}\n")
            elif isinstance(block, Text):
                parts.append(md(block.text))
            else:
                parts.append(block.html)
        return "\n\n".join(parts) + "\n"

    def html(self, hold: Callable[[Html], str | None] | None = None, held: list[str] | None = None) -> str:
        """The page body as HTML, headings anchored the way Python-Markdown's ``toc`` would.

        ``hold`` picks ``Html`` blocks to leave out for now, by giving a stand-in
        for them (a search indexer's lighter version, or ""): it goes between
        ``HELD`` comments, and the block's markup to ``held`` (see ``restore``).
        """
        ids = self._heading_ids()
        out = []
        for i, block in enumerate(self.blocks):
            if isinstance(block, Heading):
                out.append(f'<h{block.level} id="{ids[i]}">{h(block.text)}</h{block.level}>')
            elif isinstance(block, Text):
                out.append(f"<p>{h(block.text)}</p>")
            elif hold is not None and held is not None and (stand_in := hold(block)) is not None:
                out.append(HELD.format(len(held)) + stand_in + HELD_END.format(len(held)))
                held.append(block.html)
            else:
                out.append(block.html)
        return "\n".join(out) + "\n"

    def stamp(self) -> bytes:
        """A digest of everything the page is made from (far cheaper than rendering it)."""
        return hashlib.blake2b(repr((self.meta, self.blocks)).encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def toc_tokens(self) -> list[dict]:
        """Headings as Python-Markdown's ``toc_tokens`` (what MkDocs' ``get_toc`` reads), nested by level."""
        ids = self._heading_ids()
        root: list[dict] = []
        stack: list[dict] = []
        for i, block in enumerate(self.blocks):
            if not isinstance(block, Heading):
                continue
            token = {"level": block.level, "id": ids[i], "name": h(block.text), "children": []}
            while stack and stack[-1]["level"] >= block.level:
                stack.pop()
            (stack[-1]["children"] if stack else root).append(token)
            stack.append(token)
        return root

    def anchor_ids(self) -> set[str]:
        return set(self._heading_ids().values())

    def _heading_ids(self) -> dict[int, str]:
        taken: set[str] = set()
        ids: dict[int, str] = {}
        for i, block in enumerate(self.blocks):
            if isinstance(block, Heading):
                ids[i] = unique(slugify(block.text, "-") or "section", taken)
        return ids
