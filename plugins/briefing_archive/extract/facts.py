"""Comparable facts an article states about a meeting: durations, counts, claims.

First version: no facts are extracted yet; ``conflicting`` compares values
literally. The discrepancy issue deepens both.
"""

from __future__ import annotations

from ..models import Evidence, Fact


def find_facts(sentences: list[Evidence]) -> list[Fact]:
    return []


def conflicting(a: Fact, b: Fact) -> bool:
    """True when two facts about the same subject cannot both be true."""
    return a.subject == b.subject and a.value != b.value
