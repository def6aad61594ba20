"""A measure's indicators (name, baseline, target, unit), edited in place.

Also home of `RowTable`, the table every detail pane uses (budget lines, comments): it takes
Ins and Del before the screen's own shortcuts do, reports a committed cell edit once the editor
has closed, and updates its cells in place after a refresh, so an editor opened with Tab on the
next cell survives the save of the previous one. `MeasureRowsPane` is what the indicators and
the budget lines share: the table with Add and Delete under it, and one command per change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.strategies import IndicatorInput, IndicatorView, MeasureView
from jpoa_desktop.ui.strategies.details.detail_commands import (
    AddIndicator,
    DeleteIndicator,
    DetailCommand,
    DetailContext,
    EditIndicator,
)
from jpoa_desktop.ui.widgets.text_limits import LimitedTextDelegate

UUID_ROLE = Qt.ItemDataRole.UserRole
Cell = str | bool  # text, or a tick box
Submit = Callable[[DetailCommand], bool]  # write and push; False when refused (message shown)
KEYS = (Qt.Key.Key_Insert, Qt.Key.Key_Delete)


class RowView(Protocol):
    @property
    def uuid(self) -> str: ...


RowT = TypeVar("RowT", bound=RowView)


class RowTable(QTableWidget):
    insert_pressed = Signal()
    delete_pressed = Signal()
    cell_committed = Signal(int, int)  # row, column: a cell edited or a box ticked

    def __init__(
        self, columns: int, editable: Sequence[int], parent: QWidget | None, wrap: bool = False
    ) -> None:
        super().__init__(0, columns, parent)
        self._editable = set(editable)
        self._wrap = wrap
        self._filling = False
        self._pending = 0
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the form
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)  # long texts (comments) wrap, rows grow with the column width
        if wrap:
            self.horizontalHeader().sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        # Later: the edit may refresh the whole screen, which must not happen inside setData.
        row, column = item.row(), item.column()
        self._pending += 1
        QTimer.singleShot(0, self, lambda: self._committed(row, column))

    def _committed(self, row: int, column: int) -> None:
        self._pending -= 1
        self.cell_committed.emit(row, column)

    def pending(self) -> bool:
        """A cell is being edited, or its edit waits a moment to be saved."""
        return self._pending > 0 or self.state() == QAbstractItemView.State.EditingState

    # Ins and Del belong to the table while it has the focus (the screen's act on the tree).
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in KEYS
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert and not event.modifiers():
            self.insert_pressed.emit()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)

    # Showing rows.
    def show_rows(self, rows: Sequence[tuple[str, Sequence[Cell]]]) -> None:
        """Show `rows` (uuid, cells): in place when the same rows are shown, else anew,
        keeping the cursor on the same row and column."""
        self._filling = True
        try:
            if [uuid for uuid, _ in rows] != self.uuids():
                row, column = self.currentRow(), max(self.currentColumn(), 0)
                self.setRowCount(0)
                self.setRowCount(len(rows))
                for n, (uuid, cells) in enumerate(rows):
                    for column_no, cell in enumerate(cells):
                        self.setItem(n, column_no, self._new_item(uuid, column_no, cell))
                if rows:
                    self.setCurrentCell(min(max(row, 0), len(rows) - 1), column)
            else:
                for n, (_uuid, cells) in enumerate(rows):
                    for column_no, cell in enumerate(cells):
                        self._update(self.cell(n, column_no), cell)
            if self._wrap:
                self.resizeRowsToContents()
        finally:
            self._filling = False

    def _new_item(self, uuid: str, column: int, cell: Cell) -> QTableWidgetItem:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(cell, bool):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column in self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setData(UUID_ROLE, uuid)
        self._update(item, cell)
        return item

    @staticmethod
    def _update(item: QTableWidgetItem, cell: Cell) -> None:
        if isinstance(cell, bool):
            state = Qt.CheckState.Checked if cell else Qt.CheckState.Unchecked
            if item.checkState() != state or item.data(Qt.ItemDataRole.CheckStateRole) is None:
                item.setCheckState(state)
        elif item.text() != cell:
            item.setText(cell)
            item.setToolTip(cell)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is filled by show_rows
        return item

    def uuids(self) -> list[str]:
        return [str(self.cell(n, 0).data(UUID_ROLE)) for n in range(self.rowCount())]

    def row_uuid(self, row: int) -> str | None:
        return str(self.cell(row, 0).data(UUID_ROLE)) if 0 <= row < self.rowCount() else None

    def texts(self, row: int) -> list[str]:
        return [self.cell(row, n).text() for n in range(self.columnCount())]

    def go_to(self, uuid: str, column: int = 0, edit: bool = False) -> None:
        """Put the cursor on the row of `uuid` (and open its editor)."""
        if uuid not in self.uuids():
            return
        row = self.uuids().index(uuid)
        self.setCurrentCell(row, column)
        self.setFocus()
        if edit:
            self.editItem(self.cell(row, column))


def button_row(parent: QWidget, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row


class MeasureRowsPane(QWidget, Generic[RowT]):
    """A measure's rows: Ins adds one (its first cell open for typing), Del deletes the
    selected one; each committed cell is one undoable edit. Subclasses make the commands, call
    `retranslate` once they are built, and may insert widgets in `body` above the buttons."""

    def __init__(self, submit: Submit, name: str, columns: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._submit = submit
        self._context: DetailContext | None = None
        self._measure: MeasureView | None = None
        self.table = RowTable(columns, range(columns), self)
        self.add_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 4, 4, 4)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(button_row(self, self.add_button, self.delete_button))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.table.insert_pressed.connect(self.add)
        self.table.delete_pressed.connect(self.delete)
        self.table.cell_committed.connect(self._commit)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

    def rows(self, measure: MeasureView) -> Sequence[RowT]:
        raise NotImplementedError

    def cells(self, row: RowT) -> list[Cell]:
        raise NotImplementedError

    def add_command(self, context: DetailContext, measure_uuid: str) -> DetailCommand:
        raise NotImplementedError

    def delete_command(self, context: DetailContext, measure_uuid: str, uuid: str) -> DetailCommand:
        raise NotImplementedError

    def edit_command(
        self, context: DetailContext, measure_uuid: str, old: RowT, texts: list[str]
    ) -> DetailCommand | None:
        """The edit of `old` into the typed `texts`; None when there is nothing to write."""
        raise NotImplementedError

    def load(self, context: DetailContext | None, measure: MeasureView | None) -> None:
        self._context, self._measure = context, measure
        rows = self.rows(measure) if measure is not None else ()
        self.table.show_rows([(row.uuid, self.cells(row)) for row in rows])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._measure is not None)
        self.delete_button.setEnabled(self.table.currentRow() >= 0)

    def add(self) -> None:
        if self._context is None or self._measure is None:
            return
        command = self.add_command(self._context, self._measure.uuid)
        if self._submit(command):
            self.table.go_to(command.row_uuid, 0, edit=True)

    def delete(self) -> None:
        uuid = self.table.row_uuid(self.table.currentRow())
        if self._context is None or self._measure is None or uuid is None:
            return
        self._submit(self.delete_command(self._context, self._measure.uuid, uuid))

    def _commit(self, row: int, _column: int) -> None:
        uuid = self.table.row_uuid(row)
        shown = {r.uuid: r for r in self.rows(self._measure)} if self._measure else {}
        if self._context is None or self._measure is None or uuid not in shown:
            return
        texts = self.table.texts(row)
        command = self.edit_command(self._context, self._measure.uuid, shown[uuid], texts)
        if command is not None and not self._submit(command):
            self.load(self._context, self._measure)  # refused: show what is saved


class IndicatorsPane(MeasureRowsPane[IndicatorView]):
    """Ins adds an indicator (named "New indicator", its name open for typing), Del deletes the
    selected one; each committed cell is one undoable edit."""

    NAME, BASELINE, TARGET, UNIT = range(4)

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, "indicatorsPane", 4, parent)
        for column, limit in (
            (self.NAME, limits.INDICATOR_NAME),
            (self.BASELINE, limits.INDICATOR_VALUE),
            (self.TARGET, limits.INDICATOR_VALUE),
            (self.UNIT, limits.INDICATOR_UNIT),
        ):
            self.table.setItemDelegateForColumn(column, LimitedTextDelegate(limit, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.BASELINE, 90), (self.TARGET, 90), (self.UNIT, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.retranslate()

    def retranslate(self) -> None:
        labels = [self.tr("Indicator"), self.tr("Baseline"), self.tr("Target"), self.tr("Unit")]
        self.table.setHorizontalHeaderLabels(labels)
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, least in ((self.BASELINE, 90), (self.TARGET, 90), (self.UNIT, 80)):
            # As wide as the heading in this language ("Исходное значение" is twice "Baseline").
            wanted = metrics.horizontalAdvance(labels[column]) + 20
            self.table.setColumnWidth(column, max(least, wanted))
        self.add_button.setText(self.tr("Add indicator"))
        self.add_button.setToolTip(self.tr("Add an indicator (Ins in the table)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected indicator (Del)"))

    def rows(self, measure: MeasureView) -> Sequence[IndicatorView]:
        return measure.indicators

    def cells(self, row: IndicatorView) -> list[Cell]:
        return [row.name, row.baseline, row.target, row.unit]

    def add_command(self, context: DetailContext, measure_uuid: str) -> DetailCommand:
        return AddIndicator(context, measure_uuid, IndicatorInput(name=self.tr("New indicator")),
                            self.tr("Add indicator"))  # fmt: skip

    def delete_command(self, context: DetailContext, measure_uuid: str, uuid: str) -> DetailCommand:
        return DeleteIndicator(context, measure_uuid, uuid, self.tr("Delete indicator"))

    def edit_command(
        self, context: DetailContext, measure_uuid: str, old: IndicatorView, texts: list[str]
    ) -> DetailCommand | None:
        name, baseline, target, unit = texts
        typed = IndicatorInput(name.strip(), baseline.strip(), target.strip(), unit.strip())
        if typed == IndicatorInput(old.name, old.baseline, old.target, old.unit):
            return None
        return EditIndicator(context, measure_uuid, old.uuid, typed, self.tr("Edit indicator"))
