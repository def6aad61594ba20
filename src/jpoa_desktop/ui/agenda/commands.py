"""Undoable agenda changes for the editor's QUndoStack; each step is one service call.

A command makes its change once before it is pushed (`apply_first`), so a `ValidationError`
reaches the editor that caused it instead of being lost inside `QUndoStack.push` → `redo()`;
the first `redo()` then does nothing. Sessions are found by uuid, which survives a delete and
restore; moves, shifts and edits that push later sessions put back the whole workshop's slots
(day, position, times) taken just before, so undo is exact. Every write is one small
transaction, well under a blink, so commands run on the UI thread like the check-in's marks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, JpoaError, ValidationError

if TYPE_CHECKING:
    from jpoa_desktop.model.agenda import DeletedSession, SessionInput, SessionSlot
    from jpoa_desktop.services.workshops.agenda import AgendaService

Changed = Callable[[str | None], None]  # the session (uuid) to select afterwards
Failed = Callable[[JpoaError], None]


@dataclass(frozen=True)
class Context:
    service: AgendaService
    workshop_id: int
    changed: Changed
    failed: Failed


class AgendaCommand(QUndoCommand):
    def __init__(self, context: Context, text: str) -> None:
        super().__init__(text)
        self.service, self.workshop_id = context.service, context.workshop_id
        self._changed, self._failed = context.changed, context.failed
        self._first = True
        self.select_first: str | None = None  # where the selection goes after the first run

    def apply_first(self) -> None:
        """Make the change now (may raise ValidationError); push the command afterwards."""
        selected = self.forward()
        self._changed(self.select_first or selected)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.forward)

    def undo(self) -> None:
        self._guarded(self.backward)

    def _guarded(self, step: Callable[[], str | None]) -> None:
        # An exception must not escape into Qt's C++ caller: report it, drop the command.
        try:
            selected = step()
        except JpoaError as error:
            self.setObsolete(True)
            self._failed(error)
            self._changed(None)
        else:
            self._changed(selected)

    def id_of(self, uuid: str) -> int:
        found = self.service.session_id(uuid)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The session was deleted elsewhere meanwhile.")
            )
        return found

    def forward(self) -> str | None:
        raise NotImplementedError

    def backward(self) -> str | None:
        raise NotImplementedError


class AddSession(AgendaCommand):
    """A new session, optionally pushing later ones to make room; undo also pulls them back."""

    def __init__(
        self, context: Context, text: str, data: SessionInput, position: int, push: bool
    ) -> None:
        super().__init__(context, text)
        self.data, self.position, self.push = data, position, push
        self.uuid = ""
        self.deleted: DeletedSession | None = None
        self.before: tuple[SessionSlot, ...] = ()
        self.after: tuple[SessionSlot, ...] = ()

    def forward(self) -> str | None:
        if self.deleted is not None:
            self.service.restore_session(self.deleted)
            self.service.restore_slots(self.workshop_id, self.after)
        else:
            self.before = self.service.slots(self.workshop_id)
            new_id = self.service.add_session(self.workshop_id, self.data, self.position, self.push)
            self.uuid = self.service.get(new_id, "en").uuid
            self.after = self.service.slots(self.workshop_id)
        return self.uuid

    def backward(self) -> str | None:
        self.deleted = self.service.delete_session(self.id_of(self.uuid))
        self.service.restore_slots(self.workshop_id, self.before)
        return None


class DeleteSession(AgendaCommand):
    def __init__(self, context: Context, text: str, uuid: str) -> None:
        super().__init__(context, text)
        self.uuid = uuid
        self.deleted: DeletedSession | None = None

    def forward(self) -> str | None:
        self.deleted = self.service.delete_session(self.id_of(self.uuid))
        return None

    def backward(self) -> str | None:
        if self.deleted is not None:
            self.service.restore_session(self.deleted)
        return self.uuid


class LayoutCommand(AgendaCommand):
    """A change whose undo is putting every session back where and when it was."""

    def __init__(self, context: Context, text: str, uuid: str) -> None:
        super().__init__(context, text)
        self.uuid = uuid
        self.before: tuple[SessionSlot, ...] = ()

    def forward(self) -> str | None:
        self.before = self.service.slots(self.workshop_id)
        self.change()
        return self.uuid

    def backward(self) -> str | None:
        self.revert()
        self.service.restore_slots(self.workshop_id, self.before)
        return self.uuid

    def change(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        """Anything besides slots to put back (before they are restored)."""


class EditSession(LayoutCommand):
    def __init__(
        self,
        context: Context,
        text: str,
        uuid: str,
        old: SessionInput,
        new: SessionInput,
        push: bool,
    ) -> None:
        super().__init__(context, text, uuid)
        self.old, self.new, self.push = old, new, push

    def change(self) -> None:
        self.service.update_session(self.id_of(self.uuid), self.new, self.push)

    def revert(self) -> None:
        self.service.update_session(self.id_of(self.uuid), self.old, False)


class MoveSession(LayoutCommand):
    def __init__(self, context: Context, text: str, uuid: str, day: date, position: int) -> None:
        super().__init__(context, text, uuid)
        self.day, self.position = day, position

    def change(self) -> None:
        self.service.move_session(self.id_of(self.uuid), self.day, self.position)


class ShiftSessions(LayoutCommand):
    def __init__(
        self, context: Context, text: str, uuid: str, day: date, position: int, minutes: int
    ) -> None:
        super().__init__(context, text, uuid)
        self.day, self.position, self.minutes = day, position, minutes

    def change(self) -> None:
        self.service.shift(self.workshop_id, self.day, self.position, self.minutes)


class InsertSessions(AgendaCommand):
    """Sessions reused from another workshop: undo deletes them, redo brings the same back."""

    def __init__(self, context: Context, text: str, session_ids: list[int], day: date) -> None:
        super().__init__(context, text)
        self.session_ids, self.day = session_ids, day
        self.uuids: list[str] = []
        self.deleted: list[DeletedSession] = []

    def forward(self) -> str | None:
        if self.deleted:
            for deleted in self.deleted:
                self.service.restore_session(deleted)
        else:
            new_ids = self.service.copy_sessions(self.session_ids, self.workshop_id, self.day)
            self.uuids = [self.service.get(i, "en").uuid for i in new_ids]
        return self.uuids[0] if self.uuids else None

    def backward(self) -> str | None:
        # Last first, so that each one's position is right when they are restored in order.
        deleted = [self.service.delete_session(self.id_of(u)) for u in reversed(self.uuids)]
        self.deleted = list(reversed(deleted))
        return None
