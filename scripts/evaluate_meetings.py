"""How well meetings are found and linked, measured on the fixtures and the seeds.

    .venv/bin/python scripts/evaluate_meetings.py [--verbose]

Truth comes from tests/fixtures/corpus.yaml (which articles report or preview
which meeting; ``seeds:`` for /seeds) and tests/fixtures/expected/*.yaml (the
participants each article itself names, planted errors included). The whole
pipeline runs (load, clean, extract, link), so the figures move with every
stage, not only with meeting extraction.

Figures, per corpus:

* meetings per article: precision and recall of the reports each article
  yields against the meetings it reports or previews (one-to-one matching by
  participants, then by date);
* pairwise links: precision and recall of "these two articles report the same
  meeting", over pairs of matched reports; a pair that involves a preview
  counts only when it is wrong (linking a preview is optional);
* dates: share of true meetings (with a known date) whose linked meeting has
  the right date;
* fields: of the reports matched to a meeting, how many have the date, last
  day, place, format and status the article states (its expected file).

The held-out set (tests/holdout, written blind to the code) has no meetings
reported by two articles: only the per-article figures and fields apply. It
measures; nothing is tuned on it.

``--oracle-published`` gives every fixture article the publication date its
expected file states (as curator frontmatter), to measure meeting extraction
and linking apart from publication-date extraction.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
sys.path.insert(0, str(REPO / "plugins"))

from briefing_archive.knowledge import Knowledge  # noqa: E402
from briefing_archive.models import Archive, MeetingReport  # noqa: E402
from briefing_archive.pipeline import run  # noqa: E402


@dataclass(frozen=True)
class Expected:
    """One meeting an article reports or previews, as the truth has it."""

    key: str
    participants: frozenset[str]  # true participants (corpus.yaml)
    written: frozenset[str]  # participants as this article names them (expected yaml), else true
    status: str  # "reported" | "preview"
    date: date | None  # the date this article gives, else the true date
    fields: tuple[tuple[str, Any], ...] = ()  # what the article states (expected yaml): end_date, place, ...


@dataclass
class Figures:
    """The measured figures of one corpus, with what went wrong for --verbose."""

    articles: int = 0
    reports: int = 0
    expected: int = 0
    matched: int = 0
    pairs_predicted: int = 0
    pairs_true: int = 0
    pairs_correct: int = 0
    dated_meetings: int = 0
    dates_right: int = 0
    fields_checked: dict[str, int] = field(default_factory=dict)
    fields_right: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def article_precision(self) -> float:
        return _ratio(self.matched, self.reports)

    @property
    def article_recall(self) -> float:
        return _ratio(self.matched, self.expected)

    @property
    def pair_precision(self) -> float:
        return _ratio(self.pairs_correct, self.pairs_predicted)

    @property
    def pair_recall(self) -> float:
        return _ratio(self.pairs_correct, self.pairs_true)

    @property
    def date_share(self) -> float:
        return _ratio(self.dates_right, self.dated_meetings)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


# ----------------------------------------------------------------- truth


def load_truth(section: dict[str, Any], expected_dir: Path | None) -> dict[str, list[Expected]]:
    """Per article stem, the meetings it reports or previews."""
    per_article: dict[str, list[Expected]] = {}
    written = _written(expected_dir) if expected_dir else {}
    for key, meeting in (section.get("meetings") or {}).items():
        true = frozenset(meeting["participants"])
        for status, stems in (("reported", meeting.get("articles") or []), ("preview", meeting.get("previews") or [])):
            for stem in stems:
                says = written.get((stem, key), {})
                per_article.setdefault(stem, []).append(Expected(
                    key=key, participants=true, written=frozenset(says.get("participants") or true),
                    status=status, date=says.get("date", meeting.get("date")), fields=_fields(says)))
    for stem in section.get("no_meeting") or []:
        per_article.setdefault(stem, [])
    return per_article


FIELDS = ("date", "end_date", "place", "format", "status")


def _fields(says: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple((name, says[name]) for name in FIELDS if name in says)


def load_expected_only(expected_dir: Path) -> dict[str, list[Expected]]:
    """Per article stem, the meetings its expected file lists (a set without corpus.yaml)."""
    per_article: dict[str, list[Expected]] = {}
    for path in sorted(expected_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        per_article[path.stem] = [
            Expected(key=m["key"], participants=frozenset(m["participants"]), written=frozenset(m["participants"]),
                     status=m.get("status", "reported"), date=m.get("date"), fields=_fields(m))
            for m in data.get("meetings") or []]
    return per_article


def _written(expected_dir: Path) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(expected_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for meeting in data.get("meetings") or []:
            out[(path.stem, meeting["key"])] = meeting
    return out


# ------------------------------------------------------------- matching


def _loose(a: str, b: str) -> bool:
    """Two names that may denote one seat: same first or last word ("Jack"/"Jake Sullivan")."""
    wa, wb = a.lower().split(), b.lower().split()
    return bool(wa and wb) and (wa[-1] == wb[-1] or (len(wa) == len(wb) == 2 and wa[0] == wb[0]))


def similarity(report: MeetingReport, exp: Expected) -> float:
    """How well a report's participants fit an expected meeting (1.0: the same people)."""
    got = set(report.participants)
    best = 0.0
    for names in (exp.written, exp.participants):
        exact = got & names
        rest_got, rest_want = got - exact, set(names - exact)
        loose = 0
        for name in sorted(rest_got):
            hit = next((w for w in sorted(rest_want) if _loose(name, w)), None)
            if hit:
                loose += 1
                rest_want.discard(hit)
        best = max(best, (len(exact) + 0.5 * loose) / max(len(got), len(names)))
    return best


def match_article(reports: list[MeetingReport], expected: list[Expected]) -> dict[int, Expected]:
    """Report index -> the expected meeting it stands for (greedy, best fit first)."""
    scored = []
    for i, report in enumerate(reports):
        for j, exp in enumerate(expected):
            sim = similarity(report, exp)
            if sim >= 0.5:
                off = abs((report.date - exp.date).days) if report.date and exp.date else 99
                scored.append((-sim, off, i, j))
    out: dict[int, Expected] = {}
    used: set[int] = set()
    for _, _, i, j in sorted(scored):
        if i not in out and j not in used:
            out[i] = expected[j]
            used.add(j)
    return out


# ------------------------------------------------------------- measuring


def measure(archive: Archive, truth: dict[str, list[Expected]], true_dates: dict[str, date | None]) -> Figures:
    figures = Figures()
    meeting_of: dict[int, str] = {id(c.report): m.id for m in archive.meetings for c in m.coverage}
    items: list[tuple[str, str, Expected | None]] = []  # (stem, meeting id, truth)
    for briefing in archive.briefings:
        stem = Path(briefing.source).stem
        if stem not in truth:
            continue
        expected = truth[stem]
        figures.articles += 1
        figures.reports += len(briefing.reports)
        figures.expected += len(expected)
        matched = match_article(briefing.reports, expected)
        figures.matched += len(matched)
        for i, report in enumerate(briefing.reports):
            exp = matched.get(i)
            items.append((stem, meeting_of[id(report)], exp))
            if exp is not None:
                _check_fields(stem, report, exp, figures)
            if exp is None:
                figures.notes.append(f"{stem}: extra report {report.participants} {report.date} {report.status}")
        for exp in expected:
            if exp not in matched.values():
                figures.notes.append(f"{stem}: missed {exp.key} ({exp.status})")
    _pairs(items, figures)
    _dates(archive, items, true_dates, figures)
    return figures


def _check_fields(stem: str, report: MeetingReport, exp: Expected, figures: Figures) -> None:
    for name, want in exp.fields:
        got = getattr(report, name)
        if name == "date" and want is None and report.date_uncertain:
            got = None  # the article states no date: the publication day it falls back on is marked uncertain
        if name == "place" and got and want:
            got, want = str(got).casefold(), str(want).casefold()
        figures.fields_checked[name] = figures.fields_checked.get(name, 0) + 1
        if got == want:
            figures.fields_right[name] = figures.fields_right.get(name, 0) + 1
        else:
            figures.notes.append(f"{stem}: {exp.key} {name} {got!r} (expected {want!r})")


def _pairs(items: list[tuple[str, str, Expected | None]], figures: Figures) -> None:
    for (sa, ma, ea), (sb, mb, eb) in combinations(items, 2):
        if sa == sb:
            continue
        same_truth = ea is not None and eb is not None and ea.key == eb.key
        linked = ma == mb
        optional = same_truth and "preview" in (ea.status, eb.status)
        if optional:
            continue
        if linked:
            figures.pairs_predicted += 1
            figures.pairs_correct += same_truth
            if not same_truth:
                figures.notes.append(f"wrong link {sa} ~ {sb} in {ma}")
        if same_truth:
            figures.pairs_true += 1
            if not linked:
                figures.notes.append(f"missed link {sa} ~ {sb} ({ea.key})")


def _dates(archive: Archive, items: list[tuple[str, str, Expected | None]], true_dates: dict[str, date | None],
           figures: Figures) -> None:
    meetings = archive.meetings_by_id
    for key, day in sorted(true_dates.items()):
        if day is None:
            continue
        votes = [m for _, m, e in items if e is not None and e.key == key and e.status == "reported"]
        if not votes:
            continue
        figures.dated_meetings += 1
        chosen = max(sorted(set(votes)), key=votes.count)
        got = meetings[chosen].date
        if got == day:
            figures.dates_right += 1
        else:
            figures.notes.append(f"date of {key}: {got} (true {day})")


def evaluate(knowledge: Knowledge | None = None, oracle_published: bool = False,
             holdout: bool = True) -> dict[str, Figures]:
    """Figures for the fixtures, the seeds and (unless told not to) the held-out set."""
    knowledge = knowledge or Knowledge.load()
    corpus = yaml.safe_load((FIXTURES / "corpus.yaml").read_text(encoding="utf-8"))
    out: dict[str, Figures] = {}
    with tempfile.TemporaryDirectory() as tmp:
        articles = _with_published(Path(tmp)) if oracle_published else FIXTURES / "articles"
        for name, section, folder, expected_dir in (
            ("fixtures", corpus, articles, FIXTURES / "expected"),
            ("seeds", corpus["seeds"], REPO / "seeds", None),
        ):
            truth = load_truth(section, expected_dir)
            true_dates = {k: m.get("date") for k, m in (section.get("meetings") or {}).items()}
            out[name] = measure(run(folder, knowledge), truth, true_dates)
        for name in ("holdout", "holdout2"):
            blind = REPO / "tests" / name
            if holdout and (blind / "expected").is_dir():
                out[name] = measure(run(blind / "articles", knowledge), load_expected_only(blind / "expected"), {})
    return out


def _with_published(folder: Path) -> Path:
    """A copy of the fixture articles, each with its expected publication date as frontmatter."""
    target = folder / "articles"
    shutil.copytree(FIXTURES / "articles", target)
    for path in sorted(target.glob("*.txt")):
        expected = yaml.safe_load((FIXTURES / "expected" / f"{path.stem}.yaml").read_text(encoding="utf-8"))
        if expected.get("published"):
            body = path.read_bytes().decode("utf-8-sig")
            path.write_text(f"---\npublished: {expected['published']}\n---\n{body}", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and wrong link")
    parser.add_argument("--oracle-published", action="store_true",
                        help="give fixture articles their expected publication dates first")
    args = parser.parse_args(argv)
    for name, figures in evaluate(oracle_published=args.oracle_published).items():
        print(f"{name}: {figures.articles} articles, {figures.reports} reports, {figures.expected} expected")
        print(f"  meetings per article  precision {figures.article_precision:.3f}  recall {figures.article_recall:.3f}")
        print(f"  pairwise links        precision {figures.pair_precision:.3f}  recall {figures.pair_recall:.3f}"
              f"  ({figures.pairs_correct}/{figures.pairs_predicted} predicted, {figures.pairs_true} true)")
        if figures.dated_meetings:
            print(f"  meetings with the right date  {figures.date_share:.3f}  "
                  f"({figures.dates_right}/{figures.dated_meetings})")
        print("  fields of matched reports     " + "  ".join(
            f"{n} {figures.fields_right.get(n, 0)}/{figures.fields_checked[n]}" for n in FIELDS
            if n in figures.fields_checked))
        if args.verbose:
            for note in figures.notes:
                print("   -", note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
