"""A tree model two levels deep: heads (an agenda's days, the framework's pillars) with rows
under each.

A head's index carries the internal id 0 and a row's carries its head's row + 1, so `parent`
needs no lookup and the ids stay valid however the rows change.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class TwoLevelModel(QAbstractItemModel):
    """Subclasses say how many heads there are and how many rows each has."""

    def head_count(self) -> int:
        raise NotImplementedError

    def child_count(self, head: int) -> int:
        raise NotImplementedError

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self.head_count()
        if parent.internalId() == 0 and parent.column() == 0:
            return self.child_count(parent.row())
        return 0
