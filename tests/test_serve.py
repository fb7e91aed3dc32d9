"""`mkdocs serve` rebuilds when an article is edited, added or deleted."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import SEEDS, make_project

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except Exception:
        return None


def _wait_for(predicate, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


def test_editing_adding_and_deleting_a_seed_rebuilds_the_site(tmp_path):
    project = make_project(tmp_path / "p", SEEDS)
    port = _free_port()
    mkdocs = Path(sys.executable).with_name("mkdocs")
    proc = subprocess.Popen([str(mkdocs), "serve", "-a", f"127.0.0.1:{port}", "-f", str(project.config_file)],
                            cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    base = f"http://127.0.0.1:{port}/"
    try:
        page = "briefings/004-6ff4ee112696e08a/"
        assert _wait_for(lambda: _get(base + page)), "serve never answered"
        seed = project.seeds / "004_6ff4ee112696e08a.txt"
        seed.write_text(seed.read_text(encoding="utf-8").replace("oasis", "garden of quince"), encoding="utf-8")
        assert _wait_for(lambda: "garden of quince" in (_get(base + page) or "")), "edit not rebuilt"

        (project.seeds / "005_new.txt").write_text(
            "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister "
            "Wang Yi in Washington on Thursday, both sides said.\n", encoding="utf-8")
        assert _wait_for(lambda: _get(base + "briefings/005-new/")), "added article not rebuilt"

        seed.unlink()
        assert _wait_for(lambda: _get(base + page) is None), "deleted article still served"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
