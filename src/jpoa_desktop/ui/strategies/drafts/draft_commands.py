"""Undoable changes of a whole draft: create, copy, edit its properties, delete, import.

Each is written at once through the services (one transaction each) and pushed on the screen's
undo stack. A draft's undo deletes it keeping every row (`DraftRemoval`), and a redo brings
the same draft back. Commands find their draft by uuid, which a restore keeps, so a redo after
an undo acts on the right draft even if it came back under another id.

Push them with `push`: it does the change first and puts the command on the stack only when
the change was made (a `QUndoStack.push` whose redo raises keeps the command on the stack,
and an undo would then take back what never happened).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.strategies import DraftInput
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_draft_restore import DeletedDraft, DraftRemoval

Opened = Callable[[int | None], None]  # show this draft (None: the shown one is gone)


class DraftCommand(QUndoCommand):
    """Keeps the draft's uuid and the rows of its last delete."""

    def __init__(self, service: StrategyService, removal: DraftRemoval, text: str,
                 opened: Opened) -> None:  # fmt: skip
        super().__init__(text)
        self._service, self._removal, self._opened = service, removal, opened
        self.uuid: str | None = None
        self._deleted: DeletedDraft | None = None
        self._applied = False

    def apply(self) -> None:
        """Make the change now; the stack's first `redo` then has nothing left to do."""
        self.do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError

    @property
    def draft_id(self) -> int | None:
        """The draft's id now (None while it is deleted)."""
        return self._removal.id_of(self.uuid) if self.uuid is not None else None

    def _current_id(self) -> int:
        draft_id = self.draft_id
        if draft_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The draft has been deleted; nothing to undo.")
            )
        return draft_id

    def _uuid_of(self, draft_id: int) -> str:
        return self._service.draft(draft_id, "en").summary.uuid

    def _remove(self) -> None:
        self._deleted = self._removal.delete(self._current_id())
        self._opened(None)

    def _bring_back(self) -> int:
        assert self._deleted is not None
        draft_id = self._removal.restore(self._deleted)
        self._deleted = None
        self._opened(draft_id)
        return draft_id


def push(stack: QUndoStack, command: DraftCommand) -> None:
    """Make the change, then put it on the stack (a `JpoaError` leaves the stack as it was)."""
    command.apply()
    stack.push(command)


class CreateDraft(DraftCommand):
    """A new draft, empty or with the framework's skeleton."""

    def __init__(self, service: StrategyService, removal: DraftRemoval, draft: DraftInput,
                 template: str, text: str, opened: Opened) -> None:  # fmt: skip
        super().__init__(service, removal, text, opened)
        self._draft, self._template = draft, template

    def do(self) -> None:
        if self._deleted is not None:
            self._bring_back()
            return
        draft_id = self._service.create(self._draft, self._template)
        self.uuid = self._uuid_of(draft_id)
        self._opened(draft_id)

    def undo(self) -> None:
        self._remove()


class CopyDraft(DraftCommand):
    """A copy of another draft with everything in it, then given the fields the user chose."""

    def __init__(self, service: StrategyService, removal: DraftRemoval, source_id: int,
                 draft: DraftInput | None, text: str, opened: Opened) -> None:  # fmt: skip
        super().__init__(service, removal, text, opened)
        self._source, self._draft = source_id, draft

    def do(self) -> None:
        if self._deleted is not None:
            self._bring_back()
            return
        titles = dict(self._draft.titles) if self._draft is not None else None
        draft_id = self._service.copy(self._source, titles)
        if self._draft is not None:
            self._service.update_draft(draft_id, self._draft)
        self.uuid = self._uuid_of(draft_id)
        self._opened(draft_id)

    def undo(self) -> None:
        self._remove()


class EditDraft(DraftCommand):
    """The draft's properties replaced; undo puts the previous ones back."""

    def __init__(self, service: StrategyService, removal: DraftRemoval, draft_id: int,
                 draft: DraftInput, text: str, opened: Opened) -> None:  # fmt: skip
        super().__init__(service, removal, text, opened)
        self.uuid = self._uuid_of(draft_id)
        self._after = draft
        self._before: DraftInput | None = None

    def do(self) -> None:
        draft_id = self._current_id()
        self._before = self._service.update_draft(draft_id, self._after)
        self._opened(draft_id)

    def undo(self) -> None:
        assert self._before is not None
        draft_id = self._current_id()
        self._service.update_draft(draft_id, self._before)
        self._opened(draft_id)


class DeleteDraft(DraftCommand):
    """The draft deleted with its measures and versions; undo brings all of it back."""

    def __init__(self, service: StrategyService, removal: DraftRemoval, draft_id: int,
                 text: str, opened: Opened) -> None:  # fmt: skip
        super().__init__(service, removal, text, opened)
        self.uuid = self._uuid_of(draft_id)

    def do(self) -> None:
        self._remove()

    def undo(self) -> None:
        self._bring_back()


class ImportedDraft(DraftCommand):
    """Pushed after an import wrote the new draft; undo deletes it, redo brings it back."""

    def __init__(self, service: StrategyService, removal: DraftRemoval, draft_id: int,
                 text: str, opened: Opened) -> None:  # fmt: skip
        super().__init__(service, removal, text, opened)
        self.uuid = self._uuid_of(draft_id)

    def do(self) -> None:
        if self._deleted is None:  # the first time: the import wrote it already
            self._opened(self._current_id())
        else:
            self._bring_back()

    def undo(self) -> None:
        self._remove()
