"""`jpoa strategy export` and `import`: a draft as a Word document, a PDF or an Excel sheet,
and an action-plan table (XLSX, CSV or a Word table) read into a new draft.

jpoa strategy export ID --format docx|pdf|xlsx --out FILE [--lang L] [--second L]
jpoa strategy import FILE --country CC [--lang L] [--title T] [--skip-bad-rows] [--json]

Added to the `strategy` command group by strategies.py's `register`, so that the group's
owner and the file formats' owner each keep their own module.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from jpoa_desktop.cli.commands import Commands, answer, print_json
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.strategies.strategy_export import FORMATS as EXPORT_FORMATS
from jpoa_desktop.texts.labels import HANDOUT_LANGUAGES

FORMATS = tuple(suffix.lstrip(".") for suffix in EXPORT_FORMATS)  # docx, pdf, xlsx


def export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    target = Path(args.out)
    written = services.strategy_export.export_draft(
        args.id, target, args.lang, args.second, fmt=args.format
    )
    data = {"draft": written.draft_id, "format": args.format, "file": str(target),
            "measures": written.measures, "missing_labels": written.missing_labels}  # fmt: skip
    return answer(args, out, data, [f"Wrote {target} ({written.measures} measures)"])


def import_file(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Every row is checked first; with a problem nothing is written (exit 2) unless
    --skip-bad-rows, and each problem is listed with its row and column."""
    service = services.strategy_import
    plan = service.plan(Path(args.file), args.lang)
    problems = [{"row": p.row, "column": p.column, "message": p.message} for p in plan.problems]
    if plan.problems and not args.skip_bad_rows:
        if args.json:
            print_json({"imported": False, "problems": problems}, out)
        else:
            for problem in problems:
                print(problem["message"], file=out)
        service.import_rows(plan, args.country)  # raises: says nothing was imported
    titles = {args.lang: args.title} if args.title else None
    report = service.import_rows(plan, args.country, titles, skip_invalid=args.skip_bad_rows)
    # Kept, but worth a look: deadlines kept as words, columns not imported, rows left out.
    warnings = [{"row": w.row, "column": w.column, "message": w.message} for w in plan.warnings]
    notes = [str(note) for note in plan.notes]
    if args.json:
        print_json({"imported": True, "draft": report.draft_id, "goals": report.goals,
                    "objectives": report.objectives, "measures": report.measures,
                    "skipped": report.skipped, "problems": problems, "warnings": warnings,
                    "notes": notes}, out)  # fmt: skip
    else:
        for line in [*notes, *(w["message"] for w in warnings)]:
            print(line, file=out)
        print(f"Draft {report.draft_id}: {report.goals} goals, {report.objectives} objectives, "
              f"{report.measures} measures; {report.skipped} rows skipped", file=out)  # fmt: skip
    return 0


def register_file_commands(strategy: Commands) -> None:
    """`jpoa strategy export` and `import`, in the group strategies.py registers."""
    command = strategy.command(
        "export", export, "a draft as a Word document, a PDF or an Excel sheet"
    )
    command.add_argument("id", type=int)
    command.add_argument("--format", required=True, choices=FORMATS)
    command.add_argument("--out", required=True, help="the file to write")
    command.add_argument("--lang", default="ru", choices=HANDOUT_LANGUAGES)
    command.add_argument("--second", choices=HANDOUT_LANGUAGES, help="a second language")

    command = strategy.command("import", import_file, "read an action-plan table into a new draft")
    command.add_argument("file", help="an XLSX, CSV or Word (.docx) file with the plan's table")
    command.add_argument("--country", required=True, help="the country's code, e.g. KG")
    command.add_argument("--lang", default="ru", choices=HANDOUT_LANGUAGES,
                         help="the language the file is written in")  # fmt: skip
    command.add_argument("--title", help="the draft's title (default: the file's name)")
    command.add_argument("--skip-bad-rows", action="store_true",
                         help="import the good rows when some have problems")  # fmt: skip
