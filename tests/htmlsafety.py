"""Parse built HTML and find anything executable that did not come from the theme.

Used by the hostile-input tests (and the browser test) to check that article
text reaches pages only as text: no ``<script>`` but the theme's own, no
``on*`` event-handler attributes, no ``javascript:`` URLs, no frames or
embedded objects, and the page's skeleton (title, h1, header, sidebar) intact.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "background", "ping"}
EMBEDDING_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
# Whitespace and control characters browsers ignore inside a URL scheme ("java\tscript:").
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]+")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    path: tuple[str, ...]  # tags of the open ancestors, outermost first


@dataclass
class ParsedPage:
    elements: list[Element] = field(default_factory=list)
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)  # (attrs, inline code)
    text: str = ""  # every text node, unescaped, in document order, joined by spaces
    title: list[str] = field(default_factory=list)  # text of each <title>
    title_in_head: bool = False

    def find(self, tag: str, cls: str | None = None) -> list[Element]:
        return [e for e in self.elements if e.tag == tag
                and (cls is None or cls in (e.attrs.get("class") or "").split())]

    def with_class(self, cls: str) -> list[Element]:
        return [e for e in self.elements if cls in (e.attrs.get("class") or "").split()]


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self.stack: list[str] = []
        self.texts: list[str] = []
        self._script: tuple[dict[str, str], list[str]] | None = None
        self._title: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attr_map = {k.lower(): (v or "") for k, v in attrs}
        self.page.elements.append(Element(tag, attr_map, tuple(self.stack)))
        if tag == "script":
            self._script = (attr_map, [])
        if tag == "title":
            self._title = []
            self.page.title_in_head = self.page.title_in_head or "head" in self.stack
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.page.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None
        if tag == "title" and self._title is not None:
            self.page.title.append("".join(self._title))
            self._title = None
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)
            return
        if self._title is not None:
            self._title.append(data)
        self.texts.append(data)


def parse(html: str) -> ParsedPage:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    parser.page.text = " ".join(" ".join(parser.texts).split())
    return parser.page


def is_javascript_url(value: str) -> bool:
    value = _URL_JUNK.sub("", value).lower()
    return value.startswith(("javascript:", "vbscript:", "data:text/html", "data:application/xhtml"))


def dangers(page: ParsedPage, *, theme_scripts: set[str] | None = None) -> list[str]:
    """Everything executable in a parsed page that is not the theme's own; [] when clean.

    ``theme_scripts`` is the set of script signatures (see ``script_signature``)
    the theme puts on every page; any other script is reported. Without it,
    inline scripts are allowed only when they look like Material's own.
    """
    found: list[str] = []
    for el in page.elements:
        for name, value in el.attrs.items():
            if name.startswith("on"):
                found.append(f"<{el.tag} {name}={value!r}>: event-handler attribute")
            if name in URL_ATTRS and is_javascript_url(value):
                found.append(f"<{el.tag} {name}={value!r}>: script URL")
            if name == "style" and ("expression(" in value or "url(" in value.lower() and "javascript" in value.lower()):
                found.append(f"<{el.tag} style={value!r}>: script in style")
        if el.tag in EMBEDDING_TAGS:
            found.append(f"<{el.tag} {el.attrs}>: embedding element")
        if el.tag == "meta" and el.attrs.get("http-equiv", "").lower() == "refresh":
            found.append(f"<meta http-equiv=refresh {el.attrs}>")
    for attrs, code in page.scripts:
        signature = script_signature(attrs, code)
        if theme_scripts is not None:
            if signature not in theme_scripts:
                found.append(f"<script {attrs}>{code[:200]!r}: not one of the theme's scripts")
        elif not _looks_like_theme_script(attrs, code):
            found.append(f"<script {attrs}>{code[:200]!r}: not the theme's")
    return found


def script_signature(attrs: dict[str, str], code: str) -> str:
    """What identifies a theme script across pages: its file, or its code with paths blanked."""
    if attrs.get("src"):
        return "src:" + _RELATIVE.sub("", attrs["src"])
    code = re.sub(r'"base":\s*"[^"]*"', '"base": ""', code)  # Material's config: the base differs by depth
    code = re.sub(r'"(?:\.\./|\./|/)+(?=assets/)', '"', code)
    code = re.sub(r'new URL\("[^"]*",location\)', 'new URL("",location)', code)
    return "inline:" + " ".join(code.split())


_RELATIVE = re.compile(r"^(?:\.\./|\./|/)+")


def _looks_like_theme_script(attrs: dict[str, str], code: str) -> bool:
    src = attrs.get("src", "")
    if src:
        return "assets/javascripts/" in src and not is_javascript_url(src)
    if attrs.get("type") == "application/json":
        try:
            json.loads(code)
        except ValueError:
            return False
        return "alert" not in code
    return "__md_" in code and "alert" not in code


def theme_script_signatures(site: Path) -> set[str]:
    """Scripts of every page of a site no article text reaches: the theme's own set."""
    found = set()
    for path in site_pages(site):
        page = parse(path.read_text(encoding="utf-8"))
        found |= {script_signature(a, c) for a, c in page.scripts}
    return found


def site_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))
