"""`jpoa strategy export`: a draft as a Word document, a PDF or an Excel sheet.

jpoa strategy export ID --format docx|pdf|xlsx --out FILE [--lang L] [--second L]

Added to the `strategy` command group that `cli_strategies.py` builds, so that the group's
owner and the file formats' owner each keep their own module.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli_workshops import Adder, Printer
from jpoa_desktop.handouts.labels import HANDOUT_LANGUAGES
from jpoa_desktop.services.database import Database

FORMATS = ("docx", "pdf", "xlsx")


def _strategy_group(commands_parser: Any) -> Any:
    """The subcommands of `jpoa strategy` (argparse keeps no public handle on them)."""
    group = commands_parser.choices["strategy"]
    return next(a for a in group._actions if isinstance(a, argparse._SubParsersAction))


def export(args: argparse.Namespace, db: Database, out: TextIO, print_json: Printer) -> int:
    from jpoa_desktop.services.strategies import StrategyService

    target = Path(args.out)
    view = StrategyService(db.session_scope).draft(args.id, args.lang)
    missing: list[str] = []
    if args.format == "docx":
        from jpoa_desktop.io.strategy_docx import write_docx

        write_docx(view, target, args.lang, args.second)
    elif args.format == "xlsx":
        from jpoa_desktop.io.strategy_xlsx import write_xlsx

        write_xlsx(view, target, args.lang)
    else:
        from jpoa_desktop.handouts.page import PageOptions
        from jpoa_desktop.handouts.strategy_pdf import build

        missing = build(view, PageOptions(), target, args.lang, args.second)
    if args.json:
        print_json({"draft": view.id, "format": args.format, "file": str(target),
                    "measures": view.summary.measures, "missing_labels": missing}, out)  # fmt: skip
    else:
        print(f"Wrote {target} ({view.summary.measures} measures)", file=out)
    return 0


def add_strategy_file_commands(commands_parser: Any, add: Adder, print_json: Printer) -> None:
    sub = _strategy_group(commands_parser)

    def run_export(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        return export(args, db, out, print_json)

    command = add("export", run_export, "a draft as a Word document, a PDF or an Excel sheet", sub)
    command.add_argument("id", type=int)
    command.add_argument("--format", required=True, choices=FORMATS)
    command.add_argument("--out", required=True, help="the file to write")
    command.add_argument("--lang", default="ru", choices=HANDOUT_LANGUAGES)
    command.add_argument("--second", choices=HANDOUT_LANGUAGES, help="a second language")
