"""Facts an article states about a meeting: durations, counts, claims, and where they attach."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_archive.extract.facts import attach_facts, conflicting, facts_for, interval
from briefing_archive.models import Evidence, Fact, MeetingReport, Person

SRC = "a.txt"


def person(name: str, *forms: str) -> Person:
    return Person(name=name, forms=[name, *forms], roles=[], known=True, evidence=[])


BIDEN, XI = person("Joe Biden", "Biden"), person("Xi Jinping", "Xi")
BLINKEN, WANG, QIN = person("Antony Blinken", "Blinken"), person("Wang Yi", "Wang"), person("Qin Gang", "Qin")
KERRY, PELOSI = person("John Kerry", "Kerry"), person("Nancy Pelosi", "Pelosi")
PEOPLE = [BIDEN, XI, BLINKEN, WANG, QIN, KERRY, PELOSI]


def sentences(*texts: str) -> list[Evidence]:
    return [Evidence(SRC, t) for t in texts]


def report(participants: tuple[str, ...], *evidence: Evidence, status: str = "reported", **kw) -> MeetingReport:
    return MeetingReport(participants=tuple(sorted(participants)), date=kw.pop("date", None), status=status,
                         evidence=list(evidence), **kw)


def facts_of(*texts: str, participants: tuple[str, ...] = ("Joe Biden", "Xi Jinping"), day: date | None = None) -> list[Fact]:
    """Facts of a one-meeting article whose first sentence reports the meeting."""
    sents = sentences(*texts)
    return facts_for(sents, [report(participants, sents[0], date=day)], PEOPLE)[0]


def values(facts: list[Fact], subject_start: str = "") -> list[str]:
    return [f.value for f in facts if f.subject.startswith(subject_start)]


# ------------------------------------------------------------------ durations


@pytest.mark.parametrize("text, value", [
    ("Biden and Xi met on Monday for more than three hours.", "more than 3 hours"),
    ("The meeting lasted over three hours.", "more than 3 hours"),
    ("The two sides held five and a half hours of talks.", "5½ hours"),
    ("Biden and Xi talked for 7 1/2 hours, including a working dinner.", "7½ hours"),
    ("The call lasted about an hour and 45 minutes, an official said.", "about 1 hour 45 minutes"),
    ("The talks, which lasted nearly four hours, ended late.", "nearly 4 hours"),
    ("They spent about eight hours together across two days.", "about 8 hours"),
    ("Officials described a three-hour meeting.", "3 hours"),
    ("The summit lasted 90 minutes.", "1½ hours"),
])
def test_durations_of_the_talks_are_normalised(text: str, value: str) -> None:
    found = facts_of("Biden met Xi in Bali.", text)
    assert values(found, "duration of talks") == [value]


@pytest.mark.parametrize("text", [
    "Blinken met Xi hours after wrapping up his talks.",  # no number
    "Xi arrived two hours after the talks began.",  # an offset, not a length
    "Biden flew home after a 13-hour flight.",  # not a meeting
    "The two sides held two days of talks.",  # a date span, not a session's length
    "Blinken will be in China for three days.",
    "A statement is expected within two hours of the meeting.",
])
def test_other_quantities_of_time_are_not_durations(text: str) -> None:
    assert values(facts_of("Biden met Xi in Bali.", text), "duration") == []


def test_a_sub_session_has_its_own_subject_but_an_included_one_does_not() -> None:
    found = facts_of("Biden met Xi in Bali.", "Their one-on-one meeting lasted 90 minutes.",
                     "The talks lasted four hours, including a working lunch.")
    assert {f.subject: f.value for f in found} == {"duration of one-on-one": "1½ hours", "duration of talks": "4 hours"}


@pytest.mark.parametrize("a, b, clash", [
    ("more than 4 hours", "more than 4 hours", False),
    ("4 hours", "more than 3 hours", False),
    ("4 hours", "4½ hours", False),  # rounding
    ("about 3½ hours", "more than 3 hours", False),
    ("about 35 minutes", "30 minutes", False),
    ("5½ hours", "7½ hours", True),
    ("about 3 hours", "5½ hours", True),
    ("more than 12 hours", "about 8 hours", True),
    ("more than 3 hours", "about 2 hours", True),
    ("less than an hour", "2 hours", True),
])
def test_durations_conflict_only_when_their_intervals_cannot_overlap(a: str, b: str, clash: bool) -> None:
    a = a.replace("less than an hour", "less than 1 hour")
    fa, fb = Fact("number", "duration of talks", a, Evidence(SRC, a)), Fact("number", "duration of talks", b, Evidence(SRC, b))
    assert conflicting(fa, fb) is clash
    assert conflicting(fb, fa) is clash


def test_intervals_read_back_the_canonical_values() -> None:
    assert interval("5½ hours")[0] == "minutes"
    assert interval("more than 3 hours")[1:] == (180.0, float("inf"))
    assert interval("3 times")[0] == "count" and interval("3rd")[0] == "ordinal"
    assert interval("resumed") is None


def test_facts_about_different_subjects_never_conflict() -> None:
    a = Fact("number", "duration of talks", "3 hours", Evidence(SRC, "x"))
    b = Fact("number", "duration of dinner", "7 hours", Evidence(SRC, "y"))
    assert not conflicting(a, b)


# ------------------------------------------------------------------ counts


def test_earlier_contacts_between_the_same_leaders_share_a_subject() -> None:
    bali = date(2022, 11, 14)
    afp = facts_of("Biden met Xi in Bali.", "Biden and Xi had spoken five times by phone or video since early 2021.", day=bali)
    other = facts_of("Biden met Xi in Bali on Monday.", "Before this, the two leaders only talked by telephone and video three times.")
    [a], [b] = afp, other
    assert a.subject == b.subject == "earlier calls between Joe Biden and Xi Jinping"
    assert (a.value, b.value) == ("5 times", "3 times")
    assert conflicting(a, b)


def test_a_short_window_is_its_own_subject() -> None:
    [recent] = facts_of("Biden met Xi in Bali.", "Biden and Xi have spoken twice by phone since January.", day=date(2022, 11, 14))
    [ever] = facts_of("Biden met Xi in Bali.", "Biden and Xi had spoken five times by phone.", day=date(2022, 11, 14))
    assert recent.subject == "earlier phone calls between Joe Biden and Xi Jinping since 2022"
    assert recent.subject != ever.subject


def test_phone_only_counts_are_another_subject() -> None:
    [phone] = facts_of("Xi held a video meeting with Biden.", "Xi said he and Biden have spoken on the phone twice.")
    assert phone.subject.startswith("earlier phone calls between Joe Biden and Xi Jinping")
    assert phone.value == "2 times"


def test_prior_calls_written_as_a_noun_phrase() -> None:
    [found] = facts_of("Biden met Xi in Bali.", "The leaders have held five previous calls.")
    assert found.subject == "earlier calls between Joe Biden and Xi Jinping" and found.value == "5 times"


def test_his_third_visit_is_about_him_and_the_third_official_is_not_extracted() -> None:
    found = facts_of("Kerry met Wang Yi in Beijing.", "Kerry's visit marks his third to China since taking office.",
                     "He is the third U.S. official to visit China in a month.",
                     "It marks the third time a senior official has traveled to the country.",
                     participants=("John Kerry", "Wang Yi"))
    assert [(f.subject, f.value) for f in found] == [("visits to China by John Kerry since taking office", "3rd")]


# ------------------------------------------------------------------ claims


def test_contacts_after_a_named_visit_resumed_versus_broken_off() -> None:
    [resumed] = facts_of("Kerry met Wang Yi.", "Talks between the two resumed last year after a visit to Taiwan by "
                         "US House Speaker Nancy Pelosi.", participants=("John Kerry", "Wang Yi"))
    [broken] = facts_of("Kerry met Wang Yi.", "Last August, Beijing suspended climate dialogue with Washington in "
                        "response to then-House Speaker Nancy Pelosi's trip to Taiwan.", participants=("John Kerry", "Wang Yi"))
    assert resumed.subject == broken.subject == "contacts after Nancy Pelosi's visit to Taiwan"
    assert (resumed.value, broken.value) == ("resumed", "broken off")
    assert conflicting(resumed, broken)


@pytest.mark.parametrize("text, value", [
    ("Talks resumed this year after being suspended over Pelosi's visit to Taiwan.", "broken off"),
    ("Following Pelosi's visit to Taiwan, China cut off military contacts.", "broken off"),
    ("Talks could resume after Pelosi's visit to Taiwan is forgotten.", None),
    ("Dialogue has not resumed since Pelosi's visit to Taiwan.", None),
    ("China agreed to resume talks after Pelosi's visit to Taiwan.", None),
    ("China cut emissions after Pelosi's visit to Taiwan.", None),
])
def test_the_verb_nearest_the_anchor_decides_and_hedges_are_skipped(text: str, value: str | None) -> None:
    found = [f.value for f in facts_of("Kerry met Wang Yi.", text, participants=("John Kerry", "Wang Yi"))
             if f.subject.startswith("contacts after")]
    assert found == ([value] if value else [])


def test_agreement_versus_no_agreement_on_the_same_topic() -> None:
    agreed = facts_of("Blinken met Wang Yi.", "The two sides agreed to work toward a phone call between President Joe "
                      "Biden and Chinese leader Xi Jinping in the spring.", participants=("Antony Blinken", "Wang Yi"))
    refused = facts_of("Blinken met Wang Yi.", "The talks ended without any agreement on a fresh meeting or call between "
                       "the two leaders, Joe Biden and Xi Jinping, people said.", participants=("Antony Blinken", "Wang Yi"))
    call = "agreement on a call between Joe Biden and Xi Jinping"
    assert [f.value for f in agreed if f.subject == call] == ["agreed"]
    assert [f.value for f in refused if f.subject == call] == ["no agreement"]
    assert "agreement on a meeting between Joe Biden and Xi Jinping" in {f.subject for f in refused}


def test_agreements_on_different_topics_do_not_meet() -> None:
    a = facts_of("Blinken met Wang Yi.", "They agreed on artificial intelligence.", participants=("Antony Blinken", "Wang Yi"))
    b = facts_of("Blinken met Wang Yi.", "They failed to agree on tariffs.", participants=("Antony Blinken", "Wang Yi"))
    assert {f.subject for f in a}.isdisjoint({f.subject for f in b})


def test_confirmed_versus_denied() -> None:
    a = facts_of("Blinken met Wang Yi.", "The ministry confirmed a meeting between Biden and Xi.", participants=("Antony Blinken", "Wang Yi"))
    b = facts_of("Blinken met Wang Yi.", "The ministry denied reports of a meeting between Biden and Xi.", participants=("Antony Blinken", "Wang Yi"))
    assert [f.value for f in a] == ["confirmed"] and [f.value for f in b] == ["denied"]
    assert conflicting(a[0], b[0])


# ------------------------------------------------------------------ attaching


def test_a_fact_goes_to_the_meeting_its_clause_names_or_the_nearest_before() -> None:
    sents = sentences(
        "Blinken met Xi at the Great Hall of the People on Friday.",
        "Blinken met Xi hours after wrapping up five and a half hours of talks with Foreign Minister Wang Yi, a session that included lunch.",
        "It lasted about 35 minutes.",
    )
    xi = report(("Antony Blinken", "Xi Jinping"), sents[0], sents[1])
    wang = report(("Antony Blinken", "Wang Yi"), sents[1])
    per_report = facts_for(sents, [xi, wang], PEOPLE)
    assert values(per_report[1]) == ["5½ hours"]
    assert values(per_report[0]) == ["about 35 minutes"]


def test_a_fact_about_a_pair_without_a_meeting_is_dropped_and_previews_take_nothing() -> None:
    sents = sentences(
        "Blinken met Wang Yi on Monday.",
        "Blinken is to meet Xi on Tuesday.",
        "On day one, Blinken and Qin talked for 7 1/2 hours.",
        "The meeting lasted three hours.",
    )
    wang = report(("Antony Blinken", "Wang Yi"), sents[0])
    preview = report(("Antony Blinken", "Xi Jinping"), sents[1], status="preview")
    per_report = facts_for(sents, [wang, preview], PEOPLE)
    assert values(per_report[0]) == ["3 hours"] and per_report[1] == []


def test_article_level_claims_go_to_the_main_meeting() -> None:
    sents = sentences("Kerry met Wang Yi on Tuesday.", "Kerry also met Xi.",
                      "Talks resumed after a visit to Taiwan by Nancy Pelosi.")
    reports = [report(("John Kerry", "Wang Yi"), sents[0]), report(("John Kerry", "Xi Jinping"), sents[1])]
    per_report = facts_for(sents, reports, PEOPLE)
    assert [f.value for f in per_report[0]] == ["resumed"] and per_report[1] == []


def test_attach_facts_appends_once() -> None:
    sents = sentences("Biden met Xi on Monday.", "The meeting lasted over three hours.")
    reports = [report(("Joe Biden", "Xi Jinping"), sents[0], date=date(2022, 11, 14))]
    attach_facts(sents, reports, PEOPLE)
    attach_facts(sents, reports, PEOPLE)
    assert [f.value for f in reports[0].facts] == ["more than 3 hours"]
    assert reports[0].facts[0].evidence == sents[1]


def test_no_reports_no_facts() -> None:
    assert facts_for(sentences("The meeting lasted three hours."), [], PEOPLE) == []


def test_outcomes_meet_on_the_same_words_only() -> None:
    pair = ("Antony Blinken", "Wang Yi")
    yes = facts_of("Blinken met Wang Yi.", "Both delegations agreed to cooperate on counternarcotics, a statement said.",
                   participants=pair)
    no = facts_of("Blinken met Wang Yi.", "The two delegations did not agree to cooperate on counternarcotics, "
                  "a person familiar with the talks said.", participants=pair)
    other = facts_of("Blinken met Wang Yi.", "They failed to agree on counternarcotics.", participants=pair)
    assert [(f.subject, f.value) for f in yes] == [("agreement to cooperate on counternarcotics", "agreed")]
    assert [(f.subject, f.value) for f in no] == [("agreement to cooperate on counternarcotics", "no agreement")]
    assert conflicting(yes[0], no[0])
    assert [f.subject for f in other] == ["agreement on counternarcotics"]


def test_hedged_agreements_are_skipped() -> None:
    found = facts_of("Blinken met Wang Yi.", "The two sides are expected to agree to resume military talks.",
                     participants=("Antony Blinken", "Wang Yi"))
    assert found == []


@pytest.mark.parametrize("text", [
    "Biden and Xi have spoken twice by phone last week.",
    "Biden and Xi spoke three times by phone in 2023.",
    "Biden and Xi have talked twice by phone over the past month.",
])
def test_a_count_over_another_window_is_another_subject(text: str) -> None:
    [found] = facts_of("Biden met Xi in Bali.", text, day=date(2024, 4, 2))
    [ever] = facts_of("Biden met Xi in Bali.", "Biden and Xi had spoken five times by phone.", day=date(2024, 4, 2))
    assert found.subject != ever.subject


def test_a_planned_length_is_not_a_duration() -> None:
    assert facts_of("Biden met Xi in Bali.", "The meeting was scheduled to last two hours.") == []
    assert facts_of("Biden met Xi in Bali.", "The talks were expected to last about three hours.") == []


def test_each_count_keeps_its_own_medium() -> None:
    found = facts_of("Biden met Xi in Bali.", "Biden has met Xi five times and spoken with him by phone three times.",
                     day=date(2024, 4, 2))
    assert sorted((f.subject, f.value) for f in found) == [
        ("earlier meetings between Joe Biden and Xi Jinping", "5 times"),
        ("earlier phone calls between Joe Biden and Xi Jinping", "3 times")]


def test_neither_side_agreeing_is_no_agreement_claim() -> None:
    found = facts_of("Blinken met Wang Yi.", "Neither side agreed to resume military talks.",
                     participants=("Antony Blinken", "Wang Yi"))
    assert [f.value for f in found] == []


def test_for_must_belong_to_the_meeting_verb() -> None:
    assert facts_of("Biden met Xi in Bali.", "After meeting Xi, Biden waited for two hours at the airport.") == []
