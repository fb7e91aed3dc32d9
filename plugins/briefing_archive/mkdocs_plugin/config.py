"""Options of the ``briefings`` plugin in ``mkdocs.yml``."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as opt


class BriefingsConfig(base.Config):
    """``plugins: - briefings: {seeds: seeds, knowledge: [my-actors.yaml]}``.

    Paths are relative to the folder that holds ``mkdocs.yml``.
    """

    seeds = opt.Type(str, default="seeds")  # folder of articles
    output = opt.Type(str, default="briefings")  # generated Markdown on disk; "" to skip writing
    knowledge = opt.ListOfItems(opt.Type(str), default=[])  # extra knowledge-base YAML files
    cache = opt.Type(str, default=".cache/briefings")  # folder of per-article results; "" for none
    search = opt.Choice(("material", "pagefind"), default="material")
    workers = opt.Type(int, default=0)  # processes for extracting new articles; 0: one per CPU
