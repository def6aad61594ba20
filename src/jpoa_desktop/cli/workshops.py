"""`jpoa workshop`, `jpoa people`, `jpoa attendance`: the workshop commands of the CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopService
from jpoa_desktop.texts.text_folding import NO_WORDS, long_query_note, query_words

Printer = Callable[[Any, TextIO], None]
Adder = Callable[..., Any]


def _workshop_json(workshop: WorkshopSummary) -> dict[str, Any]:
    return {
        "id": workshop.id,
        "title": workshop.title,
        "start": workshop.start.isoformat(),
        "end": workshop.end.isoformat(),
        "city": workshop.city,
        "country": workshop.country,
        "status": workshop.status,
        "participants": workshop.participants,
    }


def _day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date like 2026-12-01."), value=text
        ) from None


def commands(
    print_json: Printer,
) -> dict[str, Callable[[argparse.Namespace, Database, TextIO], int]]:
    """The handlers, given the CLI's JSON printer."""

    def workshop_list(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        workshops = WorkshopService(db.session_scope).workshops(args.lang, year=args.year)
        if args.json:
            print_json([_workshop_json(w) for w in workshops], out)
            return 0
        for w in workshops:
            print(
                f"{w.id:>5}  {w.start} – {w.end}  {w.city:<12} {w.participants:>4}  {w.title}",
                file=out,
            )
        return 0

    def workshop_show(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.cli.agenda import agenda_json, print_agenda
        from jpoa_desktop.services.workshops.agenda import AgendaService

        workshop = WorkshopService(db.session_scope).get(args.id, args.lang)
        agenda = AgendaService(db.session_scope).agenda(args.id, args.lang)
        if args.json:
            print_json({**_workshop_json(workshop), "agenda": agenda_json(agenda)}, out)
            return 0
        place = f"{workshop.city} ({workshop.country})"
        print(f"{workshop.title}\n{workshop.start} – {workshop.end}, {place}", file=out)
        print(f"{workshop.participants} registered, {workshop.status}", file=out)
        print_agenda(agenda, out)
        return 0

    def people_search(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        if not query_words(args.query).words:
            raise ValidationError(NO_WORDS)
        people = PeopleService(db.session_scope).search(args.query, limit=args.limit)
        if note := long_query_note(args.query):
            print(note, file=sys.stderr)
        if args.json:
            print_json(
                [
                    {
                        "id": p.id,
                        "family_name": p.family_name,
                        "given_name": p.given_name,
                        "latin": p.latin,
                        "organisation": p.organisation,
                    }
                    for p in people
                ],
                out,
            )
            return 0
        if not people:
            print(f"No one matches “{query_words(args.query).text}”.", file=out)
        for p in people:
            name = " ".join(n for n in (p.family_name, p.given_name, p.patronymic) if n)
            print(f"{p.id:>6}  {name} ({p.latin})  {p.organisation}", file=out)
        return 0

    def attendance_mark(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.cli.agenda import session_option

        session, session_day = session_option(db, args.session)
        day = _day(args.day) if args.day or session_day is None else session_day
        check_in = AttendanceService(db.session_scope).mark(
            args.workshop, args.code, day, session=session
        )
        if args.json:
            print_json(
                {
                    "registration": check_in.registration_id,
                    "name": check_in.name,
                    "organisation": check_in.organisation,
                    "day": check_in.day.isoformat(),
                    "marked_at": check_in.marked_at.isoformat(),
                    "already": check_in.already,
                },
                out,
            )
            return 0
        when = check_in.marked_at.strftime("%H:%M")
        note = f"already checked in at {when}" if check_in.already else f"checked in at {when}"
        print(f"{check_in.name}, {check_in.organisation}: {note}", file=out)
        return 0

    def attendance_list(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        rows = AttendanceService(db.session_scope).marks(args.workshop)
        if args.json:
            print_json(
                [
                    {
                        "registration": r.id,
                        "person": r.person_id,
                        "name": r.name,
                        "organisation": r.organisation,
                        "role": r.role,
                        "status": r.status,
                        "code": r.badge_code,
                        "days": [d.isoformat() for d in r.days_present],
                    }
                    for r in rows
                ],
                out,
            )
            return 0
        for r in rows:
            days = ", ".join(d.isoformat() for d in r.days_present) or "—"
            print(f"{r.badge_code}  {r.name:<40} {days}", file=out)
        return 0

    def people_duplicates(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.services.people.duplicates import DuplicateService

        pairs = DuplicateService(db.session_scope).candidates(limit=args.limit)
        if args.json:
            print_json(
                [
                    {
                        "first": p.first_id,
                        "second": p.second_id,
                        "first_name": p.first_name,
                        "second_name": p.second_name,
                        "score": p.score,
                    }
                    for p in pairs
                ],
                out,
            )
            return 0
        for p in pairs:
            print(
                f"{p.score:5.1f}  {p.first_id}: {p.first_name}  ~  {p.second_id}: {p.second_name}",
                file=out,
            )
        return 0

    def people_merge(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.services.people.duplicates import DuplicateService

        merge = DuplicateService(db.session_scope).merge(args.keep, args.drop)
        if args.json:
            print_json({"merge": merge, "kept": args.keep, "dropped": args.drop}, out)
        else:
            print(
                f"Merged {args.drop} into {args.keep} "
                f"(merge {merge}; undo: jpoa people unmerge {merge})",
                file=out,
            )
        return 0

    def people_unmerge(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.services.people.duplicates import DuplicateService

        restored = DuplicateService(db.session_scope).undo(args.merge)
        if args.json:
            print_json({"merge": args.merge, "restored": restored}, out)
        else:
            print(f"Merge {args.merge} undone; person {restored} is back", file=out)
        return 0

    return {
        "workshop_list": workshop_list,
        "workshop_show": workshop_show,
        "people_search": people_search,
        "people_duplicates": people_duplicates,
        "people_merge": people_merge,
        "people_unmerge": people_unmerge,
        "attendance_mark": attendance_mark,
        "attendance_list": attendance_list,
    }


def add_commands(commands_parser: Any, add: Adder, print_json: Printer) -> None:
    """Attach `workshop`, `people` and `attendance` to the `jpoa` parser."""
    handlers = commands(print_json)

    workshop = commands_parser.add_parser("workshop", help="workshops")
    workshop_commands = workshop.add_subparsers(dest="workshop_command", required=True)
    listing = add(
        "list", handlers["workshop_list"], "every workshop, newest first", workshop_commands
    )
    listing.add_argument("--lang", default="en", help="language of the titles")
    listing.add_argument("--year", type=int, help="only workshops starting that year")
    show = add("show", handlers["workshop_show"], "one workshop", workshop_commands)
    show.add_argument("id", type=int)
    show.add_argument("--lang", default="en", help="language of the title and the agenda")

    people = commands_parser.add_parser("people", help="the participant directory")
    people_commands = people.add_subparsers(dest="people_command", required=True)
    search = add("search", handlers["people_search"], "find people in any script", people_commands)
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=50)

    duplicates = add(
        "duplicates", handlers["people_duplicates"], "likely duplicate people", people_commands
    )
    duplicates.add_argument("--limit", type=int, default=50)
    merge = add("merge", handlers["people_merge"], "merge DROP into KEEP", people_commands)
    merge.add_argument("keep", type=int)
    merge.add_argument("drop", type=int)
    unmerge = add("unmerge", handlers["people_unmerge"], "undo a merge", people_commands)
    unmerge.add_argument("merge", type=int, help="the merge number `jpoa people merge` printed")

    attendance = commands_parser.add_parser("attendance", help="check-in at the door")
    attendance_commands = attendance.add_subparsers(dest="attendance_command", required=True)
    mark = add("mark", handlers["attendance_mark"], "mark a badge present", attendance_commands)
    mark.add_argument("--workshop", type=int, required=True)
    mark.add_argument("--code", required=True)
    mark.add_argument("--day", help="YYYY-MM-DD (default: today)")
    mark.add_argument(
        "--session",
        metavar="SESSION_ID",
        help="an agenda session (id from `workshop show`); the day defaults to its day",
    )
    marks = add("list", handlers["attendance_list"], "who was present when", attendance_commands)
    marks.add_argument("--workshop", type=int, required=True)


def add_demo_command(commands_parser: Any, add: Adder) -> None:
    """`jpoa demo [--size small|large]`."""

    def demo(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.services.demo.demo import DemoService
        from jpoa_desktop.services.library.content import ContentService

        ContentService(db.session_scope).load_builtin()  # workshop titles come from the library
        report = DemoService(db.session_scope).load(args.size)
        print(
            f"Demo ({args.size}): {report.workshops} workshops, {report.people} people, "
            f"{report.registrations} registrations, {report.marks} attendance marks.",
            file=out,
        )
        return 0

    command = add("demo", demo, "fill a new database with demo workshops and people")
    command.add_argument("--size", choices=("small", "large"), default="small")


def add_import_command(commands_parser: Any, add: Adder, print_json: Printer) -> None:
    """`jpoa participants import FILE --workshop ID …`."""

    def participants_import(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.io.tables.columns import parse_mapping_option, suggest_mapping
        from jpoa_desktop.io.tables.reading import ReadOptions
        from jpoa_desktop.services.people.participant_import import (
            ParticipantImportService,
            read_list,
        )

        path = Path(args.file)
        options = ReadOptions(args.header_row, args.sheet, args.encoding)
        mapping = None
        if args.map:
            headers = read_list(path, options).headers
            mapping = suggest_mapping(headers)
            for option in args.map:
                index, field = parse_mapping_option(option, headers)
                mapping = {i: f for i, f in mapping.items() if f != field and i != index}
                mapping[index] = field
        service = ParticipantImportService(db.session_scope)
        plan = service.plan(
            path, mapping=mapping, split_full_names=args.split_names, options=options
        )
        errors = [{"row": p.row, "column": p.column, "message": p.message} for p in plan.problems]
        blocked = bool(plan.problems) and not args.skip_invalid
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
        return 2 if blocked else 0

    participants = commands_parser.add_parser("participants", help="participant lists")
    participant_commands = participants.add_subparsers(dest="participants_command", required=True)
    command = add(
        "import",
        participants_import,
        "import a participant list (CSV, TXT or XLSX) into a workshop",
        participant_commands,
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

    def participants_export(args: argparse.Namespace, db: Database, out: TextIO) -> int:
        from jpoa_desktop.services.people.participant_export import ParticipantExportService

        target = Path(args.file)
        rows = ParticipantExportService(db.session_scope).export(target, args.workshop, args.lang)
        if args.json:
            print_json({"file": str(target), "rows": rows}, out)
        else:
            print(f"{target}: {rows} rows", file=out)
        return 0

    export = add(
        "export",
        participants_export,
        "export the directory, or a workshop's registrations and attendance (CSV or XLSX)",
        participant_commands,
    )
    export.add_argument("file", help="FILE.csv (UTF-8 with BOM, opens in Excel) or FILE.xlsx")
    export.add_argument("--workshop", type=int, help="only this workshop, with attendance per day")
    export.add_argument("--lang", default="en", choices=("en", "ru"), help="language of headers")
