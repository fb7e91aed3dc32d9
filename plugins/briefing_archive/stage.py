"""The cached stage: one article in, its briefing and copy-detection fingerprint out.

``pipeline.StageCache`` keys this stage's results by the source of the code it
runs (``pipeline.code_version``): this module and everything it imports.
The rest of the pipeline (loading the folder, linking, comparing, caching
itself) reads those results and cannot change them.
"""

from __future__ import annotations

from .clean import clean
from .copies import Fingerprint
from .extract import extract_briefing
from .knowledge import Knowledge
from .models import Article, Briefing


def extract_article(article: Article, bid: str, furniture: frozenset[str],
                    knowledge: Knowledge) -> tuple[Briefing, Fingerprint]:
    """Clean and extract one article; ``furniture``: its lines the archive counts as site furniture."""
    briefing = extract_briefing(article, clean(article, furniture), knowledge, bid)
    return briefing, Fingerprint.of(briefing.paragraphs)
