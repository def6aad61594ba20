"""An import dialog's column mapping: one row per column of the file, with its first value
and the field it is read as.

A field goes to one column only, so choosing it for a second column takes it from the first
(as the service would otherwise read the field from one of them silently). The participant and
the action-plan imports differ only in their fields and in the words of their headers, which
stay in each subclass's own translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

IGNORE = ""


class FieldMappingTable(QTableWidget):
    """Subclasses give the words: `ignore_label()` and `header_labels()`."""

    mapping_changed = Signal()

    def __init__(
        self,
        name: str,
        combo_name: str,
        choices: Sequence[str],
        field_label: Callable[[str], str],
        combo_width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName(name)
        self._combo_name = combo_name  # the choice of row n is named f"{combo_name}{n}"
        self._choices = tuple(choices)
        self._field_label = field_label
        self._combo_width = combo_width  # in characters
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

    def ignore_label(self) -> str:
        raise NotImplementedError

    def header_labels(self) -> list[str]:
        raise NotImplementedError

    def set_columns(
        self, headers: Sequence[str], examples: Sequence[str], mapping: Mapping[int, str]
    ) -> None:
        """Show the file's columns with the suggested (or previous) field of each."""
        self.clearContents()
        self.combos = []
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            for column, text in ((0, header), (1, examples[row] if row < len(examples) else "")):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, column, cell)
            combo = QComboBox(self)
            combo.setObjectName(f"{self._combo_name}{row}")
            # As wide as a usual label; the list that drops down shows the long ones whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(self._combo_width)
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
        combo.addItem(self.ignore_label(), IGNORE)
        for field in self._choices:
            combo.addItem(self._field_label(field), field)
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
        self.setHorizontalHeaderLabels(self.header_labels())
        for combo in self.combos:
            self._fill(combo, str(combo.currentData() or IGNORE))
