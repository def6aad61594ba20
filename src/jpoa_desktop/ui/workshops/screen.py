"""The Workshops screen: filters on top, the list, and the selected workshop's tabs below.

The list is filtered and sorted by the service (SQL) and reset on every change. Writes are one
small transaction each, so, like the check-in door, they run on the UI thread: a mistake is then
shown in the form that caused it, and the undo stack sees the change at once. After each write
the screen tells the rest of the app (`data_changed({"workshops"})`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.agenda.editor import AgendaEditor
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.rows_model import rows_view
from jpoa_desktop.ui.workshops.actions import WorkshopActions
from jpoa_desktop.ui.workshops.commands import Context, IdMap
from jpoa_desktop.ui.workshops.filter_bar import FilterBar
from jpoa_desktop.ui.workshops.icon import calendar_icon
from jpoa_desktop.ui.workshops.model import WorkshopsModel
from jpoa_desktop.ui.workshops.overview import OverviewPane
from jpoa_desktop.ui.workshops.page import WorkshopPage
from jpoa_desktop.ui.workshops.registrations import RegistrationsTab

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.model.workshops import WorkshopDetail
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.library.library import LibraryService
    from jpoa_desktop.services.people.people import PeopleService
    from jpoa_desktop.services.workshops.workshops import WorkshopService

WORKSHOPS = frozenset({"workshops"})
RELOAD_ON = frozenset({"workshops", "people", "attendance", "library"})
COLUMN_WIDTHS = {
    "dates": 165,
    "city": 110,
    "country": 70,
    "kind": 135,
    "status": 90,
    "participants": 95,
}


class WorkshopsScreen(Retranslating, WorkshopPage):
    screen_id = "workshops"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopsScreen")
        self.tasks = tasks
        self.language = language
        self.services: Services | None = None
        self.service: WorkshopService | None = None
        self.people: PeopleService | None = None
        self.library: LibraryService | None = None
        self.detail: WorkshopDetail | None = None
        self.undo_stack = QUndoStack(self)
        self._telling = False
        self.ids = IdMap()
        self.filters = FilterBar(self)
        self.model = WorkshopsModel(self)
        self.model.set_language(language)
        self.table = self._make_table()
        self.overview = OverviewPane(self)
        self.registrations = RegistrationsTab(self)
        self.agenda_tab = QWidget(self)
        self.agenda_tab.setObjectName("workshopAgendaTab")
        self.agenda_layout = QVBoxLayout(self.agenda_tab)
        self.agenda_layout.setContentsMargins(0, 0, 0, 0)
        self.agenda = AgendaEditor(tasks, language, self.agenda_tab)
        # Scrolled rather than squeezed: its session form needs more height than a small laptop
        # window leaves under the list.
        agenda_scroll = QScrollArea(self.agenda_tab)
        agenda_scroll.setWidgetResizable(True)
        agenda_scroll.setFrameShape(QFrame.Shape.NoFrame)
        agenda_scroll.setWidget(self.agenda)
        self.agenda_layout.addWidget(agenda_scroll)
        self.workshop_selected.connect(self.agenda.set_workshop)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workshopTabs")
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.registrations, "")
        self.tabs.addTab(self.agenda_tab, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("workshopsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([370, 350])
        self.splitter.setChildrenCollapsible(False)
        self.actions_ = WorkshopActions(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.actions_.all():
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
                self.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.filters.changed.connect(self.apply_filter)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.actions_.edit())
        self.table.installEventFilter(self)
        self.registrations.model.change_requested.connect(self.actions_.change_registration)
        self.registrations.register_requested.connect(self.actions_.register_person)
        self.registrations.remove_requested.connect(self.actions_.remove_registration)
        for widget in (self.table, self.filters.text_box, self.tabs):
            widget.installEventFilter(self)  # Ctrl+F from anywhere in the screen
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self._update_actions()

    def _make_table(self) -> QTableView:
        table = rows_view(self, self.model, "workshopTable", COLUMN_WIDTHS)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # The screen's face in the main window.
    def title(self) -> str:
        return self.tr("Workshops")

    def icon(self) -> QIcon:
        return calendar_icon()

    def set_services(self, services: Services | None) -> None:
        self.undo_stack.clear()  # an undo must never reach into another database
        self.services = services
        self.ids = IdMap()
        self.service = services.workshops if services is not None else None
        self.people = services.people if services is not None else None
        self.library = services.library if services is not None else None
        people = self.people
        self.registrations.search = people.search if people is not None else None
        self.agenda.set_services(services)
        self._refill_filters()
        self.model.set_service(self.service)

    def set_language(self, language: str) -> None:
        """Titles and library names in `language`; the filter and the selection are kept."""
        self.language = language
        self.agenda.set_language(language)
        self._refill_filters()
        self.reload()

    def focus_search(self) -> None:
        self.filters.text_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.text_box.selectAll()

    def prepare_screenshot(self, agenda: bool = False) -> None:
        """Select the first workshop so a screenshot shows its overview (or its agenda, with
        the list made short to give the agenda the room)."""
        if self.model.rowCount():
            self.table.selectRow(0)
        if agenda:
            self.tabs.setCurrentWidget(self.agenda_tab)
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total // 4, total - total // 4])

    def context(self) -> Context:
        assert self.service is not None
        return Context(self.service, self.ids, self.after_change, self.show_error)

    # Reading.
    def apply_filter(self) -> None:
        self.model.set_filter(self.filters.current())

    def reload(self, select: int | None = None) -> None:
        """Re-read the list (keeping the filter, the sort and the selection when it is still
        shown, or selecting `select`)."""
        keep = select if select is not None else self.selected_id()
        self.model.set_language(self.language)
        self.select_workshop(keep)

    def select_workshop(self, workshop_id: int | None) -> bool:
        row = self.model.row_of(workshop_id) if workshop_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row is not None else None

    def _refill_filters(self) -> None:
        service, library = self.service, self.library
        if service is None or library is None:
            self.filters.set_options([], [], [])
            return
        pillars = library.pillars(self.language)
        self.filters.set_options(
            service.years(),
            service.countries(),
            [(p.key, f"{p.roman}. {p.short or p.title}") for p in pillars],
        )

    def _show_selected(self) -> None:
        workshop_id, service = self.selected_id(), self.service
        self.detail = None
        if workshop_id is not None and service is not None:
            try:
                self.detail = service.detail(workshop_id, self.language)
                registrations = service.registrations(workshop_id)
            except JpoaError:  # deleted elsewhere in the instant between list and detail
                self.detail, registrations = None, []
        else:
            registrations = []
        self.overview.show_workshop(self.detail)
        self.registrations.show_registrations(registrations)
        self.registrations.set_enabled(self.detail is not None)
        self._update_actions()
        self.workshop_selected.emit(self.detail.id if self.detail is not None else None)

    def _after_reset(self) -> None:
        self.filters.count_label.setText(self._count_text())
        self._show_selected()

    def _count_text(self) -> str:
        if self.service is None:
            return self.tr("No database is open")
        if self.model.filter.active:
            return self.tr("%Ln found", "", self.model.rowCount())
        return self.tr("%Ln workshop(s)", "", self.model.rowCount())

    # After a change.
    def after_change(self, select: int | None) -> None:
        """Refresh everything after a write (or an undo) and tell the other screens."""
        self._refill_filters()
        self.reload(select)
        self._telling = True  # our own news: already shown
        try:
            self.tasks.notifier.data_changed.emit(WORKSHOPS)
        finally:
            self._telling = False

    def show_error(self, error: JpoaError) -> None:
        show_error(self, self.tr("Workshops"), describe(error))

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & RELOAD_ON and not self._telling:
            self._refill_filters()
            self.reload()

    def _update_actions(self) -> None:
        self.actions_.update(self.service is not None, self.detail is not None)

    # Keys.
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
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.table and enter and kind == QEvent.Type.KeyPress:
                self.actions_.edit()
                return True
            down = event.key() == Qt.Key.Key_Down and kind == QEvent.Type.KeyPress
            if watched is self.filters.text_box and down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.selected_id() is None:
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("Participants"))
        self.tabs.setTabText(2, self.tr("Agenda"))
        self.toolbar.setWindowTitle(self.tr("Workshop actions"))
        self.actions_.retranslate()
        self.model.retranslate()
        self.filters.count_label.setText(self._count_text())
