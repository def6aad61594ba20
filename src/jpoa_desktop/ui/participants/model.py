"""The directory as a table model that fetches pages of people as the view scrolls.

Only the rows fetched so far live in memory; the total comes from one COUNT. Sorting and
filtering go back to the database and reset the model (a proxy model would fetch everything),
so 20,000 people open as fast as 200.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from jpoa_desktop.services.people.directory import DirectoryRow, DirectoryService

PAGE_SIZE = 300
COLUMNS = (
    "family_name",
    "given_name",
    "patronymic",
    "latin",
    "organisation",
    "country",
    "position",
    "email",
    "workshops",
)
# The service's sort for each column; columns not listed here are not sortable.
SORTS = {
    "family_name": "name",
    "given_name": "name",
    "patronymic": "name",
    "latin": "latin",
    "organisation": "organisation",
    "country": "country",
    "workshops": "workshops",
}
WORKSHOPS_COLUMN = COLUMNS.index("workshops")
AnyIndex = QModelIndex | QPersistentModelIndex


def header_label(column: str) -> str:
    labels = {
        "family_name": QCoreApplication.translate("DirectoryModel", "Family name"),
        "given_name": QCoreApplication.translate("DirectoryModel", "Given name"),
        "patronymic": QCoreApplication.translate("DirectoryModel", "Patronymic"),
        "latin": QCoreApplication.translate("DirectoryModel", "Latin"),
        "organisation": QCoreApplication.translate("DirectoryModel", "Organisation"),
        "country": QCoreApplication.translate("DirectoryModel", "Country"),
        "position": QCoreApplication.translate("DirectoryModel", "Position"),
        "email": QCoreApplication.translate("DirectoryModel", "E-mail"),
        "workshops": QCoreApplication.translate("DirectoryModel", "Workshops"),
    }
    return labels[column]


class DirectoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: DirectoryService | None = None
        self._rows: list[DirectoryRow] = []
        self._total = 0
        self._query = ""
        self._country = ""
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # What the screen sets.
    def set_service(self, service: DirectoryService | None) -> None:
        self._service = service
        self.reload()

    def set_filter(self, query: str, country: str) -> None:
        self._query, self._country = query, country
        self.reload()

    @property
    def total(self) -> int:
        """How many people match the filter (not only the rows fetched so far)."""
        return self._total

    @property
    def filtered(self) -> bool:
        return bool(self._query or self._country)

    def row_at(self, row: int) -> DirectoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        """The row of a person among those fetched so far, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == person_id), -1)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORTS

    def reload(self) -> None:
        """Count and fetch the first page again, with the current filter and sort."""
        self.beginResetModel()
        self._rows, self._total = [], 0
        service = self._service
        if service is not None:
            self._total = service.count(self._query, self._country)
            if self._total:
                self._rows = self._fetch(service, 0)
        self.endResetModel()

    def _fetch(self, service: DirectoryService, offset: int) -> list[DirectoryRow]:
        return service.page(
            self._query,
            SORTS[COLUMNS[self.sort_column]],
            self.sort_order == Qt.SortOrder.DescendingOrder,
            offset,
            PAGE_SIZE,
            self._country,
        )

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._service is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent) or self._service is None:
            return
        rows = self._fetch(self._service, len(self._rows))
        if not rows:  # people were deleted meanwhile: stop asking
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(self._rows[index.row()], COLUMNS[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole:
                return str(value) if value != "" else None
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == WORKSHOPS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return header_label(COLUMNS[section])
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: reset and fetch the first page in the new order."""
        if not self.is_sortable(column):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
