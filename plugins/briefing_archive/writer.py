"""Write the generated briefing Markdown to ``briefings/`` on disk.

Only files whose bytes changed are rewritten, and files of briefings that no
longer exist are removed, so ``briefings/`` always mirrors the seeds and a
``mkdocs serve`` rebuild touches as little as possible.
"""

from __future__ import annotations

from pathlib import Path

from .render.pages import SitePages


def write_briefings(pages: SitePages, out_dir: Path) -> tuple[int, int]:
    """Mirror the generated ``briefings/*.md`` into ``out_dir``; return (written, removed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, str] = {}
    for uri, page in pages.pages.items():
        if uri.startswith("briefings/") and uri != "briefings/index.md":
            wanted[uri.removeprefix("briefings/")] = page.markdown()
    written = removed = 0
    for name, text in wanted.items():
        path = out_dir / name
        data = text.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            written += 1
    for path in out_dir.glob("*.md"):
        if path.name not in wanted:
            path.unlink()
            removed += 1
    return written, removed
