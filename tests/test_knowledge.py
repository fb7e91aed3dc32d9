"""The actor knowledge base: shipped facts, exact lookups, titles, user files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing_archive import knowledge as kmod
from briefing_archive.knowledge import Knowledge, KnowledgeError, Office, Term, name_key


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return Knowledge.load()


def ids(offices: list[Office]) -> list[str]:
    return [o.id for o in offices]


# ------------------------------------------------------------- shipped facts


@pytest.mark.parametrize(
    "office, day, expected",
    [
        ("premier-cn", date(2023, 3, 10), ["Li Keqiang"]),
        ("premier-cn", date(2023, 3, 11), ["Li Qiang"]),
        ("premier-cn", date(2023, 7, 18), ["Li Qiang"]),
        ("foreign-minister-cn", date(2022, 12, 29), ["Wang Yi"]),
        ("foreign-minister-cn", date(2023, 7, 18), ["Qin Gang"]),
        ("foreign-minister-cn", date(2023, 7, 25), ["Wang Yi"]),
        ("cfac-office-director-cn", date(2023, 7, 18), ["Wang Yi"]),
        ("cfac-office-director-cn", date(2022, 6, 1), ["Yang Jiechi"]),
        ("state-councilor-cn", date(2022, 9, 1), ["Wang Yi", "Wang Yong", "Wei Fenghe", "Xiao Jie", "Zhao Kezhi"]),
        ("vice-president-cn", date(2023, 7, 18), ["Han Zheng"]),
        ("us-climate-envoy", date(2023, 7, 18), ["John Kerry"]),
        ("us-climate-envoy", date(2024, 3, 6), []),
        ("climate-envoy-cn", date(2023, 7, 18), ["Xie Zhenhua"]),
        ("climate-envoy-cn", date(2024, 6, 1), ["Liu Zhenmin"]),
        ("us-house-speaker", date(2022, 8, 2), ["Nancy Pelosi"]),
        ("us-house-speaker", date(2023, 1, 3), []),
        ("us-secretary-of-state", date(2023, 6, 18), ["Antony Blinken"]),
        ("us-treasury-secretary", date(2023, 7, 7), ["Janet Yellen"]),
        ("us-national-security-advisor", date(2023, 7, 16), ["Jake Sullivan"]),
        ("us-president", date(2023, 7, 18), ["Joe Biden"]),
        ("president-cn", date(2023, 7, 18), ["Xi Jinping"]),
    ],
)
def test_holders_on_a_day(kb: Knowledge, office: str, day: date, expected: list[str]) -> None:
    assert kb.holders(office, day) == expected


def test_han_zheng_was_vice_premier_then_vice_president(kb: Knowledge) -> None:
    assert ids(kb.offices_held("Han Zheng", date(2022, 6, 1))) == ["politburo-standing-committee-cn", "vice-premier-cn"]
    assert ids(kb.offices_held("Han Zheng", date(2023, 7, 18))) == ["vice-president-cn"]


def test_wang_yi_offices_follow_the_2023_reshuffle(kb: Knowledge) -> None:
    assert "foreign-minister-cn" in ids(kb.offices_held("Wang Yi", date(2022, 9, 1)))
    assert "state-councilor-cn" in ids(kb.offices_held("Wang Yi", date(2022, 9, 1)))
    july_18 = ids(kb.offices_held("Wang Yi", date(2023, 7, 18)))
    assert "cfac-office-director-cn" in july_18 and "foreign-minister-cn" not in july_18
    assert "state-councilor-cn" not in july_18
    assert {"cfac-office-director-cn", "foreign-minister-cn"} <= set(ids(kb.offices_held("Wang Yi", date(2023, 9, 1))))


SINGLE_SEATS = [
    "us-president", "us-vice-president", "us-secretary-of-state", "us-treasury-secretary",
    "us-commerce-secretary", "us-trade-representative", "us-defense-secretary",
    "us-national-security-advisor", "us-climate-envoy", "us-ambassador-to-china", "us-house-speaker",
    "us-cia-director", "president-cn", "vice-president-cn", "premier-cn", "foreign-minister-cn",
    "cfac-office-director-cn", "defense-minister-cn", "finance-minister-cn", "commerce-minister-cn",
    "climate-envoy-cn", "ambassador-cn-to-us", "npc-chairman-cn", "cppcc-chairman-cn", "pboc-governor-cn",
]


@pytest.mark.parametrize("office_id", SINGLE_SEATS)
def test_single_seat_offices_never_have_two_holders(kb: Knowledge, office_id: str) -> None:
    terms = sorted(
        ((t.start or date.min, t.end or date.max, p.name) for p in kb.people for t in p.terms if t.office == office_id)
    )
    assert terms, f"no one holds {office_id}"
    for (s1, e1, n1), (s2, _e2, n2) in zip(terms, terms[1:]):
        assert e1 <= s2, f"{n1} and {n2} overlap in {office_id}"


def test_every_term_is_ordered_and_every_office_has_forms(kb: Knowledge) -> None:
    for person in kb.people:
        for term in person.terms:
            assert term.start is None or term.end is None or term.start < term.end, person.name
    for office in kb.offices:
        assert office.forms and all(f == f.lower() for f in office.forms), office.id


# -------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Tony Blinken", "Antony Blinken"),
        ("Antony J. Blinken", "Antony Blinken"),
        ("ANTONY  BLINKEN", "Antony Blinken"),
        ("Joseph R. Biden Jr.", "Joe Biden"),
        ("Joe Biden", "Joe Biden"),
        ("J.D. Vance", "JD Vance"),
        ("Lloyd J. Austin III", "Lloyd Austin"),
        ("Lan Foan", "Lan Fo'an"),
        ("Xi Jin-ping", "Xi Jinping"),
        ("Mr. John Kerry", "John Kerry"),
        ("He Lifeng", "He Lifeng"),
        ("Li Keqiang", "Li Keqiang"),
        ("Li Qiang", "Li Qiang"),
    ],
)
def test_canonical_matches_exact_variants(kb: Knowledge, written: str, canonical: str) -> None:
    assert kb.canonical(written) == canonical


@pytest.mark.parametrize("written", ["Xi", "Kerry", "Wang", "Li Keqian", "Han Zhang", "Jack Sullivan", "Qin Chen", ""])
def test_canonical_is_never_fuzzy(kb: Knowledge, written: str) -> None:
    assert kb.canonical(written) is None


def test_diacritics_and_punctuation_are_ignored() -> None:
    data = {"people": [{"name": "Alberto Fernández", "aliases": ["Alberto Ángel Fernández"], "country": "AR"}]}
    kb = Knowledge.from_data(data)
    assert kb.canonical("alberto fernandez") == "Alberto Fernández"
    assert kb.canonical("Alberto Angel Fernandez") == "Alberto Fernández"
    assert name_key("O’Brien, Robert") == name_key("OBrien Robert")


def test_person_returns_terms(kb: Knowledge) -> None:
    kerry = kb.person("John F. Kerry")
    assert kerry is not None and kerry.name == "John Kerry" and kerry.country == "US"
    assert Term("us-climate-envoy", date(2021, 1, 20), date(2024, 3, 6)) in kerry.terms


def test_by_surname_uses_chinese_name_order(kb: Knowledge) -> None:
    assert [p.name for p in kb.by_surname("Kerry")] == ["John Kerry"]
    wangs = [p.name for p in kb.by_surname("wang")]
    assert "Wang Yi" in wangs and "Wang Wentao" in wangs
    assert wangs == sorted(wangs)
    assert kb.by_surname("Yi") == [kb.person("Yi Gang")]  # "Yi" is Yi Gang's surname, not Wang Yi's
    assert kb.by_surname("Jinping") == []


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Li Keqiang", ["Li Qiang"]),
        ("Li Qiang", ["Li Keqiang"]),
        ("Han Zhang", ["Han Zheng"]),
        ("Jack Sullivan", ["Jake Sullivan"]),
        ("Xi Jinpin", ["Xi Jinping"]),
        ("Qin Chen", []),
        ("Wang Yi", []),
    ],
)
def test_near_misses_are_offered_not_merged(kb: Knowledge, name: str, expected: list[str]) -> None:
    assert kb.near_misses(name) == expected
    if kb.canonical(name) is None:
        assert all(kb.canonical(n) != kb.canonical(name) for n in expected)


# ------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Chinese Premier", ["premier-cn"]),
        ("Premier of the State Council", ["premier-cn"]),
        ("Chinese State Councilor and Foreign Minister", ["state-councilor-cn", "foreign-minister-cn"]),
        ("State Councillor", ["state-councilor-cn"]),
        ("U.S. Secretary of State", ["us-secretary-of-state"]),
        ("Chinese Foreign Minister", ["foreign-minister-cn"]),
        ("Vice Premier", ["vice-premier-cn"]),
        ("Executive Vice Premier", ["vice-premier-cn"]),
        ("Chinese Vice Foreign Minister", ["vice-foreign-minister-cn"]),
        ("former premier", []),
        ("then-House Speaker", []),
        ("President-elect", []),
        ("House Speaker", ["us-house-speaker"]),
        ("Director of the Communist Party of China Central Foreign Affairs Office", ["cfac-office-director-cn"]),
        ("director of the Foreign Affairs Office of the CPC Central Committee", ["cfac-office-director-cn"]),
        ("China's top diplomat", ["cfac-office-director-cn"]),
        ("US Special Presidential Envoy for Climate", ["us-climate-envoy"]),
        ("White House National Security Adviser", ["us-national-security-advisor"]),
        ("Kazakh President", ["president-kz"]),
        ("President of Chile", []),
        ("Thai Foreign Minister", []),
        ("Chinese Ambassador to Indonesia", []),
        ("US Ambassador to China", ["us-ambassador-to-china"]),
        ("senior Chinese diplomat", []),
        ("", []),
    ],
)
def test_offices_for_title(kb: Knowledge, title: str, expected: list[str]) -> None:
    assert ids(kb.offices_for_title(title)) == expected


def test_a_title_without_country_names_every_matching_office(kb: Knowledge) -> None:
    assert {"president-cn", "us-president", "president-ru"} <= set(ids(kb.offices_for_title("President")))
    assert set(ids(kb.offices_for_title("special envoy for climate issues"))) == {"us-climate-envoy", "climate-envoy-cn"}
    assert ids(kb.offices_for_title("Chinese President")) == ["president-cn"]


def test_office_lookup(kb: Knowledge) -> None:
    office = kb.office("premier-cn")
    assert office is not None and office.country == "CN" and "premier" in office.forms
    assert kb.office("no-such-office") is None


# ------------------------------------------------------------- user files


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_extends_people_and_offices(tmp_path: Path) -> None:
    extra = write(tmp_path, "mine.yaml", """
offices:
  foreign-minister-id:
    title: Minister of Foreign Affairs of Indonesia
    country: ID
    forms: [foreign minister, indonesian foreign minister]
  premier-cn:
    forms: [head of government of china]
people:
  - name: Retno Marsudi
    aliases: [Retno L.P. Marsudi]
    country: ID
    terms:
      - {office: foreign-minister-id, start: 2014-10-27, end: 2024-10-21}
  - name: Tony Blinken
    aliases: [Secretary Antony Blinken]
""")
    kb = Knowledge.load([extra])
    assert kb.canonical("Retno L. P. Marsudi") == "Retno Marsudi"
    assert kb.holders("foreign-minister-id", date(2023, 7, 13)) == ["Retno Marsudi"]
    assert {"foreign-minister-cn", "foreign-minister-id"} <= set(ids(kb.offices_for_title("Foreign Minister")))
    assert ids(kb.offices_for_title("Indonesian Foreign Minister")) == ["foreign-minister-id"]
    assert ids(kb.offices_for_title("head of government of China")) == ["premier-cn"]
    assert kb.canonical("Secretary Antony Blinken") == "Antony Blinken"  # merged into the shipped person
    assert len([p for p in kb.people if p.name == "Antony Blinken"]) == 1
    assert kb.digest != Knowledge.load().digest


def test_user_terms_replace_terms_of_the_same_office_only(tmp_path: Path) -> None:
    extra = write(tmp_path, "fix.yaml", """
people:
  - name: Xie Zhenhua
    terms:
      - {office: climate-envoy-cn, start: 2021-02-01, end: 2024-01-01}
""")
    kb = Knowledge.load([extra])
    xie = kb.person("Xie Zhenhua")
    assert xie is not None
    assert [t for t in xie.terms if t.office == "climate-envoy-cn"] == [Term("climate-envoy-cn", date(2021, 2, 1), date(2024, 1, 1))]
    assert kb.person("Wang Yi") == Knowledge.load().person("Wang Yi")


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("people:\n  - name: A B\n    terms:\n      - {office: premier-cn, start: 2023-13-01}\n", 4, "2023-13-01"),
        ("people:\n  - name: A B\n    terms:\n      - {office: no-such-office}\n", 4, "unknown office"),
        ("people:\n  - name: A B\n    nickname: C\n", 3, "unknown key 'nickname'"),
        ("people:\n  - name: A B\n  - name: a  b\n", 3, "listed twice"),
        ("people:\n  - name: Someone Else\n    aliases: [Tony Blinken]\n", 2, "Tony Blinken"),
        ("offices:\n  Bad Id:\n    title: X\n", 2, "office id"),
        ("offices:\n  new-office:\n    forms: [x]\n", 2, "needs a title"),
        ("people:\n  - name: A B\n    country: USA\n", 3, "two-letter"),
        ("people:\n  - name: A B\n    terms:\n      - {office: premier-cn, start: 2023-03-01, end: 2022-01-01}\n", 4, "ends"),
        ("people: [\n  {name: A B\n", 3, "invalid YAML"),
        ("- just\n- a list\n", 1, "top level"),
    ],
)
def test_invalid_user_file_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(KnowledgeError) as info:
        Knowledge.load([path])
    err = info.value
    assert err.source == str(path)
    assert err.line == line
    assert words in str(err) and f"{path}:{line}" in str(err)


def test_missing_user_file_is_a_knowledge_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as info:
        Knowledge.load([tmp_path / "absent.yaml"])
    assert info.value.source.endswith("absent.yaml") and info.value.line is None


def test_from_data_validates_without_lines() -> None:
    with pytest.raises(KnowledgeError) as info:
        Knowledge.from_data({"people": [{"name": "X Y", "terms": [{"office": "nowhere"}]}]}, origin="inline")
    assert info.value.source == "inline" and "nowhere" in str(info.value)


def test_digest_is_stable_and_covers_the_data() -> None:
    data = {"offices": {"o": {"title": "O", "country": None, "forms": ["o"]}},
            "people": [{"name": "A B", "terms": [{"office": "o", "start": "2020-01-01", "end": None}]}]}
    first, again = Knowledge.from_data(data), Knowledge.from_data(data)
    assert first.digest == again.digest and len(first.digest) == 64
    data["people"][0]["terms"][0]["start"] = "2020-01-02"
    assert Knowledge.from_data(data).digest != first.digest


def test_shipped_load_is_parsed_once_per_process() -> None:
    kmod._shipped_document.cache_clear()
    kmod._shipped_knowledge.cache_clear()
    first = Knowledge.load()
    assert Knowledge.load() is first and Knowledge.load([]) is first
    assert kmod._shipped_document.cache_info().misses == 1
    with_extra = Knowledge.from_data({"people": [{"name": "A B"}]})
    assert Knowledge.load() is first and with_extra.digest != first.digest


# ------------------------------------------------- heads of state, ministers


@pytest.mark.parametrize(
    "office, day, expected",
    [
        ("prime-minister-gb", date(2022, 9, 5), ["Boris Johnson"]),
        ("prime-minister-gb", date(2022, 10, 20), ["Liz Truss"]),
        ("prime-minister-gb", date(2022, 10, 26), ["Rishi Sunak"]),
        ("prime-minister-gb", date(2024, 7, 5), ["Keir Starmer"]),
        ("foreign-secretary-gb", date(2023, 11, 13), ["David Cameron"]),
        ("prime-minister-ru", date(2020, 1, 15), ["Dmitry Medvedev"]),
        ("prime-minister-ru", date(2020, 1, 16), ["Mikhail Mishustin"]),
        ("foreign-minister-ru", date(2023, 7, 18), ["Sergei Lavrov"]),
        ("defense-minister-ru", date(2024, 6, 1), ["Andrei Belousov"]),
        ("prime-minister-jp", date(2021, 10, 4), ["Fumio Kishida"]),
        ("foreign-minister-jp", date(2021, 11, 5), []),  # the prime minister stood in for a week
        ("foreign-minister-jp", date(2021, 11, 10), ["Yoshimasa Hayashi"]),
        ("president-kr", date(2025, 4, 10), []),  # Yoon removed, Lee not yet elected
        ("acting-president-kr", date(2025, 1, 15), ["Choi Sang-mok"]),
        ("chancellor-de", date(2021, 12, 7), ["Angela Merkel"]),
        ("chancellor-de", date(2021, 12, 8), ["Olaf Scholz"]),
        ("foreign-minister-ua", date(2024, 9, 5), ["Andrii Sybiha"]),
        ("president-ir", date(2024, 6, 1), []),  # Mokhber acting after Raisi's death
        ("prime-minister-il", date(2022, 8, 1), ["Yair Lapid"]),
        ("alternate-prime-minister-il", date(2022, 8, 1), ["Naftali Bennett"]),
        ("european-council-president", date(2024, 12, 1), ["António Costa"]),
        ("nato-secretary-general", date(2024, 9, 30), ["Jens Stoltenberg"]),
        ("nato-secretary-general", date(2024, 10, 1), ["Mark Rutte"]),
        ("prime-minister-sa", date(2022, 9, 26), ["Salman bin Abdulaziz Al Saud"]),
        ("prime-minister-sa", date(2022, 9, 27), ["Mohammed bin Salman"]),
        ("foreign-minister-id", date(2024, 10, 21), ["Sugiono"]),
        ("president-vn", date(2024, 6, 1), ["To Lam"]),
        ("un-secretary-general", date(2023, 7, 18), ["Antonio Guterres"]),
    ],
)
def test_holders_of_other_countries_offices(kb: Knowledge, office: str, day: date, expected: list[str]) -> None:
    assert kb.holders(office, day) == expected


def test_han_duck_soo_acted_as_president_while_prime_minister(kb: Knowledge) -> None:
    assert ids(kb.offices_held("Han Duck-soo", date(2024, 12, 20))) == ["prime-minister-kr", "acting-president-kr"]
    assert ids(kb.offices_held("Han Duck-soo", date(2025, 1, 15))) == ["prime-minister-kr"]  # suspended, not replaced
    assert ids(kb.offices_held("Yoon Suk Yeol", date(2025, 1, 15))) == ["president-kr"]


MULTI_SEATS = {
    "state-councilor-cn", "vice-premier-cn", "politburo-standing-committee-cn", "politburo-member-cn",
    "vice-foreign-minister-cn", "foreign-ministry-spokesperson-cn",
}


def test_every_other_office_has_one_holder_at_a_time(kb: Knowledge) -> None:
    for office in kb.offices:
        if office.id in MULTI_SEATS:
            continue
        terms = sorted((t.start or date.min, t.end or date.max, p.name)
                       for p in kb.people for t in p.terms if t.office == office.id)
        assert terms, f"no one holds {office.id}"
        for (_s1, e1, n1), (s2, _e2, n2) in zip(terms, terms[1:]):
            assert e1 <= s2, f"{n1} and {n2} overlap in {office.id}"


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Sergei Lavrov", "Sergei Lavrov"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("Narendra Modi", "Narendra Modi"),
        ("S. Jaishankar", "Subrahmanyam Jaishankar"),
        ("Dr S Jaishankar", "Subrahmanyam Jaishankar"),
        ("Lula da Silva", "Luiz Inácio Lula da Silva"),
        ("Luiz Inacio Lula da Silva", "Luiz Inácio Lula da Silva"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Yoon Suk-yeol", "Yoon Suk Yeol"),
        ("Ferdinand Marcos Jr", "Ferdinand Marcos Jr."),
        ("Bongbong Marcos", "Ferdinand Marcos Jr."),
        ("António Guterres", "Antonio Guterres"),
        ("Faisal bin Farhan Al Saud", "Faisal bin Farhan"),
    ],
)
def test_canonical_names_of_other_countries_leaders(kb: Knowledge, written: str, canonical: str) -> None:
    assert kb.canonical(written) == canonical


@pytest.mark.parametrize("written", ["Lavrov", "Zelensky", "Lula", "Modi", "Sergei Lavrova", "Moon Jae"])
def test_bare_surnames_and_near_names_of_leaders_are_not_names(kb: Knowledge, written: str) -> None:
    assert kb.canonical(written) is None


def test_leaders_surnames_follow_their_countries_name_order(kb: Knowledge) -> None:
    assert [p.name for p in kb.by_surname("Zelensky")] == ["Volodymyr Zelenskyy"]
    assert [p.name for p in kb.by_surname("Moon")] == ["Moon Jae-in"]  # Korean: surname first
    assert [p.name for p in kb.by_surname("Kishida")] == ["Fumio Kishida"]  # Japanese, in English order
    assert [p.name for p in kb.by_surname("Lee")] == ["Lee Hsien Loong", "Lee Jae-myung"]
    assert [p.name for p in kb.by_surname("Salman")] == ["Mohammed bin Salman", "Salman bin Abdulaziz Al Saud"]
    assert [p.name for p in kb.by_surname("Ibrahim")] == ["Anwar Ibrahim", "Sultan Ibrahim"]


def test_aliases_are_full_names(kb: Knowledge) -> None:
    mononyms = {"Sugiono", "Jokowi"}  # a person with one name; the name a president goes by
    for person in kb.people:
        for name in (person.name, *person.aliases):
            assert len(name.split()) > 1 or name in mononyms, f"{person.name}: {name!r} is a bare name"


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Russian Foreign Minister", ["foreign-minister-ru"]),
        ("Foreign Minister of Japan", ["foreign-minister-jp"]),
        ("Chinese Foreign Minister", ["foreign-minister-cn"]),
        ("Chinese State Councilor and Foreign Minister", ["state-councilor-cn", "foreign-minister-cn"]),
        ("UK Foreign Secretary", ["foreign-secretary-gb"]),
        ("External Affairs Minister", ["external-affairs-minister-in"]),
        ("President of the Republic of Korea", ["president-kr"]),
        ("South Korean acting President", ["acting-president-kr"]),
        ("Alternate Prime Minister", ["alternate-prime-minister-il"]),
        ("Deputy Prime Minister", []),
        ("former Prime Minister", []),
        ("German Chancellor", ["chancellor-de"]),
        ("Chancellor of the Exchequer", ["chancellor-of-the-exchequer-gb"]),
        ("Italian Premier", ["prime-minister-it"]),
        ("Vietnamese Communist Party General Secretary", ["general-secretary-vn"]),
        ("General Secretary of the Communist Party of Vietnam", ["general-secretary-vn"]),
        ("General Secretary of the Workers' Party of Korea", ["supreme-leader-kp"]),
        ("European Commission President", ["european-commission-president"]),
        ("EU's top diplomat", ["eu-high-representative"]),
        ("China's top diplomat", ["cfac-office-director-cn"]),
        ("UN chief", ["un-secretary-general"]),
        ("NATO Secretary-General", ["nato-secretary-general"]),
        ("Secretary-General", []),
        ("Supreme Leader", []),
        ("Security Council Secretary", []),
        ("King", []),
        ("professor at King's College London", []),
        ("Arab League Secretary-General", []),
    ],
)
def test_offices_for_titles_of_other_countries(kb: Knowledge, title: str, expected: list[str]) -> None:
    assert ids(kb.offices_for_title(title)) == expected


@pytest.mark.parametrize("title", ["President", "Prime Minister", "Foreign Minister", "Premier", "Chancellor",
                                   "Secretary-General", "Secretary General", "Crown Prince", "Top diplomat"])
def test_bare_titles_never_name_an_international_office(kb: Knowledge, title: str) -> None:
    """An office without a country passes every person's country filter: it must name its organisation."""
    assert all(o.country for o in kb.offices_for_title(title))


def test_a_bare_title_is_narrowed_by_the_country_word(kb: Knowledge) -> None:
    presidents = ids(kb.offices_for_title("President"))
    assert {"president-cn", "us-president", "president-ru", "president-kr"} <= set(presidents)
    assert ids(kb.offices_for_title("Kazakh President")) == ["president-kz"]
    assert ids(kb.offices_for_title("President of Kazakhstan")) == ["president-kz"]
    assert ids(kb.offices_for_title("Indonesian Foreign Minister")) == ["foreign-minister-id"]
    assert ids(kb.offices_for_title("Thai Foreign Minister")) == []  # no Thai office known


# ------------------------------------------------------------ former leaders

# Articles recall earlier leaders ("received at the White House by George W. Bush",
# "Obama hosted Xi at Sunnylands"); the record says who held the office then.
@pytest.mark.parametrize(
    "office, day, expected",
    [
        ("us-president", date(1991, 6, 1), ["George H. W. Bush"]),
        ("us-president", date(1998, 6, 1), ["Bill Clinton"]),
        ("us-president", date(2005, 6, 1), ["George W. Bush"]),
        ("us-president", date(2009, 1, 19), ["George W. Bush"]),
        ("us-president", date(2009, 1, 20), ["Barack Obama"]),
        ("us-president", date(2016, 6, 1), ["Barack Obama"]),
        ("us-president", date(2017, 1, 20), ["Donald Trump"]),
        ("us-vice-president", date(2005, 6, 1), ["Dick Cheney"]),
        ("us-secretary-of-state", date(2007, 6, 1), ["Condoleezza Rice"]),
        ("us-secretary-of-state", date(2011, 6, 1), ["Hillary Clinton"]),
        ("us-secretary-of-state", date(2017, 6, 1), ["Rex Tillerson"]),
        ("president-cn", date(2000, 6, 1), ["Jiang Zemin"]),
        ("president-cn", date(2009, 11, 17), ["Hu Jintao"]),
        ("president-cn", date(2013, 3, 14), ["Xi Jinping"]),
        ("premier-cn", date(2009, 11, 17), ["Wen Jiabao"]),
        ("premier-cn", date(2013, 3, 15), ["Li Keqiang"]),
        ("prime-minister-in", date(2010, 6, 1), ["Manmohan Singh"]),
    ],
)
def test_former_leaders_held_their_offices(kb: Knowledge, office: str, day: date, expected: list[str]) -> None:
    assert kb.holders(office, day) == expected


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("George W. Bush", "George W. Bush"),
        ("George W Bush", "George W. Bush"),
        ("George H.W. Bush", "George H. W. Bush"),
        ("Barack Obama", "Barack Obama"),
        ("Barack H. Obama", "Barack Obama"),
        ("William Jefferson Clinton", "Bill Clinton"),
        ("Hillary Rodham Clinton", "Hillary Clinton"),
    ],
)
def test_former_leaders_names(kb: Knowledge, written: str, canonical: str) -> None:
    assert kb.canonical(written) == canonical


def test_surnames_two_former_leaders_share_name_neither() -> None:
    kb = Knowledge.load()
    assert [p.name for p in kb.by_surname("Bush")] == ["George H. W. Bush", "George W. Bush"]
    assert [p.name for p in kb.by_surname("Clinton")] == ["Bill Clinton", "Hillary Clinton"]
    assert kb.canonical("George Bush") is None  # either of two presidents
    assert [p.name for p in kb.by_surname("Obama")] == ["Barack Obama"]
