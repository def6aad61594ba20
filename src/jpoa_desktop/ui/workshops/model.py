"""The list of workshops as a table model, filtered and sorted by the database.

Even the large demo has 400 workshops, a few kilobytes of summaries: the model holds the whole
filtered list, and every filter or sort change asks the service again and resets (a proxy model
would sort titles in Python, in a different order than the database's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.ui.widgets.code_labels import CodeLabels
from jpoa_desktop.ui.widgets.countries import country_name
from jpoa_desktop.ui.widgets.rows_model import RowsModel
from jpoa_desktop.ui.workshops.labels import kind_label, status_label

if TYPE_CHECKING:
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


header_label = CodeLabels(
    "WorkshopsModel",
    {
        "title": QT_TRANSLATE_NOOP("WorkshopsModel", "Title"),
        "dates": QT_TRANSLATE_NOOP("WorkshopsModel", "Dates"),
        "city": QT_TRANSLATE_NOOP("WorkshopsModel", "City"),
        "country": QT_TRANSLATE_NOOP("WorkshopsModel", "Country"),
        "kind": QT_TRANSLATE_NOOP("WorkshopsModel", "Kind"),
        "status": QT_TRANSLATE_NOOP("WorkshopsModel", "Status"),
        "participants": QT_TRANSLATE_NOOP("WorkshopsModel", "Participants"),
    },
)


def date_range(start: date, end: date) -> str:
    """`12.03.2024 – 15.03.2024`, or one date for a one-day meeting (day first, as locally)."""
    first, last = start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")
    return first if start == end else f"{first} – {last}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WorkshopsModel(RowsModel[WorkshopSummary]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, header_label, "participants", parent)
        self._service: WorkshopService | None = None
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

    def cell(self, row: WorkshopSummary, column: str, role: int) -> Any:
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
