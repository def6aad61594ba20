"""Engines and sessions: turning `--db` into a URL, SQLite pragmas, one session per unit of work.

Every session scope turns SQLite's faults (a full disk, a lock, a damaged file) into the user's
sentences of `db.faults`, and the engine hides SQL parameters: a log or a message never carries
a participant's name.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from jpoa_desktop.db.faults import database_fault
from jpoa_desktop.db.write_lock import (
    BUSY_TIMEOUT_MS,
    WriteLock,
    begin_immediate,
    watch_writes,
)
from jpoa_desktop.errors import EditConflict

SessionScope = Callable[[], AbstractContextManager[Session]]

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def to_url(target: str) -> URL:
    """A file path or an SQLAlchemy URL → URL (a path becomes an absolute SQLite URL)."""
    if "://" in target:
        return make_url(target)
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other dialects and in-memory databases."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def display_name(url: URL) -> str:
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLite ignores `foreign_keys` inside a transaction: run the pragmas in autocommit.
    previous = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()
        dbapi_connection.isolation_level = previous


SAVER_KEY = "jpoa_saver"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor in the passwd file
        return ""


def _remember_saver(dbapi_connection: Any, record: Any) -> None:
    """Who saves through this connection, asked once when it opens: on a server the role it
    logged in as (the server's accounts are what the conflict dialog and the audit name), on a
    laptop the system's login name."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        record.info[SAVER_KEY] = _login_name()
        return
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT current_user")
        row = cursor.fetchone()
    finally:
        cursor.close()
    dbapi_connection.rollback()  # leave the new connection outside any transaction
    record.info[SAVER_KEY] = str(row[0]) if row else ""


def saver_name(context: Any) -> str:
    """`updated_by` of a row written now: the one place that says "who am I"."""
    return str(context.connection.info.get(SAVER_KEY, ""))[:128]


def make_engine(url: URL) -> Engine:
    # hide_parameters: SQLAlchemy's error text would otherwise quote the row (names, e-mails).
    engine = create_engine(url, hide_parameters=True)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "connect", _remember_saver)
    return engine


def make_session_scope(engine: Engine, write_lock: WriteLock | None = None) -> SessionScope:
    """A factory of transactional scopes: commit on success, roll back on any error.

    A database fault inside the scope (or at its commit) comes out as a `DatabaseFault` that
    says what happened to which file, after the rollback.
    """
    factory = sessionmaker(engine, expire_on_commit=False)
    where = display_name(engine.url)
    lock = write_lock or WriteLock()
    watch_writes(engine, lock, where)

    @contextmanager
    def session_scope() -> Iterator[Session]:
        try:
            with factory() as session, session.begin():
                session.info["write_lock"] = lock
                yield session
        except StaleDataError:  # a row read here was saved by someone else before this flush
            raise EditConflict(table="", row_id=0) from None
        except (DBAPIError, sqlite3.Error) as error:
            fault = database_fault(error, where)
            if fault is None:
                raise
            raise fault from None  # the chained error would carry the SQL into logs

    return session_scope


def lock_for_writing(session: Session) -> None:
    """Take the database's write lock now, before reading what the write depends on.

    Two imports of the same list must not both decide "these people are new": the second one
    waits here until the first has committed, then reads the people the first one added.
    SQLite: a patient `BEGIN IMMEDIATE` (see `write_lock`). PostgreSQL: a transaction-scoped
    advisory lock, which serialises the writers that ask for it.
    """
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(1319)")
        return
    raw = connection.connection.dbapi_connection
    if dialect != "sqlite" or raw is None or raw.in_transaction:
        return
    lock = session.info.get("write_lock")
    begin_immediate(
        raw,  # type: ignore[arg-type]
        lock if isinstance(lock, WriteLock) else WriteLock(),
        display_name(connection.engine.url),
    )
