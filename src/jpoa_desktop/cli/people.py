"""`jpoa people …`: find people in any script, merge (or unmerge) duplicates, answer a data
request (export everything held on a person, erase it, the retention rule); and `jpoa
participants import|export`: a participant list read into a workshop, and written out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli.commands import (
    EXIT_OK,
    Commands,
    answer,
    day,
    import_answer,
    positive,
    print_json,
    problem_rows,
)
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.tables.columns import parse_mapping_option, suggest_mapping
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.io.tables.reading import ReadOptions
from jpoa_desktop.services.container import Services
from jpoa_desktop.texts.text_folding import NO_WORDS, long_query_note, query_words


def search(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    if not query_words(args.query).words:
        raise ValidationError(NO_WORDS)
    people = services.people.search(args.query, limit=args.limit)
    if note := long_query_note(args.query):
        print(note, file=sys.stderr)
    if not people and not args.json:
        print(f"No one matches “{query_words(args.query).text}”.", file=out)
    found = [
        {
            "id": p.id,
            "family_name": p.family_name,
            "given_name": p.given_name,
            "latin": p.latin,
            "organisation": p.organisation,
        }
        for p in people
    ]
    lines = (
        f"{p.id:>6}  {' '.join(n for n in (p.family_name, p.given_name, p.patronymic) if n)} "
        f"({p.latin})  {p.organisation}"
        for p in people
    )
    return answer(args, out, found, lines)


def duplicates(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    pairs = services.duplicates.candidates(limit=args.limit)
    found = [
        {
            "first": p.first_id,
            "second": p.second_id,
            "first_name": p.first_name,
            "second_name": p.second_name,
            "score": p.score,
        }
        for p in pairs
    ]
    lines = (
        f"{p.score:5.1f}  {p.first_id}: {p.first_name}  ~  {p.second_id}: {p.second_name}"
        for p in pairs
    )
    return answer(args, out, found, lines)


def merge(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    number = services.duplicates.merge(args.keep, args.drop)
    line = (
        f"Merged {args.drop} into {args.keep} (merge {number}; undo: jpoa people unmerge {number})"
    )
    return answer(args, out, {"merge": number, "kept": args.keep, "dropped": args.drop}, [line])


def unmerge(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    restored = services.duplicates.undo(args.merge)
    line = f"Merge {args.merge} undone; person {restored} is back"
    return answer(args, out, {"merge": args.merge, "restored": restored}, [line])


def export_data(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Everything held on one person (a data request): JSON to stdout, or to --out."""
    if args.out is None:
        print_json(services.personal_data.export_data(args.person), out)
        return EXIT_OK
    data = services.personal_data.write_export(args.person, args.out)
    line = f"Everything held on person {data['person']['id']} is in {args.out}"
    return answer(args, out, {"person": data["person"]["id"], "file": str(args.out)}, [line])


def erase(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    erased = services.personal_data.erase(args.person)
    if erased.already_erased:
        line = f"Person {erased.id} was erased on {erased.erased_at:%Y-%m-%d}; nothing changed"
    else:
        line = (
            f"Person {erased.id} erased: shown as “{erased.name}” from now on; kept for counts: "
            f"{erased.registrations} registrations, {erased.marks} attendance marks"
        )
    note = "Backups made before now still hold the old data until rotation removes them."
    return answer(args, out, erased.as_json(), [line] if erased.already_erased else [line, note])


def retention(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """Without --apply, who the rule would erase; with it, erase them."""
    today = day(args.today)
    if args.apply:
        erased = services.retention.erase_due(args.months, today)
        data = {"months": args.months, "erased": [e.id for e in erased]}
        return answer(args, out, data, [f"Erased the data of {len(erased)} people"])
    due = services.retention.due_for_erasure(args.months, today)
    lines = [
        f"{d.person_id:>6}  {d.name}  — {d.last_workshop}, ended {d.last_ended.isoformat()}"
        for d in due
    ]
    lines.append(
        f"{len(due)} people due for erasure (last workshop ended over {args.months} months ago);"
        " erase them with --apply"
    )
    data = {"months": args.months, "due": [d.as_json() for d in due]}
    return answer(args, out, data, lines)


def register(commands: Commands) -> None:
    people = commands.group("people", "the participant directory")
    command = people.command("search", search, "find people in any script")
    command.add_argument("query")
    command.add_argument("--limit", type=int, default=50)
    command = people.command("duplicates", duplicates, "likely duplicate people")
    command.add_argument("--limit", type=int, default=50)
    command = people.command("merge", merge, "merge DROP into KEEP")
    command.add_argument("keep", type=int)
    command.add_argument("drop", type=int)
    command = people.command("unmerge", unmerge, "undo a merge")
    command.add_argument("merge", type=int, help="the merge number `jpoa people merge` printed")
    command = people.command("export-data", export_data, "everything held on one person")
    command.add_argument("person", help="the person's id or uuid")
    command.add_argument("--out", type=Path, help="write the JSON to this file")
    command = people.command("erase", erase, "erase a person's data, keeping counts")
    command.add_argument("person", help="the person's id or uuid")
    command = people.command(
        "retention", retention, "who is due for erasure N months after their last workshop"
    )
    command.add_argument("--months", type=positive, required=True)
    command.add_argument("--apply", action="store_true", help="erase them (after a backup)")
    command.add_argument("--today", help="the day to count from (YYYY-MM-DD; today)")


# `jpoa participants import|export`: a participant list read into a workshop, and written out.


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
    errors = problem_rows(plan.problems)
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
    verb = "would add" if args.dry_run else "added"
    summary = (
        f"{plan.source}: {verb} {result['added']}, linked {result['linked']}, "
        f"skipped {result['skipped']}"
    )
    return import_answer(args, out, result, summary, blocked)


def export_list(args: argparse.Namespace, services: Services, out: TextIO) -> int:
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


def register_participants(commands: Commands) -> None:
    participants = commands.group("participants", "participant lists")
    _add_import(participants)
    command = participants.command(
        "export",
        export_list,
        "export the directory, or a workshop's registrations and attendance (CSV or XLSX)",
    )
    command.add_argument("file", help="FILE.csv (UTF-8 with BOM, opens in Excel) or FILE.xlsx")
    command.add_argument("--workshop", type=int, help="only this workshop, with attendance per day")
    command.add_argument("--lang", default="en", choices=("en", "ru"), help="language of headers")
