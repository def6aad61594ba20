"""Waiting for another program that is writing to the same SQLite file, and saying so.

SQLite lets one writer in at a time. pysqlite starts a write transaction lazily, with a plain
`BEGIN` just before the first INSERT/UPDATE/DELETE, and a busy writer elsewhere then makes us
fail after `busy_timeout` without a word. Here every write transaction starts with
`BEGIN IMMEDIATE` instead, at that same moment: a brief lock passes unnoticed, a longer one is
announced once (stderr in the CLI, the status bar in the app), and after `patience` seconds the
write gives up with `DatabaseBusy`, having changed nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event

from jpoa_desktop.db.faults import SQLITE_BUSY, SQLITE_LOCKED, database_fault, sqlite_code

BUSY_TIMEOUT_MS = 5000  # what readers (and the pragmas on connect) wait for a brief lock
FIRST_WAIT_SECONDS = 1.0  # a lock shorter than this is not worth a notice
_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass
class WriteLock:
    """How a write waits for another program that holds the database.

    `patience` is how long, in seconds, before giving up with one line; `on_wait` is called once
    per wait that outlasts a blink (on the thread doing the write).
    """

    patience: float = 60.0
    on_wait: Callable[[], None] | None = None


def begin_immediate(dbapi_connection: sqlite3.Connection, lock: WriteLock, where: str) -> None:
    """`BEGIN IMMEDIATE` on a raw connection: wait, announce, then `DatabaseBusy`."""
    patience = max(lock.patience, 0.0)
    deadline = time.monotonic() + patience
    wait = min(FIRST_WAIT_SECONDS, patience)
    announced = False
    try:
        while True:
            dbapi_connection.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if sqlite_code(error) not in (SQLITE_BUSY, SQLITE_LOCKED):
                    raise
                left = deadline - time.monotonic()
                if left <= 0:
                    raise database_fault(error, where) or error from None
                if not announced and lock.on_wait is not None:
                    lock.on_wait()
                announced = True
                wait = left
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def watch_writes(engine: Engine, lock: WriteLock, where: str) -> None:
    """Start every write transaction on `engine` (SQLite) with a patient `BEGIN IMMEDIATE`."""
    if engine.dialect.name != "sqlite":
        return

    def before_write(conn: Any, _cursor: Any, statement: str, *_args: Any, **_kwargs: Any) -> None:
        raw = conn.connection.dbapi_connection
        if raw is None or raw.in_transaction:
            return
        if statement.lstrip()[:7].upper().startswith(_WRITE_VERBS):
            begin_immediate(raw, lock, where)

    event.listen(engine, "before_cursor_execute", before_write)
