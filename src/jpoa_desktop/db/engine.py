"""Engines and sessions: turning `--db` into a URL, SQLite pragmas, one session per unit of work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SessionScope = Callable[[], AbstractContextManager[Session]]

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
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


def make_engine(url: URL) -> Engine:
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def make_session_scope(engine: Engine) -> SessionScope:
    """A factory of transactional scopes: commit on success, roll back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session_scope() -> Iterator[Session]:
        with factory() as session, session.begin():
            yield session

    return session_scope
