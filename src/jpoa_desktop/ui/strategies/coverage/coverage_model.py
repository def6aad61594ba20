"""The coverage matrix as a two-level model: each pillar (bold, with its totals) over its areas.

Columns depend on what the draft is compared with: its own counts, budget and a note; beside
another draft, both drafts' measures and budgets (A and B). A marked row is coloured *and* says
why in the note column, so the mark survives a black-and-white printout or colour blindness.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from jpoa_desktop.texts.formatting import money
from jpoa_desktop.ui.strategies.coverage.coverage_compare import Group, Mark, MatrixRow, Mode
from jpoa_desktop.ui.widgets.two_level_model import Index, TwoLevelModel

AREA_ROLE = Qt.ItemDataRole.UserRole  # the area's code ("II.3"), "" on a pillar row
MARK_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Mark value ("empty", "only_this", ...)

AREA, MEASURES, INDICATORS, BUDGET, OTHER_MEASURES, OTHER_BUDGET, NOTE = range(7)
COLUMNS = {
    Mode.PLAIN: (AREA, MEASURES, INDICATORS, BUDGET, NOTE),
    Mode.FRAMEWORK: (AREA, MEASURES, INDICATORS, BUDGET, NOTE),
    Mode.DRAFT: (AREA, MEASURES, OTHER_MEASURES, BUDGET, OTHER_BUDGET, NOTE),
}
NUMBERS = (MEASURES, INDICATORS, OTHER_MEASURES, BUDGET, OTHER_BUDGET)
SOFT_RED = QColor("#fbe3e3")
SOFT_AMBER = QColor("#fff1cc")
PILLAR_GREY = QColor("#eef1f5")
DARK_TEXT = QColor("#1f1f1f")  # on the light marks, also under a dark theme
BACKGROUNDS = {
    Mark.EMPTY: SOFT_RED,
    Mark.MISSING: SOFT_RED,
    Mark.ONLY_THIS: SOFT_AMBER,
    Mark.ONLY_OTHER: SOFT_AMBER,
}


def money_text(budget: Mapping[str, Decimal], language: str, separator: str = " + ") -> str:
    """`KGS 1,200,000 + USD 3,000.50`, `1 200 000 KGS` (CLDR); cents only when there are."""
    return separator.join(
        money(amount, currency, language, places=0 if amount == amount.to_integral_value() else 2)
        for currency, amount in sorted(budget.items())
    )


class CoverageMatrixModel(TwoLevelModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._groups: list[Group] = []
        self.mode = Mode.PLAIN

    # Filling and looking up.
    def set_rows(self, groups: list[Group], mode: Mode) -> None:
        self.beginResetModel()
        self._groups, self.mode = groups, mode
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language

    @property
    def columns(self) -> tuple[int, ...]:
        return COLUMNS[self.mode]

    def column_of(self, column: int) -> int:
        """Where a column (AREA, MEASURES, ...) shows in the current mode, -1 when it does not."""
        return self.columns.index(column) if column in self.columns else -1

    def row_at(self, index: Index) -> MatrixRow | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._groups[index.row()][0]
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of_area(self, code: str, column: int = 0) -> QModelIndex:
        for group_row, (_pillar, areas) in enumerate(self._groups):
            for row, area in enumerate(areas):
                if area.code == code:
                    return self.createIndex(row, column, group_row + 1)
        return QModelIndex()

    def index_of_pillar(self, pillar: int) -> QModelIndex:
        for row, (head, _areas) in enumerate(self._groups):
            if head.pillar == pillar:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    # The tree.
    def head_count(self) -> int:
        return len(self._groups)

    def child_count(self, head: int) -> int:
        return len(self._groups[head][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, column: int) -> str:
        draft = self.mode is Mode.DRAFT
        return {
            AREA: self.tr("Area"),
            MEASURES: self.tr("Measures (A)") if draft else self.tr("Measures"),
            INDICATORS: self.tr("Indicators"),
            BUDGET: self.tr("Budget (A)") if draft else self.tr("Budget"),
            OTHER_MEASURES: self.tr("Measures (B)"),
            OTHER_BUDGET: self.tr("Budget (B)"),
            NOTE: self.tr("Note"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and row.is_pillar:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = PILLAR_GREY if row.is_pillar else BACKGROUNDS.get(row.mark)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and (row.is_pillar or row.mark in BACKGROUNDS):
            return QBrush(DARK_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == AREA_ROLE:
            return row.code if not row.is_pillar else ""
        if role == MARK_ROLE:
            return row.mark.value
        return None

    def _text(self, row: MatrixRow, column: int) -> str:
        if column == AREA:
            return f"{row.code}. {row.title}" if row.is_pillar else f"{row.code}  {row.title}"
        if column == MEASURES:
            return str(row.measures)
        if column == INDICATORS:
            return str(row.indicators)
        if column == BUDGET:
            return money_text(row.budget, self._language) or "–"
        if column == OTHER_MEASURES:
            return str(row.other_measures) if row.other_measures is not None else ""
        if column == OTHER_BUDGET:
            return money_text(row.other_budget, self._language) or "–"
        return self._note(row)

    def _note(self, row: MatrixRow) -> str:
        if row.is_pillar:
            if self.mode is Mode.DRAFT:
                return ""
            return self.tr("{covered} of {areas} areas covered").format(
                covered=row.covered, areas=row.areas
            )
        if row.mark is Mark.EMPTY and self.mode is Mode.DRAFT:
            return self.tr("neither draft covers it")
        return {
            Mark.NONE: "",
            Mark.EMPTY: self.tr("no measure"),
            Mark.MISSING: self.tr("framework area not covered"),
            Mark.ONLY_THIS: self.tr("only A covers it"),
            Mark.ONLY_OTHER: self.tr("only B covers it"),
        }[row.mark]

    def _tooltip(self, row: MatrixRow, column: int) -> str | None:
        if column == AREA:
            return f"{row.code}. {row.title}" if row.is_pillar else f"{row.code} {row.title}"
        if column in (BUDGET, OTHER_BUDGET):
            budget = row.budget if column == BUDGET else row.other_budget
            return money_text(budget, self._language, "\n") or None
        if column == NOTE and row.mark in (Mark.EMPTY, Mark.MISSING):
            return self.tr("No measure of this draft is mapped to this area.")
        return None
