"""The Strategies screen: a draft built from the keyboard, typed into (autosaved), moved,
deleted, and every step undone and redone against the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.strategy_screen_fixtures import action_plan, shown_screen

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.screen import StrategiesScreen
from jpoa_desktop.ui.tasks import TaskRunner

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def draft(library_db: Database) -> int:
    return action_plan(library_db)


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database, draft: int
) -> StrategiesScreen:
    return shown_screen(qtbot, tasks, translations, library_db, (1200, 700))


def tree(db: Database, draft: int) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    view = StrategyService(db.session_scope).draft(draft, "ru")
    return [
        (g.texts.get("ru", ""), [(o.texts.get("ru", ""), [m.texts.get("ru", "") for m in
                                  o.measures]) for o in g.objectives])
        for g in view.goals
    ]  # fmt: skip


def current_text(screen: StrategiesScreen) -> str:
    item = screen.tree.currentItem()
    assert item is not None
    return item.text(0)


def type_text(qtbot: QtBot, screen: StrategiesScreen, text: str) -> None:
    box = screen.form.texts[0]
    box.selectAll()
    box.insertPlainText(text)  # QTest types ASCII only; this is what typing Cyrillic does
    qtbot.waitUntil(lambda: not screen.form.pending(), timeout=5_000)  # the autosave


def test_a_draft_is_built_from_the_keyboard_and_every_step_undone_and_redone(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    assert screen.draft_id() == draft
    screen.add_below()  # nothing selected: a goal
    type_text(qtbot, screen, "Профилактика радикализации")
    screen.add_below()  # under the goal: an objective
    type_text(qtbot, screen, "Молодёжь")
    screen.add_below()  # under the objective: a measure
    type_text(qtbot, screen, "Спортивные лиги в Ақтөбе")
    screen.add_sibling()
    type_text(qtbot, screen, "Курсы медиаграмотности")
    assert tree(library_db, draft) == [
        ("Профилактика радикализации",
         [("Молодёжь", ["Спортивные лиги в Ақтөбе", "Курсы медиаграмотности"])]),
    ]  # fmt: skip
    assert current_text(screen) == "1.1.2 Курсы медиаграмотности"

    screen.tree.setFocus()
    qtbot.keyClick(screen.tree, Qt.Key.Key_Up, ALT)  # the second measure moves first
    assert tree(library_db, draft)[0][1][0][1] == [
        "Курсы медиаграмотности",
        "Спортивные лиги в Ақтөбе",
    ]
    screen.delete()
    assert tree(library_db, draft)[0][1][0][1] == ["Спортивные лиги в Ақтөбе"]

    screen.undo()  # the delete
    screen.undo()  # the move
    assert tree(library_db, draft)[0][1][0][1] == [
        "Спортивные лиги в Ақтөбе",
        "Курсы медиаграмотности",
    ]
    screen.undo()  # the typed text of the second measure
    assert tree(library_db, draft)[0][1][0][1][1] == "New measure"
    while screen.undo_stack.canUndo():
        screen.undo()
    assert tree(library_db, draft) == []
    while screen.undo_stack.canRedo():
        screen.redo()
    assert tree(library_db, draft) == [
        ("Профилактика радикализации",
         [("Молодёжь", ["Спортивные лиги в Ақтөбе"])]),
    ]  # fmt: skip


def test_a_measure_s_fields_are_saved_and_a_bad_date_is_named_and_kept(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    screen.add_below()
    screen.add_below()
    screen.add_below()
    form = screen.form
    assert form.measure_fields.isVisible()
    form.responsible.setText("МВД; КНБ")
    form.start.setText("2026-02-30")
    form.save()
    assert "2026-02-30" in form.problem.text()
    assert form.start.text() == "2026-02-30"  # nothing typed is lost
    form.start.setText("2026-03-01")
    form.save()
    measure = StrategyService(library_db.session_scope).draft(draft, "ru").measures()[0]
    assert measure.responsible == ("МВД", "КНБ")
    assert measure.start is not None and measure.start.isoformat() == "2026-03-01"
    screen.undo()
    measure = StrategyService(library_db.session_scope).draft(draft, "ru").measures()[0]
    assert measure.responsible == () and measure.start is None


def test_find_in_draft_jumps_to_each_match_in_any_language(
    qtbot: QtBot, screen: StrategiesScreen
) -> None:
    screen.add_below()
    type_text(qtbot, screen, "Пограничная безопасность")
    screen.add_sibling()
    type_text(qtbot, screen, "Финансирование и безопасность")
    screen.find_box.setText("безопасн")
    screen.find_next()
    assert screen.found.text() == "1 of 2"
    screen.find_next()
    assert screen.found.text() == "2 of 2"
    assert "Финансирование" in current_text(screen)


def test_an_edit_made_before_a_delete_is_still_undone_after_the_delete_is(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    screen.add_below()
    screen.add_below()
    screen.add_below()
    type_text(qtbot, screen, "Первая мера")
    first = screen.tree.current_id()
    screen.add_sibling()  # a later row, so the first one's id is not the newest
    type_text(qtbot, screen, "Вторая мера")
    assert first is not None and screen.tree.select_id(first)
    type_text(qtbot, screen, "Первая мера, исправленная")
    screen.delete()
    screen.undo()  # the delete: the measure comes back under its id
    assert screen.tree.current_id() == first
    screen.undo()  # the edit made before the delete
    assert tree(library_db, draft)[0][1][0][1] == ["Первая мера", "Вторая мера"]


def test_partners_from_the_library_are_stored_by_key_and_shown_by_name(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    for _ in range(3):
        screen.add_below()
    screen.form.partners.setText("UNOCT; ОБСЕ; Общественный фонд «Иман»")
    screen.form.save()
    measure = StrategyService(library_db.session_scope).draft(draft, "ru").measures()[0]
    assert measure.partners == ("partner-unoct", "partner-osce", "Общественный фонд «Иман»")
    screen.set_language("ru")
    assert screen.tree.select_id(measure.id)
    assert screen.form.partners.text() == "КТУ ООН; ОБСЕ; Общественный фонд «Иман»"
    screen.form.partners.setText("КТУ ООН; обс")  # completing the name after the last ";"
    completer = screen.form.partners.completer()
    assert completer.splitPath(screen.form.partners.text()) == ["обс"]
    completer.setCompletionPrefix("обс")
    assert completer.currentCompletion() == "КТУ ООН; ОБСЕ"
