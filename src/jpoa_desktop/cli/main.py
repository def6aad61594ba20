"""The `jpoa` command: everything the GUI does with the library, scriptable and headless.

Exit codes: 0 done, 2 bad input or a database that cannot be written (full, read-only, locked,
missing; a one-line message says what), 1 failure (a bug or a damaged database; a bug's
traceback goes to the log file, the message to stderr). No SQL ever reaches the user.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop import __version__
from jpoa_desktop.cli.branding import add_branding_command
from jpoa_desktop.cli.handouts import add_handout_command
from jpoa_desktop.cli.strategies import add_strategy_command
from jpoa_desktop.cli.strategy_files import add_strategy_file_commands
from jpoa_desktop.cli.workshops import add_commands, add_demo_command, add_import_command
from jpoa_desktop.config import default_database_target, log_path
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, JpoaError, ValidationError
from jpoa_desktop.files.log_file import PrivateFileHandler
from jpoa_desktop.files.written_folders import tidy_at_start
from jpoa_desktop.services.database import (
    Database,
    DatabaseDamaged,
    WriteLock,
    check_database,
    database_fault,
    database_folder,
    open_database,
    plain_reason,
)
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.services.library.search import SearchService
from jpoa_desktop.texts.text_folding import long_query_note, query_words

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
Command = Callable[[argparse.Namespace, Database, TextIO], int]

log = logging.getLogger("jpoa")


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _library(db: Database, args: argparse.Namespace) -> LibraryService:
    """The library, loaded first if this database has never been initialised."""
    library = LibraryService(db.session_scope)
    if not library.is_loaded():
        print("The library is empty; loading the built-in content first.", file=sys.stderr)
        ContentService(db.session_scope).load_builtin()
    lang = getattr(args, "lang", None)
    if lang is not None and lang not in library.languages():
        available = ", ".join(library.languages())
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The library has no texts in '{language}'; available: {available}."
            ),
            language=lang,
            available=available,
        )
    return library


def cmd_init(args: argparse.Namespace, db: Database, out: TextIO) -> int:
    report = ContentService(db.session_scope).load_builtin()
    if args.json:
        _print_json(
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


def cmd_check(args: argparse.Namespace, db: Database, out: TextIO) -> int:
    report = check_database(db)
    if args.json:
        _print_json(
            {"revision": report.revision, "head": report.head, "problems": list(report.problems)},
            out,
        )
    elif report.ok:
        print(f"OK: {db.display_name} (schema {report.head})", file=out)
    else:
        for problem in report.problems:
            print(f"Problem: {problem}", file=out)
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_pillars(args: argparse.Namespace, db: Database, out: TextIO) -> int:
    pillars = _library(db, args).pillars(args.lang)
    if args.json:
        _print_json(
            [
                {
                    "number": p.number,
                    "title": p.title,
                    "areas": [{"code": a.code, "title": a.title} for a in p.areas],
                }
                for p in pillars
            ],
            out,
        )
        return EXIT_OK
    for pillar in pillars:
        print(f"{pillar.roman}. {pillar.title}", file=out)
        for area in pillar.areas:
            print(f"    {area.code:<6} {area.title}", file=out)
    return EXIT_OK


def cmd_glossary(args: argparse.Namespace, db: Database, out: TextIO) -> int:
    entries = _library(db, args).glossary(args.lang, contains=args.filter or "")
    if args.json:
        _print_json(
            [
                {
                    "key": e.key,
                    "term": e.terms.get(args.lang) or e.terms.get("en", ""),
                    "terms": e.terms,
                    "definition": e.definitions.get(args.lang) or e.definitions.get("en", ""),
                }
                for e in entries
            ],
            out,
        )
        return EXIT_OK
    for entry in entries:
        others = [t for lang, t in sorted(entry.terms.items()) if lang != args.lang]
        term = entry.terms.get(args.lang) or entry.terms.get("en", "")
        print(f"{term} — {' / '.join(others)}" if others else term, file=out)
    return EXIT_OK


def cmd_import_framework(args: argparse.Namespace, db: Database, out: TextIO) -> int:
    _library(db, args)  # the pillars must exist before areas can hang under them
    report = ContentService(db.session_scope).import_framework(
        Path(args.file), replace=args.replace
    )
    if args.json:
        _print_json({"items_written": report.items_written, "notes": list(report.notes)}, out)
    else:
        for note in report.notes:
            print(note, file=out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, db: Database, out: TextIO) -> int:
    _library(db, args)
    hits = SearchService(db.session_scope).search(args.query, args.lang, limit=args.limit)
    if note := long_query_note(args.query):
        print(note, file=sys.stderr)
    if args.json:
        _print_json(
            [{"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet} for h in hits],
            out,
        )
        return EXIT_OK
    if not hits:
        print(f"No results for “{query_words(args.query).text}”.", file=out)
    for hit in hits:
        print(f"[{hit.kind}] {hit.title}\n    {hit.snippet}", file=out)
    return EXIT_OK


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jpoa", description="JPoA Desktop from the command line: the library and the database."
    )
    parser.add_argument("--version", action="version", version=f"jpoa {__version__}")
    parser.add_argument(
        "--lock-wait",
        metavar="SECONDS",
        type=float,
        default=60.0,
        help="how long a write waits for another program writing to the database (default: 60)",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL "
        "(default: $JPOA_DATABASE_URL, else the file in the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Command, help_text: str, sub: Any = commands) -> Any:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        command.add_argument("--json", action="store_true", help="print JSON instead of text")
        return command

    add("init", cmd_init, "create or upgrade the database and load the built-in library")
    add("check", cmd_check, "check the schema, integrity, foreign keys and search index")

    content = commands.add_parser("content", help="read or extend the JPoA library")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    pillars = add(
        "pillars", cmd_pillars, "the four pillars and their framework areas", content_commands
    )
    pillars.add_argument("--lang", default="en", help="language code (default: en)")
    glossary = add("glossary", cmd_glossary, "the bilingual glossary", content_commands)
    glossary.add_argument("--lang", default="en", help="language code (default: en)")
    glossary.add_argument("--filter", help="only terms containing this text")
    framework = add(
        "import-framework",
        cmd_import_framework,
        "add framework areas from a file",
        content_commands,
    )
    framework.add_argument("file", help="a framework file (TOML, same format as the built-in one)")
    framework.add_argument(
        "--replace", action="store_true", help="replace the framework's areas instead of adding"
    )

    add_commands(commands, add, _print_json)
    add_demo_command(commands, add)
    add_import_command(commands, add, _print_json)
    add_handout_command(commands, add, _print_json)
    add_branding_command(commands, add, _print_json)
    add_strategy_command(commands, add, _print_json)
    add_strategy_file_commands(commands, add, _print_json)

    search = add("search", cmd_search, "search the whole library")
    search.add_argument("query")
    search.add_argument("--lang", default="en", help="language of titles and snippets")
    search.add_argument("--limit", type=_positive, default=50, help="at most this many results")
    return parser


CREATING_COMMANDS = frozenset({"init", "demo"})  # every other command needs an existing file


def _log_failure() -> Path | None:
    try:
        path = log_path()
        handler = PrivateFileHandler(path)
    except OSError:
        return None
    log.addHandler(handler)
    try:
        log.exception("jpoa failed")
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


def _announce_wait(target: str) -> Callable[[], None]:
    def announce() -> None:
        print(
            f"jpoa: waiting for another program to finish writing to {target}…",
            file=sys.stderr,
            flush=True,
        )

    return announce


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = out or sys.stdout
    db: Database | None = None
    target = args.db or default_database_target()
    tidy_at_start(database_folder(target))  # partial files of killed runs, in folders written to
    try:
        if getattr(args, "without_database", False):  # e.g. `certificate verify`
            return int(args.handler(args, None, out))
        db = open_database(
            target,
            create=args.command in CREATING_COMMANDS,
            write_lock=WriteLock(patience=args.lock_wait, on_wait=_announce_wait(target)),
        )
        result: int = args.handler(args, db, out)
        return result
    except BrokenPipeError:  # `jpoa ... | head`: the reader has seen enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter from re-raising
        return EXIT_OK
    except DatabaseDamaged as exc:
        if args.command == "check" and db is None:  # too damaged to open: that is the report
            problem = "the database cannot be opened: its schema pages are damaged"
            if args.json:
                _print_json({"revision": None, "head": None, "problems": [problem]}, out)
            else:
                print(f"Problem: {problem}", file=out)
        print(f"jpoa: {exc}", file=sys.stderr)
        return exc.exit_code
    except JpoaError as exc:
        print(f"jpoa: {exc}", file=sys.stderr)
        return int(getattr(exc, "exit_code", EXIT_BAD_INPUT))
    except Exception as exc:  # a bug, or a fault met outside a session: one line, no SQL
        fault = database_fault(exc, db.display_name if db is not None else target)
        if fault is not None:
            print(f"jpoa: {fault}", file=sys.stderr)
            return fault.exit_code
        where = _log_failure()
        detail = f"; details in {where}" if where else ""
        print(f"jpoa: failed: {plain_reason(exc)}{detail}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
