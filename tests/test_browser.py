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
def browser(served):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def open_page(browser):
    """open_page(width) -> a fresh page that records dialogs and sets a tripwire flag."""
    contexts = []

    def _open(width: int, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.dialogs = []

        def on_dialog(dialog):
            page.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.add_init_script("window.__pwned = 0;")
        return page

    yield _open
    for context in contexts:
        context.close()


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
