"""The Strategies screen's own windows, opened from its toolbar: coverage follows every edit
and undo and jumps back into the tree; versions save and compare; they follow or close when
another draft or database is opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.strategy_screen_fixtures import shown_screen

from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_versions import VersionService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.drafts.draft_dialog import DraftDialog
from jpoa_desktop.ui.strategies.screen import StrategiesScreen
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def drafts(library_db: Database) -> tuple[int, int, int]:
    """A Kazakh plan with one measure (no indicator, no budget) and a second, empty draft."""
    service = StrategyService(library_db.session_scope)
    plan = service.create(DraftInput(country="KZ", titles={"ru": "План", "en": "Plan"},
                                     languages=("ru", "en")))  # fmt: skip
    goal = service.add_item(plan, None, "goal", ItemInput({"ru": "Цель"}))
    objective = service.add_item(plan, goal, "objective", ItemInput({"ru": "Задача"}))
    exercise = ItemInput({"ru": "Учения на границе"}, responsible=("ПС КНБ",))
    measure = service.add_item(plan, objective, "measure", exercise)
    service.set_mapping(measure, ["area-ii.3"])
    other = service.create(DraftInput(country="UZ", titles={"en": "Strategy"}, kind="strategy"))
    return plan, measure, other


@pytest.fixture
def screen(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    drafts: tuple[int, int, int],
) -> StrategiesScreen:
    strategies = shown_screen(qtbot, tasks, translations, library_db)
    strategies.open_draft(drafts[0])
    return strategies


def test_coverage_opens_from_the_toolbar_follows_edits_and_undo_and_jumps_to_the_gap(
    qtbot: QtBot, screen: StrategiesScreen, drafts: tuple[int, int, int]
) -> None:
    plan, measure, _other = drafts
    screen.menu.coverage_action.trigger()
    window = screen.menu.coverage
    assert window is not None and window.isVisible() and window.draft_id == plan
    assert window.summary.text().startswith("1 measure")
    assert "1 of 28 areas covered" in window.summary.text()

    assert screen.tree.select_id(measure)
    screen.details.indicators.add_button.click()  # an indicator: one gap fewer, at once
    text_after_add = window.summary.text()
    screen.undo()
    assert window.summary.text() != text_after_add  # the undo shows in the open window too

    goal = screen.tree.topLevelItem(0)
    assert goal is not None
    screen.tree.setCurrentItem(goal)
    window.jump_to.emit(measure)  # what Enter on the gap sends
    assert screen.tree.current_id() == measure


def test_versions_save_one_and_show_what_changed_since(
    qtbot: QtBot,
    screen: StrategiesScreen,
    library_db: Database,
    drafts: tuple[int, int, int],
) -> None:
    plan, measure, _other = drafts
    screen.menu.versions_action.trigger()
    window = screen.menu.versions
    assert window is not None and window.isVisible()
    assert window.save_version("Первое чтение") is not None
    assert [v.name for v in VersionService(library_db.session_scope).versions(plan)] == [
        "Первое чтение"
    ]
    assert screen.tree.select_id(measure)
    screen.form.texts[0].selectAll()
    screen.form.texts[0].insertPlainText("Совместные учения на границе")
    screen.form.save()
    window.refresh()
    diff = window.view
    assert diff.topLevelItemCount() == 1  # one section: Changed (1)
    changed = diff.topLevelItem(0)
    assert changed is not None and changed.childCount() == 1
    entry = changed.child(0)
    assert entry is not None and "Совместные учения на границе" in entry.text(0)
    assert window.summary.text().endswith(": 1 changed")


def test_the_versions_window_speaks_russian_counts_included(
    screen: StrategiesScreen, translations: Translations, drafts: tuple[int, int, int]
) -> None:
    _plan, measure, _other = drafts
    translations.switch("ru")
    window = screen.menu.show_versions()
    assert window is not None and window.save_version("Первое чтение") is not None
    assert screen.tree.select_id(measure)
    screen.details.indicators.add_button.click()
    window.refresh()
    assert window.summary.text().endswith(": изменено: 1")
    changed = window.view.topLevelItem(0)
    assert changed is not None and changed.text(0) == "Изменено (1)"


def test_opening_another_draft_moves_coverage_and_closes_versions(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, drafts: tuple[int, int, int]
) -> None:
    _plan, _measure, other = drafts
    screen.menu.coverage_action.trigger()
    screen.menu.versions_action.trigger()
    versions = screen.menu.versions
    assert versions is not None and versions.isVisible()
    screen.open_draft(other)
    assert screen.menu.coverage is not None and screen.menu.coverage.draft_id == other
    assert not versions.isVisible() and screen.menu.versions is None
    screen.set_services(None)
    assert screen.menu.coverage is None
    assert not screen.menu.coverage_action.isEnabled()
    assert not screen.menu.new_action.isEnabled()


def newest_draft_dialog() -> DraftDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftDialog)]
    shown = [d for d in dialogs if d.isVisible()]
    assert shown, "no draft dialog is open"
    return shown[-1]


def test_a_new_draft_from_the_menu_opens_in_the_screen_and_undo_takes_it_away(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, drafts: tuple[int, int, int]
) -> None:
    plan = drafts[0]
    screen.menu.new_action.trigger()
    dialog = newest_draft_dialog()
    dialog.country.setCurrentIndex(dialog.country.findData("TJ"))
    dialog.titles[0].setText("Стратегия Таджикистана")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    service = StrategyService(library_db.session_scope)
    created = next(d for d in service.drafts("en") if d.country == "TJ")
    assert screen.draft_id() == created.id
    assert screen.tree.topLevelItemCount() == 4  # the framework's four pillars as goals
    screen.undo()
    assert all(d.country != "TJ" for d in service.drafts("en"))
    assert screen.draft_id() in (plan, drafts[2])
    screen.redo()
    assert screen.draft_id() == next(d.id for d in service.drafts("en") if d.country == "TJ")
