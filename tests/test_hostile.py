"""Broken and hostile input, end to end through real MkDocs builds.

Article text is data: whatever an article (or its file name, or its curator
frontmatter) contains, the built site shows it as text, runs none of it, keeps
its page skeleton, writes nothing outside the site, and loses no file: every
input is either a briefing or a problem message that names it.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, SEEDS, make_project
from htmlsafety import dangers, parse, site_pages, theme_script_signatures

pytestmark = pytest.mark.slow

SEED_FILES = sorted(p.name for p in SEEDS.iterdir())

# ----------------------------------------------------------------- hostile text

CURATOR_TITLE = ("Kerry <script>alert('t')</script> {{ config }} {% include 'base.html' %} "
                 "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
CURATOR_OUTLET = "<img src=x onerror=alert(3)> Wire & {{ config.site_name }}"

HOSTILE_BODY = """\
BEIJING, July 18 (Wire) - U.S. climate envoy John Kerry met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, a meeting <script>alert(4)</script> both sides called candid.

Officials said the talks ran for four hours <img src=x onerror=alert(5)> and covered methane, coal and climate finance.

Kerry told reporters to read more at [click](javascript:alert(6)) and said {{ config }} and {% include 'base.html' %} were not on the agenda.

The statement read &lt;/title&gt;&lt;script&gt;alert(7)&lt;/script&gt; in its raw form, according to the transcript.

<div onclick="alert(8)">
<iframe src="javascript:alert(9)"></iframe>
</div>

# Heading injected by the article

Kerry said **bold claims** and _quiet hopes_ and ![a picture](http://evil.example/x.png) and [a link](http://evil.example/) were all part of the talks.

| col one | col two |
|---|---|
| cell a | cell b |

Wang said the two sides would meet again before the end of the year
=========
"""

HOSTILE_CURATOR = f"""\
---
title: {json.dumps(CURATOR_TITLE)}
outlet: {json.dumps(CURATOR_OUTLET)}
published: 2023-07-19
---
{HOSTILE_BODY}"""

HOSTILE_HEADLINE = """\
<script>alert(10)</script> Blinken and Wang Yi hold talks [click](javascript:alert(11)) {{ config }} &lt;b&gt;

WASHINGTON, April 26, 2024 (Wire) - Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi <img src=x onerror=alert(12)> on Friday, officials said.

The two ministers spoke for five hours, a spokesman said, and agreed to keep talking <svg onload=alert(13)>.
"""

# Fragments that must show up on the page as text (they may sit in the body,
# the header, the evidence table or the removed-lines list).
SHOWN = {
    "hostile-curator.txt": ["<script>alert(4)</script>", "<img src=x onerror=alert(5)>",
                            "[click](javascript:alert(6))", "{{ config }}", "{% include 'base.html' %}",
                            "&lt;/title&gt;&lt;script&gt;alert(7)&lt;/script&gt;", "**bold claims**",
                            "_quiet hopes_", "[a link](http://evil.example/)", CURATOR_OUTLET.split(" Wire")[0]],
    "hostile-headline.txt": ["<img src=x onerror=alert(12)>", "<svg onload=alert(13)>"],
}


@pytest.fixture(scope="module")
def theme_scripts(tmp_path_factory):
    """The scripts the theme puts on pages: from a site built from an empty folder of articles."""
    root = tmp_path_factory.mktemp("empty-site")
    (root / "no-articles").mkdir()
    project = make_project(root / "p", root / "no-articles")
    project.build(strict=True)
    scripts = theme_script_signatures(project.site)
    assert len(scripts) >= 3, scripts
    return scripts


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile"), SEEDS)
    (project.seeds / "hostile-curator.txt").write_text(HOSTILE_CURATOR, encoding="utf-8")
    (project.seeds / "hostile-headline.txt").write_text(HOSTILE_HEADLINE, encoding="utf-8")
    config = project.build(strict=False)
    archive = config.plugins["briefings"].archive
    return project, archive


def _briefing(archive, source):
    return next(b for b in archive.briefings if b.source == source)


def test_no_page_runs_anything_from_an_article(hostile_site, theme_scripts):
    project, _ = hostile_site
    theme = theme_scripts
    pages = site_pages(project.site)
    assert len(pages) > 10
    for path in pages:
        found = dangers(parse(path.read_text(encoding="utf-8")), theme_scripts=theme)
        assert not found, f"{path.relative_to(project.site)}: {found}"


@pytest.mark.parametrize("source", sorted(SHOWN))
def test_hostile_text_is_shown_as_text(hostile_site, source):
    project, archive = hostile_site
    b = _briefing(archive, source)
    page_html = project.page(f"briefings/{b.id}")
    page = parse(page_html)
    for fragment in SHOWN[source]:
        assert fragment in page.text, f"{fragment!r} is not shown as text on {b.id}"
    # Nothing the Markdown in the article asks for was made.
    assert not re.search(r"<h[1-6][^>]*>[^<]*Heading injected", page_html)
    assert "<strong>bold claims</strong>" not in page_html and "<em>quiet hopes</em>" not in page_html
    assert not [e for e in page.find("img") if "evil.example" in e.attrs.get("src", "") or e.attrs.get("src") == "x"]
    assert not [e for e in page.find("a") if "evil.example" in e.attrs.get("href", "")]
    assert "<td>cell a</td>" not in page_html
    # Jinja in article text is never evaluated: no config dump, no included template.
    assert "site_name" not in page.text.replace("{{ config.site_name }}", "")


@pytest.mark.parametrize("source", sorted(SHOWN))
def test_page_structure_survives(hostile_site, source):
    project, archive = hostile_site
    b = _briefing(archive, source)
    page_html = project.page(f"briefings/{b.id}")
    page = parse(page_html)
    # One <title>, in <head>, holding the title as plain text (no markup even after unescaping).
    assert len(page.title) == 1 and page.title_in_head, page.title
    assert page.title[0].endswith(" - Briefing Archive")
    assert "<" not in page.title[0] and "&lt;" not in page.title[0]
    # One <h1>: the briefing's title, as text.
    h1s = page.find("h1")
    assert len(h1s) == 1 and "ba-title" in h1s[0].attrs.get("class", ""), h1s
    h1_text = html.unescape(re.search(r'<h1 class="ba-title">(.*?)</h1>', page_html, re.S).group(1))
    assert h1_text == b.title
    # The header, the sidebar and its in-body copy, the evidence.
    assert page.find("dl", "ba-meta")
    assert len(page.with_class("ba-sidebar")) == 1
    assert len(page.with_class("ba-panel--inline")) == 1
    assert page.with_class("md-content")
    # The sidebar sits in Material's right column, not in the article.
    sidebar = page.with_class("ba-sidebar")[0]
    assert "article" not in sidebar.path


def test_curator_title_and_outlet_are_text(hostile_site, theme_scripts):
    project, archive = hostile_site
    b = _briefing(archive, "hostile-curator.txt")
    assert b.title == CURATOR_TITLE and b.outlet == CURATOR_OUTLET
    page = parse(project.page(f"briefings/{b.id}"))
    assert "{{ config }}" in page.title[0] and "{% include 'base.html' %}" in page.title[0]
    assert "‹/title›‹script›" in page.title[0]  # entities resolved, brackets defused
    # The outlet's own page and the outlet index show the outlet as text.
    outlets = parse(project.page("outlets"))
    assert CURATOR_OUTLET in outlets.text
    assert not dangers(outlets, theme_scripts=theme_scripts)


def test_search_index_holds_no_markup_from_articles(hostile_site):
    project, archive = hostile_site
    index = json.loads((project.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    for source in SHOWN:
        assert f"briefings/{_briefing(archive, source).id}/" in locations
    for doc in index["docs"]:
        for key in ("title", "text"):
            # Material's search UI inserts these as HTML: parse them as such.
            fragment = parse(doc.get(key) or "")
            assert not dangers(fragment, theme_scripts=set()), (doc["location"], key, doc[key][:300])
            assert not fragment.find("script") and not fragment.find("img") and not fragment.find("iframe")


def test_nav_and_generated_markdown(hostile_site):
    project, archive = hostile_site
    b = _briefing(archive, "hostile-curator.txt")
    home = project.site / "index.html"
    nav = re.search(r'<nav class="md-nav md-nav--primary[^"]*".*?</nav>', home.read_text(encoding="utf-8"), re.S).group(0)
    assert b.id not in nav
    # The generated Markdown's frontmatter holds the title as data.
    text = (project.root / "briefings" / f"{b.id}.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert "<" not in meta["title"] and "{{ config }}" in meta["title"]
    assert meta["outlet"] == CURATOR_OUTLET and meta["source"] == "hostile-curator.txt"


# ----------------------------------------------------------------- file names

ARTICLE = """\
BEIJING, July {day} (Wire) - U.S. climate envoy John Kerry met Chinese Foreign Minister Wang Yi in Beijing on Tuesday for talks on methane, coal and climate finance, officials said.

The two sides agreed to keep talking, according to a statement issued after the meeting, which lasted {hours} hours.
"""

NAMES = [
    "with spaces in the name.txt",
    "ünïcödé 名前 статья.txt",
    "a..b.txt",
    "...three dots.txt",
    ".leading-dot.txt",
    "k" * 240 + ".txt",
    "ж" * 120 + ".txt",  # 244 bytes
    "<img src=x onerror=alert(1)>.txt",
    "con.txt",
    "line\nbreak.txt",
    # Slug collisions: all of these would be "kerry-wang".
    "Kerry Wang.txt",
    "kerry-wang.txt",
    "KERRY_WANG.md",
    "kerry wang.TXT",
    "sub dir/kerry-wang.txt",
    "sub-dir-kerry-wang.txt",
    "sub dir/..escape.txt",
]
RAW_NAMES = [b"caf\xe9 latin-1 name.txt"]  # not UTF-8


def _snapshot(root: Path, skip: set[Path]) -> dict[str, tuple[int, int]]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d not in skip]
        for name in filenames:
            st = (here / name).lstat()
            out[os.fsdecode(here / name)] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def named_site(tmp_path_factory):
    outer = tmp_path_factory.mktemp("names")
    (outer / "canary.txt").write_text("outside the project", encoding="utf-8")
    project = make_project(outer / "project", SEEDS)
    for i, name in enumerate(NAMES):
        path = project.seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE.format(day=1 + i % 28, hours=2 + i), encoding="utf-8")
    for i, raw in enumerate(RAW_NAMES):
        with open(os.path.join(os.fsencode(project.seeds), raw), "wb") as handle:
            handle.write(ARTICLE.format(day=3, hours=30 + i).encode())
    before = _snapshot(outer, {project.site, project.root / "briefings"})
    config = project.build(strict=False)
    after = _snapshot(outer, {project.site, project.root / "briefings"})
    return project, config.plugins["briefings"].archive, before, after


def _accounted(archive) -> set[str]:
    return {b.source for b in archive.briefings} | {p.source for p in archive.problems}


def _hidden(name: str) -> bool:
    return any(part.startswith(".") for part in name.split("/"))


def test_every_oddly_named_file_is_accounted_for(named_site):
    project, archive, _, _ = named_site
    accounted = _accounted(archive)
    for name in NAMES + SEED_FILES:
        if _hidden(name):
            continue  # see test_hidden_files_are_reported
        shown = name.replace("\n", "\\u000a")
        assert name in accounted or shown in accounted, (name, sorted(accounted))
    latin = next(s for s in accounted if "latin-1 name" in s)
    assert "\\xe9" in latin  # the undecodable byte is named, not dropped


def test_hidden_files_are_reported(named_site):
    _, archive, _, _ = named_site
    accounted = _accounted(archive)
    assert [n for n in NAMES if _hidden(n) and n not in accounted] == []


def test_slugs_are_safe_and_unique(named_site):
    project, archive, _, _ = named_site
    ids = [b.id for b in archive.briefings]
    assert len(ids) == len(set(ids))
    for b in archive.briefings:
        assert re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?", b.id), b.id
        page = project.site / "briefings" / b.id / "index.html"
        assert page.is_file(), b.id
        # Each page names its own file: no two sources share a page.
        assert html.escape(b.source, quote=True) in page.read_text(encoding="utf-8"), b.source
    colliding = {"Kerry Wang.txt", "kerry-wang.txt", "KERRY_WANG.md", "kerry wang.TXT",
                 "sub dir/kerry-wang.txt", "sub-dir-kerry-wang.txt"}
    collide = [b for b in archive.briefings if b.source in colliding]
    assert len(collide) == len(colliding) and len({b.id for b in collide}) == len(collide)


def test_nothing_is_written_outside_the_site(named_site):
    project, archive, before, after = named_site
    assert before == after, set(before) ^ set(after)
    site = project.site.resolve()
    for path in project.site.rglob("*"):
        assert path.resolve().is_relative_to(site), path
    out = (project.root / "briefings").resolve()
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{b.id}.md" for b in archive.briefings)


def test_hostile_file_name_is_text(named_site, theme_scripts):
    project, archive, _, _ = named_site
    b = next(b for b in archive.briefings if b.source.startswith("<img"))
    page = parse(project.page(f"briefings/{b.id}"))
    assert not dangers(page, theme_scripts=theme_scripts)
    assert b.source in page.text


# ----------------------------------------------------------------- odd files

ZH = ("新华社北京7月18日电 国务院总理李强18日在北京人民大会堂会见美国总统气候问题特使克里。"
      "李强表示，中美两国在应对气候变化方面有着广泛的共同利益。克里表示，美方愿同中方加强沟通。")
RU = ("МОСКВА, 18 июля. Министр иностранных дел России Сергей Лавров провёл переговоры с главой МИД Китая "
      "Ван И в Москве. Стороны обсудили ситуацию на Украине и сотрудничество в ООН, сообщили в МИД.")
EN = ("BEIJING, July 18 (Wire) - U.S. climate envoy John Kerry met Chinese Premier Li Qiang in Beijing on "
      "Tuesday, officials said. The talks covered methane and coal. “We made progress,” Kerry said at the café.")


def _odd_files(folder: Path) -> dict[str, str]:
    """Write the odd files; return name -> what they are."""
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n   \r\n",
        "scan.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "no-sentence.txt": b"Home | World | Asia\nShare on X\nSubscribe\nMenu\n",
        "no-punctuation.txt": b"kerry wang yi beijing climate talks methane coal finance tuesday officials\n",
        "chinese.txt": ZH.encode("utf-8"),
        "russian.txt": RU.encode("utf-8"),
        "utf16.txt": codecs.BOM_UTF16_LE + EN.encode("utf-16-le"),
        "gb18030.txt": ZH.encode("gb18030"),
        "cp1252.txt": EN.encode("cp1252"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    # One 1 MB line, and a 20 MB file: made here, not stored in the repository.
    sentence = "Kerry and Wang Yi talked about methane, coal and finance in Beijing on Tuesday. "
    (folder / "one-line.txt").write_text((sentence * (1_000_000 // len(sentence) + 1))[:1_000_000], encoding="utf-8")
    paragraph = (EN + "\n\n").encode("utf-8")
    with open(folder / "huge.txt", "wb") as handle:
        for _ in range(20_000_000 // len(paragraph) + 1):
            handle.write(paragraph)
    return {name: name for name in [*files, "one-line.txt", "huge.txt"]}


@pytest.fixture(scope="module")
def odd_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("odd"), SEEDS)
    odd = _odd_files(project.seeds)
    config = project.build(strict=False)
    return project, config.plugins["briefings"].archive, odd


def test_odd_files_each_get_a_marked_briefing_or_a_message(odd_site):
    project, archive, odd = odd_site
    by_source = {b.source: b for b in archive.briefings}
    problems = {}
    for p in archive.problems:
        problems.setdefault(p.source, []).append(str(p))
    for name in odd:
        if name in by_source:
            b = by_source[name]
            if name not in ("chinese.txt", "russian.txt", "utf16.txt", "gb18030.txt", "cp1252.txt"):
                assert b.warnings, f"{name}: a briefing with no warning"
            page = project.site / "briefings" / b.id / "index.html"
            assert page.is_file(), name
        else:
            assert problems.get(name), f"{name}: neither a briefing nor a problem"
            assert all(name in message for message in problems[name])
    # Every seed still has its briefing: one bad file does not stop the archive.
    for seed in SEED_FILES:
        assert seed in by_source and (project.site / "briefings" / by_source[seed].id / "index.html").is_file()


def test_nothing_silently_dropped(odd_site):
    project, archive, odd = odd_site
    on_disk = {p.relative_to(project.seeds).as_posix() for p in project.seeds.rglob("*") if p.is_file()}
    assert on_disk - _accounted(archive) == set()


def test_what_each_odd_file_says(odd_site):
    project, archive, _ = odd_site
    by_source = {b.source: b for b in archive.briefings}
    messages = " | ".join(str(p) for p in archive.problems)
    assert "scan.png" not in by_source and re.search(r"scan\.png: [^|]*(binary|PNG)", messages)
    for name in ("empty.txt", "blank.txt"):
        text = " ".join(by_source[name].warnings) if name in by_source else messages
        assert "empty" in text, (name, text)
    huge = by_source["huge.txt"]
    assert any("too big" in w or "MB" in w for w in huge.warnings), huge.warnings
    body = lambda b: "\n".join(b.paragraphs)  # noqa: E731
    assert "会见" in body(by_source["chinese.txt"]) or "会见" in by_source["chinese.txt"].title
    assert "Лавров" in body(by_source["russian.txt"]) or "Лавров" in by_source["russian.txt"].title
    assert "会见" in body(by_source["gb18030.txt"]) or "会见" in by_source["gb18030.txt"].title
    for name in ("utf16.txt", "cp1252.txt"):
        text = body(by_source[name])
        assert "Kerry" in text and "café" in text and "“We made progress,”" in text, (name, text)
    for b in by_source.values():
        assert "\ufffd" not in body(b) + b.title, b.source
    # The pages render the text in its own script.
    zh_page = parse(project.page(f"briefings/{by_source['chinese.txt'].id}"))
    assert "克里" in zh_page.text


# ----------------------------------------------------------------- duplicates

def _reprint_of(text: str) -> str:
    """The same story as an aggregator runs it: other junk, another headline line, last paragraph cut."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = paragraphs[1:-1] if len(paragraphs) > 3 else paragraphs
    return ("Trending: Markets rally as oil slips below $80\n\nHome > World > Asia\n\n"
            "Climate envoy's China visit: what was said\n\n" + "\n\n".join(body)
            + "\n\n(This story was auto-generated from a syndicated feed.)\n\n"
            "Subscribe to our newsletter | Share on WhatsApp | © 2023 Other Daily. All rights reserved.\n")


@pytest.fixture(scope="module")
def copies_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("copies")
    project = make_project(root, SEEDS)
    for name in ("reuters_blinken_wang_xi_2024.txt", "reprint_blinken_wang_xi_2024.txt"):
        shutil.copy(FIXTURES / "articles" / name, project.seeds / name)
    seed = (SEEDS / "001_ed1d0242aaef3209.txt").read_text(encoding="utf-8")
    (project.seeds / "zz-reprint-of-001.txt").write_text(_reprint_of(seed), encoding="utf-8")
    config = project.build(strict=False)
    return project, config.plugins["briefings"].archive


@pytest.mark.parametrize("pair", [
    ("reuters_blinken_wang_xi_2024.txt", "reprint_blinken_wang_xi_2024.txt"),
    ("001_ed1d0242aaef3209.txt", "zz-reprint-of-001.txt"),
])
def test_reprints_are_kept_and_marked_as_copies(copies_site, pair):
    project, archive = copies_site
    by_source = {b.source: b for b in archive.briefings}
    a, b = by_source[pair[0]], by_source[pair[1]]
    assert a.id != b.id
    assert b.id in a.copies and a.id in b.copies
    for this, other in ((a, b), (b, a)):
        page = project.page(f"briefings/{this.id}")
        header = re.search(r'<dl class="ba-meta">(.*?)</dl>', page, re.S).group(1)
        assert "<dt>Copies</dt>" in header
        assert f"{other.id}/" in header


def test_different_reports_of_one_meeting_are_not_copies(copies_site):
    _, archive = copies_site
    for b in archive.briefings:
        if b.source in SEED_FILES and b.source != "001_ed1d0242aaef3209.txt":
            assert not b.copies, (b.source, b.copies)
