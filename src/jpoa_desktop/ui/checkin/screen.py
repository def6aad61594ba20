"""The door: a whole day of check-ins at a conference-room table, without touching the mouse.

A badge scanner types the code into the scan box and presses Enter; someone without a badge is
found by typing their name (any script) and choosing with ↓/↑ and Enter. Ctrl+Z takes back the
last check-in made here, Ctrl+N registers a walk-in, Esc clears.

Each write is one tiny transaction (a row in `attendance`, or a person and a registration), well
under a blink on SQLite, so the services are called on the UI thread: going through `run_task`
would only add a round trip, and the next person in the queue is scanned right after.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.workshops import CheckIn
from jpoa_desktop.ui.checkin.door_bar import DoorBar
from jpoa_desktop.ui.checkin.feedback import EmptyState
from jpoa_desktop.ui.checkin.icon import door_icon
from jpoa_desktop.ui.checkin.outcome_pane import OutcomePane
from jpoa_desktop.ui.checkin.scan_box import ResultList, ScanBox
from jpoa_desktop.ui.checkin.walk_in import WalkInForm
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.checkin.door import Door

ATTENDANCE = frozenset({"attendance"})
DOOR_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.New)


class CheckInScreen(Retranslating, QWidget):
    screen_id = "checkin"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinScreen")
        self._tasks = tasks
        self._language = language
        self.services: Services | None = None  # the open database's; None while none is
        self._door: Door | None = None
        self._undo: list[CheckIn] = []  # marks made here, last one last
        self.bar = DoorBar(self)
        self.scan_box = ScanBox(self)
        self.results = ResultList(self)
        self.outcome = OutcomePane(self)
        self.walk_in = WalkInForm(self)
        self.walk_in.hide()
        self.undo_button = QPushButton(self)
        self.walk_in_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        for button in (self.undo_button, self.walk_in_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click leaves the scan box focused
        self.empty = EmptyState(self)
        self._build_layout()
        self.bar.selection_changed.connect(self._selection_changed)
        self.bar.session_changed.connect(self._session_changed)
        self.bar.picked.connect(self.focus_scan_box)
        for combo in (self.bar.workshop_combo, self.bar.day_combo, self.bar.session_combo):
            combo.installEventFilter(self)
        self.scan_box.search_requested.connect(self._search)
        self.scan_box.returnPressed.connect(self._submit)
        self.scan_box.moved.connect(self.results.step_selection)
        self.scan_box.escaped.connect(self.clear_input)
        self.scan_box.undo_requested.connect(self.undo_last)
        self.undo_button.clicked.connect(self.undo_last)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.walk_in.submitted.connect(self._register_walk_in)
        self.walk_in.cancelled.connect(self._close_walk_in)
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.reload()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.scan_box)
        left.addWidget(self.results, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(self.outcome, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.hint, 1)
        door = QWidget(self)
        column = QVBoxLayout(door)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bar)
        column.addLayout(middle, 1)
        column.addWidget(self.walk_in)
        column.addLayout(buttons)
        self.door = door
        self.pages = QStackedWidget(self)
        self.pages.addWidget(door)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Check-in")

    def icon(self) -> QIcon:
        return door_icon()

    def set_services(self, services: Services | None) -> None:
        from jpoa_desktop.ui.checkin.door import Door

        self.services = services
        self._door = Door(services) if services is not None else None
        self._undo.clear()  # an undo must never reach into another database
        self.outcome.reset()
        self.reload()

    def set_language(self, language: str) -> None:
        """Workshop titles in `language`; the selection and what was typed are kept."""
        self._language = language
        self.reload()

    def reload(self) -> None:
        """Re-read the workshops (keeping the one chosen), the counts and the search results."""
        door = self._door
        workshops = door.list_workshops(self._language) if door is not None else []
        self.empty.set_has_database(door is not None)
        self.pages.setCurrentWidget(self.door if workshops else self.empty)
        self.bar.set_workshops(workshops, date.today())
        self._update_actions()

    def prepare_screenshot(self) -> None:
        """Show the first workshop with people as if its first registration had just come in
        (drawn from the registration list: nothing is written)."""
        found = self._door.first_registration(self._language) if self._door is not None else None
        if found is None:
            return
        workshop_id, first = found
        self.bar.select(workshop_id)
        day = self.bar.day()
        if day is not None:
            self.outcome.show_check_in(
                CheckIn(first.id, first.name, first.organisation, day, datetime.now(UTC), False),
                remember=False,
            )

    def focus_scan_box(self) -> None:
        self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_input(self) -> None:
        self.scan_box.cancel_search()
        self.scan_box.clear()
        self.results.show_registrations([])
        self.focus_scan_box()

    # Checking in.
    def _submit(self) -> None:
        door, workshop, day = self._door, self.bar.workshop(), self.bar.day()
        text = self.scan_box.text().strip()
        self.scan_box.cancel_search()
        if door is None or workshop is None or day is None or not text:
            return
        try:
            check_in = door.check_in(
                workshop.id, day, text, self.results.selected_registration(), self.bar.session()
            )
        except JpoaError as error:
            self.outcome.show_error(error, text)
            self.clear_input()
            return
        self._after_mark(check_in)

    def _after_mark(self, check_in: CheckIn, code: str = "") -> None:
        if not check_in.already:
            self._undo.append(check_in)
            self._tasks.notifier.data_changed.emit(ATTENDANCE)
        self.outcome.show_check_in(check_in, code)
        self._refresh_counts()
        self._update_actions()
        self.clear_input()

    def undo_last(self) -> None:
        """Take back the last check-in made here (not an "already"), newest first."""
        if self._door is None or not self._undo:
            self.outcome.show_nothing_to_undo()
        else:
            check_in = self._undo.pop()
            try:
                self._door.undo(check_in)
            except JpoaError as error:
                self.outcome.show_error(error, check_in.name)
            else:
                self._tasks.notifier.data_changed.emit(ATTENDANCE)
                self.outcome.show_undone(check_in)
            self._refresh_counts()
            self._update_actions()
        self.focus_scan_box()

    # Walk-ins.
    def open_walk_in(self) -> None:
        if self._door is not None and self.bar.workshop() is not None:
            self.walk_in.open_form()

    def _close_walk_in(self) -> None:
        self.walk_in.reset()
        self.focus_scan_box()

    def _register_walk_in(self, family: str, given: str, organisation: str) -> None:
        door, workshop, day = self._door, self.bar.workshop(), self.bar.day()
        if door is None or workshop is None or day is None:
            return
        try:
            check_in, code = door.walk_in(
                workshop.id, day, family, given, organisation, self.bar.session()
            )
        except JpoaError as error:
            self.outcome.show_error(error, " ".join(p for p in (family, given) if p))
            return  # the form stays open, with what was typed, to be corrected
        self.walk_in.reset()
        self._after_mark(check_in, code)

    # Searching by name.
    def _search(self, text: str) -> None:
        door, workshop = self._door, self.bar.workshop()
        found = door.find(workshop.id, text) if door and workshop and text else []
        self.results.show_registrations(found)

    # Reacting to the selection and to the rest of the app.
    def _selection_changed(self) -> None:
        door, workshop, day = self._door, self.bar.workshop(), self.bar.day()
        sessions = (
            door.sessions(workshop.id, day, self._language) if door and workshop and day else []
        )
        self.bar.set_sessions(sessions)
        self._refresh_counts()
        if self.scan_box.text().strip():
            self.scan_box.search_now()
        self._update_actions()

    def _session_changed(self) -> None:
        self._refresh_counts()
        self.focus_scan_box()

    def _refresh_counts(self) -> None:
        door, workshop, day = self._door, self.bar.workshop(), self.bar.day()
        session = self.bar.session()
        counts = door.counts(workshop.id, day, session) if door and workshop and day else (0, 0)
        self.bar.set_counts(*counts)

    def _update_actions(self) -> None:
        ready = self._door is not None and self.bar.workshop() is not None
        self.undo_button.setEnabled(bool(self._undo))
        self.walk_in_button.setEnabled(ready)
        self.scan_box.setEnabled(ready)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if "workshops" in kinds:
            self.reload()
        elif "agenda" in kinds:
            self._selection_changed()
        elif "attendance" in kinds:
            self._refresh_counts()

    # Keys that belong to the door while it is shown (Ctrl+N is also File ▸ New).
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in DOOR_KEYS)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._door_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The pickers would take Ctrl+N as a letter to search their items for."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._door_key(event)
        return super().eventFilter(watched, event)

    def _door_key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.New):
            self.open_walk_in()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_last()
        else:
            return False
        event.accept()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.walk_in.isVisible():
            QTimer.singleShot(0, self, self.focus_scan_box)

    def retranslate(self) -> None:
        self.scan_box.setPlaceholderText(self.tr("Scan a badge or type a name…"))
        self.scan_box.setToolTip(
            self.tr("Enter checks in; ↓ and ↑ choose a name from the list; Esc clears")
        )
        self.undo_button.setText(self.tr("Undo last check-in (Ctrl+Z)"))
        self.walk_in_button.setText(self.tr("Walk-in registration (Ctrl+N)"))
        self.hint.setText(
            self.tr("Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.")
        )
