"""Undoable edits of a draft: each is written at once through `StrategyService` (autosave) and
pushed on the screen's undo stack, which spans the whole draft.

A restored subtree comes back with new ids; the commands keep the ids they were given back, so
a redo after an undo acts on the right rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jpoa_desktop.model.strategies import DeletedRows, ItemInput, Moved
from jpoa_desktop.services.strategies.strategies import StrategyService

Changed = Callable[[int | None], None]  # refresh the screen, selecting this item


class _DraftCommand(QUndoCommand):
    """What every edit keeps: the service that writes it and the screen's refresh."""

    def __init__(self, service: StrategyService, text: str, changed: Changed) -> None:
        super().__init__(text)
        self._service = service
        self._changed = changed


class AddItem(_DraftCommand):
    def __init__(
        self,
        service: StrategyService,
        place: tuple[int, int | None, int | None],
        kind: str,
        item: ItemInput,
        text: str,
        changed: Changed,
    ) -> None:
        super().__init__(service, text, changed)
        self._draft_id, self._parent_id, self._position = place
        self._kind, self._item = kind, item
        self.item_id: int | None = None
        self._deleted: DeletedRows | None = None

    def redo(self) -> None:
        if self._deleted is not None:
            self.item_id = self._service.restore(self._deleted)[0]
        else:
            self.item_id = self._service.add_item(
                self._draft_id, self._parent_id, self._kind, self._item, self._position
            )
        self._changed(self.item_id)

    def undo(self) -> None:
        assert self.item_id is not None
        self._deleted = self._service.delete_item(self.item_id)
        self._changed(self._parent_id)


class DeleteItem(_DraftCommand):
    def __init__(self, service: StrategyService, item_id: int, text: str, changed: Changed) -> None:
        super().__init__(service, text, changed)
        self.item_id = item_id
        self._deleted: DeletedRows | None = None

    def redo(self) -> None:
        self._deleted = self._service.delete_item(self.item_id)
        self._changed(None)

    def undo(self) -> None:
        assert self._deleted is not None
        self.item_id = self._service.restore(self._deleted)[0]
        self._changed(self.item_id)


class MoveItem(_DraftCommand):
    def __init__(
        self,
        service: StrategyService,
        item_id: int,
        target: tuple[int | None, int],
        text: str,
        changed: Changed,
    ) -> None:
        super().__init__(service, text, changed)
        self._item_id = item_id
        self._target = target
        self._before: Moved | None = None

    def redo(self) -> None:
        self._before = self._service.move_item(self._item_id, *self._target)
        self._changed(self._item_id)

    def undo(self) -> None:
        assert self._before is not None
        self._service.move_item(self._item_id, self._before.parent_id, self._before.position)
        self._changed(self._item_id)


CheckedSave = Callable[[int, tuple[ItemInput, ItemInput]], bool]  # item, (from, to) → saved


class EditItem(QUndoCommand):
    """Pushed after the edit was saved (autosave); undo puts the fields back.

    Undo and redo save through `save`, which checks the row against the fields they start
    from: after someone else's save of the same text (and the user's "take theirs"), an undo
    says so instead of writing the old text back."""

    def __init__(
        self,
        save: CheckedSave,
        item_id: int,
        fields: tuple[ItemInput, ItemInput],
        text: str,
        changed: Changed,
    ) -> None:
        super().__init__(text)
        self._save, self._changed = save, changed
        self._item_id = item_id
        self._before, self._after = fields
        self._first = True

    def redo(self) -> None:
        if self._first:  # already written by the autosave that made this command
            self._first = False
            return
        if self._save(self._item_id, (self._before, self._after)):
            self._changed(self._item_id)

    def undo(self) -> None:
        if self._save(self._item_id, (self._after, self._before)):
            self._changed(self._item_id)
