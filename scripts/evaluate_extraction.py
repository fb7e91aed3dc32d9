"""Extraction figures on the fixture corpus and the seeds (issue: read messy articles).

    .venv/bin/python scripts/evaluate_extraction.py [--verbose]

Prints: share of junk lines removed and of body paragraphs kept; titles,
outlets and publication dates right; people precision and recall; role recall.
tests/test_extraction_eval.py asserts floors on the same figures.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
sys.path.insert(0, str(REPO / "plugins"))

from briefing_archive.extract.outlet import canonical_outlet  # noqa: E402
from briefing_archive.knowledge import Knowledge  # noqa: E402
from briefing_archive.pipeline import run  # noqa: E402

# Outlet names an editor treats as the same.
_OUTLET_ALIASES = {"associated press": "ap", "the associated press": "ap", "agence france presse": "afp",
                   "agence france-presse": "afp", "xinhua news agency": "xinhua"}


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(what)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Figures:
    junk_removed: Score = field(default_factory=Score)
    body_kept: Score = field(default_factory=Score)
    titles: Score = field(default_factory=Score)
    outlets: Score = field(default_factory=Score)
    published: Score = field(default_factory=Score)
    people_found: Score = field(default_factory=Score)  # recall
    people_right: Score = field(default_factory=Score)  # precision
    roles_found: Score = field(default_factory=Score)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def _outlet(name: str | None) -> str | None:
    """Compare outlets as an editor would: by the canonical name, case and punctuation aside."""
    if name is None:
        return None
    name = canonical_outlet(name) or name
    key = re.sub(r"[^a-z0-9 ]", "", name.casefold()).strip()
    return _OUTLET_ALIASES.get(key, key)


def _title_ok(expected: dict, title: str, origin: str) -> bool:
    if expected.get("title"):
        return _norm(title) == _norm(expected["title"])
    mentions = expected.get("title_should_mention") or []
    return origin != "headline" and all(m.casefold() in title.casefold() for m in mentions) and len(title.split()) <= 20


def evaluate(folder: Path = FIXTURES, with_seeds: bool = True) -> Figures:
    """Figures for ``folder`` (articles/ and expected/), plus the seeds' headline facts."""
    figures = Figures()
    knowledge = Knowledge.load()
    fixtures = run(folder / "articles", knowledge)
    for briefing in fixtures.briefings:
        stem = Path(briefing.source).stem
        expected = yaml.safe_load((folder / "expected" / f"{stem}.yaml").read_text(encoding="utf-8"))
        _score_article(figures, stem, expected, briefing)
    if not with_seeds:
        return figures
    corpus = yaml.safe_load((FIXTURES / "corpus.yaml").read_text(encoding="utf-8"))
    seeds = run(REPO / "seeds", knowledge)
    for briefing in seeds.briefings:
        stem = Path(briefing.source).stem
        expected = corpus["seeds"]["articles"].get(stem)
        if expected:
            _score_headline_facts(figures, stem, expected, briefing)
    return figures


def _score_headline_facts(figures: Figures, stem: str, expected: dict, briefing) -> None:
    figures.titles.add(_title_ok(expected, briefing.title, briefing.title_origin), f"{stem}: title {briefing.title!r}")
    figures.outlets.add(_outlet(briefing.outlet) == _outlet(expected.get("outlet")),
                        f"{stem}: outlet {briefing.outlet!r}, expected {expected.get('outlet')!r}")
    figures.published.add(briefing.published == expected.get("published"),
                          f"{stem}: published {briefing.published}, expected {expected.get('published')}")


def _score_article(figures: Figures, stem: str, expected: dict, briefing) -> None:
    _score_headline_facts(figures, stem, expected, briefing)
    paragraphs = [_norm(p) for p in briefing.paragraphs]
    kept = set(paragraphs)
    for line in expected.get("junk") or []:
        figures.junk_removed.add(_norm(line) not in kept, f"{stem}: junk kept: {line[:70]!r}")
    for prefix in expected.get("body") or []:
        figures.body_kept.add(any(_norm(prefix) in p for p in paragraphs), f"{stem}: body lost: {prefix!r}")
    want = {p["name"]: p for p in expected.get("people") or []}
    # A misspelt name kept as written ("Jack Sullivan") is right: near-misses are
    # shown as discrepancies, never merged silently; count it as that person.
    written = {form: p["name"] for p in want.values() for form in p.get("forms") or [] if form not in want}
    got = {written.get(p.name, p.name): p for p in briefing.people}
    for name in want:
        figures.people_found.add(name in got, f"{stem}: person missed: {name}")
    for name in got:
        figures.people_right.add(name in want, f"{stem}: not a person of the story: {name}")
    for name, person in want.items():
        if name in got:
            given = {_norm(t).casefold() for t in got[name].role_titles}
            for role in person.get("roles") or []:
                ok = any(_norm(role).casefold() in g or g in _norm(role).casefold() for g in given)
                figures.roles_found.add(ok, f"{stem}: role missed: {name}: {role}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--folder", type=Path, default=FIXTURES,
                        help="a folder with articles/ and expected/ (default: tests/fixtures)")
    args = parser.parse_args()
    figures = evaluate(args.folder, with_seeds=args.folder == FIXTURES)
    rows = [("junk lines removed", figures.junk_removed), ("body paragraphs kept", figures.body_kept),
            ("titles right", figures.titles), ("outlets right", figures.outlets),
            ("publication dates right", figures.published), ("people recall", figures.people_found),
            ("people precision", figures.people_right), ("roles recall", figures.roles_found)]
    for label, score in rows:
        print(f"{label:26} {score.share:6.1%}  ({score.right}/{score.total})")
    if args.verbose:
        for label, score in rows:
            for miss in score.misses:
                print(f"  [{label}] {miss}")


if __name__ == "__main__":
    main()
