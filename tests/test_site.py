"""The real site, built from a real MkDocs config: what a reader gets."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import SEEDS, make_project

SEED_FILES = sorted(p.name for p in SEEDS.iterdir())


def test_one_page_per_seed_with_its_title(seed_site, seed_archive):
    pages = sorted((seed_site.site / "briefings").glob("*/index.html"))
    assert len(pages) == len(SEED_FILES) == len(seed_archive.briefings)
    for briefing in seed_archive.briefings:
        html = seed_site.page(f"briefings/{briefing.id}")
        h1 = re.search(r'<h1 class="ba-title">(.*?)</h1>', html).group(1)
        assert h1 == briefing.title.replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;")
        assert 5 <= len(briefing.title.split()) <= 25, briefing.title


def test_real_headlines_become_titles(seed_archive):
    titles = {b.source: b.title for b in seed_archive.briefings}
    # Seed 000 has a real headline under a junk line; seed 001's is the last breadcrumb.
    assert titles["000_d4acc7fcd3ad9e00.txt"].startswith("US Climate Envoy John Kerry Vows")
    assert titles["001_ed1d0242aaef3209.txt"] == (
        "China and US Leaders Discuss Climate Cooperation in Meeting Between Wang Yi and John Kerry")
    # Seed 002's first line is an unrelated headline from another section: never the title.
    assert "bus" not in titles["002_7d68b0ed33882c99.txt"].lower()


def test_metadata_header_shows_frontmatter(seed_site, seed_archive):
    briefing = next(b for b in seed_archive.briefings if b.source.startswith("001_"))
    html = seed_site.page(f"briefings/{briefing.id}")
    header = re.search(r'<dl class="ba-meta">(.*?)</dl>', html, re.S).group(1)
    assert "Published" in header and "18 July 2023" in header
    assert "001_ed1d0242aaef3209.txt" in header
    assert "Wang Yi" in header and "John Kerry" in header


def test_briefing_text_is_in_the_search_index(seed_site):
    index = json.loads((seed_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    for phrase in ("oasis", "daunting challenge", "second-ranking official", "Noting the United States and China"):
        assert phrase in text, phrase


def test_index_pages_link_every_briefing(seed_site, seed_archive):
    for index in ("briefings", "outlets"):
        html = seed_site.page(index)
        for briefing in seed_archive.briefings:
            assert f'href="../briefings/{briefing.id}/"' in html or f'href="{briefing.id}/"' in html, (index, briefing.id)


def _nav_links(html: str) -> list[str]:
    """hrefs of the theme's navigation links (tabs and sidebar)."""
    return re.findall(r'<a href="([^"]*)"[^>]*class="md-(?:nav|tabs)__link', html)


def test_briefings_stay_out_of_the_nav(seed_site, seed_archive):
    briefing = seed_archive.briefings[0]
    for page in ("briefings", f"briefings/{briefing.id}"):
        links = _nav_links(seed_site.page(page))
        assert len(links) >= 6, links  # the six index pages are there...
        assert not [link for link in links if any(b.id in link for b in seed_archive.briefings)]  # ...no briefing


def test_generated_markdown_is_deterministic(tmp_path):
    first = make_project(tmp_path / "a", SEEDS, output="../out-a")
    second = make_project(tmp_path / "b", SEEDS, output="../out-b")
    first.build()
    second.build()
    a = {p.name: p.read_bytes() for p in (tmp_path / "out-a").glob("*.md")}
    b = {p.name: p.read_bytes() for p in (tmp_path / "out-b").glob("*.md")}
    assert len(a) == len(SEED_FILES) and a == b
    # The whole built site too, sitemap included: no clock in any file.
    files_a = {p.relative_to(first.site): p.read_bytes() for p in first.site.rglob("*") if p.is_file()}
    files_b = {p.relative_to(second.site): p.read_bytes() for p in second.site.rglob("*") if p.is_file()}
    assert files_a == files_b


def test_a_second_build_with_the_cache_extracts_and_renders_nothing_again(tmp_path, monkeypatch):
    from briefing_archive.render.page import GeneratedPage

    project = make_project(tmp_path / "p", SEEDS, output="../out", cache=".cache/briefings")
    project.build()
    out = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.md")}
    site = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    assert len(list((tmp_path / "p" / ".cache" / "briefings").glob("*/*.pickle"))) == len(SEED_FILES)
    rendered: list[str] = []
    original = GeneratedPage.markdown
    monkeypatch.setattr(GeneratedPage, "markdown", lambda self: rendered.append(self.meta["title"]) or original(self))
    project.build()  # a new plugin object: only the files under .cache carry over
    assert rendered == []  # briefings/ was up to date: no briefing rendered to Markdown again
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.md")} == out
    assert {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()} == site


def test_curator_frontmatter_wins_and_survives_rebuilds(tmp_path):
    project = make_project(tmp_path / "p", SEEDS)
    seed = project.seeds / "003_3a7bb6743091d24e.txt"
    seed.write_text("---\noutlet: Example Wire\ntitle: Kerry presses China on climate\n---\n"
                    + seed.read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):
        project.build()
        html = next(project.site.glob("briefings/003*/index.html")).read_text(encoding="utf-8")
        assert '<h1 class="ba-title">Kerry presses China on climate</h1>' in html
        assert "Example Wire" in html


def test_a_dirty_rebuild_builds_only_the_pages_whose_data_changed(tmp_path):
    """`mkdocs serve --dirty`: after one edit, the untouched briefings' pages are not written again."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = make_project(tmp_path / "p", SEEDS)
    config = load_config(str(project.config_file))
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
    pages = {p: p.stat().st_mtime_ns for p in project.site.glob("briefings/*/index.html")}
    edited = sorted(project.seeds.iterdir())[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks ended with a joint dinner.\n", encoding="utf-8")
    config = load_config(str(project.config_file))  # serve reloads the config, keeps the plugin objects
    build(config, dirty=True)
    config.plugins.on_shutdown()
    rewritten = sorted(p.parent.name for p, mtime in pages.items() if p.stat().st_mtime_ns != mtime)
    assert len(rewritten) == 1, rewritten  # only the edited briefing's page
    assert "joint dinner" in next(p for p in pages if p.parent.name == rewritten[0]).read_text(encoding="utf-8")


def test_pages_out_of_the_nav_share_one_rendering_of_the_theme_chrome(tmp_path, monkeypatch):
    """The memo of nav, tabs, header tools and app config (overrides/) changes no byte of any page."""
    from briefing_archive.mkdocs_plugin.plugin import BriefingsPlugin

    shared = make_project(tmp_path / "shared", SEEDS)
    config = shared.build()
    plugin = config.plugins["briefings"]
    assert set(plugin.chrome) == {"briefings", "meetings", "people", "outlets"}  # briefings/<id>/ ...
    assert all(set(memo) == {"nav", "tabs", "config", "header_tools"} for memo in plugin.chrome.values())
    assert 'href="../" class="md-tabs__link"' in plugin.chrome["people"]["tabs"]  # to people/, from people/<slug>/

    class Everything(set):
        def __contains__(self, item) -> bool:
            return True

    original = BriefingsPlugin.on_nav

    def no_sharing(self, nav, **kwargs):
        nav = original(self, nav, **kwargs)
        self.in_nav = Everything()  # as if every page were in the nav: each renders its own
        return nav

    monkeypatch.setattr(BriefingsPlugin, "on_nav", no_sharing)
    alone = make_project(tmp_path / "alone", SEEDS)
    assert alone.build().plugins["briefings"].chrome == {}
    pages = {p.relative_to(shared.site): p.read_bytes() for p in shared.site.rglob("*.html")}
    assert len(pages) > 20
    assert pages == {p.relative_to(alone.site): p.read_bytes() for p in alone.site.rglob("*.html")}


def test_what_material_search_is_spared_changes_no_byte_of_its_index_or_the_pages(tmp_path, monkeypatch):
    """Holding blocks from Material's search (and giving it a header's words only) is a shortcut, not a change."""
    from briefing_archive.mkdocs_plugin.plugin import BriefingsPlugin

    articles = sorted((SEEDS.parent / "tests" / "fixtures" / "articles").iterdir()) + sorted(SEEDS.iterdir())
    spared = make_project(tmp_path / "spared", [p for p in articles if p.is_file()])
    spared.build(strict=False)
    monkeypatch.setattr(BriefingsPlugin, "_material_search_runs_first", lambda self, config: False)
    parsed = make_project(tmp_path / "parsed", [p for p in articles if p.is_file()])
    parsed.build(strict=False)
    index = (spared.site / "search" / "search_index.json").read_bytes()
    assert index.count(b'"location"') > 100
    assert index == (parsed.site / "search" / "search_index.json").read_bytes()
    pages = {p.relative_to(spared.site): p.read_bytes() for p in spared.site.rglob("*.html")}
    assert pages == {p.relative_to(parsed.site): p.read_bytes() for p in parsed.site.rglob("*.html")}
