"""``briefings``: the pipeline from the command line, no MkDocs needed.

    briefings build  [SEEDS_DIR] [--out briefings]   write briefing Markdown
    briefings export SEEDS_DIR                       print the archive as JSON
    briefings check  [SEEDS_DIR]                     report problems; exit 1 on errors
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .knowledge import Knowledge, KnowledgeError
from .models import Archive
from .pipeline import StageCache, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefings", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("build", "write the generated briefing Markdown (with frontmatter) to --out"),
        ("export", "print the archive's data as JSON (see contract/export.schema.json)"),
        ("check", "read every article and report problems; exit status 1 if any is an error"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("seeds", nargs="?" if name != "export" else None, default="seeds", type=Path,
                         help="folder of articles (default: seeds)")
        cmd.add_argument("--knowledge", action="append", type=Path, default=[],
                         help="extra knowledge-base YAML file (repeatable)")
        cmd.add_argument("--cache", type=Path, default=None, help="folder to keep per-article results between runs")
        cmd.add_argument("--workers", type=int, default=None,
                         help="processes for extracting articles (default: one per CPU; 1: none)")
        if name == "build":
            cmd.add_argument("--out", type=Path, default=Path("briefings"), help="output folder (default: briefings)")
    args = parser.parse_args(argv)

    if not args.seeds.is_dir():
        print(f"briefings: {args.seeds}: not a folder of articles", file=sys.stderr)
        return 2
    try:
        knowledge = Knowledge.load(args.knowledge)
    except KnowledgeError as err:
        print(f"briefings: {err}", file=sys.stderr)
        return 2
    try:
        cache = StageCache.open(args.cache)
    except NotADirectoryError as err:
        print(f"briefings: {err}", file=sys.stderr)
        return 2
    archive = run(args.seeds, knowledge, cache=cache,
              progress=args.command != "export" or sys.stderr.isatty(), workers=args.workers)
    _report(archive)

    if args.command == "export":
        from .export import to_json

        sys.stdout.write(to_json(archive))
    elif args.command == "build":
        from .render.pages import render_site
        from .writer import write_briefings

        written, removed = write_briefings(render_site(archive, knowledge), args.out)
        print(f"{len(archive.briefings)} briefings in {args.out}/ ({written} written, {removed} removed); "
              f"{len(archive.meetings)} meetings, {len(archive.discrepancies)} discrepancies", file=sys.stderr)
    elif args.command == "check":
        print(f"{len(archive.briefings)} briefings, {len(archive.problems)} problems", file=sys.stderr)
    return 1 if any(p.severity == "error" for p in archive.problems) and args.command == "check" else 0


def _report(archive: Archive) -> None:
    for problem in archive.problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
