"""Slugs: safe directory names from any text, unique per source path."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_archive.slugs import MAX_LENGTH, slugify, unique_slugs

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Wang Yi", "wang-yi"),
        ("Café Society — “Kerry”", "cafe-society-kerry"),
        ("Straße Øresund Łódź", "strasse-oresund-lodz"),
        ("Сергей Лавров", "sergey-lavrov"),
        ("Ёлка", "elka"),
        ("Ελλάδα", "ellada"),
        ("ﬁnance ＡＢＣ ²", "finance-abc-2"),
        ("-- leading and trailing --", "leading-and-trailing"),
        ("2023-07-18-Antony Blinken-Wang Yi", "2023-07-18-antony-blinken-wang-yi"),
    ],
)
def test_slugify_romanises(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_chinese_gets_stable_distinct_hash() -> None:
    a, b = slugify("王毅会见克里"), slugify("王毅会见布林肯")
    assert SLUG.match(a) and SLUG.match(b)
    assert a != b
    assert a == slugify("王毅会见克里")
    assert re.fullmatch(r"[0-9a-f]{8}", a)


def test_mixed_script_keeps_latin_part() -> None:
    slug = slugify("Kerry 会见 王毅")
    assert re.fullmatch(r"kerry-[0-9a-f]{8}", slug)


@pytest.mark.parametrize("text", ["", "!!!", "—", "   ", "../..", "/"])
def test_never_empty(text: str) -> None:
    assert SLUG.match(slugify(text))


def test_max_length_and_cut_at_dash() -> None:
    slug = slugify("word " * 30)
    assert len(slug) <= MAX_LENGTH
    assert re.fullmatch(r"(word-)+[0-9a-f]{8}", slug)  # cut at a dash, then the hash
    assert slugify("a" * 200) != slugify("a" * 201)  # shortened texts stay apart via the hash
    assert slugify("b" * MAX_LENGTH) == "b" * MAX_LENGTH


def test_windows_reserved_names_avoided() -> None:
    for name in ("con", "NUL", "com1", "lpt9"):
        assert slugify(name).startswith(name.lower() + "-")


def test_long_input_gives_a_short_slug() -> None:
    slug = slugify("é" * 1_000_000)
    assert SLUG.match(slug) and len(slug) <= MAX_LENGTH


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_slugify_always_safe(text: str) -> None:
    slug = slugify(text)
    assert SLUG.match(slug)
    assert len(slug) <= MAX_LENGTH
    assert "--" not in slug and not slug.endswith("-")


# ------------------------------------------------------------ unique_slugs


def test_plain_sources() -> None:
    assert unique_slugs(["000_d4acc7fcd3ad9e00.txt", "x y.txt", "notes.md", "2023.07.18"]) == {
        "000_d4acc7fcd3ad9e00.txt": "000-d4acc7fcd3ad9e00",
        "x y.txt": "x-y",
        "notes.md": "notes",
        "2023.07.18": "2023-07-18",
    }


def test_colliding_paths_all_get_suffixes() -> None:
    slugs = unique_slugs(["a/b.txt", "a-b.txt", "A-B.md", "c.txt"])
    assert len(set(slugs.values())) == 4
    assert slugs["c.txt"] == "c"
    for source in ("a/b.txt", "a-b.txt", "A-B.md"):
        assert re.fullmatch(r"a-b-[0-9a-f]{8}", slugs[source])


def test_order_does_not_matter() -> None:
    sources = ["a/b.txt", "a-b.txt", "A-B.md", "新闻.txt", "新聞.txt", "Новости.txt", "x", "x.txt", "x.md"]
    expected = unique_slugs(sources)
    rng = random.Random(0)
    for _ in range(20):
        shuffled = sources[:]
        rng.shuffle(shuffled)
        assert unique_slugs(shuffled) == expected


def test_hostile_paths_are_safe() -> None:
    sources = ["../../etc/passwd", "..", "dir/../x.txt", "with space/and\ttab.txt", "\\windows\\path.txt",
               "a/./b.txt", "con.txt", "中文/新闻.txt", ".txt", "ä" * 300 + ".txt"]
    slugs = unique_slugs(sources)
    assert len(set(slugs.values())) == len(sources)
    for slug in slugs.values():
        assert SLUG.match(slug), slug
        assert "/" not in slug and "\\" not in slug and ".." not in slug
        assert len(slug) <= MAX_LENGTH + 3
    assert slugs["../../etc/passwd"] == "etc-passwd"
    assert slugs["con.txt"].startswith("con-")


def test_duplicate_sources_map_once() -> None:
    assert unique_slugs(["a.txt", "a.txt"]) == {"a.txt": "a"}


def test_file_named_like_a_hashed_slug_still_unique() -> None:
    first = unique_slugs(["a/b.txt", "a-b.txt"])
    taken = first["a/b.txt"]
    slugs = unique_slugs(["a/b.txt", "a-b.txt", taken + ".txt"])
    assert len(set(slugs.values())) == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=30))
def test_unique_slugs_property(sources: list[str]) -> None:
    slugs = unique_slugs(sources)
    assert set(slugs) == set(sources)
    assert len(set(slugs.values())) == len(slugs)
    assert all(SLUG.match(s) for s in slugs.values())
    assert unique_slugs(list(reversed(sources))) == slugs
