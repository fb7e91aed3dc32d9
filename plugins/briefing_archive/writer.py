"""Write the generated briefing Markdown to ``briefings/`` on disk.

Only files whose bytes changed are rewritten, and files of briefings that no
longer exist are removed, so ``briefings/`` always mirrors the seeds and a
``mkdocs serve`` rebuild touches as little as possible. With a ``memo`` kept
across rebuilds, a briefing whose page data is unchanged (and whose file is
as we left it) is not even rendered to Markdown again.
"""

from __future__ import annotations

from pathlib import Path

from .render.page import GeneratedPage
from .render.pages import SitePages


def write_briefings(pages: SitePages, out_dir: Path, memo: dict | None = None) -> tuple[int, int]:
    """Mirror the generated ``briefings/*.md`` into ``out_dir``; return (written, removed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, GeneratedPage] = {}
    for uri, page in pages.pages.items():
        if uri.startswith("briefings/") and uri != "briefings/index.md":
            wanted[uri.removeprefix("briefings/")] = page
    written = removed = 0
    for name, page in wanted.items():
        path = out_dir / name
        stamp = page.stamp() if memo is not None else None
        if stamp is not None and memo.get(name) == (stamp, _file_state(path)):
            continue
        data = page.markdown().encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            written += 1
        if memo is not None:
            memo[name] = (stamp, _file_state(path))
    for path in out_dir.glob("*.md"):
        if path.name not in wanted:
            path.unlink()
            removed += 1
            if memo is not None:
                memo.pop(path.name, None)
    return written, removed


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)
