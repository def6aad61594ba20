"""The agenda editor: a tree of days and sessions, a form for the chosen session, and undo.

It works on its own (tests, a window of its own) and inside the Workshops screen's "Agenda"
tab: give it the open database's services, then a workshop. Every change is an undoable command on
`undo_stack` that calls the agenda service once; each is one small transaction for a single
workshop, well under a blink, so it runs on the UI thread (as the check-in's marks do) and the
tree is simply read again afterwards. After each change it tells the rest of the app
(`data_changed({"agenda"})`), and it reloads when others change workshops, people or agendas.

Its keys (Ins, Shift+Ins, Del, Alt+↑/↓, Ctrl+Z, Ctrl+Shift+Z/Ctrl+Y) are claimed while focus is
inside it, so a screen around it with the same shortcuts does not make them ambiguous; a text
field keeps its own Ctrl+Z and Del.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.agenda import actions
from jpoa_desktop.ui.agenda.commands import Context
from jpoa_desktop.ui.agenda.form import SessionForm
from jpoa_desktop.ui.agenda.labels import warning_text
from jpoa_desktop.ui.agenda.model import AgendaModel
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.model.agenda import AgendaView, SessionView
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.workshops.agenda import AgendaService

AGENDA = frozenset({"agenda"})
RELOAD_ON = frozenset({"agenda", "workshops", "people", "library"})
MAX_WARNING_LINES = 3


class AgendaEditor(Retranslating, QWidget):
    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaEditor")
        self._tasks = tasks
        self._language = language
        self._service: AgendaService | None = None
        self._workshop_id: int | None = None
        self.agenda: AgendaView | None = None
        self._own_change = False
        self.undo_stack = QUndoStack(self)
        self.model = AgendaModel(language, self)
        self.tree = QTreeView(self)
        self.form = SessionForm(self)
        self.warnings_label = QLabel(self)
        self.message = QLabel(self)
        self.hint = QLabel(self)
        self.shift_spin, self.shift_button = self.form.shift_spin, self.form.shift_button
        self._setup_tree()
        self.keys = actions.EditorKeys(self)
        self.tree.installEventFilter(self)  # the editor's keys before the tree's (eventFilter)
        self._build_layout()
        self.model.move_requested.connect(self.move_to, Qt.ConnectionType.QueuedConnection)
        self.form.save_requested.connect(self.save_form)
        self.form.shift_requested.connect(self.keys.shift_from_current)
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.reload()

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setObjectName("agendaTree")
        tree.setModel(self.model)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AgendaModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.SPEAKERS, QHeaderView.ResizeMode.Interactive)
        tree.selectionModel().currentChanged.connect(self._current_changed)

    def _build_layout(self) -> None:
        # A tool bar folds what does not fit behind its » button, so a narrow window still works.
        bar = QToolBar(self)
        bar.setObjectName("agendaToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.keys.toolbar_actions():
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 460])
        self.warnings_label.setObjectName("agendaWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.setObjectName("agendaMessage")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.message)

    # What it shows.
    def set_services(self, services: Services | None) -> None:
        self._service = services.agenda if services is not None else None
        self._workshop_id = None
        self.undo_stack.clear()  # an undo must never reach into another database
        self._load_tags()
        self.reload()

    def set_workshop(self, workshop_id: int | None) -> None:
        if workshop_id != self._workshop_id:
            self.undo_stack.clear()
            self.message.clear()
        self._workshop_id = workshop_id
        self.reload()

    def set_language(self, language: str) -> None:
        """Titles, days and tags in `language`; the selected session stays selected."""
        self._language = language
        self.model.set_language(language)
        self._load_tags()
        self.reload()

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    @property
    def service(self) -> AgendaService | None:
        return self._service

    @property
    def language(self) -> str:
        return self._language

    def context(self) -> Context | None:
        if self._service is None or self._workshop_id is None:
            return None
        return Context(self._service, self._workshop_id, self._after_change, self.show_error)

    def reload(self, select_uuid: str | None = None) -> None:
        """Read the agenda again, keeping (or moving to) the selected session."""
        service, workshop_id = self._service, self._workshop_id
        current = self.current_session()
        wanted = select_uuid or (current.uuid if current is not None else None)
        self.agenda = None
        speakers = []
        if service is not None and workshop_id is not None:
            try:
                self.agenda = service.agenda(workshop_id, self._language)
                speakers = service.speaker_choices(workshop_id)
            except JpoaError as error:  # the workshop was deleted meanwhile
                self.show_error(error)
                self._workshop_id = None
        self.form.set_languages(self.agenda.languages if self.agenda else ())
        self.form.set_speakers(speakers)
        texts: dict[int, list[str]] = {}
        for warning in self.agenda.warnings if self.agenda else ():
            for session_id in warning.session_ids:
                texts.setdefault(session_id, []).append(warning_text(warning))
        self.model.set_agenda(self.agenda, texts)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        self.tree.expandAll()
        self._select(wanted)
        self._show_warnings()
        self.keys.update_enabled()

    def _load_tags(self) -> None:
        self.form.set_tags(self._service.tag_choices(self._language) if self._service else [])

    def _select(self, uuid: str | None) -> None:
        index = None
        for day in self.model.days:
            for item in day.sessions:
                if item.uuid == uuid:
                    index = self.model.index_of_session(item.id)
        if index is None:  # the first session, else the first day
            first = next((d.sessions[0] for d in self.model.days if d.sessions), None)
            if first is not None:
                index = self.model.index_of_session(first.id)
            elif self.model.rowCount():
                index = self.model.index(0, 0)
        if index is not None:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self.form.show_session(self.current_session())

    def _show_warnings(self) -> None:
        warnings = self.agenda.warnings if self.agenda else ()
        lines = [f"⚠ {warning_text(w)}" for w in warnings[:MAX_WARNING_LINES]]
        if len(warnings) > MAX_WARNING_LINES:
            more = len(warnings) - MAX_WARNING_LINES
            lines.append(self.tr("… and {count} more (see the marked rows)").format(count=more))
        self.warnings_label.setText("\n".join(lines))
        self.warnings_label.setVisible(bool(lines))
        if self._workshop_id is None:
            self.hint.setText(self.tr("Choose a workshop to see and edit its agenda."))
        elif self.agenda is not None and not any(d.sessions for d in self.agenda.days):
            self.hint.setText(
                self.tr(
                    "No sessions yet: “Add session” (Ins) starts the first day, or insert a "
                    "day from another workshop."
                )
            )
        else:
            self.hint.clear()
        self.hint.setVisible(bool(self.hint.text()))

    # The selection.
    def current_session(self) -> SessionView | None:
        return self.model.session_at(self.tree.currentIndex())

    def current_day_row(self) -> int:
        day = self.model.day_at(self.tree.currentIndex())
        return self.model.days.index(day) if day is not None else 0

    def select_session(self, session_id: int) -> None:
        index = self.model.index_of_session(session_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _current_changed(self, *_indexes: object) -> None:
        pending = self.form.session if self.form.dirty else None
        value = self.form.value() if pending is not None else None
        self.form.show_session(self.current_session())
        self.keys.update_enabled()
        if pending is not None and value is not None:
            chosen = self.current_session()
            uuid = chosen.uuid if chosen is not None else None
            # Save what was typed into the session left behind, once the view has settled.
            QTimer.singleShot(0, self, lambda: self._save(pending, value, uuid))

    # Changes.
    def save_form(self) -> None:
        session, value = self.form.session, self.form.value()
        if session is not None and value is not None:
            self._save(session, value, session.uuid)

    def _save(self, session: SessionView, value: object, select_uuid: str | None) -> None:
        from jpoa_desktop.model.agenda import SessionInput

        if not isinstance(value, SessionInput) or value == session.as_input():
            self.form.dirty = False
            return
        push = self.form.push_following()
        self.keys.run(actions.edit_command(self, session, value, push), select_uuid)

    def move_to(self, session_id: int, day: object, position: int) -> None:
        """A drop in the tree: move the session there (undoably)."""
        self.keys.move_session_to(session_id, day, position)

    def _after_change(self, select_uuid: str | None) -> None:
        self.message.clear()
        self.reload(select_uuid)
        self._own_change = True
        try:
            self._tasks.notifier.data_changed.emit(AGENDA)
        finally:
            self._own_change = False

    def show_error(self, error: JpoaError) -> None:
        self.message.setText(describe(error))

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if self._own_change or not kinds & RELOAD_ON:
            return
        if "library" in kinds:
            self._load_tags()
        self.reload()

    # Keys and language.
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.keys.claims(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.handle(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The tree would take Alt+↑/↓ as moving the cursor: the editor's keys come first.
        When the tree is resized, the speakers column keeps about a third of its width."""
        if watched is self.tree and isinstance(event, QResizeEvent):  # before the tree sees it
            width = event.size().width()
            self.tree.header().resizeSection(AgendaModel.SPEAKERS, max(100, width * 3 // 10))
        if isinstance(event, QKeyEvent) and self.keys.claims(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                return self.keys.handle(event)
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.keys.retranslate()
        self.form.retranslate()
        self.tree.setToolTip(
            self.tr("Drag sessions to reorder them or move them to another day (or Alt+↑/↓)")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_warnings()
