"""The directory as a table model that fetches pages of people as the view scrolls.

Only the rows fetched so far live in memory; the total comes from one COUNT. Sorting and
filtering go back to the database and reset the model (a proxy model would fetch everything),
so 20,000 people open as fast as 200.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.participants.personal_data import shown_name
from jpoa_desktop.ui.widgets.code_labels import CodeLabels
from jpoa_desktop.ui.widgets.rows_model import AnyIndex, RowsModel

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
header_label = CodeLabels(
    "DirectoryModel",
    {
        "family_name": QT_TRANSLATE_NOOP("DirectoryModel", "Family name"),
        "given_name": QT_TRANSLATE_NOOP("DirectoryModel", "Given name"),
        "patronymic": QT_TRANSLATE_NOOP("DirectoryModel", "Patronymic"),
        "latin": QT_TRANSLATE_NOOP("DirectoryModel", "Latin"),
        "organisation": QT_TRANSLATE_NOOP("DirectoryModel", "Organisation"),
        "country": QT_TRANSLATE_NOOP("DirectoryModel", "Country"),
        "position": QT_TRANSLATE_NOOP("DirectoryModel", "Position"),
        "email": QT_TRANSLATE_NOOP("DirectoryModel", "E-mail"),
        "workshops": QT_TRANSLATE_NOOP("DirectoryModel", "Workshops"),
    },
)


class DirectoryModel(RowsModel["DirectoryRow"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, header_label, "workshops", parent)
        self._service: DirectoryService | None = None
        self._total = 0
        self._query = ""
        self._country = ""

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

    def cell(self, row: DirectoryRow, column: str, role: int) -> Any:
        value = getattr(row, column)
        if column == "family_name":
            value = shown_name(value, row.id)  # an erased person, in the user's language
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(value) if value != "" else None
        return value

    # Fetching more rows as the view scrolls.
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
