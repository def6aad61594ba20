"""Which column of an action-plan file holds what: one row per column, with its first value
and the field it is read as.

The suggestion comes from `io.strategy_columns.suggest_plan_mapping` (headers in any of the
seven handout languages); the user can change any choice, including "ignore".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jpoa_desktop.io.strategy_columns import FIELDS

IGNORE = ""


def field_label(field: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "goal_number": translate("StrategyImport", "Goal number"),
        "goal": translate("StrategyImport", "Goal"),
        "objective_number": translate("StrategyImport", "Objective number"),
        "objective": translate("StrategyImport", "Objective"),
        "number": translate("StrategyImport", "Measure number"),
        "measure": translate("StrategyImport", "Measure"),
        "responsible": translate("StrategyImport", "Responsible agencies"),
        "partners": translate("StrategyImport", "Partners"),
        "start": translate("StrategyImport", "Start"),
        "end": translate("StrategyImport", "End"),
        "dates": translate("StrategyImport", "Dates (start–end)"),
        "indicators": translate("StrategyImport", "Indicators"),
        "amount": translate("StrategyImport", "Amount"),
        "currency": translate("StrategyImport", "Currency"),
        "source": translate("StrategyImport", "Funding source"),
        "budget": translate("StrategyImport", "Budget (amount, currency, source)"),
        "mapping": translate("StrategyImport", "Pillars and areas"),
        "priority": translate("StrategyImport", "Priority"),
        "status": translate("StrategyImport", "Status"),
    }
    return labels.get(field, field)


class ColumnMapping(QTableWidget):
    """Each column of the file, its first value, and the field it is read as (changeable; a
    field goes to one column only, so choosing it again takes it from the other column)."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("strategyImportMapping")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        self.retranslate()

    def set_columns(
        self, headers: Sequence[str], examples: Sequence[str], mapping: Mapping[int, str]
    ) -> None:
        self.clearContents()
        self.combos = []
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            for column, text in ((0, header), (1, examples[row] if row < len(examples) else "")):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
            combo = QComboBox(self)
            combo.setObjectName(f"strategyMappingColumn{row}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            self._fill(combo, mapping.get(row, IGNORE))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.resizeRowsToContents()

    def mapping(self) -> dict[int, str]:
        """Column index → field, for the columns not ignored."""
        return {n: str(c.currentData()) for n, c in enumerate(self.combos) if c.currentData()}

    def choose(self, column: int, field: str) -> None:
        """Read `column` as `field` ("" ignores it), as if the user picked it."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _fill(self, combo: QComboBox, current: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— ignore —"), IGNORE)
        for field in FIELDS:
            combo.addItem(field_label(field), field)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _chosen(self, row: int) -> None:
        field = self.combos[row].currentData()
        if field:
            for other, combo in enumerate(self.combos):
                if other != row and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.mapping_changed.emit()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Read as")]
        )
        for combo in self.combos:
            self._fill(combo, str(combo.currentData() or IGNORE))
