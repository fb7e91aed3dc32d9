"""Places, organisations and meeting places from the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_archive.extract.places import (
    canonical_place,
    capital_of,
    country_of,
    find_places,
    organisations_in,
    place_of,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _paragraphs(name: str) -> list[str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _names(*paragraphs: str) -> tuple[list[str], list[str]]:
    places, orgs = find_places(list(paragraphs), "a.txt")
    return [p.name for p in places], [o.name for o in orgs]


# --------------------------------------------------------------------- seeds


def test_seed_000() -> None:
    places, orgs = find_places(_paragraphs("000_d4acc7fcd3ad9e00.txt"), "000.txt")
    by_name = {p.name: p for p in places}
    assert {"Beijing", "Washington", "Bali", "China", "United States", "United Arab Emirates", "Taiwan"} <= set(by_name)
    assert by_name["Beijing"].kind == "city" and by_name["Bali"].kind == "region"
    assert by_name["Taiwan"].kind == "region" and by_name["China"].kind == "country"
    assert "Paris" not in by_name  # "the Paris Agreement"
    assert "BEIJING" in by_name["Beijing"].evidence.sentence  # first mention: the dateline
    org_names = [o.name for o in orgs]
    assert {"UNFCCC", "COP28", "Office of the Central Foreign Affairs Commission"} <= set(org_names)
    assert "Xinhua News Agency" not in org_names  # an outlet in a photo credit


def test_seed_001_same_office_other_wording() -> None:
    names, orgs = _names(*_paragraphs("001_ed1d0242aaef3209.txt"))
    assert {"Beijing", "Bali", "Taiwan", "China", "United States"} <= set(names)
    assert orgs == ["Office of the Central Foreign Affairs Commission"]


def test_seed_003_regions_and_orgs() -> None:
    names, orgs = _names(*_paragraphs("003_3a7bb6743091d24e.txt"))
    assert {"Xinjiang", "Taiwan", "China", "United States"} <= set(names)
    assert "Beijing" not in names
    assert {"China Meteorological Administration", "White House"} <= set(orgs)


def test_seed_004_cities_not_treaties() -> None:
    names, _ = _names(*_paragraphs("004_6ff4ee112696e08a.txt"))
    assert names[0] == "Beijing"  # "BEIJING —" dateline
    assert "Tianjin" in names and "Paris" not in names


def test_seed_002() -> None:
    names, orgs = _names(*_paragraphs("002_7d68b0ed33882c99.txt"))
    assert {"Beijing", "Taiwan", "China", "United States"} <= set(names)
    assert "European Union" in orgs


# ------------------------------------------------------------ find_places

FIND = [
    ("Officials in New Delhi and Mumbai met.", ["New Delhi", "Mumbai"], []),
    ("NEW DELHI, May 2 (PTI) -- India and Pakistan agreed to talks.", ["New Delhi", "India", "Pakistan"], []),
    ("The Indo-Pacific and the Asia-Pacific were discussed, as was the Taiwan Strait.",
     ["Indo-Pacific", "Asia-Pacific", "Taiwan Strait"], []),
    ("He flew from Kiev to Washington, D.C. via Frankfurt.", ["Kyiv", "Washington", "Frankfurt"], []),
    ("The Shanghai Cooperation Organisation summit took place in Astana, Kazakhstan.",
     ["Astana", "Kazakhstan"], ["Shanghai Cooperation Organisation"]),
    ("China's Foreign Ministry said the Ministry of Foreign Affairs of Japan had protested.",
     ["China", "Japan"], ["Chinese Foreign Ministry", "Japanese Foreign Ministry"]),
    ("The US State Department and the U.S. Commerce Department issued a statement. The Pentagon declined to comment.",
     ["United States"], ["State Department", "Commerce Department", "Pentagon"]),
    ("Biden's National Security Council met the National Development and Reform Commission.",
     [], ["National Security Council", "National Development and Reform Commission"]),
    ("Governor of the People's Bank of China Pan Gongsheng spoke at the Boao Forum for Asia.",
     [], ["People's Bank of China", "Boao Forum for Asia"]),
    ("The West Bank and Gaza Strip remain tense, the Palestinian Authority said.",
     ["West Bank", "Gaza"], ["Palestinian Authority"]),
    ("The 15th Conference of the Parties to the Convention on Biological Diversity opened in Montreal.",
     ["Montreal"], ["COP15"]),
    ("NATO, ASEAN and the G-20 met the World Bank and the IMF in Geneva.",
     ["Geneva"], ["NATO", "ASEAN", "G20", "World Bank", "International Monetary Fund"]),
    ("Wang Yi, director of the Office of the Central Foreign Affairs Commission, met the Taiwan Affairs Office.",
     [], ["Office of the Central Foreign Affairs Commission", "Taiwan Affairs Office"]),
    # Places inside an unknown organisation's name still count (known names block them).
    ("The Hong Kong and Macao Affairs Office and the Xinjiang Production and Construction Corps commented.",
     ["Hong Kong", "Macao", "Xinjiang"],
     ["Hong Kong and Macao Affairs Office", "Xinjiang Production and Construction Corps"]),
]


@pytest.mark.parametrize(("paragraph", "places", "orgs"), FIND)
def test_find_places(paragraph: str, places: list[str], orgs: list[str]) -> None:
    assert _names(paragraph) == (places, orgs)


def test_dedup_first_mention_and_evidence() -> None:
    paragraphs = ["Kerry arrived in Beijing. He met Wang.", "Beijing and Washington agreed. Beijing said more."]
    places, _ = find_places(paragraphs, "x/a.txt")
    assert [p.name for p in places] == ["Beijing", "Washington"]
    assert places[0].evidence.sentence == "Kerry arrived in Beijing."
    assert places[0].evidence.source == "x/a.txt"
    assert places[1].evidence.sentence == "Beijing and Washington agreed."


# ---------------------------------------------------------------------- traps

TRAPS = [
    ("The Washington Post reported that officials in Beijing were unhappy.", ["Beijing"]),
    ("George Washington and Denzel Washington are not places.", []),
    ("Rep. Jim Jordan, an Ohio Republican, said so. Jordan said China was a threat.", ["Ohio", "China"]),
    ("King Abdullah II of Jordan met Blinken in Amman on Monday.", ["Jordan", "Amman"]),
    ("Chad Wolf, the former acting homeland security secretary, spoke.", []),
    ("Chad's President Mahamat Idriss Deby visited Beijing.", ["Chad", "Beijing"]),
    ("Georgia Governor Brian Kemp signed the bill in Atlanta.", ["Atlanta"]),
    ("Georgian Prime Minister Irakli Kobakhidze said Georgia would stay neutral.", ["Georgia"]),
    ("The Paris Agreement and the Kyoto Protocol were discussed, as were the Minsk agreements.", []),
    ("Chinese officials told reporters that Sino-Japanese ties were stable.", []),
    ("Sino-U.S. ties improved.", ["United States"]),
    ("He paid US$5 billion.", []),
    ("JOIN US FOR THE LIVE BLOG", []),
    ("Michael Jordan visited Paris Hilton in Sydney.", ["Sydney"]),
    ("He studied at the University of Washington and Peking University.", []),
    ("The Voice of America, the South China Morning Post and China Daily reported.", []),
    ("The Communist Party of China met in Beijing.", ["Beijing"]),
]


@pytest.mark.parametrize(("paragraph", "places"), TRAPS)
def test_traps(paragraph: str, places: list[str]) -> None:
    assert _names(paragraph)[0] == places


ORGS = [
    ("The U.S. Senate and the Russian Security Council disagreed.", ["U.S. Senate", "Russian Security Council"]),
    ("The Democratic Party of Japan and the US Democratic Party met.",
     ["Democratic Party of Japan", "Democratic Party"]),
    ("The Chinese Embassy in Washington and the U.S. Embassy in Beijing.", ["Chinese Embassy", "U.S. Embassy"]),
    ("An analyst at the Center for Strategic and International Studies said.",
     ["Center for Strategic and International Studies"]),
    ("Chinese Academy of Sciences researchers said.", ["Chinese Academy of Sciences"]),
    ("Russia's Defence Ministry said.", ["Russian Defense Ministry"]),
    ("Japan's Liberal Democratic Party won.", ["Liberal Democratic Party"]),
    ("Foreign Ministry spokesperson Wang Wenbin said.", ["Foreign Ministry"]),
    ("The Embassy said nothing; Secretary of State Antony Blinken and House Speaker Nancy Pelosi did.", []),
    ("Wang Yi, Director of the Communist Party of China Central Foreign Affairs Office, spoke.",
     ["Office of the Central Foreign Affairs Commission"]),
]


@pytest.mark.parametrize(("sentence", "expected"), ORGS)
def test_organisations_in(sentence: str, expected: list[str]) -> None:
    assert organisations_in(sentence) == expected


def test_washington_post_is_not_an_organisation_mention_either() -> None:
    assert organisations_in("The Washington Post and Xinhua News Agency said so.") == []


# ------------------------------------------------------------------ place_of

PLACE_OF = [
    ("Wang met Kerry in Beijing on July 18.", "Beijing"),
    ("Li met Kerry at the Great Hall of the People in Beijing.", "Beijing"),
    ("Li met Kerry at the Great Hall of the People.", "Beijing"),
    ("Xi and Biden met on the sidelines of the G20 summit in Bali last November.", "Bali"),
    ("The two met in the Chinese capital on Monday.", "Beijing"),
    ("Modi and Kishida held talks in the Indian capital.", "New Delhi"),
    ("They met in the capital of Kazakhstan.", "Astana"),
    ("Blinken arrived in Beijing on Sunday and met Wang in Tianjin on Monday.", "Tianjin"),
    ("Biden hosted Xi at the Filoli Estate in Woodside, California.", "Woodside"),
    ("They met in the northeastern Chinese port city of Dalian.", "Dalian"),
    ("Modi met Lee in Singapore.", "Singapore"),
    ("The leaders held talks at the White House.", "Washington"),
    ("Putin received Xi at the Kremlin.", "Moscow"),
    ("Wang met Jordan's foreign minister in Amman.", "Amman"),
    ("Lavrov and Wang met in Kiev.", "Kyiv"),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_OF)
def test_place_of(sentence: str, expected: str) -> None:
    assert place_of(sentence) == expected


NO_PLACE = [
    "Wang met Kerry via video link; Kerry was in Tianjin for the talks.",
    "Biden spoke with Xi by phone on Tuesday.",
    "The two leaders held a virtual summit in November.",
    "Li believed Beijing and Washington should act.",
    "Kerry met Wang during his visit to China.",  # a country only: see allow_country
    "Jim Jordan met reporters in Georgia.",
    "They met in the capital.",
]


@pytest.mark.parametrize("sentence", NO_PLACE)
def test_place_of_none(sentence: str) -> None:
    assert place_of(sentence) is None


def test_place_of_allow_country() -> None:
    assert place_of("Kerry met Wang in China.", allow_country=True) == "China"


# ----------------------------------------------------------------- look-ups


def test_capital_and_country() -> None:
    assert capital_of("China") == "Beijing"
    assert capital_of("Chinese") == "Beijing"
    assert capital_of("U.S.") == "Washington"
    assert capital_of("united states") == "Washington"
    assert capital_of("Türkiye") == "Ankara"
    assert capital_of("Israel") is None  # contested: deliberately unset
    assert capital_of("Atlantis") is None
    assert country_of("Beijing") == "China"
    assert country_of("Tianjin") == "China"
    assert country_of("Washington, D.C.") == "United States"
    assert country_of("Great Hall of the People") == "China"
    assert country_of("Xinjiang") == "China"
    assert country_of("China") == "China"
    assert country_of("Taiwan") is None
    assert country_of("Nowhere") is None
    assert canonical_place("BEIJING") == "Beijing"
    assert canonical_place("Kiev") == "Kyiv"


# -------------------------------------------------------------- behaviour


def test_deterministic() -> None:
    paragraphs = _paragraphs("000_d4acc7fcd3ad9e00.txt")
    assert find_places(paragraphs, "a") == find_places(paragraphs, "a")
