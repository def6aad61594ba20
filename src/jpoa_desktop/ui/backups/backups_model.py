"""The table of one database's backups, newest first: when, why, how large, what each holds.

The rows are read on a worker (each backup is opened to count its rows: thirty backups of
100 MB must not freeze the window) and handed to `set_backups`.
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

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.services.exchange.backup import BackupInfo
from jpoa_desktop.texts.formatting import integer
from jpoa_desktop.ui.backups.words import CONTEXT, reason_words, size_words, when_words

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = {
    "when": QT_TRANSLATE_NOOP("Backups", "When"),
    "reason": QT_TRANSLATE_NOOP("Backups", "Why"),
    "size": QT_TRANSLATE_NOOP("Backups", "Size"),
    "workshops": QT_TRANSLATE_NOOP("Backups", "Workshops"),
    "people": QT_TRANSLATE_NOOP("Backups", "People"),
    "drafts": QT_TRANSLATE_NOOP("Backups", "Strategy drafts"),
}
_NUMBERS = frozenset({"size", "workshops", "people", "drafts"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BackupsModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(COLUMNS)
        self.language = language
        self._backups: list[BackupInfo] = []

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        """Show `backups` (in any order) newest first."""
        self.beginResetModel()
        self._backups = sorted(backups, key=lambda info: info.when, reverse=True)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupInfo | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._backups:
            last = self.index(len(self._backups) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cell(self, info: BackupInfo, column: str) -> str:
        if column == "when":
            return when_words(info, self.language)
        if column == "reason":
            return reason_words(info.reason)
        if column == "size":
            return size_words(info.size, self.language)
        count = {"workshops": info.workshops, "people": info.people, "drafts": info.drafts}[column]
        return "" if count is None else integer(count, self.language)

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.backup_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return QCoreApplication.translate(CONTEXT, COLUMNS[self.columns[section]])
        return super().headerData(section, orientation, role)
