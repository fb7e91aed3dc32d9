"""Where each page lives, and links between pages.

Generated pages link to each other with relative URLs computed here, so the
site works under any base path and with ``use_directory_urls`` on or off.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


def briefing_uri(bid: str) -> str:
    return f"briefings/{bid}.md"


def meeting_uri(mid: str) -> str:
    return f"meetings/{mid}.md"


def person_uri(slug: str) -> str:
    return f"people/{slug}.md"


def outlet_uri(slug: str) -> str:
    return f"outlets/{slug}.md"


@dataclass(frozen=True)
class Urls:
    """Maps a page's source path (``briefings/x.md``) to its URL."""

    directory_urls: bool = True

    def url(self, src_uri: str) -> str:
        """Site-relative URL, as MkDocs will serve the page."""
        stem = src_uri[: -len(".md")]
        if not self.directory_urls:
            return stem + ".html"
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    def rel(self, from_uri: str, to_uri: str, fragment: str = "") -> str:
        """Relative link from one page to another.

        Computed on path segments (``posixpath.relpath`` was a third of
        rendering: a page links to dozens of others).
        """
        here = self.url(from_uri)
        base = here.split("/")[:-1]  # the folders of the page's URL ("a/b/" -> a, b; "a/x.html" -> a)
        target = self.url(to_uri)
        parts = target.split("/")
        folders, leaf = parts[:-1], parts[-1]
        common = 0
        while common < len(base) and common < len(folders) and base[common] == folders[common]:
            common += 1
        rel = "/".join([".."] * (len(base) - common) + folders[common:])
        rel = f"{rel}/{leaf}" if rel and leaf else (rel + "/" if rel else leaf or "./")
        return rel + (f"#{fragment}" if fragment else "")


def text_fragment(sentence: str, words: int = 8) -> str:
    """A ``#:~:text=`` fragment that scrolls a browser to a quoted sentence."""
    parts = sentence.split()
    if len(parts) <= words * 2:
        return ":~:text=" + _fragment_quote(" ".join(parts))
    start = _fragment_quote(" ".join(parts[:words]))
    end = _fragment_quote(" ".join(parts[-words:]))
    return f":~:text={start},{end}"


def _fragment_quote(text: str) -> str:
    # "-", "," and "&" are syntax inside a text fragment.
    return quote(text, safe="").replace("-", "%2D")
