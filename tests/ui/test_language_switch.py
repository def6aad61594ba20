"""Switching the interface language while the app runs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.preferences_dialog import PreferencesDialog


def test_switching_to_russian_translates_menus_sidebar_and_content_at_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.translations.switch("ru")
    assert window.sidebar.item(0).text() == "Библиотека"
    assert window.menus.file_menu.title() == "&Файл"
    assert window.library.search_box.placeholderText() == "Поиск по библиотеке…"
    tree = window.library.tree
    assert tree.topLevelItem(0).text(0) == "Совместный план действий"  # type: ignore[union-attr]
    assert "библиотеки" in window.database_label.text()


def test_the_open_page_and_the_typed_search_survive_a_language_switch(
    window: MainWindow, qtbot: QtBot
) -> None:
    library = window.library
    qtbot.keyClicks(library.search_box, "youth")
    qtbot.waitUntil(lambda: library.results.model.rowCount() > 0)
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    assert "Youth" in library.reader.toPlainText()
    window.translations.switch("ru")
    assert library.search_box.text() == "youth"
    assert "Молодежь" in library.reader.toPlainText()
    assert "результат" in library.results.summary.text()
    window.translations.switch("en")
    assert "Youth" in library.reader.toPlainText()


def test_preferences_dialog_switches_the_language_and_remembers_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.language_chosen.connect(window.translations.switch)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert window.settings.ui_language == "ru"
    assert dialog.windowTitle() == "Параметры"
    assert window.menus.help_menu.title() == "&Справка"


def test_preferences_menu_action_opens_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PreferencesDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(200, close_dialog)
    window.menus.preferences_action.trigger()
    assert seen == ["Preferences"]
