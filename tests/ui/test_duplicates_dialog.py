"""Reviewing duplicates from the Participants screen: pairs, side by side, merge, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.duplicates import DuplicateService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.participants.duplicates_compare import FIELDS
from jpoa_desktop.ui.participants.duplicates_dialog import DuplicatesDialog
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.tasks import TaskRunner

MARCH, APRIL = date(2026, 3, 2), date(2026, 4, 6)


def two_records(db: Database) -> tuple[int, int, int, int]:
    """Timur Yusupov typed in Cyrillic at one workshop and in Latin at another."""
    people = PeopleService(db.session_scope)
    workshops = WorkshopService(db.session_scope)
    cyrillic = people.add(
        PersonInput("Юсупов", "Тимур", "Рашидович", organisation="МВД", email="t@mvd.uz")
    )
    latin = people.add(PersonInput("Yusupov", "Timur", phone="+998 90 000 00 00"))
    people.add(PersonInput("Иванова", "Мария"))
    march = workshops.create(WorkshopInput(titles={"en": "March"}, start=MARCH, end=MARCH))
    april = workshops.create(WorkshopInput(titles={"en": "April"}, start=APRIL, end=APRIL))
    AttendanceService(db.session_scope).mark(march, workshops.register(march, cyrillic), MARCH)
    workshops.register(april, latin)
    return cyrillic, latin, march, april


def open_dialog(
    qtbot: QtBot, tasks: TaskRunner, db: Database
) -> tuple[ParticipantsScreen, DuplicatesDialog]:
    screen = ParticipantsScreen(tasks, "en")
    qtbot.addWidget(screen)
    screen.set_services(Services(db))
    screen.show()
    screen.commands.find_duplicates.trigger()
    dialog = screen.duplicates_dialog
    assert dialog is not None
    assert tasks.wait_for_idle()
    return screen, dialog


def column(dialog: DuplicatesDialog, number: int) -> dict[str, str]:
    return {field: dialog.comparison.text(row, number) for row, field in enumerate(FIELDS)}


def confirm(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible())
    box = dialog.confirm_box
    assert box is not None
    assert box.text().startswith("Merge “Yusupov Timur” into “Юсупов Тимур Рашидович”?")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def test_a_pair_is_compared_merged_keeping_registrations_and_undone(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    cyrillic, latin, march, april = two_records(library_db)
    screen, dialog = open_dialog(qtbot, tasks, library_db)
    assert [(p.first_id, p.second_id) for p in dialog.pairs] == [(cyrillic, latin)]
    assert dialog.status_label.text() == "Likely pairs: 1."
    assert dialog.pair_table.item(0, 1).text() == "Юсупов Тимур Рашидович"  # type: ignore[union-attr]
    first, second = column(dialog, 0), column(dialog, 1)
    assert (first["name"], first["latin"], first["email"]) == (
        "Юсупов Тимур Рашидович",
        "Iusupov Timur",
        "t@mvd.uz",
    )
    assert (second["name"], second["organisation"], second["phone"]) == (
        "Yusupov Timur",
        "—",
        "+998 90 000 00 00",
    )
    assert first["workshops"] == second["workshops"] == "1"
    assert dialog.keep_first.isChecked()
    assert dialog.keep_first.text() == "Keep this record — Юсупов Тимур"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    confirm(qtbot, dialog)
    assert tasks.wait_for_idle()
    assert dialog.pairs == [] and dialog.pair_table.rowCount() == 0
    assert dialog.status_label.text() == (
        "Merged; you can undo it below. "
        "No likely duplicates: nobody seems to have been entered twice."
    )
    people = PeopleService(library_db.session_scope)
    assert people.count() == 2
    workshops = WorkshopService(library_db.session_scope)
    for workshop in (march, april):
        assert [r.person_id for r in workshops.registrations(workshop)] == [cyrillic]
    assert people.get(cyrillic).person.phone == "+998 90 000 00 00"  # filled from the other
    assert AttendanceService(library_db.session_scope).counts(march, MARCH)[0] == 1
    assert screen.model.total == 2  # the directory behind the dialog refreshed
    entry = dialog.history.item(0)
    assert (
        entry is not None and "“Yusupov Timur” merged into “Юсупов Тимур Рашидович”" in entry.text()
    )

    assert dialog.undo_last_button.isEnabled()
    qtbot.mouseClick(dialog.undo_last_button, Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()
    assert people.count() == 3
    (back,) = [r for r in workshops.registrations(april)]
    assert back.name == "Yusupov Timur" and back.person_id != cyrillic
    assert people.get(cyrillic).person.phone == ""
    assert [p.second_name for p in dialog.pairs] == ["Yusupov Timur"]  # listed again
    entry = dialog.history.item(0)
    assert entry is not None and entry.text().endswith("(undone)")
    assert not dialog.undo_last_button.isEnabled()
    assert dialog.status_label.text() == (
        "The merge was undone; both records are back. Likely pairs: 1."
    )
    assert screen.model.total == 3


def test_keeping_the_other_record_and_undoing_an_earlier_merge_from_the_list(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    cyrillic, latin, _march, april = two_records(library_db)
    people = PeopleService(library_db.session_scope)
    people.add(PersonInput("Каримов", "Азиз", "Ахмедович"))
    people.add(PersonInput("Karimov", "Aziz"))
    people.add(PersonInput("Петров", "Олег", "Ильич"))
    people.add(PersonInput("Petrov", "Oleg"))
    earlier = DuplicateService(library_db.session_scope).merge(cyrillic, latin)  # last week
    _screen, dialog = open_dialog(qtbot, tasks, library_db)
    assert [p.first_name for p in dialog.pairs] == ["Каримов Азиз Ахмедович", "Петров Олег Ильич"]
    dialog.keep_second.setChecked(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None)
    box = dialog.confirm_box
    assert box is not None and box.text().startswith(
        "Merge “Каримов Азиз Ахмедович” into “Karimov Aziz”?"
    )
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()
    assert [p.family_name for p in people.search("Karimov")] == ["Karimov"]
    assert [p.first_name for p in dialog.pairs] == ["Петров Олег Ильич"]
    assert column(dialog, 0)["name"] == "Петров Олег Ильич"  # the comparison follows the list
    assert dialog.history.count() == 2  # this merge first, then last week's

    dialog.history.setCurrentRow(1)
    assert dialog.history.currentItem().data(Qt.ItemDataRole.UserRole) == earlier
    qtbot.mouseClick(dialog.undo_selected_button, Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()
    assert [r.name for r in WorkshopService(library_db.session_scope).registrations(april)] == [
        "Yusupov Timur"
    ]
    assert dialog.undo_last_button.isEnabled()  # this session's Karimov merge can still go
    assert not dialog.undo_selected_button.isEnabled()  # last week's is undone now
