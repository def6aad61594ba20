"""A damaged database at start: what is wrong with it, and which backup to offer in its place.

The offer is the newest backup that still passes SQLite's `quick_check` today: a backup was
checked when it was written, but the disk that damaged the database may have damaged its
backups since. Backups are checked newest first and the search stops at the first good one,
so a folder of thirty 100 MB backups costs one check when the newest is sound.
"""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.files.sqlite_copy import file_problems
from jpoa_desktop.services.exchange.backup import BackupInfo, backups_of

DAMAGED_REASON = "before-restore-damaged"  # a copy kept of a damaged file: never offered


def damage_reason(path: Path) -> str | None:
    """The first thing `quick_check` finds wrong with the file at `path`; None when sound."""
    problems = file_problems(path)
    return problems[0] if problems else None


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup of the database file `database` that passes `quick_check`, or None.

    Copies kept of a damaged file (before a restore) are never offered.
    """
    for info in reversed(backups_of(database)):
        if info.reason == DAMAGED_REASON:
            continue
        if not file_problems(info.path):
            return info
    return None
