"""A generated page's two outputs (HTML for the site, Markdown for briefings/) say the same thing."""

from __future__ import annotations

import html
import re

import markdown
import pytest

from briefing_archive.render.page import GeneratedPage, Heading, Html, Text


def _visible(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


HOSTILE = [
    "Talks <script>alert(1)</script> ended & resumed",
    "**Not bold** [link](javascript:alert(1)) `code` {{ jinja }} ~~strike~~",
    "1. not a list",
    "    indented like code",
    "# not a heading",
    "=== \n---",
    "Wang Yi's 3rd visit: 5½ hours, “frank”",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_html_and_markdown_show_the_same_text(text):
    page = GeneratedPage({"title": "T"}, [Html('<h1 class="ba-title">T</h1>'), Heading(text), Text(text)])
    body = page.markdown().split("---\n", 2)[2]
    via_markdown = markdown.Markdown(extensions=["toc"]).convert(body)
    assert _visible(via_markdown) == _visible(page.html())
    assert "<script" not in page.html() and "<a " not in page.html()
    assert "<script" not in via_markdown and "<a " not in via_markdown


def test_headings_get_the_ids_python_markdown_would_give():
    page = GeneratedPage({"title": "T"}, [Heading("Evidence"), Text("x"), Heading("Evidence"),
                                           Heading("Offices (from the knowledge base)")])
    converted = markdown.Markdown(extensions=["toc"])
    converted.convert(page.markdown().split("---\n", 2)[2])
    expected = [t["id"] for t in converted.toc_tokens]
    assert expected == ["evidence", "evidence_1", "offices-from-the-knowledge-base"]
    assert re.findall(r'<h2 id="([^"]+)"', page.html()) == expected
    assert [t["id"] for t in page.toc_tokens()] == expected
    assert page.anchor_ids() == set(expected)


def test_toc_nests_by_level():
    page = GeneratedPage({}, [Heading("A"), Heading("A1", 3), Heading("A2", 3), Heading("B")])
    tokens = page.toc_tokens()
    assert [t["name"] for t in tokens] == ["A", "B"]
    assert [c["name"] for c in tokens[0]["children"]] == ["A1", "A2"]


def test_markdown_starts_with_frontmatter_and_is_deterministic():
    meta = {"title": "Kerry meets Li", "people": [{"name": "Li Qiang", "roles": ["Premier"]}]}
    first = GeneratedPage(dict(meta), [Text("a")]).markdown()
    assert first.startswith("---\ntitle: Kerry meets Li\n")
    assert first == GeneratedPage(dict(meta), [Text("a")]).markdown()


# ----------------------------------------------------------------- links between pages

URIS = ["index.md", "briefings/index.md", "briefings/001-x.md", "meetings/2023-07-18-kerry.md", "people/li-qiang.md",
        "outlets/index.md", "a/b/c.md", "a/b/index.md", "a/index.md", "about.md", "deep/er/still/p.md"]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_relative_links_resolve_to_the_target_page(directory_urls):
    """Every link, resolved against the page it is on, lands on the target's URL (as a browser resolves it)."""
    import posixpath
    from itertools import product
    from urllib.parse import urljoin

    from briefing_archive.render.urls import Urls

    urls = Urls(directory_urls=directory_urls)
    for here, there in product(URIS, repeat=2):
        link = urls.rel(here, there, "sec")
        assert link.endswith("#sec") and not link.startswith("/")
        page = "https://example.org/site/" + urls.url(here)
        landed = urljoin(page, link.removesuffix("#sec"))
        assert landed == "https://example.org/site/" + urls.url(there), (here, there, link)
        # As short as posixpath's answer (same number of steps up).
        base = posixpath.dirname("/" + urls.url(here) + ("x" if urls.url(here).endswith("/") or not urls.url(here) else ""))
        assert link.count("../") == posixpath.relpath("/" + urls.url(there), base or "/").count("..")
