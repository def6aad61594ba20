"""Which column of the file holds what: one row per column, with an example and a field choice.

The suggestion comes from `io.columns.suggest_mapping`; the user can change any choice,
including "ignore". A field goes to one column only, so choosing it for a second column takes
it from the first (as the service would otherwise read the field from one of them silently).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QWidget

from jpoa_desktop.io.columns import FIELDS
from jpoa_desktop.ui.participants.labels import field_label

# A date of birth is recognised in lists (so it is not mistaken for another date) but not kept.
CHOICES = tuple(f for f in FIELDS if f != "birth_date")
IGNORE = ""


class MappingTable(QTableWidget):
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importMapping")
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
        """Show the file's columns with the suggested (or previous) field of each."""
        from PySide6.QtWidgets import QTableWidgetItem

        self.clearContents()
        self.combos = []
        self.setRowCount(len(headers))
        for row, header in enumerate(headers):
            title = QTableWidgetItem(header)
            title.setToolTip(header)
            self.setItem(row, 0, title)
            example = examples[row] if row < len(examples) else ""
            sample = QTableWidgetItem(example)
            sample.setToolTip(example)
            self.setItem(row, 1, sample)
            combo = QComboBox(self)
            combo.setObjectName(f"mappingColumn{row}")
            # As wide as a usual label; the list that drops down shows the long ones whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(15)
            self._fill(combo, mapping.get(row, IGNORE))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.resizeRowsToContents()

    def mapping(self) -> dict[int, str]:
        """Column index → field, for the columns not ignored."""
        return {
            row: str(combo.currentData())
            for row, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def choose(self, column: int, field: str) -> None:
        """Map `column` to `field` ("" ignores it), as if the user picked it."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _fill(self, combo: QComboBox, current: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— ignore —"), IGNORE)
        for field in CHOICES:
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Read as")]
        )
        for combo in self.combos:
            self._fill(combo, str(combo.currentData() or IGNORE))
