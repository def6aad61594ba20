"""The library's search box: a box of spaces or punctuation is not a search; spellings are."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jpoa_desktop.ui.main_window import MainWindow


def test_spaces_or_punctuation_in_the_box_keep_the_navigation_and_show_no_error(
    window: MainWindow, qtbot: QtBot
) -> None:
    library = window.library
    for text in ("   ", "?!", "«—»"):
        library.search_now(text)
        assert library.left.currentWidget() is library.tree, text
        assert library.results.model.rowCount() == 0


def test_a_british_spelling_in_the_box_lists_the_american_entry_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    library = window.library
    library.search_now("radicalisation")
    assert library.left.currentWidget() is library.results
    assert library.results.model.rowCount() > 1
    assert "Radicalization" in library.results.row_html(0)
