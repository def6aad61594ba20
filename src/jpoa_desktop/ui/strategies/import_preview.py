"""The action-plan import's preview: planning off the UI thread, and the table of rows.

`first_look` and `plan_import` run on `run_task`'s workers and return plain values. A mapping
the service cannot plan with (no column for the measure) is a state the dialog shows, not a
failure, so it comes back as `problem`; only a file that cannot be read at all raises.
The model lists every row of the file in order: the measure it becomes (under which goal and
objective, with its indicators and budget), or its problem in the service's words, in red.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.io.strategy_columns import suggest_plan_mapping
from jpoa_desktop.io.strategy_import import read_plan_table
from jpoa_desktop.services.strategy_import import StrategyImportPlan, StrategyImportService
from jpoa_desktop.ui.messages import describe

EXAMPLE_ROWS = 30
COLUMNS = ("row", "outcome", "number", "measure", "goal", "objective", "responsible",
           "indicators", "budget", "mapping")  # fmt: skip
PROBLEM_BACKGROUND = QColor("#fde2df")
PROBLEM_TEXT = QColor("#8e1b12")
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Planned:
    """A plan for the current mapping and language, or why there is none."""

    plan: StrategyImportPlan | None
    problem: JpoaError | None


@dataclass(frozen=True)
class FirstLook:
    """The file's columns with an example value each, the suggested mapping, and its plan."""

    headers: tuple[str, ...]
    examples: tuple[str, ...]
    mapping: dict[int, str]
    planned: Planned


def plan_import(
    service: StrategyImportService,
    path: Path,
    language: str,
    mapping: dict[int, str],
    **_task: object,
) -> Planned:
    try:
        return Planned(service.plan(path, language, mapping), None)
    except JpoaError as error:
        return Planned(None, error)


def first_look(
    service: StrategyImportService, path: Path, language: str, **task: object
) -> FirstLook:
    """Read the headers (raises when the file cannot be read), then plan the suggestion."""
    table = read_plan_table(path)
    examples = tuple(
        next((row[n] for row in table.rows[:EXAMPLE_ROWS] if n < len(row) and row[n]), "")
        for n in range(len(table.headers))
    )
    mapping = suggest_plan_mapping(table.headers)
    return FirstLook(
        table.headers, examples, mapping, plan_import(service, path, language, mapping, **task)
    )


@dataclass(frozen=True)
class PreviewLine:
    row: int
    cells: dict[str, str]  # column → text; empty for a problem
    message: str = ""  # the problem, "" for a good row

    @property
    def is_problem(self) -> bool:
        return bool(self.message)


def preview_lines(plan: StrategyImportPlan) -> list[PreviewLine]:
    """The plan's measures and problems in the file's order."""
    lines = []
    for planned in plan.rows:
        budget = "; ".join(f"{line.amount:,.2f} {line.currency}".replace(",", " ")
                           for line in planned.budget)  # fmt: skip
        cells = {
            "number": planned.number,
            "measure": next(iter(planned.item.texts.values()), ""),
            "goal": " ".join(p for p in planned.goal if p),
            "objective": " ".join(p for p in planned.objective if p),
            "responsible": "; ".join(planned.item.responsible),
            "indicators": "; ".join(i.name for i in planned.indicators),
            "budget": budget,
            "mapping": ", ".join(_code(key) for key in planned.mapping),
        }
        lines.append(PreviewLine(planned.row, cells))
    for problem in plan.problems:
        lines.append(PreviewLine(problem.row, {}, describe(problem.error)))
    lines.sort(key=lambda line: line.row)
    return lines


def _code(key: str) -> str:
    """A library key as the framework prints it: "pillar-2" → "II", "area-ii.3" → "II.3"."""
    if key.startswith("area-"):
        return key.removeprefix("area-").upper()
    pillar = key.removeprefix("pillar-")
    return ROMAN.get(pillar, key)


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[PreviewLine] = []
        self.skipping = False

    def set_plan(self, plan: StrategyImportPlan | None) -> None:
        self.beginResetModel()
        self._lines = preview_lines(plan) if plan is not None else []
        self.endResetModel()

    def set_skipping(self, skipping: bool) -> None:
        """Problem rows read "skipped" when the user chose to skip them."""
        self.skipping = skipping
        if self._lines:
            column = COLUMNS.index("outcome")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._lines) - 1, column))

    def line(self, row: int) -> PreviewLine:
        return self._lines[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.message or self._text(line, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and line.is_problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and line.is_problem:
            return QBrush(PROBLEM_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: PreviewLine, column: str) -> str:
        translate = QCoreApplication.translate
        if column == "row":
            return str(line.row)
        if column == "outcome":
            if not line.is_problem:
                return translate("StrategyImportPreview", "Measure")
            if self.skipping:
                return translate("StrategyImportPreview", "Skipped")
            return translate("StrategyImportPreview", "Problem")
        if line.is_problem:  # the message takes the row's cells: a bad row keeps no values
            return line.message if column == "number" else ""
        return line.cells.get(column, "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            labels = {
                "row": translate("StrategyImportPreview", "Row"),
                "outcome": translate("StrategyImportPreview", "Becomes"),
                "number": translate("StrategyImportPreview", "No."),
                "measure": translate("StrategyImportPreview", "Measure"),
                "goal": translate("StrategyImportPreview", "Goal"),
                "objective": translate("StrategyImportPreview", "Objective"),
                "responsible": translate("StrategyImportPreview", "Responsible"),
                "indicators": translate("StrategyImportPreview", "Indicators"),
                "budget": translate("StrategyImportPreview", "Budget"),
                "mapping": translate("StrategyImportPreview", "Pillars, areas"),
            }
            return labels[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, len(COLUMNS) - 1)
            )
