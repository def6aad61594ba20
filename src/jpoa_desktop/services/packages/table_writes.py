"""Many rows into one table inside the import's transaction, at the speed SQLite allows.

An import writes some 300,000 rows for the large demo's 400 workshops, and SQLAlchemy's own
executemany spends more time per row (compiling parameters, one dictionary each) than SQLite
spends storing it. On SQLite the rows go to the driver's cursor as tuples instead, each value
converted by its column type's own bind processor, so what is stored is what SQLAlchemy would
have stored; ids are handed out here (the import holds the write lock, so nobody else can take
one). Any other database gets the plain Core statements of `db/bulk.py`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import BATCH, insert_plain, insert_rows
from jpoa_desktop.db.models import utc_now
from jpoa_desktop.io.packages.json_text import json_encoder

Row = dict[str, Any]


def _raw(session: Session) -> Any:
    """The driver's connection on SQLite (in the session's transaction), else None."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.dbapi_connection


@contextmanager
def page_cache(session: Session, kib: int = 65_536) -> Iterator[None]:
    """SQLite's page cache for the session's connection raised to `kib` KiB while an import
    writes, then set back: with the default 2 MB, the large demo's 300,000 rows spill pages to
    the WAL again and again as their indexes grow (the write took 1 to 1.5 s longer). Durability
    is unchanged (the journal and `synchronous` stay as they are); other databases: nothing."""
    raw = _raw(session)
    if raw is None:
        yield
        return
    (before,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # a broken connection is closed anyway
            raw.execute(f"PRAGMA cache_size={int(before)}")


def stores_text(session: Session) -> bool:
    """Whether dates and times may be given as the text SQLite stores (`stored_date`,
    `stored_time`) instead of as objects."""
    return _raw(session) is not None


def stored_date(text: Any) -> str | None:
    """A date a package holds (already checked) as SQLite stores it: its own text when it is
    `YYYY-MM-DD`, else None (then the date object is printed)."""
    if type(text) is str and len(text) == 10 and text[4] == "-" and text[7] == "-":
        return text
    return None


def stored_time(text: Any) -> str | None:
    """A time a package holds (already checked) as SQLite stores it, cut from its own text when
    it is UTC as an export writes it (`…T08:15:00+00:00`, with or without microseconds);
    else None (then the time object is printed, four times slower)."""
    if type(text) is not str or not text.endswith("+00:00") or text[10] != "T":
        return None
    if text[4] != "-" or text[7] != "-" or text[13] != ":" or text[16] != ":":
        return None
    if len(text) == 25:
        return f"{text[:10]} {text[11:19]}.000000"
    if len(text) == 32 and text[19] == ".":
        return f"{text[:10]} {text[11:26]}"
    return None


def _sqlite_datetime(value: datetime | str) -> str:
    """What SQLAlchemy stores for a UTC time on SQLite, made by `isoformat` (C) instead; text
    is already that (`stored_time`)."""
    if type(value) is str:
        return value
    assert isinstance(value, datetime)
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without its "+00:00"


def _sqlite_date(value: date | str) -> str:
    return value if type(value) is str else value.isoformat()  # type: ignore[union-attr]


# what SQLAlchemy stores for a JSON column (`json.dumps` with its defaults), made once
_JSON_TEXT = json_encoder(True, (", ", ": "), sort_keys=False, allow_nan=True)


def _processor(column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
    if isinstance(column_type, DateTime):
        return _sqlite_datetime
    if isinstance(column_type, Date):
        return _sqlite_date
    if isinstance(column_type, JSON) and getattr(dialect, "_json_serializer", None) is None:
        return _JSON_TEXT
    return column_type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]


_TEXT = {str, type(None)}


def _tuples(
    session: Session, table: Table, names: Sequence[str], rows: Sequence[Row]
) -> list[tuple[Any, ...]]:
    """`rows` as tuples of `names`' values as the driver takes them, converted a column at a
    time (one list comprehension per column is several times faster than one per row)."""
    dialect = session.connection().dialect
    columns = []
    for name in names:
        values = [row[name] for row in rows]
        column_type = table.c[name].type
        process = _processor(column_type, dialect)
        as_text = isinstance(column_type, Date | DateTime) and set(map(type, values)) <= _TEXT
        if process is not None and not as_text:  # dates and times given as stored text stay
            values = _processed(values, process)
        columns.append(values)
    return list(zip(*columns, strict=True))


def _processed(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """`process` of each value (None stays None), done once for a run of the same object: every
    row an import inserts has the same `created_at`, and printing a time is not cheap."""
    if len(set(map(id, values))) * 2 > len(values):
        return [None if v is None else process(v) for v in values]
    done: dict[int, Any] = {}
    found = []
    for value in values:
        key = id(value)
        if key not in done:
            done[key] = None if value is None else process(value)
        found.append(done[key])
    return found


def insert_many(session: Session, model: Any, rows: Sequence[Row]) -> None:
    """Insert `rows` (all with the same keys) into `model`'s table; nobody needs their ids."""
    raw = _raw(session)
    if not rows:
        return
    if raw is None:
        insert_plain(session, model, list(rows))
        return
    table: Table = model.__table__
    names = list(rows[0])
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
    for start in range(0, len(rows), BATCH * 5):
        raw.executemany(statement, _tuples(session, table, names, rows[start : start + BATCH * 5]))


def insert_with_ids(session: Session, model: Any, rows: list[Row]) -> list[int]:
    """Insert `rows` of a tracked table (each with its uuid); return their new ids in order."""
    if not rows:
        return []
    if _raw(session) is None:
        return insert_rows(session, model, rows)
    table: Table = model.__table__
    last = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    ids = list(range(last + 1, last + 1 + len(rows)))
    now = utc_now()
    for new_id, row in zip(ids, rows, strict=True):
        row["id"] = new_id
        row.setdefault("created_at", now)
    insert_many(session, model, rows)
    return ids


def update_many(session: Session, model: Any, rows: Sequence[Row]) -> None:
    """Update rows of `model`'s table by `row["id"]` with the other values of each row."""
    if not rows:
        return
    table: Table = model.__table__
    raw = _raw(session)
    names = [name for name in rows[0] if name != "id"]
    if raw is None:
        statement = update(table).where(table.c.id == bindparam("row_id"))
        session.execute(statement, [{**{n: r[n] for n in names}, "row_id": r["id"]} for r in rows])
        return
    assignments = ", ".join(f'"{name}" = ?' for name in names)
    values = _tuples(session, table, [*names, "id"], rows)
    raw.executemany(f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', values)
