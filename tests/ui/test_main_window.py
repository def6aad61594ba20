"""The main window: its screens, its status bar, its memory between runs, refused databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


def test_window_opens_on_the_library_screen_listed_in_the_sidebar(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.library
    entries = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    assert [e.text() for e in entries if e is not None] == [
        "Library",
        "Workshops",
        "Participants",
        "Check-in",
        "Question bank",
        "Tests & evaluations",
        "Handouts",
        "Verify",
        "Strategies",
        "Dashboard",
        "Reports",
    ]
    assert "Library" in window.windowTitle()


def test_status_bar_names_the_open_database_and_counts_its_items(
    window: MainWindow, library_db: Database
) -> None:
    text = window.database_label.text()
    assert str(library_db.path) in text
    assert "189 library items" in text  # 108 glossary terms since «насильственный экстремизм…»


def test_menus_offer_the_file_edit_settings_and_help_actions(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Settings", "&Help"]
    assert window.menus.new_action.shortcut().toString() == "Ctrl+N"
    assert window.menus.open_action.shortcut().toString() == "Ctrl+O"
    assert window.menus.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.menus.preferences_action.shortcut().toString() == "Ctrl+,"


def test_find_action_puts_the_cursor_in_the_library_search(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    window.menus.find_action.trigger()
    qtbot.waitUntil(lambda: window.library.search_box.hasFocus())


def test_window_size_and_last_screen_are_restored_on_the_next_start(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, translations: Translations
) -> None:
    settings_file = tmp_path / "remembered.ini"
    first = MainWindow(SettingsStore.from_file(settings_file), tasks, translations)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    qtbot.waitUntil(lambda: first.size() == QSize(780, 560), timeout=20_000)  # a busy machine
    first.close()

    stored = SettingsStore.from_file(settings_file)
    assert stored.last_screen == "library"
    second = MainWindow(stored, tasks, translations)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(780, 560)
    assert second.current_screen_id() == "library"


def test_opening_a_renamed_pdf_shows_why_and_keeps_the_current_database(
    window: MainWindow, tasks: TaskRunner, library_db: Database, tmp_path: Path
) -> None:
    fake = tmp_path / "report.sqlite"
    fake.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + b"x" * 2000)
    window.databases.open(str(fake))
    assert tasks.wait_for_idle()

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes, "an error message is shown"
    # any of them: a window of an earlier test in this worker may have left a box open
    assert any("not a JPoA Desktop database" in box.text() for box in boxes)
    assert window.databases.database is library_db
    assert str(library_db.path) in window.database_label.text()
    assert fake.read_bytes().startswith(b"%PDF")
    for box in boxes:
        box.close()


def test_opening_an_empty_file_loads_the_library_into_it(
    window: MainWindow, tasks: TaskRunner, tmp_path: Path
) -> None:
    new_file = tmp_path / "fresh.sqlite"
    window.databases.open(str(new_file))
    assert tasks.wait_for_idle(60_000)
    assert window.databases.database is not None
    assert window.databases.database.path == new_file
    assert window.library.tree.topLevelItemCount() == 6
    assert str(new_file) in window.database_label.text()


def test_closing_the_window_mid_edit_keeps_what_was_just_typed(
    window: MainWindow, library_db: Database, qtbot: QtBot
) -> None:
    service = StrategyService(library_db.session_scope)
    draft = service.create(DraftInput(country="TJ", titles={"ru": "План"}, languages=("ru",)))
    goal = service.add_item(draft, None, "goal", ItemInput({"ru": "Цель"}))
    window.show_screen("strategies")
    window.strategies.reload()
    assert window.strategies.tree.select_id(goal)
    window.strategies.form.texts[0].selectAll()
    window.strategies.form.texts[0].insertPlainText("Цель, набранная перед закрытием")
    assert window.strategies.form.pending()  # the autosave has not run yet
    window.close()

    reopened = open_database(str(library_db.path))
    view = StrategyService(reopened.session_scope).draft(draft, "ru")
    assert view.goals[0].texts == {"ru": "Цель, набранная перед закрытием"}
    reopened.dispose()


def test_the_comments_author_is_remembered_for_the_next_run(
    window: MainWindow,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    qtbot: QtBot,
) -> None:
    comments = window.strategies.details.comments
    comments.author.setText("Айгуль Садыкова")
    comments.author_changed.emit("Айгуль Садыкова")  # what adding a comment sends
    assert settings.comment_author == "Айгуль Садыкова"
    later = MainWindow(settings, tasks, translations)
    qtbot.addWidget(later)
    assert later.strategies.details.comments.author.text() == "Айгуль Садыкова"
