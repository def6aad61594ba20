"""SQLite's faults as sentences: a full disk, a read-only file, a lock, a damaged file; and a
change a PostgreSQL server's permissions refused.

SQLAlchemy's error text carries the SQL statement and its parameters (participants' names), so
it must never reach a user. Every database fault is told apart here, once, by SQLite's own error
code (not by its English wording), and turned into a `DatabaseFault` the CLI prints in one line
and the GUI shows in a dialog. A write that fails this way was one transaction, rolled back: the
messages can promise that nothing was changed.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, JpoaError

# SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes keep them in
# their low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


class DatabaseFault(JpoaError):
    """The database could not be read or written; the user (not a developer) can act on it."""

    exit_code = 2


class DatabaseBusy(DatabaseFault):
    """Another program held the database for longer than we were willing to wait."""


class DatabaseFull(DatabaseFault):
    """The disk (or the database's size limit) is full."""


class DatabaseReadOnly(DatabaseFault):
    """The file, its folder or its disk cannot be written."""


class DatabaseDamaged(DatabaseFault):
    """The file's pages are inconsistent: a failing disk, a copy cut short, a crash mid-write."""

    exit_code = 1


class DatabaseUnreachable(DatabaseFault):
    """The file cannot be opened or read at all (a disk error, a vanished drive)."""


class PermissionRefused(DatabaseFault):
    """The server's permissions refused a change: the account may only read, or the row
    belongs to another country (row-level security). Nothing was changed."""


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE, also for row-level security

# What a refused table belongs to, so the message names it without SQL or row data.
_DRAFT_TABLES = ("strategy_",)
_WORKSHOP_TABLES = ("workshop", "registration", "attendance", "agenda_", "evaluation_form",
                    "form_", "certificate_rule", "issued_certificate")  # fmt: skip
_PEOPLE_TABLES = ("person", "organisation")


def _chain(error: BaseException) -> list[BaseException]:
    """`error`, the driver's error SQLAlchemy wraps, and their causes, each once."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in found):
        found.append(current)
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return found


def permission_refused(error: BaseException) -> PermissionRefused | None:
    """The sentence for a change the server's permissions refused, or None for other errors.

    Told apart by SQLSTATE 42501 (psycopg's InsufficientPrivilege): a missing grant, a row-level
    security check on a new row, or our guard trigger on another country's row.
    """
    for current in _chain(error):
        if getattr(current, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            continue
        diag = getattr(current, "diag", None)
        table = getattr(diag, "table_name", None) or _quoted_table(str(current))
        return _refusal(table or "")
    return None


def _quoted_table(message: str) -> str | None:
    found = re.search(r'(?:table|relation) "?([a-z_]+)"?', message)
    return found.group(1) if found else None


def _refusal(table: str) -> PermissionRefused:
    if table.startswith(_DRAFT_TABLES):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The server refused the change: your account may not change this strategy draft "
            "(it belongs to another country, or you may only read). Nothing was changed.",
        )
    elif table.startswith(_WORKSHOP_TABLES):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The server refused the change: your account may not change this workshop or its "
            "participants' records (another country's, or you may only read). Nothing was "
            "changed.",
        )
    elif table.startswith(_PEOPLE_TABLES):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The server refused the change: your account may not change this person or "
            "organisation (another country's, or you may only read). Nothing was changed.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The server refused the change: your account may not do this (ask the server's "
            "administrator). Nothing was changed.",
        )
    return PermissionRefused(template)


class ServerLost(DatabaseUnreachable):
    """The connection to the PostgreSQL server broke; the transaction was not committed."""


def server_lost(error: BaseException) -> ServerLost | None:
    """The sentence for a broken connection to a PostgreSQL server (it stopped, the network went
    away), or None: SQLAlchemy marks the connection invalidated, or psycopg reports an
    operational error without the server's SQLSTATE or of class 08 or 57P (shut down)."""
    psycopg = sys.modules.get("psycopg")  # not loaded: not a server's error
    operational = getattr(psycopg, "OperationalError", None)
    for current in _chain(error):
        state = getattr(current, "sqlstate", None)
        if getattr(current, "connection_invalidated", False) is True or (
            operational is not None
            and isinstance(current, operational)
            and (state is None or str(state).startswith(("08", "57P")))
        ):
            return ServerLost(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The connection to the database server was lost (the server stopped or the "
                    "network is down); the change was not saved. Reconnect when the server is "
                    "back (File → Reconnect to the Server).",
                )
            )
    return None


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind `error` (wrapped by SQLAlchemy or not), if any."""
    for current in _chain(error):
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            return code & 0xFF if isinstance(code, int) else None
    return None


def _writable(path: Path) -> bool:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return folder.is_dir() and os.access(folder, os.W_OK)


def damaged(path: str | Path) -> DatabaseDamaged:
    """The sentence for a damaged file, found by an error or by a check."""
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {path} is damaged (its pages do not fit together); nothing was "
            "changed. Open a backup copy or another database; `jpoa check` lists the damage.",
        ),
        path=str(path),
    )


def database_fault(error: BaseException, where: str | Path | None) -> DatabaseFault | None:
    """The user's sentence for a database fault, or None when `error` is not one (a bug)."""
    code = sqlite_code(error)
    if code is None:
        return permission_refused(error) or server_lost(error)
    path = str(where) if where is not None else "the database"
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another program is still writing to {path}; nothing was changed. "
                "Try again when it has finished.",
            ),
            path=path,
        )
    if code == SQLITE_FULL:
        return DatabaseFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {path} is full; nothing was changed. "
                "Free some space and try again.",
            ),
            path=path,
        )
    if code == SQLITE_READONLY or (
        code == SQLITE_CANTOPEN and where is not None and not _writable(Path(where))
    ):
        return DatabaseReadOnly(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be written: the file, its folder or its disk is read-only; "
                "nothing was changed. Copy it to a folder you can write to, or open another "
                "database.",
            ),
            path=path,
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(path)
    if code in (SQLITE_CANTOPEN, SQLITE_IOERR):
        return DatabaseUnreachable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be read or written (the disk reported an error); nothing was "
                "changed. Check that the drive is still connected, then try again.",
            ),
            path=path,
        )
    return None


def plain_reason(error: BaseException) -> str:
    """An error's one-line reason without the SQL statement and parameters SQLAlchemy adds."""
    orig = getattr(error, "orig", None)
    if isinstance(orig, BaseException):
        return f"{type(orig).__name__}: {orig}".splitlines()[0]
    text = str(error).splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
