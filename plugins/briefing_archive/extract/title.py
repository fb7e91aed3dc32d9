"""A real title for every briefing.

The article's own headline wins. Without one, build a short headline-style
title from what the article reports (who met whom, where), and only then fall
back to the opening words of the first sentence: never a junk line, never a
whole paragraph.
"""

from __future__ import annotations

from typing import Literal

from ..models import Evidence, MeetingReport, Person

TitleOrigin = Literal["headline", "generated", "fallback"]
_MAX_WORDS = 14
_VERBS = {"in person": "meets", "video": "holds video call with", "phone": "speaks by phone with", None: "meets"}


def make_title(
    headline: str | None,
    reports: list[MeetingReport],
    people: list[Person],
    sentences: list[Evidence],
) -> tuple[str, TitleOrigin]:
    """The headline, else a generated "X meets Y in Z", else a trimmed first sentence."""
    if headline and headline.strip():
        return " ".join(headline.split()), "headline"
    reported = [r for r in reports if r.status == "reported"] or reports
    if reported:
        return meeting_title(reported[0], people), "generated"
    if sentences:
        return _trim(sentences[0].sentence), "fallback"
    return "Untitled article", "fallback"


def meeting_title(report: MeetingReport, people: list[Person] | None = None) -> str:
    """"Kerry meets Wang Yi in Beijing": the first participant by article order acts."""
    order = {p.name: i for i, p in enumerate(people or [])}
    names = sorted(report.participants, key=lambda n: (order.get(n, len(order)), n))
    verb = _VERBS.get(report.format, "meets")
    if report.status == "preview":
        verb = "to meet" if report.format in (None, "in person") else "to hold call with"
    title = f"{names[0]} {verb} {_join(names[1:])}"
    if report.place and report.format in (None, "in person"):
        title += f" in {report.place}"
    return title


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _trim(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= _MAX_WORDS:
        return sentence.rstrip(".")
    cut = words[:_MAX_WORDS]
    # End on a content word, not "the"/"of"/"and".
    while cut and cut[-1].lower().strip(",;:") in {"the", "a", "an", "of", "and", "to", "in", "on", "with", "for", "by"}:
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"
