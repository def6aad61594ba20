"""Copying an SQLite file with SQLite's online backup API, and checking a copy is whole.

A copy read through SQLite (never a byte copy of the file) holds what is still in the source's
`-wal`, and is consistent even while the app writes. The copy is taken out of WAL mode, so it
is one self-contained file: nothing beside it is needed to read it, and nothing beside it can
change it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from jpoa_desktop.db.migrate import SQLITE_HEADER, known_revisions
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to `path` (not even to make it WAL)."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def copy_database(source: Path, destination: Path, verify: bool = True) -> None:
    """Copy the database at `source` into the (new or empty) file `destination`.

    Raises ValidationError when the copy fails `PRAGMA integrity_check`, the caller removes it
    (`verify=False`: no check, for the copy of a damaged file kept before it is replaced).
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
            problems = integrity_problems(writer) if verify else []
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


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What `PRAGMA integrity_check` finds; [] for a sound file."""
    try:
        lines = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if lines == ["ok"] else lines


def check_is_our_backup(path: Path) -> None:
    """Refuse a file that is not a sound JPoA Desktop database this version can open."""
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _not_ours(path)
    connection = connect_read_only(path)
    try:
        problems = integrity_problems(connection)
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{path} is damaged ({reason}); nothing was restored."),
                path=path,
                reason=problems[0],
            )
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            raise _not_ours(path) from None
    finally:
        connection.close()
    if row is None:
        raise _not_ours(path)
    if str(row[0]) not in known_revisions():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of JPoA Desktop; update the app to "
                "restore it. Nothing was restored.",
            ),
            path=path,
        )


def _not_ours(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a JPoA Desktop database; nothing was restored."),
        path=path,
    )
