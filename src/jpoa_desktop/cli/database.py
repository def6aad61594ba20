"""`jpoa init`, `jpoa check` and `jpoa demo`: make or upgrade the database, check that it is
sound, or fill a new one with demo workshops and people."""

from __future__ import annotations

import argparse
from typing import TextIO

from jpoa_desktop.cli.commands import EXIT_FAILURE, EXIT_OK, Commands, print_json
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import check_database


def init(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    db = services.db
    report = services.content.load_builtin()
    if args.json:
        print_json(
            {
                "database": db.display_name,
                "loaded": list(report.loaded),
                "unchanged": list(report.unchanged),
                "notes": list(report.notes),
                "items_written": report.items_written,
            },
            out,
        )
        return EXIT_OK
    if db.backup_path is not None:
        print(f"Upgraded the database; the previous version is kept at {db.backup_path}", file=out)
    print(f"Database: {db.display_name}", file=out)
    if report.loaded:
        print(
            f"Library loaded: {', '.join(report.loaded)} ({report.items_written} items)", file=out
        )
    else:
        print("Library already up to date; nothing changed.", file=out)
    for note in report.notes:
        print(f"Note: {note}", file=out)
    return EXIT_OK


def check(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    report = check_database(services.db)
    if args.json:
        print_json(
            {"revision": report.revision, "head": report.head, "problems": list(report.problems)},
            out,
        )
    elif report.ok:
        print(f"OK: {services.db.display_name} (schema {report.head})", file=out)
    else:
        for problem in report.problems:
            print(f"Problem: {problem}", file=out)
    return EXIT_OK if report.ok else EXIT_FAILURE


def print_unopenable(args: argparse.Namespace, out: TextIO) -> None:
    """`jpoa check` on a file too damaged to open: that is the report, in the usual form."""
    problem = "the database cannot be opened: its schema pages are damaged"
    if args.json:
        print_json({"revision": None, "head": None, "problems": [problem]}, out)
    else:
        print(f"Problem: {problem}", file=out)


def demo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    services.content.load_builtin()  # workshop titles come from the library
    report = services.demo.load(args.size)
    print(
        f"Demo ({args.size}): {report.workshops} workshops, {report.people} people, "
        f"{report.registrations} registrations, {report.marks} attendance marks.",
        file=out,
    )
    return EXIT_OK


def register(commands: Commands) -> None:
    commands.command(
        "init",
        init,
        "create or upgrade the database and load the built-in library",
        creates_database=True,
    )
    commands.command("check", check, "check the schema, integrity, foreign keys and search index")
    command = commands.command(
        "demo", demo, "fill a new database with demo workshops and people", creates_database=True
    )
    command.add_argument("--size", choices=("small", "large"), default="small")
