"""The Participants screen: search and country filter on top, the directory, the person's details.

The table is a `DirectoryModel` that holds one page of people at a time and asks the database
for more as the view scrolls; searching, filtering and sorting reset it. Reads are a few
milliseconds, so they run on the UI thread like the library's search.

Above them a toolbar opens the person form (new and edit, undoable on the screen's
`QUndoStack`), the import of a participant list and the review of duplicates. The dialogs are
imported when first opened: the services they use load SQLAlchemy, not needed for first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.participants.detail import DetailPane
from jpoa_desktop.ui.participants.icon import people_icon
from jpoa_desktop.ui.participants.model import DirectoryModel
from jpoa_desktop.ui.participants.personal_data import PersonalDataActions, is_erased
from jpoa_desktop.ui.participants.toolbar import ParticipantActions
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name
from jpoa_desktop.ui.widgets.rows_model import rows_view

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.errors import JpoaError
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.people.directory import DirectoryService
    from jpoa_desktop.services.people.people import PeopleService, PersonInput
    from jpoa_desktop.ui.participants.duplicates_dialog import DuplicatesDialog
    from jpoa_desktop.ui.participants.importing.import_dialog import ImportDialog
    from jpoa_desktop.ui.participants.person_form import PersonForm

DEBOUNCE_MS = 150
PEOPLE = frozenset({"people"})
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


class ParticipantsScreen(Retranslating, QWidget):
    screen_id = "participants"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsScreen")
        self._language = language
        self._tasks = tasks
        self.services: Services | None = None
        self._service: DirectoryService | None = None
        self.undo_stack = QUndoStack(self)
        self.person_form: PersonForm | None = None  # the dialogs last opened (tests look)
        self.import_dialog: ImportDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("participantSearch")
        self.search_box.setClearButtonEnabled(True)
        self.country_box = QComboBox(self)
        self.country_box.setObjectName("participantCountry")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        self.model = DirectoryModel(self)
        self.table = rows_view(self, self.model, "participantTable", COLUMN_WIDTHS)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_indicator)
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
        self.commands = ParticipantActions(self, self.table, self.undo_stack)
        layout.addWidget(self.commands.toolbar)
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
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.commands.new_person.triggered.connect(self.new_person)
        self.commands.edit_person.triggered.connect(self.edit_person)
        self.commands.import_people.triggered.connect(lambda: self.open_import())
        self.commands.find_duplicates.triggered.connect(self.open_duplicates)
        self.commands.export_people.triggered.connect(self.export_directory)
        self.personal_data = PersonalDataActions(self, tasks)
        self.commands.export_personal_data.triggered.connect(lambda: self.export_personal_data())
        self.commands.erase_personal_data.triggered.connect(self.erase_personal_data)
        for widget in (self.table, self.country_box, self.detail, self.search_box):
            widget.installEventFilter(self)  # Ctrl+F from anywhere in the screen
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()

    # The screen's face in the main window.
    def title(self) -> str:
        return self.tr("Participants")

    def icon(self) -> QIcon:
        return people_icon()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self._service = services.directory if services is not None else None
        self.undo_stack.clear()  # an undo must never reach into another database
        self.model.set_service(self._service)
        self.commands.set_database_open(services is not None)
        self._update_actions()

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
        self.commands.retranslate()
        self._show_count()

    # Reacting to the model and the rest of the app.
    def _after_reset(self) -> None:
        self._show_count()
        self.detail.show_person(None)
        self._update_actions()

    def _update_actions(self) -> None:
        shown = self.detail.person
        selected = shown is not None
        # An erased person's blank names are not for filling in again.
        erased = shown is not None and is_erased(shown.family_name, shown.id)
        self.commands.edit_person.setEnabled(selected and not erased)
        self.commands.export_personal_data.setEnabled(selected)
        self.commands.erase_personal_data.setEnabled(selected)

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
        self._update_actions()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & RELOAD_ON:
            self.reload()

    # Adding and editing people (undoable), importing lists, merging duplicates.
    def new_person(self) -> None:
        from jpoa_desktop.ui.participants.commands import NewPersonCommand

        people = self._people()
        if people is None:
            return

        def save(person: PersonInput) -> None:
            command = NewPersonCommand(people, person, self._show_changed, self._undo_failed)
            self.undo_stack.push(command)

        self._open_form(save, None)

    def edit_person(self) -> None:
        """Edit the selected person (Enter, F2, a double click, or the toolbar)."""
        from jpoa_desktop.errors import JpoaError
        from jpoa_desktop.ui.participants.commands import EditPersonCommand

        people, shown = self._people(), self.detail.person
        if people is None or shown is None or is_erased(shown.family_name, shown.id):
            return
        try:
            before = people.get(shown.id).person
        except JpoaError as error:  # deleted or merged away since the list was read
            self._undo_failed(error)
            return

        def save(person: PersonInput) -> None:
            from jpoa_desktop.ui.participants.edit_conflict import settle_person

            if person == before or self.person_form is None:
                return  # nothing changed: no write, nothing to undo
            form = self.person_form  # a colleague's save of the same fields is asked about
            edit = settle_person(form, form.fields(), people, shown.id, (before, person))
            if edit is None:  # took theirs
                self._show_changed(shown.id)
                return
            command = EditPersonCommand(
                people, shown.id, *edit, self._show_changed, self._undo_failed
            )
            self.undo_stack.push(command)

        self._open_form(save, before)

    def _open_form(self, save: Callable[[PersonInput], None], person: PersonInput | None) -> None:
        from jpoa_desktop.ui.participants.person_form import PersonForm

        people = self._people()
        organisations = people.organisations() if people is not None else []
        form = PersonForm(save, organisations, person, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.person_form = form
        form.open()

    def open_import(self, path: Path | None = None) -> None:
        """The import dialog; `path` skips choosing the file (tests, drag and drop later)."""
        from jpoa_desktop.ui.participants.importing.import_dialog import ImportDialog

        if self.services is None:
            return
        dialog = ImportDialog(self.services, self._tasks, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.open()
        if path is not None:
            dialog.load_file(path)
        else:
            dialog.choose_file()

    def open_duplicates(self) -> None:
        from jpoa_desktop.ui.participants.duplicates_dialog import DuplicatesDialog

        if self.services is None:
            return
        dialog = DuplicatesDialog(self.services, self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duplicates_dialog = dialog
        dialog.open()
        dialog.look_for_pairs()

    def export_directory(self) -> None:
        from jpoa_desktop.ui.widgets.export_people import export_people

        name = self.tr("participants") + ".xlsx"
        export_people(self, self._tasks, self.services, None, self._language, name)

    def export_personal_data(self, target: Path | None = None) -> None:
        """Everything held on the selected person, to a JSON file (`target` skips asking)."""
        if self.services is not None and self.detail.person is not None:
            self.personal_data.export(self.services, self.detail.person, target)

    def erase_personal_data(self) -> None:
        """Erase the selected person's data, after asking once."""
        if self.services is not None and self.detail.person is not None:
            self.personal_data.ask_to_erase(self.services, self.detail.person)

    def _people(self) -> PeopleService | None:
        return self.services.people if self.services is not None else None

    def _show_changed(self, person_id: int | None) -> None:
        """After a write: every screen refreshes, and the person written is shown here."""
        self._tasks.notifier.data_changed.emit(PEOPLE)
        if person_id is None or self._service is None:
            return
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:  # outside the filter or the pages fetched so far: show them all the same
            self.table.clearSelection()
            self.detail.show_person(self._service.detail(person_id))
            self._update_actions()

    def _undo_failed(self, error: JpoaError) -> None:
        from jpoa_desktop.ui.messages import describe, show_error

        show_error(self, self.tr("Participants"), describe(error))
        self._tasks.notifier.data_changed.emit(PEOPLE)
