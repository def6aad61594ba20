"""The coverage dialog: the matrix and gaps of a draft built here, jumps to items, comparisons
with another draft and with the framework, and the export read back."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from tests.strategy_sample import build_sample

from jpoa_desktop.model.strategies import (
    BudgetInput,
    DraftInput,
    IndicatorInput,
    ItemInput,
)
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_coverage import CoverageService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.coverage.coverage_compare import FRAMEWORK
from jpoa_desktop.ui.strategies.coverage.coverage_dialog import CoverageDialog
from jpoa_desktop.ui.strategies.coverage.coverage_gaps import AREA_ROLE as GAP_AREA_ROLE
from jpoa_desktop.ui.strategies.coverage.coverage_gaps import ITEM_ROLE, KIND_ROLE
from jpoa_desktop.ui.strategies.coverage.coverage_model import (
    AREA,
    BUDGET,
    INDICATORS,
    MARK_ROLE,
    MEASURES,
    NOTE,
    OTHER_MEASURES,
)
from jpoa_desktop.ui.tasks import TaskRunner

Measures = dict[str, int]  # "A".."D" → item id


def build_draft(service: StrategyService) -> tuple[int, Measures]:
    """Four measures: A in I.1 and II.3 (two indicators, KGS and USD), B in II.3 (USD, no
    indicator), C mapped to pillar III only (no agency, no budget), D with nothing."""
    draft = service.create(
        DraftInput(country="KG", titles={"en": "Coverage test plan", "ru": "План для проверки"},
                   start_year=2025, end_year=2027, languages=("en", "ru"))
    )  # fmt: skip
    goal = service.add_item(draft, None, "goal", ItemInput({"en": "Goal"}))
    objective = service.add_item(draft, goal, "objective", ItemInput({"en": "Objective"}))
    ids: Measures = {}
    for name, responsible in (("A", ("Ministry A",)), ("B", ("Ministry B",)), ("C", ()), ("D", ())):
        ids[name] = service.add_item(
            draft, objective, "measure",
            ItemInput({"en": f"Measure {name}"}, responsible=responsible),
        )  # fmt: skip
    service.add_indicator(ids["A"], IndicatorInput("Trained", "0", "100", "people"))
    service.add_indicator(ids["A"], IndicatorInput("Reports", "0", "4", "reports"))
    service.add_indicator(ids["C"], IndicatorInput("Meetings", "0", "2", "meetings"))
    service.add_budget(ids["A"], BudgetInput(Decimal("1000"), "USD", "donor"))
    service.add_budget(ids["A"], BudgetInput(Decimal("500000"), "KGS", "state"))
    service.add_budget(ids["B"], BudgetInput(Decimal("250"), "USD", "donor"))
    service.set_mapping(ids["A"], ["area-i.1", "area-ii.3"])
    service.set_mapping(ids["B"], ["area-ii.3"])
    service.set_mapping(ids["C"], ["pillar-3"])
    return draft, ids


@pytest.fixture
def built(library_db: Database) -> tuple[int, Measures]:
    return build_draft(StrategyService(library_db.session_scope))


@pytest.fixture
def dialog(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    built: tuple[int, Measures],
) -> CoverageDialog:
    window = CoverageDialog(Services(library_db), tasks, built[0], "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def cell(window: CoverageDialog, code: str, column: int, role: int = 0) -> object:
    """What the matrix shows for an area ("II.3") or a pillar ("II") in a column (MEASURES, ...)."""
    model = window.model
    section = model.column_of(column)
    assert section >= 0, f"column {column} is not shown"
    if "." in code:
        index = model.index_of_area(code, section)
    else:
        pillar = next(r for r in range(model.rowCount())
                      if model.row_at(model.index(r, 0)).code == code)  # type: ignore[union-attr]  # fmt: skip
        index = model.index(pillar, section)
    assert index.isValid(), code
    return model.data(index, role)


def areas(window: CoverageDialog) -> list[str]:
    model = window.model
    return [
        model.data(model.index(row, 0, model.index(p, 0)), Qt.ItemDataRole.UserRole)
        for p in range(model.rowCount())
        for row in range(model.rowCount(model.index(p, 0)))
    ]


def test_matrix_shows_the_counts_of_the_draft(
    dialog: CoverageDialog, library_db: Database, built: tuple[int, Measures]
) -> None:
    assert (cell(dialog, "I.1", MEASURES), cell(dialog, "I.1", INDICATORS)) == ("1", "2")
    assert cell(dialog, "I.1", BUDGET) == "KGS\u00a0500,000 + USD\u00a01,000"
    assert (cell(dialog, "II.3", MEASURES), cell(dialog, "II.3", INDICATORS)) == ("2", "2")
    assert cell(dialog, "II.3", BUDGET) == "KGS\u00a0500,000 + USD\u00a01,250"
    assert [cell(dialog, p, MEASURES) for p in ("I", "II", "III", "IV")] == ["1", "2", "1", "0"]
    assert cell(dialog, "III", BUDGET) == "–"
    # an empty area says so in words, not only in colour
    assert (cell(dialog, "III.3", MEASURES), cell(dialog, "III.3", NOTE)) == ("0", "no measure")
    assert cell(dialog, "III.3", NOTE, MARK_ROLE) == "empty"
    assert cell(dialog, "I.1", NOTE) == ""
    assert cell(dialog, "I", AREA, Qt.ItemDataRole.FontRole).bold()  # type: ignore[attr-defined]
    expected = CoverageService(library_db.session_scope).coverage(built[0], "en")
    for c in expected.cells:  # every framework area, with the service's numbers
        assert cell(dialog, c.area, MEASURES) == str(c.measures)
        assert cell(dialog, c.area, INDICATORS) == str(c.indicators)
    assert areas(dialog) == [c.area for c in expected.cells]
    total = len(expected.cells)
    assert dialog.summary.text().startswith("4 measure")
    assert f"2 of {total} areas covered" in dialog.summary.text()
    assert f"{len(expected.gaps)} gap" in dialog.summary.text()


def test_budget_uses_the_languages_separators(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database, built: tuple[int, Measures]
) -> None:
    window = CoverageDialog(Services(library_db), tasks, built[0], "ru")
    qtbot.addWidget(window)
    assert cell(window, "II.3", BUDGET) == "500\u00a0000\u00a0KGS + 1\u00a0250\u00a0USD"


def test_gap_list_matches_the_service(
    dialog: CoverageDialog, library_db: Database, built: tuple[int, Measures]
) -> None:
    expected = CoverageService(library_db.session_scope).coverage(built[0], "en").gaps
    shown = [
        (item.data(0, KIND_ROLE), item.text(0), item.data(0, ITEM_ROLE), item.text(1))
        for item in dialog.gaps.gap_items()
    ]
    assert sorted(shown, key=str) == sorted(
        ((g.kind, g.number, g.item_id, g.text) for g in expected), key=str
    )
    ids = built[1]
    kinds = {(kind, item_id) for kind, _n, item_id, _t in shown}
    assert ("measure_without_indicator", ids["B"]) in kinds
    assert ("measure_without_mapping", ids["D"]) in kinds
    assert ("measure_without_budget", ids["A"]) not in kinds
    groups = [group.text(0) for group in dialog.gaps.groups()]
    assert groups[0].startswith("Areas with no measure (")  # grouped by kind, areas first


def gap_item(
    dialog: CoverageDialog, kind: str, item_id: int | None, number: str = ""
) -> QTreeWidgetItem:
    for item in dialog.gaps.gap_items():
        same = item.data(0, KIND_ROLE) == kind and item.data(0, ITEM_ROLE) == item_id
        if same and (not number or item.text(0) == number):
            return item
    raise AssertionError(f"no {kind} gap for {item_id}")


def test_enter_or_double_click_on_a_gap_jumps_to_its_measure(
    qtbot: QtBot, dialog: CoverageDialog, built: tuple[int, Measures]
) -> None:
    ids = built[1]
    item = gap_item(dialog, "measure_without_indicator", ids["B"])
    dialog.gaps.setCurrentItem(item)
    dialog.gaps.setFocus()
    with qtbot.waitSignal(dialog.jump_to, timeout=2_000) as blocker:
        qtbot.keyClick(dialog.gaps, Qt.Key.Key_Return)
    assert blocker.args == [ids["B"]]
    other = gap_item(dialog, "measure_without_responsible", ids["C"])
    dialog.gaps.scrollToItem(other)
    point = dialog.gaps.visualItemRect(other).center()
    qtbot.mouseClick(dialog.gaps.viewport(), Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(dialog.jump_to, timeout=2_000) as blocker:
        qtbot.mouseDClick(dialog.gaps.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [ids["C"]]


def test_an_area_gap_shows_the_area_in_the_matrix_and_jumps_nowhere(
    qtbot: QtBot, dialog: CoverageDialog
) -> None:
    item = gap_item(dialog, "area_without_measure", None, "III.3")
    assert item.data(0, GAP_AREA_ROLE) == "III.3"
    dialog.gaps.setCurrentItem(item)
    dialog.gaps.setFocus()
    with qtbot.assertNotEmitted(dialog.jump_to):
        qtbot.keyClick(dialog.gaps, Qt.Key.Key_Return)
    current = dialog.matrix.currentIndex()
    assert dialog.model.data(current.siblingAtColumn(0), Qt.ItemDataRole.UserRole) == "III.3"
    assert dialog.matrix.isExpanded(current.parent())


def choose(dialog: CoverageDialog, data: object) -> None:
    index = dialog.compare_box.findData(data)
    assert index >= 0, data
    dialog.compare_box.setCurrentIndex(index)


def test_compare_with_another_draft_shows_both_counts(
    dialog: CoverageDialog, library_db: Database
) -> None:
    other = build_sample(StrategyService(library_db.session_scope))  # KZ: one measure in I.2
    dialog.reload()  # the screen calls it when drafts change
    texts = [dialog.compare_box.itemText(i) for i in range(dialog.compare_box.count())]
    assert "KZ · Action plan on PVE" in texts
    assert not any("Coverage test plan" in t for t in texts)  # not compared with itself
    choose(dialog, other)
    headers = [dialog.model.headerData(s, Qt.Orientation.Horizontal, 0)
               for s in range(dialog.model.columnCount())]  # fmt: skip
    assert headers[1:3] == ["Measures (A)", "Measures (B)"]
    assert (cell(dialog, "I.1", MEASURES), cell(dialog, "I.1", OTHER_MEASURES)) == ("1", "0")
    assert (cell(dialog, "I.2", MEASURES), cell(dialog, "I.2", OTHER_MEASURES)) == ("0", "1")
    assert (cell(dialog, "II.3", MEASURES), cell(dialog, "II.3", OTHER_MEASURES)) == ("2", "0")
    assert cell(dialog, "I.1", NOTE) == "only A covers it"
    assert cell(dialog, "I.2", NOTE) == "only B covers it"
    assert cell(dialog, "I.2", NOTE, MARK_ROLE) == "only_other"
    assert cell(dialog, "III.3", NOTE) == "neither draft covers it"
    assert cell(dialog, "II", OTHER_MEASURES) == "1"  # the sample's pillar-II measure
    assert "KZ · Action plan on PVE" in dialog.legend.text() and dialog.legend.isVisible()
    choose(dialog, None)
    assert dialog.model.column_of(OTHER_MEASURES) == -1


def test_compare_with_the_framework_marks_every_empty_area(
    dialog: CoverageDialog, library_db: Database, built: tuple[int, Measures]
) -> None:
    choose(dialog, FRAMEWORK)
    missing = CoverageService(library_db.session_scope).missing_from_framework(built[0], "en")
    marked = [code for code in areas(dialog) if cell(dialog, code, NOTE, MARK_ROLE) == "missing"]
    assert marked == [c.area for c in missing]
    assert len(marked) == len(areas(dialog)) - 2
    assert cell(dialog, "III.3", NOTE) == "framework area not covered"
    assert cell(dialog, "I.1", NOTE) == ""
    assert dialog.legend.text().split(": ", 1)[1].split(", ") == marked


def test_reload_and_f5_read_the_draft_again(
    qtbot: QtBot, dialog: CoverageDialog, library_db: Database, built: tuple[int, Measures]
) -> None:
    service = StrategyService(library_db.session_scope)
    service.set_mapping(built[1]["D"], ["area-iii.3"])
    assert cell(dialog, "III.3", MEASURES) == "0"
    dialog.reload()
    assert cell(dialog, "III.3", MEASURES) == "1"
    service.set_mapping(built[1]["C"], ["area-iii.3"])
    dialog.activateWindow()
    dialog.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert cell(dialog, "III.3", MEASURES) == "2"
    assert cell(dialog, "III.3", NOTE, MARK_ROLE) == "none"


def test_a_deleted_draft_shows_a_message_and_cannot_be_exported(
    dialog: CoverageDialog, library_db: Database, built: tuple[int, Measures]
) -> None:
    StrategyService(library_db.session_scope).delete_draft(built[0])
    dialog.reload()
    assert dialog.model.rowCount(QModelIndex()) == 0
    assert dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def export(qtbot: QtBot, dialog: CoverageDialog, tasks: TaskRunner, target: Path) -> None:
    task = dialog.export_to(target)
    assert task is not None
    assert tasks.wait_for_idle(10_000)
    assert task.error is None, task.error
    assert target.exists()
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


def test_export_xlsx_reads_back_with_the_same_numbers(
    qtbot: QtBot, dialog: CoverageDialog, tasks: TaskRunner, library_db: Database,
    built: tuple[int, Measures], tmp_path: Path,
) -> None:  # fmt: skip
    target = tmp_path / "coverage.xlsx"
    export(qtbot, dialog, tasks, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Coverage", "Gaps"]
    rows = list(book["Coverage"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:5] == ["Pillar", "Area", "Title", "Measures", "Indicators"]
    by_area = {r[1]: dict(zip(header, r, strict=True)) for r in rows[1:] if r[1]}
    assert by_area["II.3"]["Measures"] == 2 and by_area["II.3"]["Indicators"] == 2
    assert by_area["II.3"]["Budget, KGS"] == 500000 and by_area["II.3"]["Budget, USD"] == 1250
    assert by_area["I.1"]["Budget, USD"] == 1000
    assert by_area["III.3"]["Measures"] == 0 and by_area["III.3"]["Note"] == "no measure"
    pillars = {r[0]: r[3] for r in rows[1:] if not r[1]}
    assert pillars == {"I": 1, "II": 2, "III": 1, "IV": 0}
    gaps = CoverageService(library_db.session_scope).coverage(built[0], "en").gaps
    gap_rows = list(book["Gaps"].iter_rows(values_only=True))
    assert gap_rows[0] == ("Gap", "Item", "Text")
    assert len(gap_rows) - 1 == len(gaps)
    assert ("Measure with no indicator", "1.1.2", "Measure B") in gap_rows


def test_export_csv_of_a_comparison_reads_back(
    qtbot: QtBot, dialog: CoverageDialog, tasks: TaskRunner, library_db: Database,
    tmp_path: Path,
) -> None:  # fmt: skip
    build_sample(StrategyService(library_db.session_scope))
    dialog.reload()
    choose(dialog, dialog.compare_box.itemData(2))
    target = tmp_path / "coverage.csv"
    export(qtbot, dialog, tasks, target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    blank = lines.index([])
    header, matrix, gaps = lines[0], lines[1:blank], lines[blank + 1 :]
    other = "Measures: KZ · Action plan on PVE"
    assert other in header
    by_area = {r[1]: dict(zip(header, r, strict=True)) for r in matrix if r[1]}
    assert (by_area["II.3"]["Measures"], by_area["II.3"][other]) == ("2", "0")
    assert (by_area["I.2"]["Measures"], by_area["I.2"][other]) == ("0", "1")
    assert by_area["I.2"]["Budget, KZT: KZ · Action plan on PVE"] == "12500.50"
    assert Decimal(by_area["II.3"]["Budget, USD"]) == 1250
    assert gaps[0] == ["Gap", "Item", "Text"] and len(gaps) > 1
