"""Meetings an article reports: who met whom, when, where, and how.

First version: a sentence with a meeting verb and two or more people named in
it is a meeting report; its date is the date expression in that sentence (or
the dateline/publication day for "met on Tuesday"-less wire copy); its format
comes from "video link"/"phone call" wording.
"""

from __future__ import annotations

import re
from datetime import date

from ..knowledge import Knowledge
from ..models import Evidence, MeetingReport, Person
from .dates import Dateline, find_dates
from .places import place_of

_MEETING = re.compile(
    r"\b(met|meets|meeting|held talks|holds talks|talks with|talks between|told|received|hosted|"
    r"spoke (?:by|over the) (?:phone|telephone)|phone call|video call|video link|video conference)\b",
    re.IGNORECASE,
)
_VIDEO = re.compile(r"\b(video link|video call|video conference|videoconference|virtual(?:ly)? (?:meeting|summit|talks))\b", re.I)
_PHONE = re.compile(r"\b(phone call|telephone call|by phone|by telephone|over the phone|phone conversation|spoke by phone)\b", re.I)


def find_meetings(
    *,
    sentences: list[Evidence],
    headline: str | None,
    people: list[Person],
    published: date | None,
    dateline: Dateline | None,
    knowledge: Knowledge,
    source: str,
) -> list[MeetingReport]:
    """Meeting reports in article order, one per distinct set of participants."""
    by_participants: dict[tuple[str, ...], MeetingReport] = {}
    for ev in sentences:
        if not _MEETING.search(ev.sentence):
            continue
        named = _people_in(ev.sentence, people)
        if len(named) < 2:
            continue
        key = tuple(sorted(named))
        report = by_participants.get(key)
        if report is None:
            report = MeetingReport(participants=key, date=None)
            by_participants[key] = report
        report.evidence.append(ev)
        if report.date is None:
            mentions = [m for m in find_dates([ev], published) if m.precision == "day"]
            if mentions:
                report.date, report.date_text, report.date_uncertain = (
                    mentions[0].value, mentions[0].text, mentions[0].uncertain)
        if report.format is None:
            if _VIDEO.search(ev.sentence):
                report.format = "video"
            elif _PHONE.search(ev.sentence):
                report.format = "phone"
        if report.place is None and report.format is None:
            report.place = place_of(ev.sentence)
    for report in by_participants.values():
        if report.date is None and dateline is not None and dateline.date is not None:
            report.date, report.date_uncertain = dateline.date, True
        if report.format is None:
            report.format = "in person"
        for person in people:
            if person.name in report.participants and person.roles:
                report.roles[person.name] = person.roles[0].title
    return list(by_participants.values())


def _people_in(sentence: str, people: list[Person]) -> list[str]:
    found: list[str] = []
    for person in people:
        if any(re.search(rf"\b{re.escape(form)}\b", sentence) for form in person.forms):
            found.append(person.name)
    return found
