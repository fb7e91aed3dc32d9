"""Running Pagefind on the built site: in one run, or in runs of ``SHARD_PAGES`` pages merged into one bundle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .merge import merge_paused

BUNDLE_DIR = "pagefind"  # where Pagefind writes its bundle, inside site_dir


@dataclass
class PagefindRun:
    pages: int
    seconds: float
    output: str
    runs: int = 1  # Pagefind runs whose bundles were merged (see SHARD_PAGES)


def executable() -> str:
    """The Pagefind binary: from the ``pagefind_bin`` wheel, else on PATH."""
    try:
        from pagefind_bin import get_executable  # type: ignore[import-not-found]

        return str(get_executable())
    except (ImportError, FileNotFoundError):
        pass
    found = shutil.which("pagefind")
    if found:
        return found
    raise PluginError("briefings: search: pagefind needs the Pagefind binary. Install it with "
                      "`.venv/bin/pip install 'pagefind[bin]'` (or `pip install -e '.[pagefind]'`), "
                      "or set `search: material`.")


# Pages one Pagefind run indexes at most. Pagefind 1.5 holds every page's words (with their
# positions) in memory until it writes the bundle, about 250 KB a briefing: 2.6 GB for 10,000 in
# one run (parsing less HTML does not help: fed only the content, or the plain text through its
# Python API, it needs the same). Bigger sites are indexed in runs of this many pages whose
# bundles ``merge_bundles`` joins into one (about 1 GB a run).
SHARD_PAGES = 3500


def run_pagefind(site_dir: Path, shard_pages: int | None = None) -> PagefindRun:
    """Index the built site; the bundle goes to ``site_dir/pagefind``.

    Up to ``shard_pages`` indexed pages (default ``SHARD_PAGES``; 0 for no limit): one Pagefind
    run over the site. More: one run per share of the pages (each over hard links to its pages
    in a temporary folder inside the site, removed after), merged into the same single bundle.
    """
    shard_pages = SHARD_PAGES if shard_pages is None else shard_pages
    bundle = site_dir / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)  # no stale chunks from an earlier build
    started = time.perf_counter()
    files = indexed_files(site_dir) if shard_pages else []
    if len(files) <= shard_pages or not shard_pages:
        output = _pagefind(["--site", str(site_dir), "--output-subdir", BUNDLE_DIR], bundle)
        runs = 1
    else:
        runs = -(-len(files) // shard_pages)
        size = -(-len(files) // runs)
        outputs, parts = [], []
        with tempfile.TemporaryDirectory(dir=site_dir, prefix=".pagefind-runs-") as tmp:
            for i in range(runs):
                source, part = Path(tmp) / f"site{i}", Path(tmp) / f"bundle{i}"
                _link_pages(site_dir, files[i * size:(i + 1) * size], source)
                outputs.append(_pagefind(["--site", str(source), "--output-path", str(part)], part))
                shutil.rmtree(source)
                parts.append(part)
            merge_paused(parts, bundle)
        output = "\n".join(outputs)
    seconds = time.perf_counter() - started
    return PagefindRun(pages=_bundle_pages(bundle), seconds=seconds, output=output, runs=runs)


def _bundle_pages(bundle: Path) -> int:
    """How many pages a bundle indexes (from its entry file)."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


class BackgroundRuns:
    """Pagefind runs of ``SHARD_PAGES`` pages started while MkDocs is still building.

    MkDocs renders pages on one core; the briefings come first. Each time it has
    written another ``SHARD_PAGES`` indexed pages, they are hard-linked into a
    folder of their own and Pagefind indexes them in the background, one run at
    a time (each holds about 1 GB), so by the end of the build only the last run
    and the merge are left (at 10,000 briefings Pagefind's step after the build
    was 55 s). A site of at most ``SHARD_PAGES`` indexed pages starts no run
    here: ``run_pagefind`` indexes it in one run after the build, as before.
    """

    def __init__(self, site_dir: Path, shard_pages: int | None = None) -> None:
        self.site_dir = site_dir
        self.shard_pages = shard_pages or SHARD_PAGES
        self.pending: list[str] = []  # written indexed pages not yet in a run
        self.ready: list[tuple[Path, Path]] = []  # (pages folder, bundle) waiting for Pagefind
        self.active: tuple[subprocess.Popen, Path, Path, Any] | None = None
        self.parts: list[Path] = []
        self.outputs: list[str] = []
        self.started_at = time.perf_counter()
        self.tmp: tempfile.TemporaryDirectory | None = None

    @property
    def started(self) -> bool:
        return self.tmp is not None

    def add(self, rel: str) -> None:
        """An indexed page MkDocs has written (its path inside the site)."""
        self.pending.append(rel)
        if len(self.pending) >= self.shard_pages:
            self._cut()
        self._advance()

    def finish(self) -> PagefindRun:
        """After the build: the last run, then the merge into ``site_dir/pagefind``."""
        if self.pending:
            self._cut()
        while self.active is not None or self.ready:
            self._advance(wait=True)
        bundle = self.site_dir / BUNDLE_DIR
        if bundle.exists():
            shutil.rmtree(bundle)
        try:
            merge_paused(self.parts, bundle)
        finally:
            self.abort()
        return PagefindRun(pages=_bundle_pages(bundle), seconds=time.perf_counter() - self.started_at,
                           output="\n".join(self.outputs), runs=len(self.parts))

    def abort(self) -> None:
        """Stop a running Pagefind and remove the runs' folders (a failed build, or nothing to do)."""
        if self.active is not None:
            self.active[0].kill()
            self.active[0].wait()
            self.active[3].close()
            self.active = None
        if self.tmp is not None:
            self.tmp.cleanup()
            self.tmp = None

    def _cut(self) -> None:
        if self.tmp is None:
            self.tmp = tempfile.TemporaryDirectory(dir=self.site_dir, prefix=".pagefind-runs-")
        number = len(self.parts) + len(self.ready) + (self.active is not None)
        source, part = Path(self.tmp.name) / f"site{number}", Path(self.tmp.name) / f"bundle{number}"
        _link_pages(self.site_dir, self.pending, source)
        self.pending = []
        self.ready.append((source, part))

    def _advance(self, wait: bool = False) -> None:
        if self.active is not None:
            proc, source, part, log_file = self.active
            if proc.poll() is None and not wait:
                return
            proc.wait()
            log_file.seek(0)
            output = log_file.read()
            log_file.close()
            self.active = None
            self.outputs.append(_checked(proc.returncode, output, part))
            self.parts.append(part)
            shutil.rmtree(source)
        if self.active is None and self.ready:
            source, part = self.ready.pop(0)
            log_file = tempfile.TemporaryFile(mode="w+")
            proc = subprocess.Popen([executable(), "--site", str(source), "--output-path", str(part)],
                                    stdout=log_file, stderr=subprocess.STDOUT, text=True,
                                    env={**os.environ, "NO_COLOR": "1"})
            self.active = (proc, source, part, log_file)


def _link_pages(site_dir: Path, pages: list[str], into: Path) -> None:
    """The pages, hard-linked (or copied) under ``into`` at the same paths."""
    for rel in pages:
        (into / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_dir / rel, into / rel)
        except OSError:
            shutil.copyfile(site_dir / rel, into / rel)


def _pagefind(args: list[str], bundle: Path) -> str:
    proc = subprocess.run([executable(), *args], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    return _checked(proc.returncode, proc.stdout + proc.stderr, bundle)


def _checked(returncode: int, output: str, bundle: Path) -> str:
    """Pagefind's output, or the error that names its failure (with what it printed)."""
    if returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        raise PluginError(f"briefings: Pagefind failed (exit {returncode}):\n{output.strip()}")
    return output


def indexed_files(site_dir: Path) -> list[str]:
    """The site's HTML files that Pagefind indexes (those with ``data-pagefind-body``), sorted."""
    found = []
    for path in site_dir.rglob("*.html"):
        rel = path.relative_to(site_dir)
        if rel.parts[0] != BUNDLE_DIR and b"data-pagefind-body" in path.read_bytes():
            found.append(rel.as_posix())
    return sorted(found)
