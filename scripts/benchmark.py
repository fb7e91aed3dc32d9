"""Speed, memory and search-size figures for briefing-archive. Prints; never asserts.

    .venv/bin/python scripts/benchmark.py                      # N = 1,000, 5,000 and 10,000
    .venv/bin/python scripts/benchmark.py --sizes 1000         # a subset
    .venv/bin/python scripts/benchmark.py --sizes 1000 --json out.json --profile

For each N it generates a synthetic archive (scripts/synthetic.py, seed 0,
cached under --workdir) and measures, each in its own process so memory
figures do not mix:

  pipeline      ``pipeline.run`` alone, cold (no cache), then again warm
  baseline      ``mkdocs build`` of N plain Markdown pages kept out of the nav
                (same theme and overrides, Material's search on): what any
                MkDocs site of that size costs
  material      ``mkdocs build`` of the archive, ``search: material``: cold
                (no extraction cache) and warm (the cache a previous build left);
                the warm build ``--repeat`` times (default 3), alternating with
                the baseline, and the medians compared: on a shared machine a
                single build can be 20-30% off either way
  pagefind      ``mkdocs build`` with ``search: pagefind``, warm (its extraction
                is the same as material's; Pagefind indexing time shown apart)

with wall time, CPU time (user + sys, less sensitive to a busy machine, but it
counts Pagefind's indexing, which the baseline does not do), the peak resident
memory of the largest process (``os.wait4``'s rusage, as /usr/bin/time reports
it) and of the whole process tree at once (sampled: Pagefind runs beside
MkDocs), the site's size and what a first search downloads:
Material's search_index.json (gzipped, as served) or, for Pagefind, the files
its UI fetches for one query (search/download.py). Then, on the 1,000
archive, what a ``mkdocs serve`` rebuild costs after one article is edited: the
pipeline with a warm StageCache, stage by stage, and the whole rebuild.

Targets it reports against (from the "Search and scale" issue): whole build at
10,000 <= 1.25 x baseline; pipeline share of a rebuild after one edit < 0.5 s
at 1,000; peak memory < 2 GB at 10,000; first search download < 300 KB at 10,000.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "plugins"))

import synthetic  # noqa: E402

TARGETS = {"build_ratio": 1.25, "rebuild_pipeline_s": 0.5, "peak_mb": 2048, "first_search_kb": 300}


# --------------------------------------------------------------------- measuring a child process


@dataclass
class Run:
    """One measured child process."""

    label: str
    wall: float
    cpu: float
    peak_mb: float  # the largest process of the tree (rusage)
    returncode: int
    output: str = ""
    data: dict = field(default_factory=dict)  # what the child printed as its last JSON line
    tree_mb: float = 0.0  # the whole tree at once (sampled; processes that overlap add up)

    def line(self) -> str:
        return f"{self.wall:7.1f} s wall {self.cpu:7.1f} s CPU  peak {self.peak_mb:6.0f} MB (tree {self.tree_mb:5.0f} MB)"


class TreeMemory:
    """The summed resident memory of a process and its descendants, sampled every 0.2 s (Linux
    /proc; elsewhere 0). rusage gives only the largest single process, and with `search:
    pagefind` a Pagefind run works beside MkDocs: the machine needs both at once."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kb = pid, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        return self.peak_kb / 1024

    def _sample(self) -> None:
        while not self.done.wait(0.2):
            self.peak_kb = max(self.peak_kb, sum(self._rss_kb(pid) for pid in self._tree(self.pid)))

    def _tree(self, pid: int) -> list[int]:
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return [pid]
        return [pid, *(p for child in children for p in self._tree(int(child)))]

    @staticmethod
    def _rss_kb(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return 0


def measure(label: str, cmd: list[str], cwd: Path | None = None) -> Run:
    """Run ``cmd``; wall time, CPU and peak RSS of its process tree (os.wait4, like /usr/bin/time)."""
    with tempfile.TemporaryFile(mode="w+") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, text=True,
                                env={**os.environ, "PYTHONHASHSEED": "0", "NO_COLOR": "1"})
        memory = TreeMemory(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        tree_mb = memory.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    data = {}
    for line in reversed(output.splitlines()):
        if line.startswith("{") and line.endswith("}"):
            data = json.loads(line)
            break
    run = Run(label, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, output, data,
              tree_mb)
    if run.returncode != 0:
        print(f"  !! {label} failed (exit {run.returncode}):\n" + "\n".join(output.splitlines()[-25:]))
    return run


def tree_size(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def kb(n: float) -> str:
    return f"{n / 1024:.0f} KB"


# --------------------------------------------------------------------- projects


def archive(workdir: Path, n: int, seed: int) -> tuple[Path, list[dict]]:
    """The synthetic archive of ``n`` articles (generated once, reused by later runs)."""
    root = workdir / f"archive-{n}-seed{seed}-v{synthetic.GENERATOR_VERSION}"
    stamp = root / "manifest.json"
    if not stamp.is_file():
        if root.exists():
            shutil.rmtree(root)
        started = time.perf_counter()
        specs = synthetic.generate(n, root / "seeds", seed)
        stamp.write_text(json.dumps([asdict(s) for s in specs]), encoding="utf-8")
        print(f"  generated {n} articles in {time.perf_counter() - started:.1f} s -> {root / 'seeds'}")
    return root / "seeds", json.loads(stamp.read_text(encoding="utf-8"))


def site_project(root: Path, seeds: Path, search: str) -> Path:
    """A copy of the repository's site set-up around ``seeds`` (the mkdocs.yml as shipped, search as given)."""
    import yaml

    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    shutil.copytree(REPO / "site_src", root / "site_src")
    (root / "seeds").symlink_to(seeds.resolve(), target_is_directory=True)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    plugins = []
    for plugin in config["plugins"]:
        if plugin == "search" and search == "pagefind":
            continue
        if isinstance(plugin, dict) and "briefings" in plugin:
            plugin["briefings"].update({"seeds": "seeds", "search": search})
        plugins.append(plugin)
    config["plugins"] = plugins
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root


def baseline_project(root: Path, seeds: Path) -> Path:
    """N plain Markdown pages (the same articles' text), out of the nav; same theme, Material search."""
    import yaml

    from briefing_archive.load import load_folder
    from briefing_archive.render.text import md

    if root.exists():
        shutil.rmtree(root)
    docs = root / "site_src"
    shutil.copytree(REPO / "site_src", docs)
    (docs / "pages").mkdir()
    articles, _ = load_folder(seeds)
    for i, article in enumerate(articles):
        lines = [line.strip() for line in article.text.splitlines() if line.strip()]
        title = next((line for line in lines if 4 <= len(line.split()) <= 25), f"Article {i}")
        body = "\n\n".join(md(line) for line in lines)
        (docs / "pages" / f"{i:05d}.md").write_text(f"# {md(title)}\n\n{body}\n", encoding="utf-8")
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = ["search"]
    config["nav"] = [{"Home": "index.md"}]
    config["not_in_nav"] = "/pages/"
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root


def mkdocs_build(label: str, project: Path) -> Run:
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    run = measure(label, [mkdocs, "build", "-f", str(project / "mkdocs.yml")], cwd=project)
    run.data["warnings"] = sum(1 for line in run.output.splitlines() if line.startswith("WARNING"))
    run.data["site_bytes"], run.data["site_files"] = tree_size(project / "site")
    for line in run.output.splitlines():
        if "Pagefind indexed" in line:
            run.data["pagefind"] = line.split("briefings: ", 1)[-1]
    return run


# --------------------------------------------------------------------- child entry points


def child_pipeline(seeds: str) -> None:
    """Cold then warm ``pipeline.run`` (prints a JSON line)."""
    from briefing_archive.knowledge import Knowledge
    from briefing_archive.pipeline import StageCache, run

    started = time.perf_counter()
    knowledge = Knowledge.load()
    load_s = time.perf_counter() - started
    cache = StageCache()
    started, cpu = time.perf_counter(), _cpu_with_workers()
    result = run(Path(seeds), knowledge, cache=cache)
    cold, cold_cpu = time.perf_counter() - started, _cpu_with_workers() - cpu
    started, cpu = time.perf_counter(), _cpu_with_workers()
    run(Path(seeds), knowledge, cache=cache)
    warm, warm_cpu = time.perf_counter() - started, _cpu_with_workers() - cpu
    print(json.dumps({"knowledge_s": load_s, "cold_s": cold, "cold_cpu_s": cold_cpu, "warm_s": warm, "warm_cpu_s": warm_cpu,
                      "briefings": len(result.briefings), "meetings": len(result.meetings),
                      "discrepancies": len(result.discrepancies), "problems": len(result.problems),
                      "outlet_known": sum(1 for b in result.briefings if b.outlet)}))


def _cpu_with_workers() -> float:
    """CPU seconds of this process and of its finished worker processes (extraction runs in a pool)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


class _Stopwatch:
    """Accumulated time per name, for wrapping functions a module imported by name."""

    def __init__(self) -> None:
        self.times: Counter[str] = Counter()  # wall seconds
        self.cpu: Counter[str] = Counter()  # this process's CPU seconds (robust to a busy machine)

    def clear(self) -> None:
        self.times.clear()
        self.cpu.clear()

    def wrap(self, module, name: str, label: str | None = None) -> None:
        original = getattr(module, name)
        key = label or name

        def timed(*args, **kwargs):
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.times[key] += time.perf_counter() - started
                self.cpu[key] += time.process_time() - cpu

        setattr(module, name, timed)


def child_rebuild(seeds: str, workdir: str, profile: str) -> None:
    """What a `mkdocs serve` rebuild costs after one article is edited (prints a JSON line).

    1. The pipeline with a warm StageCache: run, edit one file, run again (timed,
       stage by stage).
    2. The whole rebuild the way `mkdocs serve` does it: the same plugin object,
       a reloaded config, ``build()``; the plugin's share (pipeline, render,
       writing briefings/) timed apart.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import briefing_archive.mkdocs_plugin.plugin as plugin_module
    import briefing_archive.pipeline as pipeline
    import briefing_archive.stage as stage
    from briefing_archive.knowledge import Knowledge

    work = Path(workdir)
    if work.exists():
        shutil.rmtree(work)
    copy = work / "seeds"
    shutil.copytree(seeds, copy)
    target = sorted(copy.iterdir())[len(list(copy.iterdir())) // 2]

    def edit(n: int) -> None:
        raw = target.read_bytes()
        for encoding in ("utf-8", "utf-16", "gb18030", "cp1252"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        text = text.rstrip() + f"\n\nThe talks were followed by a working dinner, edit number {n}.\n"
        target.write_text(text, encoding="utf-8")

    watch = _Stopwatch()
    for name in ("load_folder", "find_boilerplate", "_mark_copies", "link", "compare"):
        watch.wrap(pipeline, name)
    for name in ("clean", "extract_briefing"):  # the cached stage (what a miss costs)
        watch.wrap(stage, name)
    knowledge = Knowledge.load()
    cache = pipeline.StageCache.open(work / "cache", defer_index=True)  # persisted, as the serving plugin's is
    pipeline.run(copy, knowledge, cache=cache)
    edit(1)
    watch.clear()
    misses_before = cache.misses
    prof = cProfile.Profile() if profile else None
    started, cpu = time.perf_counter(), time.process_time()
    pipeline.run(copy, knowledge, cache=cache)
    pipeline_s, pipeline_cpu = time.perf_counter() - started, time.process_time() - cpu
    stages = dict(watch.cpu)
    stages["other (cache keys and save, checks)"] = pipeline_cpu - sum(stages.values())
    # The first edit after start-up also pays one-time set-up in this process (the cold run
    # extracted in worker processes, so the extractors' regexes are compiled here only now);
    # a later edit shows the steady state of a serve session.
    edit(5)
    started, cpu = time.perf_counter(), time.process_time()
    pipeline.run(copy, knowledge, cache=cache)
    steady_s, steady_cpu = time.perf_counter() - started, time.process_time() - cpu
    if prof:  # a further edited run, profiled (the figures above are unprofiled)
        edit(3)
        prof.enable()
        pipeline.run(copy, knowledge, cache=cache)
        prof.disable()
    hot = ""
    if prof:
        buffer = io.StringIO()
        pstats.Stats(prof, stream=buffer).sort_stats("cumulative").print_stats(22)
        hot = buffer.getvalue()
        prof.dump_stats(profile)

    # The whole serve-style rebuild.
    project = site_project(work / "project", copy, "material")
    plugin_watch = _Stopwatch()
    for name in ("run", "render_site", "write_briefings"):
        plugin_watch.wrap(plugin_module, name)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(work / "served"))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/")
    edit(2)
    plugin_watch.clear()
    started, cpu = time.perf_counter(), time.process_time()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(work / "served"))  # serve reloads it
    build(config, serve_url="http://127.0.0.1:8000/")
    rebuild_s, rebuild_cpu = time.perf_counter() - started, time.process_time() - cpu
    config.plugins.on_shutdown()

    # `mkdocs serve --dirty`: only pages whose data changed are built again.
    dirty_dir = str(work / "served-dirty")
    config = load_config(str(project / "mkdocs.yml"), site_dir=dirty_dir)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
    edit(4)
    started, cpu = time.perf_counter(), time.process_time()
    config = load_config(str(project / "mkdocs.yml"), site_dir=dirty_dir)
    build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
    dirty_s, dirty_cpu = time.perf_counter() - started, time.process_time() - cpu
    config.plugins.on_shutdown()
    print(json.dumps({"pipeline_s": pipeline_s, "pipeline_cpu_s": pipeline_cpu, "stages_cpu": stages,
                      "steady_s": steady_s, "steady_cpu_s": steady_cpu,
                      "rebuild_s": rebuild_s, "rebuild_cpu_s": rebuild_cpu, "plugin_cpu": dict(plugin_watch.cpu),
                      "dirty_rebuild_s": dirty_s, "dirty_rebuild_cpu_s": dirty_cpu,
                      "misses": cache.misses - misses_before, "profile": hot}))


def child_phases(project: str) -> None:
    """Where a warm `mkdocs build` of the archive spends its time (prints a JSON line).

    Builds twice in one process (the first fills the extraction cache) and
    times the second by phase: the plugin's pipeline, render and writing;
    Markdown conversion; Material's search indexing; template rendering and
    writing the pages; the rest (collecting files, nav, sitemap, copying assets).
    """
    from mkdocs.commands import build as build_module
    from mkdocs.config import load_config
    from mkdocs.structure.pages import Page

    import briefing_archive.mkdocs_plugin.plugin as plugin_module

    watch = _Stopwatch()
    for name in ("run", "render_site", "write_briefings"):
        watch.wrap(plugin_module, name, f"plugin: {name}")
    watch.wrap(Page, "render", "markdown -> html (Page.render)")
    watch.wrap(build_module, "_build_page", "templates + page events + write (_build_page)")
    try:
        from material.plugins.search import plugin as search_module

        watch.wrap(search_module.SearchPlugin, "on_page_context", "material search: index pages")
        watch.wrap(search_module.SearchPlugin, "on_post_build", "material search: write index")
    except ImportError:
        pass
    import briefing_archive.search as search

    watch.wrap(search.Search, "on_page_content", "plugin: search markup")
    watch.wrap(search.Search, "on_post_build", "pagefind: index the site")
    for attempt in range(2):
        config = load_config(str(Path(project) / "mkdocs.yml"))
        config.plugins.on_startup(command="build", dirty=False)
        watch.clear()
        started, cpu = time.perf_counter(), time.process_time()
        build_module.build(config)
        total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
    phases = dict(watch.cpu)  # CPU seconds of this process (Pagefind's own process not included)
    page_key = "templates + page events + write (_build_page)"
    phases[page_key] = phases.get(page_key, 0) - phases.get("material search: index pages", 0)
    phases["rest of mkdocs (files, nav, assets, sitemap)"] = total_cpu - sum(phases.values())
    print(json.dumps({"total_s": total, "total_cpu_s": total_cpu, "phases": phases, "phases_wall": dict(watch.times)}))


# --------------------------------------------------------------------- the report


def browser_download(site: Path, queries: list[str]) -> dict[str, dict] | None:
    """What the search box really fetches for each first query, in headless Chromium (None without it).

    Each query in a fresh browser context (empty cache), from a briefing-index
    page: click the search box, type the query, wait for the results. Counted:
    every file of Pagefind's bundle and the box's own script and style
    (search.UI_FILES; the style loads with the page, the rest after the
    click). Sizes are as served: Pagefind's chunks are stored gzipped; scripts
    and styles counted gzipped (-6), as any static host serves them.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return None
    from briefing_archive.search.download import UI_FILES, gzip_size

    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "-b", "127.0.0.1", "-d", str(site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out: dict[str, dict] = {}
    try:
        time.sleep(1)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            for query in queries:
                context = browser.new_context()
                page = context.new_page()
                fetched: list[str] = []
                page.on("requestfinished", lambda r: fetched.append(r.url))
                page.goto(f"http://127.0.0.1:{port}/briefings/")
                page.wait_for_load_state("networkidle")
                early = [u for u in fetched if "/pagefind/" in u or UI_FILES[0] in u]
                page.click(".ba-search__input")
                page.fill(".ba-search__input", query)
                page.wait_for_function(
                    """() => {
                        const status = document.querySelector('.ba-search__status');
                        return status && /results? for|No results/.test(status.textContent)
                            && (document.querySelector('.ba-search__result') || /No results/.test(status.textContent));
                    }""", timeout=60000)
                page.wait_for_load_state("networkidle")
                message = page.inner_text(".ba-search__status")
                files = {}
                for url in fetched:
                    path = url.split(f":{port}/", 1)[1].split("?")[0]
                    local = site / path
                    if (path.startswith("pagefind/") or path in UI_FILES) and local.is_file():
                        binary = local.suffix.startswith(".pf_") or local.suffix == ".pagefind"
                        files[path] = local.stat().st_size if binary else gzip_size(local)
                if early:
                    message += f" (fetched before the box was focused: {', '.join(early)})"
                out[query] = {"message": message, "files": files, "total": sum(files.values())}
                context.close()
            browser.close()
    except Exception as err:  # a measurement, not a test: say why and go on
        print(f"  (browser measurement failed: {err})")
        return None
    finally:
        server.terminate()
    return out


def search_figures(site: Path, queries: list[str], mode: str) -> dict:
    from briefing_archive.search import download as search

    if mode == "material":
        index = site / "search" / "search_index.json"
        down = search.material_download(site)
        docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
        return {"index_bytes": index.stat().st_size, "download_bytes": down.total, "entries": len(docs)}
    out = {"queries": {}}
    for query in queries:
        down = search.pagefind_download(site, query)
        core = search.pagefind_download(site, query, results_shown=1, ui=False)
        out["queries"][query] = {
            "results": down.results, "download_bytes": down.total, "core_bytes": core.total,
            "ui_bytes": down.part(*search.UI_FILES),
            "js_bytes": down.part("pagefind/pagefind.js", "pagefind/pagefind-entry"),
            "meta_bytes": down.part("pagefind/pagefind.") - down.part("pagefind/pagefind.js"),
            "wasm_bytes": down.part("pagefind/wasm"), "filter_bytes": down.part("pagefind/filter"),
            "index_bytes": down.part("pagefind/index"), "fragment_bytes": down.part("pagefind/fragment"),
        }
    real = browser_download(site, queries)
    if real:
        for query, measured in real.items():
            out["queries"][query]["browser_bytes"] = measured["total"]
            out["queries"][query]["browser_message"] = measured["message"]
            out["queries"][query]["browser_files"] = measured["files"]
    out["download_bytes"] = max(q.get("browser_bytes") or q["download_bytes"] for q in out["queries"].values())
    out["bundle_bytes"], out["bundle_files"] = tree_size(site / "pagefind")
    return out


def queries_for(manifest: list[dict]) -> list[str]:
    people = Counter(p for spec in manifest for p in spec["participants"]).most_common()
    outlets = Counter(spec["outlet"] for spec in manifest).most_common()
    # A frequent name, a rare one, an outlet, a topic, and a sentence a reader might type, whose
    # words (a meeting verb, two frequent names) are in many briefings: each word is one more chunk.
    return [people[0][0], people[len(people) // 2][0], outlets[0][0], "export controls",
            f"{people[0][0]} meets {people[1][0]}"]


def bench_size(n: int, args, results: dict) -> None:
    print(f"\n=== N = {n:,} articles ===")
    seeds, manifest = archive(args.workdir, n, args.seed)
    words = [s["words"] for s in manifest]
    print(f"  archive: {len({s['meeting'] for s in manifest})} meetings, {sum(bool(s['discrepancies']) for s in manifest)} "
          f"articles with a planted discrepancy, body {min(words)}-{max(words)} words, "
          f"{mb(tree_size(seeds)[0])} of text")
    py = sys.executable
    me = str(Path(__file__).resolve())
    row: dict = {"n": n}
    results[str(n)] = row

    pipe = measure("pipeline", [py, me, "_pipeline", str(seeds)])
    row["pipeline"] = {"wall": pipe.data.get("cold_s"), "cpu": pipe.data.get("cold_cpu_s"), "warm": pipe.data.get("warm_s"),
                       "peak_mb": pipe.peak_mb, **{k: pipe.data.get(k) for k in ("briefings", "meetings", "discrepancies", "outlet_known")}}
    print(f"  pipeline alone, cold          {pipe.data.get('cold_s', float('nan')):7.1f} s wall "
          f"{pipe.data.get('cold_cpu_s', float('nan')):7.1f} s CPU  peak {pipe.peak_mb:6.0f} MB  "
          f"({pipe.data.get('briefings')} briefings, {pipe.data.get('meetings')} meetings, "
          f"{pipe.data.get('discrepancies')} discrepancies)")
    print(f"  pipeline alone, warm cache    {pipe.data.get('warm_s', float('nan')):7.1f} s wall "
          f"{pipe.data.get('warm_cpu_s', float('nan')):7.1f} s CPU")

    base_project = baseline_project(args.workdir / f"baseline-{n}", seeds)
    bases = [mkdocs_build("baseline", base_project)]
    base = bases[0]
    row["baseline"] = {"wall": base.wall, "cpu": base.cpu, "peak_mb": base.peak_mb, "site_bytes": base.data["site_bytes"]}
    print(f"  baseline: {n} plain pages     {base.line()}  site {mb(base.data['site_bytes'])}")

    queries = queries_for(manifest)
    for mode in args.search:
        project = site_project(args.workdir / f"site-{n}-{mode}", seeds, mode)
        cache = project / ".cache"
        builds = []
        if mode == args.search[0]:
            shutil.rmtree(cache, ignore_errors=True)
            builds.append(("cold", mkdocs_build(f"{mode} cold", project)))
        else:  # reuse the extraction cache of the first mode's builds
            shutil.copytree(args.workdir / f"site-{n}-{args.search[0]}" / ".cache", cache, dirs_exist_ok=True)
        # On a shared machine one build can be 20-30% off: each mode's warm build is repeated,
        # alternating with the baseline, and the medians compared.
        warms = []
        for attempt in range(args.repeat):
            if attempt or mode != args.search[0]:
                bases.append(mkdocs_build("baseline", base_project))
            warms.append(mkdocs_build(f"{mode} warm", project))
        builds.append(("warm", sorted(warms, key=lambda r: r.wall)[(len(warms) - 1) // 2]))
        base_wall, base_cpu = statistics.median_low(b.wall for b in bases), statistics.median_low(b.cpu for b in bases)
        if len(warms) > 1:
            row["baseline"].update(wall=base_wall, cpu=base_cpu, runs=[round(b.wall, 1) for b in bases])
            row[f"{mode}_warm_runs"] = [round(w.wall, 1) for w in warms]
            print(f"  {len(warms)} warm builds alternating with the baseline (medians compared): "
                  f"baseline {', '.join(f'{b.wall:.1f}' for b in bases)} s; "
                  f"{mode} {', '.join(f'{w.wall:.1f}' for w in warms)} s")
        for kind, build in builds:
            ratio = build.wall / base_wall if base_wall else float("nan")
            cpu_ratio = build.cpu / base_cpu if base_cpu else float("nan")
            row[f"{mode}_{kind}"] = {"wall": build.wall, "cpu": build.cpu, "peak_mb": build.peak_mb,
                                     "tree_mb": build.tree_mb, "ratio": ratio,
                                     "cpu_ratio": cpu_ratio, "site_bytes": build.data["site_bytes"],
                                     "warnings": build.data["warnings"], "pagefind": build.data.get("pagefind")}
            extra = f"  [{build.data['pagefind']}]" if build.data.get("pagefind") else ""
            print(f"  build, {mode:8} {kind:4}         {build.line()}  = {ratio:4.2f} x baseline wall "
                  f"({cpu_ratio:4.2f} x CPU), site {mb(build.data['site_bytes'])}, "
                  f"{build.data['warnings']} warnings{extra}")
        if args.profile and n == min(args.sizes):
            phases = measure("phases", [sys.executable, str(Path(__file__).resolve()), "_phases", str(project)]).data
            if phases:
                row[f"{mode}_phases"] = phases
                print(f"  where a warm {mode} build spends its {phases['total_cpu_s']:.1f} s CPU "
                      f"({phases['total_s']:.1f} s wall; in-process, second build):")
                for phase, seconds in sorted(phases["phases"].items(), key=lambda kv: -kv[1]):
                    if seconds >= 0.05:
                        print(f"    {phase:50} {seconds:6.1f} s")
        figures = search_figures(project / "site", queries, mode)
        row[f"{mode}_search"] = figures
        if mode == "material":
            print(f"  first search, material: search_index.json {mb(figures['index_bytes'])} "
                  f"({kb(figures['download_bytes'])} gzipped with the worker), {figures['entries']} entries")
        else:
            print(f"  first search, pagefind (bundle {mb(figures['bundle_bytes'])} in {figures['bundle_files']} files):")
            for query, q in figures["queries"].items():
                if "browser_bytes" in q:
                    print(f"    {query!r:28} in Chromium: {kb(q['browser_bytes'])} fetched ({q['browser_message']})")
                print(f"    {query!r:28} {q['results']:5} results: estimate {kb(q['download_bytes'])} with the box "
                      f"(box {kb(q['ui_bytes'])}, pagefind.js {kb(q['js_bytes'])}, wasm {kb(q['wasm_bytes'])}, "
                      f"metadata {kb(q['meta_bytes'])}, index {kb(q['index_bytes'])}, "
                      f"fragments {kb(q['fragment_bytes'])}); core {kb(q['core_bytes'])}")


def bench_rebuild(args, results: dict) -> None:
    n = 1000
    print(f"\n=== mkdocs serve: rebuild after editing one article, N = {n:,} ===")
    seeds, _ = archive(args.workdir, n, args.seed)
    profile = str(args.workdir / "rebuild-pipeline.prof") if args.profile else ""
    run = measure("rebuild", [sys.executable, str(Path(__file__).resolve()), "_rebuild", str(seeds),
                              str(args.workdir / "rebuild"), profile])
    data = run.data
    results["rebuild"] = {k: v for k, v in data.items() if k != "profile"}
    if not data:
        return
    print(f"  pipeline, warm StageCache     {data['pipeline_s']:7.2f} s wall {data['pipeline_cpu_s']:6.2f} s CPU  "
          f"({data['misses']} article re-extracted); CPU by stage:")
    for stage, seconds in sorted(data["stages_cpu"].items(), key=lambda kv: -kv[1]):
        print(f"    {stage:40} {seconds:6.2f} s")
    if "steady_cpu_s" in data:
        print(f"  pipeline, a later edit          {data['steady_s']:7.2f} s wall {data['steady_cpu_s']:6.2f} s CPU "
              f"(the first edit also compiles the extractors' patterns in this process)")
    plugin = data["plugin_cpu"]
    print(f"  whole serve rebuild           {data['rebuild_s']:7.2f} s wall {data['rebuild_cpu_s']:6.2f} s CPU, of which "
          f"the plugin: pipeline {plugin.get('run', 0):.2f} s, render {plugin.get('render_site', 0):.2f} s, "
          f"writing briefings/ {plugin.get('write_briefings', 0):.2f} s (CPU)")
    if "dirty_rebuild_s" in data:
        print(f"  whole rebuild, serve --dirty    {data['dirty_rebuild_s']:7.2f} s wall {data['dirty_rebuild_cpu_s']:6.2f} s CPU "
              f"(only pages whose data changed are built)")
    if data.get("profile"):
        print("  profile of the pipeline run after the edit (cumulative):")
        print("\n".join("    " + line for line in data["profile"].splitlines()[:40]))


def summary(results: dict) -> None:
    print("\n=== against the targets ===")
    big = max((int(k) for k in results if k.isdigit()), default=None)
    if big is not None:
        row = results[str(big)]
        for mode in ("material", "pagefind"):
            for kind in ("cold", "warm"):
                build = row.get(f"{mode}_{kind}")
                if build:
                    verdicts = ["met" if build[key] <= TARGETS["build_ratio"] else "MISSED" for key in ("ratio", "cpu_ratio")]
                    print(f"  build at {big:,}, {mode} {kind}: {build['ratio']:.2f} x baseline wall ({verdicts[0]}), "
                          f"{build['cpu_ratio']:.2f} x baseline CPU ({verdicts[1]}) (target <= {TARGETS['build_ratio']})")
        peaks = [max(v["peak_mb"], v.get("tree_mb", 0)) for v in row.values() if isinstance(v, dict) and "peak_mb" in v]
        if peaks:
            verdict = "met" if max(peaks) < TARGETS["peak_mb"] else "MISSED"
            print(f"  peak memory at {big:,} (the larger of the largest process and the whole tree at once): "
                  f"{max(peaks):.0f} MB (target < {TARGETS['peak_mb']} MB) {verdict}")
        for mode in ("material", "pagefind"):
            figures = row.get(f"{mode}_search")
            if figures:
                size = figures["download_bytes"] / 1024
                verdict = "met" if size < TARGETS["first_search_kb"] else "MISSED"
                print(f"  first search at {big:,}, {mode}: {size:.0f} KB (target < {TARGETS['first_search_kb']} KB) {verdict}")
    rebuild = results.get("rebuild")
    if rebuild:
        verdict = "met" if rebuild["pipeline_cpu_s"] < TARGETS["rebuild_pipeline_s"] else "MISSED"
        print(f"  pipeline share of a rebuild after one edit at 1,000: {rebuild['pipeline_cpu_s']:.2f} s CPU "
              f"({rebuild['pipeline_s']:.2f} s wall) "
              f"(target < {TARGETS['rebuild_pipeline_s']} s) {verdict}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_pipeline":
        child_pipeline(argv[1])
        return 0
    if argv and argv[0] == "_phases":
        child_phases(argv[1])
        return 0
    if argv and argv[0] == "_rebuild":
        child_rebuild(argv[1], argv[2], argv[3] if len(argv) > 3 else "")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 10000],
                        help="archive sizes to build (none: only the serve-rebuild figures)")
    parser.add_argument("--search", nargs="+", choices=("material", "pagefind"), default=["material", "pagefind"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-archive-bench")
    parser.add_argument("--repeat", type=int, default=3,
                        help="warm builds (and baselines, alternating) per size; the medians are compared")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the serve-rebuild measurement")
    parser.add_argument("--profile", action="store_true", help="profile the rebuild's pipeline run (cProfile)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    # Measure one version of the code even if the working tree changes during a long run.
    code = args.workdir / "code"
    shutil.rmtree(code, ignore_errors=True)
    shutil.copytree(REPO / "plugins" / "briefing_archive", code / "briefing_archive",
                    ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(code))
    os.environ["PYTHONPATH"] = os.pathsep.join([str(code)] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    from briefing_archive.pipeline import code_version

    print(f"briefing-archive benchmark: sizes {args.sizes}, search {args.search}, workdir {args.workdir}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, code {code_version()} (snapshot in {code})")
    results: dict = {"sizes": args.sizes}
    if not args.no_rebuild:
        bench_rebuild(args, results)
    for n in args.sizes:
        bench_size(n, args, results)
        if args.json:
            args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    summary(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
