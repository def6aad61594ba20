"""Two officials on one measure: the second save opens the conflict dialog on the Strategies
screen, and each answer (take theirs, keep mine, merge by hand, decide later) leaves the
database and the form as the user chose, with undo never writing a stale text back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from tests.ui.conflict_answers import answer_with
from tests.ui.strategy_screen_fixtures import action_plan, shown_screen

from jpoa_desktop.db.strategy_models import StrategyItem
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.conflict_dialog import ConflictDialog
from jpoa_desktop.ui.strategies.screen import StrategiesScreen
from jpoa_desktop.ui.tasks import TaskRunner

THEIRS = "Обучить 40 судей в Алматы"
MINE = "Обучить прокуроров"


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> StrategiesScreen:
    action_plan(library_db)
    strategies = shown_screen(qtbot, tasks, translations, library_db, (1200, 700))
    for _ in range(3):  # a goal, an objective, a measure
        strategies.add_below()
    type_text(qtbot, strategies, "Обучить судей")
    return strategies


def type_text(qtbot: QtBot, screen: StrategiesScreen, text: str) -> None:
    box = screen.form.texts[0]
    box.selectAll()
    box.insertPlainText(text)
    qtbot.waitUntil(lambda: not screen.form.pending(), timeout=5_000)  # the autosave


def other_desk_saves(db: Database, item_id: int, text: str) -> None:
    """Another official's save of the same measure (named, as the server would name them)."""
    service = StrategyService(db.session_scope)
    base, version = service.item_seen(item_id)
    service.save_item(item_id, (base, replace(base, texts={**base.texts, "ru": text})), version)
    with db.session_scope() as session:
        session.execute(
            update(StrategyItem).where(StrategyItem.id == item_id).values(updated_by="aigerim")
        )


def stored(db: Database, item_id: int) -> str:
    return StrategyService(db.session_scope).item(item_id).texts.get("ru", "")


def race(
    qtbot: QtBot, screen: StrategiesScreen, db: Database, act: Callable[[ConflictDialog], None]
) -> tuple[int, ConflictDialog]:
    """Another desk saves THEIRS, then the user types MINE: the dialog opens and `act`
    answers it; the measure's id and the dialog are returned."""
    item_id = screen.tree.current_id()
    assert item_id is not None
    other_desk_saves(db, item_id, THEIRS)
    seen: list[ConflictDialog] = []
    answer_with(act, seen)
    type_text(qtbot, screen, MINE)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return item_id, seen[0]


def test_take_theirs_shows_their_text_and_an_undo_does_not_write_mine_back(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database
) -> None:
    item_id, dialog = race(qtbot, screen, library_db, lambda d: d.theirs_button.click())
    assert "aigerim" in dialog.heading.text()
    assert dialog.theirs[0].toPlainText() == THEIRS
    assert dialog.mine[0].toPlainText() == MINE
    assert stored(library_db, item_id) == THEIRS
    assert screen.form.texts[0].toPlainText() == THEIRS

    later: list[ConflictDialog] = []
    answer_with(lambda d: d.reject(), later)
    screen.undo()  # the edit "Обучить судей" was made before their save
    qtbot.waitUntil(lambda: bool(later), timeout=5_000)
    assert stored(library_db, item_id) == THEIRS


def test_keep_mine_saves_mine_over_theirs_and_undo_brings_theirs_back(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database
) -> None:
    item_id, _ = race(qtbot, screen, library_db, lambda d: d.keep_button.click())
    assert stored(library_db, item_id) == MINE
    assert screen.form.texts[0].toPlainText() == MINE
    screen.undo()
    assert stored(library_db, item_id) == THEIRS


def test_merge_by_hand_saves_the_text_made_of_both(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database
) -> None:
    merged_text = "Обучить 40 судей и прокуроров в Алматы"
    editor_text: list[str] = []

    def merge(dialog: ConflictDialog) -> None:
        dialog.merge_button.click()
        editor_text.append(dialog.mine[0].toPlainText())
        dialog.mine[0].setPlainText(merged_text)
        dialog.merge_button.click()  # now "Save merged text"

    item_id, _ = race(qtbot, screen, library_db, merge)
    assert THEIRS in editor_text[0] and MINE in editor_text[0]  # the editor began with both
    assert stored(library_db, item_id) == merged_text
    assert screen.form.texts[0].toPlainText() == merged_text


def test_escape_decides_later_and_keeps_the_typed_text_in_the_form(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database
) -> None:
    item_id, _ = race(qtbot, screen, library_db, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert stored(library_db, item_id) == THEIRS
    assert screen.form.texts[0].toPlainText() == MINE
    assert "aigerim" in screen.form.problem.text()
