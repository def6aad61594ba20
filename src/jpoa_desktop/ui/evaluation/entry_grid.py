"""The keyboard-fast entry grid: a typist with a pile of filled-in forms never touches the mouse.

One key answers a single-choice, true/false or scale item and the cursor moves to the next item
(the row's end goes on to the next person's first item), so a form of twenty items is twenty
keys. Trainers type on Russian keyboards too: А В С Е answer A B C E, Д and Н true and false,
and 1, 2, 3… the first, second, third option. A multiple-choice item takes several letters and an
open question takes text, both closed with Enter or Tab (Esc drops what was typed). Backspace or
Delete clears a cell. A key that cannot answer the item beeps and flashes the cell, which keeps
the cursor: nothing wrong is ever stored. Every accepted answer is announced by `answer_typed`;
the screen stores it (with undo).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from jpoa_desktop.model.evaluation import normalise_answer
from jpoa_desktop.ui.evaluation.grid_model import FIRST_ITEM, NAME, EntryGridModel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
TYPED_KINDS = ("multiple", "open")  # closed with Enter, not by the key itself
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class EntryGrid(QTableView):
    answer_typed = Signal(int, int, str)  # row, item number, the answer as stored ("" clears)

    def __init__(self, model: EntryGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryGrid")
        self.grid_model = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab stays in the grid (it closes a typed answer, as Enter does); Shift+Tab goes back.
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(34)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self._fit_columns)

    def _fit_columns(self) -> None:
        self.resizeColumnToContents(0)
        self.setColumnWidth(NAME, max(200, min(self.sizeHintForColumn(NAME) + 16, 320)))
        for column in range(FIRST_ITEM, self.grid_model.columnCount()):
            item = self.grid_model.item_at(column)
            self.setColumnWidth(column, 160 if item is not None and item.kind == "open" else 48)

    def start(self) -> None:
        """The cursor on the first item of the first person without answers."""
        model = self.grid_model
        if model.rowCount() == 0 or model.item_at(FIRST_ITEM) is None:
            return
        row = next((r for r in range(model.rowCount()) if not model.answers(r)), 0)
        self.go_to(row, FIRST_ITEM)

    def place(self) -> tuple[int, int] | None:
        """(registration id, column) of the cursor, to find it again after a reload."""
        index = self.currentIndex()
        if not index.isValid() or index.row() >= self.grid_model.rowCount():
            return None
        return self.grid_model.registration_id(index.row()), index.column()

    def go_to_place(self, place: tuple[int, int]) -> bool:
        registration_id, column = place
        row = self.grid_model.row_of(registration_id)
        if row is None or column >= self.grid_model.columnCount():
            return False
        self.go_to(row, column)
        return True

    def go_to(self, row: int, column: int) -> None:
        index = self.grid_model.index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def advance(self) -> None:
        """To the next item; after the row's last item, the next person's first."""
        index = self.currentIndex()
        row, column = index.row(), index.column() + 1
        if column > self.grid_model.last_item_column():
            if row + 1 >= self.grid_model.rowCount():
                return
            row, column = row + 1, FIRST_ITEM
        self.go_to(row, column)

    def retreat(self) -> None:
        """To the previous item; before the row's first item, the previous person's last."""
        index = self.currentIndex()
        row, column = index.row(), index.column() - 1
        if column < FIRST_ITEM:
            if row == 0:
                return
            row, column = row - 1, self.grid_model.last_item_column()
        self.go_to(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        item = self.grid_model.item_at(index.column()) if index.isValid() else None
        if item is None or event.modifiers() & COMMAND_MODIFIERS:
            super().keyPressEvent(event)
            return
        row, column, key = index.row(), index.column(), event.key()
        pending = self._pending_here(row, column)
        if key == Qt.Key.Key_Backtab:
            self.retreat()  # what was typed is kept as the cell is left
        elif key in ENTER_KEYS:
            if pending is None:
                self.advance()
            else:
                self._close_typed(row, column, pending)
        elif key in CLEAR_KEYS:
            if pending is None:
                self.answer_typed.emit(row, item.number, "")
            else:
                self.grid_model.set_pending(row, column, pending[:-1])
        elif key == Qt.Key.Key_Escape and pending is not None:
            self.grid_model.set_pending(row, column, None)
        elif key == Qt.Key.Key_F2 and item.kind in TYPED_KINDS:
            stored = self.grid_model.answers(row).get(item.number, "")
            self.grid_model.set_pending(row, column, pending or stored)
        elif event.text() and event.text().isprintable():
            self._typed(row, column, pending, event.text())
        else:  # arrows, Home, Page Down…: what was typed is kept as the cell is left
            super().keyPressEvent(event)

    def _pending_here(self, row: int, column: int) -> str | None:
        pending = self.grid_model.pending
        return pending[2] if pending is not None and pending[:2] == (row, column) else None

    def _typed(self, row: int, column: int, pending: str | None, text: str) -> None:
        item = self.grid_model.item_at(column)
        assert item is not None
        if item.kind in TYPED_KINDS:
            letter = item.kind == "multiple" and text.strip()
            if letter and not normalise_answer("multiple", text, item.option_count):
                self.refuse(row, column)
                return
            self.grid_model.set_pending(row, column, (pending or "") + text)
            return
        answer = normalise_answer(item.kind, text, item.option_count)
        if not answer:
            self.refuse(row, column)
            return
        self.answer_typed.emit(row, item.number, answer)
        self.advance()

    def _close_typed(self, row: int, column: int, text: str) -> None:
        item = self.grid_model.item_at(column)
        assert item is not None
        answer = normalise_answer(item.kind, text, item.option_count)
        if answer is None:
            self.refuse(row, column)
            return
        self.grid_model.set_pending(row, column, None)
        self.answer_typed.emit(row, item.number, answer)
        self.advance()

    def refuse(self, row: int, column: int) -> None:
        QApplication.beep()
        self.grid_model.flash(row, column)

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Leaving a cell by mouse or arrow keeps what was typed there, when it is an answer."""
        pending = self.grid_model.pending
        if (
            pending is not None
            and previous.isValid()
            and pending[:2]
            == (
                previous.row(),
                previous.column(),
            )
        ):
            row, column, text = pending
            self.grid_model.set_pending(row, column, None)
            item = self.grid_model.item_at(column)
            answer = normalise_answer(item.kind, text, item.option_count) if item else None
            if item is not None and answer is not None:
                self.answer_typed.emit(row, item.number, answer)
        super().currentChanged(current, previous)
