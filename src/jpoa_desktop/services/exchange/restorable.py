"""Whether a file is a backup this app can restore: a sound JPoA Desktop database, not newer.

(Copying and checking SQLite files is `files.sqlite_copy`, shared with the upgrade's backup.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpoa_desktop.db.migrate import SQLITE_HEADER, known_revisions
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.sqlite_copy import FULL, check_problems, connect_read_only


def check_is_our_backup(path: Path) -> None:
    """Refuse a file that is not a sound JPoA Desktop database this version can open."""
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _not_ours(path)
    connection = connect_read_only(path)
    try:
        problems = check_problems(connection, FULL)
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
