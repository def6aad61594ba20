"""The Handouts preview says what it had to change to print, and lists whose texts: a name in
Latin letters for want of the letters, letters left out, a text cut to fit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from tests.handouts.hostile_people import letters_workshop, long_texts_workshop
from tests.ui.test_handouts_screen import settle

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def hostile_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "hostile.sqlite"))
    yield db
    db.dispose()


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, settings: SettingsStore,
    db: Database,
) -> HandoutsScreen:  # fmt: skip
    screen = HandoutsScreen(tasks, translations.language, settings=settings)
    qtbot.addWidget(screen)
    screen.set_services(Services(db))
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.options.select_kind("participant-list")
    settle(screen, tasks)
    return screen


def test_the_preview_names_the_observer_printed_in_latin_letters(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    settings: SettingsStore,
    hostile_db: Database,
) -> None:
    letters_workshop(hostile_db)
    screen = _screen(qtbot, tasks, translations, settings, hostile_db)
    assert screen.preview.pdf() is not None  # printed, not refused
    status = screen.preview.status.text()
    assert "names printed in Latin letters: 1" in status, status
    assert "texts with letters left out:" in status, status
    assert screen.preview.notices_button.isVisible()
    screen.preview.notices_button.click()
    table = screen.preview.notices_dialog.table
    rows = [(_cell(table, r, 0), _cell(table, r, 1)) for r in range(table.rowCount())]
    assert ("王 小明", "The fonts cannot print this name; printed in Latin letters: Wang Xiaoming"
            ) in rows  # fmt: skip
    assert any(who == "Ғафурова Мунира" and "🌍" in what for who, what in rows)


def test_the_preview_says_a_ten_thousand_letter_name_was_cut(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    settings: SettingsStore,
    hostile_db: Database,
) -> None:
    long_texts_workshop(hostile_db)
    screen = _screen(qtbot, tasks, translations, settings, hostile_db)
    assert screen.preview.page_total() == 1
    assert "texts cut to fit: 3" in screen.preview.status.text()
    screen.preview.show_notices()
    table = screen.preview.notices_dialog.table
    texts = [_cell(table, r, 1) for r in range(table.rowCount())]
    assert "The name was too long and was cut after" in texts[0] and "of 10007 letters" in texts[0]


def test_print_everything_says_what_it_changed_and_lists_it(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    settings: SettingsStore,
    hostile_db: Database,
    tmp_path: Path,
) -> None:
    letters_workshop(hostile_db)
    screen = _screen(qtbot, tasks, translations, settings, hostile_db)
    task = screen.build_everything(["participant-list", "badges"], tmp_path / "out")
    assert task is not None and tasks.wait_for_idle(120_000) and task.error is None
    message = screen.batch_message
    assert message is not None
    text = message.text()
    assert "2 handout" in text and "Changed to print:" in text and "Latin letters" in text
    (button,) = [b for b in message.buttons() if b.text() == "What was changed…"]
    button.click()  # closes the message (deleted on close) and opens the list
    changes = screen.changes_dialog
    assert changes is not None
    table = changes.table
    rows = [(_cell(table, r, 0), _cell(table, r, 1)) for r in range(table.rowCount())]
    latin = "The fonts cannot print this name; printed in Latin letters: Wang Xiaoming"
    assert ("王 小明", latin) in rows
