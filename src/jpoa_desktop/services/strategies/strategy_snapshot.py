"""What a delete removes from a draft, kept in memory so undo can put the same rows back,
and copying a draft's tree into another draft.

Rows are kept as their column values, uuids and times included: what `restore` brings back is
the same goal, objective or measure (the uuid is what versions and diffs follow), not a
look-alike. The rows keep their integer ids where these are still free, so an undo stack's
older commands, which name items by id, still find them; an id reused meanwhile gets a fresh
one, and references (parent, item) are remapped in the order the rows are inserted.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, delete, insert, select, update
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_rows
from jpoa_desktop.db.models import Base, new_uuid, utc_now
from jpoa_desktop.db.strategy_models import (
    StrategyBudget,
    StrategyComment,
    StrategyIndicator,
    StrategyItem,
    StrategyMapping,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.strategies import DeletedRows

Row = dict[str, Any]
CHILD_MODELS: tuple[tuple[str, type[Any]], ...] = (
    ("indicators", StrategyIndicator),
    ("budget", StrategyBudget),
    ("mapping", StrategyMapping),
    ("comments", StrategyComment),
)


def _rows(session: Session, statement: Any) -> tuple[Row, ...]:
    return tuple(dict(row._mapping) for row in session.execute(statement))


def subtree_ids(session: Session, item_id: int) -> list[int]:
    """The item and everything under it, parents before children."""
    ids, frontier = [item_id], [item_id]
    while frontier:
        frontier = list(
            session.scalars(select(StrategyItem.id).where(StrategyItem.parent_id.in_(frontier)))
        )
        ids.extend(frontier)
    return ids


def take(session: Session, draft_id: int, item_ids: list[int]) -> DeletedRows:
    """Every row of these items and of what hangs on them (call before deleting them)."""
    items_table = StrategyItem.__table__
    by_id = {
        r["id"]: r
        for r in _rows(session, select(items_table).where(items_table.c.id.in_(item_ids)))
    }
    kept: dict[str, tuple[Row, ...]] = {}
    for name, model in CHILD_MODELS:
        table = model.__table__
        kept[name] = _rows(
            session, select(table).where(table.c.item_id.in_(item_ids)).order_by(table.c.id)
        )
    return DeletedRows(
        draft_id=draft_id, items=tuple(by_id[i] for i in item_ids if i in by_id), **kept
    )


def _insert(session: Session, model: type[Base], row: Row) -> int:
    """Insert the row under its old id when that id is still free (the usual case), so what
    else holds the id (an undo stack's commands) keeps working; else under a fresh one."""
    old_id = row.get("id")
    free = old_id is not None and session.get(model, old_id) is None
    values = {k: v for k, v in row.items() if k != "id" or free}
    result = session.execute(insert(model).values(**values))
    key = cast(CursorResult[Any], result).inserted_primary_key
    assert key is not None
    return int(key[0])


def put_back(session: Session, deleted: DeletedRows) -> list[int]:
    """Insert the kept rows again (same uuids; their old ids where still free); return the
    items' ids.

    A restored item takes its old place: its later siblings move one down again."""
    item_ids: dict[int, int] = {}
    for row in deleted.items:
        uuid = str(row["uuid"])
        if session.scalar(select(StrategyItem.id).where(StrategyItem.uuid == uuid)) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The deleted item is already back; nothing to undo.")
            )
        parent = row["parent_id"]
        parent = item_ids.get(parent, parent) if parent is not None else None
        if parent not in item_ids.values():  # the top of the restored subtree
            if parent is not None and session.get(StrategyItem, parent) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The item this belonged to has been deleted.")
                )
            _open_gap(session, int(str(row["draft_id"])), parent, int(str(row["position"])))
        item_ids[int(str(row["id"]))] = _insert(session, StrategyItem, {**row, "parent_id": parent})
    for name, model in CHILD_MODELS:
        for row in getattr(deleted, name):
            item = item_ids.get(row["item_id"], row["item_id"])
            if session.get(StrategyItem, item) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The item this belonged to has been deleted.")
                )
            if (
                name == "mapping"
                or session.scalar(select(model.id).where(model.uuid == row["uuid"])) is None
            ):
                if name == "mapping":
                    session.execute(
                        delete(StrategyMapping).where(
                            StrategyMapping.item_id == item,
                            StrategyMapping.item_key == row["item_key"],
                        )
                    )
                _insert(session, model, {**row, "item_id": item})
    return list(item_ids.values())


def _open_gap(session: Session, draft_id: int, parent_id: int | None, position: int) -> None:
    parent = (
        StrategyItem.parent_id.is_(None)
        if parent_id is None
        else StrategyItem.parent_id == parent_id
    )
    session.execute(
        update(StrategyItem)
        .where(StrategyItem.draft_id == draft_id, parent, StrategyItem.position >= position)
        .values(position=StrategyItem.position + 1)
    )


def copy_tree(session: Session, source_id: int, target_id: int) -> None:
    """Copy every item of one draft with what hangs on it (comments excepted: they are about
    the source's wording) into another; each copy remembers its original's uuid."""
    items_table = StrategyItem.__table__
    items = _rows(
        session,
        select(items_table).where(items_table.c.draft_id == source_id).order_by(items_table.c.id),
    )
    by_depth = sorted(items, key=lambda r: ("goal", "objective", "measure").index(r["kind"]))
    now = utc_now()
    new_ids: dict[int, int] = {}
    for kind in ("goal", "objective", "measure"):
        level = [r for r in by_depth if r["kind"] == kind]
        rows = [
            {
                **{k: v for k, v in r.items() if k not in ("id", "uuid")},
                "draft_id": target_id,
                "parent_id": new_ids.get(r["parent_id"]) if r["parent_id"] else None,
                "origin_uuid": r["uuid"],
                "uuid": new_uuid(),
                "created_at": now,
                "updated_at": now,
            }
            for r in level
        ]
        for old, new in zip(level, insert_rows(session, StrategyItem, rows), strict=True):
            new_ids[old["id"]] = new
    for name, model in CHILD_MODELS:
        if name == "comments":
            continue
        table = model.__table__
        rows = [
            {
                **{k: v for k, v in r.items() if k not in ("id", "uuid")},
                "item_id": new_ids[r["item_id"]],
                "uuid": new_uuid(),
                "created_at": now,
                "updated_at": now,
            }
            for r in _rows(
                session,
                select(table)
                .join(items_table, items_table.c.id == table.c.item_id)
                .where(items_table.c.draft_id == source_id)
                .order_by(table.c.id),
            )
        ]
        insert_rows(session, model, rows)
