"""A damaged database at start: what is wrong with it, and which backup to offer in its place.

The offer is the newest backup that still passes SQLite's `quick_check` today: a backup was
checked when it was written, but the disk that damaged the database may have damaged its
backups since. Backups are checked newest first and the search stops at the first good one,
so a folder of thirty 100 MB backups costs one check when the newest is sound.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpoa_desktop.services.exchange.backup import BackupInfo, backups_of
from jpoa_desktop.services.exchange.copies import connect_read_only

DAMAGED_REASON = "before-restore-damaged"  # a copy kept of a damaged file: never offered


def quick_check_problems(path: Path) -> list[str]:
    """What `PRAGMA quick_check` finds in the file at `path`, one finding a line; [] if sound.

    Read through a read-only connection: checking a damaged file must never write to it.
    """
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        lines = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    if lines == ["ok"]:
        return []
    # One row can hold many findings, under a "*** in database main ***" heading.
    parts = (part.strip() for line in lines for part in line.splitlines())
    return [part for part in parts if part and not part.startswith("***")] or lines


def damage_reason(path: Path) -> str | None:
    """The first thing `quick_check` finds wrong with the file at `path`; None when sound."""
    problems = quick_check_problems(path)
    return problems[0] if problems else None


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup of the database file `database` that passes `quick_check`, or None.

    Copies kept of a damaged file (before a restore) are never offered.
    """
    for info in reversed(backups_of(database)):
        if info.reason == DAMAGED_REASON:
            continue
        if not quick_check_problems(info.path):
            return info
    return None
