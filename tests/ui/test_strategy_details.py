"""A measure's indicators, budget lines, pillar/area mapping and comments, edited through the
Strategies screen, checked against the database, and every step undone and redone."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.strategy_screen_fixtures import action_plan, shown_screen

from jpoa_desktop.model.strategies import MeasureView
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.details.budget_pane import format_amount, parse_amount
from jpoa_desktop.ui.strategies.details.indicators_pane import RowTable
from jpoa_desktop.ui.strategies.screen import StrategiesScreen
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def draft(library_db: Database) -> int:
    return action_plan(library_db)


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database, draft: int
) -> StrategiesScreen:
    strategies = shown_screen(qtbot, tasks, translations, library_db)
    strategies.add_below()  # a goal
    strategies.add_below()  # an objective
    strategies.add_below()  # a measure, selected
    return strategies


def measure(db: Database, draft: int) -> MeasureView:
    return StrategyService(db.session_scope).draft(draft, "en").measures()[0]


def state(db: Database, draft: int) -> dict[str, Any]:
    """What hangs on the draft's only measure, as the database has it."""
    m = measure(db, draft)
    return {
        "indicators": [(i.name, i.baseline, i.target, i.unit) for i in m.indicators],
        "budget": [(b.amount, b.currency, b.source) for b in m.budget],
        "mapping": sorted(k.key for k in m.mapping),
        "comments": [(c.author, c.text, c.resolved) for c in m.comments],
    }


def type_in_cell(qtbot: QtBot, table: RowTable, row: int, column: int, text: str) -> None:
    """Open the cell's editor (unless it is open), type, press Enter, wait for the save."""
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    if not editors:
        table.setCurrentCell(row, column)
        table.editItem(table.cell(row, column))
        editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    editors[0].insert(text)  # QTest types ASCII only; this is what typing does
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not table.pending())  # the save runs once the editor has closed


def errors(screen: StrategiesScreen) -> list[str]:
    return [box.text() for box in screen.findChildren(QMessageBox) if box.isVisible()]


def test_a_measure_s_details_are_saved_and_every_step_undone_and_redone(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    details, stack = screen.details, screen.undo_stack
    measure_id = screen.tree.current_id()
    assert screen.tree.current_kind() == "measure"
    bare = state(library_db, draft)
    assert bare == {"indicators": [], "budget": [], "mapping": [], "comments": []}
    steps = [bare]  # the database after each undoable step
    start = stack.count()

    def step() -> None:
        steps.append(state(library_db, draft))
        assert stack.count() - start == len(steps) - 1

    details.setCurrentWidget(details.indicators)
    table = details.indicators.table
    details.indicators.add_button.click()  # the new indicator's name opens for typing
    step()
    assert steps[-1]["indicators"] == [("New indicator", "", "", "")]
    type_in_cell(qtbot, table, 0, 0, "Обученные сотрудники")
    step()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # Ins in the table adds an indicator, not an item
    step()
    type_in_cell(qtbot, table, 1, 0, "Youth centres")
    step()
    type_in_cell(qtbot, table, 0, 2, "120")  # the first one's target, edited in place
    step()
    assert steps[-1]["indicators"] == [
        ("Обученные сотрудники", "", "120", ""),
        ("Youth centres", "", "", ""),
    ]
    assert details.tabText(0) == "&Indicators (2)"
    assert len(StrategyService(library_db.session_scope).draft(draft, "en").measures()) == 1

    details.setCurrentWidget(details.budget)
    details.budget.add_button.click()  # amount 0 in the country's currency, amount open
    step()
    type_in_cell(qtbot, details.budget.table, 0, 0, "1 500 000,50")
    step()
    assert steps[-1]["budget"] == [(Decimal("1500000.50"), "KZT", "")]
    assert "KZT\u00a01,500,000.50" in details.budget.total.text()

    details.setCurrentWidget(details.mapping)
    for key in ("pillar-2", "area-ii.3"):
        box = details.mapping.item_for(key)
        assert box is not None
        box.setCheckState(0, Qt.CheckState.Checked)
        qtbot.waitUntil(lambda: stack.count() - start == len(steps))
        step()
    assert steps[-1]["mapping"] == ["area-ii.3", "pillar-2"]
    assert details.tabText(2) == "&Mapping (2)"

    details.setCurrentWidget(details.comments)
    comments = details.comments
    assert comments.author.text()  # the login name
    comments.author.setText("Айгерим")
    comments.text.setText("Проверить цифры бюджета")
    qtbot.keyClick(comments.text, Qt.Key.Key_Return)
    step()
    comments.table.setCurrentCell(0, 0)
    comments.resolve_button.click()
    step()
    assert steps[-1]["comments"] == [("Айгерим", "Проверить цифры бюджета", True)]
    assert comments.resolve_button.text() == "Reopen"
    assert comments.author.text() == "Айгерим"  # kept for the next comment

    # Undo from another item: the measure comes back into view with the restored value.
    objective = screen.tree.parent_id()
    assert objective is not None
    screen.tree.select_id(objective)
    assert screen.tree.current_kind() == "objective"
    assert not details.isTabVisible(0) and details.currentWidget() is comments
    screen.undo()
    assert screen.tree.current_id() == measure_id
    assert state(library_db, draft) == steps[-2]
    assert comments.table.cell(0, comments.RESOLVED).checkState() == Qt.CheckState.Unchecked
    for expected in reversed(steps[:-2]):
        screen.undo()
        assert state(library_db, draft) == expected
    assert stack.count() - stack.index() == len(steps) - 1
    assert details.indicators.table.rowCount() == 0
    assert details.tabText(0) == "&Indicators (0)"
    for expected in steps[1:]:
        screen.redo()
        assert state(library_db, draft) == expected
    assert details.budget.table.cell(0, 0).text() == "1,500,000.50"
    assert [details.indicators.table.cell(n, 0).text() for n in range(2)] == [
        "Обученные сотрудники",
        "Youth centres",
    ]


def test_a_bad_amount_is_refused_and_nothing_is_written(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    details = screen.details
    details.setCurrentWidget(details.budget)
    details.budget.add_button.click()
    count = screen.undo_stack.count()
    type_in_cell(qtbot, details.budget.table, 0, 0, "1 500 000,5O")  # a letter O for a zero
    qtbot.waitUntil(lambda: bool(errors(screen)))
    assert "1 500 000,5O" in errors(screen)[0]
    assert state(library_db, draft)["budget"] == [(Decimal("0.00"), "KZT", "")]
    assert screen.undo_stack.count() == count
    assert details.budget.table.cell(0, 0).text() == "0.00"  # the saved value shown again


def test_a_blank_indicator_name_is_refused_with_a_message(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    details = screen.details
    details.setCurrentWidget(details.indicators)
    details.indicators.add_button.click()
    type_in_cell(qtbot, details.indicators.table, 0, 0, "Trained officers")
    count = screen.undo_stack.count()
    type_in_cell(qtbot, details.indicators.table, 0, 0, "  ")
    qtbot.waitUntil(lambda: bool(errors(screen)))
    assert errors(screen) == ["An indicator needs a name."]
    assert state(library_db, draft)["indicators"] == [("Trained officers", "", "", "")]
    assert screen.undo_stack.count() == count
    assert details.indicators.table.cell(0, 0).text() == "Trained officers"


def test_details_follow_a_measure_that_was_deleted_and_restored(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    """Undoing a delete brings the measure and its rows back (under their old ids, which are
    free); the details' earlier edits are still undone and redone."""
    details = screen.details
    details.indicators.add_button.click()
    type_in_cell(qtbot, details.indicators.table, 0, 0, "Trained officers")
    details.comments.text.setText("Who counts them?")
    details.comments.add()
    old_id = screen.tree.current_id()
    assert old_id is not None
    objective = screen.tree.parent_id()
    assert objective is not None
    screen.tree.select_id(objective)
    screen.add_below()  # a second measure, with a higher id
    screen.tree.select_id(old_id)
    screen.delete()
    screen.undo()  # the first measure is back
    first = StrategyService(library_db.session_scope).draft(draft, "en").measures()[0]
    assert first.id == old_id and screen.tree.current_id() == first.id
    screen.undo()  # the second measure
    assert state(library_db, draft)["comments"] == [(details.comments.author.text(),
                                                     "Who counts them?", False)]  # fmt: skip
    screen.undo()  # the comment
    screen.undo()  # the name
    assert state(library_db, draft)["comments"] == []
    assert state(library_db, draft)["indicators"] == [("New indicator", "", "", "")]
    assert screen.tree.current_id() == first.id
    assert details.indicators.table.cell(0, 0).text() == "New indicator"
    screen.redo()
    screen.redo()
    assert state(library_db, draft)["indicators"] == [("Trained officers", "", "", "")]
    assert [c.text for c in measure(library_db, draft).comments] == ["Who counts them?"]


def test_del_in_a_table_deletes_the_row_not_the_item(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    details = screen.details
    details.setCurrentWidget(details.budget)
    details.budget.add_button.click()
    type_in_cell(qtbot, details.budget.table, 0, 0, "250000")
    table = details.budget.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert state(library_db, draft)["budget"] == []
    assert len(StrategyService(library_db.session_scope).draft(draft, "en").measures()) == 1
    screen.undo()
    assert state(library_db, draft)["budget"] == [(Decimal("250000.00"), "KZT", "")]


def test_goals_show_only_their_comments(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    details = screen.details
    goal = StrategyService(library_db.session_scope).draft(draft, "en").goals[0]
    screen.tree.select_id(goal.id)
    assert [details.isTabVisible(n) for n in range(4)] == [False, False, False, True]
    details.comments.text.setText("Too broad")
    details.comments.add()
    goal = StrategyService(library_db.session_scope).draft(draft, "en").goals[0]
    assert [c.text for c in goal.comments] == ["Too broad"]
    assert details.tabText(3) == "&Comments (1)"
    details.comments.table.setCurrentCell(0, 0)
    details.comments.delete()
    assert StrategyService(library_db.session_scope).draft(draft, "en").goals[0].comments == ()
    screen.undo()
    assert len(StrategyService(library_db.session_scope).draft(draft, "en").goals[0].comments) == 1


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1 500 000,50", Decimal("1500000.50")),
        ("1500000.50", Decimal("1500000.50")),
        ("1,500,000.50", Decimal("1500000.50")),
        ("1.500.000,5", Decimal("1500000.5")),
        ("1\u00a0500\u00a0000", Decimal("1500000")),
        ("12,3", Decimal("12.3")),
        ("12abc", None),
        ("-5", None),
        ("1,50,000", None),
        ("1.505", None),  # three decimals: 1.505 or 1505? asked again
        ("", None),
    ],
)
def test_amounts_are_read_as_officials_type_them(typed: str, amount: Decimal | None) -> None:
    assert parse_amount(typed) == amount


def test_amounts_are_shown_grouped_in_the_interface_language() -> None:
    assert format_amount(Decimal("1500000.5"), "en") == "1,500,000.50"
    assert format_amount(Decimal("1500000.5"), "ru") == "1\u00a0500\u00a0000,50"


def test_a_budget_line_is_added_from_the_keyboard(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    """Alt+B opens the budget tab, Ins adds a line with its amount open, Enter saves."""
    details = screen.details
    screen.activateWindow()
    details.indicators.table.setFocus()
    qtbot.waitUntil(details.indicators.table.hasFocus)
    qtbot.keyClick(details.indicators.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert details.currentWidget() is details.budget
    table = details.budget.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "2500,75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state(library_db, draft)["budget"][0][0] == Decimal("2500.75"))
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the currency's list opens for typing
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentText() == "KZT"
    qtbot.keyClicks(combo, "usd")  # replaces the selected "KZT"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state(library_db, draft)["budget"] == [(Decimal("2500.75"), "USD", "")])
    assert "USD\u00a02,500.75" in details.budget.total.text()
    assert details.tabText(1) == "&Budget (1)"
