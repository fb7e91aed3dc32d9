"""Meeting extraction: who met whom, when, where and how, in many news phrasings.

The articles here are written for these tests (not taken from the fixtures),
and their people are given directly, so each test checks meeting grammar
alone; ``test_fixture_articles`` runs the whole extraction on the fixtures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from briefing_archive.extract import facts
from briefing_archive.extract.dates import parse_dateline
from briefing_archive.extract.meetings import find_meetings
from briefing_archive.extract.text import split_sentences
from briefing_archive.knowledge import Knowledge
from briefing_archive.models import Evidence, MeetingReport, Person, RoleMention

FIXTURES = Path(__file__).parent / "fixtures"
SRC = "test.txt"


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return Knowledge.load()


def person(name: str, *forms: str, role: str | None = None, known: bool = True) -> Person:
    roles = [RoleMention(role, Evidence(SRC, f"{role} {name}"))] if role else []
    return Person(name=name, forms=[name, *forms], roles=roles, known=known, evidence=[])


def meetings(text: str, people: list[Person], kb: Knowledge, *, published: date | None = date(2024, 3, 14),
             headline: str | None = None) -> list[MeetingReport]:
    """Reports of a small article: paragraphs separated by blank lines, the first may hold a dateline."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    sentences = [Evidence(SRC, s) for p in paragraphs for s in split_sentences(p)]
    dateline = parse_dateline(paragraphs[0], published)
    return find_meetings(sentences=sentences, headline=headline, people=people, published=published,
                         dateline=dateline, knowledge=kb, source=SRC)


def only(reports: list[MeetingReport]) -> MeetingReport:
    assert len(reports) == 1, [r.participants for r in reports]
    return reports[0]


# Published Thursday 2024-03-14.
ALVES = person("Marta Alves", "Alves", role="Portuguese Foreign Minister", known=False)
OKORO = person("Daniel Okoro", "Okoro", role="Nigerian Foreign Minister", known=False)
LINDQVIST = person("Eva Lindqvist", "Lindqvist", role="Swedish Prime Minister", known=False)
TANAKA = person("Hiro Tanaka", "Tanaka", role="Japanese trade minister", known=False)
PEOPLE = [ALVES, OKORO, LINDQVIST, TANAKA]


# ------------------------------------------------------------------ phrasings


@pytest.mark.parametrize("sentence", [
    "Portuguese Foreign Minister Marta Alves met Nigerian Foreign Minister Daniel Okoro in Lisbon on Tuesday.",
    "Marta Alves met with Daniel Okoro in Lisbon on Tuesday to discuss trade.",
    "Alves held talks with her Nigerian counterpart Daniel Okoro in Lisbon on Tuesday.",
    "On Tuesday, Alves held two hours of talks in Lisbon with Okoro.",
    "Daniel Okoro was received by Marta Alves in Lisbon on Tuesday.",
    "Marta Alves received Daniel Okoro in Lisbon on Tuesday.",
    "Alves and Okoro met in Lisbon on Tuesday, officials said.",
    "Talks between Alves and Okoro in Lisbon on Tuesday focused on trade.",
    "In talks with Okoro in Lisbon on Tuesday, Alves said both sides wanted more trade.",
    "Alves's meeting with Okoro in Lisbon on Tuesday lasted two hours.",
    "Alves hosted Okoro in Lisbon on Tuesday.",
    "Alves sat down with Okoro in Lisbon on Tuesday.",
    "Alves told Okoro in Lisbon on Tuesday that trade must grow.",
])
def test_phrasings_of_a_meeting(sentence: str, kb: Knowledge) -> None:
    report = only(meetings(sentence, PEOPLE, kb))
    assert report.participants == ("Daniel Okoro", "Marta Alves")
    assert report.date == date(2024, 3, 12) and not report.date_uncertain
    assert report.place == "Lisbon" and report.format == "in person"
    assert report.status == "reported"
    assert report.evidence[0].sentence == sentence


@pytest.mark.parametrize("sentence, fmt", [
    ("Alves spoke to Okoro by telephone on Tuesday.", "phone"),
    ('"We had a good meeting," Alves said after talks with Okoro in Lisbon on Tuesday.', "in person"),
    ("During a meeting with Nigerian Foreign Minister Daniel Okoro in Lisbon on Tuesday, Alves raised trade.",
     "in person"),
])
def test_more_phrasings(sentence: str, fmt: str, kb: Knowledge) -> None:
    report = only(meetings(sentence, PEOPLE, kb))
    assert report.participants == ("Daniel Okoro", "Marta Alves")
    assert report.date == date(2024, 3, 12) and report.format == fmt


def test_headline_form(kb: Knowledge) -> None:
    text = "Alves said both countries want more trade."
    report = only(meetings(text, PEOPLE, kb, headline="Marta Alves Holds Talks with Nigerian Foreign Minister Okoro"))
    assert report.participants == ("Daniel Okoro", "Marta Alves")
    assert report.evidence[0].sentence.startswith("Marta Alves Holds Talks")


@pytest.mark.parametrize("sentence, fmt", [
    ("Alves held a video call with Okoro on Tuesday.", "video"),
    ("Alves met Okoro via video link on Tuesday.", "video"),
    ("Alves and Okoro held virtual talks on Tuesday.", "video"),
    ("Alves spoke by phone with Okoro on Tuesday.", "phone"),
    ("Alves had a telephone conversation with Okoro on Tuesday.", "phone"),
    ("Alves and Okoro held a phone call on Tuesday.", "phone"),
])
def test_remote_formats_have_no_place(sentence: str, fmt: str, kb: Knowledge) -> None:
    report = only(meetings("LISBON, March 14 (Wire) - " + sentence, PEOPLE, kb))
    assert report.format == fmt
    assert report.place is None


def test_in_person_needs_evidence(kb: Knowledge) -> None:
    assert only(meetings("Alves spoke with Okoro on Tuesday.", PEOPLE, kb)).format is None
    assert only(meetings("Alves and Okoro held face-to-face talks on Tuesday.", PEOPLE, kb)).format == "in person"
    visiting = "Alves arrived in Nigeria on Monday for a three-day visit. Alves met Okoro on Tuesday."
    assert only(meetings(visiting, PEOPLE, kb)).format == "in person"


def test_here_is_the_dateline_place(kb: Knowledge) -> None:
    report = only(meetings("LISBON, March 12 (Wire) - Alves held talks with Okoro here on Tuesday.", PEOPLE, kb))
    assert report.place == "Lisbon"


# ------------------------------------------------------------------ people


def test_people_who_only_qualify_someone_else_do_not_meet(kb: Knowledge) -> None:
    text = ("Alves met Okoro, an adviser to Swedish Prime Minister Eva Lindqvist, in Lisbon on Tuesday. "
            "Alves, whom Lindqvist appointed last year, spoke warmly of the talks.")
    assert only(meetings(text, PEOPLE, kb)).participants == ("Daniel Okoro", "Marta Alves")


def test_titles_with_prepositions(kb: Knowledge) -> None:
    text = ("Alves, appointed by Swedish Prime Minister Eva Lindqvist last year, met Nigeria's ambassador to Lisbon "
            "Daniel Okoro on Tuesday.")
    assert only(meetings(text, PEOPLE, kb)).participants == ("Daniel Okoro", "Marta Alves")
    text = "Alves held talks with Nigerian Ambassador to the United Kingdom Daniel Okoro on Tuesday."
    assert only(meetings(text, PEOPLE, kb)).participants == ("Daniel Okoro", "Marta Alves")


def test_possessive_and_administration_are_not_participants(kb: Knowledge) -> None:
    text = "Alves, Lindqvist's longtime ally, met Okoro on Tuesday to discuss the Tanaka administration's plans."
    assert only(meetings(text, PEOPLE, kb)).participants == ("Daniel Okoro", "Marta Alves")


def test_relative_clause_does_not_give_the_subject_or_the_date(kb: Knowledge) -> None:
    text = "Eva Lindqvist, who met Tanaka on Monday, held talks with Okoro in Stockholm on Wednesday."
    reports = meetings(text, PEOPLE, kb)
    by_people = {r.participants: r for r in reports}
    assert by_people[("Daniel Okoro", "Eva Lindqvist")].date == date(2024, 3, 13)
    assert by_people[("Eva Lindqvist", "Hiro Tanaka")].date == date(2024, 3, 11)


def test_coordinated_delegations_meet_as_one(kb: Knowledge) -> None:
    text = "Alves and Tanaka met with Okoro and Lindqvist in Geneva on Tuesday for three hours."
    report = only(meetings(text, PEOPLE, kb))
    assert report.participants == ("Daniel Okoro", "Eva Lindqvist", "Hiro Tanaka", "Marta Alves")


def test_as_well_as_ends_the_list(kb: Knowledge) -> None:
    text = "Alves is due to meet Okoro on Friday, as well as Lindqvist and Tanaka."
    report = only(meetings(text, PEOPLE, kb))
    assert report.participants == ("Daniel Okoro", "Marta Alves")
    assert report.status == "preview" and report.date == date(2024, 3, 15)


def test_descriptions_and_pronouns_resolve_to_this_articles_people(kb: Knowledge) -> None:
    text = ("Nigeria's foreign minister Daniel Okoro visited Lisbon this week. "
            "The Nigerian Foreign Minister met Alves on Tuesday. "
            "He also called on Eva Lindqvist and held talks with the Japanese trade minister, officials said.")
    got = {r.participants for r in meetings(text, PEOPLE, kb)}
    assert got == {("Daniel Okoro", "Marta Alves"), ("Daniel Okoro", "Eva Lindqvist"), ("Daniel Okoro", "Hiro Tanaka")}


def test_roles_and_names_as_written(kb: Knowledge) -> None:
    li_qiang = person("Li Qiang", "Li", role="Chinese Premier")
    kerry = person("John Kerry", "Kerry", role="US climate envoy")
    li_keqiang = person("Li Keqiang", role="Chinese Premier")
    report = only(meetings("Kerry also met with Chinese Premier Li Keqiang in Beijing on Tuesday.",
                           [kerry, li_keqiang], kb))
    assert report.names_as_written == {"John Kerry": "Kerry", "Li Keqiang": "Li Keqiang"}
    assert report.roles["Li Keqiang"] == "Chinese Premier"
    # "Li" is Li Qiang here: the longest form wins, and "Li" alone resolves in the article.
    report = only(meetings("Kerry met Li in Beijing on Tuesday.", [kerry, li_qiang], kb))
    assert report.participants == ("John Kerry", "Li Qiang")


# ------------------------------------------------------------------ time


def test_no_stated_date_uses_the_publication_day_uncertainly(kb: Knowledge) -> None:
    report = only(meetings("Alves met Okoro in Lisbon.", PEOPLE, kb))
    assert report.date == date(2024, 3, 14) and report.date_uncertain and report.date_text is None
    report = only(meetings("Alves met Okoro in Lisbon.", PEOPLE, kb, published=None))
    assert report.date is None and report.date_uncertain


def test_unresolvable_date_keeps_its_text(kb: Knowledge) -> None:
    report = only(meetings("Alves met Okoro in Lisbon on Sept 1.", PEOPLE, kb, published=None))
    assert report.date is None and report.date_text == "Sept 1" and report.date_uncertain


@pytest.mark.parametrize("sentence", [
    "Alves and Okoro held talks in Lisbon on Monday and Tuesday.",
    "Alves held talks with Okoro in Lisbon from Monday to Tuesday.",
    "Alves held two days of talks with Okoro in Lisbon on March 11-12.",
])
def test_talks_over_two_days(sentence: str, kb: Knowledge) -> None:
    report = only(meetings(sentence, PEOPLE, kb))
    assert (report.date, report.end_date) == (date(2024, 3, 11), date(2024, 3, 12))


def test_end_of_two_days_of_talks(kb: Knowledge) -> None:
    text = ("Alves and Okoro agreed on Tuesday to open a trade office. "
            "The agreement came at the end of two days of talks between Alves and Okoro in Lisbon.")
    report = only(meetings(text, PEOPLE, kb))
    assert (report.date, report.end_date) == (date(2024, 3, 11), date(2024, 3, 12))


def test_a_later_sentence_widens_the_day_to_the_span(kb: Knowledge) -> None:
    text = "Alves wrapped up talks with Okoro in Lisbon on Tuesday. The meetings on Monday and Tuesday were candid."
    report = only(meetings(text, PEOPLE, kb))
    assert (report.date, report.end_date) == (date(2024, 3, 11), date(2024, 3, 12))


def test_same_people_on_two_days_are_two_meetings(kb: Knowledge) -> None:
    text = ("Alves and Okoro held formal talks in Lisbon on Tuesday. "
            "The two ministers had held an informal meeting on Monday evening that lasted four hours.")
    assert len(meetings(text, PEOPLE, kb)) == 1  # "had held": told as background
    text = text.replace("had held", "held")
    days = sorted(r.date for r in meetings(text, PEOPLE, kb))
    assert days == [date(2024, 3, 11), date(2024, 3, 12)]


def test_the_pair_just_named_meets_again(kb: Knowledge) -> None:
    text = "Alves met with Okoro in Lisbon on Monday and the two ministers held talks again on Tuesday."
    days = sorted(r.date for r in meetings(text, PEOPLE, kb))
    assert days == [date(2024, 3, 11), date(2024, 3, 12)]


def test_later_the_same_day(kb: Knowledge) -> None:
    text = "Alves met Okoro in Lisbon on March 12. Later in the same day Alves was received by Lindqvist."
    days = {r.participants: r.date for r in meetings(text, PEOPLE, kb)}
    assert days[("Eva Lindqvist", "Marta Alves")] == date(2024, 3, 12)


# ------------------------------------------------------------------ status


@pytest.mark.parametrize("sentence", [
    "Alves will meet Okoro in Lisbon next week.",
    "Alves is expected to meet Okoro on Friday.",
    "Alves plans to hold talks with Okoro on Friday.",
    "Alves is due to meet Okoro on Friday.",
])
def test_previews(sentence: str, kb: Knowledge) -> None:
    report = only(meetings(sentence, PEOPLE, kb))
    assert report.status == "preview"
    assert report.date in (None, date(2024, 3, 15)) or report.date_uncertain  # "next week": its Monday, a guess


@pytest.mark.parametrize("headline", ["Alves to meet Okoro in Lisbon", "Alves to visit Nigeria, meet Okoro"])
def test_headline_infinitive_announces(headline: str, kb: Knowledge) -> None:
    report = only(meetings("Alves said she looked forward to it.", PEOPLE, kb, headline=headline))
    assert report.status == "preview"


def test_preview_date_is_in_the_future(kb: Knowledge) -> None:
    report = only(meetings("Alves will hold talks with Okoro on Monday.", PEOPLE, kb))
    assert report.status == "preview" and report.date == date(2024, 3, 18)


@pytest.mark.parametrize("sentence", [
    "Alves and Okoro had met in Abuja last year.",
    "Alves and Okoro last met in Abuja in January.",
    "It was their first contact since Alves met Okoro in Abuja.",
    "When Alves and Okoro met in Abuja last November, they agreed on little.",
    "Alves has met Okoro three times since 2022.",
    "The visit follows a phone call between Alves and Okoro on February 2.",
    "Alves met Okoro in Abuja in January, officials recalled.",
])
def test_background_meetings_are_not_reported(sentence: str, kb: Knowledge) -> None:
    assert meetings(sentence, PEOPLE, kb) == []


@pytest.mark.parametrize("sentence", [
    "The talks ended without any agreement on a meeting between Alves and Okoro.",
    "Officials would not say whether Alves would be received by Okoro.",
    "Alves did not meet Okoro during the visit.",
    "Both sides want a call between Alves and Okoro before the summer.",
])
def test_negated_or_wished_meetings_are_none(sentence: str, kb: Knowledge) -> None:
    assert meetings(sentence, PEOPLE, kb) == []


def test_an_article_without_a_meeting(kb: Knowledge) -> None:
    text = ("Alves said trade with Nigeria would grow. Okoro, in a separate speech in Abuja, said the same. "
            "Analysts said the two ministers agree on more than they admit.")
    assert meetings(text, PEOPLE, kb) == []


# ------------------------------------------------------- recalled meetings

# The article's main meeting (dated, in the lead), then one sentence about other people.
MAIN = ("LISBON, March 14 (Wire) - Portuguese Foreign Minister Marta Alves held talks with Nigerian Foreign "
        "Minister Daniel Okoro in Lisbon on Tuesday.\n\n")
ALVES_OKORO = ("Daniel Okoro", "Marta Alves")


@pytest.mark.parametrize("sentence", [
    "Lindqvist, who met Tanaka in Munich, said the talks were useful.",
    "Lindqvist, who met Tanaka in Munich in February, said the talks were useful.",
    "Tanaka, who held talks with Lindqvist in Stockholm earlier in the year, welcomed the talks.",
    "Lindqvist met Tanaka previously.",
    "Lindqvist and Tanaka met in the past to discuss fisheries.",
    "It was the first meeting between Lindqvist and Tanaka since the 2022 summit.",
    "The meeting came after Lindqvist and Tanaka spoke by phone.",
    "The meeting comes months after Lindqvist met Tanaka in Stockholm.",
    "Lindqvist has met Tanaka in Stockholm.",
    "Lindqvist was received by Tanaka during her previous term.",
])
def test_recalled_meeting_without_a_day_of_its_own_is_background(sentence: str, kb: Knowledge) -> None:
    """Another meeting the article only recalls, with no day of its own, is not one it reports."""
    assert [r.participants for r in meetings(MAIN + sentence, PEOPLE, kb)] == [ALVES_OKORO]


@pytest.mark.parametrize("sentence, pair", [
    ("Earlier, Alves met Lindqvist at the ministry.", ("Eva Lindqvist", "Marta Alves")),
    ("Alves also met Lindqvist, officials said.", ("Eva Lindqvist", "Marta Alves")),
    ("During her first visit to Lisbon, Okoro also met Lindqvist.", ("Daniel Okoro", "Eva Lindqvist")),
    ("Okoro, who is visiting Portugal, also held talks with Lindqvist.", ("Daniel Okoro", "Eva Lindqvist")),
    ("Okoro met Lindqvist after meeting Alves.", ("Daniel Okoro", "Eva Lindqvist")),
    ("Lindqvist, who met Tanaka on Wednesday, praised the talks.", ("Eva Lindqvist", "Hiro Tanaka")),
])
def test_side_meetings_told_plainly_stay_reported(sentence: str, pair: tuple[str, str], kb: Knowledge) -> None:
    """No background sign, or a day of its own: a second meeting of the article, dated or not."""
    got = [r.participants for r in meetings(MAIN + sentence, PEOPLE, kb)]
    assert got == [ALVES_OKORO, pair]


def test_the_lead_tells_the_news_even_in_the_perfect(kb: Knowledge) -> None:
    text = "Alves has held talks with Okoro in Lisbon.\n\nAlves also met Lindqvist on Wednesday."
    got = [r.participants for r in meetings(text, PEOPLE, kb)]
    assert got == [ALVES_OKORO, ("Eva Lindqvist", "Marta Alves")]


def test_relative_clause_meeting_takes_only_its_own_date_and_place(kb: Knowledge) -> None:
    """"Lula, who met Xi in Beijing, said on Wednesday": Wednesday and the main clause's city are not that meeting's."""
    text = "Lindqvist, who met Tanaka, said on Wednesday in Lisbon that both sides wanted more trade."
    report = only(meetings(text, PEOPLE, kb))  # the only meeting named: kept, without a day of its own
    assert report.date_text is None and report.date_uncertain
    assert report.place != "Lisbon"


def test_later_the_same_day_skips_a_recalled_meeting(kb: Knowledge) -> None:
    text = (MAIN + "Lindqvist, who met Tanaka in Oslo, praised the talks. "
            "Later the same day Alves held talks with Lindqvist.")
    got = {r.participants: r.date for r in meetings(text, PEOPLE, kb)}
    assert got == {ALVES_OKORO: date(2024, 3, 12), ("Eva Lindqvist", "Marta Alves"): date(2024, 3, 12)}


def test_place_and_time_between_the_verb_and_its_object(kb: Knowledge) -> None:
    """State-agency style: "received at Al-Yamamah Palace in Riyadh today Minister ... X"."""
    text = ("LISBON, March 14 (Wire) - Marta Alves received at the Necessidades Palace in Lisbon today "
            "Nigerian Foreign Minister Daniel Okoro.")
    report = only(meetings(text, PEOPLE, kb))
    assert report.participants == ALVES_OKORO and report.place == "Lisbon"


# ------------------------------------------------------------------ several


def test_several_meetings_in_one_article(kb: Knowledge) -> None:
    text = ("Alves met Okoro in Lisbon on Tuesday. "
            "Okoro told Alves that Nigeria wanted more flights. "
            "In a separate meeting, Alves held talks with Lindqvist on Wednesday. "
            "The two leaders agreed to meet again.")
    reports = meetings(text, PEOPLE, kb)
    assert [r.participants for r in reports] == [("Daniel Okoro", "Marta Alves"), ("Eva Lindqvist", "Marta Alves")]
    first, second = reports
    assert any("wanted more flights" in e.sentence for e in first.evidence)
    assert any("agreed to meet again" in e.sentence for e in second.evidence)
    assert second.date == date(2024, 3, 13) and second.place == "Lisbon"  # the trip's city


def test_separate_meetings_with_several_people(kb: Knowledge) -> None:
    text = "Alves held separate meetings with Okoro and Lindqvist in Geneva on Tuesday."
    got = {r.participants for r in meetings(text, PEOPLE, kb)}
    assert got == {("Daniel Okoro", "Marta Alves"), ("Eva Lindqvist", "Marta Alves")}


def test_joint_meeting_and_its_parts(kb: Knowledge) -> None:
    text = ("Alves held talks with Okoro in Lisbon on Tuesday. "
            "Lindqvist joined the two ministers later in the day for a three-way meeting.")
    got = [r.participants for r in meetings(text, PEOPLE, kb)]
    assert got == [("Daniel Okoro", "Marta Alves"), ("Daniel Okoro", "Eva Lindqvist", "Marta Alves")]


def test_headline_list_of_separate_talks_is_not_a_joint_meeting(kb: Knowledge) -> None:
    text = "Alves met Okoro on Tuesday. Alves later met Lindqvist at her office."
    got = {r.participants for r in meetings(text, PEOPLE, kb, headline="Alves in talks with Okoro, Lindqvist")}
    assert got == {("Daniel Okoro", "Marta Alves"), ("Eva Lindqvist", "Marta Alves")}


def test_delegations_by_their_heads(kb: Knowledge) -> None:
    text = ("On Tuesday the new fisheries working group met for the first time in Lisbon. "
            "Marta Alves led the Portuguese delegation, and Daniel Okoro opened the session.")
    report = only(meetings(text, PEOPLE, kb))
    assert report.participants == ("Daniel Okoro", "Marta Alves")
    assert report.date == date(2024, 3, 12) and report.place == "Lisbon"


def test_late_dateline_gives_place_and_day_hint(kb: Knowledge) -> None:
    text = ("Alves told Okoro that trade must grow.\n\n"
            "LISBON, March 13 (Wire)— Alves pledged closer ties in talks with Okoro.")
    report = only(meetings(text, PEOPLE, kb, published=None))
    assert report.place == "Lisbon" and report.date is None and report.date_text == "March 13"


def test_facts_are_attached_when_the_facts_module_offers_it(kb: Knowledge, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(facts, "attach_facts", lambda s, r, p: seen.append(len(r)), raising=False)
    meetings("Alves met Okoro in Lisbon on Tuesday.", PEOPLE, kb)
    assert seen == [1]
    monkeypatch.delattr(facts, "attach_facts", raising=False)
    assert len(meetings("Alves met Okoro in Lisbon on Tuesday.", PEOPLE, kb)) == 1


# ------------------------------------------------------------------ fixtures


def _expected() -> list[tuple[str, dict]]:
    out = []
    for path in sorted((FIXTURES / "expected").glob("*.yaml")):
        out.append((path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))))
    return out


@pytest.fixture(scope="module")
def fixture_archive():
    from briefing_archive.pipeline import run

    return run(FIXTURES / "articles", Knowledge.load())


def test_fixture_articles_report_their_meetings(fixture_archive) -> None:
    """Every meeting an expected file lists is found, and few others (see scripts/evaluate_meetings.py)."""
    by_stem = {Path(b.source).stem: b for b in fixture_archive.briefings}
    missing, extra = [], 0
    for stem, expected in _expected():
        got = [set(r.participants) for r in by_stem[stem].reports]
        for meeting in expected.get("meetings") or []:
            want = set(meeting["participants"])
            if not any(len(g & want) >= len(want) - 1 and len(g) == len(want) for g in got):
                missing.append((stem, meeting["key"]))
        extra += max(0, len(got) - len(expected.get("meetings") or []))
    assert missing == []
    assert extra <= 2


def test_fixture_no_meeting_article(fixture_archive) -> None:
    briefing = next(b for b in fixture_archive.briefings if "commentary_balloon" in b.source)
    assert briefing.reports == []
