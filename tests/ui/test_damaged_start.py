"""At start, a damaged database with backups: explained, and its newest sound backup offered
(a damaged newer backup skipped); restoring it opens the backup's data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.damaged_files import damage_table
from tests.database_rows import workshop_uuids
from tests.ui.conftest import copy_database

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.exchange.backup import backup_file, backups_of
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.startup import open_at_start
from jpoa_desktop.ui.tasks import TaskRunner

NOON = datetime(2026, 12, 6, 12, 0, 0)


def _add_workshop(path: Path, title: str) -> None:
    db = open_database(str(path))
    WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": title}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    db.dispose()


def _answer(seen: dict[str, object], button: str) -> None:
    """Click `button` in the first message box that shows up, noting what it said."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and "is damaged" in box.text():
        seen["message"] = box.text()
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        seen["buttons"] = sorted(buttons)
        buttons[button].click()
        return
    QTimer.singleShot(10, lambda: _answer(seen, button))


@pytest.fixture
def start(
    library_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
) -> tuple[Path, MainWindow]:
    """A database file (the library, not yet open) and a window with no database yet."""
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    return copy_database(library_template, tmp_path / "jpoa.sqlite"), window


def test_a_damaged_database_is_offered_its_newest_sound_backup_and_restored_from_it(
    start: tuple[Path, MainWindow], qtbot: QtBot, tasks: TaskRunner
) -> None:
    path, window = start
    _add_workshop(path, "In the sound backup")
    good = backup_file(path, "daily", now=NOON - timedelta(days=1))
    in_good = workshop_uuids(path)
    _add_workshop(path, "In the damaged backup")
    newer = backup_file(path, "on-close", now=NOON)
    damage_table(newer.path, "workshop")
    _add_workshop(path, "Only in the damaged file")
    damage_table(path, "workshop")
    seen: dict[str, object] = {}
    quit_asked: list[bool] = []

    QTimer.singleShot(0, lambda: _answer(seen, "Restore This Backup"))
    open_at_start(window.databases, str(path), on_quit=lambda: quit_asked.append(True))
    qtbot.waitUntil(lambda: window.databases.database is not None, timeout=60_000)
    qtbot.waitUntil(lambda: tasks.wait_for_idle(5_000), timeout=60_000)

    message = str(seen["message"])
    assert message.startswith(f"The data file {path} is damaged (")
    assert "The newest backup that passes its check is from 05/12/2026, 12:00" in message
    assert "holding 1 workshop" in message
    assert seen["buttons"] == [
        "Choose Another Backup…",
        "Open Another Database…",
        "Quit",
        "Restore This Backup",
    ]
    assert quit_asked == []
    db = window.databases.database
    assert db is not None and db.path == path
    assert workshop_uuids(path) == in_good
    kept = [info for info in backups_of(path) if info.reason == "before-restore-damaged"]
    assert len(kept) == 1 and good.path.exists()


def test_quitting_the_offer_leaves_the_damaged_file_as_it_was(
    start: tuple[Path, MainWindow], qtbot: QtBot, tasks: TaskRunner
) -> None:
    path, window = start
    backup = backup_file(path, "daily", now=NOON)
    damage_table(backup.path, "library_item")  # its only backup is damaged too
    damage_table(path, "library_item")
    damaged = path.read_bytes()
    seen: dict[str, object] = {}
    quit_asked: list[bool] = []

    QTimer.singleShot(0, lambda: _answer(seen, "Quit"))
    open_at_start(window.databases, str(path), on_quit=lambda: quit_asked.append(True))
    qtbot.waitUntil(lambda: quit_asked == [True], timeout=60_000)

    assert "None of its backups passes its check." in str(seen["message"])
    assert seen["buttons"] == ["Choose Another Backup…", "Open Another Database…", "Quit"]
    assert window.databases.database is None
    assert path.read_bytes() == damaged
