"""Searching the library from the screen's search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpoa_desktop.ui.library.search_panel import MARK_END, MARK_START, marked_html
from jpoa_desktop.ui.main_window import MainWindow


def _type_query(window: MainWindow, qtbot: QtBot, text: str) -> None:
    box = window.library.search_box
    box.clear()
    if text.isascii():
        qtbot.keyClicks(box, text)
    else:  # QTest can only type ASCII keys; a Cyrillic layout arrives as text
        box.insert(text)
    qtbot.waitUntil(lambda: window.library.results.summary.text() != "", timeout=2000)


def test_typing_terror_lists_results_with_the_matches_highlighted(
    window: MainWindow, qtbot: QtBot
) -> None:
    _type_query(window, qtbot, "terror")
    results = window.library.results
    assert window.library.left.currentWidget() is results
    assert results.model.rowCount() > 5
    html = results.row_html(0)
    assert MARK_START in html
    marked = html.split(MARK_START, 1)[1].split(MARK_END, 1)[0]
    assert marked.casefold().startswith("terror")
    assert "results for “terror”" in results.summary.text()


def test_cyrillic_query_finds_russian_texts_with_highlighting(
    window: MainWindow, qtbot: QtBot
) -> None:
    _type_query(window, qtbot, "террор")
    results = window.library.results
    assert results.model.rowCount() > 5
    html = results.row_html(0)
    marked = html.split(MARK_START, 1)[1].split(MARK_END, 1)[0]
    assert marked.casefold().startswith("террор")


def test_search_waits_for_a_pause_in_typing(window: MainWindow, qtbot: QtBot) -> None:
    window.library.search_box.setText("youth")
    assert window.library.results.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.library.results.model.rowCount() > 0, timeout=1000)


def test_enter_opens_the_first_result_in_the_reading_pane(window: MainWindow, qtbot: QtBot) -> None:
    _type_query(window, qtbot, "youth")
    first = window.library.results.hits[0]
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    assert first.title.split(" ", 1)[-1] in window.library.reader.toPlainText()


def test_arrow_keys_move_through_results_and_open_each(window: MainWindow, qtbot: QtBot) -> None:
    _type_query(window, qtbot, "terror")
    hits = window.library.results.hits
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Down)
    view = window.library.results.view
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    assert hits[1].title in window.library.reader.toPlainText()


def test_escape_clears_the_search_and_brings_back_the_tree(
    window: MainWindow, qtbot: QtBot
) -> None:
    _type_query(window, qtbot, "terror")
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Escape)
    assert window.library.search_box.text() == ""
    assert window.library.left.currentWidget() is window.library.tree


def test_a_query_without_matches_says_so(window: MainWindow, qtbot: QtBot) -> None:
    _type_query(window, qtbot, "zzxqy")
    results = window.library.results
    assert results.model.rowCount() == 0
    assert results.summary.text() == "No results for “zzxqy”"


def test_marked_html_escapes_the_text_around_and_inside_marks() -> None:
    html = marked_html("a <terror> cell", [(3, 9)])
    assert html == f"a &lt;{MARK_START}terror{MARK_END}&gt; cell"
