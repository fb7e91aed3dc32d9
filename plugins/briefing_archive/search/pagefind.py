"""Running Pagefind, in runs of at most ``SHARD_PAGES`` pages merged into one bundle (merge.py):
on search copies of the pages while MkDocs builds (``BackgroundRuns``, a whole build), or on
the built site (``run_pagefind``, after a ``serve --dirty`` rebuild, which makes only some pages)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from . import merge

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
# bundles ``merge_bundles`` joins into one. A run works while MkDocs (about 0.9 GB at 10,000
# briefings) builds, so the two add up: 1.8 GB at most with runs of 3,500 pages, 1.55 GB with
# 2,500 (measured, the whole process tree's resident memory), for the same build time.
SHARD_PAGES = 2500


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
            merge.merge_paused(parts, bundle)
        output = "\n".join(outputs)
    seconds = time.perf_counter() - started
    return PagefindRun(pages=_bundle_pages(bundle), seconds=seconds, output=output, runs=runs)


def _bundle_pages(bundle: Path) -> int:
    """How many pages a bundle indexes (from its entry file)."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


class BackgroundRuns:
    """Pagefind indexing that starts while MkDocs builds, on search copies of the indexed pages.

    Pagefind reads only a page's ``data-pagefind-body`` (and the ``lang`` of its
    ``<html>``), which the plugin makes in ``on_page_content``, before MkDocs
    renders a single template. So each indexed page is written at once as a
    *search copy*, that body in a bare HTML document at the page's path in a
    run folder, and Pagefind indexes a run folder as soon as it holds
    ``SHARD_PAGES`` pages (at ``close``, in MkDocs' ``on_env``, whatever is
    left), in the background on the core MkDocs leaves idle, one job at a time
    (a run of 2,500 pages holds about 0.7 GB). With several runs the merge is one more job, in a
    Python process of its own (``python -m briefing_archive.search.merge``). So
    Pagefind works while MkDocs renders its templates, and what is left after
    the build is what has not finished by then. A copy gives the bundle a page
    from the built site would give (tests/test_search.py compares them).
    """

    def __init__(self, site_dir: Path, language: str = "en", shard_pages: int | None = None) -> None:
        self.site_dir = site_dir
        self.language = language
        self.shard_pages = shard_pages or SHARD_PAGES
        self.pending = 0  # copies in the open run folder
        self.ready: list[tuple[Path, Path]] = []  # (copies folder, its bundle) waiting for Pagefind
        self.active: _Job | None = None
        self.parts: list[Path] = []  # the runs' bundles
        self.merged: Path | None = None  # the merge job's bundle, once it has started
        self.outputs: list[str] = []
        self.cuts = 0  # run folders so far
        self.closed = False
        self.failure: PluginError | None = None
        self.started_at = time.perf_counter()
        site_dir.mkdir(parents=True, exist_ok=True)  # (MkDocs has not written a page yet)
        self.tmp = tempfile.TemporaryDirectory(dir=site_dir, prefix=".pagefind-runs-")
        self.folder = self._folder()

    def add(self, rel: str, body: str) -> None:
        """An indexed page (its path inside the site, and its ``data-pagefind-body`` element)."""
        path = self.folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'<!DOCTYPE html>\n<html lang="{self.language}"><head><meta charset="utf-8"></head>'
                        f"<body>\n{body}\n</body></html>\n", encoding="utf-8")
        self.pending += 1
        if self.pending >= self.shard_pages:
            self._cut()
        self.poll()

    def close(self) -> None:
        """No more pages: the last run folder goes to Pagefind too."""
        if self.pending:
            self._cut()
        self.closed = True
        self.poll()

    def poll(self, wait: bool = False) -> None:
        """Note a finished job and start the next: a run, else (all runs done) the merge.

        A job that failed starts no other; ``finish`` reports it after the build (raised
        here, MkDocs would blame the page it was building)."""
        if self.active is not None:
            if not self.active.done(wait):
                return
            job, self.active = self.active, None
            if job.source is not None:
                shutil.rmtree(job.source)
            try:
                self.outputs.append(job.finished())
            except PluginError as err:
                self.failure = err
            else:
                if job.source is not None:  # a run (not the merge)
                    self.parts.append(job.bundle)
        if self.failure is not None:
            return
        if self.ready:
            source, part = self.ready.pop(0)
            self.active = _Job.start([executable(), "--site", str(source), "--output-path", str(part)],
                                     part, source)
        elif self.closed and len(self.parts) > 1 and self.merged is None:
            self.merged = Path(self.tmp.name) / "merged"
            self.active = _Job.start([sys.executable, "-m", "briefing_archive.search.merge",
                                      f"--chunk-units={merge.CHUNK_UNITS}", str(self.merged),
                                      *map(str, self.parts)], self.merged, env=_importable())

    def finish(self) -> PagefindRun:
        """After the build: wait for what is left, then move the bundle to ``site_dir/pagefind``."""
        try:
            self.close()
            while self.active is not None:
                self.poll(wait=True)
            if self.failure is not None:
                raise self.failure
            bundle = self.site_dir / BUNDLE_DIR
            if bundle.exists():
                shutil.rmtree(bundle)
            if not self.parts:
                raise PluginError("briefings: search: pagefind, but no page was indexed")
            os.replace(self.merged or self.parts[0], bundle)
        finally:
            self.abort()
        return PagefindRun(pages=_bundle_pages(bundle), seconds=time.perf_counter() - self.started_at,
                           output="\n".join(self.outputs), runs=len(self.parts))

    def abort(self) -> None:
        """Stop what runs and remove the run folders (a failed build, or after ``finish``)."""
        if self.active is not None:
            self.active.kill()
            self.active = None
        self.tmp.cleanup()

    def _folder(self) -> Path:
        return Path(self.tmp.name) / f"site{self.cuts}"

    def _cut(self) -> None:
        self.ready.append((self.folder, Path(self.tmp.name) / f"bundle{self.cuts}"))
        self.cuts += 1
        self.pending = 0
        self.folder = self._folder()


@dataclass
class _Job:
    """A background process (a Pagefind run or the merge), its output collected in a file."""

    proc: subprocess.Popen
    log: Any
    bundle: Path  # the bundle it writes
    source: Path | None = None  # the copies a run indexes (removed when it is done)

    @classmethod
    def start(cls, args: list[str], bundle: Path, source: Path | None = None,
              env: dict[str, str] | None = None) -> _Job:
        log = tempfile.TemporaryFile(mode="w+")
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, text=True,
                                env={**(env or os.environ), "NO_COLOR": "1"})
        return cls(proc, log, bundle, source)

    def done(self, wait: bool) -> bool:
        if wait:
            self.proc.wait()
        return self.proc.poll() is not None

    def finished(self) -> str:
        """What it printed; raises, with that output, if it failed."""
        self.log.seek(0)
        output = self.log.read()
        self.log.close()
        return _checked(self.proc.returncode, output, self.bundle)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.log.close()


def _importable() -> dict[str, str]:
    """The environment for a Python child that imports this package from where it was imported."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": root + (os.pathsep + path if path else "")}


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
