"""The pipeline's own promises: caching and parallel extraction change speed, never output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefing_archive.pipeline as pipeline
from briefing_archive.export import to_json
from briefing_archive.knowledge import Knowledge
from briefing_archive.pipeline import StageCache, run

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.load()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The dev fixtures plus the seeds: 40 articles in many styles."""
    root = tmp_path_factory.mktemp("articles")
    for path in sorted((ROOT / "tests" / "fixtures" / "articles").iterdir()) + sorted((ROOT / "seeds").iterdir()):
        if path.is_file():
            shutil.copy(path, root / path.name)
    return root


def test_worker_processes_give_the_same_archive(folder, knowledge, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)  # the folder is small; force the pool
    serial = to_json(run(folder, knowledge, cache=StageCache(), workers=1))
    parallel = to_json(run(folder, knowledge, cache=StageCache(), workers=2))
    assert parallel == serial
    assert '"briefings"' in serial and serial.count('"id"') > 40


def test_a_rebuild_after_one_edit_extracts_one_article(folder, knowledge, tmp_path):
    work = tmp_path / "seeds"
    shutil.copytree(folder, work)
    cache = StageCache()
    first = run(work, knowledge, cache=cache)
    cache.hits = cache.misses = 0
    edited = sorted(work.iterdir())[3]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe two sides agreed to meet again.\n", encoding="utf-8")
    second = run(work, knowledge, cache=cache)
    assert (cache.misses, cache.hits) == (1, len(first.briefings) - 1)
    # And the cached rebuild equals a cold build of the edited folder.
    assert to_json(second) == to_json(run(work, knowledge, cache=StageCache()))


def test_a_persisted_cache_survives_a_new_process_and_skips_extraction(folder, knowledge, tmp_path):
    path = tmp_path / "cache"
    cold = StageCache.open(path)
    expected = to_json(run(folder, knowledge, cache=cold))
    stored = sorted(path.glob("*/*.pickle"))
    assert cold.misses == len(stored) > 40
    warm = StageCache.open(path)
    assert to_json(run(folder, knowledge, cache=warm)) == expected
    assert (warm.misses, warm.hits) == (0, len(stored))


def test_an_edit_writes_one_cache_file_and_drops_the_old_one(folder, knowledge, tmp_path):
    work = tmp_path / "seeds"
    shutil.copytree(folder, work)
    path = tmp_path / "cache"
    cache = StageCache.open(path)
    run(work, knowledge, cache=cache)
    before = {p.name: p.stat().st_mtime_ns for p in path.glob("*/*.pickle")}
    edited = sorted(work.iterdir())[5]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nTalks will resume in March.\n", encoding="utf-8")
    run(work, knowledge, cache=cache)
    after = {p.name: p.stat().st_mtime_ns for p in path.glob("*/*.pickle")}
    assert len(after) == len(before)
    assert len(set(after) - set(before)) == 1 and len(set(before) - set(after)) == 1
    assert all(after[name] == before[name] for name in set(after) & set(before))  # untouched


def _count_decodes(monkeypatch) -> list[str]:
    import briefing_archive.load as load

    seen: list[str] = []
    original = load._load_bytes

    def counting(raw, size, source, problems):
        seen.append(source)
        return original(raw, size, source, problems)

    monkeypatch.setattr(load, "_load_bytes", counting)
    return seen


def test_a_new_process_decodes_only_the_files_that_changed(folder, knowledge, tmp_path, monkeypatch):
    work = tmp_path / "seeds"
    shutil.copytree(folder, work)
    path = tmp_path / "cache"
    first = to_json(run(work, knowledge, cache=StageCache.open(path)))
    assert (path / pipeline.INDEX_FILE).is_file()
    decoded = _count_decodes(monkeypatch)
    assert to_json(run(work, knowledge, cache=StageCache.open(path))) == first
    assert decoded == []
    edited = sorted(work.iterdir())[7]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nBoth sides will meet again.\n", encoding="utf-8")
    edited_run = to_json(run(work, knowledge, cache=StageCache.open(path)))
    assert decoded == [edited.name]
    monkeypatch.undo()
    assert edited_run == to_json(run(work, knowledge, cache=StageCache()))  # as a cold build


def test_a_corrupt_or_stale_file_index_is_only_slower(folder, knowledge, tmp_path, monkeypatch):
    path = tmp_path / "cache"
    expected = to_json(run(folder, knowledge, cache=StageCache.open(path)))
    (path / pipeline.INDEX_FILE).write_bytes(b"not a pickle")
    assert to_json(run(folder, knowledge, cache=StageCache.open(path))) == expected
    # ... and it is written again; an index of older code is not used.
    assert (path / pipeline.INDEX_FILE).read_bytes() != b"not a pickle"
    monkeypatch.setattr(pipeline, "code_version", lambda: "other code")
    cache = StageCache.open(path)
    assert not cache.loaded and not cache.line_keys


def test_serve_defers_the_file_index_to_shutdown(folder, knowledge, tmp_path):
    path = tmp_path / "cache"
    cache = StageCache.open(path, defer_index=True)
    run(folder, knowledge, cache=cache)
    assert not (path / pipeline.INDEX_FILE).exists()
    cache.write_index()
    written = (path / pipeline.INDEX_FILE).stat().st_mtime_ns
    run(folder, knowledge, cache=cache)  # nothing changed: nothing to write
    cache.write_index()
    assert (path / pipeline.INDEX_FILE).stat().st_mtime_ns == written
    assert StageCache.open(path).loaded  # a new process finds it


def test_a_file_where_the_cache_folder_should_be_is_named(tmp_path):
    path = tmp_path / "briefings.pickle"
    path.write_bytes(b"old")
    with pytest.raises(NotADirectoryError, match="briefings.pickle"):
        StageCache.open(path)


def test_the_cached_stage_imports_nothing_the_cache_key_leaves_out():
    """code_version skips DOWNSTREAM modules; the cached stage must not run any of them."""
    import subprocess
    import sys

    probe = ("import sys; import briefing_archive.stage, briefing_archive.load; "
             "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('briefing_archive') and m.__file__))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    package = Path(pipeline.__file__).parent
    used = {Path(f).resolve().relative_to(package.resolve()).as_posix() for f in out}
    assert "extract/meetings.py" in used and "clean/__init__.py" in used  # the probe saw the stage
    assert not [u for u in used if u.startswith(pipeline.DOWNSTREAM)]


def test_editing_a_downstream_module_keeps_the_cache_and_a_stage_module_does_not(tmp_path, monkeypatch):
    package = tmp_path / "briefing_archive"
    shutil.copytree(Path(pipeline.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(pipeline, "__file__", str(package / "pipeline.py"))

    def version() -> str:
        pipeline.code_version.cache_clear()
        return pipeline.code_version()

    try:
        before = version()
        (package / "render" / "pages.py").write_text("# another renderer\n", encoding="utf-8")
        (package / "link.py").write_text("# another linker\n", encoding="utf-8")
        (package / "pipeline.py").write_text((package / "pipeline.py").read_text(encoding="utf-8") + "# more\n",
                                             encoding="utf-8")
        assert version() == before
        (package / "extract" / "people" / "find.py").write_text("# another extractor\n", encoding="utf-8")
        assert version() != before
    finally:
        pipeline.code_version.cache_clear()
