"""Hearing what other people change on the server: PostgreSQL's LISTEN/NOTIFY.

The audit triggers send `pg_notify('jpoa_changes', json)` with the table, the draft or workshop
it belongs to and who changed it, in the same transaction as the change (so a notification
arrives only for what was committed). A listener keeps its own autocommit connection, apart
from the engine's pool, and waits on it in short steps so that its thread can be stopped.

What a change means to the screens is said with the same "kinds" the app's own writes announce
(`TaskRunner.data_changed`): a screen refreshes for a colleague's change as it does for ours.
A change made through this app's own connections is known by its backend pid and left out: the
app already announced it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Engine, event

from jpoa_desktop.db.migrate import Database
from jpoa_desktop.services.server.connection import conninfo

CHANNEL = "jpoa_changes"

# A table, or the family of tables named after it (workshop_tag, person_merge…) → the kinds of
# data the screens refresh for.
_KINDS = (
    ("strategy", frozenset({"strategies"})),
    ("workshop", frozenset({"workshops"})),
    ("agenda", frozenset({"agenda"})),
    ("registration", frozenset({"workshops", "people", "registrations", "participants"})),
    ("attendance", frozenset({"attendance"})),
    ("taken_back_mark", frozenset({"attendance"})),
    ("person", frozenset({"people"})),
    ("organisation", frozenset({"people"})),
    ("library", frozenset({"library"})),
    ("content_pack", frozenset({"library"})),
    ("question", frozenset({"questions"})),
    ("evaluation_form", frozenset({"forms"})),
    ("form_item", frozenset({"forms"})),
    ("form_sheet", frozenset({"answers"})),
)


class ListenerLost(Exception):
    """The listener's connection broke: the server stopped or the network went away."""


@dataclass(frozen=True)
class Change:
    """One committed change another connection announced."""

    table: str
    draft_id: int | None
    workshop_id: int | None
    by: str
    pid: int

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of data this change touches (empty for a table no screen shows)."""
        for name, kinds in _KINDS:
            if self.table == name or self.table.startswith(name + "_"):
                return kinds
        return frozenset()


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_change(payload: str, pid: int) -> Change | None:
    """A notification's JSON as a Change; None for a payload that is not one of ours."""
    try:
        data: Any = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("table"), str):
        return None
    by = data.get("by")
    return Change(
        table=data["table"],
        draft_id=_number(data.get("draft_id")),
        workshop_id=_number(data.get("workshop_id")),
        by=by if isinstance(by, str) else "",
        pid=pid,
    )


def own_backend_pids(engine: Engine) -> set[int]:
    """The backend pids of this engine's connections, kept up to date as it opens new ones.

    The pool's idle connections are closed first, so that every connection the engine uses from
    now on is one whose pid the set holds.
    """
    pids: set[int] = set()

    def opened(dbapi_connection: Any, _record: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            pids.add(pid)

    event.listen(engine, "connect", opened)
    engine.dispose(close=True)
    return pids


class ChangeListener:
    """LISTEN on a connection of its own; `changes(timeout)` yields what arrived meanwhile."""

    def __init__(self, conninfo: str, ignore_pids: set[int] | None = None) -> None:
        self._conninfo = conninfo
        self._ignore = ignore_pids if ignore_pids is not None else set()
        self._connection: psycopg.Connection[Any] | None = None

    @classmethod
    def for_database(cls, db: Database, ignore_pids: set[int] | None = None) -> ChangeListener:
        return cls(conninfo(db.url), ignore_pids)

    def open(self) -> None:
        """Connect and LISTEN; raises ListenerLost when the server cannot be reached."""
        self.close()
        try:
            self._connection = psycopg.connect(self._conninfo, autocommit=True)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            self.close()
            raise ListenerLost(str(error).splitlines()[0] if str(error) else "") from None

    def changes(self, timeout: float) -> Iterator[Change]:
        """What others committed, waiting at most `timeout` seconds for the first; raises
        ListenerLost when the connection breaks (call `open` again to go on listening)."""
        if self._connection is None:
            raise ListenerLost("not connected")
        try:
            for note in self._connection.notifies(timeout=timeout):
                change = parse_change(note.payload, note.pid)
                if change is not None and change.pid not in self._ignore:
                    yield change
        except psycopg.Error as error:
            self.close()
            raise ListenerLost(str(error).splitlines()[0] if str(error) else "") from None

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with suppress(psycopg.Error):  # it is gone either way
                connection.close()
