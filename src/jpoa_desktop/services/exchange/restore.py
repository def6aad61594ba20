"""Putting a backup in place of the database file, without the traps of doing it by hand.

Copying a backup over the database file by hand can destroy it: a `-wal` file left beside the
database by a run that was killed (or still open) belongs to the old file, and the next
program that opens the restored copy replays those pages into it and corrupts it for good.
So restoring here:

1. checks the backup (a sound JPoA Desktop database this version can open);
2. backs up the current file first, into its backups folder;
3. copies the backup beside the database under a marked partial name (all or nothing);
4. takes the database for itself: switching it out of WAL mode only succeeds when no other
   connection has it open (else the restore is refused, naming the app), and that folds its own
   `-wal` into it and removes it; an exclusive lock is then held until the rename is done;
5. removes any `-wal`, `-shm` or `-journal` still beside it, then renames the copy over it.

On Windows a file that is open cannot be renamed over, so the lock is released just before
the rename there (a moment in which another program could open the old file).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jpoa_desktop.db.engine import display_name, sqlite_path, to_url
from jpoa_desktop.db.faults import SQLITE_BUSY, SQLITE_LOCKED, sqlite_code
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import PARTIAL_MARK, new_file_mode
from jpoa_desktop.files.sqlite_copy import copy_database
from jpoa_desktop.files.written_folders import remember
from jpoa_desktop.services.exchange.backup import BackupInfo, backup_file
from jpoa_desktop.services.exchange.restorable import check_is_our_backup

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file restored, and the backup of what it replaced (None when
    there was no file yet)."""

    database: Path
    backup: Path
    previous: BackupInfo | None


def database_file(target: str) -> Path:
    """The SQLite file behind a `--db` path or URL; a server database is refused."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{database} is not a database file; restore it with its server's tools."
            ),
            database=display_name(url),  # the URL without its password
        )
    return path


def restore(backup: Path, target: Path) -> Restored:
    """Replace the database file `target` by the backup `backup` (see the module docstring).

    On a refusal (a bad backup, the database open elsewhere) the database is left as it was.
    """
    check_is_our_backup(backup)
    if not target.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=target.parent
        )
    previous = _back_up_current(target) if target.exists() else None
    remember(target.parent)  # a killed restore leaves a partial copy the next start removes
    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}{PARTIAL_MARK}", suffix=target.suffix, dir=target.parent
    )
    os.close(handle)
    copy = Path(name)
    try:
        copy_database(backup, copy)
        os.chmod(copy, _mode_of(target))
        _sync(copy)
        with _held(target):
            for suffix in SIDE_FILES:
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(copy, target)
        _sync_folder(target.parent)
    finally:
        copy.unlink(missing_ok=True)
    return Restored(database=target, backup=backup, previous=previous)


def _back_up_current(target: Path) -> BackupInfo:
    """A backup of the file about to be replaced; a damaged one is kept too, unchecked and
    named so (`…-before-restore-damaged.sqlite`): it may still hold something worth saving."""
    try:
        return backup_file(target, "before-restore")
    except (ValidationError, sqlite3.DatabaseError):
        return backup_file(target, "before-restore-damaged", verify=False)


@contextlib.contextmanager
def _held(target: Path) -> Iterator[None]:
    """Hold `target` so that no other program has it open; refuse when one does.

    Leaving WAL mode needs every other connection closed, and folds the file's own `-wal` in.
    A file too damaged for SQLite to lock cannot be open in the app either: it is replaced as is.
    """
    connection = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    try:
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise _open_elsewhere(target)
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as error:
            if sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED):
                raise _open_elsewhere(target) from None
            raise
        except sqlite3.DatabaseError:
            connection.close()  # damaged: nothing can have it open
        if os.name == "nt":  # an open file cannot be renamed over there (module docstring)
            connection.close()
        yield
    finally:
        connection.close()


def _open_elsewhere(target: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is open in another program (JPoA Desktop or a `jpoa` command); close it "
            "and restore again. Nothing was changed.",
        ),
        file=target.name,
    )


def _mode_of(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return new_file_mode()


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
