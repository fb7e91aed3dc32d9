"""The compare stage: every kind of discrepancy, every planted quiet case, and corpus-level figures."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing_archive.compare import compare
from briefing_archive.knowledge import Knowledge
from briefing_archive.models import Briefing, Coverage, Discrepancy, Evidence, Fact, Meeting, MeetingReport, Person, RoleMention

REPO = Path(__file__).resolve().parents[1]

KB = Knowledge.from_data({
    "offices": {
        "premier-cn": {"title": "Premier of the State Council", "country": "CN", "forms": ["premier"]},
        "vice-premier-cn": {"title": "Vice Premier", "country": "CN", "forms": ["vice premier"]},
        "fm-cn": {"title": "Minister of Foreign Affairs", "country": "CN", "forms": ["foreign minister"]},
        "cfac-cn": {"title": "Director of the Office of the Central Foreign Affairs Commission", "country": "CN",
                    "forms": ["director of the office of the central foreign affairs commission"]},
        "nsa-us": {"title": "National Security Advisor", "country": "US", "forms": ["national security adviser"]},
    },
    "people": [
        {"name": "Li Keqiang", "country": "CN", "terms": [{"office": "premier-cn", "start": date(2013, 3, 15), "end": date(2023, 3, 11)}]},
        {"name": "Li Qiang", "country": "CN", "terms": [{"office": "premier-cn", "start": date(2023, 3, 11), "end": None}]},
        {"name": "Liu He", "country": "CN", "terms": [{"office": "vice-premier-cn", "start": date(2018, 3, 19), "end": date(2023, 3, 12)}]},
        {"name": "He Lifeng", "country": "CN", "terms": [{"office": "vice-premier-cn", "start": date(2023, 3, 12), "end": None}]},
        {"name": "Qin Gang", "country": "CN", "terms": [{"office": "fm-cn", "start": date(2022, 12, 30), "end": date(2023, 7, 25)}]},
        {"name": "Wang Yi", "country": "CN", "terms": [
            {"office": "fm-cn", "start": date(2013, 3, 16), "end": date(2022, 12, 30)},
            {"office": "fm-cn", "start": date(2023, 7, 25), "end": None},
            {"office": "cfac-cn", "start": date(2023, 1, 1), "end": None}]},
        {"name": "Jake Sullivan", "country": "US", "terms": [{"office": "nsa-us", "start": date(2021, 1, 20), "end": date(2025, 1, 20)}]},
        {"name": "John Kerry", "country": "US", "terms": []},
        {"name": "Joe Biden", "country": "US", "terms": []},
        {"name": "Xi Jinping", "country": "CN", "terms": []},
    ],
})


# ------------------------------------------------------------------ builders


class Story:
    """One article: a briefing whose sentences back the reports built from it."""

    def __init__(self, bid: str, *sentences: str, copies: tuple[str, ...] = ()) -> None:
        self.briefing = Briefing(id=bid, source=f"{bid}.txt", title=bid, title_origin="generated", outlet=bid,
                                 published=None, paragraphs=[" ".join(sentences)], copies=list(copies))
        self.sentences = [Evidence(self.briefing.source, s) for s in sentences]

    def says(self, participants: tuple[str, ...], day: date | None = None, *, text: str | None = None,
             roles: dict[str, str] | None = None, facts: list[tuple[str, str, str]] = (), **kw) -> MeetingReport:
        """A report backed by every sentence; ``text`` names the date expression; facts are (kind, subject, value)."""
        report = MeetingReport(participants=tuple(sorted(participants)), date=day, date_text=text,
                               roles=dict(roles or {}), evidence=list(self.sentences), **kw)
        for name, title in (roles or {}).items():
            sentence = next((e for e in self.sentences if title in e.sentence), self.sentences[0])
            self.briefing.people.append(Person(name, [name], [RoleMention(title, sentence)], True, [sentence]))
        for kind, subject, value in facts:
            sentence = next((e for e in self.sentences if value.split()[-1] in e.sentence), self.sentences[0])
            report.facts.append(Fact(kind, subject, value, sentence))
        self.briefing.reports.append(report)
        return report


def meeting(*items: tuple[Story, MeetingReport], day: date | None = None, mid: str = "m1", **kw) -> Meeting:
    people = sorted({n for _, r in items for n in r.participants})
    return Meeting(id=mid, title=mid, date=day or items[0][1].date or date(2024, 4, 2), end_date=kw.pop("end_date", None),
                   place=kw.pop("place", None), format=kw.pop("format", None), participants=people, roles={},
                   coverage=[Coverage(s.briefing.id, r) for s, r in items], **kw)


def run(*meetings: Meeting) -> list[Discrepancy]:
    briefings = {c.briefing: None for m in meetings for c in m.coverage}
    stories = [s for s in _STORIES if s.briefing.id in briefings]
    return compare(list(meetings), [s.briefing for s in stories], KB)


_STORIES: list[Story] = []


@pytest.fixture(autouse=True)
def _fresh_stories():
    _STORIES.clear()
    yield
    _STORIES.clear()


def story(bid: str, *sentences: str, copies: tuple[str, ...] = ()) -> Story:
    s = Story(bid, *sentences, copies=copies)
    _STORIES.append(s)
    return s


def kinds(found: list[Discrepancy]) -> list[str]:
    return [d.kind for d in found]


def sides(d: Discrepancy) -> dict[str, list[str]]:
    return {c.value: c.briefings for c in d.claims}


JULY_18 = date(2023, 7, 18)


# ------------------------------------------------------------------ person


def test_one_office_two_names_is_a_person_discrepancy_with_both_sentences_and_the_knowledge() -> None:
    a = story("a", "Kerry told Chinese Premier Li Qiang on Tuesday that ties must stabilise.")
    b = story("b", "Kerry also met with Chinese Premier Li Keqiang on Tuesday.")
    ra = a.says(("John Kerry", "Li Qiang"), JULY_18, text="Tuesday", roles={"Li Qiang": "Chinese Premier"})
    rb = b.says(("John Kerry", "Li Keqiang"), JULY_18, text="Tuesday", roles={"Li Keqiang": "Chinese Premier"})
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "person"
    assert sides(found) == {"Li Qiang": ["a"], "Li Keqiang": ["b"]}
    assert [c.evidence[0].sentence for c in found.claims] == [a.sentences[0].sentence, b.sentences[0].sentence] or \
        {c.evidence[0].sentence for c in found.claims} == {a.sentences[0].sentence, b.sentences[0].sentence}
    assert "Li Qiang held the office of Premier of the State Council on 18 July 2023" in found.note
    assert "Li Keqiang held it 15 March 2013 to 11 March 2023" in found.note


def test_a_near_miss_name_in_the_same_seat_without_any_title() -> None:
    a = story("a", "Jake Sullivan met Wang Yi in Bangkok on Friday.")
    b = story("b", "Jack Sullivan met Wang Yi in Bangkok on Friday.")
    ra = a.says(("Jake Sullivan", "Wang Yi"), date(2024, 1, 26))
    rb = b.says(("Jack Sullivan", "Wang Yi"), date(2024, 1, 26))
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "person" and set(sides(found)) == {"Jake Sullivan", "Jack Sullivan"}
    assert "Jack Sullivan is not a name it knows" in found.note


def test_a_misspelling_kept_under_the_canonical_name_is_still_shown() -> None:
    a = story("a", "Jake Sullivan met Wang Yi on Friday.")
    b = story("b", "Jack Sullivan met Wang Yi on Friday.")
    ra = a.says(("Jake Sullivan", "Wang Yi"), date(2024, 1, 26))
    rb = b.says(("Jake Sullivan", "Wang Yi"), date(2024, 1, 26), names_as_written={"Jake Sullivan": "Jack Sullivan"})
    [found] = run(meeting((a, ra), (b, rb)))
    assert set(sides(found)) == {"Jake Sullivan", "Jack Sullivan"}


def test_two_people_with_one_title_side_by_side_are_two_people() -> None:
    a = story("a", "Foreign Minister Wang Yi and Foreign Minister Mauro Vieira met Amorim on May 23, 2024.")
    ra = a.says(("Mauro Vieira", "Wang Yi", "Celso Amorim"), date(2024, 5, 23), text="May 23, 2024",
                roles={"Mauro Vieira": "Foreign Minister", "Wang Yi": "Foreign Minister"})
    assert run(meeting((a, ra))) == []


def test_one_article_naming_a_former_office_holder_disagrees_with_the_knowledge() -> None:
    a = story("a", "Yellen met Vice Premier Liu He on Friday.")
    ra = a.says(("Janet Yellen", "Liu He"), date(2024, 4, 5), text="Friday", roles={"Liu He": "Vice Premier"})
    [found] = run(meeting((a, ra)))
    assert found.kind == "person" and sides(found) == {"Liu He": ["a"]}
    assert "He Lifeng held the office of Vice Premier on 5 April 2024" in found.note


@pytest.mark.parametrize("uncertain, flagged", [(False, True), (True, False)])
def test_a_guessed_date_near_a_handover_is_not_judged(uncertain: bool, flagged: bool) -> None:
    a = story("a", "Yellen met Vice Premier Liu He on March 20.")
    ra = a.says(("Janet Yellen", "Liu He"), date(2023, 3, 20), text="March 20", roles={"Liu He": "Vice Premier"},
                date_uncertain=uncertain)
    assert bool(run(meeting((a, ra)))) is flagged


def test_an_undated_meeting_is_not_compared() -> None:
    a = story("a", "Biden and Xi held a video call.")
    b = story("b", "Xi had a phone conversation with Biden.")
    ra, rb = a.says(("Joe Biden", "Xi Jinping"), format="video"), b.says(("Joe Biden", "Xi Jinping"), format="phone")
    undated = meeting((a, ra), (b, rb))
    undated.date = None
    assert run(undated) == []


def test_a_report_from_another_time_does_not_speak_for_the_meeting() -> None:
    a = story("a", "Biden and Xi held a video call on Monday.")
    b = story("b", "Xi had a phone conversation with Biden.")
    b.briefing.published = date(2024, 4, 3)
    ra = a.says(("Joe Biden", "Xi Jinping"), date(2021, 11, 15), text="Monday", format="video")
    rb = b.says(("Joe Biden", "Xi Jinping"), format="phone")
    assert run(meeting((a, ra), (b, rb))) == []


def test_an_undated_report_whose_title_belongs_to_another_time_is_left_out() -> None:
    a = story("a", "Kerry told Chinese Premier Li Qiang on Tuesday that ties must stabilise.")
    b = story("b", "Kerry met Chinese Premier Li Keqiang in Beijing.")  # no date anywhere: maybe years earlier
    ra = a.says(("John Kerry", "Li Qiang"), JULY_18, text="Tuesday", roles={"Li Qiang": "Chinese Premier"})
    rb = b.says(("John Kerry", "Li Keqiang"), roles={"Li Keqiang": "Chinese Premier"})
    assert run(meeting((a, ra), (b, rb))) == []


def test_an_article_without_any_date_speaks_only_where_its_people_meet_once() -> None:
    a = story("a", "Biden and Xi held a video call on Monday.")
    b = story("b", "Xi had a phone conversation with Biden.")
    c = story("c", "Biden and Xi met in Bali on Monday.")
    ra = a.says(("Joe Biden", "Xi Jinping"), date(2021, 11, 15), text="Monday", format="video")
    rb = b.says(("Joe Biden", "Xi Jinping"), format="phone")
    rc = c.says(("Joe Biden", "Xi Jinping"), date(2022, 11, 14), text="Monday", place="Bali", format="in person")
    assert run(meeting((a, ra), (b, rb), mid="2021"), meeting((c, rc), mid="2022")) == []
    assert kinds(run(meeting((a, ra), (b, rb), mid="2021"))) == ["format"]


# ------------------------------------------------------------------ role


def test_a_title_the_person_did_not_hold_that_day_is_a_role_discrepancy() -> None:
    live = story("live", "Blinken wrapped up three hours of talks with Foreign Minister Wang Yi on Monday.")
    ap = story("ap", "Blinken is to meet on Monday with Wang Yi, the director of the Office of the Central Foreign "
                     "Affairs Commission.")
    rl = live.says(("Antony Blinken", "Wang Yi"), date(2023, 6, 19), text="Monday", roles={"Wang Yi": "Foreign Minister"})
    ra = ap.says(("Antony Blinken", "Wang Yi"), date(2023, 6, 19), text="Monday", status="preview",
                 roles={"Wang Yi": "director of the Office of the Central Foreign Affairs Commission"})
    [found] = run(meeting((live, rl), (ap, ra)))
    assert found.kind == "role"
    assert sides(found) == {"Foreign Minister": ["live"],
                            "director of the Office of the Central Foreign Affairs Commission": ["ap"]}
    assert "Qin Gang held the office of Minister of Foreign Affairs on 19 June 2023" in found.note


def test_one_mistake_is_reported_once() -> None:
    a = story("a", "Blinken met Foreign Minister Qin Gang and Foreign Minister Wang Yi's deputy on Monday.")
    b = story("b", "Blinken wrapped up talks with Foreign Minister Wang Yi on Monday.")
    c = story("c", "Blinken met Vice Premier Liu He on Monday.")
    ra = a.says(("Antony Blinken", "Qin Gang"), date(2023, 6, 19), text="Monday", roles={"Qin Gang": "Foreign Minister"})
    rb = b.says(("Antony Blinken", "Wang Yi"), date(2023, 6, 19), text="Monday", roles={"Wang Yi": "Foreign Minister"})
    rc = c.says(("Antony Blinken", "Liu He"), date(2023, 6, 19), text="Monday", roles={"Liu He": "Vice Premier"})
    found = run(meeting((a, ra), (b, rb), (c, rc)))
    assert sorted((d.kind, tuple(sorted(sides(d)))) for d in found) == [
        ("person", ("Liu He",)), ("person", ("Qin Gang", "Wang Yi"))]


def test_two_true_titles_of_one_person_agree() -> None:
    a = story("a", "Foreign Minister Wang Yi held talks with Blinken on Friday.")
    b = story("b", "Wang Yi, director of the Office of the Central Foreign Affairs Commission, met Blinken on Friday.")
    ra = a.says(("Antony Blinken", "Wang Yi"), date(2024, 4, 26), text="Friday", roles={"Wang Yi": "Foreign Minister"})
    rb = b.says(("Antony Blinken", "Wang Yi"), date(2024, 4, 26), text="Friday",
                roles={"Wang Yi": "director of the Office of the Central Foreign Affairs Commission"})
    assert run(meeting((a, ra), (b, rb))) == []


def test_a_title_that_changed_between_two_meetings_is_history() -> None:
    a = story("a", "Foreign Minister Wang Yi met Kerry on Sept 1, 2021.")
    b = story("b", "Wang Yi, director of the Office of the Central Foreign Affairs Commission, met Kerry on July 18, 2023.")
    ra = a.says(("John Kerry", "Wang Yi"), date(2021, 9, 1), text="Sept 1, 2021", roles={"Wang Yi": "Foreign Minister"})
    rb = b.says(("John Kerry", "Wang Yi"), JULY_18, text="July 18, 2023",
                roles={"Wang Yi": "director of the Office of the Central Foreign Affairs Commission"})
    assert run(meeting((a, ra), mid="2021"), meeting((b, rb), mid="2023")) == []


def test_a_title_days_from_a_handover_is_not_judged() -> None:
    a = story("a", "Foreign Minister Wang Yi met Kerry on July 24, 2023.")
    ra = a.says(("John Kerry", "Wang Yi"), date(2023, 7, 24), text="July 24, 2023", roles={"Wang Yi": "Foreign Minister"})
    assert run(meeting((a, ra))) == []


# ------------------------------------------------------------------ date


def test_different_stated_days_are_a_date_discrepancy() -> None:
    a = story("a", "Biden and Xi met in Nusa Dua on Monday.")
    b = story("b", "Biden and Xi met in Nusa Dua on Tuesday (15/11/2022).")
    ra = a.says(("Joe Biden", "Xi Jinping"), date(2022, 11, 14), text="Monday")
    rb = b.says(("Joe Biden", "Xi Jinping"), date(2022, 11, 15), text="Tuesday")
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "date" and sides(found) == {"2022-11-14": ["a"], "2022-11-15": ["b"]}


def test_uncertain_and_dateline_only_dates_are_not_compared() -> None:
    a = story("a", "Kerry met Wang Yi in Beijing on Tuesday.")
    b = story("b", "BEIJING, July 19 (TMTPost) — Kerry met Wang Yi.")
    c = story("c", "Kerry met Wang Yi last week.")
    b.briefing.evidence["dateline"] = Evidence("b.txt", "BEIJING, July 19 (TMTPost)")
    ra = a.says(("John Kerry", "Wang Yi"), JULY_18, text="Tuesday")
    rb = b.says(("John Kerry", "Wang Yi"), date(2023, 7, 19), text="July 19")
    rc = c.says(("John Kerry", "Wang Yi"), date(2023, 7, 10), text="last week", date_uncertain=True)
    assert run(meeting((a, ra), (b, rb), (c, rc))) == []


def test_days_inside_a_multi_day_meeting_agree() -> None:
    a = story("a", "Sullivan and Wang met on Friday and Saturday.")
    b = story("b", "Sullivan met Wang on Friday.")
    c = story("c", "Sullivan and Wang agreed on Saturday.")
    ra = a.says(("Jake Sullivan", "Wang Yi"), date(2024, 1, 26), text="Friday", end_date=date(2024, 1, 27))
    rb = b.says(("Jake Sullivan", "Wang Yi"), date(2024, 1, 26), text="Friday")
    rc = c.says(("Jake Sullivan", "Wang Yi"), date(2024, 1, 27), text="Saturday")
    assert run(meeting((a, ra), (b, rb), (c, rc))) == []


def test_monday_night_in_washington_is_tuesday_morning_in_beijing() -> None:
    a = story("a", "Biden and Xi held a virtual summit Monday night.")
    b = story("b", "Xi held a virtual meeting with Biden on Tuesday morning.")
    ra = a.says(("Joe Biden", "Xi Jinping"), date(2021, 11, 15), text="Monday", format="video")
    rb = b.says(("Joe Biden", "Xi Jinping"), date(2021, 11, 16), text="Tuesday", format="video")
    assert run(meeting((a, ra), (b, rb))) == []


def test_a_preview_date_is_a_plan_not_a_claim() -> None:
    a = story("a", "Biden and Xi spoke by phone on Tuesday.")
    b = story("b", "Biden and Xi will speak by phone on Monday.")
    ra = a.says(("Joe Biden", "Xi Jinping"), date(2024, 4, 2), text="Tuesday", format="phone")
    rb = b.says(("Joe Biden", "Xi Jinping"), date(2024, 4, 1), text="Monday", format="phone", status="preview")
    assert run(meeting((a, ra), (b, rb))) == []


def test_a_day_split_between_groups_of_sources_is_a_time_zone_not_an_error() -> None:
    items = []
    for bid, day, text in (("us1", 15, "Monday"), ("us2", 15, "Monday"), ("cn1", 16, "Tuesday"), ("cn2", 16, "Tuesday")):
        s = story(bid, f"Biden and Xi held a virtual summit on {text}.")
        items.append((s, s.says(("Joe Biden", "Xi Jinping"), date(2021, 11, day), text=text, format="video")))
    assert run(meeting(*items)) == []


# ------------------------------------------------------------------ place


def test_two_cities_of_one_country_are_a_place_discrepancy() -> None:
    a = story("a", "Yellen met He Lifeng in Guangzhou on Friday.")
    b = story("b", "Yellen met He Lifeng in Beijing on Friday.")
    ra = a.says(("He Lifeng", "Janet Yellen"), date(2024, 4, 5), place="Guangzhou", format="in person")
    rb = b.says(("He Lifeng", "Janet Yellen"), date(2024, 4, 5), place="Beijing", format="in person")
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "place" and sides(found) == {"Guangzhou": ["a"], "Beijing": ["b"]}


@pytest.mark.parametrize("first, second, sentence", [
    ("Bali", "Nusa Dua", "Biden and Xi met in Nusa Dua."),
    ("Indonesia", "Bali", "Biden and Xi met in Bali."),
    ("Woodside", "San Francisco", "Biden and Xi met near San Francisco."),
])
def test_a_place_inside_another_or_near_it_agrees(first: str, second: str, sentence: str) -> None:
    a = story("a", f"Biden and Xi met in {first}.")
    b = story("b", sentence)
    ra = a.says(("Joe Biden", "Xi Jinping"), place=first, format="in person")
    rb = b.says(("Joe Biden", "Xi Jinping"), place=second, format="in person")
    assert run(meeting((a, ra), (b, rb))) == []


def test_where_each_side_sat_in_a_video_call_is_no_meeting_place() -> None:
    a = story("a", "Kerry met Wang Yi in Tianjin.")
    b = story("b", "Wang Yi, in Beijing, held a video call with Kerry.")
    ra = a.says(("John Kerry", "Wang Yi"), place="Tianjin", format="in person")
    rb = b.says(("John Kerry", "Wang Yi"), place="Beijing", format="video")
    assert kinds(run(meeting((a, ra), (b, rb)))) == ["format"]


def test_a_dateline_is_where_the_story_was_filed_not_where_they_met() -> None:
    a = story("a", "Yellen met He Lifeng in Guangzhou on Friday.")
    b = story("b", "WASHINGTON, April 6 (Reuters) - Yellen held talks with He Lifeng on Friday.")
    ra = a.says(("He Lifeng", "Janet Yellen"), date(2024, 4, 5), place="Guangzhou", format="in person")
    rb = b.says(("He Lifeng", "Janet Yellen"), date(2024, 4, 5), place="Washington", format="in person")
    assert run(meeting((a, ra), (b, rb))) == []


def test_a_place_in_a_sentence_not_about_the_meeting_is_not_its_place() -> None:
    a = story("a", "Sullivan met Yang Jiechi in Bangkok on Friday.")
    b = story("b", "Sullivan and Yang held talks on Friday.", "Officials in Washington worry that Sullivan's approach has little support.")
    ra = a.says(("Jake Sullivan", "Yang Jiechi"), date(2022, 10, 21), place="Bangkok", format="in person")
    rb = b.says(("Jake Sullivan", "Yang Jiechi"), date(2022, 10, 21), place="Washington", format="in person")
    assert run(meeting((a, ra), (b, rb))) == []


# ------------------------------------------------------------------ format


def test_phone_versus_video_is_a_format_discrepancy() -> None:
    a = story("a", "Biden and Xi held a video call on Tuesday.")
    b = story("b", "Xi had a phone conversation with Biden on Tuesday.")
    ra = a.says(("Joe Biden", "Xi Jinping"), format="video")
    rb = b.says(("Joe Biden", "Xi Jinping"), format="phone")
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "format" and sides(found) == {"phone": ["b"], "video": ["a"]}


def test_meets_as_tensions_simmer_in_a_region_is_no_in_person_claim() -> None:
    a = story("a", "Secretary of State Mike Pompeo meets Wang Yi as tensions over the conflict in the Middle East simmer.")
    b = story("b", "Wang Yi held talks with Mike Pompeo by phone on Sunday.")
    ra = a.says(("Mike Pompeo", "Wang Yi"), date(2020, 12, 6), place="Middle East", format="in person")
    rb = b.says(("Mike Pompeo", "Wang Yi"), date(2020, 12, 6), format="phone")
    assert run(meeting((a, ra), (b, rb))) == []


def test_in_person_only_counts_when_the_article_says_so() -> None:
    a = story("a", "Kerry met with Wang Yi on Wednesday.")  # nothing says where or how
    b = story("b", "Wang Yi held a video meeting with Kerry on Wednesday.")
    ra = a.says(("John Kerry", "Wang Yi"), format="in person")
    rb = b.says(("John Kerry", "Wang Yi"), format="video")
    assert run(meeting((a, ra), (b, rb))) == []


# ------------------------------------------------------------------ number & claim


def test_durations_that_cannot_both_be_true() -> None:
    a = story("a", "Blinken met Qin for five and a half hours.")
    b = story("b", "Blinken and Qin talked for 7 1/2 hours.")
    ra = a.says(("Antony Blinken", "Qin Gang"), facts=[("number", "duration of talks", "5½ hours")])
    rb = b.says(("Antony Blinken", "Qin Gang"), facts=[("number", "duration of talks", "7½ hours")])
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "number" and set(sides(found)) == {"5½ hours", "7½ hours"}
    assert found.subject.startswith("Duration of talks")


def test_the_same_duration_in_other_words_is_quiet() -> None:
    a = story("a", "They held more than 12 hours of talks.")
    b = story("b", "They held over 12 hours of talks.")
    c = story("c", "The talks lasted 13 hours.")
    ra = a.says(("Jake Sullivan", "Wang Yi"), facts=[("number", "duration of talks", "more than 12 hours")])
    rb = b.says(("Jake Sullivan", "Wang Yi"), facts=[("number", "duration of talks", "more than 12 hours")])
    rc = c.says(("Jake Sullivan", "Wang Yi"), facts=[("number", "duration of talks", "13 hours")])
    assert run(meeting((a, ra), (b, rb), (c, rc))) == []


def test_his_third_visit_and_the_third_official_never_meet() -> None:
    a = story("a", "Kerry's visit marks his third to China.")
    b = story("b", "Kerry is the second official to visit China.")
    ra = a.says(("John Kerry", "Wang Yi"), facts=[("number", "visits to China by John Kerry", "3rd")])
    rb = b.says(("John Kerry", "Wang Yi"), facts=[("number", "U.S. officials visiting China", "2nd")])
    assert run(meeting((a, ra), (b, rb))) == []


def test_contradictory_claims_about_contacts_after_an_event() -> None:
    a = story("a", "Talks resumed after a visit to Taiwan by Nancy Pelosi.")
    b = story("b", "China broke off contacts in response to Nancy Pelosi's visit to Taiwan.")
    subject = "contacts after Nancy Pelosi's visit to Taiwan"
    ra = a.says(("John Kerry", "Wang Yi"), facts=[("claim", subject, "resumed")])
    rb = b.says(("John Kerry", "Wang Yi"), facts=[("claim", subject, "broken off")])
    [found] = run(meeting((a, ra), (b, rb)))
    assert found.kind == "claim" and found.meeting == "m1"
    assert {c.value: c.evidence[0].sentence for c in found.claims} == {
        "resumed": a.sentences[0].sentence, "broken off": b.sentences[0].sentence}


def test_claims_about_a_past_event_compare_across_meetings() -> None:
    a = story("a", "Talks resumed after a visit to Taiwan by Nancy Pelosi.")
    b = story("b", "China broke off contacts in response to Nancy Pelosi's visit to Taiwan.")
    subject = "contacts after Nancy Pelosi's visit to Taiwan"
    ra = a.says(("John Kerry", "Wang Yi"), facts=[("claim", subject, "resumed")])
    rb = b.says(("Antony Blinken", "Qin Gang"), facts=[("claim", subject, "broken off")])
    [found] = run(meeting((a, ra), mid="m1"), meeting((b, rb), mid="m2"))
    assert found.kind == "claim" and found.meeting is None and set(sides(found)) == {"resumed", "broken off"}


# ------------------------------------------------------------------ sources, ids


def test_a_reprint_is_one_source_not_two() -> None:
    wire = story("wire", "They talked for five and a half hours.", copies=("reprint",))
    reprint = story("reprint", "They talked for 5 hours.", copies=("wire",))
    rw = wire.says(("Antony Blinken", "Wang Yi"), facts=[("number", "duration of talks", "5½ hours")])
    rr = reprint.says(("Antony Blinken", "Wang Yi"), facts=[("number", "duration of talks", "1 hour")])
    assert run(meeting((wire, rw), (reprint, rr))) == []


def test_sides_are_ordered_by_independent_sources() -> None:
    wire = story("wire", "They talked for five and a half hours.", copies=("reprint",))
    reprint = story("reprint", "They talked for five and a half hours.", copies=("wire",))
    x = story("x", "They talked for 3 hours.")
    y = story("y", "They talked for three hours.")
    items = [(s, s.says(("Antony Blinken", "Wang Yi"), facts=[("number", "duration of talks", v)]))
             for s, v in ((wire, "5½ hours"), (reprint, "5½ hours"), (x, "3 hours"), (y, "3 hours"))]
    [found] = run(meeting(*items))
    assert [c.value for c in found.claims] == ["3 hours", "5½ hours"]


def test_each_disagreement_once_with_stable_ids() -> None:
    def build(order: int) -> list[Discrepancy]:
        _STORIES.clear()
        a = story("a", "Biden and Xi held a video call.")
        b = story("b", "Biden and Xi had a phone conversation.")
        ra, rb = a.says(("Joe Biden", "Xi Jinping"), format="video"), b.says(("Joe Biden", "Xi Jinping"), format="phone")
        items = [(a, ra), (b, rb)] if order == 0 else [(b, rb), (a, ra)]
        return run(meeting(*items))

    first, second = build(0), build(1)
    assert len(first) == 1 and [d.id for d in first] == [d.id for d in second]


# ------------------------------------------------------------------ corpus


def _evaluation():
    spec = importlib.util.spec_from_file_location("evaluate_discrepancies", REPO / "scripts" / "evaluate_discrepancies.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def evaluation():
    return _evaluation()


@pytest.fixture(scope="module")
def seeds(evaluation):
    return evaluation.evaluate("seeds")


@pytest.fixture(scope="module")
def fixtures(evaluation):
    return evaluation.evaluate("fixtures")


def _claim_of(result, kind: str, value: str):
    return next((v.flag for v in result.verdicts if v.flag.kind == kind and any(c.value == value for c in v.flag.claims)), None)


def test_seeds_pelosi_claim_with_both_sentences(seeds) -> None:
    flag = _claim_of(seeds, "claim", "resumed")
    assert flag is not None and {c.value for c in flag.claims} == {"resumed", "broken off"}
    sentences = {c.value: c.evidence[0].sentence for c in flag.claims}
    assert "resumed last year after a visit to Taiwan" in sentences["resumed"]
    assert "broke off some mid- and high-level contacts" in sentences["broken off"]


def test_seeds_li_keqiang_against_li_qiang(seeds) -> None:
    flag = _claim_of(seeds, "person", "Li Keqiang")
    assert flag is not None, "the Kerry-Li reports should be linked into one meeting (link/meetings stage)"
    assert {c.value for c in flag.claims} == {"Li Qiang", "Li Keqiang"}
    assert all(c.evidence for c in flag.claims)
    assert "Li Qiang held the office of Premier" in flag.note and "Li Keqiang held it" in flag.note


def test_seeds_stay_quiet_on_visit_counts_and_the_dateline(seeds) -> None:
    for verdict in seeds.verdicts:
        assert "visit" not in verdict.flag.subject.lower() or verdict.flag.kind == "claim"
        assert not (verdict.flag.kind == "date" and any("000-d4acc7fcd3ad9e00" in c.briefings for c in verdict.flag.claims))
    assert not seeds.quiet_broken


# Floors from the figures measured with the pipeline as it stands (seeds 3/3, fixtures 17/17
# planted found, no false alarm): recall may dip by one item while linking changes, precision may not.
def test_seeds_figures(seeds) -> None:
    assert seeds.precision == 1.0
    assert seeds.recall == 1.0


def test_fixture_figures(fixtures) -> None:
    assert fixtures.precision == 1.0
    assert fixtures.recall >= 16 / 17
    assert not fixtures.quiet_broken


def test_compare_alone_on_true_meetings(evaluation) -> None:
    """With the meetings taken from the truth, a miss or false alarm is compare's own."""
    for name in ("seeds", "fixtures"):
        result = evaluation.evaluate(name, evaluation.oracle_archive(name))
        assert result.precision == 1.0, evaluation.report(result)
        assert result.recall == 1.0, evaluation.report(result)
        assert not result.quiet_broken
