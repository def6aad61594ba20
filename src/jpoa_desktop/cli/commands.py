"""How a command group joins the `jpoa` parser (one way for every group), and the values its
commands share: exit codes, --json output, dates and counts checked with a clear error.

Each group module (workshops.py, people.py, strategies.py …) has a `register(commands)` that
adds its commands through `Commands`; main.py calls them all from one tuple. A command's
handler is a plain function `(args, services, out) -> exit code` over the open database's
`Services`, so it never builds a service or a session of its own, and a test can call it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TextIO

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.table_import import ImportProblem

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace, Services, TextIO], int]
"""A command: the parsed arguments, the database's services, where to print; the exit code."""

OfflineHandler = Callable[[argparse.Namespace, Services | None, TextIO], int]
"""A command that needs no database (e.g. `certificate verify`): it is given None."""


def print_json(data: Any, out: TextIO) -> None:
    """What `--json` prints: UTF-8 text as it is (Cyrillic stays readable), indented."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


class Commands:
    """One level of subcommands: the top level of `jpoa`, or the commands of a group.

    It wraps argparse's subparsers object so that no module needs argparse's private types,
    and it remembers the names it added (the tests walk them).
    """

    def __init__(self, subparsers: Any) -> None:
        self.subparsers = subparsers
        self.names: list[str] = []  # every command and group, in the order added
        self.groups: dict[str, Commands] = {}  # the groups among them, with their commands

    def command(
        self, name: str, handler: Handler, help_text: str, *, creates_database: bool = False
    ) -> argparse.ArgumentParser:
        """A command that runs `handler` over an open database; every command has --json.

        Only a command that `creates_database` may make a new database file: any other one
        refuses a missing file, so a mistyped --db path is reported, not created empty.
        """
        parser = self.add_parser(name, help_text, description=help_text)
        parser.set_defaults(handler=handler, creates_database=creates_database)
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")
        return parser

    def offline_command(
        self, name: str, handler: OfflineHandler, help_text: str
    ) -> argparse.ArgumentParser:
        """A command that never opens (let alone creates) a database."""
        parser = self.command(name, handler, help_text)
        parser.set_defaults(without_database=True)
        return parser

    def group(self, name: str, help_text: str) -> Commands:
        """`jpoa NAME SUBCOMMAND …`: a group whose subcommand must be given."""
        parser = self.add_parser(name, help_text)
        group = Commands(parser.add_subparsers(dest=f"{name}_command", required=True))
        self.groups[name] = group
        return group

    def add_parser(self, name: str, help_text: str, **options: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self.subparsers.add_parser(
            name, help=help_text, **options
        )
        self.names.append(name)
        return parser


def answer(args: argparse.Namespace, out: TextIO, data: Any, lines: Iterable[str]) -> int:
    """Print `data` as JSON with --json, else the text `lines`, one a line; the exit code is 0.

    `lines` may be a generator: it is read only when the text is printed.
    """
    if args.json:
        print_json(data, out)
    else:
        for line in lines:
            print(line, file=out)
    return EXIT_OK


def problem_rows(problems: Iterable[ImportProblem]) -> list[dict[str, Any]]:
    """An import plan's problems as `--json` lists them: row, column and message."""
    return [{"row": p.row, "column": p.column, "message": p.message} for p in problems]


def import_answer(
    args: argparse.Namespace, out: TextIO, result: dict[str, Any], summary: str, blocked: bool
) -> int:
    """What every import prints: `result` as JSON with --json; else each problem in
    `result["errors"]`, the one-line `summary`, and when `blocked` (problems without
    --skip-invalid) that nothing was imported. Blocked exits 2, so scripts notice."""
    lines = [str(error["message"]) for error in result["errors"]] + [summary]
    if blocked:
        lines.append("Nothing was imported: fix the rows above or use --skip-invalid.")
    answer(args, out, result, lines)
    return EXIT_BAD_INPUT if blocked else EXIT_OK


def day(text: str | None) -> date:
    """A YYYY-MM-DD option; today when it is not given."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date like 2026-12-01."), value=text
        ) from None


def positive(value: str) -> int:
    """An argparse `type` for a count from 1 (argparse prints the message and exits 2)."""
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, got {value!r}")
    return number
