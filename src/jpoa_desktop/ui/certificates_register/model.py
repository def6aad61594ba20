"""The register's lines as a table that stays quick with 60,000 of them (400 workshops of 150).

The model keeps the lines the service read once and, for a filter, only the list of the rows
shown; a cell is formatted when the view asks for it, so only the visible rows cost anything.
Searching is a substring test on one lower-cased text per line, made when the lines arrive:
a keystroke over 60,000 lines takes a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jpoa_desktop.services.handouts.certificate_register import RegisterLine
from jpoa_desktop.texts.formatting import short_date

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "holder", "workshop", "wording", "issued", "printed")
translate = QCoreApplication.translate


def header(column: str) -> str:
    return {
        "number": translate("CertificateRegister", "Number"),
        "holder": translate("CertificateRegister", "Holder"),
        "workshop": translate("CertificateRegister", "Workshop"),
        "wording": translate("CertificateRegister", "Wording"),
        "issued": translate("CertificateRegister", "Issued on"),
        "printed": translate("CertificateRegister", "Last printed"),
    }[column]


def wording(key: str) -> str:
    if key == "completion":
        return translate("CertificateRegister", "Completion")
    return translate("CertificateRegister", "Participation")


class RegisterModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self._lines: list[RegisterLine] = []
        self._keys: list[str] = []  # number, holder and workshop, lower case, per line
        self._shown: list[int] = []  # indexes into _lines, in the register's order

    def set_lines(self, lines: Sequence[RegisterLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._keys = [
            f"{line.number}\n{line.holder}\n{line.workshop_title}".casefold() for line in lines
        ]
        self._shown = list(range(len(self._lines)))
        self.endResetModel()

    def apply_filter(self, workshop_id: int | None, search: str) -> None:
        """Show the lines of `workshop_id` (every workshop when None) holding every word of
        `search` in their number, holder or workshop."""
        words = search.casefold().split()
        lines, keys = self._lines, self._keys
        self.beginResetModel()
        self._shown = [
            n
            for n in range(len(lines))
            if (workshop_id is None or lines[n].workshop_id == workshop_id)
            and all(word in keys[n] for word in words)
        ]
        self.endResetModel()

    def total(self) -> int:
        return len(self._lines)

    def lines(self) -> list[RegisterLine]:
        return self._lines

    def shown_lines(self) -> list[RegisterLine]:
        return [self._lines[n] for n in self._shown]

    def line_at(self, row: int) -> RegisterLine:
        return self._lines[self._shown[row]]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, 3))

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        line = self._lines[self._shown[index.row()]]
        column = COLUMNS[index.column()]
        if column == "number":
            return line.number
        if column == "holder":
            return line.holder
        if column == "workshop":
            return line.workshop_title
        if column == "wording":
            return wording(line.wording)
        day = line.issued_on if column == "issued" else line.last_printed_on
        return short_date(day, self.language)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return header(COLUMNS[section])
        return None
