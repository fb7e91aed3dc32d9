"""The built site in a real browser: headless Chromium (Debian's) driven by Playwright.

The seed site plus one hostile article is built into a temporary folder and
served on 127.0.0.1. Checked: the discrepancy sidebar shows in Material's right
column on a wide screen and moves into the page body on a phone; Material's
search finds a briefing by a person's name; no script from the article runs.

``make test`` installs Debian's ``chromium`` first (scripts/install_browser.py);
where that is impossible (not root, no apt) these tests skip and say why.
Set BRIEFINGS_SCREENSHOTS=DIR to keep screenshots there (default: the test's tmp dir).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections import Counter
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import SEEDS, make_project

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MARKER = "zanzibarquux"  # a word only the hostile article has, to pull it into search results

HOSTILE = f"""\
---
title: "Kerry <script>window.__pwned = 'title'; alert('title')</script> &lt;script&gt;alert(1)&lt;/script&gt;"
outlet: "<img src=x onerror=\\"window.__pwned = 'outlet'; alert('outlet')\\"> Wire"
published: 2023-07-19
---
BEIJING, July 18 (Wire) - U.S. climate envoy John Kerry met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, a {MARKER} meeting <script>window.__pwned = 'body'; alert('body')</script> both sides called candid.

Officials said the talks ran for four hours <img src=x onerror="window.__pwned = 'img'; alert('img')"> and covered {MARKER} methane and coal.

Kerry said to read more at [click](javascript:window.__pwned='link';alert('link')) and <svg onload="window.__pwned = 'svg'; alert('svg')"></svg> nothing else.

<div onclick="alert('div')"><iframe src="javascript:alert('iframe')"></iframe></div>
"""


def _why_no_browser() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (it is in the `test` extra: pip install -e '.[test]')"
    if os.environ.get("BRIEFINGS_NO_BROWSER"):
        return "BRIEFINGS_NO_BROWSER is set"
    if not CHROMIUM.exists():
        how = "not root" if hasattr(os, "geteuid") and os.geteuid() != 0 else (
            "no apt-get" if not shutil.which("apt-get") else "apt-get failed (see scripts/install_browser.py output)")
        return (f"no Debian chromium at {CHROMIUM} ({how}); `make test` installs it with apt-get when run as root "
                "via scripts/install_browser.py")
    return None


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    reason = _why_no_browser()
    if reason:
        pytest.skip(reason)
    project = make_project(tmp_path_factory.mktemp("browser"), SEEDS)
    (project.seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    config = project.build(strict=False)
    archive = config.plugins["briefings"].archive
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(project.site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", archive, project
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def chromium():
    """One Chromium for the module (Playwright's sync API allows one instance at a time)."""
    reason = _why_no_browser()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def browser(served, chromium):
    return chromium


def _pages(browser, default_width: int | None = None):
    """A page opener for a fixture: fresh pages (empty cache) that record dialogs, requests and
    script errors and set a tripwire flag; their contexts close when the test ends."""
    contexts = []

    def _open(width: int | None = default_width, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.dialogs, page.requested, page.errors = [], [], []

        def on_dialog(dialog):
            page.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("request", lambda r: page.requested.append(r.url))
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.add_init_script("window.__pwned = 0;")
        return page

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def open_page(browser):
    """open_page(width) -> a fresh page that records dialogs and sets a tripwire flag."""
    yield from _pages(browser)


def _briefing(archive, source):
    return next(b for b in archive.briefings if b.source == source)


def _sample_briefing(archive):
    """A briefing from the seeds, the one with most discrepancies."""
    from conftest import SEEDS as seeds

    names = {p.name for p in seeds.iterdir()}
    candidates = [b for b in archive.briefings if b.source in names]
    count = {b.id: sum(1 for d in archive.discrepancies if b.id in d.briefings) for b in candidates}
    return max(candidates, key=lambda b: (count[b.id], -candidates.index(b)))


def _screenshot_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("BRIEFINGS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_sidebar_in_right_column_on_a_wide_screen(served, open_page, tmp_path):
    base, archive, _ = served
    b = _sample_briefing(archive)
    page = open_page(1280)
    page.goto(base + b.url)
    sidebar = page.locator(".ba-sidebar")
    assert sidebar.count() == 1 and sidebar.is_visible()
    assert not page.locator(".ba-panel--inline").is_visible()
    # In the right column: to the right of the article text, inside Material's secondary sidebar.
    article = page.locator("article.md-content__inner").bounding_box()
    box = sidebar.bounding_box()
    assert box["x"] >= article["x"] + article["width"] - 1, (box, article)
    assert page.locator(".md-sidebar--secondary .ba-sidebar").count() == 1
    assert page.locator(".ba-sidebar .ba-panel__title").first.is_visible()
    page.screenshot(path=str(_screenshot_dir(tmp_path) / "briefing-1280.png"), full_page=False)
    assert page.dialogs == []


def test_panel_moves_into_the_body_on_a_phone(served, open_page, tmp_path):
    base, archive, _ = served
    b = _sample_briefing(archive)
    page = open_page(400, 800)
    page.goto(base + b.url)
    inline = page.locator(".ba-panel--inline")
    assert inline.count() == 1
    inline.scroll_into_view_if_needed()
    assert inline.is_visible()
    assert not page.locator(".ba-sidebar").is_visible()
    box = inline.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 400 + 1, box  # no sideways scrolling
    page.screenshot(path=str(_screenshot_dir(tmp_path) / "briefing-400.png"), full_page=False)


def _search(page, base: str, query: str) -> list[str]:
    page.goto(base)
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # on a phone the search box opens from a button in the header
        page.locator("label[for='__search']:visible").first.click()
    box.click()
    # Wait for the search worker to load the index, then type as a reader does (key events).
    page.wait_for_function("""() => {
        const meta = document.querySelector('.md-search-result__meta');
        return meta && meta.textContent.trim() && !/initiali/i.test(meta.textContent);
    }""", timeout=20_000)
    box.press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    links = page.locator(".md-search-result__link")
    return [urlparse(links.nth(i).get_attribute("href") or "").path for i in range(links.count())]


def test_search_finds_a_briefing_by_a_persons_name(served, open_page):
    base, archive, _ = served
    named: dict[str, set[str]] = {}
    for b in archive.briefings:
        for p in b.people:
            named.setdefault(p.name, set()).add(b.id)
    # The rarest two-word name: a search that has to find the right page, not every page.
    name = min((n for n in named if len(n.split()) >= 2), key=lambda n: (len(named[n]), n))
    page = open_page(1280)
    hrefs = _search(page, base, name)
    hits = {path.strip("/").split("/")[1] for path in hrefs if path.strip("/").startswith("briefings/")
            and len(path.strip("/").split("/")) >= 2}
    assert hits & named[name], (name, hrefs)
    assert page.dialogs == []


def test_no_script_from_an_article_runs(served, open_page):
    base, archive, _ = served
    hostile = _briefing(archive, "hostile.txt")
    outlet_pages = [p for p in (served[2].site / "outlets").glob("*/index.html")]
    urls = [base + hostile.url, base, base + "briefings/", base + "outlets/", base + "people/",
            base + "meetings/", base + "discrepancies/"]
    urls += [base + p.relative_to(served[2].site).parent.as_posix() + "/" for p in outlet_pages]
    page = open_page(1280)
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
        flags = page.evaluate("""() => ({
            pwned: window.__pwned,
            jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
            frames: document.querySelectorAll('iframe, object, embed').length,
        })""")
        assert flags == {"pwned": 0, "jsLinks": 0, "handlers": 0, "frames": 0}, (url, flags)
    # The article's text is on its page as text.
    page.goto(base + hostile.url)
    body = page.locator("article").inner_text()
    assert "<script>window.__pwned = 'body'; alert('body')</script>" in body
    assert "[click](javascript:window.__pwned='link';alert('link'))" in body
    title = page.title()
    assert "<" not in title and title.endswith(" - Briefing Archive")
    # Search results render the article's text: still nothing runs.
    hrefs = _search(page, base, MARKER)
    assert any(hostile.id in h for h in hrefs), hrefs
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") == 0
    assert page.dialogs == [], page.dialogs
    assert json.dumps(page.dialogs) == "[]"


# ------------------------------------------------------------------ Pagefind (`search: pagefind`)
#
# The same seeds and hostile article, built with Pagefind and served from a sub-directory
# (/archive/), with use_directory_urls on and off. The search box is
# site_src/overrides/partials/search-pagefind.html and site_src/javascripts/pagefind-search.js.

SEARCH_STARTED = ("/pagefind/", "/javascripts/pagefind-search.js")


@pytest.fixture(scope="module", params=[True, False], ids=["directory-urls", "html-urls"])
def pagefind_served(request, tmp_path_factory):
    reason = _why_no_browser()
    if reason:
        pytest.skip(reason)
    pytest.importorskip("pagefind_bin", reason="pagefind[bin] is not installed (pip install -e '.[pagefind]')")
    import yaml

    project = make_project(tmp_path_factory.mktemp("pagefind"), SEEDS, search="pagefind")
    (project.seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    config = yaml.safe_load(project.config_file.read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if p != "search"]
    config["use_directory_urls"] = request.param
    project.config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        if not request.param:
            # This variant's bundle is made as a big site's is: Pagefind in several runs (three
            # pages each), merged (search/merge.py); the tests below search it in Chromium.
            from briefing_archive.search import pagefind

            patch.setattr(pagefind, "SHARD_PAGES", 3)
        config = project.build(strict=False)
    archive = config.plugins["briefings"].archive
    if not request.param:
        assert config.plugins["briefings"].search.last.runs > 1
    www = project.root / "www"
    www.mkdir()
    (www / "archive").symlink_to(project.site, target_is_directory=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(www)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def url(b) -> str:  # a briefing's address under /archive/
        return f"briefings/{b.id}/" if request.param else f"briefings/{b.id}.html"

    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/archive/", archive, url
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def pagefind_browser(pagefind_served, chromium):
    return chromium


@pytest.fixture
def pagefind_page(pagefind_browser):
    """pagefind_page(width) -> a fresh page (empty cache) recording requests, dialogs and errors."""
    yield from _pages(pagefind_browser, default_width=1280)


def _pagefind_results(page) -> list[dict]:
    """The rendered results: title, facts ("Outlet · date"), people, excerpt and link of each."""
    page.wait_for_function("""() => {
        const status = document.querySelector('.ba-search__status');
        return status && /results? for|No results/.test(status.textContent)
            && (document.querySelector('.ba-search__result') || /No results/.test(status.textContent));
    }""", timeout=20_000)
    return page.evaluate("""() => [...document.querySelectorAll('.ba-search__result')].map(r => {
        const text = (sel) => { const el = r.querySelector(sel); return el ? el.textContent : null; };
        return {title: text('.ba-search__title'), facts: text('.ba-search__facts'), people: text('.ba-search__people'),
                excerpt: text('.ba-search__excerpt'), href: r.querySelector('a').href,
                marks: [...r.querySelectorAll('mark')].map(m => m.textContent)};
    })""")


def _started(page) -> list[str]:
    return [u for u in page.requested if any(part in u for part in SEARCH_STARTED)]


def test_pagefind_loads_nothing_until_the_box_is_focused(pagefind_served, pagefind_page):
    base, archive, url = pagefind_served
    page = pagefind_page()
    page.goto(base + url(_sample_briefing(archive)))
    page.wait_for_load_state("networkidle")
    page.mouse.move(200, 300)
    page.keyboard.press("ArrowDown")  # scrolling is not searching
    page.wait_for_load_state("networkidle")
    assert page.locator(".ba-search__input").is_visible()
    assert _started(page) == [], _started(page)
    with page.expect_response(lambda r: r.url.endswith(".pf_meta")) as meta:
        page.click(".ba-search__input")
    assert meta.value.ok
    started = _started(page)
    assert any(u.endswith("/javascripts/pagefind-search.js") for u in started)
    assert any(u.endswith("/pagefind/pagefind.js") for u in started)
    # Only what a query needs: not Pagefind's default UI, its worker or any filter.
    assert not [u for u in started if "pagefind-ui" in u or "worker" in u or "/filter/" in u], started
    assert all(u.startswith(base) for u in started), started  # under the site's sub-directory
    assert page.errors == []


def test_pagefind_finds_a_briefing_by_a_persons_name(pagefind_served, pagefind_page):
    from briefing_archive.render.text import human_date

    base, archive, url = pagefind_served
    named: dict[str, set[str]] = {}
    for b in archive.briefings:
        for p in b.people:
            named.setdefault(p.name, set()).add(b.id)
    name = min((n for n in named if len(n.split()) >= 2), key=lambda n: (len(named[n]), n))
    page = pagefind_page()
    page.goto(base + "briefings/" + ("" if url(archive.briefings[0]).endswith("/") else "index.html"))
    page.locator(".ba-search__input").press_sequentially(name, delay=20)
    results = _pagefind_results(page)
    by_href = {r["href"]: r for r in results}
    found = [b for b in archive.briefings if b.id in named[name] and base + url(b) in by_href]
    assert found, (name, [r["href"] for r in results])
    for b in found:
        result = by_href[base + url(b)]
        assert result["title"] == b.title
        assert result["facts"] == " · ".join(x for x in (b.outlet or "Outlet unknown",
                                                           human_date(b.published) if b.published else None) if x)
        assert name in (result["people"] or "") or len(b.people) > 4
    # The link leads to the briefing, under the sub-directory.
    with page.expect_navigation():
        page.click(f'.ba-search__link[href="{base + url(found[0])}"]')
    assert page.url == base + url(found[0])
    assert page.locator("h1").first.inner_text() == found[0].title
    assert page.errors == [] and page.dialogs == []


def test_pagefind_results_show_an_articles_markup_as_text(pagefind_served, pagefind_page):
    """The hostile article's title, outlet and text come back from the index as text; nothing runs."""
    base, archive, url = pagefind_served
    hostile = _briefing(archive, "hostile.txt")
    page = pagefind_page()
    page.goto(base)
    page.click(".ba-search__input")
    page.fill(".ba-search__input", MARKER)
    results = _pagefind_results(page)
    mine = [r for r in results if r["href"] == base + url(hostile)]
    assert mine, results
    result = mine[0]
    assert result["title"] == hostile.title and "<script>" in result["title"]
    assert result["facts"].startswith(hostile.outlet or "Outlet unknown")
    assert MARKER in result["marks"]
    # Pagefind's excerpt is HTML with <mark>s; the rest of it is the article's text, escaped by Pagefind
    # ("<" and ">") and shown here as text nodes.
    assert "<script>" in result["excerpt"] or "<img" in result["excerpt"], result["excerpt"]
    tags = page.evaluate("[...new Set([...document.querySelectorAll('.ba-search__results *')].map(e => e.tagName))]")
    assert set(tags) <= {"LI", "A", "SPAN", "MARK"}, tags
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__pwned") == 0
    assert page.dialogs == [] and page.errors == []


def test_pagefind_box_works_from_the_keyboard(pagefind_served, pagefind_page):
    base, archive, url = pagefind_served
    name = Counter(p.name for b in archive.briefings for p in b.people).most_common(1)[0][0]
    page = pagefind_page()
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('ba-search__input')")
    page.keyboard.type(name)
    results = _pagefind_results(page)
    assert len(results) >= 2
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.href") == results[0]["href"]
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.href") == results[1]["href"]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.classList.contains('ba-search__input')")
    page.keyboard.press("Escape")
    assert page.locator(".ba-search__panel").is_hidden()
    page.keyboard.press("ArrowDown")  # back into the results
    assert page.locator(".ba-search__panel").is_visible()
    with page.expect_navigation():
        page.keyboard.press("Enter")  # on a result: follow it
    assert page.url == results[0]["href"]
    assert page.errors == []


def test_pagefind_box_opens_from_the_header_on_a_phone(pagefind_served, pagefind_page, tmp_path):
    base, archive, url = pagefind_served
    page = pagefind_page(400, 800)
    page.goto(base)
    page.wait_for_load_state("networkidle")
    assert page.locator(".ba-search__input").is_hidden()
    assert _started(page) == []
    page.click(".ba-search__toggle")
    assert page.locator(".ba-search__input").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('ba-search__input')")
    page.keyboard.type(MARKER)
    results = _pagefind_results(page)
    assert results and page.locator(".ba-search__panel").bounding_box()["width"] <= 400
    page.screenshot(path=str(_screenshot_dir(tmp_path) / "pagefind-400.png"))
    page.click(".ba-search__close")  # the box covers the header: its back arrow closes it
    assert page.locator(".ba-search__input").is_hidden() and page.locator(".ba-search__panel").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('ba-search__toggle')")
    assert page.errors == []
