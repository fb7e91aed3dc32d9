"""Dates: resolution against the publication day, finding, publication lines, datelines."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_archive.extract.dates import (
    Dateline,
    find_dates,
    find_publication_date,
    parse_dateline,
    resolve,
    resolve_range,
)
from briefing_archive.models import Evidence

TUE = date(2023, 7, 18)  # a Tuesday
D = date

# ---------------------------------------------------------------- resolve

RESOLVE_CASES = [
    # expression, anchor, future, value, precision, uncertain
    ("on Tuesday", TUE, False, D(2023, 7, 18), "day", False),
    ("Tuesday", TUE, True, D(2023, 7, 18), "day", False),
    ("Monday", TUE, False, D(2023, 7, 17), "day", False),
    ("Monday", TUE, True, D(2023, 7, 24), "day", False),
    ("Wednesday", TUE, False, D(2023, 7, 12), "day", False),
    ("on Friday", TUE, True, D(2023, 7, 21), "day", False),
    ("last Tuesday", TUE, False, D(2023, 7, 11), "day", False),
    ("next Tuesday", TUE, False, D(2023, 7, 25), "day", False),
    ("this Sunday", TUE, False, D(2023, 7, 23), "day", False),
    ("Sunday's talks", TUE, False, D(2023, 7, 16), "day", False),
    ("yesterday", TUE, False, D(2023, 7, 17), "day", False),
    ("today", TUE, False, D(2023, 7, 18), "day", False),
    ("tomorrow", TUE, False, D(2023, 7, 19), "day", False),
    ("the day before yesterday", TUE, False, D(2023, 7, 16), "day", False),
    ("last night", TUE, False, D(2023, 7, 17), "day", False),
    ("three days ago", TUE, False, D(2023, 7, 15), "day", False),
    ("last week", TUE, False, D(2023, 7, 10), "day", True),  # Monday of that week, a guess
    ("earlier this week", TUE, False, D(2023, 7, 17), "day", True),
    ("next week", TUE, False, D(2023, 7, 24), "day", True),
    ("last month", TUE, False, D(2023, 6, 1), "month", False),
    ("earlier this month", TUE, False, D(2023, 7, 1), "month", False),
    ("last year", TUE, False, D(2022, 1, 1), "year", False),
    ("later this year", TUE, False, D(2023, 1, 1), "year", False),
    ("two years ago", TUE, False, D(2021, 1, 1), "year", False),
    ("last November", TUE, False, D(2022, 11, 1), "month", False),
    ("last November", D(2023, 12, 5), False, D(2023, 11, 1), "month", False),
    ("next March", TUE, False, D(2024, 3, 1), "month", False),
    ("in June", TUE, False, D(2023, 6, 1), "month", False),
    ("in early July", TUE, False, D(2023, 7, 1), "month", False),
    ("in November", TUE, False, D(2022, 11, 1), "month", True),  # Nov 2023 is nearer: a guess
    ("in November", TUE, True, D(2023, 11, 1), "month", False),
    ("July 2023", None, False, D(2023, 7, 1), "month", False),
    ("Sept 1", D(2023, 9, 3), False, D(2023, 9, 1), "day", False),
    ("Sept. 1", D(2023, 9, 3), False, D(2023, 9, 1), "day", False),
    ("September 1st", D(2023, 9, 3), False, D(2023, 9, 1), "day", False),
    ("1 September", D(2023, 9, 3), False, D(2023, 9, 1), "day", False),
    ("1st of September", D(2023, 9, 3), False, D(2023, 9, 1), "day", False),
    ("Sept 1", TUE, False, D(2022, 9, 1), "day", True),  # past by rule, but Sept 2023 is nearer
    ("Sept 1", TUE, True, D(2023, 9, 1), "day", False),
    ("July 19", TUE, False, D(2023, 7, 19), "day", False),  # a day "ahead": time zones
    ("Jan. 5", D(2024, 1, 9), False, D(2024, 1, 5), "day", False),
    ("Dec 30", D(2024, 1, 2), False, D(2023, 12, 30), "day", False),
    ("Tuesday, July 11", TUE, False, D(2023, 7, 11), "day", False),
    ("July 18, 2023", None, False, D(2023, 7, 18), "day", False),
    ("July 18 2023", None, False, D(2023, 7, 18), "day", False),
    ("18 July 2023", None, False, D(2023, 7, 18), "day", False),
    ("Tuesday, 18 July 2023", None, False, D(2023, 7, 18), "day", False),
    ("2023-07-18", None, False, D(2023, 7, 18), "day", False),
    ("2023/07/18", None, False, D(2023, 7, 18), "day", False),
    ("18.07.2023", None, False, D(2023, 7, 18), "day", False),
    ("07/18/2023", None, False, D(2023, 7, 18), "day", False),
    ("2023年7月18日", None, False, D(2023, 7, 18), "day", False),
    ("2023年7月", None, False, D(2023, 7, 1), "month", False),
    ("去年11月", TUE, False, D(2022, 11, 1), "month", False),
    ("昨天", TUE, False, D(2023, 7, 17), "day", False),
    ("星期一", TUE, False, D(2023, 7, 17), "day", False),
    ("2024-12-29 22:38", None, False, D(2024, 12, 29), "day", False),
    ("2023-07-18T14:05:00Z", None, False, D(2023, 7, 18), "day", False),
    ("18-Jul-23", None, False, D(2023, 7, 18), "day", False),
    ("JULY 18, 2023", None, False, D(2023, 7, 18), "day", False),
    ("in 2019", None, False, D(2019, 1, 1), "year", False),
    ("the 2030 Agenda", None, False, D(2030, 1, 1), "year", False),
    ("05/06/2023", D(2023, 6, 10), False, D(2023, 6, 5), "day", True),  # day or month first?
    ("Nov 30 to Dec 12, 2023", None, False, D(2023, 11, 30), "day", False),  # year borrowed
    ("Dec 30 to Jan 2, 2024", None, False, D(2023, 12, 30), "day", False),
]


@pytest.mark.parametrize(("expression", "anchor", "future", "value", "precision", "uncertain"), RESOLVE_CASES)
def test_resolve(expression: str, anchor: date | None, future: bool, value: date, precision: str, uncertain: bool) -> None:
    assert resolve(expression, anchor, future=future) == (value, precision, uncertain)


@pytest.mark.parametrize(
    "expression",
    ["on Tuesday", "Sept 1", "last November", "yesterday", "last week", "in June", "7月18日", "05/06/2023"],
)
def test_without_anchor_nothing_is_invented(expression: str) -> None:
    value, _, uncertain = resolve(expression, None)
    assert value is None and uncertain


FALSE_HITS = [
    "the two sides may meet again soon",  # "may" the verb
    "Theresa May said Britain would stay",
    "Trump and May spoke by phone",
    "May's government and Trump and May's aides",
    "Protesters plan to March on the capital",
    "he told the Sunday Times in an interview",
    "Good Friday and Super Tuesday passed quietly",
    "Saudi Arabia's Vision 2030 plan",
    "the COP28 summit and the G20",
    "the 28th Conference of the Parties",
    "about 2000 people gathered at 10:30 a.m.",
    "the meeting lasted 4 hours and 30 minutes",
    "a temperature of 52.2 degrees Celsius",
    "USA Today reported",
    "Mondays are busy",
    "Jan Egeland and Dec Walsh arrived",
    "visits in recent months",
    "Feb 30",
    "2023-02-30",
]


@pytest.mark.parametrize("text", FALSE_HITS)
def test_false_hits(text: str) -> None:
    assert find_dates([Evidence("a.txt", text)], TUE) == []


# ------------------------------------------------------------- find_dates


def _found(sentence: str, published: date | None = TUE) -> list[tuple[str, date | None]]:
    return [(m.text, m.value) for m in find_dates([Evidence("a.txt", sentence)], published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kerry met Wang on Monday.", [("Monday", D(2023, 7, 17))]),
        ("Kerry will meet Wang in Beijing on Sunday, officials said.", [("Sunday", D(2023, 7, 23))]),
        ("On Sunday, Kerry will meet Wang.", [("Sunday", D(2023, 7, 23))]),
        ("On Sunday, officials said Kerry would travel.", [("Sunday", D(2023, 7, 16))]),
        (
            "Kerry, who met Wang on Monday, will meet Li on Thursday.",
            [("Monday", D(2023, 7, 17)), ("Thursday", D(2023, 7, 20))],
        ),
        (
            "Kerry arrived on Sunday for talks expected to last until Wednesday.",
            [("Sunday", D(2023, 7, 16)), ("Wednesday", D(2023, 7, 19))],
        ),
        ("The summit will be held on Sept 1 in Tianjin.", [("Sept 1", D(2023, 9, 1))]),
        ("The talks could have taken place on Friday.", [("Friday", D(2023, 7, 14))]),
        (
            "It could pave the way for the COP28 summit from November 30 until December 12.",
            [("November 30", D(2023, 11, 30)), ("December 12", D(2023, 12, 12))],
        ),
        ("Xi and Biden met in Bali last November.", [("last November", D(2022, 11, 1))]),
        ("From January to March exports rose.", [("January", D(2023, 1, 1)), ("March", D(2023, 3, 1))]),
        ("The talks resumed in early July.", [("early July", D(2023, 7, 1))]),
        ("Talks ran from April to May and ended by the end of May.",
         [("April", D(2023, 4, 1)), ("May", D(2023, 5, 1)), ("May", D(2023, 5, 1))]),
        ("BEIJING, July 19 (Xinhua) -- Wang met Kerry.", [("July 19", D(2023, 7, 19))]),
        ("The delegations met on 18-19 July.", [("18-19 July", D(2023, 7, 18))]),
        ("China pledged to peak emissions by 2030.", [("2030", D(2030, 1, 1))]),
        ("He spent four days in Beijing from Sunday to Wednesday.", [("Sunday", D(2023, 7, 16)),
                                                                     ("Wednesday", D(2023, 7, 19))]),
        ("Monday's talks followed November's summit.", [("Monday", D(2023, 7, 17)), ("November", D(2022, 11, 1))]),
        ("下周(12月30日-1月5日)市场大事预告", [("下周", D(2023, 7, 24)), ("12月30日", D(2022, 12, 30)),
                                          ("1月5日", D(2023, 1, 5))]),
    ],
)
def test_find_dates(sentence: str, expected: list[tuple[str, date]]) -> None:
    assert _found(sentence) == expected


def test_find_dates_keeps_evidence_and_order() -> None:
    sentences = [Evidence("a.txt", "Wang met Kerry on Tuesday."), Evidence("a.txt", "They met last November too.")]
    mentions = find_dates(sentences, TUE)
    assert [m.evidence for m in mentions] == sentences
    assert [m.precision for m in mentions] == ["day", "month"]


def test_find_dates_without_publication_date() -> None:
    [mention] = find_dates([Evidence("a.txt", "Wang Yi on Sept 1 met Kerry.")], None)
    assert (mention.text, mention.value, mention.uncertain) == ("Sept 1", None, True)


def test_ticker_line_is_a_day_not_a_time() -> None:
    [mention] = find_dates([Evidence("a.txt", "2024-12-29 22:38")], None)
    assert (mention.text, mention.value, mention.precision) == ("2024-12-29", D(2024, 12, 29), "day")


def test_resolve_range() -> None:
    assert resolve_range("July 18-19", TUE) == (D(2023, 7, 18), D(2023, 7, 19), "day", False)
    assert resolve_range("from November 30 until December 12", TUE, future=True) == (
        D(2023, 11, 30), D(2023, 12, 12), "day", False)
    assert resolve_range("Dec 30 to Jan 2", D(2024, 1, 5)) == (D(2023, 12, 30), D(2024, 1, 2), "day", False)
    assert resolve_range("July 16 to 19, 2023", None) == (D(2023, 7, 16), D(2023, 7, 19), "day", False)
    assert resolve_range("Tuesday", TUE) == (TUE, None, "day", False)


# ------------------------------------------------------ publication date


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([" date 2023-07-18 Home » China and US Leaders Discuss Climate"], D(2023, 7, 18)),
        (["Published: 18 July 2023"], D(2023, 7, 18)),
        (["Published July 18, 2023 10:32 AM ET Updated July 19, 2023 08:00 AM ET"], D(2023, 7, 18)),
        (["Updated: 2024-04-06 10:21"], D(2024, 4, 6)),
        (["2023-07-18 14:05"], D(2023, 7, 18)),
        (["July 18, 2023"], D(2023, 7, 18)),
        (["Tuesday, July 18, 2023"], D(2023, 7, 18)),
        (["Jul 18 2023 | 03:15 PM IST"], D(2023, 7, 18)),
        (["By Jane Doe | chinadaily.com.cn | Updated: 2024-04-06 10:21"], D(2024, 4, 6)),
        (["By Jane Doe | chinadaily.com.cn | Updated: 2024-04-06 10:21", "Published: 2024-04-05"], D(2024, 4, 5)),
        (["By Jane Doe and John Roe, Reuters July 18, 2023"], D(2023, 7, 18)),
        (["Posted on July 18, 2023 by admin"], D(2023, 7, 18)),
        (["Last Updated: Jul 19, 2023, 08:12 PM IST"], D(2023, 7, 19)),
        (["Source: Xinhua| 2023-07-18 22:10:12"], D(2023, 7, 18)),
        (["18.07.2023 | 14:05"], D(2023, 7, 18)),
        (["2023-07-18T14:05:00Z"], D(2023, 7, 18)),
        (["发布时间：2023-07-18 14:05 来源：新华网"], D(2023, 7, 18)),
        (["2023年07月18日 14:05 来源：新华网"], D(2023, 7, 18)),
        # body sentences and relative times are not publication dates
        (["Wang Yi met John Kerry in Beijing on July 18, 2023."], None),
        (["The report, published on July 18, 2023, said talks went well."], None),
        (["The meeting on 2023-07-18 was historic."], None),
        (["2 hours ago"], None),
        ([], None),
        # a news ticker: several differing timestamps are not this article's date
        (["2024-12-29 22:38", "2024-12-29 22:28", "2024-12-29 21:44"], None),
        (["Published: 2023-07-18", "2024-12-29 22:38", "2024-12-29 22:28", "2024-12-28 21:44"], D(2023, 7, 18)),
    ],
)
def test_find_publication_date(lines: list[str], expected: date | None) -> None:
    value, line = find_publication_date(lines)
    assert value == expected
    assert (line is None) == (expected is None)
    if line is not None:
        assert line in lines


# --------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("paragraph", "place", "date_text", "value", "outlet", "rest"),
    [
        ("BEIJING, July 19 (TMTPost)— John Kerry pledged", "Beijing", "July 19", D(2023, 7, 19), "TMTPost", "John"),
        ("Beijing, July 18 – Wang Yi, director of", "Beijing", "July 18", D(2023, 7, 18), None, "Wang"),
        ("BEIJING — State Councilor Wang Yi", "Beijing", None, None, None, "State"),
        ("WASHINGTON (Reuters) - The United States said", "Washington", None, None, "Reuters", "The"),
        ("BEIJING, July 18 (Reuters) - China's top diplomat", "Beijing", "July 18", D(2023, 7, 18), "Reuters", "China's"),
        ("BEIJING, Jan. 5 (Xinhua) -- Chinese President", "Beijing", "Jan. 5", D(2023, 1, 5), "Xinhua", "Chinese"),
        ("MOSCOW, March 21. /TASS/. Russian President", "Moscow", "March 21", D(2023, 3, 21), "TASS", "Russian"),
        ("NEW YORK (AP) — The United Nations chief", "New York", None, None, "AP", "The"),
        ("UNITED NATIONS, Sept 22 (AFP) - The ministers", "United Nations", "Sept 22", D(2022, 9, 22), "AFP", "The"),
        ("Tianjin, Sept 1 (CGTN): Chinese State Councilor", "Tianjin", "Sept 1", D(2022, 9, 1), "CGTN", "Chinese"),
        ("New Delhi [India], July 18 (ANI): Prime Minister", "New Delhi", "July 18", D(2023, 7, 18), "ANI", "Prime"),
        ("KYIV, Ukraine (AP) — Ukrainian officials", "Kyiv", None, None, "AP", "Ukrainian"),
        ("Hong Kong CNN — Chinese leader Xi Jinping", "Hong Kong", None, None, "CNN", "Chinese"),
        ("BEIJING, July 18 /PRNewswire/ -- A company", "Beijing", "July 18", D(2023, 7, 18), "PRNewswire", "A"),
        ("ISLAMABAD: Prime Minister Shehbaz Sharif said", "Islamabad", None, None, None, "Prime"),
        ("SEOUL, July 18 (Yonhap) -- South Korea", "Seoul", "July 18", D(2023, 7, 18), "Yonhap", "South"),
        ("PARIS, July 18, 2023 — French President", "Paris", "July 18, 2023", D(2023, 7, 18), None, "French"),
        ("Jakarta (ANTARA) - Indonesia's minister", "Jakarta", None, None, "ANTARA", "Indonesia's"),
        ("RIO DE JANEIRO, Nov 18 (Reuters) - Leaders", "Rio de Janeiro", "Nov 18", D(2022, 11, 18), "Reuters", "Leaders"),
        ("TOKYO, JULY 18 (Kyodo) -- Japan", "Tokyo", "JULY 18", D(2023, 7, 18), "Kyodo", "Japan"),
        ("LONDON, 18 July (Reuters) - Britain", "London", "18 July", D(2023, 7, 18), "Reuters", "Britain"),
        ("BRUSSELS/LONDON, July 18 (Reuters) - EU", "Brussels/London", "July 18", D(2023, 7, 18), "Reuters", "EU"),
        ("WASHINGTON--Secretary of State Antony Blinken", "Washington", None, None, None, "Secretary"),
        ("WINSTON-SALEM, N.C. (AP) — A man", "Winston-Salem", None, None, "AP", "A man"),
        ("LONDON, Tuesday (Reuters) - Britain", "London", "Tuesday", D(2023, 7, 18), "Reuters", "Britain"),
    ],
)
def test_parse_dateline(
    paragraph: str, place: str, date_text: str | None, value: date | None, outlet: str | None, rest: str
) -> None:
    dateline = parse_dateline(paragraph, TUE)
    assert dateline is not None
    assert (dateline.place, dateline.date_text, dateline.date, dateline.outlet) == (place, date_text, value, outlet)
    assert paragraph[dateline.end :].startswith(rest)


# Datelines of state agencies, regional wires, aggregators and translated pages: the agency
# after the date ("Riyadh, October 09, 2024, SPA --"), after a full stop ("ASTANA. KAZINFORM –"),
# a country in brackets ("Nusa Dua (Indonesia) (AFP) –"), no dash after a dated agency credit
# ("Bangkok, Jan 28 (Agencies) US ..."), a known city alone before a dash ("Jakarta - ...").
@pytest.mark.parametrize(
    ("paragraph", "place", "value", "outlet", "rest"),
    [
        ("Riyadh, October 09, 2024, SPA -- His Royal Highness", "Riyadh", D(2024, 10, 9), "SPA", "His"),
        ("Beijing, 9 October 2024, Xinhua -- Chinese Premier", "Beijing", D(2024, 10, 9), "Xinhua", "Chinese"),
        ("Moscow, 9 October. INTERFAX - Russian Foreign Minister", "Moscow", D(2022, 10, 9), "INTERFAX", "Russian"),
        ("ABU DHABI, 9th October, 2024 (WAM) -- His Highness", "Abu Dhabi", D(2024, 10, 9), "WAM", "His"),
        ("Cairo, Oct. 9, 2024 (MENA) – Egypt's foreign minister", "Cairo", D(2024, 10, 9), "MENA", "Egypt's"),
        ("Riyadh, SPA -- The Crown Prince received", "Riyadh", None, "SPA", "The"),
        ("Tehran, IRNA -- Iranian Foreign Minister", "Tehran", None, "IRNA", "Iranian"),
        ("ASTANA. KAZINFORM – President of Kazakhstan", "Astana", None, "KAZINFORM", "President"),
        ("Nusa Dua (Indonesia) (AFP) – US President Joe Biden", "Nusa Dua", None, "AFP", "US"),
        ("Vientiane (Laos), July 15: External Affairs Minister", "Vientiane", D(2023, 7, 15), None, "External"),
        ("Bangkok, Jan 28 (Agencies) US National Security Advisor", "Bangkok", D(2023, 1, 28), "Agencies", "US"),
        ("New Delhi, Oct 9 (IANS) Prime Minister Narendra Modi", "New Delhi", D(2022, 10, 9), "IANS", "Prime"),
        ("Islamabad, Oct 9 (APP): Pakistan and China", "Islamabad", D(2022, 10, 9), "APP", "Pakistan"),
        ("Nusa Dua - President of United States Joe Biden", "Nusa Dua", None, None, "President"),
        ("Jakarta - Presiden Joko Widodo menerima", "Jakarta", None, None, "Presiden"),
        ("Seoul - South Korea said on Monday it would respond.", "Seoul", None, None, "South"),
        ("ST. PETERSBURG, June 5 (Reuters) - Russian President", "St. Petersburg", D(2023, 6, 5), "Reuters", "Russian"),
    ],
)
def test_parse_dateline_in_other_outlets_styles(
    paragraph: str, place: str, value: date | None, outlet: str | None, rest: str
) -> None:
    dateline = parse_dateline(paragraph, TUE)
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.outlet) == (place, value, outlet)
    assert paragraph[dateline.end :].startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Beijing - Washington relations are at a low point, analysts say.",
        "Taiwan - the island Beijing claims - held drills.",
        "Beijing - Moscow ties have deepened since 2022.",
        "Paris (AFP) the French president said.",
        "Kerry (left) Wang Yi shakes hands",
        "Wang Yi (L) shakes hands with Kerry",
        "Lula (Brazil) and Biden (US) met on Friday.",
    ],
)
def test_not_a_dateline_in_other_styles(paragraph: str) -> None:
    assert parse_dateline(paragraph, TUE) is None


def test_dateline_without_publication_date_keeps_text_only() -> None:
    assert parse_dateline("BEIJING, July 19 (Xinhua) -- Wang said", None) == Dateline(
        "Beijing", "July 19", None, "Xinhua", 29
    )
    assert parse_dateline("PARIS, July 18, 2023 — Macron said", None).date == D(2023, 7, 18)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wang Yi met John Kerry — a veteran diplomat — in Beijing.",
        "UPDATE: The meeting has been postponed.",
        "Kerry (left) — shaking hands with Wang",
        "Wang Yi (L) — shakes hands with Kerry",
        "Beijing-based analysts — who asked not to be named — said",
        "Note: This article was updated.",
        "NATO — the alliance — said",
        'Wang said: "We are ready."',
        "US Climate Envoy John Kerry Vows to Strengthen Cooperation",
        "The two sides — China and the US — agreed.",
        "",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph, TUE) is None


# ------------------------------------------- publication date: more outlets
# Date lines in the styles of outlets the rules were not written from.


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a time, a zone and a relative "Updated" after the date
        (["April 26, 2024 8:41 PM GMT+8 Updated 2 hours ago"], D(2024, 4, 26)),
        (["May 6, 2025 6:37 AM GMT+9 Updated 40 minutes ago"], D(2025, 5, 6)),
        # a time before the date, a byline in brackets
        (["By Xu Mingyue (People's Daily Online) 10:44, September 02, 2021"], D(2021, 9, 2)),
        (["By Kim Na-ri (Korea Herald) 09:15, March 11, 2022"], D(2022, 3, 11)),
        # labels of many outlets
        (["Published On 10 Mar 2023"], D(2023, 3, 10)),
        (["Posted 17 Jun 2024, 6:15pm, updated 9:02pm"], D(2024, 6, 17)),
        (["Issued on: 17/02/2022 - 08:31"], D(2022, 2, 17)),
        (["Issued on: 05/02/2022 - 08:31 Modified: 18/02/2022 - 09:00"], D(2022, 2, 5)),  # the page writes day first
        (["2024-05-26 15:21 KST"], D(2024, 5, 26)),
        (["Updated : 2024-05-26"], D(2024, 5, 26)),
        (["Last updated on May 4, 2023 10:12 pm IST"], D(2023, 5, 4)),
        (["Last updated on May 4, 2023 10:12 pm IST", "Published - May 03, 2023 09:30 pm IST"], D(2023, 5, 3)),
        (["Published in 26/05/2024 - 15:21"], D(2024, 5, 26)),
        (["Publicado em 26/05/2024 - 15:21"], D(2024, 5, 26)),
        (["For Immediate Release: June 3, 2024"], D(2024, 6, 3)),
        (["Update : 26.05.2024", "26.05.2024 - 25.05.2024"], D(2024, 5, 26)),
        (["DW | 26.05.2024"], D(2024, 5, 26)),
        (["May 26, 2024 | 3 min read"], D(2024, 5, 26)),
        (["25 May 2024 23:55 (Moscow time)"], D(2024, 5, 25)),
        (["Sat, May 25, 2024, 11:15 PM"], D(2024, 5, 25)),
        # Korean, Japanese and Chinese numeric forms
        (["입력 2024.05.26 15:21"], D(2024, 5, 26)),
        (["입력 : 2024-05-26 15:21:00 | 수정 : 2024-05-27 16:00"], D(2024, 5, 26)),
        (["수정 2024-05-27 16:00", "입력 2024-05-26 15:21"], D(2024, 5, 26)),
        (["기사입력 2024.05.26. 오후 3:21"], D(2024, 5, 26)),
        (["2024. 5. 26. 15:21"], D(2024, 5, 26)),
        (["2024년 5월 26일 15:21"], D(2024, 5, 26)),
        (["2024年5月26日 15時21分"], D(2024, 5, 26)),
        (["2024/05/26 15:21 公開", "2024/05/27 09:00 更新"], D(2024, 5, 26)),
        (["2024/05/27 09:00 更新", "2024/05/26 15:21 公開"], D(2024, 5, 26)),
        # a forwarded message: a two-digit year, only before a time
        (["RIA Novosti, [26.05.24 15:21]"], D(2024, 5, 26)),
        (["version 1.2.24 of the app"], None),
        # off by one: the first of two dates is this article's, the second an update after midnight
        (["23:58 25.05.2024 (updated: 00:12 26.05.2024)"], D(2024, 5, 25)),
        # a UTC machine stamp yields to the date the page shows in its own time
        (["2024-05-25T23:30:00Z", "2024-05-26 08:30 KST"], D(2024, 5, 26)),
        (["2024-05-25T23:30:00+00:00", "Published: May 26, 2024"], D(2024, 5, 26)),
        (["2024-05-25T23:30:00Z"], D(2024, 5, 25)),
        # 04/03/2024: month or day first?
        (["By WorldPulse24 Staff | 04/03/2024 06:12 ET | 3 Comments"], D(2024, 4, 3)),
        (["Posted 04/03/2024 06:12 BST"], D(2024, 3, 4)),
        (["Wed 04/03/2024"], D(2024, 4, 3)),
        (["Posted 04/03/2024", "https://news.example.com/2024/03/04/talks-end"], D(2024, 3, 4)),
        (["Posted 04/03/2024", "Related: 12/25/2023"], D(2024, 4, 3)),
        (["Posted 04/03/2024"], None),  # nothing settles it: no date rather than a guess
        # body sentences with the new words are still not date lines
        (["Officials said on May 26, 2024 that talks were updated."], None),
        (["The statement was released on 26/05/2024 after talks in Seoul."], None),
    ],
)
def test_find_publication_date_more_outlets(lines: list[str], expected: date | None) -> None:
    value, line = find_publication_date(lines)
    assert value == expected
    assert (line is None) == (expected is None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["https://www.dawn.com/news/2023/01/09/pakistan-china-talks"], D(2023, 1, 9)),
        (["https://example.in/world/story-title-2023-01-09-abc123"], D(2023, 1, 9)),
        (["https://example.org/news/20230109/story"], D(2023, 1, 9)),
        (["https://en.yna.co.kr/view/AEN20240526001234315"], D(2024, 5, 26)),
        (["http://www.news.cn/world/2024-05/26/c_1130151234.htm"], D(2024, 5, 26)),
        (["http://en.people.cn/n3/2021/0902/c90000-9891234.html"], D(2021, 9, 2)),
        (["https://www.chinadaily.com.cn/a/202404/06/WS6610f.html"], D(2024, 4, 6)),
        (["Source: https://example.com/2023/01/09/story"], D(2023, 1, 9)),
        # a published line wins over the URL; the URL wins over a later "Updated"
        (["https://example.com/2023/01/09/story", "Published: 10 January 2023"], D(2023, 1, 10)),
        (["https://example.com/2023/01/09/story", "Updated: 11 January 2023"], D(2023, 1, 9)),
        (["https://example.com/2023/01/09/story", "Updated: 8 January 2023"], D(2023, 1, 8)),
        # no date in the URL: ids, a month only, a year in the domain
        (["https://www.bbc.com/news/world-asia-68123456"], None),
        (["https://example.com/2024/05/talks"], None),
        (["https://news2024.example.com/world/talks"], None),
    ],
)
def test_publication_date_from_the_url(lines: list[str], expected: date | None) -> None:
    assert find_publication_date(lines)[0] == expected


@pytest.mark.parametrize(
    ("lines", "lead", "context", "expected"),
    [
        # a year-less date line and the dateline, the year from the copyright line, the weekday agreeing
        (["21 MAR, 15:48", "© ТАСС 2023. Все права защищены."],
         "MOSCOW, March 21. /TASS/. Putin and Xi held talks in the Kremlin on Tuesday.", [], D(2023, 3, 21)),
        (["© 2024 Yonhap News Agency"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks in Seoul on Sunday.", [], D(2024, 5, 26)),
        (["Copyright © 1995-2024 Example Wire"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks in Seoul on Sunday.", [], D(2024, 5, 26)),
        # the year from a ticker or related-story timestamp the cleaner removed
        ([], "BEIJING, Nov. 16 (Xinhua) -- Xi held a virtual meeting with Biden on Tuesday morning.",
         ["外交部发言人答记者问  2021-11-16 15:20"], D(2021, 11, 16)),
        ([], "SEOUL, Jan. 2 (Yonhap) -- The two ministers talked by phone on Tuesday.",
         ["Markets open higher 2024-01-02 09:01", "Won falls 2023-12-29 15:30"], D(2024, 1, 2)),
        ([], "SEOUL, Dec. 31 (Yonhap) -- The two ministers talked by phone on Sunday.",
         ["Markets open higher 2024-01-02 09:01"], D(2023, 12, 31)),
        # the URL's year and month
        (["https://example.com/news/2024/05/talks"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks.", [], D(2024, 5, 26)),
        (["https://example.com/news/2024/06/talks"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks.", [], None),  # months disagree
        # not soundly settled: leave it None
        (["© 2024 Yonhap News Agency"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks in Seoul.", [], None),  # no weekday to check
        (["© 2025 Yonhap News Agency"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks in Seoul on Sunday.", [], None),  # a Monday
        (["© 2023 A", "© 2024 B"],
         "SEOUL, May 26 (Yonhap) -- South Korea and China held talks on Sunday.", [], None),  # two years
        ([], "SEOUL, May 26 (Yonhap) -- South Korea and China held talks on Sunday.", [], None),
        # a body date never dates the article
        (["© 2024 Example"], "South Korea and China held talks in Seoul on Sunday, May 26, 2024.", [], None),
        # a dateline with its year dates the article, below a date line
        ([], "PARIS, July 18, 2023 — Macron met Li Qiang.", [], D(2023, 7, 18)),
        (["Updated: July 19, 2023"], "PARIS, July 18, 2023 — Macron met Li Qiang.", [], D(2023, 7, 18)),
        (["Published: July 17, 2023"], "PARIS, July 18, 2023 — Macron met Li Qiang.", [], D(2023, 7, 17)),
    ],
)
def test_publication_date_from_dateline_and_page_year(lines: list[str], lead: str, context: list[str],
                                                      expected: date | None) -> None:
    value, line = find_publication_date(lines, lead, context)
    assert value == expected
    if expected is not None:
        assert line is not None and (line in lines or lead.startswith(line))


def test_extraction_dates_a_page_by_its_dateline_and_the_page_year() -> None:
    """The wiring in extract_briefing: the lead and the removed furniture reach find_publication_date,
    and the dateline's day is then resolved against the date found."""
    from briefing_archive.extract import extract_briefing
    from briefing_archive.knowledge import Knowledge
    from briefing_archive.models import Article, Cleaned, RemovedLine

    lead = "SEOUL, May 26 (Yonhap) -- South Korea's foreign minister held talks with Wang Yi in Seoul on Sunday."
    article = Article("yonhap.txt", lead, "0" * 64, "utf-8")
    cleaned = Cleaned("yonhap.txt", None, [lead], removed=[RemovedLine(1, "Markets open higher 2024-05-26 09:01",
                                                                      "ticker")],
                      meta_lines=["© 2024 Yonhap News Agency"])
    briefing = extract_briefing(article, cleaned, Knowledge.load(), "yonhap")
    assert briefing.published == D(2024, 5, 26)
    assert briefing.dateline_date == D(2024, 5, 26)
    assert briefing.evidence["published"].sentence == "SEOUL, May 26 (Yonhap) --"


@pytest.mark.parametrize(
    "lead",
    [
        "Riyadh, October 09, 2024, SPA -- His Royal Highness Prince Mohammed bin Salman received the minister.",
        "ABU DHABI, 9th October, 2024 (WAM) -- His Highness Sheikh Mohamed bin Zayed received the minister.",
        "Beijing, 9 October 2024, Xinhua -- Chinese Premier Li Qiang met the visiting minister.",
    ],
)
def test_agency_dateline_with_a_year_dates_the_page(lead: str) -> None:
    published, line = find_publication_date([], lead, [])
    assert published == D(2024, 10, 9)
    assert line is not None and line in lead
