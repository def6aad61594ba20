"""Inserting many rows fast and still learning their ids.

`INSERT … RETURNING` with a guaranteed order makes SQLite insert one row per statement. Rows
here carry their `uuid` from the client instead, so a plain `executemany` inserts a whole batch
and one `SELECT id, uuid` per batch tells the ids back, in the order the rows were given.
The statements go to the tables (Core), not through the ORM's bulk path, which sorts and
compiles the rows again for every batch (a third of a 10,000-row import's write time); the
columns' own defaults (uuid, timestamps) still apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import Tracked, new_uuid

BATCH = 2_000


def batched(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """`itertools.batched`, which Python 3.11 lacks."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def insert_rows(
    session: Session, model: type[Tracked], rows: Iterable[dict[str, Any]], batch: int = BATCH
) -> list[int]:
    """Insert `rows` into `model`'s table in batches; return the new ids in the rows' order."""
    ids: list[int] = []
    for chunk in batched(rows, batch):
        for row in chunk:
            if "uuid" not in row:  # setdefault would draw a uuid for every row that has one
                row["uuid"] = new_uuid()
        session.execute(insert(model.__table__), chunk)  # type: ignore[attr-defined]
        uuids = [row["uuid"] for row in chunk]
        found = dict(
            session.execute(select(model.uuid, model.id).where(model.uuid.in_(uuids))).all()
        )
        ids.extend(found[u] for u in uuids)
    return ids


def insert_plain(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows whose ids nobody needs back, in batches."""
    for start in range(0, len(rows), BATCH):
        session.execute(insert(model.__table__), rows[start : start + BATCH])
