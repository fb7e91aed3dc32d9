"""Synthetic archives for the benchmark: N messy scraped articles about diplomatic meetings.

    .venv/bin/python scripts/synthetic.py 1000 /tmp/seeds --seed 0 [--manifest m.json]

What it makes, and why it looks like this:

* **Meetings, covered several times.** A stream of meetings (US-China pairs by
  portfolio, with the office holders of the day, plus meetings with officials
  of other countries), each reported by 1-12 articles from different outlets,
  so that linking, the meeting pages and the discrepancy sidebar have real work.
* **Discrepancies on purpose.** About a quarter of the articles get one thing
  wrong the way real coverage does: the predecessor in an office ("Premier Li
  Keqiang" in 2023), a date a day off, another city, a video call reported as
  talks in person, a different number of hours, an agreement that was or was
  not reached.
* **Realistic length and mess.** 400-700 words of body text, composed from a
  bank of sentences with many fillers (so the search index has a realistic
  vocabulary), wrapped in the outlet's own junk: navigation and breadcrumbs,
  photo credits, tickers, share prompts, cookie notices, related links,
  comment boxes, foreign-language footers, an unrelated headline on top; in
  several encodings (UTF-8, UTF-8 with BOM, UTF-16, cp1252, GB18030) and line
  endings; a few wire stories reprinted verbatim by a second outlet; a few
  files with curator frontmatter.
* **Deterministic.** Same ``n`` and ``seed``, same bytes; article ``i`` is the
  same whatever ``n`` is, so 1,000 articles are a prefix of 10,000.

The manifest (``generate`` returns it; ``--manifest`` writes it as JSON) says,
per file, what was put in: outlet, dates, meeting, people, discrepancy and
mess kinds. It is kept out of the seeds folder so the pipeline never reads it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

GENERATOR_VERSION = "1"  # bump when the output changes (the benchmark caches archives by it)

MESS_KINDS = (
    "navigation", "breadcrumb", "date_line", "url", "byline", "credit", "ticker", "share",
    "cookie", "related", "newsletter", "comments", "copyright", "foreign_footer",
    "unrelated_headline", "advert",
)
DISCREPANCY_KINDS = ("person", "date", "place", "format", "number", "claim")

# --------------------------------------------------------------------------- cast
# A snapshot of office holders (kept here, not read from the knowledge base, so
# the archive depends on the seed alone). (office, display forms, start, end).

_D = date.fromisoformat
_FAR = _D("2100-01-01")


@dataclass(frozen=True)
class Term:
    office: str
    forms: tuple[str, ...]
    start: date
    end: date


@dataclass(frozen=True)
class Official:
    name: str
    country: str  # "US", "CN" or another country's name for the fictional officials
    terms: tuple[Term, ...]

    @property
    def surname(self) -> str:
        parts = self.name.split()
        return parts[0] if self.country == "CN" else parts[-1]

    def term_on(self, day: date, offices: tuple[str, ...] | None = None) -> Term | None:
        for term in self.terms:
            if term.start <= day < term.end and (offices is None or term.office in offices):
                return term
        return None


def _t(office: str, forms: str, start: str, end: str | None = None) -> Term:
    return Term(office, tuple(f.strip() for f in forms.split("|")), _D(start), _D(end) if end else _FAR)


US_CAST = (
    Official("Joe Biden", "US", (_t("us-president", "U.S. President|President|American President", "2021-01-20", "2025-01-20"),)),
    Official("Donald Trump", "US", (_t("us-president", "U.S. President|President", "2017-01-20", "2021-01-20"),
                                    _t("us-president", "U.S. President|President", "2025-01-20"))),
    Official("Mike Pompeo", "US", (_t("us-secretary-of-state", "Secretary of State|U.S. Secretary of State|top U.S. diplomat", "2018-04-26", "2021-01-20"),)),
    Official("Antony Blinken", "US", (_t("us-secretary-of-state", "Secretary of State|U.S. Secretary of State|top U.S. diplomat", "2021-01-26", "2025-01-20"),)),
    Official("Marco Rubio", "US", (_t("us-secretary-of-state", "Secretary of State|U.S. Secretary of State", "2025-01-21"),)),
    Official("Wendy Sherman", "US", (_t("us-deputy-secretary-of-state", "Deputy Secretary of State|U.S. Deputy Secretary of State", "2021-04-14", "2023-07-28"),)),
    Official("Kurt Campbell", "US", (_t("us-deputy-secretary-of-state", "Deputy Secretary of State", "2024-02-12", "2025-01-20"),)),
    Official("Jake Sullivan", "US", (_t("us-national-security-advisor", "National Security Advisor|White House national security adviser", "2021-01-20", "2025-01-20"),)),
    Official("Steven Mnuchin", "US", (_t("us-treasury-secretary", "Treasury Secretary|U.S. Treasury Secretary", "2017-02-13", "2021-01-20"),)),
    Official("Janet Yellen", "US", (_t("us-treasury-secretary", "Treasury Secretary|U.S. Treasury Secretary|Secretary of the Treasury", "2021-01-26", "2025-01-20"),)),
    Official("Scott Bessent", "US", (_t("us-treasury-secretary", "Treasury Secretary|U.S. Treasury Secretary", "2025-01-28"),)),
    Official("Gina Raimondo", "US", (_t("us-commerce-secretary", "Commerce Secretary|U.S. Commerce Secretary", "2021-03-03", "2025-01-20"),)),
    Official("Howard Lutnick", "US", (_t("us-commerce-secretary", "Commerce Secretary", "2025-02-21"),)),
    Official("Robert Lighthizer", "US", (_t("us-trade-representative", "U.S. Trade Representative|Trade Representative", "2017-05-15", "2021-01-20"),)),
    Official("Katherine Tai", "US", (_t("us-trade-representative", "U.S. Trade Representative|Trade Representative", "2021-03-18", "2025-01-20"),)),
    Official("Jamieson Greer", "US", (_t("us-trade-representative", "U.S. Trade Representative", "2025-02-26"),)),
    Official("Mark Esper", "US", (_t("us-defense-secretary", "Defense Secretary|U.S. Defense Secretary", "2019-07-23", "2020-11-09"),)),
    Official("Lloyd Austin", "US", (_t("us-defense-secretary", "Defense Secretary|U.S. Defense Secretary|Pentagon chief", "2021-01-22", "2025-01-20"),)),
    Official("Pete Hegseth", "US", (_t("us-defense-secretary", "Defense Secretary|Secretary of Defense", "2025-01-25"),)),
    Official("John Kerry", "US", (_t("us-climate-envoy", "U.S. climate envoy|Special Presidential Envoy for Climate|climate envoy", "2021-01-20", "2024-03-06"),)),
    Official("John Podesta", "US", (_t("us-climate-adviser", "White House climate adviser|senior climate adviser", "2024-03-06", "2025-01-20"),)),
    Official("Nicholas Burns", "US", (_t("us-ambassador-to-china", "U.S. Ambassador to China|ambassador to Beijing", "2022-04-01", "2025-01-20"),)),
    Official("William Burns", "US", (_t("us-cia-director", "CIA Director|CIA chief", "2021-03-19", "2025-01-20"),)),
)
CN_CAST = (
    Official("Xi Jinping", "CN", (_t("president-cn", "Chinese President|President", "2013-03-14"),)),
    Official("Li Keqiang", "CN", (_t("premier-cn", "Chinese Premier|Premier", "2013-03-15", "2023-03-11"),)),
    Official("Li Qiang", "CN", (_t("premier-cn", "Chinese Premier|Premier", "2023-03-11"),)),
    Official("Han Zheng", "CN", (_t("vice-president-cn", "Chinese Vice President|Vice President", "2023-03-10"),)),
    Official("Liu He", "CN", (_t("vice-premier-cn", "Chinese Vice Premier|Vice Premier", "2018-03-19", "2023-03-12"),)),
    Official("He Lifeng", "CN", (_t("vice-premier-cn", "Chinese Vice Premier|Vice Premier", "2023-03-12"),)),
    Official("Yang Jiechi", "CN", (_t("cfac-office-director-cn", "top Chinese diplomat|director of the Office of the Central Foreign Affairs Commission", "2018-03-21", "2023-01-01"),)),
    Official("Wang Yi", "CN", (_t("foreign-minister-cn", "Chinese Foreign Minister|Foreign Minister|State Councilor and Foreign Minister", "2013-03-16", "2022-12-30"),
                               _t("cfac-office-director-cn", "China's top diplomat|director of the Office of the Central Foreign Affairs Commission", "2023-01-01", "2023-07-25"),
                               _t("foreign-minister-cn", "Chinese Foreign Minister|Foreign Minister|China's top diplomat", "2023-07-25"))),
    Official("Qin Gang", "CN", (_t("ambassador-cn-to-us", "Chinese Ambassador to the United States", "2021-07-28", "2022-12-30"),
                                _t("foreign-minister-cn", "Chinese Foreign Minister|Foreign Minister", "2022-12-30", "2023-07-25"))),
    Official("Wang Wentao", "CN", (_t("commerce-minister-cn", "Chinese Commerce Minister|Commerce Minister|Minister of Commerce", "2020-12-26"),)),
    Official("Zhong Shan", "CN", (_t("commerce-minister-cn", "Chinese Commerce Minister|Commerce Minister", "2017-02-24", "2020-12-26"),)),
    Official("Wei Fenghe", "CN", (_t("defense-minister-cn", "Chinese Defense Minister|Defense Minister", "2018-03-19", "2023-03-12"),)),
    Official("Li Shangfu", "CN", (_t("defense-minister-cn", "Chinese Defense Minister|Defense Minister", "2023-03-12", "2023-10-24"),)),
    Official("Dong Jun", "CN", (_t("defense-minister-cn", "Chinese Defense Minister|Defense Minister|Minister of National Defense", "2023-12-29"),)),
    Official("Xie Zhenhua", "CN", (_t("climate-envoy-cn", "China's climate envoy|Chinese climate envoy|special envoy for climate change", "2021-02-10", "2024-01-12"),)),
    Official("Liu Zhenmin", "CN", (_t("climate-envoy-cn", "China's climate envoy|special envoy for climate change", "2024-01-12"),)),
    Official("Xie Feng", "CN", (_t("ambassador-cn-to-us", "Chinese Ambassador to the United States|China's ambassador in Washington", "2023-05-23"),)),
)
SPOKESPEOPLE = ("Mao Ning", "Wang Wenbin", "Lin Jian", "Hua Chunying", "Zhao Lijian")

# Portfolios: which offices meet which, and what they talk about.
PORTFOLIOS = {
    "diplomacy": (("us-secretary-of-state", "us-deputy-secretary-of-state", "us-national-security-advisor"),
                  ("foreign-minister-cn", "cfac-office-director-cn", "vice-president-cn")),
    "leaders": (("us-president",), ("president-cn",)),
    "economy": (("us-treasury-secretary",), ("vice-premier-cn", "premier-cn")),
    "trade": (("us-commerce-secretary", "us-trade-representative"), ("commerce-minister-cn", "vice-premier-cn")),
    "defense": (("us-defense-secretary",), ("defense-minister-cn",)),
    "climate": (("us-climate-envoy", "us-climate-adviser"), ("climate-envoy-cn", "premier-cn", "cfac-office-director-cn")),
    "embassy": (("us-ambassador-to-china", "us-cia-director"), ("foreign-minister-cn", "ambassador-cn-to-us")),
}
TOPICS = {
    "diplomacy": ["Taiwan", "the South China Sea", "the war in Ukraine", "fentanyl precursors", "human rights in Xinjiang",
                  "detained American citizens", "people-to-people exchanges", "the situation on the Korean peninsula",
                  "the conflict in the Middle East", "military-to-military communication", "student visas", "journalist visas"],
    "leaders": ["the overall direction of relations", "Taiwan", "artificial intelligence in nuclear command", "fentanyl",
                "military hotlines", "export controls", "climate cooperation", "the war in Ukraine", "tariffs"],
    "economy": ["macroeconomic policy", "industrial overcapacity", "currency policy", "debt relief for developing countries",
                "outbound investment rules", "financial stability", "anti-money-laundering cooperation", "tariffs"],
    "trade": ["export controls on advanced chips", "tariffs on electric vehicles", "market access for American companies",
              "rare earth export licences", "the Phase One trade deal", "soybean purchases", "solar panel subsidies",
              "intellectual property protection", "entity list designations"],
    "defense": ["military-to-military communication", "unsafe intercepts over the South China Sea", "Taiwan arms sales",
                "a maritime consultative mechanism", "the Shangri-La Dialogue", "nuclear arms control", "theater commander talks"],
    "climate": ["methane emissions", "coal power", "the COP climate summit", "renewable energy targets", "climate finance",
                "deforestation", "the Paris Agreement", "heat waves"],
    "embassy": ["consular access", "visa processing", "detained nationals", "journalists' accreditation",
                "intelligence channels", "embassy staffing"],
}
PLACES = ("Beijing", "Washington", "Bali", "San Francisco", "Geneva", "Jakarta", "Munich", "New York", "Tianjin",
          "Anchorage", "Vientiane", "Lima", "Rome", "Kuala Lumpur", "Stockholm", "London", "Singapore", "Bangkok",
          "Vienna", "Malta", "Zurich", "Madrid", "Rio de Janeiro", "New Delhi", "Tokyo", "Hanoi", "Seoul")
OTHER_COUNTRIES = (("India", "Indian", "New Delhi"), ("Japan", "Japanese", "Tokyo"), ("Germany", "German", "Berlin"),
                   ("France", "French", "Paris"), ("Brazil", "Brazilian", "Brasilia"), ("Indonesia", "Indonesian", "Jakarta"),
                   ("Kenya", "Kenyan", "Nairobi"), ("South Korea", "South Korean", "Seoul"), ("Australia", "Australian", "Canberra"),
                   ("Mexico", "Mexican", "Mexico City"), ("Turkey", "Turkish", "Ankara"), ("Vietnam", "Vietnamese", "Hanoi"),
                   ("Egypt", "Egyptian", "Cairo"), ("Saudi Arabia", "Saudi", "Riyadh"), ("Poland", "Polish", "Warsaw"),
                   ("Nigeria", "Nigerian", "Abuja"), ("Chile", "Chilean", "Santiago"), ("Singapore", "Singaporean", "Singapore"))
OTHER_OFFICES = ("Foreign Minister", "Defense Minister", "Trade Minister", "Prime Minister", "Finance Minister", "national security adviser")
GIVEN = ("Anna", "Ravi", "Kenji", "Lukas", "Camille", "Thiago", "Siti", "Wanjiru", "Min-jun", "Olivia", "Diego", "Emre",
         "Linh", "Omar", "Fatima", "Piotr", "Chinedu", "Catalina", "Arjun", "Yuki", "Hannah", "Jean-Luc", "Ana", "Budi",
         "Grace", "Hyun-woo", "Isabel", "Mehmet", "Thu", "Layla", "Tomasz", "Ngozi", "Sofia", "Priya", "Haruto", "Felix")
FAMILY = ("Mehta", "Sato", "Becker", "Laurent", "Oliveira", "Rahmawati", "Otieno", "Park", "Walsh", "Hernandez", "Yilmaz",
          "Nguyen", "Haddad", "Al-Rashid", "Kowalski", "Okafor", "Rojas", "Iyer", "Tanaka", "Schmidt", "Moreau", "Silva",
          "Santoso", "Kamau", "Choi", "Fraser", "Ortega", "Demir", "Tran", "Nasser", "Nowak", "Adeyemi", "Vargas", "Rao")
ANALYST_ORGS = ("the Center for Strategic and International Studies", "the Brookings Institution", "the Lowy Institute",
                "Renmin University", "the International Crisis Group", "Eurasia Group", "the Council on Foreign Relations",
                "Tsinghua University", "the Asia Society Policy Institute", "the Carnegie Endowment for International Peace",
                "the Stimson Center", "Fudan University", "Chatham House", "the Rand Corporation")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

# --------------------------------------------------------------------------- outlets
# (name, domain, style). Styles decide the mess; the last few are not in the
# shipped outlet list, so their articles test "outlet unknown" paths.

OUTLETS = (
    ("Reuters", "reuters.com", "wire"), ("AP", "apnews.com", "wire"), ("AFP", "afp.com", "wire"),
    ("Bloomberg", "bloomberg.com", "wire"), ("Xinhua", "news.cn", "cn_state"), ("China Daily", "chinadaily.com.cn", "cn_state"),
    ("Global Times", "globaltimes.cn", "cn_state"), ("CGTN", "cgtn.com", "cn_state"), ("TMTPost", "tmtpost.com", "cn_portal"),
    ("South China Morning Post", "scmp.com", "paper"), ("The New York Times", "nytimes.com", "paper"),
    ("The Washington Post", "washingtonpost.com", "paper"), ("CNN", "cnn.com", "broadcaster"), ("BBC", "bbc.com", "broadcaster"),
    ("Al Jazeera", "aljazeera.com", "broadcaster"), ("Voice of America", "voanews.com", "broadcaster"),
    ("NDTV", "ndtv.com", "in_portal"), ("Hindustan Times", "hindustantimes.com", "in_portal"), ("WION", "wionews.com", "in_portal"),
    ("The Economic Times", "economictimes.indiatimes.com", "in_portal"), ("Kyodo News", "kyodonews.net", "wire"),
    ("Yonhap", "yna.co.kr", "wire"), ("The Straits Times", "straitstimes.com", "paper"), ("CNA", "channelnewsasia.com", "broadcaster"),
    ("Nikkei Asia", "asia.nikkei.com", "paper"), ("The Guardian", "theguardian.com", "paper"), ("DW", "dw.com", "euro"),
    ("France 24", "france24.com", "euro"), ("Euronews", "euronews.com", "euro"), ("Politico", "politico.com", "paper"),
    ("The Diplomat", "thediplomat.com", "blog"), ("Anadolu Agency", "aa.com.tr", "wire"), ("TASS", "tass.com", "wire"),
    ("The Japan Times", "japantimes.co.jp", "paper"), ("Arab News", "arabnews.com", "paper"),
    ("Prensa Latina", "plenglish.com", "euro"),
    ("Pacific Ledger Daily", "pacificledgerdaily.com", "blog"), ("GeoWatch Brief", "geowatchbrief.net", "blog"),
    ("NewsHub 24x7", "newshub24x7.in", "in_portal"), ("WorldPolitics Today", "worldpoliticstoday.info", "blog"),
)
UNKNOWN_OUTLETS = frozenset(("Pacific Ledger Daily", "GeoWatch Brief", "NewsHub 24x7", "WorldPolitics Today"))
WIRE_TAG = {"Reuters": "Reuters", "AP": "AP", "AFP": "AFP", "Bloomberg": "Bloomberg", "Xinhua": "Xinhua",
            "Kyodo News": "Kyodo", "Yonhap": "Yonhap", "Anadolu Agency": "AA", "TASS": "TASS", "China Daily": "China Daily"}
REPORTERS = ("Michael Martina", "David Brunnstrom", "Laurie Chen", "Simon Lewis", "Humeyra Pamuk", "Trevor Hunnicutt",
             "Matthew Lee", "Ken Moritsugu", "Didi Tang", "Ellen Nakashima", "Kathrin Hille", "Demetri Sevastopulo",
             "Liu Xin", "Zhang Hui", "Yang Sheng", "Wang Qi", "Cao Siqi", "Bai Yunyi", "Priya Sharma", "Rahul Verma",
             "Sarah Zheng", "Jennifer Jett", "Idrees Ali", "Phil Stewart", "Andrea Shalal", "Christian Shepherd")
EDITORS = ("Don Durfee", "Lincoln Feast", "Christopher Cushing", "Himani Sarkar", "Gerry Doyle", "Jacqueline Wong")


# --------------------------------------------------------------------------- manifest


@dataclass
class ArticleSpec:
    """What was put into one file: the truth a test or a benchmark can check against."""

    file: str
    outlet: str
    outlet_known: bool
    published: str | None
    meeting: str
    meeting_date: str
    place: str
    format: str
    participants: list[str]
    people: list[str]
    discrepancies: list[str] = field(default_factory=list)
    mess: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    newline: str = "\n"
    words: int = 0
    copy_of: str | None = None
    preview: bool = False
    curator: bool = False


@dataclass
class _Meeting:
    id: str
    day: date
    place: str
    format: str  # "in person" | "video" | "phone"
    portfolio: str
    sides: list[tuple[Official, Term]]  # (person, the term they hold that day)
    topics: list[str]
    hours: int
    agreed: str  # what they agreed on (for claims)
    coverage: int  # number of articles
    host_country: str


# --------------------------------------------------------------------------- public API


def generate(n: int, out_dir: Path, seed: int = 0) -> list[ArticleSpec]:
    """Write ``n`` article files into ``out_dir`` (created); return what each holds."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    specs: list[ArticleSpec] = []
    bodies: dict[str, tuple[str, list[str]]] = {}  # file -> (headline, paragraphs), for reprints
    for spec, raw in iter_articles(n, seed, bodies):
        (out_dir / spec.file).write_bytes(raw)
        specs.append(spec)
    return specs


def iter_articles(n: int, seed: int = 0, bodies: dict | None = None):
    """(spec, bytes) for articles 0..n-1, in order."""
    bodies = {} if bodies is None else bodies
    others = _other_officials(random.Random(f"{seed}:cast"))
    meeting_rng = random.Random(f"{seed}:meetings")
    index = 0
    m_index = 0
    while index < n:
        meeting = _plan_meeting(meeting_rng, m_index, others)
        m_index += 1
        outlets = meeting_rng.sample(OUTLETS, k=min(meeting.coverage, len(OUTLETS)))
        for k, (outlet, domain, style) in enumerate(outlets):
            if index >= n:
                break
            rng = random.Random(f"{seed}:article:{index}")
            spec, raw = _article(rng, index, meeting, k, outlet, domain, style, others, bodies)
            yield spec, raw
            index += 1


# --------------------------------------------------------------------------- meetings


def _other_officials(rng: random.Random) -> list[Official]:
    """Fictional officials of other countries (the knowledge base does not know them)."""
    people: list[Official] = []
    used: set[str] = set()
    for country, demonym, _capital in OTHER_COUNTRIES:
        for office in OTHER_OFFICES:
            for era_start, era_end in (("2017-01-01", "2021-06-01"), ("2021-06-01", "2100-01-01")):
                while True:
                    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
                    if name not in used:
                        used.add(name)
                        break
                forms = f"{demonym} {office}|{office}|{country}'s {office.lower()}"
                people.append(Official(name, country, (_t(f"{country}-{office}", forms, era_start, era_end),)))
    return people


def _holders(cast, offices: tuple[str, ...], day: date) -> list[tuple[Official, Term]]:
    out = []
    for person in cast:
        term = person.term_on(day, offices)
        if term is not None:
            out.append((person, term))
    return out


def _plan_meeting(rng: random.Random, m_index: int, others: list[Official]) -> _Meeting:
    start, span = _D("2018-01-01"), (_D("2025-06-30") - _D("2018-01-01")).days
    while True:
        day = start + timedelta(days=rng.randrange(span))
        portfolio = rng.choice(list(PORTFOLIOS))
        us_offices, cn_offices = PORTFOLIOS[portfolio]
        us, cn = _holders(US_CAST, us_offices, day), _holders(CN_CAST, cn_offices, day)
        if not us or not cn:
            continue
        sides = [rng.choice(us), rng.choice(cn)]
        if rng.random() < 0.3:  # one side meets a third country instead
            country_people = [o for o in others if o.term_on(day)]
            other = rng.choice(country_people)
            sides[rng.randrange(2)] = (other, other.term_on(day))
        elif rng.random() < 0.08 and len(cn) > 1:  # a third participant
            extra = rng.choice([c for c in cn if c[0] is not sides[1][0]])
            sides.append(extra)
        break
    host = sides[rng.randrange(len(sides))][0].country
    capital = {"US": "Washington", "CN": "Beijing"}.get(host) or next(c[2] for c in OTHER_COUNTRIES if c[0] == host)
    place = capital if rng.random() < 0.6 else rng.choice(PLACES)
    fmt = rng.choices(("in person", "video", "phone"), weights=(80, 14, 6))[0]
    coverage = min(12, 1 + int(rng.expovariate(1 / 3.2)))
    topics = rng.sample(TOPICS[portfolio], k=min(3, len(TOPICS[portfolio])))
    agreed = rng.choice(("to resume military-to-military talks", "to set up a working group on " + topics[0],
                         "to keep channels of communication open", "to hold another round of talks within months",
                         "to expand flights between the two countries", "to cooperate on counternarcotics"))
    return _Meeting(id=f"m{m_index:05d}", day=day, place=place, format=fmt, portfolio=portfolio, sides=sides,
                    topics=topics, hours=rng.randint(2, 9), agreed=agreed, coverage=coverage, host_country=host)


# --------------------------------------------------------------------------- article


def _article(rng, index, meeting: _Meeting, k, outlet, domain, style, others, bodies):
    preview = rng.random() < 0.05
    if preview:
        published = meeting.day - timedelta(days=rng.randint(2, 9))
    else:
        published = meeting.day + timedelta(days=rng.choices((0, 1, 2, 3), weights=(45, 40, 10, 5))[0])
    tag = hashlib.sha256(f"{index}:{meeting.id}:{outlet}".encode()).hexdigest()[:16]
    spec = ArticleSpec(file=f"{index:05d}_{tag}.txt", outlet=outlet, outlet_known=outlet not in UNKNOWN_OUTLETS,
                       published=published.isoformat(), meeting=meeting.id, meeting_date=meeting.day.isoformat(),
                       place=meeting.place, format=meeting.format,
                       participants=sorted(p.name for p, _ in meeting.sides), people=[], preview=preview)

    # The facts as this article tells them (maybe wrong in one respect).
    told = _Told(meeting)
    if not preview and k > 0 and rng.random() < 0.28:
        kind = rng.choice(DISCREPANCY_KINDS)
        if told.distort(rng, kind):
            spec.discrepancies.append(kind)

    reprint_of = None
    if k > 0 and bodies and rng.random() < 0.03:
        # A wire story reprinted verbatim (same body, another outlet's wrapping).
        candidates = [f for f, (mid, _h, _p) in bodies.items() if mid == meeting.id]
        if candidates:
            reprint_of = candidates[0]
    if reprint_of:
        _mid, headline, paragraphs = bodies[reprint_of]
        spec.copy_of = reprint_of
        spec.discrepancies = []
    else:
        headline, paragraphs = _body(rng, told, published, preview, style, outlet)
        if style == "wire":
            bodies[spec.file] = (meeting.id, headline, paragraphs)
    spec.people = sorted({p.name for p, _ in told.sides} | set(told.mentioned))
    spec.words = sum(len(p.split()) for p in paragraphs)

    lines = _wrap(rng, spec, headline, paragraphs, published, outlet, domain, style, told)
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.01:
        spec.curator = True
        text = f"---\ntitle: {headline.replace(':', ' -')}\noutlet: {outlet}\npublished: {published.isoformat()}\n---\n" + text
    if rng.random() < 0.1:
        spec.newline = "\r\n"
        text = text.replace("\n", "\r\n")
    spec.encoding = _pick_encoding(rng, style)
    try:
        raw = text.encode(spec.encoding)
    except UnicodeEncodeError:
        spec.encoding = "utf-8"
        raw = text.encode("utf-8")
    if spec.encoding in ("utf-16",):
        pass  # Python writes a BOM for utf-16
    return spec, raw


def _pick_encoding(rng, style) -> str:
    roll = rng.random()
    if style in ("cn_state", "cn_portal") and roll < 0.12:
        return "gb18030"
    if roll < 0.85:
        return "utf-8"
    if roll < 0.90:
        return "utf-8-sig"
    if roll < 0.94:
        return "utf-16"
    return "cp1252"


class _Told:
    """The meeting as one article reports it."""

    def __init__(self, m: _Meeting) -> None:
        self.m = m
        self.day = m.day
        self.place = m.place
        self.format = m.format
        self.hours = m.hours
        self.agreed = True
        self.sides = list(m.sides)
        self.mentioned: list[str] = []

    def distort(self, rng, kind: str) -> bool:
        if kind == "person":
            # The predecessor in the same office: the classic wrong title.
            for i, (person, term) in enumerate(self.sides):
                cast = US_CAST if person.country == "US" else CN_CAST if person.country == "CN" else ()
                before = [(p, t) for p in cast for t in p.terms
                          if t.office == term.office and t.end <= self.m.day and p is not person]
                if before:
                    self.sides[i] = max(before, key=lambda pt: pt[1].end)
                    return True
            return False
        if kind == "date":
            self.day = self.m.day + timedelta(days=rng.choice((-1, 1)))
            return True
        if kind == "place":
            self.place = rng.choice([p for p in PLACES if p != self.m.place])
            return True
        if kind == "format":
            self.format = "video" if self.m.format == "in person" else "in person"
            return True
        if kind == "number":
            self.hours = self.m.hours + rng.choice((-1, 1, 2))
            return True
        if kind == "claim":
            self.agreed = False
            return True
        return False


def _role(rng, person: Official, term: Term) -> str:
    return rng.choice(term.forms)


def _date_phrase(rng, day: date, published: date) -> str:
    delta = (published - day).days
    options = [f"on {MONTHS[day.month - 1]} {day.day}", f"on {MONTHS_AP[day.month - 1]} {day.day}",
               f"on {day.day} {MONTHS[day.month - 1]}"]
    if 0 < delta < 6:
        options += [f"on {WEEKDAYS[day.weekday()]}"] * 3
    if delta == 1:
        options.append("yesterday")
    if delta == 0:
        options.append("on " + WEEKDAYS[day.weekday()])
    if delta < 0:
        options = [f"next {WEEKDAYS[day.weekday()]}" if -delta < 7 else f"on {MONTHS[day.month - 1]} {day.day}"]
    return rng.choice(options)


def _fmt_phrase(rng, fmt: str) -> str:
    return {"in person": rng.choice(("in person", "face to face", "in talks")),
            "video": rng.choice(("by video link", "in a video call", "in a virtual meeting")),
            "phone": rng.choice(("by phone", "in a phone call", "in a telephone conversation"))}[fmt]


def _body(rng, told: _Told, published: date, preview: bool, style: str, outlet: str) -> tuple[str, list[str]]:
    m = told.m
    (a, at), (b, bt) = told.sides[0], told.sides[1]
    extra = told.sides[2:]
    a_role, b_role = _role(rng, a, at), _role(rng, b, bt)
    when = _date_phrase(rng, told.day, published)
    fmt = _fmt_phrase(rng, told.format)
    topic, topic2, topic3 = (m.topics + m.topics)[:3]
    sa, sb = a.surname, b.surname
    verb = "will meet" if preview else rng.choice(("met", "held talks with", "sat down with", "spoke with"))
    if told.format != "in person" and not preview:
        verb = rng.choice(("spoke with", "held talks with"))

    headline = rng.choice((
        f"{a_role.split('|')[0]} {a.name} {'to meet' if preview else 'meets'} {b.name} as tensions over {topic} simmer",
        f"{sa} and {sb} {'to discuss' if preview else 'discuss'} {topic} in {told.place}",
        f"{b.country if b.country not in ('US', 'CN') else ('China' if b.country == 'CN' else 'US')} and "
        f"{a.country if a.country not in ('US', 'CN') else ('US' if a.country == 'US' else 'China')} seek common ground on {topic}",
        f"{sa} urges {sb} to act on {topic}{' ahead of talks' if preview else ' during talks'}",
        f"Top officials {'prepare for' if preview else 'hold'} talks on {topic} and {topic2}",
        f"{sb} tells {sa} relations must get back on track",
    ))
    if rng.random() < 0.15:
        headline = headline.upper() if style == "blog" else headline.title()

    place_clause = f" in {told.place}" if told.format == "in person" else ""
    lead = rng.choice((
        f"{a_role} {a.name} {verb} {b_role} {b.name}{place_clause} {when}, {_purpose(rng, topic)}.",
        f"{b_role} {b.name} {verb} {a_role} {a.name} {fmt}{place_clause} {when} as both sides {_purpose(rng, topic, plain=True)}.",
        f"{a.name}, the {a_role}, {verb} {b.name}{place_clause} {when} for talks that covered {topic}, {topic2} and {topic3}.",
    ))
    paragraphs = [lead]
    if extra:
        c, ct = extra[0]
        paragraphs.append(f"{_role(rng, c, ct)} {c.name} also took part in the {fmt} meeting, according to officials.")
    if not preview:
        paragraphs.append(rng.choice((
            f"The two sides talked for about {NUMBER_WORDS[max(0, told.hours - 2)]} hours, officials said, {fmt}.",
            f"The meeting, held {fmt}, lasted {told.hours} hours and ran past its scheduled time.",
            f"Officials said the talks lasted {NUMBER_WORDS[max(0, told.hours - 2)]} hours and touched on {topic2}.",
        )))
        if told.agreed:
            paragraphs.append(f"Both sides agreed {m.agreed}, according to a statement released after the meeting.")
        else:
            paragraphs.append(f"The two sides did not agree {m.agreed}, a person familiar with the discussions said, "
                              f"despite expectations before the meeting.")
    # Quotes, background, analysis: paragraphs of one to three sentences until
    # the body is 400-700 words; a sentence never repeats within an article.
    target = rng.randint(400, 700)
    spokesperson = rng.choice(SPOKESPEOPLE)
    told.mentioned = []
    def t1():
        return _alias(rng, topic)

    def t2():
        return _alias(rng, topic2)

    def t3():
        return _alias(rng, topic3)

    pool = [
        lambda: _quote(rng, sa, t1(), t2()),
        lambda: _quote(rng, sb, t2(), t3()),
        lambda: _background(rng, t1(), t2(), a, b),
        lambda: _background(rng, t3(), t1(), b, a),
        lambda: _analysis(rng, t1(), t2()),
        lambda: _spokes(rng, spokesperson, t1(), told),
        lambda: _history(rng, sa, sb, m.day),
        lambda: _detail(rng, t2(), t3(), told.place),
        lambda: _context(rng, t1(), t2(), t3()),
    ]
    paragraphs = [paragraphs[0]] + [_vary(rng, p) for p in paragraphs[1:]]
    used = set(paragraphs)
    stock = {}  # each stock template at most twice an article: most of the text is composed
    guard = 0
    while sum(len(p.split()) for p in paragraphs) < target and guard < 200:
        guard += 1
        sentences = []
        for _ in range(rng.choices((1, 2, 3), weights=(3, 4, 2))[0]):
            pick = rng.randrange(len(pool))
            if rng.random() < 0.65 or stock.get(pick, 0) >= 2:
                sentence = _compose(rng, sa, sb, t1(), t2())
            else:
                stock[pick] = stock.get(pick, 0) + 1
                sentence = _vary(rng, pool[pick]())
            if sentence not in used:
                used.add(sentence)
                sentences.append(sentence)
        if sentences:
            paragraphs.append(" ".join(sentences))
    while len(paragraphs) > 3 and sum(len(p.split()) for p in paragraphs) > 700:
        paragraphs.pop()
    return headline, paragraphs


_ADJ = ("candid", "constructive", "in-depth", "frank", "productive", "substantive", "pragmatic", "tense", "wide-ranging",
        "cordial", "difficult", "businesslike", "open", "detailed", "positive", "sober", "long-awaited", "closely watched")
_VERBS = ("stressed", "emphasised", "underlined", "warned", "noted", "argued", "insisted", "acknowledged", "reiterated",
          "pointed out", "cautioned", "observed", "maintained")
_NOUNS = ("dialogue", "guardrails", "stability", "cooperation", "competition", "communication", "trust", "red lines",
          "mutual respect", "de-escalation", "transparency", "predictability", "engagement", "consultation")


def _purpose(rng, topic: str, plain: bool = False) -> str:
    if plain:  # "as both sides ..."
        return rng.choice((f"sought to ease tensions over {topic}", f"looked for {rng.choice(_NOUNS)} on {topic}",
                           f"tried to put a floor under ties strained by {topic}"))
    return rng.choice((f"seeking to ease tensions over {topic}", f"looking for {rng.choice(_NOUNS)} on {topic}",
                       f"aiming to put a floor under ties strained by {topic}",
                       f"in the latest sign that the two sides want to keep talking about {topic}"))


def _quote(rng, speaker: str, topic: str, topic2: str) -> str:
    adj, noun, verb = rng.choice(_ADJ), rng.choice(_NOUNS), rng.choice(_VERBS)
    return rng.choice((
        f"\"We had a {adj} discussion about {topic}, and we were clear about where we stand,\" {speaker} told reporters afterwards.",
        f"{speaker} {verb} that {noun} on {topic} was \"in the interest of both our peoples and of the world.\"",
        f"\"There are real differences between us on {topic2}, and we did not paper over them,\" {speaker} said, describing the talks as {adj}.",
        f"Speaking after the meeting, {speaker} said the two sides had \"a lot of work ahead\" on {topic} but that {noun} had improved.",
        f"{speaker} {verb} the importance of {noun}, saying that \"managing competition responsibly\" required regular contact on {topic2}.",
        f"\"Our hope is that this meeting can be the beginning of a new chapter on {topic},\" {speaker} said in opening remarks.",
    ))


def _background(rng, topic: str, topic2: str, a: Official, b: Official) -> str:
    year = rng.randint(2012, 2024)
    pct = rng.randint(3, 60)
    return rng.choice((
        f"Relations between the two countries have been strained over {topic}, {topic2} and a string of incidents since {year}, "
        f"with each side accusing the other of {rng.choice(('coercion', 'hypocrisy', 'bad faith', 'provocation', 'protectionism'))}.",
        f"Trade between the two economies fell by about {pct} percent in the year to {MONTHS[rng.randrange(12)]}, "
        f"according to customs figures, as companies weighed the risks of {topic2}.",
        f"{a.surname}'s visit follows months of {rng.choice(_ADJ)} preparation by officials on both sides, who have "
        f"exchanged proposals on {topic} and {topic2} through working-level channels.",
        f"Analysts say the meeting is unlikely to resolve the dispute over {topic}, but that a {rng.choice(_ADJ)} exchange "
        f"could prevent a misunderstanding from turning into a crisis.",
        f"{b.surname} has previously criticised what {rng.choice(('he', 'she', 'officials'))} called the "
        f"{rng.choice(('politicisation', 'weaponisation', 'securitisation'))} of {topic2}, a theme echoed in state media.",
        f"The last {rng.choice(('round', 'set', 'series'))} of talks at this level took place in {rng.choice(PLACES)} in {year}, "
        f"when the two sides {rng.choice(('agreed to', 'failed to', 'pledged to'))} {rng.choice(('restore', 'expand', 'review'))} "
        f"contacts on {topic}.",
    ))


def _analysis(rng, topic: str, topic2: str) -> str:
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    org = rng.choice(ANALYST_ORGS)
    return rng.choice((
        f"\"Both sides need to show their domestic audiences that engagement on {topic} delivers something,\" said {name}, "
        f"a senior fellow at {org}.",
        f"{name} of {org} said the choice of venue and the length of the talks suggested both governments wanted "
        f"{rng.choice(_NOUNS)} ahead of {rng.choice(('elections', 'a summit', 'the party congress', 'the G20', 'APEC'))}.",
        f"According to {name}, a researcher at {org}, the real test will be whether working groups on {topic2} meet "
        f"regularly over the coming {rng.choice(NUMBER_WORDS)} months.",
    ))


def _spokes(rng, name: str, topic: str, told: _Told) -> str:
    told.mentioned.append(name)
    return rng.choice((
        f"Chinese foreign ministry spokesperson {name} told a regular briefing that Beijing \"firmly opposes\" "
        f"interference on {topic} and hoped Washington would \"meet China halfway.\"",
        f"At a press conference, foreign ministry spokesperson {name} said the talks were \"{rng.choice(_ADJ)} and "
        f"{rng.choice(_ADJ)}\" and that both sides had agreed to stay in touch.",
    ))


def _history(rng, sa: str, sb: str, day: date) -> str:
    months = rng.randint(2, 30)
    return rng.choice((
        f"It was the {rng.choice(('first', 'second', 'third', 'fourth'))} meeting between {sa} and {sb} in {months} months.",
        f"{sa} and {sb} last met {rng.choice(NUMBER_WORDS)} months ago on the sidelines of a multilateral summit in "
        f"{rng.choice(PLACES)}.",
        f"The meeting came {months} weeks after the two sides {rng.choice(('traded sanctions', 'exchanged letters', 'held a phone call', 'announced new tariffs'))}.",
    ))


_SECTORS = ("semiconductors", "agriculture", "shipping", "pharmaceuticals", "aviation", "batteries", "steel", "software",
            "tourism", "education", "fisheries", "critical minerals", "telecommunications", "financial services")
_PLACES_WIDE = ("the Taiwan Strait", "the East China Sea", "the Pacific islands", "Southeast Asia", "Central Asia",
                "the Horn of Africa", "Latin America", "the Arctic", "the Gulf", "the Indian Ocean", "Europe")


def _context(rng, topic: str, topic2: str, topic3: str) -> str:
    sector, other = rng.sample(_SECTORS, 2)
    region = rng.choice(_PLACES_WIDE)
    n = rng.randint(2, 48)
    return rng.choice((
        f"Companies in {sector} and {other} have lobbied both governments to keep {topic} separate from wider disputes.",
        f"Diplomats in {region} are watching the talks closely, since any thaw on {topic2} would ripple through regional supply chains.",
        f"The {sector} industry alone accounts for roughly ${n} billion in annual bilateral trade, industry estimates show.",
        f"Lawmakers in Washington have introduced at least {n} bills touching on {topic} this session, several aimed at {sector}.",
        f"State media gave the meeting prominent coverage, running commentaries that linked {topic3} to the future of {sector}.",
        f"Naval activity in {region} has increased over the past {rng.choice(NUMBER_WORDS)} years, a trend officials cited when discussing {topic}.",
        f"Former officials said a durable arrangement on {topic2} would take years, pointing to earlier talks on {other}.",
        f"Exporters of {sector} reported a {n} percent drop in orders, which some attributed to uncertainty over {topic}.",
    ))


_SUBJECTS = ("Officials in {capital}", "{sa}", "{sb}", "The {nat} delegation", "Several analysts", "Business leaders in {city}",
             "Diplomats from {region}", "A senior {nat} official", "Lawmakers in {capital}", "Market watchers", "Both governments",
             "Critics of the policy", "Supporters of engagement", "Researchers at {org}", "Commentators on state television",
             "Officials familiar with {topic}", "Aides to {sa}", "People close to {sb}", "Regional governments", "Trade groups",
             "Veteran negotiators", "Military planners", "Allies in {region}", "Investors in {city}", "Party newspapers",
             "Opposition politicians", "Former ambassadors", "Foreign chambers of commerce", "Academics in {city}", "Editorial writers")
_VERBS = ("have long argued that", "now believe that", "privately concede that", "warned on {weekday} that", "insist that",
          "are betting that", "fear that", "say openly that", "suggested that", "doubt that", "expect that", "accept that",
          "have signalled that", "told {outlet_ref} that", "wrote in a commentary that", "have hinted that", "estimate that",
          "are convinced that", "worry that", "predicted that", "reckon that", "acknowledged on {weekday} that",
          "have complained that", "point out that", "caution that", "hope that", "stressed in interviews that")
_CLAUSE_SUBJECTS = ("progress on {topic}", "any deal on {topic2}", "a new mechanism for {topic}", "the dispute over {topic2}",
                    "cooperation on {topic}", "the {adj} tone of the talks", "pressure from {group}", "the timing of the visit",
                    "a follow-up meeting", "the joint working group", "a summit later this year", "the truce on {topic2}",
                    "talk of a reset", "the promised hotline", "the pledge on {topic}", "the next round", "easing {topic2}",
                    "a compromise on {topic}", "the quiet channel between aides", "the mood in {city}", "{sa}'s approach",
                    "{sb}'s rhetoric", "the language of the readout", "the handshake in {city}")
_PREDICATES = ("will depend on {factor}", "remains {adj2}", "could unravel quickly", "has little support in {capital}",
               "may take {n} years", "is long overdue", "should not be overstated", "is tied to {topic2}", "reflects {factor}",
               "owes much to {factor}", "looks {adj2} for now", "would need the backing of {group}", "is vulnerable to {factor}",
               "matters more than the communiqué", "was a surprise to many", "has been years in the making",
               "will be judged by results", "marks a shift from {year}", "mirrors the approach of {year}",
               "cannot survive {factor}", "signals {adj} intentions", "suits both leaderships", "is a concession to {group}",
               "has angered {group}", "buys time rather than trust", "was negotiated over {n} rounds")
_ADJUNCTS = ("", "", "", " before the end of the year", ", given {factor}", " despite {factor}", " in the short term",
             ", at least for now", " after {factor}", " by {month}", ", whatever the readouts say", " in {region}",
             " unless {factor} intervenes", ", according to people briefed on the matter", " over the next {n} months")
_FACTORS = ("domestic politics", "the upcoming election", "slowing growth", "pressure from industry", "military incidents",
            "sanctions", "supply-chain shifts", "public opinion", "alliance commitments", "the budget cycle", "a leadership reshuffle",
            "currency swings", "the property slump", "congressional hearings", "a spy balloon episode", "export data",
            "nationalist sentiment", "court rulings", "the party congress", "a campaign season", "energy prices",
            "a string of cyberattacks", "collisions at sea", "student visa rules", "local elections", "a security law")
_GROUPS = ("hawks in Congress", "the military", "farm lobbies", "chipmakers", "automakers", "human rights groups", "allies",
           "provincial leaders", "state-owned banks", "small exporters", "the intelligence community", "labour unions")
_ADJ2 = ("fragile", "uncertain", "promising", "modest", "symbolic", "tentative", "reversible", "unclear", "limited", "cautious")
_REGIONS = ("Southeast Asia", "Europe", "the Gulf", "Latin America", "Africa", "the Pacific", "South Asia", "Central Asia")
_CITIES = ("Shanghai", "Shenzhen", "Hong Kong", "Singapore", "Tokyo", "Seoul", "Frankfurt", "London", "Chicago", "Houston",
           "Guangzhou", "Taipei", "Sydney", "Mumbai", "Dubai", "Jakarta")


def _compose(rng: random.Random, sa: str, sb: str, topic: str, topic2: str) -> str:
    """A sentence put together from short parts: varied the way real coverage is."""
    fill = {
        "sa": sa, "sb": sb, "topic": topic, "topic2": topic2, "capital": rng.choice(("Washington", "Beijing")),
        "nat": rng.choice(("American", "Chinese", "US", "Chinese")), "city": rng.choice(_CITIES), "region": rng.choice(_REGIONS),
        "org": rng.choice(ANALYST_ORGS), "weekday": rng.choice(WEEKDAYS), "adj": rng.choice(_ADJ), "adj2": rng.choice(_ADJ2),
        "group": rng.choice(_GROUPS), "factor": rng.choice(_FACTORS), "n": rng.choice(NUMBER_WORDS),
        "year": str(rng.randint(2001, 2024)), "month": rng.choice(MONTHS),
        "outlet_ref": rng.choice(("reporters", "this newspaper", "local media", "a news agency", "a podcast", "students")),
    }
    sentence = (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_CLAUSE_SUBJECTS)} "
                f"{rng.choice(_PREDICATES)}{rng.choice(_ADJUNCTS)}.").format(**fill)
    return sentence[0].upper() + sentence[1:]


def _detail(rng, topic2: str, topic3: str, place: str) -> str:
    return rng.choice((
        f"Officials said the agenda also included {topic3}, though neither side gave details of what was said about it.",
        f"Security was tight around the venue in {place}, where delegations arrived in motorcades shortly before 9 a.m.",
        f"A joint readout was not issued; each side published its own summary, with {rng.choice(('the American', 'the Chinese'))} "
        f"version putting more weight on {topic2}.",
        f"Business groups welcomed the meeting, saying uncertainty over {topic2} had delayed investment decisions.",
    ))


# --------------------------------------------------------------------------- variety
# Template sentences would make unrelated articles share long runs of words
# (a fifth of their word 5-grams), which real coverage does not (a few per
# cent): that would flatter or punish any near-duplicate detector. Each word
# below is swapped for a synonym about half the time, and sentences get
# varied openers, which brings the overlap of unrelated articles down to
# realistic levels (see tests/test_benchmark_generator.py).

_SYNONYMS = {
    "said": ("said", "stated", "added", "noted", "remarked", "told reporters"), "told": ("told", "informed", "assured"),
    "meeting": ("meeting", "talks", "session", "encounter", "discussion"), "talks": ("talks", "discussions", "negotiations", "consultations"),
    "officials": ("officials", "diplomats", "aides", "government sources", "people briefed on the talks"),
    "both": ("both", "the two"), "sides": ("sides", "parties", "delegations", "governments", "camps"),
    "relations": ("relations", "ties", "the relationship", "bilateral ties"), "countries": ("countries", "nations", "powers", "governments"),
    "important": ("important", "crucial", "vital", "essential", "key"), "agreed": ("agreed", "pledged", "committed", "consented"),
    "hoped": ("hoped", "expected", "wished"), "strained": ("strained", "tense", "fraught", "frayed", "troubled"),
    "also": ("also", "additionally", "further", "likewise"), "however": ("however", "but", "still", "yet"),
    "after": ("after", "following", "in the wake of"), "before": ("before", "ahead of", "prior to"),
    "during": ("during", "in the course of", "throughout"), "about": ("about", "around", "roughly", "some", "nearly"),
    "months": ("months",), "issue": ("issue", "question", "matter", "problem", "dispute"),
    "world": ("world", "globe", "international community"), "economies": ("economies", "economic powers", "markets"),
    "previously": ("previously", "earlier", "in the past", "repeatedly"), "criticised": ("criticised", "criticized", "condemned", "attacked", "denounced"),
    "called": ("called", "described as", "termed"), "analysts": ("analysts", "observers", "experts", "scholars", "commentators"),
    "unlikely": ("unlikely", "not expected", "improbable"), "resolve": ("resolve", "settle", "end", "fix"),
    "could": ("could", "might", "may", "would"), "prevent": ("prevent", "stop", "keep", "avert"),
    "crisis": ("crisis", "confrontation", "clash", "conflict", "standoff"), "real": ("real", "genuine", "actual", "true"),
    "test": ("test", "measure", "yardstick", "proof"), "whether": ("whether", "if"), "regularly": ("regularly", "often", "routinely", "frequently"),
    "coming": ("coming", "next", "following"), "firmly": ("firmly", "resolutely", "strongly", "staunchly"), "opposes": ("opposes", "rejects", "objects to"),
    "regular": ("regular", "routine", "daily", "scheduled"), "briefing": ("briefing", "press conference", "news conference"),
    "touch": ("touch", "contact", "communication"), "weeks": ("weeks",), "venue": ("venue", "site", "hotel", "guesthouse", "compound"),
    "tight": ("tight", "heavy", "strict", "visible"), "arrived": ("arrived", "pulled up", "turned up", "came"),
    "shortly": ("shortly", "just", "minutes"), "agenda": ("agenda", "schedule", "programme", "list of topics"),
    "included": ("included", "covered", "featured", "took in"), "details": ("details", "specifics", "particulars", "an account"),
    "published": ("published", "released", "issued", "put out"), "summary": ("summary", "readout", "statement", "account"),
    "weight": ("weight", "emphasis", "stress", "focus"), "welcomed": ("welcomed", "praised", "applauded", "cheered"),
    "uncertainty": ("uncertainty", "doubts", "ambiguity", "confusion"), "delayed": ("delayed", "held up", "stalled", "postponed"),
    "investment": ("investment", "spending", "expansion", "hiring"), "decisions": ("decisions", "plans", "choices", "commitments"),
    "companies": ("companies", "firms", "businesses", "manufacturers", "exporters"), "lobbied": ("lobbied", "pressed", "urged", "asked"),
    "keep": ("keep", "hold", "maintain"), "separate": ("separate", "apart", "insulated", "distinct"), "wider": ("wider", "broader", "larger", "other"),
    "disputes": ("disputes", "quarrels", "rows", "frictions", "tensions"), "diplomats": ("diplomats", "envoys", "officials", "ambassadors"),
    "watching": ("watching", "following", "monitoring", "tracking"), "closely": ("closely", "carefully", "intently", "nervously"),
    "thaw": ("thaw", "easing", "improvement", "détente"), "ripple": ("ripple", "spread", "echo", "reverberate"),
    "through": ("through", "across", "along"), "regional": ("regional", "local", "Asian", "global"),
    "alone": ("alone", "by itself", "on its own"), "accounts": ("accounts", "is responsible", "makes up"),
    "roughly": ("roughly", "about", "approximately", "around", "some"), "annual": ("annual", "yearly", "per-year"),
    "estimates": ("estimates", "figures", "data", "calculations"), "show": ("show", "suggest", "indicate"),
    "lawmakers": ("lawmakers", "legislators", "members of Congress", "senators"), "introduced": ("introduced", "proposed", "filed", "tabled"),
    "several": ("several", "many", "a number", "some"), "aimed": ("aimed", "targeted", "directed"),
    "coverage": ("coverage", "attention", "airtime", "space"), "prominent": ("prominent", "extensive", "front-page", "wide"),
    "running": ("running", "publishing", "carrying", "airing"), "linked": ("linked", "tied", "connected"),
    "future": ("future", "prospects", "fate", "outlook"), "activity": ("activity", "patrols", "deployments", "exercises"),
    "increased": ("increased", "grown", "risen", "intensified", "expanded"), "trend": ("trend", "pattern", "development", "shift"),
    "cited": ("cited", "mentioned", "raised", "pointed to"), "discussing": ("discussing", "addressing", "debating", "raising"),
    "former": ("former", "retired", "ex-"), "durable": ("durable", "lasting", "stable", "long-term"),
    "arrangement": ("arrangement", "deal", "agreement", "understanding", "framework"), "take": ("take", "require", "need"),
    "pointing": ("pointing", "referring", "alluding"), "earlier": ("earlier", "previous", "prior", "past"),
    "exporters": ("exporters", "suppliers", "producers", "sellers"), "reported": ("reported", "recorded", "saw", "posted"),
    "drop": ("drop", "fall", "decline", "slump"), "orders": ("orders", "sales", "demand", "bookings"),
    "attributed": ("attributed", "blamed", "linked"), "need": ("need", "have", "must try"),
    "domestic": ("domestic", "home", "local"), "audiences": ("audiences", "publics", "constituencies", "voters"),
    "engagement": ("engagement", "dialogue", "diplomacy", "contact"), "delivers": ("delivers", "produces", "yields", "brings"),
    "something": ("something", "results", "tangible gains", "benefits"), "senior": ("senior", "leading", "veteran"),
    "fellow": ("fellow", "researcher", "analyst", "scholar"), "choice": ("choice", "selection", "pick"),
    "length": ("length", "duration"), "suggested": ("suggested", "showed", "indicated", "signalled"),
    "governments": ("governments", "capitals", "administrations", "leaderships"), "wanted": ("wanted", "sought", "hoped for", "desired"),
    "researcher": ("researcher", "professor", "fellow", "specialist"), "according": ("according",),
    "trade": ("trade", "commerce"), "fell": ("fell", "dropped", "declined", "shrank", "slid"), "year": ("year", "twelve months"),
    "figures": ("figures", "data", "statistics", "numbers"), "weighed": ("weighed", "assessed", "considered", "priced in"),
    "risks": ("risks", "dangers", "costs", "hazards"), "visit": ("visit", "trip", "tour", "mission"),
    "follows": ("follows", "comes after", "caps"), "preparation": ("preparation", "groundwork", "planning", "spadework"),
    "exchanged": ("exchanged", "traded", "swapped", "shared"), "proposals": ("proposals", "ideas", "drafts", "position papers"),
    "channels": ("channels", "lines", "avenues", "mechanisms"), "accusing": ("accusing", "blaming", "charging", "faulting"),
    "string": ("string", "series", "run", "succession"), "incidents": ("incidents", "episodes", "confrontations", "rows"),
    "echoed": ("echoed", "repeated", "amplified", "picked up"), "state": ("state", "official", "government-run"),
    "media": ("media", "outlets", "press", "broadcasters"), "discussion": ("discussion", "exchange", "conversation", "dialogue"),
    "clear": ("clear", "explicit", "direct", "plain"), "stand": ("stand", "are", "come down"),
    "afterwards": ("afterwards", "later", "after the talks", "at the end of the day"), "interest": ("interest", "benefit", "favour"),
    "peoples": ("peoples", "nations", "citizens"), "differences": ("differences", "disagreements", "gaps", "divisions"),
    "describing": ("describing", "calling", "characterising", "labelling"), "speaking": ("speaking", "talking"),
    "lot": ("lot", "great deal", "good deal"), "work": ("work", "effort", "negotiating", "groundwork"),
    "ahead": ("ahead", "to do", "still to do"), "improved": ("improved", "got better", "advanced", "progressed"),
    "importance": ("importance", "value", "need", "necessity"), "managing": ("managing", "handling", "governing"),
    "competition": ("competition", "rivalry", "contest"), "responsibly": ("responsibly", "carefully", "prudently", "sensibly"),
    "required": ("required", "demanded", "needed", "called for"), "contact": ("contact", "communication", "dialogue", "talks"),
    "hope": ("hope", "aim", "wish", "expectation"), "beginning": ("beginning", "start", "opening", "first step"),
    "chapter": ("chapter", "phase", "era", "stage"), "opening": ("opening", "introductory", "initial", "prepared"),
    "remarks": ("remarks", "comments", "statements"),
}
_OPENERS = ("", "", "", "", "Separately, ", "Meanwhile, ", "At the same time, ", "In a statement, ", "Notably, ",
            "On the other hand, ", "By some accounts, ", "For now, ", "Behind closed doors, ", "Publicly, ",
            "As expected, ", "Tellingly, ", "In the meantime, ", "Above all, ")
_TOKEN = re.compile(r"[A-Za-z]+|[^A-Za-z]+")


def _vary(rng: random.Random, sentence: str) -> str:
    """The sentence with about half of its common words swapped for synonyms, and maybe an opener."""
    out = []
    for token in _TOKEN.findall(sentence):
        options = _SYNONYMS.get(token)
        out.append(rng.choice(options) if options and rng.random() < 0.55 else token)
    text = "".join(out)
    opener = rng.choice(_OPENERS)
    if opener and text[:1].isupper() and not text.startswith('"'):
        text = opener + (text if text.split(" ", 1)[0].isupper() or _is_name_start(text) else text[0].lower() + text[1:])
    return text


_REFERENCES = ("the issue", "that question", "the matter", "this dispute", "the subject", "it", "that file",
               "the topic", "these questions", "the problem")


def _alias(rng: random.Random, topic: str) -> str:
    """A topic as the second and later mentions name it: in full a third of the time."""
    roll = rng.random()
    if roll < 0.35:
        return topic
    if roll < 0.6:
        words = topic.split()
        return " ".join(words[-2:]) if len(words) > 2 else topic
    return rng.choice(_REFERENCES)


def _is_name_start(text: str) -> bool:
    """A sentence opening with a proper name keeps its capital after an opener."""
    first = text.split(" ", 1)[0]
    return first not in ("The", "It", "Both", "A", "At", "Speaking", "According", "Trade", "Relations", "Analysts",
                         "Officials", "Security", "Business", "Companies", "Diplomats", "Lawmakers", "State", "Naval",
                         "Former", "Exporters")


# --------------------------------------------------------------------------- the mess


def _wrap(rng, spec: ArticleSpec, headline, paragraphs, published: date, outlet, domain, style, told) -> list[str]:
    """The body inside the outlet's junk, as a scraper would have saved it."""
    mess: list[str] = []
    top: list[str] = []
    bottom: list[str] = []
    mid_junk: list[str] = []
    slug = "-".join(headline.lower().split()[:8]).strip("-").replace("'", "").replace(",", "").replace(":", "")
    url = f"https://www.{domain}/world/{published:%Y/%m/%d}/{slug}"
    # The outlet's own repeated lines (the same in every article of that outlet).
    house = random.Random(f"house:{outlet}")
    nav = " | ".join(house.sample(["Home", "World", "China", "Asia", "US", "Politics", "Business", "Opinion", "Video",
                                   "Markets", "Tech", "Climate", "Sport", "Culture", "Podcasts"], k=7))

    def add(kind, where, *lines):
        mess.append(kind)
        where.extend(lines)

    if style != "cn_state" and rng.random() < 0.12:
        add("unrelated_headline", top, rng.choice((
            "City buses to get GPS trackers as commuters complain of delays",
            "Markets close higher as tech stocks rally for a third day",
            "Heatwave: schools closed in three districts until Friday",
            "Cricket: hosts clinch series with a day to spare",
            "Five things to know before the market opens today")))
    if rng.random() < 0.5:
        add("navigation", top, nav)
    if style == "blog":
        add("date_line", top, f" date {published.isoformat()} Home » {headline}")
        mess.append("breadcrumb")
    elif style in ("paper", "broadcaster", "euro") and rng.random() < 0.5:
        add("breadcrumb", top, f"Home » World » Asia » {headline}" if rng.random() < 0.5 else "Home > News > World")
    if rng.random() < 0.35:
        add("url", top, url)
    if style == "cn_state":
        top.append(headline)
        add("date_line", top, f"Source: {outlet}| {published.isoformat()} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}|Editor: {rng.choice(('huaxia', 'Liu', 'Wang', 'zh'))}")
    else:
        if style != "blog":
            top.append(headline)
        if rng.random() < 0.9:  # some articles carry no date at all
            stamp = rng.choice((f"{MONTHS[published.month - 1]} {published.day}, {published.year}",
                                f"{published.day} {MONTHS[published.month - 1]} {published.year}",
                                f"Published: {published.isoformat()}",
                                f"Updated {MONTHS_AP[published.month - 1]} {published.day}, {published.year} "
                                f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('a.m.', 'p.m.'))} ET"))
            add("date_line", top, stamp)
        else:
            spec.published = None
    if style in ("wire", "paper") or rng.random() < 0.3:
        r1, r2 = rng.sample(REPORTERS, 2)
        add("byline", top, f"By {r1}" + (f" and {r2}" if rng.random() < 0.4 else ""))
    if style == "wire" and rng.random() < 0.6:
        top.append(f"{rng.randint(2, 6)} minute read")

    # Dateline on the first paragraph, wire style.
    body = list(paragraphs)
    if style in ("wire", "cn_state") and body:
        city = (told.place if told.format == "in person" else "WASHINGTON").upper()
        tag = WIRE_TAG.get(outlet, outlet)
        dash = "--" if style == "cn_state" else rng.choice(("-", "—", "–"))
        body[0] = f"{city}, {MONTHS_AP[published.month - 1]} {published.day} ({tag}) {dash} {body[0]}"

    # Junk between paragraphs.
    if rng.random() < 0.45:
        credit = rng.choice((f"Credit:{outlet}", f"Photo: {rng.choice(('AFP', 'Reuters', 'Getty Images', 'Xinhua', 'AP'))}",
                             f"(Photo by {rng.choice(REPORTERS)}/{rng.choice(('AFP', 'Getty Images', 'Pool'))})",
                             "FILE PHOTO: Flags are seen before a meeting. REUTERS/Pool/File Photo"))
        add("credit", mid_junk, credit, *([credit] if rng.random() < 0.4 else []))
    if rng.random() < 0.35:
        add("advert", mid_junk, rng.choice(("Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                                            "Scroll to continue with content")))
    if rng.random() < 0.3:
        add("related", mid_junk, rng.choice(("Also Read | ", "READ MORE: ", "Related: ")) + rng.choice((
            "Why the chip war is only getting started", "Five takeaways from the summit",
            "Explained: what the new tariffs mean", "Opinion: engagement is not appeasement")))
    if style in ("wire", "cn_portal") and rng.random() < 0.5:
        add("ticker", mid_junk, rng.choice((
            f"BREAKING | {rng.choice(('Oil prices', 'Gold', 'The yuan', 'Asian shares'))} {rng.choice(('rise', 'fall', 'steady'))} "
            f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%",
            f"Markets | S&P 500 {rng.randint(3000, 5900)}.{rng.randint(0, 99):02d} ▲{rng.randint(0, 2)}.{rng.randint(0, 99):02d}%",
            f"{published.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")))
    if mid_junk and len(body) > 2:
        at = rng.randrange(1, len(body))
        body = body[:at] + mid_junk + body[at:]
    elif mid_junk:
        body += mid_junk

    # Bottom of the page.
    if style == "wire":
        if rng.random() < 0.7:
            add("byline", bottom, f"Reporting by {rng.choice(REPORTERS)}; Editing by {rng.choice(EDITORS)}")
        if outlet == "Reuters":
            bottom.append("Our Standards: The Thomson Reuters Trust Principles.")
    if rng.random() < 0.55:
        add("share", bottom, rng.choice(("Share this article", "Share on Facebook Share on Twitter Share on WhatsApp",
                                         "Share this with Facebook Twitter WhatsApp Email Copy link",
                                         "Follow us on Google News", "Share:")))
    if style in ("paper", "broadcaster", "euro") and rng.random() < 0.3:
        add("newsletter", bottom, rng.choice(("Sign up for our daily newsletter", "Get the latest news in your inbox",
                                              "Subscribe to our China briefing")))
    if style in ("euro", "paper") and rng.random() < 0.3:
        add("cookie", bottom, "We use cookies to improve your experience on our site. By continuing you agree to our Cookie Policy. Accept")
    if style in ("blog", "cn_portal", "in_portal") and rng.random() < 0.6:
        add("comments", bottom, *rng.choice((("Leave a Reply", "Your email address will not be published. Required fields are marked *"),
                                             ("发表评论", "0 / 300", "登录后输入评论内容"),
                                             ("Comments (0)", "Be the first to comment"))))
    if style in ("cn_state", "cn_portal") or (style in ("euro",) and rng.random() < 0.7) or rng.random() < 0.08:
        add("foreign_footer", bottom, *rng.choice((
            ("转载请注明出处、作者和本文链接", "声明:文章内容仅供参考、交流、学习、不构成投资建议。"),
            ("【纠错】", f"责任编辑:{rng.choice(('刘阳', '王萌', '张晓'))}"),
            ("Todos los derechos reservados. Prohibida su reproducción total o parcial.",),
            ("Tous droits réservés. Reproduction interdite sans autorisation.",),
            ("Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",),
            ("Все права защищены. Перепечатка запрещена.",))))
    if rng.random() < 0.45:
        add("copyright", bottom, f"© {published.year} {outlet}. All rights reserved.")
    if style in ("cn_portal",) or (style == "in_portal" and rng.random() < 0.4):
        add("ticker", bottom, "快报" if style == "cn_portal" else "Trending", f"{published.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            rng.choice(("年内受理55单、终止逾400家、上市100家,专家:2025年IPO市场有望进入复苏期",
                        "Sensex, Nifty end flat amid mixed global cues", "Monsoon likely to reach Kerala by June 4")))
    if style == "in_portal" and rng.random() < 0.5:
        bottom.append("(With inputs from agencies)")
    # Scrapers leave blank lines and stray whitespace.
    sep = rng.choice(("\n", "\n\n", "\n\n\n\n"))
    lines = top + [""] + [line + (" " if rng.random() < 0.05 else "") for line in sep.join(body).split("\n")] + [""] + bottom
    spec.mess = sorted(set(mess))
    return lines


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--manifest", type=Path, help="write what each file holds, as JSON")
    args = parser.parse_args(argv)
    specs = generate(args.n, args.out, args.seed)
    if args.manifest:
        args.manifest.write_text(json.dumps([asdict(s) for s in specs], indent=1), encoding="utf-8")
    words = [s.words for s in specs]
    print(f"{len(specs)} articles in {args.out} ({min(words)}-{max(words)} words of body, "
          f"{len({s.meeting for s in specs})} meetings, {sum(bool(s.discrepancies) for s in specs)} with a discrepancy)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
