"""Load stage: every kind of broken or hostile input a scraped folder holds."""

from __future__ import annotations

import hashlib
import os
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_archive.load import (
    CURATOR_FIELDS,
    BinaryFileError,
    DecodeError,
    decode,
    fix_mojibake,
    load_file,
    load_folder,
)
from briefing_archive.models import Article, Problem

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CHINESE = "美国气候特使克里在北京会见中国外交部长王毅，双方讨论气候合作。\n王毅表示，中美关系应当稳定发展。"
RUSSIAN = "Министр иностранных дел России Сергей Лавров встретился с Ван И в Пекине.\nСтороны обсудили отношения."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def load_one(tmp_path: Path, data: bytes, name: str = "a.txt", **kw) -> tuple[Article | None, list[Problem]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return load_file(path, tmp_path, **kw)


def messages(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


# ------------------------------------------------------------------ decode


def test_utf8_plain_and_with_bom() -> None:
    assert decode("Kerry met Wang Yi — in Beijing".encode()) == ("Kerry met Wang Yi — in Beijing", "utf-8", [])
    text, enc, warnings = decode(b"\xef\xbb\xbfKerry \xe2\x80\x94 Wang")
    assert (text, enc, warnings) == ("Kerry — Wang", "utf-8-sig", [])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    original = "Kerry met Wang Yi in Beijing.\r\nClimate talks resumed — “finally”."
    data = original.encode(codec)
    if codec == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    text, enc, warnings = decode(data)
    assert text == original.replace("\r\n", "\n")
    assert enc.startswith("utf-16")
    assert warnings == []


def test_utf16_be_bom_named() -> None:
    text, enc, _ = decode(b"\xfe\xff" + "Wang Yi 王毅".encode("utf-16-be"))
    assert (text, enc) == ("Wang Yi 王毅", "utf-16-be")


def test_gb18030_chinese() -> None:
    text, enc, warnings = decode(CHINESE.encode("gb18030"))
    assert (text, enc, warnings) == (CHINESE, "gb18030", [])


def test_gbk_mixed_with_ascii() -> None:
    original = "BEIJING, July 18 (Xinhua) -- 王毅会见美国总统气候问题特使克里。Kerry said: climate."
    text, enc, _ = decode(original.encode("gbk"))
    assert (text, enc) == (original, "gb18030")


def test_cp1252_smart_quotes() -> None:
    raw = b"\x93We are ready,\x94 Kerry said \x96 in Beijing. Caf\xe9 \x80 5"
    text, enc, warnings = decode(raw)
    assert text == "“We are ready,” Kerry said – in Beijing. Café € 5"
    assert enc == "cp1252"
    assert warnings == []


def test_latin1() -> None:
    text, enc, _ = decode("Le ministre a rencontré son homologue à Pékin, été.".encode("latin-1"))
    assert text == "Le ministre a rencontré son homologue à Pékin, été."
    assert enc == "latin-1"


def test_cp1251_russian_is_detected_not_read_as_latin() -> None:
    text, enc, warnings = decode(RUSSIAN.encode("cp1251"))
    assert text == RUSSIAN
    assert enc == "cp1251"
    assert "guessed" in warnings[0]


def test_utf8_chinese_and_russian_unchanged() -> None:
    for original in (CHINESE, RUSSIAN):
        assert decode(original.encode()) == (original, "utf-8", [])


def test_mostly_utf8_with_a_stray_windows_byte() -> None:
    raw = "王毅会见克里。".encode() * 3 + b"\nHe said \x93yes\x94."
    text, enc, warnings = decode(raw)
    assert text.endswith("He said “yes”.")
    assert enc == "utf-8"
    assert "2 bytes are not valid UTF-8 (the first on line 2)" in warnings[0]


def test_mojibake_fixed_with_warning() -> None:
    garbled = "Kerry’s visit — “constructive” talks in São Paulo, 中国".encode().decode("cp1252", "replace")
    text, enc, warnings = decode(garbled.encode())
    assert text == "Kerry’s visit — “constructive” talks in São Paulo, 中国"
    assert enc == "utf-8"
    assert "garbled" in warnings[0]


def test_mojibake_double_and_lost_quote() -> None:
    assert fix_mojibake("Ã¢â‚¬Å“hiÃ¢â‚¬Â\x9d")[0] == "“hi”"
    assert fix_mojibake("He said â€œyesâ€ loudly")[0] == "He said “yes” loudly"
    assert fix_mojibake("Ð¡ÐµÑ€Ð³ÐµÐ¹ Ð›Ð°Ð²Ñ€Ð¾Ð²")[0] == "Сергей Лавров"


@pytest.mark.parametrize(
    "legit",
    ["„Straße“ ist schön", "Naïve café — “quoted” ×2 ÷ ± ©®", "São Paulo, Zürich, Øresund", "â€ alone", CHINESE],
)
def test_mojibake_leaves_real_text_alone(legit: str) -> None:
    assert fix_mojibake(legit) == (legit, 0)


def test_newlines_controls_and_nfc() -> None:
    raw = "line1\r\nline2\rline3\x0cline4\u2028e\u0301\x00\x07\tend".encode()
    text, _, warnings = decode(raw)
    assert text == "line1\nline2\nline3\nline4\né\tend"
    assert any("control characters" in w for w in warnings)


def test_png_is_binary() -> None:
    with pytest.raises(BinaryFileError, match="PNG image"):
        decode(PNG)


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"), (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG")],
)
def test_other_binary_formats(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryFileError, match=kind):
        decode(data)


def test_random_bytes_are_binary() -> None:
    with pytest.raises(BinaryFileError, match="control bytes"):
        decode(random.Random(1).randbytes(4000))


def random_high_bytes() -> bytes:
    rng = random.Random(2)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(4000))


def test_undecodable_says_what_was_tried() -> None:
    high = random_high_bytes()
    with pytest.raises(DecodeError, match="tried UTF-8, UTF-16, GB18030"):
        decode(high)


def test_a_few_nuls_do_not_make_a_binary() -> None:
    text, _, _ = decode(b"Kerry met\x00 Wang Yi in Beijing on July 18.")
    assert text == "Kerry met Wang Yi in Beijing on July 18."


def test_partial_drops_character_cut_in_half() -> None:
    raw = "Wang Yi 王毅".encode()[:-1]
    assert decode(raw, partial=True) == ("Wang Yi 王", "utf-8", [])
    text, enc, warnings = decode(raw)  # a whole file that was cut off
    assert (text, enc) == ("Wang Yi 王", "utf-8")
    assert "ends in the middle of a character" in warnings[0]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_crashes_and_output_is_clean(raw: bytes) -> None:
    try:
        text, enc, _ = decode(raw)
    except DecodeError:
        return
    assert enc
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text)
    assert "\r" not in text


NEWLINE_MAP = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
DROPPED = {chr(c) for c in [*range(0, 9), *range(14, 32), *range(0x7F, 0xA0)]} | set("\ufeff\ufffe\uffff") - {"\x85"}


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200))
def test_utf8_text_round_trips(original: str) -> None:
    """Valid UTF-8 comes back as written, bar the documented clean-up."""
    import unicodedata

    try:
        text, enc, _ = decode(original.encode())
    except BinaryFileError:  # fair only when the "text" is mostly control characters
        assert sum(ch in DROPPED for ch in original) > 3
        return
    if fix_mojibake(original)[1]:  # text that merely looks garbled is "fixed" on purpose
        return
    expected = original.replace("\r\n", "\n").translate(NEWLINE_MAP)
    expected = "".join(ch for ch in expected if ch not in DROPPED)
    assert text == unicodedata.normalize("NFC", expected)
    assert enc in ("utf-8", "utf-8-sig") or not original


# ------------------------------------------------------------- load_file


def test_load_file_article_fields(tmp_path: Path) -> None:
    data = "Kerry met Wang Yi.\n".encode()
    article, problems = load_one(tmp_path, data, "sub dir/Kerry Wang.txt")
    assert problems == []
    assert article is not None
    assert article.source == "sub dir/Kerry Wang.txt"
    assert article.text == "Kerry met Wang Yi.\n"
    assert article.digest == hashlib.sha256(data).hexdigest()
    assert article.encoding == "utf-8"
    assert (article.corrections, article.body_line_offset) == ({}, 0)


def test_png_file_skipped_with_named_problem(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, PNG, "photo.txt")
    assert article is None
    assert str(problems[0]) == "photo.txt: looks like a binary file (PNG image); skipped"


def test_undecodable_file_is_an_error(tmp_path: Path) -> None:
    high = random_high_bytes()
    article, problems = load_one(tmp_path, high, "odd.txt")
    assert article is None
    assert problems[0].severity == "error"
    assert str(problems[0]).startswith("odd.txt: could not work out its text encoding (tried")


def test_empty_file_still_loads_with_warning(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"", "empty.txt")
    assert article is not None and article.text == ""
    assert article.digest == hashlib.sha256(b"").hexdigest()
    assert [str(p) for p in problems] == ["empty.txt: is empty (0 bytes); add the article text or delete the file"]
    assert article.problems == problems


def test_whitespace_only_file(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"  \r\n\t\n   ", "blank.md")
    assert article is not None
    assert problems[0].severity == "warning"
    assert "is empty (only whitespace)" in problems[0].message


def test_metadata_but_no_text(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"---\ntitle: T\n---\n\n")
    assert article is not None and article.corrections == {"title": "T"}
    assert "no article text" in messages(problems)


def test_20mb_file_is_truncated(tmp_path: Path) -> None:
    """Only the first max_bytes are read (timings: scripts/benchmark.py, never a test)."""
    line = "Kerry met Wang Yi in Beijing — talks on climate lasted four hours.\n".encode()
    big = tmp_path / "big.txt"
    big.write_bytes(line * (20_000_000 // len(line) + 1))
    article, problems = load_file(big, tmp_path)
    assert article is not None
    assert len(article.text.encode()) <= 1_000_000
    assert article.text.startswith("Kerry met Wang Yi")
    assert "\ufffd" not in article.text  # the cut fell inside "—": dropped, not garbled
    assert any("is 20.0 MB" in p.message and "first 1.0 MB" in p.message for p in problems)


def test_cut_inside_a_character_is_not_reported(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, "王毅".encode() * 10, max_bytes=10)
    assert article is not None
    assert article.text == "王毅王"
    assert [p.message for p in problems if "truncated" in p.message or "not valid" in p.message] == []
    assert "only the first 10 bytes" in messages(problems)


def test_1mb_single_line_loads_whole(tmp_path: Path) -> None:
    data = ("word " * 180_000 + "café — “end”").encode()  # just under the 1 MB cap
    article, problems = load_one(tmp_path, data)
    assert article is not None and article.text.endswith("café — “end”")
    assert problems == []


def test_1mb_single_line_of_mojibake_is_repaired(tmp_path: Path) -> None:
    data = ("itâ€™s " * 150_000).encode()
    article, problems = load_one(tmp_path, data)
    assert article is not None and article.text.startswith("it’s it’s")
    assert "garbled" in messages(problems)


# --------------------------------------------------------------- metadata


def test_curator_fields_declared() -> None:
    assert CURATOR_FIELDS == {
        "title": str, "outlet": str, "published": date, "url": str,
        "place": str, "language": str, "notes": str,
    }


def test_valid_frontmatter(tmp_path: Path) -> None:
    data = (
        "---\ntitle: Kerry meets Wang Yi\noutlet: Xinhua\npublished: 2023-07-18\n"
        "url: https://example.org/a\nplace: Beijing\nlanguage: no\nnotes: |\n  two\n  lines\n---\n"
        "BEIJING, July 18 -- Body.\n"
    ).encode()
    article, problems = load_one(tmp_path, data)
    assert problems == []
    assert article is not None
    assert article.corrections == {
        "title": "Kerry meets Wang Yi", "outlet": "Xinhua", "published": date(2023, 7, 18),
        "url": "https://example.org/a", "place": "Beijing", "language": "no", "notes": "two\nlines",
    }
    assert article.text == "BEIJING, July 18 -- Body.\n"
    assert article.body_line_offset == 11


def test_numbers_stay_strings(tmp_path: Path) -> None:
    article, _ = load_one(tmp_path, b"---\ntitle: 1984\npublished: '2023-07-18'\n---\nBody")
    assert article is not None
    assert article.corrections == {"title": "1984", "published": date(2023, 7, 18)}


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    data = b'---\ntitle: ok\nplace: "Beijing\nnotes: x\n---\nBody line.\n'
    article, problems = load_one(tmp_path, data, "seeds/x.txt")
    assert article is not None
    assert article.corrections == {}
    assert article.text == "Body line.\n"
    assert article.body_line_offset == 5
    (problem,) = problems
    assert problem.severity == "error"
    assert str(problem).startswith("seeds/x.txt:3: curator metadata is not valid YAML:")
    assert "without these corrections" in problem.message


def test_invalid_yaml_mapping_value_line(tmp_path: Path) -> None:
    _, problems = load_one(tmp_path, b"---\ntitle: ok\noutlet: a: b\n---\nBody\n")
    assert (problems[0].line, problems[0].severity) == (3, "error")


def test_unknown_field_is_warning_with_line(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"---\ntitle: T\nauthor: Jane\nTitel: X\n---\nBody\n")
    assert article is not None and article.corrections == {"title": "T"}
    assert [(p.line, p.severity) for p in problems] == [(3, "warning"), (4, "warning")]
    assert "unknown curator field 'author' ignored" in problems[0].message
    assert "did you mean 'title'?" in problems[1].message


@pytest.mark.parametrize("value", ["2023-13-45", "yesterday", "July 18"])
def test_bad_date_is_error_with_line(tmp_path: Path, value: str) -> None:
    data = f"---\ntitle: T\npublished: {value}\n---\nBody\n".encode()
    article, problems = load_one(tmp_path, data, "d.txt")
    assert article is not None and article.corrections == {"title": "T"}
    (problem,) = problems
    assert (problem.line, problem.severity) == (3, "error")
    assert str(problem).startswith(f"d.txt:3: published '{value}' is not")
    assert "YYYY-MM-DD" in problem.message


def test_wrong_type_is_error_with_line(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"---\ntitle: [a, b]\noutlet:\n  name: X\n---\nBody\n")
    assert article is not None and article.corrections == {}
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (3, "error")]
    assert "title should be a single value, not a list" in problems[0].message


def test_unsafe_url_refused(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"---\nurl: javascript:alert(1)\n---\nBody\n")
    assert article is not None and article.corrections == {}
    assert "should start with http:// or https://" in problems[0].message


def test_python_tags_are_not_executed(tmp_path: Path) -> None:
    data = b"---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody\n"
    article, problems = load_one(tmp_path, data)
    assert article is not None and "title" not in article.corrections
    assert problems[0].severity == "error"


def test_duplicate_field_last_wins(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"---\ntitle: A\ntitle: B\n---\nBody\n")
    assert article is not None and article.corrections == {"title": "B"}
    assert problems[0].line == 3 and "given twice" in problems[0].message


def test_horizontal_rule_is_not_metadata(tmp_path: Path) -> None:
    data = b"---\nKerry met Wang Yi in Beijing.\n---\nMore text.\n"
    article, problems = load_one(tmp_path, data)
    assert article is not None
    assert article.text == data.decode()
    assert (article.body_line_offset, problems) == (0, [])


def test_frontmatter_after_bom_and_crlf(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nBody\r\n"
    article, problems = load_one(tmp_path, data)
    assert article is not None and problems == []
    assert (article.corrections, article.text, article.body_line_offset) == ({"title": "T"}, "Body\n", 3)


# ----------------------------------------------------------- load_folder


def make_folder(root: Path) -> None:
    files = {
        "b.txt": "Second.".encode(),
        "a.md": "First.".encode(),
        "noext": "No extension.".encode(),
        "nested/deeper/c.txt": "Deep.".encode(),
        "nested/新闻.txt": CHINESE.encode("gb18030"),
        "Новости Лавров.txt": RUSSIAN.encode(),
        "with space.txt": "Space.".encode("utf-16"),
        ".hidden.txt": b"hidden",
        ".git/config": b"[core]",
        "draft.txt~": b"backup",
        ".draft.txt.swp": b"swap",
        "draft.swp": b"swap",
        "#draft.txt#": b"emacs",
        "image.png": PNG,
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_load_folder_order_skips_and_sources(tmp_path: Path) -> None:
    make_folder(tmp_path)
    articles, problems = load_folder(tmp_path)
    assert [a.source for a in articles] == [
        "a.md", "b.txt", "nested/deeper/c.txt", "nested/新闻.txt", "noext", "with space.txt", "Новости Лавров.txt",
    ]
    assert [str(p) for p in problems] == [
        ".hidden.txt: is a hidden file (its name starts with '.'); skipped: rename it to include it",
        "image.png: looks like a binary file (PNG image); skipped",
    ]  # .git/, swap and backup files are clutter: skipped without a word
    by_source = {a.source: a for a in articles}
    assert by_source["nested/新闻.txt"].text == CHINESE
    assert by_source["Новости Лавров.txt"].text == RUSSIAN
    assert by_source["with space.txt"].text == "Space."


def test_folder_problems_each_once(tmp_path: Path) -> None:
    make_folder(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.txt").write_bytes(b"---\npublished: 2023-13-45\n---\nBody\n")
    articles, problems = load_folder(tmp_path)
    every = problems + [p for a in articles for p in a.problems]
    assert sorted(map(str, every)) == [
        ".hidden.txt: is a hidden file (its name starts with '.'); skipped: rename it to include it",
        "bad.txt:2: published '2023-13-45' is not a real date (month must be in 1..12); "
        "write it as YYYY-MM-DD, e.g. 2023-07-18; field ignored",
        "empty.txt: is empty (0 bytes); add the article text or delete the file",
        "image.png: looks like a binary file (PNG image); skipped",
    ]
    assert [str(p) for p in problems] == [  # only those with no article to carry them
        ".hidden.txt: is a hidden file (its name starts with '.'); skipped: rename it to include it",
        "image.png: looks like a binary file (PNG image); skipped",
    ]


def test_load_folder_is_deterministic(tmp_path: Path) -> None:
    make_folder(tmp_path)
    first = load_folder(tmp_path)
    second = load_folder(tmp_path)
    assert first == second


def test_load_folder_on_seeds() -> None:
    articles, problems = load_folder(SEEDS)
    assert len(articles) == len([p for p in SEEDS.iterdir() if p.is_file()])
    assert all(a.encoding == "utf-8" and a.text for a in articles)
    assert problems == []


def test_symlink_out_of_folder_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    root = tmp_path / "root"
    root.mkdir()
    (root / "real.txt").write_text("Real article.")
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "inner.txt").symlink_to(root / "real.txt")
    (root / "dirlink").symlink_to(outside, target_is_directory=True)
    articles, problems = load_folder(root)
    assert [a.source for a in articles] == ["inner.txt", "real.txt"]
    text = messages(problems)
    assert "leak.txt: is a link to something outside the folder" in text
    assert "dirlink: is a linked folder; not followed" in text
    assert "secret" not in "".join(a.text for a in articles)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_skipped_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("A.")
    articles, problems = load_folder(tmp_path)
    assert [a.source for a in articles] == ["a.txt"]
    assert "pipe.txt: is not a regular file" in messages(problems)


def test_undecodable_file_name_gets_printable_source(tmp_path: Path) -> None:
    try:
        (Path(os.fsdecode(bytes(tmp_path))) / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"Text.")
    except (OSError, UnicodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    articles, problems = load_folder(tmp_path)
    assert articles[0].source == "caf\\xe9.txt"
    articles[0].source.encode("utf-8")  # safe to write to HTML/JSON
    assert "rename the file" in articles[0].problems[0].message
    assert articles[0].text == "Text."


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        load_folder(tmp_path / "nope")


# ------------------------------------------------------------ more hostile


def test_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    data = ("---\ntitle: T\n" + "\n".join(levels) + "\nnotes: *i\n---\nBody\n").encode()
    article, problems = load_one(tmp_path, data)  # an expanded bomb would take minutes
    assert article is not None and article.corrections == {"title": "T"}
    assert problems[-1].line == 12 and "not a list" in problems[-1].message


def test_deeply_nested_yaml_is_an_error_not_a_crash(tmp_path: Path) -> None:
    article, problems = load_one(tmp_path, b"---\ntitle: " + b"[" * 20_000 + b"\n---\nBody\n")
    assert article is not None and article.text == "Body\n"
    assert problems[0].severity == "error" and problems[0].line == 2


def test_load_file_on_a_fifo_does_not_hang(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    os.mkfifo(tmp_path / "pipe")
    article, problems = load_file(tmp_path / "pipe", tmp_path)
    assert article is None
    assert str(problems[0]) == "pipe: is not a regular file (a folder, pipe or device?); skipped"


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text("x")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    article, problems = load_file(tmp_path / "locked.txt", tmp_path)
    assert article is None
    assert problems[0].severity == "error"
    assert str(problems[0]) == "locked.txt: could not be read (permission denied); check the file's permissions"


def test_bom_in_the_middle_is_dropped_silently() -> None:
    assert decode("Part one.\n".encode("utf-8-sig") + "Part two.".encode("utf-8-sig")) == (
        "Part one.\nPart two.", "utf-8-sig", [],
    )


def test_latin1_with_bytes_cp1252_leaves_undefined() -> None:
    text, enc, _ = decode(b"Pr\xe9sident \x81 Macron a rencontr\xe9 Xi.")
    assert (text, enc) == ("Président  Macron a rencontré Xi.", "latin-1")


def test_big_cp1252_file_is_detected(tmp_path: Path) -> None:
    data = "Wang Yi said “yes”.\n".encode("cp1252") * 300_000  # 6 MB, no UTF-8 at all
    article, _ = load_one(tmp_path, data)
    assert article is not None and article.encoding == "cp1252"
