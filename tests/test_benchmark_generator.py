"""The benchmark's synthetic archive: deterministic, realistic in length and in mess."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", REPO / "scripts" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample(synthetic, tmp_path_factory):
    """400 articles (enough for every kind of mess to show up) with what each holds."""
    out = tmp_path_factory.mktemp("synthetic") / "seeds"
    specs = synthetic.generate(400, out, seed=7)
    return out, specs


def _text(folder: Path, spec) -> str:
    return (folder / spec.file).read_bytes().decode(spec.encoding)


def test_same_seed_same_bytes_and_smaller_archives_are_prefixes(synthetic, tmp_path):
    a = synthetic.generate(60, tmp_path / "a", seed=3)
    b = synthetic.generate(60, tmp_path / "b", seed=3)
    c = synthetic.generate(25, tmp_path / "c", seed=3)
    d = synthetic.generate(60, tmp_path / "d", seed=4)
    files = lambda folder: {p.name: p.read_bytes() for p in folder.iterdir()}  # noqa: E731
    assert a == b and files(tmp_path / "a") == files(tmp_path / "b")
    assert files(tmp_path / "c") == {name: raw for name, raw in files(tmp_path / "a").items() if name in files(tmp_path / "c")}
    assert len(files(tmp_path / "c")) == 25
    assert files(tmp_path / "d") != files(tmp_path / "a")


def test_bodies_are_news_length(sample):
    _folder, specs = sample
    words = [s.words for s in specs]
    assert min(words) >= 400 and max(words) <= 700
    assert max(words) - min(words) > 200  # varied, not one length


def test_every_kind_of_mess_is_there_and_in_the_file(synthetic, sample):
    folder, specs = sample
    markers = {
        "navigation": r"^(\w+ \| ){6}\w+\s*$",
        "breadcrumb": r"Home (»|>) ",
        "date_line": r"^( date \d{4}-\d\d-\d\d|Source: .*\|Editor|Published: \d|Updated |\w+ \d{1,2}, \d{4}\s*$|\d{1,2} \w+ \d{4}\s*$)",
        "url": r"^https://www\.",
        "byline": r"^(By |Reporting by )",
        "credit": r"^(Credit:|Photo: |\(Photo by |FILE PHOTO)",
        "ticker": r"^(BREAKING \||Markets \||快报|Trending|\d{4}-\d\d-\d\d \d\d:\d\d\s*$)",
        "share": r"^(Share|Follow us on)",
        "cookie": r"We use cookies",
        "related": r"^(Also Read \||READ MORE:|Related:)",
        "newsletter": r"^(Sign up|Get the latest|Subscribe)",
        "comments": r"^(Leave a Reply|发表评论|Comments \(0\))",
        "copyright": r"^© \d{4} ",
        "foreign_footer": r"(转载请注明出处|【纠错】|Todos los derechos|Tous droits|Alle Rechte|Все права)",
        "unrelated_headline": r"(City buses to get GPS|Markets close higher|Heatwave: schools|Cricket: hosts|Five things to know)",
        "advert": r"^(Advertisement|ADVERTISEMENT|Story continues below advertisement|Scroll to continue)",
    }
    assert set(markers) == set(synthetic.MESS_KINDS)
    seen = Counter(kind for spec in specs for kind in spec.mess)
    assert set(seen) == set(synthetic.MESS_KINDS), set(synthetic.MESS_KINDS) - set(seen)
    for spec in specs:
        text = _text(folder, spec).replace("\r\n", "\n")
        for kind in spec.mess:
            assert re.search(markers[kind], text, re.M), (spec.file, kind)
    assert sum(bool(spec.mess) for spec in specs) >= 0.95 * len(specs)


def test_encodings_line_endings_reprints_and_curator_files(sample):
    folder, specs = sample
    encodings = Counter(spec.encoding for spec in specs)
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1252"} <= set(encodings), encodings
    assert encodings["utf-8"] > len(specs) / 2
    for spec in specs:
        raw = (folder / spec.file).read_bytes()
        raw.decode(spec.encoding)  # decodes as declared
        if spec.encoding == "utf-16":
            assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        assert (b"\r\n" in raw or "\r\n".encode(spec.encoding)[-2:] in raw) == (spec.newline == "\r\n") or spec.encoding == "utf-16"
    assert any(spec.newline == "\r\n" for spec in specs)
    assert any(spec.copy_of for spec in specs)
    assert any(spec.curator for spec in specs)
    copy = next(spec for spec in specs if spec.copy_of)
    original = next(spec for spec in specs if spec.file == copy.copy_of)
    first_para = lambda spec: max(_text(folder, spec).split("\n"), key=len)  # noqa: E731
    assert first_para(copy).split(") ", 1)[-1][-200:] in _text(folder, original)


def test_meetings_are_covered_several_times_with_discrepancies(sample, synthetic):
    _folder, specs = sample
    coverage = Counter(spec.meeting for spec in specs)
    assert max(coverage.values()) >= 5 and sum(1 for c in coverage.values() if c > 1) > len(coverage) / 3
    kinds = Counter(kind for spec in specs for kind in spec.discrepancies)
    assert set(kinds) == set(synthetic.DISCREPANCY_KINDS), kinds
    assert 0.1 < sum(bool(spec.discrepancies) for spec in specs) / len(specs) < 0.4
    outlets = Counter(spec.outlet for spec in specs)
    assert len(outlets) >= 30 and any(not spec.outlet_known for spec in specs)
    people = Counter(name for spec in specs for name in spec.people)
    assert len(people) >= 40


def test_a_predecessor_in_office_is_a_planted_person_discrepancy(sample):
    folder, specs = sample
    spec = next(s for s in specs if "person" in s.discrepancies)
    text = _text(folder, spec)
    planted = set(spec.people) - set(spec.participants)
    assert planted and any(name in text for name in planted)


def test_unrelated_articles_share_few_word_runs(sample):
    """Template monotony would make every article look like a near-copy of every other."""
    folder, specs = sample

    def grams(spec) -> set[tuple[str, ...]]:
        out: set[tuple[str, ...]] = set()
        for line in _text(folder, spec).splitlines():
            words = re.findall(r"\w+", line.casefold())
            out.update(zip(words, words[1:], words[2:], words[3:], words[4:]))
        return out

    rng = random.Random(0)
    by_meeting = {spec.file: spec.meeting for spec in specs}
    shares = []
    while len(shares) < 300:
        a, b = rng.sample(specs, 2)
        if by_meeting[a.file] == by_meeting[b.file]:
            continue
        ga, gb = grams(a), grams(b)
        shares.append(len(ga & gb) / min(len(ga), len(gb)))
    assert sum(shares) / len(shares) < 0.08, sum(shares) / len(shares)
