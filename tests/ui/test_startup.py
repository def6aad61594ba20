"""A normal start: the window paints first, then the database opens; a refused one is explained."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from jpoa_desktop.app import EXIT_REFUSED, main
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner

GIVE_UP_MS = 30_000


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def test_start_shows_the_window_then_opens_the_database_and_the_library(
    library_template: Path, tmp_path: Path, qapp: QApplication
) -> None:
    db_path = tmp_path / "start.sqlite"
    shutil.copyfile(library_template, db_path)
    seen: dict[str, object] = {}

    def watch() -> None:
        window = _main_window()
        if window is not None and "first_status" not in seen:
            seen["first_status"] = window.database_label.text()
            seen["screens_at_first_look"] = len(window.screens)
        if window is not None and window.databases.database is not None and window.screens:
            seen["status"] = window.database_label.text()
            seen["sidebar"] = window.sidebar.item(0).text()
            seen["tree_rows"] = window.library.tree.model().rowCount()
            window.close()
            return
        QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    QTimer.singleShot(GIVE_UP_MS, qapp.quit)
    code = main(["--db", str(db_path), "--settings", str(tmp_path / "s.ini"), "--lang", "en"])

    assert code == 0
    assert seen["first_status"] == "Opening the database…"
    assert seen["screens_at_first_look"] == 0
    assert str(db_path) in str(seen["status"])
    assert seen["sidebar"] == "Library"
    assert isinstance(seen["tree_rows"], int) and seen["tree_rows"] >= 5


def test_start_on_a_renamed_pdf_explains_and_quits_with_code_2(
    tmp_path: Path, qapp: QApplication
) -> None:
    pdf = tmp_path / "notes.sqlite"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    seen: dict[str, str] = {}

    def answer_quit() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["message"] = box.text()
            for button in box.findChildren(QPushButton):
                if button.text().replace("&", "") == "Quit":
                    button.click()
                    return
        QTimer.singleShot(10, answer_quit)

    QTimer.singleShot(0, answer_quit)
    QTimer.singleShot(GIVE_UP_MS, qapp.quit)
    code = main(["--db", str(pdf), "--settings", str(tmp_path / "s.ini"), "--lang", "en"])

    assert code == EXIT_REFUSED
    assert "not an SQLite file" in seen["message"]
    assert pdf.read_bytes() == b"%PDF-1.4\n%%EOF\n"
    window = _main_window()
    if window is not None:
        window.close()


def test_opening_a_database_with_older_content_updates_the_library_quietly(
    library_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
) -> None:
    path = tmp_path / "older.sqlite"
    shutil.copyfile(library_template, path)
    with sqlite3.connect(path) as conn:  # as if written by an app with an older glossary file
        conn.execute("UPDATE content_pack SET checksum = 'older' WHERE name = 'glossary'")
        conn.execute(
            "UPDATE library_text SET text = 'Terrorism (old wording)' "
            "WHERE field = 'title' AND lang = 'en' "
            "AND item_id = (SELECT id FROM library_item WHERE key = 'term-terrorism')"
        )
    conn.close()
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    messages: list[str] = []
    window.databases.message.connect(messages.append)

    window.databases.set_database(open_database(str(path)))
    assert tasks.wait_for_idle(60_000)

    assert messages == ["The library was updated from newer content files."]
    assert QApplication.activeModalWidget() is None  # no progress dialog for a quiet check
    db = window.databases.database
    assert db is not None
    terms = [e.terms["en"] for e in LibraryService(db.session_scope).glossary("en")]
    assert "Terrorism" in terms and "Terrorism (old wording)" not in terms


def test_a_new_database_offers_the_demo_and_yes_loads_it(
    tmp_path: Path,
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
) -> None:
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.open(str(tmp_path / "fresh.sqlite"))
    assert tasks.wait_for_idle(60_000)
    offers = [
        box
        for box in window.findChildren(QMessageBox)
        if box.isVisible() and "demo workshop" in box.text()
    ]
    assert len(offers) == 1
    yes = offers[0].button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    assert tasks.wait_for_idle(60_000)
    db = window.databases.database
    assert db is not None
    from jpoa_desktop.services.people.people import PeopleService

    assert PeopleService(db.session_scope).count() == 40
