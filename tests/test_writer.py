"""briefings/ on disk mirrors the generated pages, and rewrites only what changed."""

from __future__ import annotations

from briefing_archive.render.page import GeneratedPage, Heading, Text
from briefing_archive.render.pages import SitePages
from briefing_archive.writer import write_briefings


def _site(**bodies: str) -> SitePages:
    site = SitePages()
    for name, body in bodies.items():
        site.pages[f"briefings/{name}.md"] = GeneratedPage({"title": name}, [Heading("Text"), Text(body)])
    site.pages["briefings/index.md"] = GeneratedPage({"title": "index"}, [])
    site.pages["meetings/m.md"] = GeneratedPage({"title": "m"}, [])
    return site


def test_only_briefings_are_written_and_stale_files_removed(tmp_path):
    (tmp_path / "gone.md").write_text("old")
    written, removed = write_briefings(_site(a="one", b="two"), tmp_path)
    assert (written, removed) == (2, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith("---\ntitle: a\n---\n")


def test_with_a_memo_unchanged_pages_are_not_rendered_again(tmp_path, monkeypatch):
    memo: dict = {}
    write_briefings(_site(a="one", b="two"), tmp_path, memo)
    rendered: list[str] = []
    original = GeneratedPage.markdown
    monkeypatch.setattr(GeneratedPage, "markdown", lambda self: rendered.append(self.meta["title"]) or original(self))
    assert write_briefings(_site(a="one", b="changed"), tmp_path, memo) == (1, 0)
    assert rendered == ["b"]
    assert "changed" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_a_file_changed_by_hand_is_put_back(tmp_path):
    memo: dict = {}
    write_briefings(_site(a="one"), tmp_path, memo)
    expected = (tmp_path / "a.md").read_bytes()
    (tmp_path / "a.md").write_text("edited by hand, longer than before", encoding="utf-8")
    assert write_briefings(_site(a="one"), tmp_path, memo) == (1, 0)
    assert (tmp_path / "a.md").read_bytes() == expected
