"""A person's record edited at two desks: the second Save asks who changed what (the conflict
dialog); keep mine saves over the colleague (undo brings theirs back), take theirs writes
nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conflict_answers import answer_with
from tests.ui.test_person_form import open_form, open_screen, save, type_text

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.strategies.conflict_dialog import ConflictDialog
from jpoa_desktop.ui.tasks import TaskRunner

READ = PersonInput("Омурова", "Айжан", country="KG", position="Прокурор")


def edit_at_two_desks(
    qtbot: QtBot, screen: ParticipantsScreen, db: Database, act: Callable[[ConflictDialog], None]
) -> tuple[int, list[ConflictDialog]]:
    """The form opens on the record, a colleague saves another position, the user types
    theirs and saves: `act` answers the dialog."""
    people = PeopleService(db.session_scope)
    person_id = people.search("Омурова")[0].id
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    form = open_form(qtbot, screen)
    people.update(person_id, replace(READ, position="Старший прокурор"), base=READ)
    form.position.clear()
    type_text(form.position, "Следователь")
    seen: list[ConflictDialog] = []
    answer_with(act, seen)
    save(qtbot, form)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return person_id, seen


def position(db: Database, person_id: int) -> str:
    return PeopleService(db.session_scope).get(person_id).person.position


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> ParticipantsScreen:
    PeopleService(library_db.session_scope).add(READ)
    return open_screen(qtbot, tasks, library_db)


def test_keep_mine_saves_over_the_colleague_and_undo_brings_theirs_back(
    qtbot: QtBot, screen: ParticipantsScreen, library_db: Database
) -> None:
    person_id, seen = edit_at_two_desks(qtbot, screen, library_db, lambda d: d.keep_button.click())
    assert "record" in seen[0].heading.text()
    assert seen[0].theirs[0].toPlainText() == "Старший прокурор"
    assert position(library_db, person_id) == "Следователь"
    screen.undo_stack.undo()
    assert position(library_db, person_id) == "Старший прокурор"


def test_take_theirs_writes_nothing(
    qtbot: QtBot, screen: ParticipantsScreen, library_db: Database
) -> None:
    person_id, _ = edit_at_two_desks(qtbot, screen, library_db, lambda d: d.theirs_button.click())
    assert position(library_db, person_id) == "Старший прокурор"
    assert not screen.undo_stack.canUndo()
