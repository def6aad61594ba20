"""`jpoa init`, `jpoa check`, `jpoa demo`, `jpoa backup` and `jpoa restore`: make or upgrade the
database, check that it is sound, fill a new one with demo workshops and people, back it up, or
put a backup in its place."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli.commands import EXIT_FAILURE, EXIT_OK, Commands, answer, print_json
from jpoa_desktop.config import default_database_target
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import check_database
from jpoa_desktop.services.exchange.backup import (
    BackupInfo,
    backup_file,
    backup_now,
    backups_folder,
    database_path,
    list_backups,
)
from jpoa_desktop.services.exchange.restore import database_file, restore


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
        if any(problem.startswith("integrity:") for problem in report.problems):
            _print_backup_hint(services.db.display_name, out)
    return EXIT_OK if report.ok else EXIT_FAILURE


def _print_backup_hint(target: str, out: TextIO) -> None:
    """For a damaged file: the newest backup that passes its check, and how to put it back."""
    from jpoa_desktop.services.exchange.recovery import newest_good_backup

    try:
        path = database_file(target)
    except ValidationError:  # a server: its own tools keep its backups
        return
    good = newest_good_backup(path)
    if good is not None:
        print(
            f"Hint: the newest backup that passes its check is from {good.when:%Y-%m-%d %H:%M}; "
            f"`jpoa restore {good.path}` puts it in place.",
            file=out,
        )


def print_unopenable(args: argparse.Namespace, out: TextIO) -> None:
    """`jpoa check` on a file too damaged to open: that is the report, in the usual form."""
    problem = "the database cannot be opened: its schema pages are damaged"
    if args.json:
        print_json({"revision": None, "head": None, "problems": [problem]}, out)
    else:
        print(f"Problem: {problem}", file=out)
        _print_backup_hint(args.db or default_database_target(), out)


def demo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    services.content.load_builtin()  # workshop titles come from the library
    report = services.demo.load(args.size)
    print(
        f"Demo ({args.size}): {report.workshops} workshops, {report.people} people, "
        f"{report.registrations} registrations, {report.marks} attendance marks.",
        file=out,
    )
    return EXIT_OK


def _backup_data(info: BackupInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "database": info.database,
        "when": info.when.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "workshops": info.workshops,
        "people": info.people,
        "drafts": info.drafts,
    }


def _backup_line(info: BackupInfo) -> str:
    held = ", ".join(
        f"{count} {one if count == 1 else many}"
        for count, one, many in (
            (info.workshops, "workshop", "workshops"),
            (info.people, "person", "people"),
            (info.drafts, "draft", "drafts"),
        )
        if count is not None
    )
    return f"{info.when:%Y-%m-%d %H:%M:%S}  {info.reason}  {info.size} bytes  ({held})  {info.path}"


def backup(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """`jpoa backup` (into the backups folder), `--to FILE`, or `jpoa backup list`."""
    path = database_path(services.db)
    if args.action == "list":
        found = list_backups(backups_folder(path))
        return answer(
            args,
            out,
            [_backup_data(info) for info in found],
            [_backup_line(info) for info in found] or ["No backups yet."],
        )
    if args.to is None:
        info = backup_now(services.db, "by-hand")
    else:
        info = backup_file(path, "by-hand", to=Path(args.to).expanduser().resolve())
    return answer(args, out, _backup_data(info), [f"Backed up to {info.path}"])


def restore_backup(args: argparse.Namespace, _services: Services | None, out: TextIO) -> int:
    """`jpoa restore BACKUP`: runs without opening the database, which may be damaged."""
    done = restore(
        Path(args.backup).expanduser().resolve(),
        database_file(args.db or default_database_target()),
    )
    previous = None if done.previous is None else str(done.previous.path)
    lines = [f"Restored {done.database} from {done.backup}"]
    if previous is not None:
        lines.append(f"The database as it was is kept at {previous}")
    return answer(
        args,
        out,
        {"database": str(done.database), "backup": str(done.backup), "previous": previous},
        lines,
    )


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
    command = commands.command(
        "backup", backup, "back up the database (or list its backups: `jpoa backup list`)"
    )
    command.add_argument("action", nargs="?", choices=("list",), help="list the backups")
    command.add_argument("--to", metavar="FILE", help="write the backup to this file instead")
    command = commands.offline_command(
        "restore",
        restore_backup,
        "replace the database by a backup (the database as it was is backed up first)",
    )
    command.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
