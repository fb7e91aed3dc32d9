"""Extract what an editor writes at the top of a briefing, with evidence.

``extract_briefing`` turns one cleaned article into a ``Briefing``. Each fact
comes from a focused module (dates, outlet, people, places, meetings, title);
this function only orders them and applies the curator's corrections, which
always win over extraction.
"""

from __future__ import annotations

from datetime import date

from ..knowledge import Knowledge
from ..models import Article, Briefing, Cleaned, Evidence
from .dates import find_dates, find_publication_date, parse_dateline
from .meetings import find_meetings
from .outlet import find_outlet_and_wire
from .people import find_people
from .places import find_places
from .text import split_sentences
from .title import make_title


def extract_briefing(article: Article, cleaned: Cleaned, knowledge: Knowledge, bid: str) -> Briefing:
    """Everything one article says, as a ``Briefing`` (meetings are linked later)."""
    source = article.source
    corrections = article.corrections
    paragraphs = list(cleaned.paragraphs)
    evidence: dict[str, Evidence] = {}
    warnings = [p.message for p in article.problems + cleaned.problems]

    # The lead (its dateline) and the removed furniture's timestamps and copyright years
    # help date a page whose metadata lines give no full date.
    published, published_line = find_publication_date(
        cleaned.meta_lines, paragraphs[0] if paragraphs else None, [r.text for r in cleaned.removed])
    if published_line:
        evidence["published"] = Evidence(source, published_line)
    if isinstance(corrections.get("published"), date):
        published = corrections["published"]

    dateline, lead = _dateline(paragraphs, published)
    if dateline is not None:
        evidence["dateline"] = Evidence(source, lead[: dateline.end].strip())
        if published is None and dateline.date is not None:
            published = dateline.date
            evidence["published"] = evidence["dateline"]

    (outlet, outlet_evidence), (wire, wire_evidence) = find_outlet_and_wire(cleaned.meta_lines, paragraphs, source)
    if outlet_evidence is not None:
        evidence["outlet"] = outlet_evidence
    if wire_evidence is not None:
        evidence["wire"] = wire_evidence
    if corrections.get("outlet"):
        outlet = str(corrections["outlet"])

    sentences = [Evidence(source, s) for p in paragraphs for s in split_sentences(p)]
    dates = find_dates(sentences, published)
    people = find_people(paragraphs, source, knowledge)
    places, organisations = find_places(paragraphs, source)
    reports = find_meetings(
        sentences=sentences,
        headline=cleaned.headline,
        people=people,
        published=published,
        dateline=dateline,
        knowledge=knowledge,
        source=source,
    )

    title, title_origin = make_title(cleaned.headline, reports, people, sentences)
    if corrections.get("title"):
        title, title_origin = str(corrections["title"]), "curator"

    if not paragraphs:
        warnings.append("no article text was found after cleaning")
    if published is None:
        warnings.append(
            "no publication date found: relative dates ('on Tuesday') could not be resolved; "
            "add 'published: YYYY-MM-DD' to the file's frontmatter"
        )
    if outlet is None:
        warnings.append("outlet unknown: add 'outlet: NAME' to the file's frontmatter if you know it")

    return Briefing(
        id=bid,
        source=source,
        title=title,
        title_origin=title_origin,
        outlet=outlet,
        wire=wire,
        published=published,
        paragraphs=paragraphs,
        dateline_place=dateline.place if dateline else None,
        dateline_date=dateline.date if dateline else None,
        people=people,
        places=places,
        organisations=organisations,
        dates=dates,
        reports=reports,
        removed=list(cleaned.removed),
        evidence=evidence,
        corrected=sorted(k for k in corrections if k in {"title", "outlet", "published", "url", "place"}),
        warnings=warnings,
    )


def _dateline(paragraphs: list[str], published: date | None):
    """The dateline and its paragraph: the lead, or just below a standfirst or summary lines."""
    for paragraph in paragraphs[:3]:
        found = parse_dateline(paragraph, published)
        if found is not None:
            return found, paragraph
    return None, ""
