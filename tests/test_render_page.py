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
