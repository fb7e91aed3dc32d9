"""Broken curator metadata: a message that names the file and the line; strict builds fail,
plain builds warn and build the rest of the archive."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import subprocess
import sys

import pytest
from mkdocs.exceptions import Abort

from briefing_archive.cli import main as cli
from conftest import SEEDS, make_project

pytestmark = pytest.mark.slow

ARTICLE = """\
BEIJING, July 18 (Wire) - U.S. climate envoy John Kerry met Chinese Foreign Minister Wang Yi in Beijing on Tuesday for talks on methane and coal, officials said.

The two sides agreed to keep talking, according to a statement issued after the meeting.
"""

# name -> (file text, lines the message may name, severity, words the message must hold)
BROKEN = {
    "bad-yaml.txt": ("---\ntitle: Kerry: in Beijing\noutlet: Reuters\n---\n" + ARTICLE, {2}, "error", "not valid YAML"),
    "unclosed.txt": ("---\ntitle: Kerry in Beijing\noutlet: [Reuters\npublished: 2023-07-18\n---\n" + ARTICLE,
                     {3, 4}, "error", "not valid YAML"),
    "unknown-field.txt": ("---\ntitle: Kerry talks\nautor: Jane Doe\n---\n" + ARTICLE, {3}, "warning", "autor"),
    "bad-date.txt": ("---\ntitle: Kerry talks in Beijing\noutlet: Reuters\npublished: 2023-13-45\n---\n" + ARTICLE,
                     {4}, "error", "2023-13-45"),
}


def _write(folder):
    for name, (text, *_rest) in BROKEN.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def broken_archive(tmp_path_factory):
    from briefing_archive.knowledge import Knowledge
    from briefing_archive.pipeline import run

    folder = tmp_path_factory.mktemp("broken-seeds")
    _write(folder)
    return run(folder, Knowledge.load())


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_message_names_file_and_line(broken_archive, name):
    _, lines, severity, words = BROKEN[name]
    found = [p for p in broken_archive.problems if p.source == name and words in p.message]
    assert len(found) == 1, [str(p) for p in broken_archive.problems]
    problem = found[0]
    assert problem.line in lines and problem.severity == severity, str(problem)
    assert str(problem).startswith(f"{name}:{problem.line}: ")


def test_broken_metadata_never_becomes_article_text(broken_archive):
    for b in broken_archive.briefings:
        text = "\n".join(b.paragraphs) + b.title
        assert "---" not in text and "autor" not in text and "2023-13-45" not in text, b.source


def test_good_fields_next_to_a_bad_one_are_kept(broken_archive):
    by_source = {b.source: b for b in broken_archive.briefings}
    bad_date = by_source["bad-date.txt"]
    assert bad_date.title == "Kerry talks in Beijing" and bad_date.outlet == "Reuters"
    assert "published" not in bad_date.corrected
    assert by_source["unknown-field.txt"].title == "Kerry talks"
    # Every broken file still has its briefing, and it carries the warning.
    for name in BROKEN:
        assert by_source[name].warnings, name


def test_cli_check_names_file_and_line_and_fails(tmp_path):
    _write(tmp_path)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = cli(["check", str(tmp_path)])
    assert status == 1
    for name, (_, lines, _sev, _words) in BROKEN.items():
        assert re.search(rf"{re.escape(name)}:({'|'.join(map(str, lines))}): ", err.getvalue()), (name, err.getvalue())


def test_mkdocs_build_strict_fails_naming_file_and_line(tmp_path):
    project = make_project(tmp_path / "p", SEEDS)
    _write(project.seeds)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project.config_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    output = result.stdout
    assert result.returncode != 0
    assert "Aborted with" in output and "strict mode" in output, output[-2000:]
    for name, (_, lines, _sev, _words) in BROKEN.items():
        assert re.search(rf"WARNING .*{re.escape(name)}:({'|'.join(map(str, lines))}): ", output), (name, output[-3000:])


def test_strict_in_process_build_aborts(tmp_path):
    project = make_project(tmp_path / "p", SEEDS)
    (project.seeds / "bad-date.txt").write_text(BROKEN["bad-date.txt"][0], encoding="utf-8")
    with pytest.raises(Abort):
        project.build(strict=True)


def test_plain_build_warns_and_builds_the_rest(tmp_path, caplog):
    project = make_project(tmp_path / "p", SEEDS)
    _write(project.seeds)
    with caplog.at_level(logging.WARNING):
        config = project.build(strict=False)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    for name, (_, lines, _sev, _words) in BROKEN.items():
        assert any(re.match(rf"{re.escape(name)}:({'|'.join(map(str, lines))}): ", w) for w in warnings), (name, warnings)
    archive = config.plugins["briefings"].archive
    sources = {b.source: b for b in archive.briefings}
    for seed in sorted(p.name for p in SEEDS.iterdir()):
        assert (project.site / "briefings" / sources[seed].id / "index.html").is_file(), seed
    for name in BROKEN:
        page = (project.site / "briefings" / sources[name].id / "index.html").read_text(encoding="utf-8")
        assert 'class="admonition warning"' in page, name
