"""`jpoa people …`: find people in any script, and merge (or unmerge) duplicates."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from jpoa_desktop.cli.commands import Commands, answer
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
