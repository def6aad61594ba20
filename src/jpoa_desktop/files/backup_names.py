"""Where a database's backups go and what they are called: one rule for every backup.

Both the backup before a schema upgrade (written by `db.migrate`, which cannot reach the
services) and every other backup (`services.exchange.backup`) follow it, so they are listed
and rotated together. The folder is `backups` beside the database file: for the app's own
database `<data folder>/backups/`; a database elsewhere (a `--db` on a USB stick) keeps its
backups beside it, so a backup never lands on another disk unasked.

A name sorts by time and says why it was made (`jpoa-2026-12-06T10-42-11-before-import.sqlite`:
the database's own name, the local time, the reason); a second backup within the same second
gets `-2`, `-3`, … after the reason. Only names are read here, never a file's contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUPS_FOLDER = "backups"
STAMP = "%Y-%m-%dT%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>[^.].*)-(?P<when>\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d)-(?P<reason>[a-z0-9-]+)\.sqlite$"
)
_REASON = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: whose it is, when and why it was made."""

    path: Path
    database: str  # the stem of the database it was taken of ("jpoa" for jpoa.sqlite)
    when: datetime
    reason: str


def backups_folder(database: Path) -> Path:
    """Where the backups of the database file `database` go (see the module's docstring)."""
    return database.parent / BACKUPS_FOLDER


def check_reason(reason: str) -> None:
    """A reason is lowercase words joined by '-' (it becomes part of a file name)."""
    if not _REASON.match(reason):
        raise ValueError(f"a backup reason is lowercase words joined by '-', not {reason!r}")


def free_backup_path(database: Path, when: datetime, reason: str) -> Path:
    """A name no file has yet in the backups folder of `database` (the folder is made)."""
    check_reason(reason)
    folder = backups_folder(database)
    folder.mkdir(exist_ok=True)
    name = f"{database.stem}-{when.strftime(STAMP)}-{reason}"
    candidate, number = folder / f"{name}.sqlite", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{name}-{number}.sqlite"
    return candidate


def parse_backup_name(path: Path) -> BackupName | None:
    """What the name of `path` says, or None for a file that is not a whole backup."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    when = datetime.strptime(match["when"], STAMP)
    return BackupName(path, match["stem"], when, match["reason"])  # `daily-2`: a second daily


def backup_names(folder: Path, database: str | None = None) -> list[BackupName]:
    """The whole backups in `folder` (of the database named `database` alone, when given),
    oldest first; partial files of killed runs are not listed."""
    if not folder.is_dir():
        return []
    found = [
        name
        for name in map(parse_backup_name, folder.iterdir())
        if name is not None
        and name.path.is_file()
        and (database is None or name.database == database)
    ]
    # Within one second, `…-reason.sqlite` was made before `…-reason-2.sqlite`, then `-10`.
    return sorted(found, key=lambda n: (n.when, len(n.path.name), n.path.name))
