"""Undoable edits of what hangs on an item: indicators, budget lines, the pillar/area mapping
(measures) and comments (any item).

A command finds its rows by uuid, not id: undoing a delete brings rows back under new ids
(and a measure deleted and restored in the tree brings back its indicators under new ids too),
while the uuid stays. The draft the screen shows (re-read after every edit) turns uuids into
today's ids; only adding a row reads the draft once more, to learn the new row's uuid.

The write the user asked for happens in `write()`, before the command is pushed: a refused
value (a blank indicator name) raises there, and nothing is pushed or half-written. `redo()`
skips that first write and only redoes after an undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from jpoa_desktop.model.strategies import (
    BudgetInput,
    CommentView,
    DeletedRows,
    DraftView,
    GoalView,
    IndicatorInput,
    MeasureView,
    ObjectiveView,
)
from jpoa_desktop.services.strategies.strategies import StrategyService

Changed = Callable[[int | None], None]  # re-read the draft and select this item
Item = GoalView | ObjectiveView | MeasureView


def find_item(draft: DraftView | None, item_id: int | None) -> Item | None:
    """The goal, objective or measure with this id in `draft`."""
    if draft is None or item_id is None:
        return None
    for goal in draft.goals:
        if goal.id == item_id:
            return goal
        for objective in goal.objectives:
            if objective.id == item_id:
                return objective
            for measure in objective.measures:
                if measure.id == item_id:
                    return measure
    return None


def _uuid_ids(draft: DraftView) -> dict[str, int]:
    """Every row of the draft (items, indicators, budget lines, comments): uuid → id."""
    ids: dict[str, int] = {}
    comments: list[CommentView] = []
    for goal in draft.goals:
        ids[goal.uuid] = goal.id
        comments.extend(goal.comments)
        for objective in goal.objectives:
            ids[objective.uuid] = objective.id
            comments.extend(objective.comments)
            for measure in objective.measures:
                ids[measure.uuid] = measure.id
                comments.extend(measure.comments)
                ids.update({i.uuid: i.id for i in measure.indicators})
                ids.update({b.uuid: b.id for b in measure.budget})
    ids.update({c.uuid: c.id for c in comments})
    return ids


def _under(deleted: DeletedRows, item_id: int) -> DeletedRows:
    """The kept rows, hung on the item's id of today (it changes when the item was restored)."""

    def moved(rows: tuple[dict[str, Any], ...]) -> tuple[dict[str, Any], ...]:
        return tuple({**row, "item_id": item_id} for row in rows)

    return replace(
        deleted,
        indicators=moved(deleted.indicators),
        budget=moved(deleted.budget),
        mapping=moved(deleted.mapping),
        comments=moved(deleted.comments),
    )


@dataclass(frozen=True)
class DetailContext:
    """What every detail command needs: the service, the open draft, how to show a change,
    and the draft as the screen shows it (`shown`: re-read after every edit, so its ids are
    today's; read again here only when a uuid is missing from it)."""

    service: StrategyService
    draft_id: int
    changed: Changed
    shown: Callable[[], DraftView | None]

    def read(self) -> DraftView:
        return self.service.draft(self.draft_id, "en")

    def ids(self, *needed: str) -> dict[str, int]:
        view = self.shown()
        ids = _uuid_ids(view) if view is not None and view.id == self.draft_id else {}
        if any(uuid not in ids for uuid in needed):
            ids = _uuid_ids(self.read())
        return ids


class DetailCommand(QUndoCommand):
    """One step on one item (`item_uuid`); subclasses say how to go forward and back."""

    def __init__(self, context: DetailContext, item_uuid: str, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._service = context.service
        self._item_uuid = item_uuid
        self.row_uuid = ""  # the indicator, budget line or comment it is about, if any
        self._written: int | None = None  # the item's id, once `write` has done the edit

    def _ids(self, forward: bool) -> dict[str, int]:
        row = bool(self.row_uuid) and self._row_exists(forward)
        return self._context.ids(self._item_uuid, *([self.row_uuid] if row else []))

    def _row_exists(self, forward: bool) -> bool:
        """Whether the row is in the database before going forward (or back)."""
        return True

    def write(self) -> None:
        """The edit itself, before pushing; raises `JpoaError` and changes nothing if refused."""
        ids = self._ids(forward=True)
        self._forward(ids)
        self._written = ids[self._item_uuid]

    def redo(self) -> None:
        item_id: int | None = self._written
        if self._written is not None:  # pushed after `write`: only show it
            self._written = None
        else:
            ids = self._ids(forward=True)
            self._forward(ids)
            item_id = ids.get(self._item_uuid)
        self._context.changed(item_id)

    def undo(self) -> None:
        ids = self._ids(forward=False)
        self._backward(ids)
        self._context.changed(ids.get(self._item_uuid))

    def _forward(self, ids: dict[str, int]) -> None:
        raise NotImplementedError

    def _backward(self, ids: dict[str, int]) -> None:
        raise NotImplementedError


class _AddRow(DetailCommand):
    """Adding a row: undo deletes it (keeping it), redo puts the same row (uuid) back."""

    KIND = ""  # "indicator", "budget line" or "comment": what `row_uuid` looks up

    def __init__(self, context: DetailContext, item_uuid: str, text: str) -> None:
        super().__init__(context, item_uuid, text)
        self._deleted: DeletedRows | None = None

    def _row_exists(self, forward: bool) -> bool:
        return not forward

    def _forward(self, ids: dict[str, int]) -> None:
        item_id = ids[self._item_uuid]
        if self._deleted is not None:
            self._service.restore(_under(self._deleted, item_id))
            return
        self.row_uuid = self._service.row_uuid(self.KIND, self._add(item_id))

    def _backward(self, ids: dict[str, int]) -> None:
        self._deleted = self._delete(ids[self.row_uuid])

    def _add(self, item_id: int) -> int:
        raise NotImplementedError

    def _delete(self, row_id: int) -> DeletedRows:
        raise NotImplementedError


class _DeleteRow(DetailCommand):
    """Deleting a row: undo restores the same row (uuid) with its values."""

    def __init__(self, context: DetailContext, item_uuid: str, row_uuid: str, text: str) -> None:
        super().__init__(context, item_uuid, text)
        self.row_uuid = row_uuid
        self._deleted: DeletedRows | None = None

    def _row_exists(self, forward: bool) -> bool:
        return forward

    def _forward(self, ids: dict[str, int]) -> None:
        self._deleted = self._delete(ids[self.row_uuid])

    def _backward(self, ids: dict[str, int]) -> None:
        assert self._deleted is not None
        self._service.restore(_under(self._deleted, ids[self._item_uuid]))

    def _delete(self, row_id: int) -> DeletedRows:
        raise NotImplementedError


# --- indicators -------------------------------------------------------------------------------


class AddIndicator(_AddRow):
    KIND = "indicator"

    def __init__(
        self, context: DetailContext, measure_uuid: str, indicator: IndicatorInput, text: str
    ) -> None:
        super().__init__(context, measure_uuid, text)
        self._indicator = indicator

    def _add(self, item_id: int) -> int:
        return self._service.add_indicator(item_id, self._indicator)

    def _delete(self, row_id: int) -> DeletedRows:
        return self._service.delete_indicator(row_id)


class EditIndicator(DetailCommand):
    def __init__(
        self,
        context: DetailContext,
        measure_uuid: str,
        indicator_uuid: str,
        indicator: IndicatorInput,
        text: str,
    ) -> None:
        super().__init__(context, measure_uuid, text)
        self.row_uuid = indicator_uuid
        self._after = indicator
        self._before: IndicatorInput | None = None

    def _forward(self, ids: dict[str, int]) -> None:
        self._before = self._service.update_indicator(ids[self.row_uuid], self._after)

    def _backward(self, ids: dict[str, int]) -> None:
        assert self._before is not None
        self._service.update_indicator(ids[self.row_uuid], self._before)


class DeleteIndicator(_DeleteRow):
    def _delete(self, row_id: int) -> DeletedRows:
        return self._service.delete_indicator(row_id)


# --- budget lines ---------------------------------------------------------------------------


class AddBudget(_AddRow):
    KIND = "budget line"

    def __init__(
        self, context: DetailContext, measure_uuid: str, line: BudgetInput, text: str
    ) -> None:
        super().__init__(context, measure_uuid, text)
        self._line = line

    def _add(self, item_id: int) -> int:
        return self._service.add_budget(item_id, self._line)

    def _delete(self, row_id: int) -> DeletedRows:
        return self._service.delete_budget(row_id)


class EditBudget(DetailCommand):
    def __init__(
        self,
        context: DetailContext,
        measure_uuid: str,
        budget_uuid: str,
        line: BudgetInput,
        text: str,
    ) -> None:
        super().__init__(context, measure_uuid, text)
        self.row_uuid = budget_uuid
        self._after = line
        self._before: BudgetInput | None = None

    def _forward(self, ids: dict[str, int]) -> None:
        self._before = self._service.update_budget(ids[self.row_uuid], self._after)

    def _backward(self, ids: dict[str, int]) -> None:
        assert self._before is not None
        self._service.update_budget(ids[self.row_uuid], self._before)


class DeleteBudget(_DeleteRow):
    def _delete(self, row_id: int) -> DeletedRows:
        return self._service.delete_budget(row_id)


# --- mapping ----------------------------------------------------------------------------------


class SetMapping(DetailCommand):
    """The measure's pillars and areas, all at once (the service replaces the whole set)."""

    def __init__(
        self, context: DetailContext, measure_uuid: str, keys: Sequence[str], text: str
    ) -> None:
        super().__init__(context, measure_uuid, text)
        self._after = tuple(keys)
        self._before: tuple[str, ...] | None = None

    def _forward(self, ids: dict[str, int]) -> None:
        self._before = self._service.set_mapping(ids[self._item_uuid], self._after)

    def _backward(self, ids: dict[str, int]) -> None:
        assert self._before is not None
        self._service.set_mapping(ids[self._item_uuid], self._before)


# --- comments ---------------------------------------------------------------------------------


class AddComment(_AddRow):
    KIND = "comment"

    def __init__(
        self, context: DetailContext, item_uuid: str, author: str, comment: str, text: str
    ) -> None:
        super().__init__(context, item_uuid, text)
        self._author, self._text = author, comment

    def _add(self, item_id: int) -> int:
        return self._service.add_comment(item_id, self._author, self._text)

    def _delete(self, row_id: int) -> DeletedRows:
        return self._service.delete_comment(row_id)


class ResolveComment(DetailCommand):
    """Resolve a comment, or open it again (`resolved=False`)."""

    def __init__(
        self, context: DetailContext, item_uuid: str, comment_uuid: str, resolved: bool, text: str
    ) -> None:
        super().__init__(context, item_uuid, text)
        self.row_uuid = comment_uuid
        self._after = resolved
        self._before = not resolved

    def _forward(self, ids: dict[str, int]) -> None:
        self._before = self._service.resolve_comment(ids[self.row_uuid], self._after)

    def _backward(self, ids: dict[str, int]) -> None:
        self._service.resolve_comment(ids[self.row_uuid], self._before)


class DeleteComment(_DeleteRow):
    def _delete(self, row_id: int) -> DeletedRows:
        return self._service.delete_comment(row_id)
