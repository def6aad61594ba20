"""The Participants screen's data request: export a person's data to JSON, erase it after asking."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.tasks import TaskRunner


def _screen(qtbot: QtBot, tasks: TaskRunner, db: Database) -> tuple[ParticipantsScreen, int]:
    person = PeopleService(db.session_scope).add(
        PersonInput("Кенжебаева", "Күләш", country="KZ", email="k@example.kz")
    )
    PeopleService(db.session_scope).add(PersonInput("Öwezowa", "Maýsa", country="TM"))
    workshops = WorkshopService(db.session_scope)
    day = date(2026, 4, 6)
    workshop = workshops.create(WorkshopInput(titles={"en": "Justice"}, start=day, end=day))
    workshops.register(workshop, person)
    screen = ParticipantsScreen(tasks, "en")
    qtbot.addWidget(screen)
    screen.set_services(Services(db))
    screen.show()
    screen.search_now("Кенжебаева")
    screen.table.selectRow(0)
    return screen, person


def test_the_actions_need_a_selected_person(
    qtbot: QtBot, tasks: TaskRunner, empty_db: Database
) -> None:
    screen, _person = _screen(qtbot, tasks, empty_db)
    assert screen.commands.erase_personal_data.isEnabled()
    screen.table.clearSelection()
    screen.search_now("nobody at all")
    assert not screen.commands.export_personal_data.isEnabled()
    assert not screen.commands.erase_personal_data.isEnabled()
    menu = [a.text() for a in screen.table.actions()]
    assert "Export personal data…" in menu and "Erase personal data…" in menu


def test_export_writes_everything_held_on_the_person(
    qtbot: QtBot, tasks: TaskRunner, empty_db: Database, tmp_path: Path
) -> None:
    screen, person = _screen(qtbot, tasks, empty_db)
    target = tmp_path / "request.json"
    screen.export_personal_data(target)
    assert tasks.wait_for_idle()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["id"] == person
    assert data["person"]["email"] == "k@example.kz"
    assert [r["workshop"]["titles"]["en"] for r in data["registrations"]] == ["Justice"]
    assert "Öwezowa" not in target.read_text(encoding="utf-8")


def test_erase_names_the_person_and_what_stays_then_shows_the_placeholder(
    qtbot: QtBot, tasks: TaskRunner, empty_db: Database
) -> None:
    screen, person = _screen(qtbot, tasks, empty_db)
    screen.commands.erase_personal_data.trigger()
    box = screen.personal_data.confirm_box
    assert box is not None and box.isVisible()
    assert "“Кенжебаева Күләш”" in box.text()
    assert "registrations and attendance" in box.text() and "country" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()

    screen.search_now("Кенжебаева")
    assert screen.model.rowCount() == 0  # the old name finds nobody
    screen.search_now("")
    names = [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]
    assert f"Erased person #{person}" in names
    assert "Кенжебаева" not in names
    screen.table.selectRow(names.index(f"Erased person #{person}"))
    assert screen.detail.person is not None and screen.detail.person.id == person
    assert not screen.commands.edit_person.isEnabled()  # blank names are not to fill in again
    screen.edit_person()
    assert screen.person_form is None


def test_cancelling_the_question_erases_nothing(
    qtbot: QtBot, tasks: TaskRunner, empty_db: Database
) -> None:
    screen, person = _screen(qtbot, tasks, empty_db)
    screen.commands.erase_personal_data.trigger()
    box = screen.personal_data.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()
    assert PeopleService(empty_db.session_scope).get(person).person.family_name == "Кенжебаева"
