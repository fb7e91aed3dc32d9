"""Outlet detection: datelines, bylines, source/credit lines, URLs, copyright; never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_archive.extract.outlet import canonical_outlet, find_outlet

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _paragraphs(name: str) -> list[str]:
    """A seed's non-empty lines: close enough to the cleaner's paragraphs for this module."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


# --------------------------------------------------------------------- seeds


def test_seed_000_dateline_beats_photo_credits() -> None:
    outlet, evidence = find_outlet([], _paragraphs("000_d4acc7fcd3ad9e00.txt"), "000.txt")
    assert outlet == "TMTPost"  # not Xinhua: "Credit:Xinhua News Agency" is a photo credit
    assert evidence is not None and evidence.source == "000.txt"
    assert evidence.sentence.startswith("BEIJING, July 19 (TMTPost)")


@pytest.mark.parametrize(
    "name",
    [
        "001_ed1d0242aaef3209.txt",  # "Beijing, July 18 –": a dateline without an outlet
        "002_7d68b0ed33882c99.txt",
        "003_3a7bb6743091d24e.txt",  # "in remarks to CNN": a quoted outlet, not the publisher
        "004_6ff4ee112696e08a.txt",  # "BEIJING —": no outlet named
    ],
)
def test_seeds_without_an_outlet_give_none(name: str) -> None:
    assert find_outlet([], _paragraphs(name), name) == (None, None)


# ----------------------------------------------------------------- datelines

DATELINES = [
    ("BEIJING, July 18 (Xinhua) -- Chinese Premier Li Qiang met John Kerry.", "Xinhua"),
    ("WASHINGTON (Reuters) - U.S. climate envoy John Kerry will travel to China.", "Reuters"),
    ("MOSCOW, July 19. /TASS/. Russian Foreign Minister Sergei Lavrov said on Wednesday.", "TASS"),
    ("WASHINGTON (AP) — President Joe Biden said on Friday.", "AP"),
    ("PARIS (AFP) - France summoned the ambassador.", "AFP"),
    ("NEW DELHI (IANS) -- India said on Monday.", "IANS"),
    ("TOKYO, Sept 1 (Kyodo) -- Japan protested.", "Kyodo News"),
    ("SEOUL, July 3 (Yonhap) -- South Korea said.", "Yonhap"),
    ("Hong Kong CNN — Chinese leader Xi Jinping arrived.", "CNN"),
    ("(Reuters) - China's foreign ministry said on Tuesday.", "Reuters"),
    # Not in outlets.yaml: taken as written.
    ("KUALA LUMPUR, May 2 (Bernama) -- Malaysia and China signed a pact.", "Bernama"),
    ("HANOI, March 4 (Acme Wire) -- Vietnam said.", "Acme Wire"),
]


@pytest.mark.parametrize(("paragraph", "expected"), DATELINES)
def test_datelines(paragraph: str, expected: str) -> None:
    outlet, evidence = find_outlet([], ["Headline words here", paragraph, "More text."], "a.txt")
    assert outlet == expected
    assert evidence is not None and evidence.sentence in paragraph


# ------------------------------------------------- bylines, credits, URLs

LINES = [
    (["By Jane Doe, Reuters"], [], "Reuters"),
    (["By Mo Jingxi | chinadaily.com.cn | Updated: 2023-07-19 07:10"], [], "China Daily"),
    (["Xinhua | Updated: 2023-07-19 10:11"], [], "Xinhua"),
    (["By Sarah Zheng and Jenny Leonard | Bloomberg"], [], "Bloomberg"),
    ([], ["By Xinhua writers Wang Hao and Li Mei", "Text."], "Xinhua"),
    ([], ["Text here.", "Source: Global Times"], "Global Times"),
    ([], ["Text here.", "来源：新华社"], "Xinhua"),
    ([], ["Kerry met Wang.", "(Reporting by Laurie Chen for Reuters; Editing by Ros Russell)"], "Reuters"),
    ([], ["Text here.", "© 2024 The Associated Press. All rights reserved."], "AP"),
    ([], ["Copyright 2023 The Hindu. All rights reserved"], "The Hindu"),
    ([], ["Kerry lands in Beijing for climate talks - The Washington Post"], "The Washington Post"),
    (["https://www.scmp.com/news/china/article/123"], [], "South China Morning Post"),
    (["https://english.news.cn/20230718/abc/c.html"], [], "Xinhua"),
    (["https://edition.cnn.com/2023/07/18/china"], [], "CNN"),
    (["https://www.globaltimes.cn/page/202307/1294.shtml"], [], "Global Times"),
    (["https://www.tmtpost.com/6612345.html"], [], "TMTPost"),
    (["https://www.example-news.org/story/1"], [], "example-news.org"),  # a news host as written
]


@pytest.mark.parametrize(("meta", "paragraphs", "expected"), LINES)
def test_bylines_credits_urls(meta: list[str], paragraphs: list[str], expected: str) -> None:
    outlet, evidence = find_outlet(meta, paragraphs, "a.txt")
    assert outlet == expected
    assert evidence is not None and evidence.sentence in meta + paragraphs


def test_strength_order_dateline_byline_url_copyright() -> None:
    meta = ["https://www.reuters.com/world/china/x", "By Jane Doe | Bloomberg"]
    body = ["BEIJING, July 19 (TMTPost)— John Kerry pledged.", "© 2023 AFP"]
    assert find_outlet(meta, body, "a")[0] == "TMTPost"
    assert find_outlet(meta, body[1:], "a")[0] == "Bloomberg"
    assert find_outlet(meta[:1], body[1:], "a")[0] == "Reuters"
    assert find_outlet([], body[1:], "a")[0] == "AFP"


# ---------------------------------------------------------------------- traps

NOT_OUTLETS = [
    ["Credit: Xinhua News Agency", "Kerry met Wang, according to Xinhua."],
    ["Photo: Reuters/Florence Lo", "Kerry told Reuters he was hopeful."],
    ["Chinese President Xi Jinping meets John Kerry, July 18, 2023. (Xinhua/Ding Haitao)"],
    ["BEIJING, July 18, 2023 (Xinhua) -- Li Qiang meets John Kerry in Beijing. (Xinhua/Ding Haitao)"],
    ["[Photo/Xinhua]", "Wang said the talks were candid."],
    ["Kerry met Wang.", "(Reporting by Laurie Chen; Editing by Ros Russell)"],  # Reuters style, unnamed
    ["The Associated Press (AP) reported that the talks went well."],
    ["Kerry told CNN — in a rare interview — that progress was made."],
    ["Wang Yi (left) — shakes hands with John Kerry."],
    ["Communist Party of China (CPC) — The party said it would act."],
    ["BEIJING — State Councilor Wang Yi met Kerry."],
    ["Sullivan said so in remarks to CNN on Sunday, The Washington Post reported."],
]


@pytest.mark.parametrize("paragraphs", NOT_OUTLETS)
def test_no_outlet_is_guessed(paragraphs: list[str]) -> None:
    assert find_outlet([], paragraphs, "a.txt") == (None, None)


def test_social_and_aggregator_urls_name_no_outlet() -> None:
    assert find_outlet(["https://twitter.com/x/status/1"], ["Text."], "a") == (None, None)
    assert find_outlet(["https://www.msn.com/en-us/news/world/x"], ["Text."], "a") == (None, None)


def test_canonical_outlet_aliases() -> None:
    assert canonical_outlet("Xinhua News Agency") == "Xinhua"
    assert canonical_outlet("the associated press") == "AP"
    assert canonical_outlet("Washington Post") == "The Washington Post"
    assert canonical_outlet("news.cn") == "Xinhua"
    assert canonical_outlet("tass.ru") == "TASS"
    assert canonical_outlet("Bernama") == "Bernama"
    assert canonical_outlet("Acme Wire") is None


@pytest.mark.parametrize("line", ["Time, money and effort", "Time", "Dawn", "We are running out of - time"])
def test_outlets_that_are_common_words_need_a_byline_or_url(line: str) -> None:
    assert find_outlet([], [line], "a") == (None, None)
    assert find_outlet(["https://time.com/123/china"], [line], "a")[0] == "Time"
