"""Tests for the clean stage: seeds, and short articles in other outlets' styles.

The synthetic articles are written line by line with a label in front:
``H|`` the headline, ``J|`` junk that must be removed, ``M|`` junk that must
also reach ``meta_lines``; unlabelled lines are the article's own text and
must survive in the paragraphs. ``test_overall_shares`` measures how much
junk goes and how much body stays over all of them plus the seeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing_archive.clean import BOILERPLATE, clean, find_boilerplate, normalise_line
from briefing_archive.models import Article, Cleaned

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _article(text: str, source: str = "test.txt") -> Article:
    return Article(source=source, text=text, digest="0" * 64, encoding="utf-8")


def _seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return _article(path.read_text(encoding="utf-8"), path.name)


def _reasons(cleaned: Cleaned) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for removed in cleaned.removed:
        out.setdefault(removed.number, set()).add(removed.reason)
    return out


# ------------------------------------------------------------------ labelled


@dataclass
class Labelled:
    """A synthetic article and what a careful reader says each line is."""

    name: str
    text: str
    headline: str | None
    junk: dict[int, str]  # line number -> text
    meta: list[str]
    body: dict[int, str]


def _labelled(name: str, block: str) -> Labelled:
    lines, junk, meta, body = [], {}, [], {}
    headline = None
    for number, raw in enumerate(block.strip("\n").split("\n"), start=1):
        label, _, rest = raw.partition("| ")
        if label in {"H", "J", "M"} and raw.startswith(label + "| "):
            lines.append(rest)
            if label == "H":
                headline = rest
            else:
                junk[number] = rest
                if label == "M":
                    meta.append(rest)
        else:
            lines.append(raw)
            if raw.strip():  # a wire's trailing end marker is junk, not body
                body[number] = raw.strip().removesuffix(" Enditem")
    return Labelled(name, "\n".join(lines), headline, junk, meta, body)


ARTICLES = [
    _labelled(
        "reuters_wire",
        """
J| Skip to main content
J| World  Business  Markets  Sustainability  Legal  Breakingviews
H| China's Wang tells Blinken US must stop interfering in Taiwan
M| By Simon Hale and Marta Ivers
M| July 13, 2023 9:12 PM GMT+8 Updated 3 hours ago
J| FILE PHOTO: U.S. Secretary of State Antony Blinken meets Chinese Foreign Minister Wang Yi in Jakarta, Indonesia, July 13, 2023. REUTERS/Pool/File Photo

JAKARTA, July 13 (Reuters) - China's top diplomat Wang Yi told U.S. Secretary of State Antony Blinken on Thursday that Washington must stop interfering in China's internal affairs, Chinese state media said.
The two met on the sidelines of a regional security meeting in the Indonesian capital, their first encounter since Blinken's visit to Beijing in June.
J| Advertisement · Scroll to continue
Blinken raised concerns over recent Chinese curbs on exports of metals used in chipmaking, a State Department spokesperson said, describing the meeting as candid and constructive.
J| Report this ad
Wang said the United States should not pursue decoupling under the name of de-risking, according to the Chinese readout.

M| (Reporting by Simon Hale in Jakarta; Additional reporting by Marta Ivers; Editing by Ken Morrow)
J| Our Standards: The Thomson Reuters Trust Principles.
""",
    ),
    _labelled(
        "ap_wire",
        """
J| AP NEWS
J| U.S. News   World News   Politics   Sports   Entertainment
H| Biden and Xi agree to resume military talks at California summit
M| BY ZEKE MORROW AND LIN HSU
M| Updated 9:41 PM PST, November 15, 2023
J| Share
J| Share Copy Link copied Email Facebook X Reddit LinkedIn Pinterest
J| President Joe Biden greets China's President Xi Jinping, right, at the Filoli estate in Woodside, Calif., Wednesday, Nov. 15, 2023. (AP Photo/Doug Mills, Pool)

WOODSIDE, Calif. (AP) — President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume military-to-military communications, ending a freeze that began after a U.S. congressional visit to Taiwan last year.
The leaders met for about four hours at a historic estate south of San Francisco, on the sidelines of the Asia-Pacific Economic Cooperation summit.
J| ADVERTISEMENT
Biden told reporters afterward that the talks were "some of the most constructive and productive discussions we've had."
Xi told Biden that "planet Earth is big enough for the two countries to succeed," according to Chinese state media.
J| ___
M| Associated Press writers Didi Tang in Washington and Ken Moritsugu in Beijing contributed to this report.
J| Copyright 2023 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""",
    ),
    _labelled(
        "xinhua",
        """
H| Chinese vice president meets Singaporean PM in Beijing
M| Source: Xinhua | 2023-09-19 21:04:11 | Editor: huaxia
J| Chinese Vice President Han Zheng meets with Singaporean Prime Minister Lee Hsien Loong at the Great Hall of the People in Beijing, capital of China, Sept. 19, 2023. (Xinhua/Zhang Ling)

BEIJING, Sept. 19 (Xinhua) -- Chinese Vice President Han Zheng met with Singaporean Prime Minister Lee Hsien Loong here on Tuesday.
Han said China stands ready to work with Singapore to deepen cooperation in trade, finance and green development.
Lee said Singapore is committed to the one-China policy and looks forward to more exchanges at all levels. Enditem
J| Follow us on: Twitter | Facebook | YouTube
J| Copyright © 2000-2023 XINHUANET.com All rights reserved.
""",
    ),
    _labelled(
        "global_times",
        """
J| GT Voice   Politics   Society   Diplomacy   Military   Opinion
H| Wang Yi meets EU foreign policy chief, calls for stable China-EU ties
M| By Global Times
M| Published: Oct 13, 2023 11:52 PM
J| Photo: VCG

Chinese Foreign Minister Wang Yi met with Josep Borrell, the EU High Representative for Foreign Affairs and Security Policy, in Beijing on Friday, the Chinese Foreign Ministry said.
Wang said China and the EU are partners rather than rivals, and that the two sides should keep to dialogue and cooperation.
Borrell said the EU does not seek to decouple from China and is willing to strengthen strategic communication.
J| Related:
J| Chinese experts urge EU to avoid protectionism as trade probe looms  Oct 12, 2023
J| Global Times Copyright © 2023. All rights reserved.
""",
    ),
    _labelled(
        "china_daily",
        """
J| Home / World / Asia-Pacific
H| Xi meets Vietnamese leader, vows to deepen comprehensive partnership
M| By ZHANG YUNBI | chinadaily.com.cn | Updated: 2023-12-13 07:21
J| President Xi Jinping meets with Nguyen Phu Trong in Hanoi on Tuesday. [Photo/Xinhua]

President Xi Jinping held talks with Nguyen Phu Trong in Hanoi on Tuesday, with the two sides announcing a community with a shared future.
The two leaders witnessed the signing of 36 cooperation documents covering railways, trade and digital economy.
Xi said China regards Vietnam as a priority in its neighborhood diplomacy.
J| Share - WeChat
M| [Editor: Li Hua]
J| Most Viewed in 24 Hours
""",
    ),
    _labelled(
        "tass_russian_footer",
        """
H| Lavrov, Wang Yi discuss Ukraine, Asia-Pacific security in Beijing
MOSCOW, April 9. /TASS/.
Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi discussed the situation in Ukraine and security in the Asia-Pacific region during talks in Beijing, the Russian Foreign Ministry said.
The ministers also reviewed preparations for upcoming contacts at the highest level, the ministry said.
Lavrov arrived in Beijing on Monday for a two-day official visit.
J| Подписывайтесь на ТАСС в Telegram
J| Все права защищены. Копирование материалов без согласия редакции запрещено.
J| Читайте также
""",
    ),
    _labelled(
        "indian_aggregator",
        """
J| Stock market today: Nifty 50, Sensex open higher; IT shares gain
H| Jaishankar, Wang Yi agree to push for early resolution of border issues
M| Written by: News Desk
M| Updated: Jul 04, 2024 | 21:34 IST

Astana, July 4 (PTI) External Affairs Minister S Jaishankar met Chinese Foreign Minister Wang Yi on the sidelines of the Shanghai Cooperation Organisation summit and discussed the remaining issues along the Line of Actual Control.
J| Also Read: Monsoon update: Heavy rain lashes Mumbai, local trains delayed
Jaishankar said respect for the LAC and past agreements was essential for ties to return to normal.
J| Advertisement
The two ministers agreed to intensify talks through diplomatic and military channels, officials said.
M| (With inputs from agencies)
J| Catch all the Latest News, Breaking News and Daily Updates on our app.
J| (This story has not been edited by our staff and is auto-generated from a syndicated feed.)
""",
    ),
    _labelled(
        "cookie_banner",
        """
J| We use cookies and similar technologies to personalise content and analyse traffic. By clicking "Accept", you consent to our use of cookies.
J| Accept
J| Manage preferences
H| EU's Borrell and Wang Yi hold strategic dialogue in Beijing
Josep Borrell and Wang Yi held the 12th EU-China Strategic Dialogue in Beijing on Friday, covering Ukraine, the Middle East and trade.
Borrell said Europe would not decouple from China but wanted a more balanced economic relationship.
J| Privacy Policy | Terms of Use | Contact Us
""",
    ),
    _labelled(
        "url_first_line",
        """
M| https://www.example-herald.com/world/asia/2023/06/19/blinken-xi-beijing
H| Blinken meets Xi in Beijing as both sides seek to stabilise ties
Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the highest-level meeting between the two countries since 2018.
Xi said the two sides had made progress and agreed on some specific issues.
""",
    ),
    _labelled(
        "headline_three_times",
        """
H| Sullivan and Wang Yi hold 'candid' talks in Vienna
J| Sullivan and Wang Yi hold 'candid' talks in Vienna
J| Home / World
J| Sullivan and Wang Yi hold 'candid' talks in Vienna | World News

U.S. national security adviser Jake Sullivan met Chinese Foreign Minister Wang Yi in Vienna over two days, the White House said on Thursday.
The talks covered Taiwan, Ukraine and the war in the Middle East, and were described as candid, substantive and constructive.
""",
    ),
    _labelled(
        "captions",
        """
H| Yellen, He Lifeng agree to hold more talks on balanced growth
J| Photo: Reuters/Florence Lo
J| FILE PHOTO: U.S. Treasury Secretary Janet Yellen speaks during a news conference in Beijing, China, April 8, 2024. REUTERS/Tingshu Wang/File Photo
GUANGZHOU, China, April 6 (Reuters) - U.S. Treasury Secretary Janet Yellen and Chinese Vice Premier He Lifeng agreed on Saturday to hold talks on balanced growth, the Treasury said.
J| Getty Images
Yellen said she had raised concerns about Chinese industrial overcapacity in her talks with He.
""",
    ),
    _labelled(
        "spanish_footer",
        """
H| Lula and Xi sign cooperation agreements in Beijing
Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping signed 15 agreements in Beijing on Friday, covering trade, technology and climate.
Lula said Brazil and China would work together to bring peace to Ukraine.
J| Síguenos en nuestras redes sociales para más noticias de la región y del mundo
J| Todos los derechos reservados. Prohibida su reproducción total o parcial.
""",
    ),
    _labelled(
        "chinese_language",
        """
H| 王毅会见美国国务卿布林肯
新华社北京6月19日电 6月19日，中共中央政治局委员、中央外办主任王毅在北京会见美国国务卿布林肯。
王毅表示，中美关系陷入低谷，根源在于美方对华认知出现偏差。
布林肯表示，美方致力于同中方保持沟通，负责任地管理分歧。
M| 责任编辑：刘洋
J| 分享到：
J| 相关新闻
J| 习近平会见比尔·盖茨
""",
    ),
    _labelled(
        "liveblog",
        """
H| Live: Blinken in Beijing for talks with Xi and Wang Yi
J| 10:21 GMT
Blinken has arrived at the Great Hall of the People for his meeting with President Xi Jinping, a State Department official said.
J| 09:45 GMT
The talks between Blinken and Wang Yi lasted about three hours, according to Chinese state media.
J| 08:30 GMT
Wang told Blinken that relations were at their lowest point since diplomatic ties were established.
""",
    ),
    _labelled(
        "russian_language",
        """
H| Лавров и Ван И обсудили ситуацию на Украине
МОСКВА, 9 апреля. /ТАСС/. Министр иностранных дел России Сергей Лавров провел в Пекине переговоры с главой МИД КНР Ван И.
Стороны обсудили ситуацию на Украине и безопасность в Азиатско-Тихоокеанском регионе.
J| Читайте также
J| Поделиться
""",
    ),
    _labelled(
        "hard_wrapped",
        """
H| Kishida and Xi agree to pursue mutually beneficial ties
SAN FRANCISCO, Nov. 16 -- Japanese Prime Minister Fumio Kishida and
Chinese President Xi Jinping met for about an hour on the sidelines of
the APEC summit and reaffirmed a strategic relationship of mutual
benefit, Japanese officials said.

Kishida urged Xi to lift a ban on Japanese seafood imports imposed
after the release of treated water from the Fukushima nuclear plant,
and the two leaders agreed to seek a solution through talks.

J| -- ENDS --
""",
    ),
    _labelled(
        "unrelated_top_and_ticker",
        """
J| Gold prices climb to record as traders bet on rate cuts
J| Home » World » Asia
H| Modi and Xi hold first formal talks in five years in Kazan
Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first formal bilateral talks in five years on the sidelines of the BRICS summit in Kazan.
The two leaders endorsed an agreement on patrolling along their disputed Himalayan border.
J| Latest News
J| 14:05
J| Oil slips as Middle East supply fears ease
J| 13:40
J| Rupee ends flat against dollar
J| 13:12
J| Cricket board names new selection panel
""",
    ),
    _labelled(
        "newsletter_and_bio",
        """
J| View this email in your browser
H| Kerry and Xie agree to restart climate working group
John Kerry and Xie Zhenhua agreed in Sunnylands to restart a joint working group on climate action in the 2020s, the two sides said in a joint statement.
The statement also set out plans for methane and coal reduction.
M| Dana Ruiz writes about climate diplomacy for the newsletter.
J| You are receiving this email because you signed up on our website. Unsubscribe
""",
    ),
    # Written after the rules above, as a check on outlets they were not tuned on.
    _labelled(
        "bbc_style",
        """
J| Skip to content
J| Accessibility Help
J| Home  News  Sport  Weather  iPlayer  Sounds
H| Xi and Putin pledge 'no limits' partnership in Moscow talks
J| 21 March 2023
J| Image source, Getty Images
J| Image caption, The two leaders met in the Kremlin on Monday evening
Chinese President Xi Jinping and Russian President Vladimir Putin have pledged to deepen their partnership during talks in Moscow.
Mr Xi is on a three-day state visit, his first trip abroad since being re-elected for a third term.
J| Related Topics
J| China  Russia  Vladimir Putin  Xi Jinping
J| More on this story
J| Who is Xi Jinping?
J| Published 10 March
""",
    ),
    _labelled(
        "wordpress_blog",
        """
J| Menu
H| Kerry and Wang Yi discuss climate cooperation
M| Posted by admin on July 18, 2023
J| Posted in World News
Former US secretary of state John Kerry met Chinese diplomat Wang Yi in Beijing on Tuesday to discuss climate cooperation.
Wang told Kerry that climate cooperation could not be separated from the wider relationship.
J| #China #USA #Climate
J| Leave a comment
J| Previous Post
J| Next Post
J| Powered by WordPress | Theme by Example
""",
    ),
    _labelled(
        "afp_wire",
        """
H| Blinken arrives in China for talks aimed at easing tensions
M| AFP
J| Published on 24/04/2024 - 07:50
Beijing (AFP) – US Secretary of State Antony Blinken arrived in China on Wednesday for talks expected to focus on Beijing's support for Russia.
Blinken will travel to Beijing on Friday for meetings with top officials, the State Department said.
J| bur-sct/mtp
J| © 2024 AFP
""",
    ),
    _labelled(
        "kyodo_style",
        """
J| KYODO NEWS - Nov 17, 2023 - 08:45 | World, All
H| Kishida, Xi agree to seek "mutually beneficial" ties in 1st talks in year
Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed Thursday to pursue a "mutually beneficial" relationship.
The two leaders met on the sidelines of the APEC summit in San Francisco for about an hour.
J| Related coverage:
J| Japan, China leaders to hold talks in San Francisco amid seafood ban
""",
    ),
    _labelled(
        "german_footer_english",
        """
H| Scholz and Li Qiang hold government consultations in Berlin
German Chancellor Olaf Scholz hosted Chinese Premier Li Qiang for government consultations in Berlin on Tuesday.
Scholz said Germany wanted to reduce risks in its economic relationship with China without decoupling.
J| Alle Rechte vorbehalten. Die Weiterverwendung der Inhalte ist nicht gestattet.
J| Mehr zum Thema
J| Datenschutz | Impressum | Kontakt
""",
    ),
    _labelled(
        "yonhap_style",
        """
J| (LEAD) 
H| S. Korea, China FMs hold talks in Beijing
M| 2024/05/13 19:42
J| By Kim Soo-yeon
SEOUL, May 13 (Yonhap) -- South Korea's top diplomat Cho Tae-yul held talks with his Chinese counterpart Wang Yi in Beijing on Monday.
Cho and Wang discussed ways to promote exchanges and cooperation, the foreign ministry said.
J| (END)
J| Keywords
J| #S. Korea-China FM talks
""",
    ),
    _labelled(
        "scmp_style",
        """
J| Advertisement
H| China, US defence chiefs hold first face-to-face talks in 18 months
Dong Jun and Lloyd Austin met on the sidelines of the Shangri-La Dialogue in Singapore
Chinese Defence Minister Dong Jun and US Defense Secretary Lloyd Austin met in Singapore on Friday, their first in-person talks since November 2022.
The meeting lasted just over an hour, according to the Pentagon.
J| Why you can trust SCMP
J| 3
""",
    ),
]


# Written for the failure classes a blind evaluation on unseen outlets showed
# (mastheads, consent buttons and translation notes taken as headlines; captions
# without credit, topic lines, section labels, site self-descriptions, author
# bios, site-wide statements, foreign licence footers and newsletter prompts
# kept as body). Invented text in the styles of those outlets and others.
UNSEEN_OUTLETS = [
    _labelled(
        "yonhap_masthead_and_consent",
        """
J| Continue without accepting
M| Yonhap News Agency
J| National  Politics  North Korea  Economy  Market  Industry
H| Foreign ministers of S. Korea, Japan agree to step up cooperation on N. Korea
M| 2024/07/12 16:05
M| By Park Min-jae
SEOUL, July 12 (Yonhap) -- The foreign ministers of South Korea and Japan agreed Friday to strengthen cooperation in responding to North Korea's military threats, the foreign ministry said.
Foreign Minister Cho Tae-yul and his Japanese counterpart Yoko Kamikawa held talks for about an hour on the sidelines of a regional forum in Vientiane.
The two also discussed ways to expand exchanges between their peoples ahead of the 60th anniversary of diplomatic ties next year.
J| (END)
J| Keywords
J| #S. Korea-Japan FM talks
J| Yonhap News Agency website contains only a portion of the news stories offered to subscribers.
""",
    ),
    _labelled(
        "anadolu_agency",
        """
M| Anadolu Agency
J| Accept all
J| World, Politics, Middle East
H| Turkish, Egyptian foreign ministers discuss Gaza ceasefire efforts in Cairo
M| Ahmet Yilmaz |12.07.2024 - 14:22 GMT+3
J| Topics: Türkiye, Egypt, Gaza, Hakan Fidan
ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on Friday to discuss efforts toward a ceasefire in Gaza, diplomatic sources said.
The ministers also exchanged views on bilateral trade, which both sides aim to raise to $15 billion.
Fidan later met Egyptian President Abdel Fattah el-Sisi at the presidential palace, according to the sources.
J| Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.
""",
    ),
    _labelled(
        "al_jazeera_caption",
        """
M| Al Jazeera
J| Manage preferences
H| China's Wang Yi meets Blinken in Laos amid South China Sea tensions
J| US Secretary of State Antony Blinken, right, meets Chinese Foreign Minister Wang Yi in Vientiane [Kyle Mazza/Reuters]
M| Published On 27 Jul 2024
J| 27 Jul 2024
US Secretary of State Antony Blinken has met his Chinese counterpart Wang Yi in Laos, as tensions simmer over Beijing's actions in the South China Sea.
The two diplomats spoke for more than an hour on the sidelines of the Association of Southeast Asian Nations (ASEAN) meetings in the capital, Vientiane.
Blinken raised concerns about China's support for Russia's defence industry, a senior State Department official told reporters.
M| Source: Al Jazeera and news agencies
""",
    ),
    _labelled(
        "the_hindu_pti",
        """
M| The Hindu
J| Accept & Close
H| Jaishankar meets Wang Yi in Astana, calls for early resolution of border issues
J| External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi at their meeting in Astana on Thursday.
J| Photo: X/@DrSJaishankar
M| Published - July 04, 2024 09:45 pm IST - NEW DELHI
External Affairs Minister S. Jaishankar on Thursday met Chinese Foreign Minister Wang Yi on the sidelines of the SCO summit in Kazakhstan and discussed early resolution of the remaining issues in eastern Ladakh.
Mr. Jaishankar said the two sides agreed to redouble efforts through diplomatic and military channels.
M| (With inputs from PTI)
J| Topics: India-China / diplomacy / Shanghai Cooperation Organisation
M| Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.
""",
    ),
    _labelled(
        "dawn_writer_bio",
        """
M| DAWN.COM
J| Home  Latest  Pakistan  Opinion  Business  World  Sport
H| Dar, Wang discuss CPEC security during Beijing talks
M| Published July 9, 2024
Deputy Prime Minister and Foreign Minister Ishaq Dar held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday, with the security of Chinese nationals in Pakistan high on the agenda.
According to the Foreign Office, the two sides reaffirmed their commitment to the China-Pakistan Economic Corridor.
Dar assured Wang that Pakistan would take all necessary measures to protect Chinese workers.
J| The writer is a former ambassador to China and is currently based in Islamabad.
J| Published in Dawn, July 10th, 2024
""",
    ),
    _labelled(
        "dw_section_label_and_image",
        """
J| Germany
H| Scholz receives Chinese Premier Li Qiang in Berlin
The German chancellor wants to reduce risks without decoupling from Beijing.
J| Scholz and Li Qiang at the Chancellery in Berlin on Monday
J| Image: Kay Nietfeld/dpa/picture alliance
German Chancellor Olaf Scholz welcomed Chinese Premier Li Qiang with military honors at the Chancellery on Monday, ahead of government consultations on Tuesday.
Scholz told reporters that Germany did not want to decouple from China but to reduce one-sided dependencies.
Li said the two countries should be partners in fighting climate change.
M| sri/jcg (AFP, Reuters)
M| © 2024 Deutsche Welle | Legal notice | Contact
""",
    ),
    _labelled(
        "france24_wire_page",
        """
J| Accept all
J| Continue without accepting
M| FRANCE 24
J| Asia-Pacific
H| Macron, Xi hold talks in Pyrenees on Ukraine and trade
M| Issued on: 07/05/2024 - 18:32
Tarbes (France) (AFP) – French President Emmanuel Macron hosted Chinese President Xi Jinping in the Pyrenees mountains on Tuesday, where he grew up visiting his grandmother.
The two leaders discussed the war in Ukraine and trade tensions between Europe and China over a private lunch.
Macron said he had urged Xi to use his influence with Moscow.
M| FRANCE 24 with AFP
""",
    ),
    _labelled(
        "abc_australia_caption",
        """
M| ABC News
J| Skip to main content
H| Wong and Wang pledge to keep talking as Canberra talks end
J| Penny Wong and Wang Yi shook hands at Parliament House on Monday.
M| By political reporter Jane Hartley
M| Posted Mon 20 Mar 2024 at 5:42pm
Foreign Minister Penny Wong and her Chinese counterpart Wang Yi have agreed to keep up regular dialogue after talks in Canberra.
Senator Wong said she had raised the detention of Australian writer Yang Hengjun and the case of human rights, while welcoming the removal of trade barriers.
Mr Wang described the relationship as being "back on track".
J| Topics: foreign-affairs, government-and-politics, china, australia
J| ABC acknowledges the Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.
""",
    ),
    _labelled(
        "abc_boat_tour_caption",
        """
H| Li Qiang wraps up visit with stop in Perth
J| Li Qiang took a boat tour of Sydney Harbour on the first day of his visit.
The Chinese Premier met Western Australian business leaders on Tuesday before flying home.
Mr Li told the gathering that trade between China and Western Australia was a model for the relationship, and he invited more investment.
The visit was the first by a Chinese premier in seven years.
""",
    ),
    _labelled(
        "bernama_self_description",
        """
M| BERNAMA
H| Anwar, Li Qiang witness signing of 14 MoUs in Putrajaya
M| 19/06/2024 06:40 PM
PUTRAJAYA, June 19 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim and Chinese Premier Li Qiang today witnessed the exchange of 14 memoranda of understanding covering trade, the digital economy and tourism.
The two leaders held a bilateral meeting at Seri Perdana before the ceremony, Wisma Putra said.
Anwar said Malaysia welcomed more Chinese investment in high-technology industries.
J| -- BERNAMA
J| BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502 and unifi TV 631; and BERNAMA Radio.
J| Follow us on social media : Facebook : @bernamaofficial, Twitter : @bernama.com
""",
    ),
    _labelled(
        "agencia_brasil_machine_translated",
        """
J| This article was automatically translated from Portuguese.
M| Agência Brasil
H| Lula receives Chinese Vice-President Han Zheng in Brasília
M| Published on 06/06/2024 - 19:12
President Luiz Inácio Lula da Silva received China's Vice-President Han Zheng at the Planalto Palace this Thursday for a meeting on trade and investment.
According to the Presidency, the two discussed the 50th anniversary of diplomatic relations between Brazil and China, celebrated this year.
Han also met Vice-President Geraldo Alckmin.
M| Todo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 4.0 Internacional, exceto quando especificado em contrário.
""",
    ),
    _labelled(
        "ria_novosti_translated",
        """
J| Translated from Russian
H| Lavrov and Wang Yi discussed the situation in Ukraine
MOSCOW, July 25 - RIA Novosti. Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi discussed the situation around Ukraine at a meeting in Vientiane, the Russian Foreign Ministry said.
The ministers also discussed cooperation within the BRICS and the SCO, the ministry added.
J| 📸 Russian Foreign Ministry press service
J| Machine translation
""",
    ),
    _labelled(
        "substack_newsletter",
        """
M| The Beijing Ledger
H| Sullivan in Beijing: what the readouts left out
Three days of talks, two readouts, very different stories
J| Share
Jake Sullivan spent three days in Beijing this week and met Wang Yi for what both sides called candid and substantive talks.
The Chinese readout stressed Taiwan; the American one stressed fentanyl and military communications.
I think the most important line was the one about a leaders' call in the coming weeks.
M| Thanks for reading The Beijing Ledger! Subscribe for free to receive new posts and support my work.
J| Type your email…
J| Subscribe
""",
    ),
    _labelled(
        "pdf_press_release",
        """
M| EMBASSY OF THE REPUBLIC OF EXAMPLESTAN
J| PRESS RELEASE
J| FOR IMMEDIATE RELEASE
H| Foreign Minister Holds Talks with Chinese Counterpart in Beijing
M| 15 March 2024
The Foreign Minister of the Republic of Examplestan held talks with Chinese Foreign Minister Wang Yi in Beijing on 14 March 2024.
The two ministers reviewed bilateral cooperation in trade, infrastructure and education, and agreed to hold the next round of consultations in the autumn.
J| Page 1 of 2
The Foreign Minister also met the Minister of Commerce of China.
J| ###
J| Media contact: press@embassy-examplestan.example
""",
    ),
    _labelled(
        "pdf_wrapped_release",
        """
M| MINISTRY OF FOREIGN AFFAIRS
M| REPUBLIC OF EXAMPLESTAN
J| PRESS RELEASE
J| No. 045/2024
H| Foreign Minister Meets Chinese State Councilor Wang Yi in Beijing
Beijing, 14 March 2024 - The Foreign Minister of the Republic of Examplestan, H.E. Ana
Ribeiro, held a bilateral meeting with the Member of the Political Bureau of the
CPC Central Committee and Foreign Minister of China, Wang Yi, at the Diaoyutai State
Guesthouse on Thursday. The two ministers discussed trade, infrastructure and
people-to-people exchanges.

Minister Ribeiro expressed appreciation for China's support for the new port project
and invited Minister Wang to visit Examplestan later this year. Both sides agreed to
hold the next round of political consultations in the second half of 2024.

J| Ministry of Foreign Affairs - Press Release 045/2024 Page 2 of 2
The Foreign Minister also met the Minister of Commerce, Wang Wentao, to review the
implementation of the bilateral investment agreement signed in 2023.
J| ***
J| For further information, please contact:
J| Tel: +00 21 555 0100 | Email: press@mfa.example
""",
    ),
    _labelled(
        "telegram_repost",
        """
M| TASS, [12.07.24 14:05]
Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi held talks in Vientiane on the sidelines of the ASEAN meetings, the Russian Foreign Ministry said.
The ministers discussed the Ukrainian settlement and the situation in the Asia-Pacific region.
J| 📸 Russian Foreign Ministry
J| @tass_agency
""",
    ),
    _labelled(
        "straits_times_caption_with_credit_line",
        """
M| The Straits Times
J| Got it
H| Vivian Balakrishnan meets Wang Yi in Beijing
J| Foreign Minister Vivian Balakrishnan and Chinese Foreign Minister Wang Yi pose for a photo before their meeting
J| PHOTO: MFA
SINGAPORE - Foreign Minister Vivian Balakrishnan met Chinese Foreign Minister Wang Yi in Beijing on Aug 12, the Ministry of Foreign Affairs said in a statement.
They reaffirmed the strong ties between the two countries and discussed regional developments.
J| Join ST's Telegram channel and get the latest breaking news delivered to you.
""",
    ),
    _labelled(
        "le_monde_english",
        """
M| Le Monde
J| Reject all
H| Xi Jinping's visit to France: Macron presses Beijing on Ukraine
M| Le Monde with AFP
M| Published on May 6, 2024, at 7:15 pm (Paris)
Emmanuel Macron on Monday urged Xi Jinping to help end the war in Ukraine, as the Chinese president began a two-day state visit to France.
Ursula von der Leyen joined the two leaders for a trilateral meeting at the Elysée Palace in the morning.
J| Translation of an original article in French published on lemonde.fr; the publisher may only be liable for the French version.
""",
    ),
]


# Written for a second blind evaluation's failure classes: topic tags and consent
# text above a headline with a dek, podcast chapters and transcript notes, event
# speaker lists, "Reuse this content", newsletter privacy notices, reprint notices
# and rights lines in other languages. Invented text.
FURNITURE_PAGES = [
    _labelled(
        "tags_and_consent_above_headline",
        """
J| Skip to main content
J| World
J| Politics
J| Business
J| Live TV
J| Sign in
J| We and our partners store and access information on your device, such as unique identifiers, to provide personalised ads and content, ad and content measurement.
J| Manage options
J| Australia news
J| Australian foreign policy
J| Penny Wong
H| Wong and Wang agree to restart dialogue after talks in Canberra
Australia's foreign minister Penny Wong met her Chinese counterpart Wang Yi in Canberra on Wednesday for talks that lasted more than three hours.
The two ministers agreed to restart a strategic dialogue that had been suspended since 2019, according to a joint readout.
Wong said she had raised the cases of detained Australians and pressed Wang on military activity in the South China Sea.
Wang told reporters the relationship was back on the right track and that both sides should build on the momentum.
J| Reuse this content
J| Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.
M| Example Media Holdings Inc. No reproduction without permission.
""",
    ),
    _labelled(
        "podcast_chapters_and_speakers",
        """
J| Podcasts
J| Newsletters
J| Watch Live
H| Inside the Xi-Biden summit: what the two leaders agreed
J| Episode 214
J| 02:15 What the readouts said
J| 05:40 Taiwan and export controls
J| (11:02) The fentanyl deal
J| Transcript
J| Full transcript available to supporters.
On this week's episode we look at the meeting between President Joe Biden and President Xi Jinping at the Filoli estate near San Francisco.
The two leaders met for about four hours and agreed to resume military-to-military communications, officials said.
Biden described the talks as some of the most constructive and productive discussions they have had.
Xi said the planet is big enough for the two countries to succeed, according to the Chinese readout.
J| Speakers:
J| Jane Doe, Senior Fellow
J| Robert Roe, Director of Asia Studies, Example Institute
""",
    ),
    _labelled(
        "foreign_rights_lines",
        """
H| Xi and Lula pledge deeper ties in Brasilia talks
Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Wednesday.
The two leaders signed 37 cooperation agreements covering trade, agriculture and technology.
Lula said the partnership with China was strategic for Brazil's development.
Xi said China was ready to work with Brazil to build a fairer world.
M| Bảo lưu mọi quyền. Ghi rõ nguồn khi phát hành lại
M| 版权所有 © 2024
M| © 2024 सर्वाधिकार सुरक्षित
""",
    ),
]


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        # a headline, a title-like dek and a short summary line, under menus and a cookie banner
        (
            "Menu\nWorld\nAsia\nThis site uses cookies. By continuing you agree to our use of cookies.\nAccept\n"
            "Modi and Albanese seal trade pact on sidelines of summit\n"
            "Leaders pledge to double bilateral trade by 2030\n"
            "A short meeting in Johannesburg produced a broad economic deal",
            "Modi and Albanese seal trade pact on sidelines of summit",
        ),
        # a caption-like dek describing the meeting under a short headline
        (
            "Live TV\nSign in\nModi, Albanese meet in Johannesburg\n"
            "Leaders meet for about an hour at a hotel near the summit venue",
            "Modi, Albanese meet in Johannesburg",
        ),
        # a long menu pushes the headline far down the page
        (
            "\n".join(["Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture",
                       "Travel", "Opinion", "Video", "Podcasts", "Newsletters", "Live TV", "Sign in",
                       "India news", "Indian foreign policy"])
            + "\nModi and Albanese seal trade pact on sidelines of summit",
            "Modi and Albanese seal trade pact on sidelines of summit",
        ),
    ],
)
def test_headline_above_a_dek_after_site_furniture(top: str, headline: str) -> None:
    body = (
        "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met in "
        "Johannesburg on Saturday on the sidelines of the G20 summit.\n"
        "The two leaders signed an agreement to expand trade and cooperation on critical minerals, officials said.\n"
        "Albanese told reporters the partnership with India had never been stronger.\n"
        "Modi said India valued Australia as a trusted partner in the Indo-Pacific."
    )
    cleaned = clean(_article(top + "\n" + body))
    assert cleaned.headline == headline
    junk = {"Live TV", "Sign in", "Podcasts", "Newsletters", "India news", "Indian foreign policy"}
    assert not junk & set(cleaned.paragraphs)
    assert all(line in " ".join(cleaned.paragraphs) for line in body.split("\n"))


@pytest.mark.parametrize("case", ARTICLES + UNSEEN_OUTLETS + FURNITURE_PAGES, ids=lambda c: c.name)
def test_labelled_article(case: Labelled) -> None:
    cleaned = clean(_article(case.text, case.name + ".txt"))
    removed = _reasons(cleaned)
    assert cleaned.headline == case.headline
    kept_junk = {n: t for n, t in case.junk.items() if n not in removed}
    assert not kept_junk, f"junk kept: {kept_junk}"
    lost = [t for t in case.body.values() if not any(t in p for p in cleaned.paragraphs)]
    assert not lost, f"body lost: {lost}; removed={cleaned.removed}"
    for line in case.meta:
        assert line in cleaned.meta_lines


# ---------------------------------------------------------------- the seeds


def test_seed_000_footer_ticker_and_credits_go() -> None:
    cleaned = clean(_seed("000"))
    reasons = _reasons(cleaned)
    lines = _seed("000").text.split("\n")
    assert cleaned.headline == lines[2]
    assert reasons[1] == {"foreign-language boilerplate"}
    assert reasons[9] == reasons[11] == {"photo credit"}
    stamps = [n for n, line in enumerate(lines, 1) if line.startswith("2024-12-29")]
    assert len(stamps) >= 3 and all(reasons[n] == {"ticker"} for n in stamps)
    footer = [n for n, line in enumerate(lines, 1) if n >= 29 and line.strip()]
    assert all(n in reasons for n in footer)  # nothing below the body survives
    assert len(cleaned.paragraphs) == 10
    assert cleaned.paragraphs[1].startswith("BEIJING, July 19")
    assert cleaned.meta_lines == []  # ticker times are not publication dates


def test_seed_001_breadcrumb_gives_headline_and_date_goes_to_meta() -> None:
    cleaned = clean(_seed("001"))
    assert cleaned.headline is not None
    assert cleaned.headline.endswith("John Kerry") and "»" not in cleaned.headline
    assert cleaned.meta_lines == ["date 2023-07-18"]
    assert {r.reason for r in cleaned.removed if r.number == 1} == {"metadata", "breadcrumb"}
    assert cleaned.paragraphs[0].startswith("Beijing, July 18")
    assert len(cleaned.paragraphs) == 6


def test_seed_002_unrelated_first_line_goes_bullets_stay() -> None:
    cleaned = clean(_seed("002"))
    assert cleaned.headline is None
    assert _reasons(cleaned) == {1: {"unrelated headline"}}
    assert len(cleaned.paragraphs) == 10


def test_seed_003_has_no_headline_and_keeps_first_paragraph() -> None:
    cleaned = clean(_seed("003"))
    assert cleaned.headline is None
    assert cleaned.meta_lines == ["date 2023-07-18"]
    assert cleaned.paragraphs[0].startswith("The US Special Envoy")
    assert len(cleaned.paragraphs) == 16


def test_seed_004_is_all_body() -> None:
    cleaned = clean(_seed("004"))
    assert cleaned.removed == [] and cleaned.headline is None
    assert len(cleaned.paragraphs) == 11


# Lines of each seed that a careful reader calls junk (not the headline).
_SEED_JUNK = {
    "000": {1, 9, 11} | set(range(29, 128)),
    "001": {1},
    "002": {1},
    "003": {1},
    "004": set(),
}


# ----------------------------------------------------------- measurement


def test_overall_shares(capsys: pytest.CaptureFixture[str]) -> None:
    """Share of junk removed and of body kept, over synthetic articles and seeds."""
    junk_total = junk_removed = body_total = body_kept = 0
    for case in ARTICLES + UNSEEN_OUTLETS:
        cleaned = clean(_article(case.text))
        removed = _reasons(cleaned)
        junk_total += len(case.junk)
        junk_removed += sum(1 for n in case.junk if n in removed)
        body_total += len(case.body)
        body_kept += sum(1 for t in case.body.values() if any(t in p for p in cleaned.paragraphs))
    for prefix, junk in _SEED_JUNK.items():
        article = _seed(prefix)
        cleaned = clean(article)
        removed = _reasons(cleaned)
        lines = article.text.split("\n")
        numbered = {n for n, line in enumerate(lines, 1) if line.strip()}
        junk_lines = junk & numbered
        junk_total += len(junk_lines)
        junk_removed += len(junk_lines & set(removed))
        for n in numbered - junk_lines:
            text = " ".join(lines[n - 1].split())
            if text == cleaned.headline:
                continue
            body_total += 1
            body_kept += any(text in p for p in cleaned.paragraphs)
    with capsys.disabled():
        print(
            f"\nclean: junk removed {junk_removed}/{junk_total} "
            f"({junk_removed / junk_total:.1%}), body kept {body_kept}/{body_total} "
            f"({body_kept / body_total:.1%})"
        )
    assert junk_removed / junk_total >= 0.97
    assert body_kept == body_total


# ------------------------------------------------------------ unit checks


def test_normalise_line_ignores_case_spacing_numbers_and_edges() -> None:
    assert normalise_line("  Comments (12) ") == normalise_line("comments (3)")
    assert normalise_line("— Share this  article —") == "share this article"
    assert normalise_line("") == ""


def test_chinese_article_keeps_its_lines_but_drops_english_footer() -> None:
    text = (
        "王毅同俄罗斯外长拉夫罗夫举行会谈\n"
        "新华社北京4月9日电 中共中央政治局委员、外交部长王毅9日在北京同俄罗斯外长拉夫罗夫举行会谈。\n"
        "王毅表示，中俄双方要加强战略协作，共同维护国际公平正义。\n"
        "Follow us on Twitter and Facebook for the latest updates\n"
        "All content is provided for reference only and may be updated without notice"
    )
    cleaned = clean(_article(text))
    assert cleaned.headline == "王毅同俄罗斯外长拉夫罗夫举行会谈"
    assert len(cleaned.paragraphs) == 2
    assert _reasons(cleaned)[5] == {"foreign-language boilerplate"}


PROSE_THAT_LOOKS_LIKE_FURNITURE = [
    "Share prices in Shanghai fell after the talks.",
    "By Tuesday evening, the two sides had agreed on a joint statement.",
    "By Wang's account, the talks were candid.",
    "Follow-up talks are planned for next month.",
    "More than 100 people attended the banquet.",
    "Photo ops were limited, officials said.",
    "Credit Suisse was also discussed.",
    "Updated guidance was released on July 18.",
    "Time is running out, Kerry said on July 18.",
    "The talks, left unfinished, will resume.",
    "Fortune cookies were served at the banquet.",
    "A spokesman declined to comment.",
    "Japan will join the discussion next week.",
    "Officials exchanged text messages before the meeting.",
    "The information was posted on the official website of the ministry.",
    "Continue reading the statement, Wang told reporters.",
    "Click here, the spokesman said, pointing at the map.",
    "Read more of the readout later, officials said.",
    "The copyright dispute was raised by the US side.",
    # Words of the new furniture classes, in prose.
    "Xinhua is the official state news agency of China.",
    "The translation of the joint statement was released on Tuesday.",
    "Thanks for reading the statement, Wang told Blinken.",
    "Allow all parties to join the talks, Wang said.",
    "The author of the proposal is Wang Yi.",
    "Topics discussed included trade and climate.",
    "Kerry and Wang shook hands before talks that lasted four hours.",
    "The Global Times provides a platform for such views, critics say.",
    "Both ministers acknowledged the need for more dialogue.",
]


def test_prose_that_looks_like_furniture_is_kept() -> None:
    text = "\n".join(
        ["Kerry and Wang Yi hold climate talks in Beijing", "Kerry met Wang Yi in Beijing for climate talks."]
        + PROSE_THAT_LOOKS_LIKE_FURNITURE
    )
    cleaned = clean(_article(text))
    assert cleaned.removed == []
    assert cleaned.paragraphs[1:] == PROSE_THAT_LOOKS_LIKE_FURNITURE


def test_spanish_article_keeps_its_lines_and_drops_english_footer() -> None:
    text = (
        "Lula y Xi firman acuerdos de cooperación en Pekín\n"
        "El presidente de Brasil y el presidente de China firmaron el viernes en Pekín quince acuerdos "
        "sobre comercio, tecnología y clima.\n"
        "Lula dijo que los dos países trabajarán juntos por la paz.\n"
        "This article is also available in English for readers of the international edition of the paper"
    )
    cleaned = clean(_article(text))
    assert cleaned.headline == "Lula y Xi firman acuerdos de cooperación en Pekín"
    assert len(cleaned.paragraphs) == 2
    assert set(_reasons(cleaned)) == {4}  # foreign-language boilerplate, and a note on editions
    assert _reasons(cleaned)[4] <= {"foreign-language boilerplate", "translation note"}


def test_hard_wrapped_text_without_dateline_keeps_its_headline() -> None:
    text = (
        "Kishida and Xi agree to pursue mutually beneficial ties\n"
        "Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping\n"
        "met for about an hour on the sidelines of the APEC summit and agreed\n"
        "to seek a solution to the seafood dispute through talks, officials\n"
        "said. The two leaders also discussed the situation in the Taiwan\n"
        "Strait and agreed to keep in close contact at all levels of government."
    )
    cleaned = clean(_article(text))
    assert cleaned.headline == "Kishida and Xi agree to pursue mutually beneficial ties"
    assert len(cleaned.paragraphs) == 1
    assert cleaned.paragraphs[0].startswith("Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping met")


def test_site_name_above_the_menu_is_a_masthead_not_the_headline() -> None:
    text = (
        "Ministry of Foreign Affairs of Examplestan\n"
        "Home  Ministry News  Press Briefings  Contact\n"
        "Foreign Minister holds talks with visiting Chinese counterpart Wang Yi\n"
        "The Foreign Minister of Examplestan held talks with Chinese Foreign Minister Wang Yi on Monday.\n"
        "The ministers discussed trade and regional security, the ministry said.\n"
        "Copyright © Ministry of Foreign Affairs of Examplestan"
    )
    cleaned = clean(_article(text))
    assert cleaned.headline == "Foreign Minister holds talks with visiting Chinese counterpart Wang Yi"
    assert _reasons(cleaned)[1] == {"masthead"}
    assert cleaned.meta_lines[0] == "Ministry of Foreign Affairs of Examplestan"
    assert cleaned.meta_lines[-1].startswith("Copyright ©")  # names the outlet


def test_short_last_crumb_is_a_section_not_a_headline() -> None:
    text = "Home > News > Minister's Activities\n\nWang Yi meets Blinken in Beijing\nWang Yi met Blinken on Monday."
    cleaned = clean(_article(text))
    assert cleaned.headline == "Wang Yi meets Blinken in Beijing"


def test_timestamp_only_line_goes_to_meta_outside_a_ticker() -> None:
    text = "Kerry meets Wang in Beijing\nJuly 18, 2023\nKerry met Wang Yi in Beijing on Tuesday for climate talks."
    cleaned = clean(_article(text))
    assert cleaned.meta_lines == ["July 18, 2023"]
    assert cleaned.headline == "Kerry meets Wang in Beijing"


def test_duplicated_paragraph_is_kept_once() -> None:
    para = "Kerry met Wang Yi in Beijing on Tuesday for talks on climate cooperation."
    cleaned = clean(_article(f"{para}\n\n{para}\n\nThe talks lasted four hours, officials said."))
    assert cleaned.paragraphs == [para, "The talks lasted four hours, officials said."]
    assert _reasons(cleaned) == {3: {"repeated line"}}


def test_empty_article_is_a_problem_not_a_crash() -> None:
    cleaned = clean(_article("Share\nAdvertisement\n"))
    assert cleaned.paragraphs == [] and cleaned.problems


def test_lone_dateline_joins_its_paragraph() -> None:
    text = "BEIJING, July 18 (Xinhua) --\nWang Yi met John Kerry in Beijing on Tuesday."
    cleaned = clean(_article(text))
    assert cleaned.paragraphs == ["BEIJING, July 18 (Xinhua) -- Wang Yi met John Kerry in Beijing on Tuesday."]


# -------------------------------------------------------------- boilerplate


def _story(n: int, footer: list[str]) -> str:
    topics = ["trade", "climate", "Taiwan", "fentanyl", "Ukraine", "chips", "students", "visas"]
    topic = topics[n % len(topics)]
    body = [
        f"Officials from both countries met in city number {n} to discuss {topic} on Monday.",
        f"The talks on {topic} lasted {n + 2} hours and ended with a plan for further meetings.",
    ]
    return "\n".join([f"Envoys discuss {topic} in round {n}"] + body + footer)


def test_find_boilerplate_finds_site_furniture() -> None:
    # A sentence no rule knows: only its recurrence marks it as the site's.
    blurb = "Example Daily is published by the Example Media Group in Lisbon."
    footer = ["Follow us on our channels", blurb]
    articles = [_article(_story(n, footer), f"a{n}.txt") for n in range(5)]
    found = find_boilerplate(articles)
    assert {normalise_line(line) for line in footer} <= found
    assert not any("talks on" in key for key in found)
    cleaned = clean(articles[0], found)
    assert _reasons(cleaned)[5] == {BOILERPLATE}
    assert len(cleaned.paragraphs) == 2


def test_reprinted_wire_story_is_not_boilerplate() -> None:
    wire = _story(1, [])
    copies = [_article(wire + f"\nOutlet {name} footer line", f"{name}.txt") for name in "abcdef"]
    found = find_boilerplate(copies)
    for line in wire.split("\n"):
        assert normalise_line(line) not in found
    cleaned = clean(copies[0], found)
    assert cleaned.headline == "Envoys discuss climate in round 1"
    assert len(cleaned.paragraphs) == 2


def test_recurring_headline_line_is_protected_when_about_the_story() -> None:
    """Even if a reprinted headline slips into the set, clean keeps it."""
    wire = _story(2, [])
    headline = wire.split("\n")[0]
    cleaned = clean(_article(wire), frozenset({normalise_line(headline)}))
    assert cleaned.headline == headline


# ------------------------------------------------------ mastheads and captions


def test_title_case_headline_with_a_publication_word_stays_the_headline() -> None:
    text = (
        "Kerry Takes Climate Post\n"
        "John Kerry met Wang Yi in Beijing on Tuesday for talks on climate cooperation, officials said.\n"
        "The two sides agreed to meet again before the end of the year."
    )
    assert clean(_article(text)).headline == "Kerry Takes Climate Post"


def test_publication_name_above_the_headline_is_a_masthead_in_meta() -> None:
    text = (
        "THE CHINA BRIDGE WEEKLY\n"
        "Kerry and Wang agree to revive climate working group\n"
        "John Kerry met Wang Yi in Beijing on Tuesday for talks on climate cooperation, officials said.\n"
        "The two sides agreed to revive a working group on methane before the end of the year."
    )
    cleaned = clean(_article(text))
    assert cleaned.headline == "Kerry and Wang agree to revive climate working group"
    assert cleaned.meta_lines == ["THE CHINA BRIDGE WEEKLY"]
    assert _reasons(cleaned)[1] == {"masthead"}


def test_lead_under_the_headline_that_tells_more_than_a_picture_is_kept() -> None:
    lead = "Xi and Putin shook hands at the Kremlin on Monday before talks that lasted three hours."
    text = f"Xi and Putin meet in Moscow\n{lead}\nThe two leaders signed a joint statement on Tuesday."
    cleaned = clean(_article(text))
    assert cleaned.paragraphs[0] == lead


def test_caption_without_credit_next_to_an_image_credit_goes() -> None:
    text = (
        "Scholz receives Li Qiang in Berlin\n"
        "Image: Kay Nietfeld/dpa/picture alliance\n"
        "Olaf Scholz and Li Qiang at the Chancellery in Berlin on Monday\n"
        "German Chancellor Olaf Scholz welcomed Chinese Premier Li Qiang with military honors on Monday.\n"
        "Scholz said Germany did not want to decouple from China."
    )
    cleaned = clean(_article(text))
    assert _reasons(cleaned)[3] == {"caption"}
    assert cleaned.paragraphs[0].startswith("German Chancellor Olaf Scholz welcomed")


LEADS_NEAR_PICTURES = [
    # Below a credit, a present-tense lead is the lead.
    "Photo: Reuters\nChinese President Xi Jinping arrives in Moscow for a three-day state visit.",
    # A lead that reports is never a caption.
    "Image: AFP\nXi and Putin shook hands at the Kremlin, the Kremlin said.",
    # A lead that tells more than a picture could show.
    "Xi and Putin shook hands at the Kremlin on Monday as the two leaders opened talks on Ukraine.",
]


@pytest.mark.parametrize("opening", LEADS_NEAR_PICTURES)
def test_leads_next_to_pictures_are_kept(opening: str) -> None:
    lead = opening.split("\n")[-1]
    text = f"Xi and Putin meet in Moscow\n{opening}\nThe two leaders signed a joint statement on economic cooperation."
    cleaned = clean(_article(text))
    assert cleaned.paragraphs[0] == lead


# ------------------------------------------------------------ contact footers

# How outlets tell readers to reach the author or the newsroom: US regional papers,
# wire and financial sites, state media in English, blogs and newsletters.
CONTACT_LINES = [
    "Reach Ana Beatriz Costa at acosta@frcourier.example.",
    "Contact John Smith at jsmith@tribune.example or 555-201-0134.",
    "Email the author at j.doe@paper.example",
    "Write to Lingling Wei at lingling.wei@journal.example",
    "Jane Doe can be reached at jdoe@herald.example or on X @janedoe.",
    "Reporter Priya Nair can be reached at 508-555-0101.",
    "Follow him on X @davidchen_news",
    "Send news tips to tips@dailybeacon.example",
    "Contact the reporter: li.wei@chinabridge.example",
    "Have a tip? Email newsroom@marketpulse.example",
    "— Contact Kim Min-ji at mjkim@hanbit.example",
    "You can reach the desk at +82 2 555 0134 or desk@hanbit.example.",
]


@pytest.mark.parametrize("line", CONTACT_LINES)
def test_contact_footer_goes_with_its_reason(line: str) -> None:
    text = (
        "Lula and Biden launch labor partnership in New York\n"
        "President Joe Biden and Brazilian President Luiz Inacio Lula da Silva met in New York on Wednesday.\n"
        "The two leaders launched a partnership on workers' rights, officials said.\n"
        f"{line}\n"
        "© 2023 The Daily Beacon"
    )
    cleaned = clean(_article(text))
    assert line not in cleaned.paragraphs
    assert any(r.text == line and r.reason == "contact details" for r in cleaned.removed)
    assert len(cleaned.paragraphs) == 2


# Prose with the same words, or even an address, that is no contact line.
CONTACT_LOOKALIKES = [
    "Reach an agreement at the summit, Wang urged his counterpart.",
    "Contact between the two militaries resumed at the @INDOPACOM level, officials said.",
    "The ministers agreed to keep in close contact.",
    "Officials can be reached at the ministry during the summit, the spokesman added.",
    "Follow-up talks are planned for next month in Seoul.",
    "Email exchanges between the two sides continued through the night.",
]


def test_contact_lookalikes_in_prose_are_kept() -> None:
    text = "\n".join(["Kerry and Wang Yi hold climate talks in Beijing", "Kerry met Wang Yi in Beijing for climate talks."]
                     + CONTACT_LOOKALIKES)
    cleaned = clean(_article(text))
    assert cleaned.removed == []
    assert cleaned.paragraphs[1:] == CONTACT_LOOKALIKES
