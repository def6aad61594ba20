"""Exporting from the screens: the file is written on a worker and the status bar says where."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.export_people import start_export


def _workshop_with_people(db: Database) -> int:
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"en": "Prison management"}, start=date(2026, 3, 2), end=date(2026, 3, 3)
        )
    )
    people = PeopleService(db.session_scope)
    codes = [
        workshops.register(workshop, people.add(PersonInput("Ҷӯраев", "Фарҳод", country="TJ"))),
        workshops.register(workshop, people.add(PersonInput("Öwezowa", "Maýsa", country="TM"))),
    ]
    AttendanceService(db.session_scope).mark(workshop, codes[0], date(2026, 3, 3))
    return workshop


def test_a_workshop_export_writes_attendance_by_day_and_reports_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, library_db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    workshop = _workshop_with_people(library_db)
    target = tmp_path / "prison.xlsx"
    counted: list[int] = []
    assert window.databases.services is not None
    start_export(window, tasks, window.databases.services, target, workshop, "en", counted.append)
    qtbot.waitUntil(lambda: counted == [2])
    rows = list(
        openpyxl.load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True)
    )
    assert rows[0][-2:] == ("02.03.2026", "03.03.2026")
    assert {(r[0], r[-1]) for r in rows[1:]} == {("Ҷӯраев", "+"), ("Öwezowa", None)}
    assert window.statusBar().currentMessage() == f"2 rows exported to {target}"


def test_the_export_actions_are_on_both_screens_and_follow_the_selection(
    qtbot: QtBot, window: MainWindow, library_db: Database
) -> None:
    _workshop_with_people(library_db)
    # the fixture's data came after the window opened
    window.workshops.set_services(window.databases.services)
    assert window.participants.commands.export_people.isEnabled()
    assert window.participants.commands.export_people.shortcut().toString() == "Ctrl+E"
    export = window.workshops.actions_.export_action
    window.workshops.table.clearSelection()
    assert not export.isEnabled()
    window.workshops.table.selectRow(0)
    assert export.isEnabled()
