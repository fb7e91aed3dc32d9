"""Shared fixtures: a real MkDocs project in a temporary folder, built in-process."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Project:
    """A copy of the repository's site setup around a given folder of articles."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    def build(self, strict: bool = True):
        """Run a real `mkdocs build` of this project; returns the loaded config."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(str(self.config_file), strict=strict)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        return config

    def page(self, url: str) -> str:
        return (self.site / url / "index.html").read_text(encoding="utf-8")


def make_project(root: Path, articles: Path | list[Path], **plugin_options) -> Project:
    """A project at ``root``: the repo's mkdocs.yml and site_src, the given articles as seeds."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "site_src", root / "site_src")
    seeds = root / "seeds"
    if isinstance(articles, Path):
        shutil.copytree(articles, seeds)
    else:
        seeds.mkdir()
        for path in articles:
            shutil.copy(path, seeds / path.name)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "briefings" in plugin:
            plugin["briefings"].update({"cache": "", **plugin_options})
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return Project(root)


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Project:
    """The shipped seeds, built once for every test that only reads the result."""
    project = make_project(tmp_path_factory.mktemp("seedsite"), SEEDS)
    project.build(strict=True)
    return project


@pytest.fixture(scope="session")
def seed_archive():
    from briefing_archive.knowledge import Knowledge
    from briefing_archive.pipeline import run

    return run(SEEDS, Knowledge.load())
