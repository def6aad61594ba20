"""Adding and editing a person as undoable commands on the Participants screen's `QUndoStack`.

Each command writes once in its constructor (see `ui/undo_commands.py` for why) as one small
transaction, well under a blink, so it runs on the UI thread like the check-in's marks. Undo
can fail when the world moved on (the new person was registered meanwhile and may no longer be
deleted, or was merged away): the base class reports it and drops the command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.ui.undo_commands import Failed, WrittenOnceCommand

if TYPE_CHECKING:
    from jpoa_desktop.services.people.people import PeopleService, PersonInput

Changed = Callable[[int | None], None]  # the person to show after a change (None: none)


def _name(person: PersonInput) -> str:
    return " ".join(p for p in (person.family_name.strip(), person.given_name.strip()) if p)


class PersonCommand(WrittenOnceCommand):
    def __init__(self, people: PeopleService, changed: Changed, failed: Failed) -> None:
        super().__init__(failed)
        self._people = people
        self._changed = changed


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
        people.update(person_id, after, base=before)  # checked: someone else's save is kept
        self.setText(
            QCoreApplication.translate("PersonCommands", "edit {name}").format(name=_name(after))
        )
        changed(person_id)

    def apply(self) -> None:
        self._people.update(self.person_id, self.after, base=self.before)
        self._changed(self.person_id)

    def revert(self) -> None:
        self._people.update(self.person_id, self.before, base=self.after)
        self._changed(self.person_id)
