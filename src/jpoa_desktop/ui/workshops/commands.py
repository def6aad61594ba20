"""Undoable changes to workshops, for the screen's QUndoStack.

Each change is made once by the screen before its command is pushed (so a mistake is reported
in the form that caused it, not lost inside `redo`); the command's first `redo` does nothing.
Undoing a delete or a creation brings the workshop back under a new id; `IdMap` remembers the
move so that older commands on the stack still find their workshop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from jpoa_desktop.errors import JpoaError

if TYPE_CHECKING:
    from jpoa_desktop.model.workshops import RegistrationView
    from jpoa_desktop.services.workshops.workshops import (
        DeletedWorkshop,
        WorkshopInput,
        WorkshopService,
    )

Changed = Callable[[int | None], None]  # the workshop to select afterwards (None: keep)
Failed = Callable[[JpoaError], None]


class IdMap:
    """Where a workshop went after it was deleted and brought back."""

    def __init__(self) -> None:
        self._moved: dict[int, int] = {}

    def moved(self, old: int, new: int) -> None:
        self._moved[old] = new

    def __call__(self, workshop_id: int) -> int:
        while workshop_id in self._moved:
            workshop_id = self._moved[workshop_id]
        return workshop_id


@dataclass(frozen=True)
class Context:
    """What every command needs: the service, the id map, and how to tell the screen."""

    service: WorkshopService
    ids: IdMap
    changed: Changed
    failed: Failed


class WorkshopCommand(QUndoCommand):
    def __init__(self, context: Context, text: str) -> None:
        super().__init__(text)
        self.service, self.ids = context.service, context.ids
        self.changed, self.failed = context.changed, context.failed
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True  # the screen already made the change
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], int | None]) -> None:
        # An exception must not escape into Qt's C++ caller: report it instead.
        try:
            selected = step()
        except JpoaError as error:
            self.failed(error)
            self.changed(None)
        else:
            self.changed(selected)

    def forward(self) -> int | None:
        raise NotImplementedError

    def backward(self) -> int | None:
        raise NotImplementedError


class CreateWorkshop(WorkshopCommand):
    def __init__(
        self, context: Context, text: str, workshop_id: int, settings: WorkshopInput
    ) -> None:
        super().__init__(context, text)
        self.workshop_id, self.settings = workshop_id, settings

    def forward(self) -> int | None:
        new = self.service.create(self.settings)
        self.ids.moved(self.workshop_id, new)
        self.workshop_id = new
        return new

    def backward(self) -> int | None:
        self.service.delete(self.ids(self.workshop_id))
        return None


class EditWorkshop(WorkshopCommand):
    def __init__(
        self,
        context: Context,
        text: str,
        workshop_id: int,
        before: WorkshopInput,
        after: WorkshopInput,
    ) -> None:
        super().__init__(context, text)
        self.workshop_id, self.before, self.after = workshop_id, before, after

    def forward(self) -> int | None:
        self.service.update(self.ids(self.workshop_id), self.after, base=self.before)
        return self.ids(self.workshop_id)

    def backward(self) -> int | None:
        self.service.update(self.ids(self.workshop_id), self.before, base=self.after)
        return self.ids(self.workshop_id)


class CopyWorkshop(WorkshopCommand):
    def __init__(
        self,
        context: Context,
        text: str,
        source_id: int,
        copy_id: int,
        start: date,
        titles: dict[str, str],
    ) -> None:
        super().__init__(context, text)
        self.source_id, self.copy_id, self.start, self.titles = source_id, copy_id, start, titles

    def forward(self) -> int | None:
        new = self.service.copy(self.ids(self.source_id), self.start, self.titles)
        self.ids.moved(self.copy_id, new)
        self.copy_id = new
        return new

    def backward(self) -> int | None:
        self.service.delete(self.ids(self.copy_id))
        return self.ids(self.source_id)


class DeleteWorkshop(WorkshopCommand):
    """Undo brings back the workshop with everything it owned (see `workshop_snapshot`)."""

    def __init__(
        self, context: Context, text: str, workshop_id: int, deleted: DeletedWorkshop
    ) -> None:
        super().__init__(context, text)
        self.workshop_id, self.deleted = workshop_id, deleted

    def forward(self) -> int | None:
        self.deleted = self.service.delete(self.ids(self.workshop_id))
        return None

    def backward(self) -> int | None:
        new = self.service.restore(self.deleted)
        self.ids.moved(self.workshop_id, new)
        self.workshop_id = new
        return new


class RegistrationCommand(WorkshopCommand):
    """Registrations are found by workshop and person: their ids change when a workshop is
    deleted and brought back, or a person removed and registered again."""

    def __init__(
        self, context: Context, text: str, workshop_id: int, registration: RegistrationView
    ) -> None:
        super().__init__(context, text)
        self.workshop_id, self.person_id = workshop_id, registration.person_id
        self.registration = registration

    def current(self) -> RegistrationView | None:
        return self.service.registration_of(self.ids(self.workshop_id), self.person_id)


class ChangeRegistration(RegistrationCommand):
    def __init__(
        self,
        context: Context,
        text: str,
        workshop_id: int,
        registration: RegistrationView,
        after: tuple[str, str],
    ) -> None:
        super().__init__(context, text, workshop_id, registration)
        self.before, self.after = (registration.role, registration.status), after

    def _set(self, role: str, status: str) -> int | None:
        found = self.current()
        if found is not None:
            self.service.set_registration(found.id, role, status)
        return self.ids(self.workshop_id)

    def forward(self) -> int | None:
        return self._set(*self.after)

    def backward(self) -> int | None:
        return self._set(*self.before)


class AddRegistration(RegistrationCommand):
    """Undo refuses (and says so) once the person has been checked in meanwhile."""

    def forward(self) -> int | None:
        r = self.registration
        self.service.register(
            self.ids(self.workshop_id), r.person_id, r.role, r.status, badge_code=r.badge_code
        )
        return self.ids(self.workshop_id)

    def backward(self) -> int | None:
        found = self.current()
        if found is not None:
            self.service.unregister(found.id)
        return self.ids(self.workshop_id)


class RemoveRegistration(AddRegistration):
    """Undo registers the person again with the same role, status and badge code, and puts
    back the attendance marks that went with the registration."""

    marks: tuple[dict[str, Any], ...] = ()

    def forward(self) -> int | None:
        found = self.current()
        if found is not None:
            self.marks = self.service.unregister(found.id, force=True)
        return self.ids(self.workshop_id)

    def backward(self) -> int | None:
        r = self.registration
        self.service.register(
            self.ids(self.workshop_id),
            r.person_id,
            r.role,
            r.status,
            badge_code=r.badge_code,
            marks=self.marks,
        )
        return self.ids(self.workshop_id)
