"""Copying an SQLite file whole with SQLite's online backup API, and checking that a file is sound.

A copy read through SQLite (never a byte copy of the file) holds what is still in the source's
`-wal`, and is consistent even while the app writes. The copy is taken out of WAL mode, so it
is one self-contained file: nothing beside it is needed to read it, and nothing beside it can
change it. Plain `sqlite3` only: the backup before a schema upgrade (in `db`) and every other
backup (in `services`) are made by this one function.

Two checks, both reading the copy through `mmap` (half the time of SQLite's page cache):
`integrity_check` (every page, and every index against its table: 0.7–1.3 s on the 97 MB large
demo) and `quick_check` (every page, without the index cross check: 0.12–0.35 s). Which backup
gets which, and why, is in `services.exchange.backup`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

Check = Literal["quick_check", "integrity_check"]
QUICK: Check = "quick_check"
FULL: Check = "integrity_check"
_CHECK_MMAP = 1 << 30  # the check reads the copy mapped, not through SQLite's page cache


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to `path` (not even to make it WAL)."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def copy_database(source: Path, destination: Path, check: Check | None = QUICK) -> None:
    """Copy the database at `source` into the (new or empty) file `destination`, then `check` it.

    Raises ValidationError when the copy fails its check; the caller removes it (`check=None`:
    no check, for the copy of a damaged file kept before it is replaced).
    """
    reader = connect_read_only(source)
    try:
        writer = sqlite3.connect(destination)
        try:
            # A partial file, synced once when whole (files/atomic): no journal, no sync per page.
            writer.execute("PRAGMA journal_mode=OFF")
            writer.execute("PRAGMA synchronous=OFF")
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal to go with it
            writer.execute(f"PRAGMA mmap_size={_CHECK_MMAP}")  # the full check in half the time
            problems = check_problems(writer, check) if check is not None else []
        finally:
            writer.close()
    finally:
        reader.close()
    if problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The copy of {file} is damaged ({reason}); it was not kept."
            ),
            file=source.name,
            reason=problems[0],
        )


def check_problems(connection: sqlite3.Connection, check: Check = FULL) -> list[str]:
    """What `PRAGMA integrity_check` (or `quick_check`) finds, one finding a line; [] if sound."""
    try:
        lines = [str(row[0]) for row in connection.execute(f"PRAGMA {check}")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    if lines == ["ok"]:
        return []
    # One row can hold many findings, under a "*** in database main ***" heading.
    parts = (part.strip() for line in lines for part in line.splitlines())
    return [part for part in parts if part and not part.startswith("***")] or lines


def file_problems(path: Path, check: Check = QUICK) -> list[str]:
    """What `check` finds in the file at `path`, read without ever writing to it."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return check_problems(connection, check)
    finally:
        connection.close()
