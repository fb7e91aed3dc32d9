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


def test_pagefind_skips_the_source_file_name():
    """"Source file 00898_7db6….txt" would be two index words of their own per briefing."""
    from briefing_archive.search import MATERIAL, PAGEFIND, searchable

    html = ('<dl class="ba-meta"><dt>Outlet</dt><dd>AP</dd>\n'
            '<dt>Source file</dt><dd><code>00898_7db68226102e074a.txt</code></dd></dl>')
    pagefind = searchable(html, "briefing", PAGEFIND)
    assert ('<dt data-pagefind-ignore>Source file</dt> <dd data-pagefind-ignore><code>00898_7db68226102e074a.txt'
            in pagefind)
    assert "<dt>Outlet</dt> <dd>AP</dd>" in pagefind  # the outlet is still searched
    assert "data-pagefind-ignore" not in searchable(html, "briefing", MATERIAL)


def test_pagefind_fields_from_frontmatter():
    from datetime import date

    from briefing_archive.search import pagefind_body, pagefind_fields

    meta = {"outlet": "Reuters", "published": date(2023, 7, 18),
            "people": [{"name": n} for n in ("John Kerry", "Wang Yi", "Li Qiang", "Xie Zhenhua", "Joe Biden")]}
    assert 'data-pagefind-meta="title"' not in pagefind_body("<h1>T</h1>", "briefing", meta, "T")  # its <h1>
    html = pagefind_body("<p>x</p>", "briefing", meta, "T <b>&")
    assert html.startswith('<div class="ba-search-body" data-pagefind-body><div hidden data-pagefind-ignore>')
    for part in ('data-pagefind-meta="title">T &lt;b&gt;&amp;<', 'data-pagefind-meta="date">18 July 2023<', 'data-pagefind-meta="outlet">Reuters<',
                 'data-pagefind-meta="people">John Kerry, Wang Yi, Li Qiang, Xie Zhenhua and 1 more<'):
        assert part in html, part
    # No filters (Pagefind writes them in a different order on each run) and no sorts.
    assert "data-pagefind-filter" not in html and "data-pagefind-sort" not in html
    assert pagefind_fields("briefing", meta, "T")[0] == {}
    assert pagefind_body("<p>x</p>", None, {}, "Index") == "<p>x</p>"  # index pages: not indexed
    unknown = pagefind_body("<p>x</p>", "briefing", {"outlet": None, "published": None}, "T")
    assert 'data-pagefind-meta="outlet">Outlet unknown<' in unknown
    assert "date" not in unknown
    # Meeting, person and outlet pages are not indexed (each would cost every reader
    # about 7 bytes of Pagefind's metadata file); the site's own pages are.
    for kind in ("meeting", "person", "outlet"):
        assert pagefind_body("<h1>M</h1>", kind, {"date": date(2023, 7, 18)}, "M") == "<h1>M</h1>", kind
    for kind in ("home", "page"):
        assert "data-pagefind-body" in pagefind_body("<h1>P</h1>", kind, {}, "P"), kind


def test_stop_words_are_the_same_in_the_box_and_the_estimate():
    from briefing_archive.search.download import STOP_WORDS, UI_FILES

    from conftest import REPO

    script = (REPO / "site_src" / UI_FILES[0]).read_text(encoding="utf-8")
    match = re.search(r'const STOP_WORDS = new Set\(\(((?:"[^"]*"\s*\+?\s*)+)\)\.split', script)
    assert match, "STOP_WORDS not found in the box's script"
    words = "".join(re.findall(r'"([^"]*)"', match.group(1))).split()
    assert set(words) == STOP_WORDS


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


def _bundle_meta(site: Path) -> tuple[dict, list]:
    from briefing_archive.search.merge import read_pf

    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    language = next(iter(entry["languages"].values()))
    return language, read_pf(bundle / f"pagefind.{language['hash']}.pf_meta")


def _index_words(site: Path, meta: list) -> dict[str, list]:
    from briefing_archive.search.merge import read_pf

    return {e[0]: e[1] for chunk in meta[2] for e in read_pf(site / "pagefind" / "index" / f"{chunk[2]}.pf_index")[0]}


@pytest.mark.slow
def test_pagefind_build_writes_an_index_of_the_content_only(pagefind_site, seed_archive):
    bundle = pagefind_site.site / "pagefind"
    for name in ("pagefind-entry.json", "pagefind.js"):
        assert (bundle / name).is_file(), name
    language, meta = _bundle_meta(pagefind_site.site)
    pages = meta[1]
    bodies = [p for p in pagefind_site.site.rglob("index.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert len(pages) == len(bodies) == language["page_count"]
    # The briefings and the home page; not meeting, person, outlet or index pages.
    kinds = Counter(p.relative_to(pagefind_site.site).parts[0] if len(p.relative_to(pagefind_site.site).parts) > 1
                    else "home" for p in bodies)
    assert kinds == {"briefings": len(seed_archive.briefings), "home": 1}, kinds
    assert not (pagefind_site.site / "search" / "search_index.json").exists()  # Material's index is gone
    assert meta[3] == []  # no filters
    # Fragments hold the article text with outlet/date/people meta, not the removed junk.
    fragments = [read_pf_fragment(p) for p in (bundle / "fragment").iterdir()]
    briefings = [f for f in fragments if f["url"].startswith("/briefings/")]
    assert len(briefings) == len(seed_archive.briefings)
    for fragment in briefings:
        b = next(b for b in seed_archive.briefings if fragment["url"].rstrip("/").endswith(b.id))
        assert fragment["meta"]["title"] == b.title or fragment["meta"]["title"].startswith(b.title[:40])
        assert fragment["meta"]["outlet"] == (b.outlet or "Outlet unknown")
        if b.published:
            from briefing_archive.render.text import human_date

            assert fragment["meta"]["date"] == human_date(b.published)
        body = " ".join(b.paragraphs)
        for removed in b.removed:
            line = " ".join(removed.text.split())
            if len(line) > 15 and line not in body and line not in b.title:
                assert line not in fragment["content"], (b.id, line)
        assert "Skip to content" not in fragment["content"]  # theme chrome stays out
        assert b.source not in fragment["content"]  # nor the source file's name
    words = _index_words(pagefind_site.site, meta)
    assert words and not {re.sub(r"[^\w]", "", b.source.casefold()) for b in seed_archive.briefings} & set(words)


def read_pf_fragment(path: Path) -> dict:
    import gzip

    data = gzip.decompress(path.read_bytes())
    return json.loads(data[len(b"pagefind_dcd"):])


@pytest.mark.slow
def test_pagefind_finds_a_person_and_downloads_little(pagefind_site, seed_archive):
    from briefing_archive.search.download import UI_FILES, pagefind_download

    people = Counter(p.name for b in seed_archive.briefings for p in b.people)
    name, count = people.most_common(1)[0]
    down = pagefind_download(pagefind_site.site, name)
    assert down.results >= count  # every briefing naming them (and the home page, if it does)
    assert set(UI_FILES) <= set(down.files)  # the box's own script and style count
    assert not [p for p in down.files if "pagefind-ui" in p or "worker" in p or "/filter/" in p]
    assert any(path.startswith("pagefind/fragment/") for path in down.files)
    assert down.total < 300 * 1024
    core = pagefind_download(pagefind_site.site, name, ui=False)
    assert core.total == down.total - sum(down.files[p] for p in UI_FILES)


@pytest.mark.slow
def test_the_estimate_leaves_out_stop_words(pagefind_site, seed_archive):
    from briefing_archive.search.download import pagefind_download

    name = Counter(p.name for b in seed_archive.briefings for p in b.people).most_common(1)[0][0]
    plain, padded = pagefind_download(pagefind_site.site, name), pagefind_download(pagefind_site.site, f"the {name} of")
    assert plain.files == padded.files and plain.results == padded.results


@pytest.mark.slow
def test_pagefind_bundle_is_the_same_on_every_run(pagefind_site):
    """Same site, same bundle, byte for byte (an outlet filter broke this: Pagefind 1.5 writes
    a filter's values in hash-map order)."""
    import hashlib

    from briefing_archive.search.pagefind import run_pagefind

    def digest() -> dict[str, str]:
        bundle = pagefind_site.site / "pagefind"
        return {p.relative_to(bundle).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(bundle.rglob("*")) if p.is_file()}

    first = digest()
    run_pagefind(pagefind_site.site)
    assert digest() == first


@pytest.mark.slow
def test_pages_carry_the_search_box_instead_of_materials(pagefind_site, seed_archive):
    for url in ("", "briefings", f"briefings/{seed_archive.briefings[0].id}", "people"):
        page_dir = pagefind_site.site / url
        html = (page_dir / "index.html").read_text(encoding="utf-8")
        box = re.search(r'<div class="ba-search" data-ba-search data-bundle="([^"]+)" data-base="([^"]+)"\s+'
                        r'data-script="([^"]+)">', html)
        assert box, url
        bundle, base, script = box.groups()
        assert (page_dir / bundle / "pagefind.js").resolve().is_file(), (url, bundle)
        assert (page_dir / base).resolve() == pagefind_site.site.resolve(), (url, base)
        assert (page_dir / script).resolve().is_file(), (url, script)
        css = re.search(r'<link rel="stylesheet" href="([^"]*stylesheets/search.css)">', html)
        assert css and (page_dir / css.group(1)).resolve().is_file(), url
        assert "pagefind-ui" not in html and "PagefindUI" not in html  # Pagefind's default UI is not used
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
    import briefing_archive.search.pagefind as pagefind
    from mkdocs.exceptions import PluginError

    monkeypatch.setitem(__import__("sys").modules, "pagefind_bin", None)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(PluginError, match=r"pip install 'pagefind\[bin\]'"):
        pagefind.executable()


# ------------------------------------------------------------------ Pagefind in several runs, merged


@pytest.fixture
def pagefinds_chunks(monkeypatch):
    """Merged bundles cut chunks as Pagefind does (merge.CHUNK_UNITS is smaller), so that they
    can be compared with one run's chunk for chunk."""
    from briefing_archive.search import merge

    monkeypatch.setattr(merge, "CHUNK_UNITS", merge.PAGEFIND_CHUNK_UNITS)


def _decoded_bundle(bundle: Path) -> dict:
    """A bundle as search sees it, page numbers replaced by URLs and meta fields by name."""
    from briefing_archive.search.merge import read_pf

    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    (lang, info), = entry["languages"].items()
    meta = read_pf(bundle / f"pagefind.{info['hash']}.pf_meta")
    urls = [read_pf_fragment(bundle / "fragment" / f"{h}.pf_fragment")["url"] for h, _ in meta[1]]
    fields = meta[5]

    def postings(entries: list) -> dict:
        out, page = {}, 0
        for delta, locs, meta_locs in entries:
            page += delta  # page numbers are delta-encoded
            out[urls[page]] = (locs, [fields[-1 - v] if v < 0 else v for v in meta_locs])
        return out

    words = {}
    for _start, _end, chunk in meta[2]:
        for word, entries, variants in read_pf(bundle / "index" / f"{chunk}.pf_index")[0]:
            words[word] = (postings(entries), {v: postings(e) for v, e in variants})
    fragments = {p.name: p.read_bytes() for p in (bundle / "fragment").iterdir()}
    return {"version": meta[0], "pages": dict(zip(urls, (wc for _, wc in meta[1]))), "count": info["page_count"],
            "chunks": [c[:2] for c in meta[2]], "fields": fields, "filters": meta[3], "sorts": meta[4],
            "words": words, "fragments": fragments, "language": lang}


@pytest.mark.slow
def test_pagefinds_files_are_read_and_written_back_to_the_byte(pagefind_site):
    """The merge writes CBOR and names files as Pagefind 1.5 does: checked on Pagefind's own files."""
    import gzip

    from briefing_archive.search.merge import _cbor_encode, _full_hash, read_pf

    bundle = pagefind_site.site / "pagefind"
    files = [*(bundle / "index").iterdir(), *bundle.glob("*.pf_meta")]
    assert len(files) >= 2
    for path in files:
        body = gzip.decompress(path.read_bytes())[len(b"pagefind_dcd"):]
        assert _cbor_encode(read_pf(path)) == body, path.name
        short = path.name.split(".")[-2].split("_", 1)[1]
        assert _full_hash(body).startswith(short), path.name


def test_cbor_heads_are_written_and_read_in_their_shortest_form():
    """The merge splices Pagefind's bytes under heads it writes itself: a list of 23, 24, 255, 256,
    65,535 or 65,536 postings (each size of head) must get the head minicbor and cbor2 give it."""
    import io

    import cbor2
    from briefing_archive.search.merge import _head, _read_head

    for n in (0, 1, 23, 24, 255, 256, 65_535, 65_536, 2**32):
        head = _head(0x80, n)
        assert cbor2.dumps([0] * n)[:len(head)] == head if n < 2**20 else len(head) == 9, n
        assert _read_head(io.BytesIO(head + b"\x00"), 0x80, Path("x")) == n, n
    assert _head(0x60, 30) == cbor2.dumps("x" * 30)[:2]  # a text string's head
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="unexpected Pagefind index chunk x"):
        _read_head(io.BytesIO(b"\x61a"), 0x80, Path("x"))  # a string where an array belongs


@pytest.mark.slow
def test_pagefind_in_several_runs_makes_the_same_index_as_one(pagefind_site, seed_archive, tmp_path, pagefinds_chunks):
    """A big site is indexed in runs of SHARD_PAGES pages (Pagefind's memory grows with the pages of
    a run) whose bundles are merged: search must see exactly what one run makes."""
    import hashlib

    from briefing_archive.search.pagefind import SHARD_PAGES, indexed_files, run_pagefind

    assert 1000 <= SHARD_PAGES <= 5000  # ~1 GB a run at 10,000 briefings (README)
    site = tmp_path / "site"
    shutil.copytree(pagefind_site.site, site)
    one = _decoded_bundle(site / "pagefind")
    files = indexed_files(site)
    assert len(files) == len(seed_archive.briefings) + 1 and "index.html" in files
    assert all(f.startswith("briefings/") for f in files if f != "index.html")
    run = run_pagefind(site, shard_pages=2)
    assert run.runs == -(-len(files) // 2) >= 3 and run.pages == len(files)
    merged = _decoded_bundle(site / "pagefind")
    assert merged.keys() == one.keys()
    for key in one:
        assert merged[key] == one[key], key
    assert not [p for p in site.iterdir() if p.name.startswith(".pagefind")]  # the runs' folders are gone
    assert {p.name for p in (site / "pagefind").iterdir()} >= {"pagefind.js", "pagefind-entry.json", "wasm.en.pagefind"}

    def digest() -> dict[str, str]:
        bundle = site / "pagefind"
        return {p.relative_to(bundle).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(bundle.rglob("*")) if p.is_file()}

    first = digest()
    run_pagefind(site, shard_pages=len(files) - 1)
    second = digest()
    assert _decoded_bundle(site / "pagefind")["words"] == one["words"]
    run_pagefind(site, shard_pages=2)
    assert digest() == first  # byte for byte, build after build
    assert second != first  # (the runs' pages are in another order: the test can tell)


def test_merging_refuses_what_it_cannot_join(tmp_path):
    """Bundles of different languages (or with filters) are not merged into a wrong index."""
    from briefing_archive.search.merge import merge_bundles
    from mkdocs.exceptions import PluginError

    parts = []
    for i, lang in enumerate(("en", "fr")):
        part = tmp_path / f"b{i}"
        part.mkdir()
        (part / "pagefind-entry.json").write_text(json.dumps(
            {"version": "1.5.2", "languages": {lang: {"hash": f"{lang}_0", "wasm": lang, "page_count": 1}}}))
        parts.append(part)
    with pytest.raises(PluginError, match="languages"):
        merge_bundles(parts, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _synthetic_site(root: Path, pages: int = 240) -> Path:
    """Pages of made-up words: enough for many index chunks, accents (Pagefind's word variants),
    a meta field only some pages have, and pages Pagefind must skip (no data-pagefind-body)."""
    import random

    rng = random.Random(7)
    syllables = "ka lo mi ne su ta ri vo pe da zu ha bé ló".split()
    vocabulary = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(900)]
    for i in range(pages):
        words = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(200, 700)))
        # "zzaa" and "zzab", 24,000 times each, are chunks of their own, then "zzc": cut to the
        # prefixes that tell it from its neighbours, "zzab"'s range would end ("zza") before it starts.
        words += " zzaa" * 100 + " zzab" * 100 + " zzc"
        extra = f'<span data-pagefind-meta="place">{rng.choice(vocabulary)}</span>' if i > 225 else ""
        body = "data-pagefind-body" if i % 11 else "data-skipped"
        page = root / f"p{i:03d}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f'<!doctype html><html lang="en"><head><title>P{i}</title></head><body><div {body}>'
                        f'<h1>Page {i} {rng.choice(vocabulary)}</h1><div hidden data-pagefind-ignore>'
                        f'<span data-pagefind-meta="outlet">{rng.choice(vocabulary)}</span>{extra}</div>'
                        f'<p>{words}</p><h2 id="s{i}">Section {i}</h2><p>{words[:200]}</p></div></body></html>',
                        encoding="utf-8")
    return root


def test_merged_runs_match_one_run_on_a_site_of_many_chunks(tmp_path, pagefinds_chunks):
    """Chunk boundaries, meta fields some runs lack, accented variants, skipped pages: the merged
    bundle holds what one Pagefind run over the same pages holds."""
    pytest.importorskip("pagefind_bin", reason="pagefind[bin] is not installed (pip install -e '.[pagefind]')")
    from briefing_archive.search.pagefind import indexed_files, run_pagefind

    site = _synthetic_site(tmp_path / "site")
    one = run_pagefind(site, shard_pages=0)
    assert one.runs == 1
    single = _decoded_bundle(site / "pagefind")
    assert len(single["chunks"]) > 6 and "place" in single["fields"]
    assert any(variants for _, variants in single["words"].values())  # "bé…" is also found as "be…"
    assert ["zzab", "zzab"] in single["chunks"]
    files = indexed_files(site)
    assert len(files) == single["count"] == 240 - len(range(0, 240, 11))
    for runs, size in ((2, 120), (4, 55), (7, 32)):
        merged_run = run_pagefind(site, shard_pages=size)
        assert merged_run.runs == runs and merged_run.pages == single["count"]
        merged = _decoded_bundle(site / "pagefind")
        for key in single:
            assert merged[key] == single[key], (runs, key)


def test_merged_chunks_are_smaller_than_pagefinds_and_hold_the_same_words(tmp_path):
    """The merge cuts chunks of merge.CHUNK_UNITS (smaller than Pagefind's, so a rare word's
    chunk carries fewer other words): more chunks, every word and posting as in one run, and
    every chunk's range finds its words."""
    pytest.importorskip("pagefind_bin", reason="pagefind[bin] is not installed (pip install -e '.[pagefind]')")
    from briefing_archive.search import merge
    from briefing_archive.search.download import _chunks_for
    from briefing_archive.search.pagefind import run_pagefind

    assert merge.CHUNK_UNITS < merge.PAGEFIND_CHUNK_UNITS
    site = _synthetic_site(tmp_path / "site")
    run_pagefind(site, shard_pages=0)
    single = _decoded_bundle(site / "pagefind")
    run_pagefind(site, shard_pages=120)
    merged = _decoded_bundle(site / "pagefind")
    assert len(merged["chunks"]) > len(single["chunks"])
    for key in single:
        if key != "chunks":
            assert merged[key] == single[key], key
    meta = _bundle_meta(site)[1]
    for start, end, name in meta[2]:
        for word, *_ in merge.read_pf(site / "pagefind" / "index" / f"{name}.pf_index")[0]:
            assert name in _chunks_for(meta[2], word), word  # the loader fetches the chunk that holds it


@pytest.mark.slow
def test_runs_started_while_mkdocs_builds_make_the_same_index_as_one(tmp_path, monkeypatch, pagefinds_chunks):
    """Pagefind indexes search copies while MkDocs builds (BackgroundRuns), in runs merged in a
    process of their own; the bundle is the one a single run over the built site makes."""
    pytest.importorskip("pagefind_bin", reason="pagefind[bin] is not installed (pip install -e '.[pagefind]')")
    import briefing_archive.search as search
    import briefing_archive.search.pagefind as pagefind

    monkeypatch.setattr(pagefind, "SHARD_PAGES", 2)
    cuts: list[int] = []
    started_before_templates: list[int] = []
    cut, on_env = pagefind.BackgroundRuns._cut, search.Search.on_env
    monkeypatch.setattr(pagefind.BackgroundRuns, "_cut", lambda self: cuts.append(self.pending) or cut(self))
    monkeypatch.setattr(search.Search, "on_env", lambda self: started_before_templates.append(
        self.runs.active is not None or len(self.runs.parts)) or on_env(self))
    project = _pagefind_project(tmp_path / "p")
    # A page of the user's own with no heading: Pagefind titles it from the page, copy or not.
    (project.root / "site_src" / "about.md").write_text("Some words about *Lavrov* and the archive.\n",
                                                        encoding="utf-8")
    project.build(strict=True)
    assert started_before_templates == [True]  # Pagefind had begun before MkDocs rendered a template
    assert sum(cuts) == len(pagefind.indexed_files(project.site)) and max(cuts) == 2 and len(cuts) > 2
    merged = _decoded_bundle(project.site / "pagefind")
    assert not [p for p in project.site.iterdir() if p.name.startswith(".pagefind")]
    assert any(url.rstrip("/").endswith("about") for url in merged["pages"]), list(merged["pages"])
    single = tmp_path / "single"
    shutil.copytree(project.site, single)
    pagefind.run_pagefind(single, shard_pages=0)
    one = _decoded_bundle(single / "pagefind")
    for key in one:
        assert merged[key] == one[key], key


def test_a_fragment_name_two_runs_both_use_is_told_apart_as_pagefind_does(tmp_path):
    """Fragments are named by the first hex digits of their hash; when a page of a later run has
    a name already taken by another page, the merge lengthens it (Pagefind's rule) and keeps both."""
    pytest.importorskip("pagefind_bin", reason="pagefind[bin] is not installed (pip install -e '.[pagefind]')")
    import gzip

    from briefing_archive.search.merge import _SIGNATURE, _cbor_encode, _full_hash, merge_bundles, read_pf
    from briefing_archive.search.pagefind import _pagefind

    parts = []
    for i in range(2):
        site = _synthetic_site(tmp_path / f"site{i}", pages=4 + i)
        if i:  # pages of their own: p000.. would repeat the first run's pages
            for page in sorted(site.iterdir()):
                page.rename(site / f"q{page.name}")
        parts.append(tmp_path / f"bundle{i}")
        _pagefind(["--site", str(site), "--output-path", str(parts[-1])], parts[-1])
    metas = []
    for part in parts:
        (meta_path,) = part.glob("*.pf_meta")
        metas.append((meta_path, read_pf(meta_path)))
    taken = metas[0][1][1][0][0]  # the first run's first fragment name
    meta_path, meta = metas[1]
    clashing = meta[1][0][0]
    (parts[1] / "fragment" / f"{clashing}.pf_fragment").rename(parts[1] / "fragment" / f"{taken}.pf_fragment")
    meta[1][0][0] = taken
    meta_path.write_bytes(gzip.compress(_SIGNATURE + _cbor_encode(meta), 9, mtime=0))
    count = len(metas[0][1][1]) + len(meta[1])
    full = _full_hash(gzip.decompress((parts[1] / "fragment" / f"{taken}.pf_fragment").read_bytes())[12:])
    moved = gzip.decompress((parts[1] / "fragment" / f"{taken}.pf_fragment").read_bytes())
    first = gzip.decompress((parts[0] / "fragment" / f"{taken}.pf_fragment").read_bytes())

    merge_bundles(parts, tmp_path / "merged")
    names = [name for name, _count in read_pf(next((tmp_path / "merged").glob("*.pf_meta")))[1]]
    lengthened = f"en_{full[:8]}"
    assert names.count(taken) == 1 and lengthened in names and len(names) == len(set(names)) == count
    fragments = tmp_path / "merged" / "fragment"
    assert gzip.decompress((fragments / f"{taken}.pf_fragment").read_bytes()) == first
    assert gzip.decompress((fragments / f"{lengthened}.pf_fragment").read_bytes()) == moved


@pytest.mark.slow
@pytest.mark.parametrize("shard_pages", [2, 10_000])
def test_a_failing_pagefind_run_fails_the_build_with_its_message(tmp_path, monkeypatch, caplog, shard_pages):
    """A Pagefind run that fails (in the background while MkDocs builds, or the single run)
    fails the build with what Pagefind printed, blames no page, and leaves no run folders."""
    import briefing_archive.search.pagefind as pagefind
    from mkdocs.exceptions import Abort, PluginError

    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: disk full while writing the index' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    monkeypatch.setattr(pagefind, "executable", lambda: str(broken))
    monkeypatch.setattr(pagefind, "SHARD_PAGES", shard_pages)
    project = _pagefind_project(tmp_path / "p")
    with pytest.raises((PluginError, Abort)):
        project.build(strict=True)
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any(re.search(r"(?s)Pagefind failed \(exit 3\).*disk full while writing the index", m) for m in errors), errors
    assert not [m for m in errors if "Error building page" in m], errors
    assert not list(project.site.glob(".pagefind-runs-*"))
