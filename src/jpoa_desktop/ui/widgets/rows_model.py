"""A table model over the rows a service returned, sorted and filtered by the database.

The directory and the workshop list both keep the rows a service gave them and, on a new sort
or filter, ask again and reset: a proxy model would fetch everything and sort in Python, in
another order than the database's. This base holds what they share (the columns and their
headers, a row by its id, the numbers column aligned right, sorting by asking again); a
subclass says how it loads (`reload`) and what a cell shows (`cell`); `rows_view` is the
table both show it in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class HasId(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[str],
        header: Callable[[str], str],
        count_column: str,
        parent: Any = None,
    ) -> None:
        """`header` names a column in the interface language; `count_column` holds a number."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self._header = header
        self._count_column = self.columns.index(count_column)
        self._rows: list[Row] = []
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def reload(self) -> None:
        """Ask the service again (filter, sort) and reset."""
        raise NotImplementedError

    def cell(self, row: Row, column: str, role: int) -> Any:
        """What `column` of `row` shows for a display or tooltip `role`."""
        raise NotImplementedError

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        """The row showing `row_id` among those loaded, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == row_id), -1)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns)

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], self.columns[index.column()], role)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self._count_column:
            return RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self._header(self.columns[section])
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: ask the service again in the new order."""
        if not self.is_sortable(column):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def retranslate(self) -> None:
        """New header words, and new cell words where a cell is a translated code."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def rows_view(
    parent: QWidget, model: RowsModel[Any], object_name: str, widths: Mapping[str, int]
) -> QTableView:
    """A read-only table of `model`, one row selected at a time, that sorts on a header click
    (the model asks the database) and opens as fast for 20,000 rows as for 200."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
    rows.setDefaultSectionSize(parent.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for column, name in enumerate(model.columns):
        if name in widths:
            header.resizeSection(column, widths[name])
    # The indicator first: enabling sorting sorts by it at once (Qt's default is descending).
    header.setSortIndicator(model.sort_column, model.sort_order)
    view.setSortingEnabled(True)  # header clicks call model.sort: SQL, not a proxy
    return view
