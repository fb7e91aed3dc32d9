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
    path = tmp_path / "cache.pickle"
    cold = StageCache.open(path)
    expected = to_json(run(folder, knowledge, cache=cold))
    assert cold.misses > 0 and path.is_file()
    warm = StageCache.open(path)
    assert to_json(run(folder, knowledge, cache=warm)) == expected
    assert warm.misses == 0
