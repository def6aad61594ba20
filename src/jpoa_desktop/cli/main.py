"""The `jpoa` command: everything the GUI does with the library, scriptable and headless.

Exit codes: 0 done, 2 bad input or a database that cannot be written (full, read-only, locked,
missing; a one-line message says what), 1 failure (a bug or a damaged database; a bug's
traceback goes to the log file, the message to stderr). No SQL ever reaches the user.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from jpoa_desktop import __version__
from jpoa_desktop.cli import (
    branding,
    certificates,
    database,
    evaluation,
    handouts,
    library,
    packages,
    people,
    reports,
    server,
    strategies,
    workshops,
)
from jpoa_desktop.cli.commands import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, Commands
from jpoa_desktop.config import default_database_target, log_path
from jpoa_desktop.errors import JpoaError
from jpoa_desktop.files.log_file import PrivateFileHandler
from jpoa_desktop.files.written_folders import tidy_at_start
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import (
    Database,
    DatabaseDamaged,
    WriteLock,
    database_fault,
    database_folder,
    open_database,
    plain_reason,
)

GROUPS: tuple[Callable[[Commands], None], ...] = (
    database.register,
    library.register,
    workshops.register,
    people.register,
    people.register_participants,
    certificates.register,
    handouts.register,
    evaluation.register,
    evaluation.register_questions,
    branding.register,
    strategies.register,
    packages.register,
    reports.register,
    server.register,
)
"""Every command group's `register`, in the order `jpoa --help` lists them."""

log = logging.getLogger("jpoa")


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
    commands = Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    for register in GROUPS:
        register(commands)
    return parser


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
            create=args.creates_database,  # init, demo; any other command needs the file
            write_lock=WriteLock(patience=args.lock_wait, on_wait=_announce_wait(target)),
        )
        result: int = args.handler(args, Services(db), out)
        return result
    except BrokenPipeError:  # `jpoa ... | head`: the reader has seen enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter from re-raising
        return EXIT_OK
    except DatabaseDamaged as exc:
        if args.command == "check" and db is None:  # too damaged to open: that is the report
            database.print_unopenable(args, out)
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
