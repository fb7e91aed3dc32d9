"""The generated briefing Markdown reads back with python-frontmatter, as other tools would read it.

Its frontmatter says the same as the export: outlet, publication date, people
with roles, places, meetings, warnings.
"""

from __future__ import annotations

import contextlib
import io
import json

import frontmatter
import pytest

from briefing_archive.cli import main
from conftest import SEEDS


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("briefings")
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    exported = io.StringIO()
    with contextlib.redirect_stdout(exported), contextlib.redirect_stderr(io.StringIO()):
        assert main(["export", str(SEEDS)]) == 0
    return out, json.loads(exported.getvalue())


def test_every_briefing_reads_back_and_matches_the_export(generated):
    out, data = generated
    assert sorted(p.stem for p in out.glob("*.md")) == sorted(b["id"] for b in data["briefings"])
    for briefing in data["briefings"]:
        post = frontmatter.load(out / f"{briefing['id']}.md")
        meta = post.metadata
        assert meta["source"] == briefing["source"]
        assert meta["outlet"] == briefing["outlet"]
        assert (meta["published"].isoformat() if meta["published"] else None) == briefing["published"]
        assert [(p["name"], p["roles"]) for p in meta["people"]] == [(p["name"], p["roles"]) for p in briefing["people"]]
        assert meta["places"] == briefing["places"]
        assert [m["id"] for m in meta["meetings"]] == briefing["meetings"]
        assert meta["warnings"] == briefing["warnings"]
        assert post.content.strip(), "no body"


def test_rebuilding_writes_nothing_new(generated, tmp_path):
    out, _ = generated
    before = {p.name: p.read_bytes() for p in out.glob("*.md")}
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.md")} == before
