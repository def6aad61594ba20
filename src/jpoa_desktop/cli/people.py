"""`jpoa people …`: find people in any script, merge (or unmerge) duplicates, and answer a data
request: export everything held on a person, erase it, and the retention rule."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from jpoa_desktop.cli.commands import EXIT_OK, Commands, answer, day, positive, print_json
from jpoa_desktop.errors import ValidationError
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
