"""Deleting a whole strategy draft so that undo can bring it back, the same draft.

`StrategyService.delete_draft` lets the database cascade and keeps nothing. The GUI's undo
stack needs the deleted rows: the draft, its goals, objectives and measures, their indicators,
budget lines, mapping and comments, and its named versions. They are kept as column values,
uuids and times included, so the draft that comes back is the same one (versions and diffs
follow uuids), not a look-alike.

Where the old integer ids are still free (the usual case: nothing reuses them between a delete
and its undo), the rows come back under them too, so the other commands on the undo stack that
name items by id keep working; otherwise they get fresh ids and their references are remapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_rows
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.strategy_models import StrategyDraft, StrategyItem, StrategyVersion
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.strategies.strategy_rows import draft_or_error
from jpoa_desktop.services.strategies.strategy_snapshot import CHILD_MODELS, _rows

Row = dict[str, Any]
DEPTH = ("goal", "objective", "measure")


@dataclass(frozen=True)
class DeletedDraft:
    """Every row a draft's delete removed, column by column."""

    draft: Row
    items: tuple[Row, ...]  # goals, then objectives, then measures
    children: dict[str, tuple[Row, ...]]  # "indicators", "budget", "mapping", "comments"
    versions: tuple[Row, ...]

    @property
    def measures(self) -> int:
        return sum(1 for row in self.items if row["kind"] == "measure")


class DraftRemoval:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def delete(self, draft_id: int) -> DeletedDraft:
        """Delete the draft with everything in it; return the rows for `restore`."""
        with self._scope() as session:
            draft_or_error(session, draft_id)
            backup_before(session, "before-delete")
            kept = _take(session, draft_id)
            session.execute(delete(StrategyDraft).where(StrategyDraft.id == draft_id))
            return kept

    def restore(self, deleted: DeletedDraft) -> int:
        """Undo `delete`: the same draft (same uuids) with all it held; return its id."""
        uuid = str(deleted.draft["uuid"])
        with self._scope() as session:
            if session.scalar(select(StrategyDraft.id).where(StrategyDraft.uuid == uuid)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The deleted draft is already back; nothing to undo."
                    )
                )
            keep_ids = _ids_free(session, deleted)
            draft_id = _put(session, StrategyDraft, [deleted.draft], keep_ids)[0]
            item_ids: dict[int, int] = {}
            for kind in DEPTH:
                level = [r for r in deleted.items if r["kind"] == kind]
                rows = [
                    {
                        **r,
                        "draft_id": draft_id,
                        "parent_id": item_ids[r["parent_id"]] if r["parent_id"] else None,
                    }
                    for r in level
                ]
                new = _put(session, StrategyItem, rows, keep_ids)
                item_ids.update(zip((r["id"] for r in level), new, strict=True))
            for name, model in CHILD_MODELS:
                rows = [{**r, "item_id": item_ids[r["item_id"]]} for r in deleted.children[name]]
                _put(session, model, rows, keep_ids)
            versions = [{**r, "draft_id": draft_id} for r in deleted.versions]
            _put(session, StrategyVersion, versions, keep_ids)
            return draft_id

    def id_of(self, uuid: str) -> int | None:
        """The draft's id now (a restored draft may have a new one), None when it is gone."""
        with self._scope() as session:
            return session.scalar(select(StrategyDraft.id).where(StrategyDraft.uuid == uuid))


def _take(session: Session, draft_id: int) -> DeletedDraft:
    draft_table = StrategyDraft.__table__
    items_table = StrategyItem.__table__
    (draft,) = _rows(session, select(draft_table).where(draft_table.c.id == draft_id))
    items = _rows(
        session,
        select(items_table).where(items_table.c.draft_id == draft_id).order_by(items_table.c.id),
    )
    children = {}
    for name, model in CHILD_MODELS:
        table = model.__table__
        children[name] = _rows(
            session,
            select(table)
            .join(items_table, items_table.c.id == table.c.item_id)
            .where(items_table.c.draft_id == draft_id)
            .order_by(table.c.id),
        )
    versions_table = StrategyVersion.__table__
    versions = _rows(
        session,
        select(versions_table)
        .where(versions_table.c.draft_id == draft_id)
        .order_by(versions_table.c.id),
    )
    ordered = tuple(sorted(items, key=lambda r: DEPTH.index(r["kind"])))
    return DeletedDraft(draft, ordered, children, versions)


def _ids_free(session: Session, deleted: DeletedDraft) -> bool:
    """Whether none of the old ids has been taken since (then the rows keep them)."""
    groups: list[tuple[Any, tuple[Row, ...]]] = [
        (StrategyDraft, (deleted.draft,)),
        (StrategyItem, deleted.items),
        (StrategyVersion, deleted.versions),
        *((model, deleted.children[name]) for name, model in CHILD_MODELS),
    ]
    for model, rows in groups:
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            if session.scalar(select(model.id).where(model.id.in_(chunk)).limit(1)) is not None:
                return False
    return True


def _put(session: Session, model: Any, rows: list[Row], keep_ids: bool) -> list[int]:
    """Insert the rows (with their uuids and times); return their ids in order."""
    if not rows:
        return []
    values = [dict(r) if keep_ids else {k: v for k, v in r.items() if k != "id"} for r in rows]
    return insert_rows(session, model, values)
