"""Database faults in the app: a damaged file is explained at the start with another choice
offered, a write waits for another program with a note in the status bar, then gives up in a
dialog of one plain sentence."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from tests.damaged_files import damage_table
from tests.other_writer import another_program_writing
from tests.ui.conftest import copy_database

from jpoa_desktop.app import EXIT_REFUSED, main
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner

GIVE_UP_MS = 30_000


def test_starting_on_a_damaged_database_explains_it_and_offers_another(
    library_template: Path, tmp_path: Path, qapp: QApplication, capfd: pytest.CaptureFixture[str]
) -> None:
    path = copy_database(library_template, tmp_path / "damaged.sqlite")
    damage_table(path, "library_item")
    seen: dict[str, object] = {}

    def answer_quit() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["message"] = box.text()
            seen["more"] = box.informativeText()
            buttons = {b.text().replace("&", ""): b for b in box.findChildren(QPushButton)}
            seen["buttons"] = sorted(buttons)
            buttons["Quit"].click()
            return
        QTimer.singleShot(10, answer_quit)

    QTimer.singleShot(0, answer_quit)
    QTimer.singleShot(GIVE_UP_MS, qapp.quit)
    code = main(["--db", str(path), "--settings", str(tmp_path / "s.ini"), "--lang", "en"])

    assert code == EXIT_REFUSED
    assert f"The database {path} is damaged" in str(seen["message"])
    assert "Open a backup copy or another database" in str(seen["message"])
    assert seen["buttons"] == ["New Database…", "Open Another…", "Quit"]
    assert "Traceback" not in capfd.readouterr().err
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()


def _settle(qtbot: QtBot, tasks: TaskRunner) -> None:
    """Until no task runs (a finished task can make a screen start another: wait that out)."""
    qtbot.waitUntil(lambda: tasks.wait_for_idle(5_000), timeout=60_000)


def _window_with_a_workshop(
    tmp_path: Path,
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    library_template: Path,
) -> tuple[MainWindow, int, Path]:
    path = copy_database(library_template, tmp_path / "w.sqlite")
    db = open_database(str(path))
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "Border"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    listing = tmp_path / "list.csv"
    listing.write_text("Фамилия;Имя\nНурланова;Әсел\nÖwezow;Döwlet\n", encoding="utf-8")
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.set_database(db)
    _settle(qtbot, tasks)
    return window, workshop, listing


def _import(window: MainWindow, tasks: TaskRunner, workshop: int, listing: Path) -> None:
    db = window.databases.database
    assert db is not None
    service = ParticipantImportService(db.session_scope)
    plan = service.plan(listing)
    tasks.run_task(
        window,
        "Importing participants",
        lambda *, progress, cancelled: service.apply(plan, workshop, False, progress, cancelled),
        writes=frozenset({"people"}),
    )


def test_a_write_waits_for_another_program_with_a_note_in_the_status_bar(
    tmp_path: Path,
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    library_template: Path,
) -> None:
    window, workshop, listing = _window_with_a_workshop(
        tmp_path, qtbot, settings, tasks, translations, library_template
    )
    notes: list[str] = []
    window.databases.message.connect(notes.append)
    release = threading.Event()  # once the import waits: a busy machine may be slow to get there
    with another_program_writing(tmp_path / "w.sqlite", seconds=60, release=release):
        _import(window, tasks, workshop, listing)
        qtbot.waitUntil(lambda: bool(notes), timeout=30_000)
        assert window.statusBar().currentMessage() == (
            "Waiting for another program to finish writing to the database…"
        )
        release.set()
    _settle(qtbot, tasks)
    assert [b for b in window.findChildren(QMessageBox) if b.isVisible()] == []
    conn = sqlite3.connect(tmp_path / "w.sqlite")
    assert conn.execute("SELECT count(*) FROM registration").fetchone()[0] == 2
    conn.close()


def test_a_write_that_waits_too_long_gives_up_in_a_one_line_dialog(
    tmp_path: Path,
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    library_template: Path,
) -> None:
    window, workshop, listing = _window_with_a_workshop(
        tmp_path, qtbot, settings, tasks, translations, library_template
    )
    db = window.databases.database
    assert db is not None
    db.write_lock.patience = 1.0
    release = threading.Event()  # only once the import has given up, however slow it was to start
    with another_program_writing(tmp_path / "w.sqlite", seconds=60, release=release):
        _import(window, tasks, workshop, listing)
        _settle(qtbot, tasks)
        release.set()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert text.startswith("Another program is still writing to ") and "\n" not in text
    assert "nothing was changed" in text and "SQL" not in text and "Нурланова" not in text
    conn = sqlite3.connect(tmp_path / "w.sqlite")
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    conn.close()
