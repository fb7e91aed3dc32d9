"""Property-based tests: random text, bytes and file names through the whole pipeline.

load -> clean -> extract -> link -> compare -> render, and the export checked
against the JSON contract: it never crashes, and every input file is accounted
for, as a briefing or in a problem message that names it.

Deterministic in CI: every test is ``derandomize=True`` with no example
database, so a run explores the same examples on every machine.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

import jsonschema
import markdown
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from briefing_archive.copies import (
    MIN_SHINGLES,
    Fingerprint,
    candidate_pairs,
    copy_pairs,
    copy_pairs_of_fingerprints,
    shingles,
)
from briefing_archive.load import _skipped_name  # the loader's own rule for names it never reads
from briefing_archive.render.text import md, plain_title

SCHEMA = json.loads((Path(__file__).parent / "contract" / "export.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())

FAST = settings(max_examples=300, deadline=None, derandomize=True, database=None)
PIPELINE = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ----------------------------------------------------------------- strategies

# Pieces of scraped news and of attacks, so random text reaches every stage.
NEWSY = [
    "BEIJING, July 18 (Reuters) - ", "WASHINGTON — ", "U.S. Secretary of State Antony Blinken", "John Kerry",
    "Chinese Foreign Minister Wang Yi", "Xi Jinping", "Li Qiang", "met", "held talks with", "on Tuesday",
    "in Beijing", "by video link", "on the phone", "last November", "Sept 1", "2023-07-18", "April 26, 2024",
    "for four hours", "officials said.", "\"We made progress,\" he said.", "Advertisement", "Share on X",
    "Read more:", "Subscribe", "© 2024 Daily", "By Jane Doe", "Updated 2 hours ago", "Home > World > Asia",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "{{ config }}",
    "{% include 'x' %}", "&lt;/title&gt;", "**b**", "# h", "| a | b |", "---", "===", "~~~", "    ",
    "\n", "\n\n", ". ", ", ", " ", "—", "“", "”", "’", "é", "名前", "Лавров", "\u200b", "\ufeff", "\r\n",
]
FRONTMATTER = st.sampled_from([
    "", "---\ntitle: T\n---\n", "---\ntitle: [x\n---\n", "---\npublished: 2023-13-45\n---\n",
    "---\nfoo: bar\noutlet: <b>O</b>\n---\n", "---\n---\n", "---\ntitle: {{ config }}\n",
])
news_text = st.builds(lambda fm, parts: fm + "".join(parts), FRONTMATTER,
                      st.lists(st.sampled_from(NEWSY) | st.text(max_size=12), max_size=60))
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "cp1252", "latin-1", "koi8-r", "shift_jis"]
encoded_text = st.builds(lambda t, enc: t.encode(enc, "replace"), st.text(max_size=400) | news_text,
                         st.sampled_from(ENCODINGS))
contents = st.one_of(encoded_text, st.binary(max_size=600), news_text.map(lambda t: t.encode("utf-8", "surrogatepass")))

# File names: anything a POSIX file system takes (no "/" or NUL), short enough for it.
name_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00")
file_names = (st.text(name_chars, min_size=1, max_size=30) | st.sampled_from(["a.txt", "A.txt", "a-b.md", "con", "..x"])) \
    .filter(lambda n: n not in (".", "..") and len(n.encode("utf-8")) <= 200)
folders = st.dictionaries(file_names, contents, min_size=1, max_size=4)


def _display(name: str) -> str:
    """The loader's printable form of a name: unprintable characters as \\uXXXX."""
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
                   else ch for ch in name)


# ----------------------------------------------------------------- whole pipeline


def _run_folder(files: dict[str, bytes]):
    from briefing_archive.export import to_data
    from briefing_archive.knowledge import Knowledge
    from briefing_archive.pipeline import run
    from briefing_archive.render.pages import render_site

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, data in files.items():
            (root / name).write_bytes(data)
        knowledge = Knowledge.load()
        archive = run(root, knowledge)
        site = render_site(archive, knowledge)
        data = to_data(archive)
    return archive, site, data


@PIPELINE
@given(folders)
def test_pipeline_never_crashes_and_accounts_for_every_file(files):
    archive, site, data = _run_folder(files)
    VALIDATOR.validate(data)
    accounted = {b.source for b in archive.briefings} | {p.source for p in archive.problems}
    for name in files:
        if _skipped_name(name):
            continue  # hidden files and editor leftovers: see test_hostile.py::test_hidden_files_are_reported
        assert name in accounted or _display(name) in accounted, (name, sorted(accounted))
    # Every briefing has a page, and its problems name files that exist.
    ids = [b.id for b in archive.briefings]
    assert len(ids) == len(set(ids))
    for b in archive.briefings:
        assert f"briefings/{b.id}.md" in site.pages
        assert b.title.strip()
    for p in archive.problems:
        assert p.message.strip() and p.source


@PIPELINE
@given(st.lists(news_text, min_size=1, max_size=3))
def test_generated_pages_hold_no_markup_from_articles(texts):
    """Both outputs of every page: the HTML the site gets, and the Markdown of ``briefings/``
    rendered as any Markdown tool would: only our own tags, no script, no handlers."""
    from htmlsafety import dangers, parse

    files = {f"{i}.txt": t.encode("utf-8", "surrogatepass") for i, t in enumerate(texts)}
    archive, site, _ = _run_folder(files)
    converter = markdown.Markdown(extensions=["toc", "tables", "fenced_code"])
    for uri, generated in site.pages.items():
        text = generated.markdown()
        body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
        for page in (parse(converter.reset().convert(body)), parse(generated.html())):
            assert not dangers(page, theme_scripts=set()), uri
            assert not page.find("img") and not page.find("iframe")
            assert len(page.find("h1")) <= 1, uri


# ----------------------------------------------------------------- escaping


PIECES = st.sampled_from(list("abc XYZ019\n\t<>&;#*_`[]()!{}|~=-+.:\\/'\"%$@^") + [
    "&lt;", "&#60;", "javascript:", "<script>", "http://x", "    ", "\n\n", "1.", "***", "---", "===", "```",
    "<!--", "-->", "[TOC]", "&amp;", "\u00a0", "é", "名"])


@FAST
@given(st.lists(PIECES, max_size=40).map("".join))
def test_md_shows_article_text_as_the_same_text(text):
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    out = markdown.Markdown(extensions=["toc", "tables", "fenced_code"]).convert("\n\n".join(md(p) for p in paragraphs))
    assert set(re.findall(r"</?([a-zA-Z0-9]+)", out)) <= {"p"}, out
    shown = html.unescape(re.sub(r"<[^>]+>", "", out))
    assert " ".join(shown.split()) == " ".join(" ".join(paragraphs).split())


@FAST
@given(st.text() | st.lists(PIECES, max_size=30).map("".join))
def test_plain_title_has_no_markup_even_unescaped(text):
    title = plain_title(text)
    assert title and "<" not in title and ">" not in title
    assert "<" not in html.unescape(title) and html.unescape(html.unescape(title)) == html.unescape(title)


# ----------------------------------------------------------------- copies

WORDS = st.sampled_from("the minister said talks on climate trade security were frank useful and long "
                        "Beijing Washington Kerry Wang Blinken agreed to meet again in autumn after a "
                        "dinner at which officials discussed coal methane finance tariffs chips".split())
paragraph = st.lists(WORDS, min_size=15, max_size=30, unique=True).map(lambda w: " ".join(w).capitalize() + ".")
story = st.lists(paragraph, min_size=4, max_size=8)


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(story, st.lists(st.sampled_from(["Advertisement", "Share on X", "Home > World", "Trending now: oil",
                                        "© 2024 Daily", "Subscribe to our newsletter"]), max_size=3))
def test_a_reprint_is_found_whatever_junk_surrounds_it(paragraphs, junk):
    assume(len(shingles(paragraphs[:-1])) >= MIN_SHINGLES + 10)  # long enough to call a copy
    reprint = [*junk, *paragraphs[:-1], *junk[::-1]]  # other junk, last paragraph trimmed
    reprint = [p.replace("Kerry", "KERRY").replace(".", " .") for p in reprint]  # case and spacing
    assert copy_pairs([paragraphs, reprint]) == [(0, 1)]
    # Deterministic, and independent of the order texts come in.
    assert copy_pairs([reprint, paragraphs]) == [(0, 1)]
    assert copy_pairs([paragraphs, ["An unrelated story about football and the weather in Leeds."] * 5]) == []


def test_copy_detection_stays_near_linear():
    """2,000 distinct articles plus 30 reprints and a crowd of 40 copies of one story:
    all found, with far fewer exact comparisons than all pairs (about 2 million)."""
    import random

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(20_000)]
    texts = [[" ".join(rng.choice(vocab) for _ in range(300))] for _ in range(2000)]
    texts += [[t[0] + " Advertisement"] for t in texts[:30]]
    texts += [[texts[100][0] + f" Copy {i}"] for i in range(40)]  # a wire story in 40 outlets
    pairs = copy_pairs(texts)
    crowd = [100, *range(2030, 2070)]
    expected = {(i, 2000 + i) for i in range(30)} | {(a, b) for a in crowd for b in crowd if a < b}
    assert set(pairs) == expected
    candidates, _ = candidate_pairs([shingles(t) for t in texts])
    assert len(candidates) < 10 * len(texts), len(candidates)
    # The compact fingerprints the pipeline keeps between rebuilds find the same pairs.
    assert copy_pairs_of_fingerprints([Fingerprint.of(t) for t in texts]) == pairs


def test_file_names_round_trip_on_this_file_system(tmp_path):
    """The name strategy makes names this file system accepts (else the tests above prove less)."""
    for name in ("ünïcödé 名前.txt", "line\nbreak", "..x", "a" * 190):
        (tmp_path / name).write_bytes(b"x")
        assert (tmp_path / name).is_file()
    assert os.listdir(tmp_path)
