"""Importing a ministry's list from the Participants screen: columns, preview, skip, cancel."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.participants.importing.import_dialog import ImportDialog
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.tasks import TaskRunner

# As Excel saves it on a Russian Windows: cp1251, semicolons. "Контакт" is not a header the
# app recognises; it holds the e-mails, and row 3's is broken.
LIST = (
    "Фамилия;Имя;Отчество;Организация;Должность;Контакт\r\n"
    "Иванов;Сергей;Петрович;МВД;Инспектор;ivanov@mvd.kz\r\n"
    "Петрова;Анна;Ивановна;Минюст;Эксперт;ivanov@\r\n"
    "Сидоров;Олег;Ильич;МВД;Аналитик;o.sidorov@mvd.kz\r\n"
    "Ахмедова;Нилуфар;;Генпрокуратура;Прокурор;\r\n"
)


def write_list(folder: Path) -> Path:
    path = folder / "участники.csv"
    path.write_bytes(LIST.encode("cp1251"))
    return path


def setup(db: Database) -> tuple[int, int]:
    """A workshop, and Ivanov already in the directory (from an earlier workshop)."""
    day = date(2026, 9, 14)
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "Border security, Almaty"}, start=day, end=day, city="Almaty")
    )
    known = PeopleService(db.session_scope).add(
        PersonInput("Иванов", "Сергей", "Петрович", email="ivanov@mvd.kz")
    )
    return workshop, known


def open_dialog(
    qtbot: QtBot, tasks: TaskRunner, db: Database, path: Path
) -> tuple[ParticipantsScreen, ImportDialog]:
    screen = ParticipantsScreen(tasks, "en")
    qtbot.addWidget(screen)
    screen.set_services(Services(db))
    screen.show()
    screen.open_import(path)
    dialog = screen.import_dialog
    assert dialog is not None
    assert tasks.wait_for_idle()
    return screen, dialog


def mapped(dialog: ImportDialog) -> dict[str, str]:
    """File column → the field label its combo shows."""
    table = dialog.mapping
    return {
        cell(dialog, row, 0): table.combos[row].currentText() for row in range(table.rowCount())
    }


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    item = dialog.mapping.item(row, column)
    return item.text() if item is not None else ""


def test_a_cp1251_list_is_mapped_previewed_and_imported_once_bad_rows_are_skipped(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    tmp_path: Path,
) -> None:
    workshop, known = setup(library_db)
    screen, dialog = open_dialog(qtbot, tasks, library_db, write_list(tmp_path))
    assert dialog.workshop_box.currentText() == "Border security, Almaty — 14.09.2026, Almaty"
    assert mapped(dialog) == {
        "Фамилия": "Family name",
        "Имя": "Given name",
        "Отчество": "Patronymic",
        "Организация": "Organisation",
        "Должность": "Position",
        "Контакт": "— ignore —",
    }
    assert cell(dialog, 5, 1) == "ivanov@mvd.kz"  # an example helps to decide
    # Without the e-mails Ivanov matches by his full name; everything is clean.
    assert dialog.counts_label.text() == "3 to add · 1 to link · 0 with problems"

    dialog.mapping.choose(5, "email")
    assert tasks.wait_for_idle()
    assert mapped(dialog)["Контакт"] == "E-mail"
    assert dialog.counts_label.text() == "2 to add · 1 to link · 1 with problems"
    preview = dialog.preview
    outcomes = [preview.index(n, 1).data() for n in range(preview.rowCount())]
    assert outcomes == ["Already in the directory", "Problem", "New person", "New person"]
    problem = preview.index(1, 2).data()
    assert problem == 'row 3, column "Контакт": "ivanov@" is not an e-mail address'
    assert preview.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.preview_view.columnSpan(1, 2) == 5  # the message reads across the row
    assert not dialog.import_button.isEnabled()
    assert "Rows with problems: 1." in dialog.status_label.text()

    dialog.only_problems_box.setChecked(True)
    assert preview.rowCount() == 1
    dialog.only_problems_box.setChecked(False)
    dialog.skip_box.setChecked(True)
    assert preview.index(1, 1).data() == "Skipped"
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()

    assert dialog.status_label.text() == (
        "Imported into “Border security, Almaty — 14.09.2026, Almaty”. New people: 2; "
        "linked to people already in the directory: 1; rows skipped: 1."
    )
    assert not dialog.import_button.isEnabled()  # the same list is not imported twice
    people = PeopleService(library_db.session_scope)
    assert people.count() == 3
    assert people.search("Петрова") == []
    registered = WorkshopService(library_db.session_scope).registrations(workshop)
    assert sorted(r.name for r in registered) == [
        "Ахмедова Нилуфар",
        "Иванов Сергей Петрович",
        "Сидоров Олег Ильич",
    ]
    assert known in {r.person_id for r in registered}
    assert screen.model.total == 3  # the directory behind the dialog refreshed


def test_names_in_one_column_are_split_only_when_asked(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    tmp_path: Path,
) -> None:
    setup(library_db)
    path = tmp_path / "fio.csv"
    path.write_text("ФИО,Организация\nКаримов Азиз Ахмедович,МВД\n", encoding="utf-8-sig")
    _screen, dialog = open_dialog(qtbot, tasks, library_db, path)
    assert mapped(dialog)["ФИО"] == "Full name (one column)"
    assert "the names are in one column" in dialog.status_label.text()
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    dialog.split_box.setChecked(True)
    assert tasks.wait_for_idle()
    assert dialog.preview.index(0, 2).data() == "Каримов"
    assert dialog.preview.index(0, 4).data() == "Ахмедович"
    assert dialog.import_button.isEnabled()


def test_cancelling_the_import_writes_nothing_and_says_so(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    tmp_path: Path,
) -> None:
    workshop, _known = setup(library_db)
    _screen, dialog = open_dialog(qtbot, tasks, library_db, write_list(tmp_path))
    release = threading.Event()
    # Another write is running: the import waits in the write queue, where it is cancelled.
    tasks.run_task(None, "busy", lambda **_task: release.wait(10), writes=frozenset())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Cancel import"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # it stays to say what happened
    release.set()
    assert tasks.wait_for_idle()
    assert dialog.status_label.text() == "The import was cancelled; nothing was written."
    assert PeopleService(library_db.session_scope).count() == 1
    assert WorkshopService(library_db.session_scope).registrations(workshop) == []
    assert dialog.close_button.text() == "Close"


def test_a_failed_import_writes_nothing(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    tmp_path: Path,
) -> None:
    workshop, known = setup(library_db)
    people = PeopleService(library_db.session_scope)
    people.add(PersonInput("Шарипов", "Далер"))  # so SQLite does not hand Ivanov's id on
    _screen, dialog = open_dialog(qtbot, tasks, library_db, write_list(tmp_path))
    people.delete(known)  # gone between preview and import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle()
    assert dialog.status_label.text() == (
        "Nothing was imported: row 2: the person it matched was deleted meanwhile; import again."
    )
    assert people.count() == 1  # the three new rows were rolled back too
    assert WorkshopService(library_db.session_scope).registrations(workshop) == []


def test_a_file_that_cannot_be_read_is_explained_and_another_can_be_chosen(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    tmp_path: Path,
) -> None:
    setup(library_db)
    broken = tmp_path / "list.csv"
    broken.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    _screen, dialog = open_dialog(qtbot, tasks, library_db, broken)
    assert dialog.status_label.text().startswith("This file cannot be read: list.csv")
    assert "PDF" in dialog.status_label.text()
    assert dialog.mapping.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert PeopleService(library_db.session_scope).count() == 1
    dialog.load_file(write_list(tmp_path))
    assert tasks.wait_for_idle()
    assert dialog.counts_label.text() == "3 to add · 1 to link · 0 with problems"
    assert dialog.import_button.isEnabled()
