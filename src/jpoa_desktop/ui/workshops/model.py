"""The list of workshops as a table model, filtered and sorted by the database.

Even the large demo has 400 workshops, a few kilobytes of summaries: the model holds the whole
filtered list, and every filter or sort change asks the service again and resets (a proxy model
would sort titles in Python, in a different order than the database's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jpoa_desktop.ui.widgets.countries import country_name
from jpoa_desktop.ui.workshops.labels import kind_label, status_label

if TYPE_CHECKING:
    from jpoa_desktop.model.workshops import WorkshopSummary
    from jpoa_desktop.services.workshops.workshops import WorkshopService

COLUMNS = ("title", "dates", "city", "country", "kind", "status", "participants")
# The service's sort for each column (all are sortable; dates sort by the first day).
SORTS = {
    "title": "title",
    "dates": "start",
    "city": "city",
    "country": "country",
    "kind": "kind",
    "status": "status",
    "participants": "participants",
}
PARTICIPANTS_COLUMN = COLUMNS.index("participants")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class WorkshopFilter:
    """What the filter bar asks for; empty values mean "any"."""

    year: int | None = None
    country: str = ""
    pillar: str = ""
    status: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.year or self.country or self.pillar or self.status or self.text)


def header_label(column: str) -> str:
    labels = {
        "title": QCoreApplication.translate("WorkshopsModel", "Title"),
        "dates": QCoreApplication.translate("WorkshopsModel", "Dates"),
        "city": QCoreApplication.translate("WorkshopsModel", "City"),
        "country": QCoreApplication.translate("WorkshopsModel", "Country"),
        "kind": QCoreApplication.translate("WorkshopsModel", "Kind"),
        "status": QCoreApplication.translate("WorkshopsModel", "Status"),
        "participants": QCoreApplication.translate("WorkshopsModel", "Participants"),
    }
    return labels[column]


def date_range(start: date, end: date) -> str:
    """`12.03.2024 – 15.03.2024`, or one date for a one-day meeting (day first, as locally)."""
    first, last = start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")
    return first if start == end else f"{first} – {last}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WorkshopsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: WorkshopService | None = None
        self._rows: list[WorkshopSummary] = []
        self._language = "en"
        self.filter = WorkshopFilter()
        self.sort_column = COLUMNS.index("dates")
        self.sort_order = Qt.SortOrder.DescendingOrder  # newest first

    def set_service(self, service: WorkshopService | None) -> None:
        self._service = service
        self.reload()

    def set_filter(self, workshop_filter: WorkshopFilter) -> None:
        self.filter = workshop_filter
        self.reload()

    def set_language(self, language: str) -> None:
        self._language = language
        self.reload()

    def row_at(self, row: int) -> WorkshopSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, workshop_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == workshop_id), -1)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        if self._service is not None:
            f = self.filter
            self._rows = self._service.workshops(
                self._language,
                year=f.year,
                country=f.country or None,
                pillar=f.pillar or None,
                status=f.status or None,
                text=f.text or None,
                sort=SORTS[COLUMNS[self.sort_column]],
                descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            )
        self.endResetModel()

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(self._rows[index.row()], COLUMNS[index.column()], role)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PARTICIPANTS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: WorkshopSummary, column: str, role: int) -> Any:
        if column == "title":
            return row.title
        if column == "dates":
            return date_range(row.start, row.end)
        if column == "city":
            return row.city
        if column == "country":
            if role == Qt.ItemDataRole.ToolTipRole:
                return country_name(row.country) if row.country else None
            return row.country
        if column == "kind":
            return kind_label(row.kind)
        if column == "status":
            return status_label(row.status)
        return row.participants

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return header_label(COLUMNS[section])
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: ask the service again in the new order."""
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
