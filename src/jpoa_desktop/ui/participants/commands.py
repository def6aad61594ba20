"""Adding and editing a person as undoable commands on the Participants screen's `QUndoStack`.

A command writes once in its constructor, so that a `ValidationError` reaches the form that
caused it (an exception raised inside `QUndoStack.push` → `redo()` would be lost in Qt); the
first `redo()` the stack calls then does nothing. Each write is one small transaction, well
under a blink, so it runs on the UI thread like the check-in's marks.

Undo can fail when the world moved on (the new person was registered meanwhile and may no
longer be deleted, or was merged away): the command then reports the error, marks itself
obsolete so the stack drops it, and the database keeps what it has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jpoa_desktop.errors import JpoaError

if TYPE_CHECKING:
    from jpoa_desktop.services.people.people import PeopleService, PersonInput

Changed = Callable[[int | None], None]  # the person to show after a change (None: none)
Failed = Callable[[JpoaError], None]


def _name(person: PersonInput) -> str:
    return " ".join(p for p in (person.family_name.strip(), person.given_name.strip()) if p)


class PersonCommand(QUndoCommand):
    def __init__(self, people: PeopleService, changed: Changed, failed: Failed) -> None:
        super().__init__()
        self._people = people
        self._changed = changed
        self._failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except JpoaError as error:
            self.setObsolete(True)
            self._failed(error)


class NewPersonCommand(PersonCommand):
    """Undo deletes the person it added; redo adds them again (under a new id)."""

    def __init__(
        self, people: PeopleService, person: PersonInput, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(people, changed, failed)
        self.person = person
        self.person_id = people.add(person)
        self.setText(
            QCoreApplication.translate("PersonCommands", "add {name}").format(name=_name(person))
        )
        changed(self.person_id)

    def apply(self) -> None:
        self.person_id = self._people.add(self.person)
        self._changed(self.person_id)

    def revert(self) -> None:
        self._people.delete(self.person_id)
        self._changed(None)


class EditPersonCommand(PersonCommand):
    """Undo writes back the values the person had before; redo writes the edit again."""

    def __init__(
        self,
        people: PeopleService,
        person_id: int,
        before: PersonInput,
        after: PersonInput,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(people, changed, failed)
        self.person_id = person_id
        self.before, self.after = before, after
        people.update(person_id, after)
        self.setText(
            QCoreApplication.translate("PersonCommands", "edit {name}").format(name=_name(after))
        )
        changed(person_id)

    def apply(self) -> None:
        self._people.update(self.person_id, self.after)
        self._changed(self.person_id)

    def revert(self) -> None:
        self._people.update(self.person_id, self.before)
        self._changed(self.person_id)
