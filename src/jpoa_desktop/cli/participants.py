"""`jpoa participants import|export`: a participant list read into a workshop, and written out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli.commands import EXIT_BAD_INPUT, EXIT_OK, Commands, answer, print_json
from jpoa_desktop.io.tables.columns import parse_mapping_option, suggest_mapping
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.io.tables.reading import ReadOptions
from jpoa_desktop.services.container import Services


def _mapping(args: argparse.Namespace, path: Path, options: ReadOptions) -> dict[int, str] | None:
    """The columns' fields: as guessed from the headers, changed by each --map COLUMN=field."""
    if not args.map:
        return None
    headers = read_list(path, options).headers
    mapping = suggest_mapping(headers)
    for option in args.map:
        index, field = parse_mapping_option(option, headers)
        mapping = {i: f for i, f in mapping.items() if f != field and i != index}
        mapping[index] = field
    return mapping


def import_list(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Every row is checked first; with a problem nothing is written (exit 2) unless
    --skip-invalid."""
    path = Path(args.file)
    options = ReadOptions(args.header_row, args.sheet, args.encoding)
    service = services.participant_import
    plan = service.plan(
        path,
        mapping=_mapping(args, path, options),
        split_full_names=args.split_names,
        options=options,
    )
    errors = [{"row": p.row, "column": p.column, "message": p.message} for p in plan.problems]
    blocked = bool(plan.problems) and not args.skip_invalid
    result: dict[str, Any]
    if args.dry_run or blocked:
        result = {"added": 0, "linked": 0, "skipped": 0, "errors": errors}
        if args.dry_run and not blocked:
            result.update(added=plan.to_add, linked=plan.to_link, skipped=len(errors))
    else:
        report = service.apply(plan, args.workshop, skip_invalid=args.skip_invalid)
        result = {
            "added": report.added,
            "linked": report.linked,
            "skipped": report.skipped,
            "errors": errors,
        }
    if args.json:
        print_json(result, out)
    else:
        for error in errors:
            print(error["message"], file=out)
        verb = "would add" if args.dry_run else "added"
        print(
            f"{plan.source}: {verb} {result['added']}, linked {result['linked']}, "
            f"skipped {result['skipped']}",
            file=out,
        )
        if blocked:
            print("Nothing was imported: fix the rows above or use --skip-invalid.", file=out)
    return EXIT_BAD_INPUT if blocked else EXIT_OK


def export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    target = Path(args.file)
    rows = services.participant_export.export(target, args.workshop, args.lang)
    return answer(args, out, {"file": str(target), "rows": rows}, [f"{target}: {rows} rows"])


def _add_import(participants: Commands) -> None:
    command = participants.command(
        "import", import_list, "import a participant list (CSV, TXT or XLSX) into a workshop"
    )
    command.add_argument("file")
    command.add_argument("--workshop", type=int, required=True)
    command.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    command.add_argument("--skip-invalid", action="store_true", help="import the good rows only")
    command.add_argument(
        "--header-row", type=int, metavar="N", help="the row naming the columns (else found)"
    )
    command.add_argument("--sheet", help="the workbook's sheet to read (the first with a header)")
    command.add_argument(
        "--encoding", help="the CSV's encoding, e.g. cp866, cp1251, utf-8 (detected if not given)"
    )
    command.add_argument(
        "--split-names",
        action="store_true",
        help="split a one-column full name into family name, given name and patronymic",
    )
    command.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=field",
        help="map a column (header or 1-based number) to a field; repeatable",
    )


def register(commands: Commands) -> None:
    participants = commands.group("participants", "participant lists")
    _add_import(participants)
    command = participants.command(
        "export",
        export,
        "export the directory, or a workshop's registrations and attendance (CSV or XLSX)",
    )
    command.add_argument("file", help="FILE.csv (UTF-8 with BOM, opens in Excel) or FILE.xlsx")
    command.add_argument("--workshop", type=int, help="only this workshop, with attendance per day")
    command.add_argument("--lang", default="en", choices=("en", "ru"), help="language of headers")
