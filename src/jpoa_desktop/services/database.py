"""Opening and checking databases: the GUI and the CLI come here, never to db/ itself.

`check_database` must report damage, not die of it: a damaged page makes SQLite raise from the
very statements that look for damage, so each check runs on its own and a check that cannot run
becomes a problem in the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from jpoa_desktop.db.engine import sqlite_path, to_url
from jpoa_desktop.db.faults import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFault,
    DatabaseFull,
    DatabaseReadOnly,
    damaged,
    database_fault,
    plain_reason,
)
from jpoa_desktop.db.migrate import (
    Database,
    DatabaseMissing,
    current_revision,
    head_revision,
    open_database,
)
from jpoa_desktop.db.write_lock import WriteLock
from jpoa_desktop.model.library import CheckReport
from jpoa_desktop.services.indexes.versions import search_index_problems

__all__ = [
    "Database",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseFault",
    "DatabaseFull",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "WriteLock",
    "check_database",
    "database_fault",
    "database_folder",
    "open_database",
    "plain_reason",
    "quick_check",
]


def _sqlite_reason(error: DBAPIError) -> str:
    return str(error.orig) if error.orig is not None else plain_reason(error)


def _integrity(conn: Connection) -> list[str]:
    """Every line `integrity_check` gives; when it cannot even run, table by table."""
    try:
        lines = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
    except DBAPIError as error:
        lines = [f"the file cannot be checked as a whole ({_sqlite_reason(error)})"]
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).scalars()
        for table in list(tables):
            quoted = table.replace('"', '""')
            try:
                found = [
                    str(r[0]) for r in conn.exec_driver_sql(f'PRAGMA integrity_check("{quoted}")')
                ]
            except DBAPIError as table_error:
                lines.append(f"table {table} cannot be read ({_sqlite_reason(table_error)})")
                continue
            lines.extend(line for line in found if line != "ok")
    if lines == ["ok"]:
        return []
    # One row can hold many findings, one a line, under a "*** in database main ***" heading.
    parts = (part.strip() for line in lines for part in line.splitlines())
    return [part for part in parts if part and not part.startswith("***")]


def _run(problems: list[str], what: str, check: Callable[[], list[str]]) -> None:
    try:
        problems.extend(check())
    except DBAPIError as error:
        problems.append(f"{what} could not run ({_sqlite_reason(error)})")


def _server_checks(db: Database, problems: list[str]) -> None:
    """A server's checks instead of SQLite's integrity check (`services/server_checks.py`)."""
    from jpoa_desktop.services.server_checks import server_problems

    with db.engine.connect() as conn:
        _run(problems, "the server's checks", lambda: server_problems(conn))
        _run(problems, "the search index check", lambda: search_index_problems(conn))


def check_database(db: Database) -> CheckReport:
    """Schema at head, then on SQLite the file's integrity, its foreign keys and a search index
    in step with texts; on a server its tables, extensions, foreign keys and row security."""
    head = head_revision()
    problems: list[str] = []
    revision: str | None = None
    try:
        revision = current_revision(db)
    except DBAPIError as error:
        problems.append(f"the schema version cannot be read ({_sqlite_reason(error)})")
    if revision != head and not problems:
        problems.append(f"schema is at {revision or 'nothing'}, expected {head}")
    if db.engine.dialect.name == "postgresql":
        if revision == head:
            _server_checks(db, problems)
        return CheckReport(revision=revision, head=head, problems=tuple(problems))
    if db.engine.dialect.name != "sqlite":
        return CheckReport(revision=revision, head=head, problems=tuple(problems))
    with db.engine.connect() as conn:
        _run(
            problems,
            "the integrity check",
            lambda: [f"integrity: {line}" for line in _integrity(conn)],
        )

        def foreign_keys() -> list[str]:
            return [
                f"foreign key: {table} row {rowid} points to a missing {parent}"
                for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]

        _run(problems, "the foreign key check", foreign_keys)

        if revision == head:
            _run(problems, "the search index check", lambda: search_index_problems(conn))
    return CheckReport(revision=revision, head=head, problems=tuple(problems))


def quick_check(db: Database) -> None:
    """Raise `DatabaseDamaged` when SQLite's quick check finds damage (the app runs it on open).

    Far cheaper than the full check (no index-to-table cross checks), and it lets the app explain
    a damaged file at once instead of failing screen by screen.
    """
    if db.engine.dialect.name != "sqlite":
        return
    try:
        with db.engine.connect() as conn:
            lines = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA quick_check")]
    except DBAPIError as error:
        fault = database_fault(error, db.display_name)
        if fault is None:
            raise
        raise fault from None
    if lines != ["ok"]:
        raise damaged(db.display_name)


def database_folder(target: str) -> Path | None:
    """The folder of the SQLite file behind a `--db` path or URL (None for a server)."""
    try:
        path = sqlite_path(to_url(target))
    except Exception:  # a malformed URL is refused later, with its own message
        return None
    return None if path is None else path.parent
