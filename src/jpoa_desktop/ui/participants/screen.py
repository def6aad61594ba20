"""The Participants screen: search and country filter on top, the directory, the person's details.

The table is a `DirectoryModel` that holds one page of people at a time and asks the database
for more as the view scrolls; searching, filtering and sorting reset it. Reads are a few
milliseconds, so they run on the UI thread like the library's search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.participants.countries import COUNTRY_CODES, country_name
from jpoa_desktop.ui.participants.detail import DetailPane
from jpoa_desktop.ui.participants.icon import people_icon
from jpoa_desktop.ui.participants.model import COLUMNS, DirectoryModel
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.database import Database
    from jpoa_desktop.services.directory import DirectoryService

DEBOUNCE_MS = 150
RELOAD_ON = frozenset({"people", "workshops", "attendance"})
COLUMN_WIDTHS = {
    "family_name": 140,
    "given_name": 120,
    "patronymic": 130,
    "latin": 170,
    "organisation": 260,
    "country": 70,
    "position": 180,
    "email": 200,
    "workshops": 90,
}


class ParticipantsScreen(QWidget):
    screen_id = "participants"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsScreen")
        self._language = language
        self._service: DirectoryService | None = None
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("participantSearch")
        self.search_box.setClearButtonEnabled(True)
        self.country_box = QComboBox(self)
        self.country_box.setObjectName("participantCountry")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        self.model = DirectoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, name in enumerate(COLUMNS):
            header.resizeSection(column, COLUMN_WIDTHS[name])
        # The indicator first: enabling sorting sorts by it at once (Qt's default is descending).
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSortingEnabled(True)  # header clicks call model.sort: SQL, not a proxy
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.detail = DetailPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("participantsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([820, 320])
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.country_box)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self.apply_filter)
        self.country_box.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.model.modelReset.connect(self._after_reset)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        for widget in (self.table, self.country_box, self.detail, self.search_box):
            widget.installEventFilter(self)  # Ctrl+F from anywhere in the screen
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()

    # The screen's face in the main window.
    def title(self) -> str:
        return self.tr("Participants")

    def icon(self) -> QIcon:
        return people_icon()

    def set_database(self, db: Database | None) -> None:
        from jpoa_desktop.services.directory import DirectoryService

        self._service = DirectoryService(db.session_scope) if db is not None else None
        self.model.set_service(self._service)

    def set_language(self, language: str) -> None:
        self._language = language  # names are shown as written; only labels change

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def search_now(self, text: str) -> None:
        """Put `text` in the search box and search at once (tests, --screenshot)."""
        self.search_box.setText(text)
        self.apply_filter()

    def prepare_screenshot(self) -> None:
        """Select the first person so a screenshot shows the detail pane filled."""
        if self.model.rowCount():
            self.table.selectRow(0)

    def apply_filter(self) -> None:
        self._timer.stop()
        country = self.country_box.currentData()
        self.model.set_filter(self.search_box.text().strip(), str(country or ""))

    def reload(self) -> None:
        """Re-read the directory, keeping the filter, the sort and (when it is still there) the
        selected person."""
        selected = self.detail.person.id if self.detail.person is not None else None
        self.model.reload()
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectRow(row)

    # Qt events.
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            if event.matches(QKeySequence.StandardKey.Find):
                event.accept()  # ours while the screen has the focus, not the window's
                if kind == QEvent.Type.KeyPress:
                    self.focus_search()
                return True
            if watched is self.search_box and kind == QEvent.Type.KeyPress:
                return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Down and self.model.rowCount():
            if self._timer.isActive():
                self.apply_filter()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        if event.key() == Qt.Key.Key_Escape and self.search_box.text():
            self.search_box.clear()
            self.apply_filter()
            return True
        return False

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search people in any script…"))
        current = self.country_box.currentData()
        self.country_box.blockSignals(True)
        self.country_box.clear()
        self.country_box.addItem(self.tr("All countries"), "")
        for code in COUNTRY_CODES:
            self.country_box.addItem(country_name(code), code)
        found = self.country_box.findData(current if current is not None else "")
        self.country_box.setCurrentIndex(max(found, 0))
        self.country_box.blockSignals(False)
        self.model.retranslate()
        self._show_count()

    # Reacting to the model and the rest of the app.
    def _after_reset(self) -> None:
        self._show_count()
        self.detail.show_person(None)

    def _show_count(self) -> None:
        if self._service is None:
            self.count_label.setText(self.tr("No database is open"))
        elif self.model.filtered:
            self.count_label.setText(self.tr("%Ln found", "", self.model.total))
        else:
            self.count_label.setText(self.tr("%Ln people", "", self.model.total))

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns the directory cannot sort by leave the indicator where the sort is."""
        if not self.model.is_sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        service = self._service
        person = service.detail(row.id) if row is not None and service is not None else None
        self.detail.show_person(person)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & RELOAD_ON:
            self.reload()
