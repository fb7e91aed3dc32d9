"""What the rendered pages list, and how that grows with the archive."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from briefing_archive.knowledge import Knowledge
from briefing_archive.models import Archive, Meeting
from briefing_archive.render.pages import RELATED_SHOWN, render_site
from briefing_archive.search import MATERIAL, searchable

START = date(2023, 3, 1)


def _meeting(day: int, people: tuple[str, ...] = ("Ada Lang", "Bo Chen")) -> Meeting:
    when = START + timedelta(days=7 * day)
    slug = "-".join(p.lower().replace(" ", "-") for p in people)
    return Meeting(id=f"{when.isoformat()}-{slug}", title=f"{people[0]} meets {people[1]} (week {day})", date=when,
                   end_date=None, place="Geneva", format="in person", participants=list(people), roles={}, coverage=[])


@pytest.fixture(scope="module")
def site():
    meetings = [_meeting(day) for day in range(10)] + [_meeting(0, ("Ada Lang", "Cy Dore"))]
    return render_site(Archive([], meetings, []), Knowledge.load()), meetings


def _related_titles(html: str) -> list[str]:
    block = re.search(r'<ul class="ba-related">(.*?)</ul>', html, re.S)
    assert block, "no list of related meetings"
    return re.findall(r"\(week (\d+)\)", block.group(1))


def test_a_meeting_lists_the_nearest_meetings_of_the_same_people_on_each_side(site):
    pages, meetings = site
    html = pages.pages[f"meetings/{meetings[5].id}.md"].html()
    assert RELATED_SHOWN == 3
    assert _related_titles(html) == ["2", "3", "4", "6", "7", "8"]
    assert "earlier:" in html and "later:" in html


def test_the_rest_are_counted_and_left_to_the_participants_pages(site):
    pages, meetings = site
    html = pages.pages[f"meetings/{meetings[0].id}.md"].html()
    assert _related_titles(html) == ["1", "2", "3"]
    more = re.search(r'<li class="ba-related__more">(\d+) more, in the meetings of (.*?)</li>', html)
    assert more and more.group(1) == "6"
    assert 'href="../../people/ada-lang/#meetings"' in more.group(2)
    assert 'href="../../people/bo-chen/#meetings"' in more.group(2)
    # ... whose timelines still hold every meeting.
    person = pages.pages["people/ada-lang.md"].html()
    timeline = re.search(r'<ol class="ba-timeline">(.*?)</ol>', person, re.S).group(1)
    assert timeline.count("<li>") == 11


def test_a_short_list_is_whole_and_other_pairs_are_not_related(site):
    pages, meetings = site
    html = pages.pages[f"meetings/{meetings[-1].id}.md"].html()  # Ada Lang and Cy Dore met once
    assert "ba-related" not in html
    few = render_site(Archive([], [_meeting(d) for d in range(4)], []), Knowledge.load())
    html = few.pages[f"meetings/{_meeting(1).id}.md"].html()
    assert _related_titles(html) == ["0", "2", "3"]
    assert "ba-related__more" not in html


def test_the_list_is_left_out_of_search(site):
    pages, meetings = site
    marked = searchable(pages.pages[f"meetings/{meetings[5].id}.md"].html(), "meeting", MATERIAL)
    assert '<ul class="ba-related" data-search-exclude="true">' in marked
    assert '<h2 id="other-meetings-of-the-same-people" data-search-exclude="true">' in marked
