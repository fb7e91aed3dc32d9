"""Precision and recall of the discrepancy sidebar on the seeds and the fixture corpus.

    .venv/bin/python scripts/evaluate_discrepancies.py            # both corpora
    .venv/bin/python scripts/evaluate_discrepancies.py seeds      # one of them
    .venv/bin/python scripts/evaluate_discrepancies.py --oracle   # compare alone, on true meetings

Truth is ``tests/fixtures/corpus.yaml``: planted ``discrepancies`` (must be
found) and ``quiet`` non-discrepancies (must not be flagged), for the fixture
articles and, under ``seeds:``, for ``/seeds``.

A flag is *accepted* when it is the planted disagreement: same kind, same
meeting (the archive's meeting mapped to a corpus key by its articles and
participants), and two articles the truth gives different values on different
sides (for a conflict with the knowledge base: the article on a side and a
note saying what the knowledge holds). Every other flag is listed as a false
alarm, with the quiet items it touches, so a reader can judge it.
Precision = accepted flags / flags; recall = planted items found / planted.

``--oracle`` measures the compare stage alone: the pipeline's own briefings
(people, titles, sentences, copies) but the meetings and their linking taken
from the truth (``expected/<stem>.yaml`` for the fixtures, ``corpus.yaml`` for
the seeds), so a miss there is compare's (or facts') own, not linking's.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "plugins"))

from briefing_archive.compare import compare  # noqa: E402
from briefing_archive.extract.dates import find_dates  # noqa: E402
from briefing_archive.extract.facts import attach_facts  # noqa: E402
from briefing_archive.extract.text import split_sentences  # noqa: E402
from briefing_archive.knowledge import Knowledge  # noqa: E402
from briefing_archive.models import (  # noqa: E402
    Archive, Briefing, Coverage, Discrepancy, Evidence, Meeting, MeetingReport,
)
from briefing_archive.pipeline import run  # noqa: E402

CORPUS = REPO / "tests" / "fixtures" / "corpus.yaml"
FOLDERS = {"seeds": REPO / "seeds", "fixtures": REPO / "tests" / "fixtures" / "articles"}


@dataclass
class Verdict:
    """One flag and what the truth says of it."""

    flag: Discrepancy
    meeting_key: str | None
    planted: list[int] = field(default_factory=list)  # indexes of planted items it is
    quiet: list[int] = field(default_factory=list)  # indexes of quiet items it touches

    @property
    def accepted(self) -> bool:
        return bool(self.planted)


@dataclass
class Result:
    """The evaluation of one corpus."""

    name: str
    verdicts: list[Verdict]
    planted: list[dict[str, Any]]
    quiet: list[dict[str, Any]]

    @property
    def found(self) -> set[int]:
        return {i for v in self.verdicts for i in v.planted}

    @property
    def precision(self) -> float:
        return sum(v.accepted for v in self.verdicts) / len(self.verdicts) if self.verdicts else 1.0

    @property
    def recall(self) -> float:
        return len(self.found) / len(self.planted) if self.planted else 1.0

    @property
    def quiet_broken(self) -> set[int]:
        return {i for v in self.verdicts if not v.accepted for i in v.quiet}


def truth(name: str) -> dict[str, Any]:
    """The corpus section for ``seeds`` or ``fixtures``."""
    data = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return data["seeds"] if name == "seeds" else data


def evaluate(name: str, archive: Archive | None = None) -> Result:
    """Run the pipeline on one corpus (unless given its archive) and judge every flag."""
    section = truth(name)
    archive = archive or run(FOLDERS[name], Knowledge.load())
    stem = {b.id: Path(b.source).stem for b in archive.briefings}
    keys = {m.id: meeting_key(m, stem, section.get("meetings", {})) for m in archive.meetings}
    planted = section.get("discrepancies", [])
    quiet = section.get("quiet", [])
    verdicts = []
    for flag in archive.discrepancies:
        key = keys.get(flag.meeting) if flag.meeting else None
        verdict = Verdict(flag, key)
        verdict.planted = [i for i, p in enumerate(planted) if is_planted(flag, key, p, stem)]
        verdict.quiet = [i for i, q in enumerate(quiet) if touches(flag, key, q, stem)]
        verdicts.append(verdict)
    return Result(name, verdicts, planted, quiet)


def meeting_key(meeting: Meeting, stem: dict[str, str], meetings: dict[str, Any]) -> str | None:
    """The corpus key most of a meeting's reports belong to (by article, participants, date)."""
    votes: Counter[str] = Counter()
    for item in meeting.coverage:
        article = stem[item.briefing]
        best: tuple[int, int, str] | None = None
        for key, truth_meeting in meetings.items():
            listed = set(truth_meeting.get("articles") or []) | set(truth_meeting.get("previews") or []) \
                | set(truth_meeting.get("background") or [])
            if article not in listed:
                continue
            shared = len(set(item.report.participants) & set(truth_meeting.get("participants") or []))
            if shared < min(2, len(item.report.participants)) - 1 or shared == 0:
                continue
            true_day = truth_meeting.get("date")
            closeness = -abs((item.report.date - true_day).days) if item.report.date and true_day else -99
            score = (shared, closeness, key)
            if best is None or score[:2] > best[:2]:
                best = score
        if best:
            votes[best[2]] += 1
    return votes.most_common(1)[0][0] if votes else None


def _sides(flag: Discrepancy, stem: dict[str, str]) -> list[set[str]]:
    return [{stem[b] for b in claim.briefings if b in stem} for claim in flag.claims]


def is_planted(flag: Discrepancy, key: str | None, item: dict[str, Any], stem: dict[str, str]) -> bool:
    """The flag is this planted disagreement."""
    if flag.kind != item["kind"] or (key is not None and flag.meeting is not None and key != item["meeting"]):
        return False
    sides = _sides(flag, stem)
    claims = item.get("claims") or {}
    if item.get("against") == "knowledge":
        return bool(flag.note) and any(set(item["articles"]) & side for side in sides)
    for a, value_a in claims.items():
        for b, value_b in claims.items():
            if value_a == value_b:
                continue
            if any(a in side_a and b in side_b for i, side_a in enumerate(sides) for j, side_b in enumerate(sides) if i != j):
                return True
    return False


def touches(flag: Discrepancy, key: str | None, item: dict[str, Any], stem: dict[str, str]) -> bool:
    """The flag says what a quiet item says must not be said."""
    if item["kind"] not in (flag.kind, "other"):
        return False
    if item.get("meeting") and key is not None and key != item["meeting"]:
        return False
    articles = set(item["articles"])
    sides = _sides(flag, stem)
    touched = [side & articles for side in sides]
    if len(articles) == 1:
        return any(touched)
    return sum(1 for t in touched if t) >= 2


def report(result: Result) -> str:
    """The figures, every flag with its verdict, every planted item missed."""
    lines = [f"== {result.name}: {len(result.verdicts)} flags, {sum(v.accepted for v in result.verdicts)} accepted; "
             f"planted {len(result.planted)}, found {len(result.found)}",
             f"   precision {result.precision:.2f}   recall {result.recall:.2f}   "
             f"quiet items broken {len(result.quiet_broken)}/{len(result.quiet)}"]
    for v in result.verdicts:
        mark = "OK   " if v.accepted else "FALSE"
        lines.append(f"  [{mark}] {v.flag.kind:7} {v.meeting_key or v.flag.meeting}: {v.flag.subject}")
        for claim in v.flag.claims:
            lines.append(f"            {claim.value!r}: {', '.join(claim.briefings)}")
            for ev in claim.evidence[:1]:
                lines.append(f"               \u201c{ev.sentence[:140]}\u201d")
        if v.flag.note:
            lines.append(f"            note: {v.flag.note}")
        for i in v.quiet:
            if not v.accepted:
                lines.append(f"            breaks quiet: {result.quiet[i]['why'][:120]}")
    missed = [p for i, p in enumerate(result.planted) if i not in result.found]
    for p in missed:
        lines.append(f"  [MISS ] {p['kind']:7} {p['meeting']}: {p.get('values')} {'(against knowledge)' if p.get('against') else ''}")
    return "\n".join(lines)


# ------------------------------------------------------------------ oracle

EXPECTED = REPO / "tests" / "fixtures" / "expected"
_MEETING_WORD = re.compile(r"\b(?:met|meet|meets|meeting|talks?|talked|call|spoke|summit|conversation|received|hosted|discuss)", re.I)


def oracle_archive(name: str) -> Archive:
    """The pipeline's briefings with true meetings: reports rebuilt from the truth, linked by key."""
    knowledge = Knowledge.load()
    archive = run(FOLDERS[name], knowledge)
    section = truth(name)
    by_stem = {Path(b.source).stem: b for b in archive.briefings}
    coverage: dict[str, list[Coverage]] = {}
    for stem, briefing in sorted(by_stem.items()):
        briefing.reports = [_report(briefing, m) for m in _true_reports(name, stem, section)]
        sentences = [Evidence(briefing.source, x) for p in briefing.paragraphs for x in split_sentences(p)]
        attach_facts(sentences, briefing.reports, briefing.people)  # as the meetings extractor does
        for report, key in zip(briefing.reports, [m["key"] for m in _true_reports(name, stem, section)]):
            coverage.setdefault(key, []).append(Coverage(briefing.id, report))
    meetings = []
    for key, items in sorted(coverage.items()):
        true = section["meetings"].get(key, {})
        meetings.append(Meeting(id=key, title=key, date=true.get("date"), end_date=true.get("end_date"),
                                place=true.get("place"), format=true.get("format"),
                                participants=list(true.get("participants") or items[0].report.participants),
                                roles={}, coverage=items))
    return Archive(archive.briefings, meetings, compare(meetings, archive.briefings, knowledge))


def _true_reports(name: str, stem: str, section: dict[str, Any]) -> list[dict[str, Any]]:
    if name == "fixtures":
        data = yaml.safe_load((EXPECTED / f"{stem}.yaml").read_text(encoding="utf-8"))
        return list(data.get("meetings") or [])
    out = []
    for key, meeting in section["meetings"].items():
        if stem in (meeting.get("articles") or []):
            out.append({**meeting, "key": key, "status": "reported"})
    return out


def _as_named(briefing: Briefing, name: str) -> str:
    """The participant as this article names them: a different person of the same surname if so."""
    people = [p.name for p in briefing.people]
    if name in people:
        return name
    tokens = set(name.split())
    same = [p for p in people if tokens & set(p.split()) and len(p.split()) >= 2]
    return same[0] if len(same) == 1 else name


def _report(briefing: Briefing, truth_meeting: dict[str, Any]) -> MeetingReport:
    """What a good extractor would give: the true values, the article's sentences, names and titles."""
    names = [_as_named(briefing, n) for n in truth_meeting["participants"]]
    forms = {p.name: p.forms for p in briefing.people}
    sentences = [Evidence(briefing.source, s) for p in briefing.paragraphs for s in split_sentences(p)]

    def named(sentence: str, person: str) -> bool:
        return any(re.search(rf"\b{re.escape(f)}\b", sentence) for f in forms.get(person, [person]))

    evidence = [ev for ev in sentences if sum(named(ev.sentence, n) for n in names) >= 2
                or (sum(named(ev.sentence, n) for n in names) == 1 and _MEETING_WORD.search(ev.sentence))]
    day = truth_meeting.get("date")
    date_text = None
    dateline = briefing.evidence["dateline"].sentence if "dateline" in briefing.evidence else "\0"
    for mention in find_dates(evidence, briefing.published):
        if mention.value == day and not mention.uncertain and mention.text not in dateline:
            date_text = mention.text
            break
    roles = {}
    written = {}
    for person in briefing.people:
        if person.name not in names:
            continue
        inside = [r.title for r in person.roles if r.evidence in evidence]
        if inside or person.roles:
            roles[person.name] = (inside or person.role_titles)[0]
        full = [f for f in person.forms if len(f.split()) >= 2]
        if full:
            written[person.name] = full[0]
    return MeetingReport(participants=tuple(sorted(names)), date=day, end_date=truth_meeting.get("end_date"),
                         date_text=date_text, date_uncertain=date_text is None, place=truth_meeting.get("place"),
                         format=truth_meeting.get("format"), status=truth_meeting.get("status", "reported"),
                         roles=roles, names_as_written=written, evidence=evidence)


def main(argv: list[str]) -> int:
    oracle = "--oracle" in argv
    names = [a for a in argv if not a.startswith("--")] or ["seeds", "fixtures"]
    results = [evaluate(name, oracle_archive(name) if oracle else None) for name in names]
    for result in results:
        print(report(result))
        print()
    flags = sum(len(r.verdicts) for r in results)
    accepted = sum(sum(v.accepted for v in r.verdicts) for r in results)
    planted = sum(len(r.planted) for r in results)
    found = sum(len(r.found) for r in results)
    print(f"== all: precision {accepted}/{flags} = {accepted / flags if flags else 1:.2f}; "
          f"recall {found}/{planted} = {found / planted if planted else 1:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
