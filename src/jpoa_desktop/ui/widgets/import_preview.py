"""An import dialog's preview: every row of the file in order, problem rows in red.

A problem row has no values (the service keeps none of a bad row): its message takes the
row's cells from `message_column` on. Subclasses name the columns and say what each row
becomes; the words stay in each subclass's own translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

PROBLEM_BACKGROUND = QColor("#fde2df")
PROBLEM_TEXT = QColor("#8e1b12")
AnyIndex = QModelIndex | QPersistentModelIndex


class PreviewRow(Protocol):
    @property
    def row(self) -> int: ...

    @property
    def message(self) -> str: ...

    @property
    def is_problem(self) -> bool: ...


LineT = TypeVar("LineT", bound=PreviewRow)


class ProblemRowsModel(QAbstractTableModel, Generic[LineT]):
    """The columns "row" and "outcome" come first; `message_column` is where a problem's
    message starts."""

    columns: tuple[str, ...] = ()
    message_column = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[LineT] = []
        self._lines: list[LineT] = []
        self.only_problems = False
        self.skipping = False

    def lines_of(self, plan: Any) -> list[LineT]:
        """The plan's rows (and problems, and whatever else it shows) in the file's order."""
        raise NotImplementedError

    def set_plan(self, plan: Any) -> None:
        """Show `plan`'s rows; None shows none."""
        self.set_lines(self.lines_of(plan) if plan is not None else [])

    def outcome(self, line: LineT) -> str:
        """What the row becomes, in words."""
        raise NotImplementedError

    def cell(self, line: LineT, column: str) -> str:
        """A good row's text in `column`."""
        raise NotImplementedError

    def header_labels(self) -> dict[str, str]:
        raise NotImplementedError

    def set_lines(self, lines: list[LineT]) -> None:
        self._all = lines
        self._refilter()

    def show_only_problems(self, only: bool) -> None:
        self.only_problems = only
        self._refilter()

    def set_skipping(self, skipping: bool) -> None:
        """Problem rows read "skipped" when the user chose to skip them."""
        self.skipping = skipping
        if self._lines:
            column = self.columns.index("outcome")
            bottom = self.index(len(self._lines) - 1, column)
            self.dataChanged.emit(self.index(0, column), bottom)

    def line(self, row: int) -> LineT:
        return self._lines[row]

    def _refilter(self) -> None:
        self.beginResetModel()
        only = self.only_problems
        self._lines = [line for line in self._all if not only or line.is_problem]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], self.columns[index.column()]
        problem = line.is_problem
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.message if problem else self._text(line, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(PROBLEM_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: LineT, column: str) -> str:
        if column == "row":
            return str(line.row)
        if column == "outcome":
            return self.outcome(line)
        if line.is_problem:
            return line.message if column == self.message_column else ""
        return self.cell(line, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.header_labels()[self.columns[section]]
            return None
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        last = len(self.columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, last))


class ProblemRowsView(QTableView):
    """The preview's table: whole rows selected, nothing edited, a problem's message read across
    the row's cells (in the first `max_spans` problem rows; beyond, one cell is enough)."""

    def show_rows(
        self, model: ProblemRowsModel[Any], widths: Sequence[int], max_spans: int | None
    ) -> None:
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        model.modelReset.connect(lambda: self._span_problems(model, max_spans))

    def _span_problems(self, model: ProblemRowsModel[Any], max_spans: int | None) -> None:
        self.clearSpans()
        first = model.columns.index(model.message_column)
        count = len(model.columns) - first
        problems = [n for n in range(model.rowCount()) if model.line(n).is_problem]
        for row in problems[:max_spans]:
            self.setSpan(row, first, 1, count)
