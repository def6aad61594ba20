"""File → Backups…: the database's backups listed newest first, backed up and restored from
inside the app (the data after a restore is the backup's), and a refused restore keeps the
current database open."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.damaged_files import damage_table
from tests.database_rows import workshop_uuids

from jpoa_desktop.services.exchange.backup import backup_file, backups_of
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.backups.backups_dialog import BackupsDialog
from jpoa_desktop.ui.backups.words import reason_words
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.tasks import TaskRunner

NOON = datetime(2026, 12, 6, 12, 0, 0)


def _settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: tasks.wait_for_idle(5_000), timeout=60_000)


def _path(window: MainWindow) -> Path:
    db = window.databases.database
    assert db is not None and db.path is not None
    return db.path


def _add_workshop(window: MainWindow, title: str) -> None:
    db = window.databases.database
    assert db is not None
    WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": title}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )


def _open_dialog(window: MainWindow, qtbot: QtBot, tasks: TaskRunner) -> BackupsDialog:
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    qtbot.addWidget(dialog)  # closed after the test: no dialog left for the next one's keys
    _settle(qtbot, tasks)
    return dialog


def _confirm(dialog: BackupsDialog, row: int) -> QMessageBox:
    dialog.table.selectRow(row)
    box = dialog.ask_to_restore()
    assert box is not None
    return box


def _cell(dialog: BackupsDialog, row: int, column: str) -> str:
    info = dialog.model.backup_at(row)
    assert info is not None
    return dialog.model.cell(info, column)


def _click(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


def _backed_up_then_changed(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> tuple[Path, list[str], BackupsDialog]:
    """A daily backup, then a workshop added: the database, its workshops, the dialog."""
    path = _path(window)
    backup_file(path, "daily", now=NOON)
    _add_workshop(window, "Still here")
    return path, workshop_uuids(path), _open_dialog(window, qtbot, tasks)


def _error_shown() -> str:
    """The text of the error box on top."""
    error = QApplication.activeModalWidget()
    assert isinstance(error, QMessageBox)
    return error.text()


def _assert_still_open(window: MainWindow, path: Path, workshops: list[str]) -> None:
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()
    db = window.databases.database
    assert db is not None and db.path == path and window.databases.services is not None
    assert workshop_uuids(path) == workshops


def test_the_dialog_lists_the_backups_newest_first_with_why_size_and_what_each_holds(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    path = _path(window)
    backup_file(path, "daily", now=NOON - timedelta(days=1))
    _add_workshop(window, "Border security")
    backup_file(path, "before-import-2", now=NOON)
    other = path.with_name("other.sqlite")
    other.write_bytes(path.read_bytes())
    backup_file(other, "on-close", now=NOON)  # another database's: not listed

    dialog = _open_dialog(window, qtbot, tasks)

    model = dialog.model
    rows = [[_cell(dialog, r, c) for c in model.columns] for r in range(2)]
    assert model.rowCount() == 2
    assert rows[0][:2] == ["06/12/2026, 12:00", "before an import"]
    assert rows[1][:2] == ["05/12/2026, 12:00", "daily"]
    assert rows[0][2].endswith(" MB") and rows[0][3:] == ["1", "0", "0"]
    assert rows[1][3:] == ["0", "0", "0"]
    assert "2 backup" in dialog.status.text()
    assert dialog.table.currentIndex().row() == 0 and dialog.restore_button.isEnabled()
    assert dialog.folder_button.isEnabled()


def test_back_up_now_adds_a_backup_by_hand_to_the_list(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    dialog = _open_dialog(window, qtbot, tasks)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()

    dialog.back_up_button.click()
    _settle(qtbot, tasks)

    assert dialog.model.rowCount() == 1
    assert _cell(dialog, 0, "reason") == "by hand"


def test_restoring_a_backup_from_the_dialog_gives_the_backup_s_data_in_every_screen(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    path = _path(window)
    _add_workshop(window, "Kept in the backup")
    kept = workshop_uuids(path)
    backup_file(path, "daily", now=NOON)
    _add_workshop(window, "Added after the backup")
    changed = [window.databases.database]
    window.databases.database_changed.connect(changed.append)
    dialog = _open_dialog(window, qtbot, tasks)

    box = _confirm(dialog, 0)
    assert "The current data will be backed up first" in box.text()
    assert "06/12/2026, 12:00" in box.text() and "1 workshop" in box.text()
    _click(box, "Restore")
    _settle(qtbot, tasks)

    db = window.databases.database
    assert db is not None and db.path == path and window.databases.services is not None
    assert workshop_uuids(path) == kept
    assert changed[1] is None and changed[-1] is db  # every screen let go, then got the new one
    assert window.workshops.model.rowCount() == 1
    previous = [info for info in backups_of(path) if info.reason == "before-restore"]
    assert len(previous) == 1 and previous[0].workshops == 2
    assert "Restored the backup of 06/12/2026, 12:00" in window.statusBar().currentMessage()


def test_a_backup_that_fails_its_check_is_refused_and_the_current_database_stays_open(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    path, before, dialog = _backed_up_then_changed(window, qtbot, tasks)
    (info,) = backups_of(path)
    damage_table(info.path, "library_item")

    _click(_confirm(dialog, 0), "Restore")
    _settle(qtbot, tasks)

    assert "is damaged" in _error_shown() and "nothing was restored" in _error_shown()
    _assert_still_open(window, path, before)


def test_a_database_another_program_holds_open_is_not_replaced(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    path, before, dialog = _backed_up_then_changed(window, qtbot, tasks)
    other = sqlite3.connect(path)  # another program with the file open
    other.execute("SELECT count(*) FROM workshop").fetchone()
    try:
        _click(_confirm(dialog, 0), "Restore")
        _settle(qtbot, tasks)
    finally:
        other.close()

    assert "is open in another program" in _error_shown()
    _assert_still_open(window, path, before)


def test_cancelling_the_question_restores_nothing_and_keeps_the_list_open(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    path, _before, dialog = _backed_up_then_changed(window, qtbot, tasks)
    db = window.databases.database

    _click(_confirm(dialog, 0), "Cancel")
    _settle(qtbot, tasks)

    assert dialog.isVisible() and window.databases.database is db
    assert len(workshop_uuids(path)) == 1 and len(backups_of(path)) == 1


def test_the_keyboard_reaches_everything_enter_on_a_backup_asks_to_restore_it(
    window: MainWindow, qtbot: QtBot, tasks: TaskRunner
) -> None:
    _path, _before, dialog = _backed_up_then_changed(window, qtbot, tasks)

    assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    box = dialog.confirmation
    assert box is not None and "replaced by the backup of" in box.text()
    _click(box, "Cancel")
    texts = [b.text() for b in (dialog.back_up_button, dialog.restore_button, dialog.folder_button)]
    assert all("&" in text for text in texts)  # Alt+B, Alt+R, Alt+F
    assert [reason_words(r) for r in ("before-package-import", "daily-2", "new-thing")] == [
        "before a package import",
        "daily",
        "new thing",
    ]
