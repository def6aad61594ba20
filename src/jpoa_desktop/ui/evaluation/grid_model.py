"""The entry grid's table: one row per participant (badge code, name), one column per item of the
form, and for a test a last column with the row's score (right / scored items).

The model holds what is stored; what the typist is still typing into a multiple-choice or open
cell (before Enter) is shown in that cell, tinted, and a refused key tints the cell red for a
moment, so the eyes never have to leave the grid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from jpoa_desktop.model.evaluation import SCALE_POINTS, option_letters
from jpoa_desktop.model.languages import pick

if TYPE_CHECKING:
    from jpoa_desktop.services.evaluation.forms import FormItemView, FormView
    from jpoa_desktop.services.evaluation.responses import GridRow

Index = QModelIndex | QPersistentModelIndex
Scorer = Callable[["FormView", Mapping[int, str]], tuple[int, int]]
CODE, NAME = 0, 1
FIRST_ITEM = 2
PENDING = QColor("#fff4c2")
REFUSED = QColor("#f6c6c6")
FLASH_MS = 350


@dataclass
class _Row:
    registration_id: int
    code: str
    name: str
    answers: dict[int, str] = field(default_factory=dict)


def allowed_hint(item: FormItemView) -> str:
    """What a cell takes, under the item's number: "A–D", "A–D+", "T/F", "1–5", "…"."""
    letters = option_letters(item.option_count)
    span = f"{letters[0]}–{letters[-1]}" if letters else ""
    if item.kind == "single":
        return span
    if item.kind == "multiple":
        return f"{span}+"
    if item.kind == "truefalse":
        return QCoreApplication.translate("EntryGrid", "T/F")
    if item.kind == "scale":
        return f"1–{SCALE_POINTS}"
    return "…"


class EntryGridModel(QAbstractTableModel):
    def __init__(self, scorer: Scorer | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._scorer = scorer
        self.form: FormView | None = None
        self._rows: list[_Row] = []
        self._language = "en"
        self.pending: tuple[int, int, str] | None = None  # row, column, text being typed
        self._flash: tuple[int, int] | None = None
        self._sessions: dict[str, str] = {}

    # What the screen sets and reads.
    def set_form(
        self,
        form: FormView | None,
        rows: Sequence[GridRow],
        language: str,
        scorer: Scorer | None,
        session_titles: Mapping[str, str] | None = None,
    ) -> None:
        """`session_titles` by agenda session key: what a per-session item's header names."""
        self.beginResetModel()
        self._sessions = dict(session_titles or {})
        self.form = form
        self._scorer = scorer
        self._language = language
        self._rows = [_Row(r.registration_id, r.code, r.name, dict(r.answers)) for r in rows]
        self.pending = None
        self._flash = None
        self.endResetModel()

    def item_at(self, column: int) -> FormItemView | None:
        if self.form is None or not FIRST_ITEM <= column < FIRST_ITEM + len(self.form.items):
            return None
        return self.form.items[column - FIRST_ITEM]

    def last_item_column(self) -> int:
        return FIRST_ITEM + (len(self.form.items) if self.form else 0) - 1

    def registration_id(self, row: int) -> int:
        return self._rows[row].registration_id

    def row_of(self, registration_id: int) -> int | None:
        return next(
            (i for i, r in enumerate(self._rows) if r.registration_id == registration_id), None
        )

    def answers(self, row: int) -> dict[int, str]:
        return dict(self._rows[row].answers)

    def set_answers(self, row: int, answers: Mapping[int, str]) -> None:
        """The row as stored (after a save, an undo or a redo)."""
        self._rows[row].answers = dict(answers)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def entered(self) -> int:
        return sum(1 for r in self._rows if r.answers)

    def set_pending(self, row: int, column: int, text: str | None) -> None:
        self.pending = None if text is None else (row, column, text)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def flash(self, row: int, column: int) -> None:
        self._flash = (row, column)
        cell = self.index(row, column)
        self.dataChanged.emit(cell, cell)
        QTimer.singleShot(FLASH_MS, self, self._unflash)

    def _unflash(self) -> None:
        if self._flash is not None:
            cell = self.index(*self._flash)
            self._flash = None
            self.dataChanged.emit(cell, cell)

    def _scored(self) -> bool:
        return self.form is not None and self.form.kind != "evaluation"

    # QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.form is None:
            return 0
        return FIRST_ITEM + len(self.form.items) + (1 if self._scored() else 0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        record = self._rows[row]
        item = self.item_at(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return record.code
            if column == NAME:
                return record.name
            if self.pending is not None and self.pending[:2] == (row, column):
                return f"{self.pending[2]}▏"
            if item is not None:
                return record.answers.get(item.number, "")
            return self._score_text(record)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._flash == (row, column):
                return QBrush(REFUSED)
            if self.pending is not None and self.pending[:2] == (row, column):
                return QBrush(PENDING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > NAME:
            if item is not None and item.kind == "open":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and item is not None and item.kind == "open":
            return record.answers.get(item.number) or None
        return None

    def _session_place(self, session_key: str) -> str:
        """ " · S2" over an item asked about the agenda's second session; "" otherwise."""
        if not session_key or session_key not in self._sessions:
            return ""
        return f" · S{list(self._sessions).index(session_key) + 1}"

    def _score_text(self, record: _Row) -> str:
        if self.form is None or self._scorer is None or not record.answers:
            return ""
        right, total = self._scorer(self.form, record.answers)
        return f"{right}/{total}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        item = self.item_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == CODE:
                return QCoreApplication.translate("EntryGrid", "Code")
            if section == NAME:
                return QCoreApplication.translate("EntryGrid", "Name")
            if item is not None:
                place = self._session_place(item.session_key)
                return f"{item.number}{place}\n{allowed_hint(item)}"
            return QCoreApplication.translate("EntryGrid", "Score")
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            text = pick(item.texts, self._language)
            session = self._sessions.get(item.session_key, "")
            return f"{session}: {text}" if session else text
        return None
