"""Search answers what readers ask: Material's index (default) and Pagefind (`search: pagefind`)."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import SEEDS, make_project

# Material's English tokenizer: its separator (partials/languages/en.html), tags as
# boundaries (its worker tokenizes text between tags), lunr's trimmer and lowercasing.
_SEPARATOR = re.compile(r"[\s\-]+")
_TAG = re.compile(r"<[^>]+>")


def tokens(text: str) -> set[str]:
    words = (re.sub(r"^\W+|\W+$", "", w).casefold() for w in _SEPARATOR.split(_TAG.sub(" ", text)))
    return {w for w in words if w}


def material_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def lunr_search(docs: list[dict], query: str) -> list[dict]:
    """Entries holding every word of the query (in title or text), as Material ranks them first."""
    wanted = tokens(query)
    return [d for d in docs if wanted <= tokens(d["title"]) | tokens(d["text"])]


def briefing_of(location: str) -> str | None:
    match = re.fullmatch(r"briefings/([^/#]+)/(#.*)?", location)
    return match.group(1) if match else None


# ------------------------------------------------------------------ Material (the default)


def test_a_person_query_finds_every_briefing_naming_them(seed_site, seed_archive):
    docs = material_index(seed_site.site)
    people = Counter(p.name for b in seed_archive.briefings for p in b.people)
    assert people, "the seeds name nobody?"
    for name in people:
        expected = {b.id for b in seed_archive.briefings if name in {p.name for p in b.people}}
        found = {briefing_of(d["location"]) for d in lunr_search(docs, name)} - {None}
        assert expected <= found, (name, expected - found)


def test_outlet_people_and_meetings_are_in_the_briefing_entry(seed_site, seed_archive):
    docs = {d["location"]: d for d in material_index(seed_site.site)}
    for b in seed_archive.briefings:
        entry = docs[f"briefings/{b.id}/"]
        words = tokens(entry["text"])
        assert tokens(b.outlet or "Outlet unknown") <= words, b.id
        for person in b.people:
            assert tokens(person.name) <= words, (b.id, person.name)
        for mid in b.meetings:
            assert tokens(seed_archive.meetings_by_id[mid].title) <= words, (b.id, mid)


def test_a_result_shows_title_outlet_and_date(seed_site, seed_archive):
    """Material shows the entry's title and the start of its text: outlet and date come first."""
    from briefing_archive.render.text import human_date, plain_title

    docs = {d["location"]: d for d in material_index(seed_site.site)}
    for b in seed_archive.briefings:
        entry = docs[f"briefings/{b.id}/"]
        assert entry["title"] == plain_title(b.title)
        outlet = b.outlet or "unknown"
        assert entry["text"].startswith(f"Outlet {outlet} Published {human_date(b.published)}"), entry["text"][:120]


def test_junk_and_lists_stay_out_of_the_index(seed_site, seed_archive):
    docs = material_index(seed_site.site)
    assert not [d for d in docs if d["location"].split("#")[0] in
                ("briefings/", "meetings/", "people/", "outlets/", "discrepancies/")], "index pages are lists, not results"
    for b in seed_archive.briefings:
        text = " ".join(d["text"] for d in docs if briefing_of(d["location"]) == b.id)
        body = " ".join(b.paragraphs)
        for removed in b.removed:
            line = " ".join(removed.text.split())
            if len(line) > 15 and line not in body and line not in " ".join(b.title.split()):
                assert line not in text, (b.id, line)


# ------------------------------------------------------------------ unit: what search sees


def test_header_words_do_not_run_together():
    from briefing_archive.search import PAGEFIND, searchable

    html = ('<h1 class="ba-title">T</h1>\n<dl class="ba-meta"><dt>Outlet</dt><dd><a href="x">AP</a></dd>\n'
            '<dt>People</dt><dd>Wang Yi</dd></dl><details class="ba-removed"><summary>1 line</summary></details>')
    material = searchable(html, "briefing")
    assert "<dt>Outlet</dt> <dd>" in material and "<dt>People</dt> <dd>" in material
    assert '<h1 class="ba-title" data-search-exclude="true">' in material
    assert '<details class="ba-removed" data-search-exclude="true">' in material
    pagefind = searchable(html, "briefing", PAGEFIND)
    assert '<details class="ba-removed" data-pagefind-ignore>' in pagefind and "data-search-exclude" not in pagefind
    assert searchable(html, "page") == html  # the user's own pages are left alone


def test_pagefind_fields_from_frontmatter():
    from datetime import date

    from briefing_archive.search import pagefind_body

    meta = {"outlet": "Reuters", "published": date(2023, 7, 18),
            "people": [{"name": n} for n in ("John Kerry", "Wang Yi", "Li Qiang", "Xie Zhenhua", "Joe Biden")]}
    html = pagefind_body("<p>x</p>", "briefing", meta, "T")
    assert html.startswith('<div class="ba-search-body" data-pagefind-body><div hidden data-pagefind-ignore>')
    for part in ('data-pagefind-filter="outlet">Reuters<', 'data-pagefind-meta="date">18 July 2023<',
                 'data-pagefind-meta="outlet">Reuters<',
                 'data-pagefind-meta="people">John Kerry, Wang Yi, Li Qiang, Xie Zhenhua and 1 more<'):
        assert part in html, part
    # One filter only: the UI downloads every filter on first use (search.py explains the sizes).
    assert html.count("data-pagefind-filter=") == 1 and "data-pagefind-sort" not in html
    assert pagefind_body("<p>x</p>", None, {}, "Index") == "<p>x</p>"  # index pages: not indexed
    unknown = pagefind_body("<p>x</p>", "briefing", {"outlet": None, "published": None}, "T")
    assert 'data-pagefind-meta="outlet">unknown<' in unknown and 'data-pagefind-filter="outlet">Outlet unknown<' in unknown
    assert "date" not in unknown


# ------------------------------------------------------------------ Pagefind


def _pagefind_project(root: Path, keep_material: bool = False):
    project = make_project(root, SEEDS, search="pagefind")
    config = yaml.safe_load(project.config_file.read_text(encoding="utf-8"))
    if not keep_material:
        config["plugins"] = [p for p in config["plugins"] if p != "search"]
    project.config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory):
    pytest.importorskip("pagefind_bin", reason="pagefind[bin] is not installed (pip install -e '.[pagefind]')")
    project = _pagefind_project(tmp_path_factory.mktemp("pagefind") / "p")
    project.build(strict=True)
    return project


@pytest.mark.slow
def test_pagefind_build_writes_an_index_of_the_content_only(pagefind_site, seed_archive):
    from briefing_archive.search import read_pf

    bundle = pagefind_site.site / "pagefind"
    for name in ("pagefind-entry.json", "pagefind.js", "pagefind-ui.js", "pagefind-ui.css"):
        assert (bundle / name).is_file(), name
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language = next(iter(entry["languages"].values()))
    meta = read_pf(bundle / f"pagefind.{language['hash']}.pf_meta")
    pages = meta[1]
    indexed = sum(1 for p in pagefind_site.site.rglob("index.html") if "data-pagefind-body" in p.read_text(encoding="utf-8"))
    assert len(pages) == indexed == language["page_count"]
    assert indexed >= len(seed_archive.briefings) + len(seed_archive.meetings)
    assert not (pagefind_site.site / "search" / "search_index.json").exists()  # Material's index is gone
    # Filters a reader can narrow by, with every briefing under one outlet (or "Outlet unknown").
    filters = {name: dict(read_pf(bundle / "filter" / f"{chunk}.pf_filter")[1]) for name, chunk in meta[3]}
    assert set(filters) == {"outlet"}  # the one filter (see search.pagefind_fields)
    assert sum(len(v) for v in filters["outlet"].values()) == len(seed_archive.briefings)
    # Fragments hold the article text with outlet/date/people meta, not the removed junk.
    fragments = [read_pf_fragment(p) for p in (bundle / "fragment").iterdir()]
    briefings = [f for f in fragments if "outlet" in f["filters"]]
    assert len(briefings) == len(seed_archive.briefings)
    for fragment in briefings:
        assert {"title", "outlet"} <= set(fragment["meta"])
        b = next(b for b in seed_archive.briefings if fragment["url"].rstrip("/").endswith(b.id))
        assert fragment["meta"]["title"] == b.title or fragment["meta"]["title"].startswith(b.title[:40])
        body = " ".join(b.paragraphs)
        for removed in b.removed:
            line = " ".join(removed.text.split())
            if len(line) > 15 and line not in body and line not in b.title:
                assert line not in fragment["content"], (b.id, line)
        assert "Skip to content" not in fragment["content"]  # theme chrome stays out


def read_pf_fragment(path: Path) -> dict:
    import gzip

    data = gzip.decompress(path.read_bytes())
    return json.loads(data[len(b"pagefind_dcd"):])


@pytest.mark.slow
def test_pagefind_finds_a_person_and_downloads_little(pagefind_site, seed_archive):
    from briefing_archive.search import pagefind_download

    people = Counter(p.name for b in seed_archive.briefings for p in b.people)
    name, count = people.most_common(1)[0]
    down = pagefind_download(pagefind_site.site, name)
    assert down.results >= count  # every briefing naming them (and their meetings, their page)
    assert any(path.startswith("pagefind/fragment/") for path in down.files)
    assert down.total < 300 * 1024


@pytest.mark.slow
def test_pages_load_pagefind_ui_instead_of_materials(pagefind_site, seed_archive):
    for url in ("", "briefings", f"briefings/{seed_archive.briefings[0].id}", "people"):
        page_dir = pagefind_site.site / url
        html = (page_dir / "index.html").read_text(encoding="utf-8")
        match = re.search(r'<div class="ba-pagefind" data-ba-pagefind data-bundle="([^"]+)"', html)
        assert match, url
        bundle = (page_dir / match.group(1)).resolve()
        assert (bundle / "pagefind-ui.js").is_file() and (bundle / "pagefind-ui.css").is_file(), (url, bundle)
        assert '"pagefind-ui.js"' in html and "new PagefindUI(" in html
        assert 'class="md-search"' not in html and 'name="search"' not in html  # Material's box (and index fetch) gone
    assert "data-pagefind-body" not in (pagefind_site.site / "briefings" / "index.html").read_text(encoding="utf-8")


def test_material_search_left_listed_with_pagefind_is_named_in_a_warning(tmp_path, caplog):
    pytest.importorskip("pagefind_bin")
    project = _pagefind_project(tmp_path / "p", keep_material=True)
    with caplog.at_level("WARNING", logger="mkdocs"):
        from mkdocs.config import load_config

        config = load_config(str(project.config_file))
        config.plugins.on_startup(command="build", dirty=False)
        config.plugins.run_event("config", config)
    messages = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("search: pagefind" in m and "Remove the `- search` line" in m for m in messages), messages


def test_pagefind_without_its_binary_fails_with_the_fix(monkeypatch):
    import briefing_archive.search as search
    from mkdocs.exceptions import PluginError

    monkeypatch.setitem(__import__("sys").modules, "pagefind_bin", None)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(PluginError, match=r"pip install 'pagefind\[bin\]'"):
        search.executable()


@pytest.mark.browser
@pytest.mark.slow
def test_pagefind_ui_answers_a_query_in_a_browser(pagefind_site, seed_archive):
    """Headless Chromium: open the panel, type a person's name, see results with outlet and date."""
    import socket
    import subprocess
    import sys
    import time

    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("no /usr/bin/chromium (scripts/install_browser.py installs it)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "-b", "127.0.0.1", "-d", str(pagefind_site.site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    name = Counter(p.name for b in seed_archive.briefings for p in b.people).most_common(1)[0][0]
    outlets = Counter(b.outlet for b in seed_archive.briefings if b.outlet).most_common(1)
    found: dict[str, list[str]] = {}
    try:
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            for _ in range(50):
                try:
                    page.goto(f"http://127.0.0.1:{port}/briefings/")
                    break
                except Exception:
                    time.sleep(0.1)
            page.click(".ba-pagefind__open")
            page.wait_for_selector(".pagefind-ui__search-input", timeout=15000)
            for query in [name] + [o for o, _ in outlets]:
                page.fill(".pagefind-ui__search-input", query)
                page.wait_for_function(
                    """q => {
                        const message = document.querySelector('.pagefind-ui__message');
                        const results = document.querySelectorAll('.pagefind-ui__result');
                        return message && message.textContent.includes(q) && /result/.test(message.textContent)
                            && results.length > 0 && !document.querySelector('.pagefind-ui__loading')
                            && [...results].every(r => r.querySelector('.pagefind-ui__result-title'));
                    }""", arg=query, timeout=15000)
                found[query] = [r.inner_text() for r in page.query_selector_all(".pagefind-ui__result")]
            browser.close()
    finally:
        server.terminate()
    assert not errors, errors
    assert found[name] and any(name.split()[-1] in r for r in found[name])
    for outlet, _ in outlets:  # a briefing result shows its outlet (and date when known) under the title
        assert any(f"Outlet: {outlet}" in r for r in found[outlet]), found[outlet]
