"""Outlet detection: datelines, mastheads, bylines, credits, URLs, copyright; brand over wire; never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_archive.clean import clean
from briefing_archive.extract.outlet import canonical_outlet, find_outlet, find_wire, is_wire, masthead_name
from briefing_archive.models import Article

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


# ------------------------------------------ whole pages: the brand beats the wire
#
# Invented pages in the styles of outlets the rules were not written on. Each
# goes through the cleaner first, as in the pipeline: mastheads, copyright and
# credit lines reach ``find_outlet`` as ``meta_lines``.

PAGES = [
    (
        "france24_afp_dateline",
        """Accept all
Continue without accepting
FRANCE 24
Asia-Pacific
Blinken lands in Shanghai at start of China visit
Issued on: 24/04/2024 - 10:04
Shanghai (AFP) – US Secretary of State Antony Blinken arrived in Shanghai on Wednesday at the start of a visit expected to focus on trade and Beijing's support for Russia.
He will meet Foreign Minister Wang Yi in Beijing on Friday, the State Department said.""",
        "France 24",
        "AFP",
    ),
    (
        "afp_page_without_brand",
        """Blinken lands in Shanghai at start of China visit
Published on: 24/04/2024 - 10:04
Shanghai (AFP) – US Secretary of State Antony Blinken arrived in Shanghai on Wednesday at the start of a visit.
He will meet Foreign Minister Wang Yi in Beijing on Friday, the State Department said.
© 2024 AFP""",
        "AFP",
        None,
    ),
    (
        "the_hindu_pti_credit",
        """https://www.thehindu.com/news/national/jaishankar-meets-wang-yi/article68365.ece
Jaishankar meets Wang Yi in Astana, discusses border issues
NEW DELHI, July 4 (PTI) External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on the sidelines of the SCO summit on Thursday.
The two ministers discussed the remaining issues in eastern Ladakh, officials said.
(With inputs from PTI)""",
        "The Hindu",
        "PTI",
    ),
    (
        "the_hindu_publisher_copyright_only",
        """Jaishankar meets Wang Yi in Astana, discusses border issues
Astana, July 4 (PTI) External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Thursday.
The two ministers discussed the remaining issues in eastern Ladakh, officials said.
Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.""",
        "The Hindu",
        "PTI",
    ),
    (
        "pti_wire_alone",
        """Jaishankar meets Wang Yi in Astana
Astana, July 4 (PTI) External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Thursday.
The two ministers discussed the remaining issues in eastern Ladakh, officials said.""",
        "PTI",
        None,
    ),
    (
        "dw_with_section_label_that_is_an_outlet_name",
        """https://www.dw.com/en/scholz-li-qiang-berlin/a-65912345
Foreign Policy
Scholz receives Chinese Premier Li Qiang in Berlin
German Chancellor Olaf Scholz welcomed Chinese Premier Li Qiang with military honors at the Chancellery on Monday.
Scholz told reporters Germany did not want to decouple from China.
sri/jcg (AFP, Reuters)
© 2024 Deutsche Welle | Legal notice | Contact""",
        "Deutsche Welle",
        "AFP",
    ),
    (
        "abc_australia_url",
        """https://www.abc.net.au/news/2024-06-17/li-qiang-anthony-albanese-canberra/103987654
Albanese and Li Qiang agree to stabilise ties in Canberra
Prime Minister Anthony Albanese and Chinese Premier Li Qiang held talks at Parliament House on Monday.
Mr Albanese said the two leaders had a frank discussion about areas of disagreement.
ABC acknowledges the Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.""",
        "ABC News",
        None,
    ),
    (
        "yonhap_masthead_and_dateline",
        """Yonhap News Agency
National  Politics  North Korea  Economy
Foreign ministers of S. Korea, Japan agree to step up cooperation
SEOUL, July 12 (Yonhap) -- The foreign ministers of South Korea and Japan agreed Friday to strengthen cooperation, the foreign ministry said.
Cho Tae-yul and Yoko Kamikawa held talks for about an hour in Vientiane.
(END)""",
        "Yonhap",
        None,
    ),
    (
        "anadolu_aa_dateline",
        """Turkish, Egyptian foreign ministers discuss Gaza in Cairo
ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on Friday, diplomatic sources said.
The ministers also discussed bilateral trade.
Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.""",
        "Anadolu Agency",
        None,
    ),
    (
        "al_jazeera_with_wire_credit",
        """Al Jazeera
China's Wang Yi meets Blinken in Laos amid South China Sea tensions
Published On 27 Jul 2024
US Secretary of State Antony Blinken has met his Chinese counterpart Wang Yi in Laos, as tensions simmer over Beijing's actions in the South China Sea.
Blinken raised concerns about China's support for Russia, a senior State Department official told reporters.
Source: Al Jazeera and news agencies""",
        "Al Jazeera",
        None,
    ),
    (
        "dawn_masthead",
        """DAWN.COM
Home  Latest  Pakistan  Opinion  Business  World
Dar, Wang discuss CPEC security during Beijing talks
Published July 9, 2024
Deputy Prime Minister Ishaq Dar held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the Foreign Office said.
Dar assured Wang that Pakistan would take all necessary measures to protect Chinese workers.
The writer is a former ambassador to China based in Islamabad.""",
        "Dawn",
        None,
    ),
    (
        "bernama_wire",
        """Anwar, Li Qiang witness signing of 14 MoUs in Putrajaya
19/06/2024 06:40 PM
PUTRAJAYA, June 19 (Bernama) -- Prime Minister Anwar Ibrahim and Chinese Premier Li Qiang today witnessed the exchange of 14 memoranda of understanding.
Anwar said Malaysia welcomed more Chinese investment.
-- BERNAMA
BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires.""",
        "Bernama",
        None,
    ),
    (
        "agencia_brasil_translated_licence",
        """This article was automatically translated from Portuguese.
Lula receives Chinese Vice-President Han Zheng in Brasília
Published on 06/06/2024 - 19:12
President Luiz Inácio Lula da Silva received China's Vice-President Han Zheng at the Planalto Palace this Thursday for a meeting on trade and investment.
According to the Presidency, the two discussed the anniversary of diplomatic relations.
All content on this site is published under the Creative Commons Attribution 4.0 International License. To reproduce, just credit Agência Brasil.""",
        "Agência Brasil",
        None,
    ),
    (
        "ria_novosti_translated_dateline",
        """Translated from Russian
Lavrov and Wang Yi discussed the situation in Ukraine
MOSCOW, July 25 - RIA Novosti. Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi discussed the situation around Ukraine at a meeting in Vientiane, the ministry said.
The ministers also discussed cooperation within BRICS.
📸 Russian Foreign Ministry press service""",
        "RIA Novosti",
        None,
    ),
    (
        "substack_sign_off",
        """https://beijingledger.substack.com/p/sullivan-in-beijing
The Beijing Ledger
Sullivan in Beijing: what the readouts left out
Three days of talks, two readouts, very different stories
Jake Sullivan spent three days in Beijing this week and met Wang Yi for what both sides called candid talks.
The Chinese readout stressed Taiwan; the American one stressed fentanyl.
Thanks for reading The Beijing Ledger! Subscribe for free to receive new posts and support my work.
Type your email…""",
        "The Beijing Ledger",
        None,
    ),
    (
        "telegram_repost_of_agency",
        """TASS, [12.07.24 14:05]
Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi held talks in Vientiane, the Russian Foreign Ministry said.
The ministers discussed the situation in the Asia-Pacific region.
📸 Russian Foreign Ministry
@tass_agency""",
        "TASS",
        None,
    ),
    (
        "pdf_press_release_issuer",
        """EMBASSY OF THE REPUBLIC OF EXAMPLESTAN
PRESS RELEASE
FOR IMMEDIATE RELEASE
Foreign Minister Holds Talks with Chinese Counterpart in Beijing
15 March 2024
The Foreign Minister of the Republic of Examplestan held talks with Chinese Foreign Minister Wang Yi in Beijing on 14 March 2024.
The two ministers reviewed bilateral cooperation in trade and education.
Page 1 of 2
###
Media contact: press@embassy-examplestan.example""",
        "Embassy of the Republic of Examplestan",
        None,
    ),
    (
        "le_monde_with_afp",
        """Le Monde
Reject all
Xi Jinping's visit to France: Macron presses Beijing on Ukraine
Le Monde with AFP
Published on May 6, 2024, at 7:15 pm (Paris)
Emmanuel Macron on Monday urged Xi Jinping to help end the war in Ukraine, as the Chinese president began a two-day state visit to France.
Ursula von der Leyen joined the two leaders for a trilateral meeting at the Elysée Palace.""",
        "Le Monde",
        "AFP",
    ),
    (
        "unknown_aggregator_carrying_reuters",
        """Pacific Ledger Online Desk | Updated: 26 Apr 2024, 09:58 PM IST
Blinken presses China on Russia support in talks with Wang, Xi
BEIJING, April 26 (Reuters) - U.S. Secretary of State Antony Blinken told Chinese President Xi Jinping on Friday that Washington was concerned about Beijing's support for Russia.
Xi said the two countries should be partners, not rivals.
© 2024 Pacific Ledger Media Pvt Ltd. All rights reserved.""",
        "Pacific Ledger",
        "Reuters",
    ),
    (
        "kyodo_capital_masthead",
        """KYODO NEWS
Kishida, Xi agree to seek mutually beneficial ties in first talks in a year
SAN FRANCISCO, Nov. 16 (Kyodo) -- Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed Thursday to pursue mutually beneficial ties.
The two leaders met for about an hour on the sidelines of the APEC summit.""",
        "Kyodo News",
        None,
    ),
    (
        "buenos_aires_times_efe",
        """Buenos Aires Times
Milei meets Chinese Foreign Minister Wang Yi in Buenos Aires
Buenos Aires, Sept 14 (EFE) - Argentine President Javier Milei met Chinese Foreign Minister Wang Yi at the Casa Rosada on Saturday, the presidential spokesman said.
The two discussed trade and a currency swap line.""",
        "Buenos Aires Times",
        "EFE",
    ),
]


@pytest.mark.parametrize(("name", "text", "outlet", "wire"), PAGES, ids=[p[0] for p in PAGES])
def test_whole_pages_brand_beats_wire(name: str, text: str, outlet: str, wire: str | None) -> None:
    cleaned = clean(Article(name, text, "0" * 64, "utf-8"))
    found, evidence = find_outlet(cleaned.meta_lines, cleaned.paragraphs, name)
    assert found == outlet, (cleaned.meta_lines, cleaned.paragraphs[:1])
    assert evidence is not None and evidence.source == name
    assert evidence.sentence in text or any(evidence.sentence in p for p in cleaned.paragraphs + cleaned.meta_lines)
    assert find_wire(cleaned.meta_lines, cleaned.paragraphs, name)[0] == wire
    assert cleaned.headline is None or canonical_outlet(cleaned.headline) is None  # a masthead is no headline


# More pages, in the styles of outlets across Asia, the Middle East, Europe and Latin America.
MORE_PAGES = [
    (
        'vnexpress',
        """VnExpress International
Latest news, business, travel and analysis from Vietnam
News  Business  Travel  Life  Perspectives
Vietnamese, Chinese leaders hold talks in Hanoi
By Vu Anh   December 12, 2023 | 05:34 pm PT
Vietnamese Party General Secretary Nguyen Phu Trong and Chinese President Xi Jinping held talks in Hanoi on Tuesday.
The two sides signed 36 cooperation documents, according to the Ministry of Foreign Affairs.
Xi Jinping and Nguyen Phu Trong at the Party Central Committee headquarters in Hanoi, December 12, 2023. Photo by VnExpress/Giang Huy
Trong said Vietnam always considers its relations with China a top priority.
Tags: Xi Jinping  Nguyen Phu Trong  Vietnam China
Copyright © 1997-2023 VnExpress. All rights reserved.""",
        'VnExpress',
        None,
    ),
    (
        'scmp',
        """Advertisement
China / Diplomacy
Wang Yi tells Blinken US must stop ‘suppressing’ China
The two top diplomats met on the sidelines of Asean meetings in Vientiane
Published: 9:45pm, 26 Jul 2024
Why you can trust SCMP
Chinese Foreign Minister Wang Yi told US Secretary of State Antony Blinken on Friday that Washington should stop suppressing China’s development, according to a Chinese readout.
Blinken said he had raised concerns over China’s support for Russia.
Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved.""",
        'South China Morning Post',
        None,
    ),
    (
        'nikkei',
        """Nikkei Asia
Manage cookies
International relations
Kishida and Li Qiang meet in Seoul, agree on export dialogue
Japan and China agree to launch new framework on export controls
Kishida and Li shake hands before their meeting in Seoul on May 26. (Pool photo)
SEOUL -- Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang agreed on Sunday to launch a new dialogue on export controls.
The two met on the sidelines of a trilateral summit with South Korea.
Copyright © 2024 Nikkei Inc. All rights reserved.""",
        'Nikkei Asia',
        None,
    ),
    (
        'arab_news',
        """Arab News
Saudi FM meets Chinese counterpart in Beijing
Updated 09 July 2024
ARAB NEWS
RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan met Chinese Foreign Minister Wang Yi in Beijing on Monday, the Saudi Press Agency reported.
The ministers discussed regional developments, including the war in Gaza.
Follow @arabnews
All rights reserved © 2024 Arab News""",
        'Arab News',
        None,
    ),
    (
        'daily_sabah',
        """DAILY SABAH
DIPLOMACY
Fidan, Wang Yi discuss Gaza, bilateral ties in Beijing
by DAILY SABAH WITH AA
ISTANBUL Jun 04, 2024 - 10:12 am GMT+3
Foreign Minister Hakan Fidan and Chinese counterpart Wang Yi discussed the situation in Gaza and bilateral relations during talks in Beijing on Tuesday, diplomatic sources said.
Fidan was in China for a three-day official visit.
Daily Sabah Newsletter
Keep up to date with what’s happening in Turkey, it’s region and the world.
You can unsubscribe at any time. By signing up, you are agreeing to our Terms of Use and Privacy Policy.""",
        'Daily Sabah',
        'Anadolu Agency',
    ),
    (
        'spiegel',
        """DER SPIEGEL
International
Scholz in China: "We Want to Reduce Risks"
German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday for more than three hours.
The two leaders discussed the war in Ukraine and trade.
Olaf Scholz and Xi Jinping in Beijing on Tuesday
Foto: Michael Kappeler / dpa
Scholz said afterward that the talks had been intense.
© DER SPIEGEL - All rights reserved""",
        'Der Spiegel',
        None,
    ),
    (
        'elpais',
        """EL PAÍS English
Accept and continue
INTERNATIONAL
Sánchez meets Xi in Beijing to push for peace in Ukraine
Spain’s Prime Minister Pedro Sánchez held talks with Chinese President Xi Jinping in Beijing on Friday.
The meeting lasted around 90 minutes, according to Moncloa sources.
The Spanish Prime Minister Pedro Sánchez and the Chinese President Xi Jinping, this Friday in Beijing.
EFE
Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition""",
        'El País',
        None,
    ),
    (
        'antara',
        """ANTARA
Jokowi, Xi Jinping discuss investment in Beijing
Beijing (ANTARA) - President Joko Widodo met with Chinese President Xi Jinping in Beijing on Friday to discuss investment cooperation.
The meeting took place at the Diaoyutai State Guesthouse, the presidential secretariat said.
Reporter: Desca Lidya Natalia
Editor: Rahmad Nasution
COPYRIGHT © ANTARA 2023""",
        'Antara',
        None,
    ),
    (
        'theprint_ani',
        """ThePrint
Jaishankar meets Wang Yi on sidelines of SCO meet in Astana
ANI
04 July, 2024 08:12 pm IST
Astana [Kazakhstan], July 4 (ANI): External Affairs Minister S Jaishankar on Thursday met Chinese Foreign Minister Wang Yi on the sidelines of the SCO summit.
The two leaders discussed the border situation, he said in a post on X.
This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content.""",
        'The Print',
        'ANI',
    ),
    (
        'chinadaily_xinhua',
        """Home / World / Asia-Pacific
Xi meets Vietnamese leader in Hanoi
Xinhua | Updated: 2023-12-13 07:21
HANOI, Dec. 12 (Xinhua) -- Chinese President Xi Jinping on Tuesday held talks with Nguyen Phu Trong in Hanoi.
The two sides signed a joint statement.
Copyright 1995 - 2023. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).""",
        'China Daily',
        'Xinhua',
    ),
    (
        'gulf_news',
        """Gulf News
UAE President receives Chinese Vice President in Abu Dhabi
Published: June 20, 2024 17:42
WAM
Abu Dhabi: President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Chinese Vice President Han Zheng in Abu Dhabi on Thursday.
The two sides discussed strategic partnership, WAM reported.
Get exclusive content with Gulf News WhatsApp channel
Copyright 2024 Al Nisr Publishing LLC. All rights reserved.""",
        'Gulf News',
        'WAM',
    ),
    (
        'nhk',
        """NHK WORLD-JAPAN News
Japan, China foreign ministers meet in Laos
Jul. 26, 2024 20:15 JST
Japan's Foreign Minister Kamikawa Yoko has met her Chinese counterpart Wang Yi in Laos.
The two ministers met on the sidelines of ASEAN-related meetings in Vientiane.
Kamikawa called for the immediate release of Japanese nationals detained in China.""",
        'NHK',
        None,
    ),
    (
        'clarin_translated',
        """Automatic translation
Clarín
Milei received Chinese Foreign Minister Wang Yi at the Casa Rosada
The President met the Chinese diplomat for an hour.
Javier Milei and Wang Yi at the Casa Rosada. Photo: Presidency
Javier Milei received Chinese Foreign Minister Wang Yi at the Casa Rosada on Saturday, the presidential spokesman said.
The two discussed a currency swap line and exports.
Copyright 1996-2024 Clarín.com - All rights reserved""",
        'Clarín',
        None,
    ),
    (
        'hurriyet',
        """Hürriyet Daily News
Erdoğan, Xi meet on sidelines of SCO summit
ASTANA
Turkish President Recep Tayyip Erdoğan met Chinese President Xi Jinping on the sidelines of the Shanghai Cooperation Organization summit in Astana on July 3.
The two leaders discussed trade and the Uyghur issue, the Communications Directorate said.
Hürriyet Daily News
Tags: Erdoğan, Xi Jinping, SCO""",
        'Hürriyet Daily News',
        None,
    ),
]



@pytest.mark.parametrize(("name", "text", "outlet", "wire"), MORE_PAGES, ids=[p[0] for p in MORE_PAGES])
def test_more_pages(name: str, text: str, outlet: str, wire: str | None) -> None:
    test_whole_pages_brand_beats_wire(name, text, outlet, wire)


PAGES_WITHOUT_OUTLET = [
    # An author's name line and a photo credit name nobody's outlet.
    "Kerry meets Wang in Beijing\nAigerim Sarsenova\n18 July 2023\n"
    "John Kerry met Wang Yi in Beijing on Tuesday for talks on climate cooperation, officials said.\n📸 Kremlin pool",
    # Generic desks and wires are not outlets.
    "Kerry meets Wang in Beijing\nText by: NEWS WIRES\nBy Staff Reporter | Updated: July 18, 2023\n"
    "John Kerry met Wang Yi in Beijing on Tuesday for talks on climate cooperation, officials said.",
    # A headline in title case is not a masthead, even with an institution in it.
    "Ministry of Foreign Affairs Spokesperson Holds Regular Press Conference\n"
    "The spokesperson answered questions about John Kerry's talks with Wang Yi in Beijing on Tuesday.",
]


@pytest.mark.parametrize("text", PAGES_WITHOUT_OUTLET)
def test_whole_pages_without_an_outlet(text: str) -> None:
    cleaned = clean(Article("a.txt", text, "0" * 64, "utf-8"))
    assert find_outlet(cleaned.meta_lines, cleaned.paragraphs, "a.txt") == (None, None)


def test_wire_is_none_when_the_page_is_the_agency() -> None:
    assert find_wire([], ["WASHINGTON (AP) — President Joe Biden said on Friday."], "a") == (None, None)
    wire, evidence = find_wire(["FRANCE 24 with AFP"], ["Paris (AFP) – Macron said."], "a")
    assert wire == "AFP" and evidence is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2024 Bharat Buzz Media Pvt Ltd", "Bharat Buzz"),
        ("Hak Cipta © 2022 Warta Nusantara. Seluruh hak cipta dilindungi undang-undang.", "Warta Nusantara"),
        ("© 2024 MarketPulse Asia Ltd. Terms · Privacy · Contact", "MarketPulse Asia"),
        ("Global Times Copyright © 2023. All rights reserved.", "Global Times"),
        ("© 1997-2024 МИА «Казинформ». Все права защищены.", "Kazinform"),
        ("Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies.", "The Hindu"),
        ("© 2024 Deutsche Welle | Legal notice | Contact", "Deutsche Welle"),
    ],
)
def test_copyright_holders(line: str, expected: str) -> None:
    assert find_outlet([line], ["Text."], "a")[0] == expected


def test_canonical_display_names() -> None:
    assert canonical_outlet("DW") == "Deutsche Welle"
    assert canonical_outlet("dw.com") == "Deutsche Welle"
    assert canonical_outlet("abc.net.au") == "ABC News"
    assert canonical_outlet("Australian Broadcasting Corporation") == "ABC News"
    assert canonical_outlet("AA") == "Anadolu Agency"
    assert canonical_outlet("Agencia Brasil") == "Agência Brasil"
    assert canonical_outlet("DAWN.COM") == "Dawn"
    assert canonical_outlet("FRANCE 24") == "France 24"
    assert canonical_outlet("en.people.cn") == "People's Daily Online"
    for name in ["Kyodo", "Yonhap", "Anadolu", "Al Jazeera", "The Hindu", "Bernama", "RIA Novosti", "TASS", "PTI",
                 "ANI", "Antara", "VnExpress", "Straits Times", "SCMP", "Nikkei", "Asahi", "NHK", "Arab News",
                 "Gulf News", "Daily Sabah", "Hurriyet", "Le Monde", "Der Spiegel", "El País", "Folha", "Clarín",
                 "Buenos Aires Times"]:
        assert canonical_outlet(name), name
    assert is_wire("AFP") and is_wire("PTI") and not is_wire("France 24") and not is_wire("The Hindu")


def test_masthead_names() -> None:
    assert masthead_name("THE CHINA BRIDGE WEEKLY") == "The China Bridge Weekly"
    assert masthead_name("NOTICIAS DEL SUR — English Service") == "Noticias del Sur"
    assert masthead_name("Kazinform International News Agency") == "Kazinform"
    assert masthead_name("MarketPulse Asia") is None  # nothing says it is a publication ...
    assert masthead_name("MarketPulse Asia", {"marketpulseasia"}) == "MarketPulse Asia"  # ... unless the page does
    assert masthead_name("Aigerim Sarsenova") is None
    assert masthead_name("Kerry Meets Wang In Beijing") is None
    assert masthead_name("The White House") is None and masthead_name("The White House", loose=True) == "The White House"


# A rights or reprint notice in any language, or a menu item, is never the outlet's name.
@pytest.mark.parametrize(
    "line",
    [
        "© 2024 सर्वाधिकार सुरक्षित",
        "Copyright © 2024 सर्वाधिकार सुरक्षित।",
        "© 2023 版权所有",
        "© Все права защищены",
        "© Todos los derechos reservados",
        "© Bảo lưu mọi quyền. Ghi rõ nguồn khi phát hành lại",
        "Live TV",
        "Watch Live",
        "Podcasts",
        "Newsletters",
        "Sign in",
    ],
)
def test_rights_notices_and_menu_items_are_not_outlets(line: str) -> None:
    body = ["The two foreign ministers met in Canberra on Wednesday, officials said."]
    assert find_outlet([line], body, "x.txt")[0] is None


def test_holder_before_a_foreign_rights_notice_is_kept() -> None:
    assert find_outlet(["© 2024 Dawn Media. सर्वाधिकार सुरक्षित"], [], "x.txt")[0] == "Dawn Media"


def test_menu_items_over_a_page_are_not_its_outlet() -> None:
    text = (
        "Live TV\nWatch Live\nPodcasts\nSign in\nWong and Wang agree to restart dialogue after talks in Canberra\n"
        "Australia's foreign minister Penny Wong met Wang Yi in Canberra on Wednesday for talks.\n"
        "The two ministers agreed to restart a strategic dialogue, according to a joint readout.\n"
        "© 2024 सर्वाधिकार सुरक्षित"
    )
    cleaned = clean(Article(source="x.txt", text=text, digest="0" * 64, encoding="utf-8"))
    assert cleaned.headline == "Wong and Wang agree to restart dialogue after talks in Canberra"
    assert find_outlet(cleaned.meta_lines, cleaned.paragraphs, "x.txt")[0] is None


# ------------------------------------------- a short name and the full name

# A wire shortens its own name in its datelines ("(Meridian)" for Meridian Wire, as
# "(Reuters)") and writes it whole on the masthead or in its copyright line: the
# outlet is the whole name, kept whole ("X Wire", "X News Agency", "The X Post").
FULL_NAMES = [
    (["© 2025 Meridian Wire. All rights reserved."], "NEW DELHI, Feb 28 (Meridian) - The leaders met on Friday.",
     "Meridian Wire"),
    (["By Jane Roe, Harbor Times Staff"], "SEOUL, May 2 (Harbor) - The two leaders met in Seoul.", "Harbor Times"),
    (["© 2024 The Eastern Post"], "LONDON (Eastern) — The two ministers met in London.", "The Eastern Post"),
    (["Gulf News Agency"], "DOHA, Oct 9 (GNA) -- The Amir received the foreign minister.", "Gulf News Agency"),
    (["Copyright 2024 Coral Coast Herald"], "SUVA, June 3 (Coral) – Fiji and China signed a pact.",
     "Coral Coast Herald"),
    # A known outlet keeps its own name.
    (["© 2025 Reuters"], "NEW DELHI, Feb 28 (Reuters) - The leaders met on Friday.", "Reuters"),
]


@pytest.mark.parametrize(("meta", "lead", "expected"), FULL_NAMES)
def test_short_dateline_name_takes_the_full_name_the_page_gives(meta: list[str], lead: str, expected: str) -> None:
    outlet, evidence = find_outlet(meta, ["Headline words here", lead, "More text."], "a.txt")
    assert outlet == expected
    assert evidence is not None


def test_short_dateline_name_alone_is_kept_as_written() -> None:
    assert find_outlet([], ["NEW DELHI, Feb 28 (Meridian) - The leaders met on Friday."], "a.txt")[0] == "Meridian"
    # a different publication on the page is no full name of the dateline's
    meta = ["© 2025 Harbor Times"]
    assert find_outlet(meta, ["NEW DELHI, Feb 28 (Meridian) - The leaders met on Friday."], "a.txt")[0] != "Harbor Times Meridian"


# Agency datelines in the shapes of state and regional agencies name the agency.
AGENCY_DATELINES = [
    ("Riyadh, October 09, 2024, SPA -- His Royal Highness the Crown Prince received the minister.", "SPA"),
    ("ABU DHABI, 9th October, 2024 (WAM) -- His Highness the President received the minister.", "WAM"),
    ("Moscow, 9 October. INTERFAX - Russian Foreign Minister Sergei Lavrov said.", "Interfax"),
    ("Beijing, 9 October 2024, Xinhua -- Chinese Premier Li Qiang met the minister.", "Xinhua"),
    ("ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held talks.", "Kazinform"),
    ("Nusa Dua (Indonesia) (AFP) – US President Joe Biden met Xi Jinping.", "AFP"),
]


@pytest.mark.parametrize(("paragraph", "expected"), AGENCY_DATELINES)
def test_agency_datelines_in_other_shapes(paragraph: str, expected: str) -> None:
    outlet, evidence = find_outlet([], ["Headline words here", paragraph, "More text."], "a.txt")
    assert outlet == expected
    assert evidence is not None and evidence.sentence in paragraph
