"""Tests & evaluations: a workshop's pre-test, post-test and evaluation form, and the grid where
the filled-in paper forms are typed in.

Each answer is stored the moment its key is accepted, not when the row is left: a person's
answers are one row in the database (`FormSheet`), so storing a cell is one small UPDATE, and a
laptop whose battery dies mid-form loses nothing. Ctrl+Z takes back the last answers typed here
(Ctrl+Shift+Z puts them back); changing the workshop or the form empties that history, so an
undo never reaches a form that is not on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.evaluation.answer_files import ANSWERS, AnswerFiles
from jpoa_desktop.ui.evaluation.entry_grid import EntryGrid
from jpoa_desktop.ui.evaluation.find_box import FindBox
from jpoa_desktop.ui.evaluation.grid_model import EntryGridModel
from jpoa_desktop.ui.evaluation.icon import form_icon
from jpoa_desktop.ui.handouts.workshop_picker import WorkshopPicker
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.evaluation.forms import FormView
    from jpoa_desktop.ui.evaluation.create_dialog import FormChoices
    from jpoa_desktop.ui.evaluation.desk import EvaluationDesk

KINDS = ("pre", "post", "evaluation")
FORMS = frozenset({"forms"})
DATA_KINDS = frozenset({"workshops", "people", "participants", "registrations", "answers"})


class AnswerEdit(QUndoCommand):
    """One accepted key: the person's row before and after, stored again on undo and redo."""

    def __init__(self, screen: EvaluationScreen, registration_id: int, before: dict[int, str],
                 after: dict[int, str]) -> None:  # fmt: skip
        super().__init__()
        self._screen = screen
        self._registration_id = registration_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        if not self._screen.store_row(self._registration_id, self._after):
            self.setObsolete(True)

    def undo(self) -> None:
        self._screen.store_row(self._registration_id, self._before)


class EvaluationScreen(Retranslating, QWidget):
    screen_id = "evaluation"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationScreen")
        self._tasks = tasks
        self._language = language
        self.services: Services | None = None
        self._desk: EvaluationDesk | None = None
        self.form: FormView | None = None
        self._announcing = False  # True while telling other screens of an answer stored here
        self.picker = WorkshopPicker(self)
        self.picker.setObjectName("evaluationWorkshop")
        self.kinds = QTabBar(self)
        for _kind in KINDS:
            self.kinds.addTab("")
        self.create_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.summary = QLabel(self)
        self.counter = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.model = EntryGridModel(parent=self)
        self.grid = EntryGrid(self.model, self)
        self.find_box = FindBox(
            self.grid, lambda kind: self.kinds.setCurrentIndex(KINDS.index(kind)), self
        )
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.undo_stack = QUndoStack(self)
        self.files = AnswerFiles(tasks, self)
        self._build_layout()
        self._add_undo_keys()
        self.picker.currentIndexChanged.connect(lambda _index: self.load_form())
        self.kinds.currentChanged.connect(lambda _index: self.load_form())
        self.grid.answer_typed.connect(self._answer_typed)
        self.create_button.clicked.connect(self.ask_create)
        self.delete_button.clicked.connect(self.ask_delete)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.files.imported.connect(lambda _people: self.load_form())
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.kinds)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.delete_button, self.import_button,
                       self.export_button):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid keeps the keyboard
            buttons.addWidget(button)
        buttons.addStretch(1)
        finding = QHBoxLayout()  # a row of its own: the screen still fits a 780 px window
        finding.addWidget(self.find_box, 2, Qt.AlignmentFlag.AlignTop)
        finding.addStretch(1)
        finding.addWidget(self.counter)
        grid_page = QWidget(self)
        column = QVBoxLayout(grid_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.grid, 1)
        column.addWidget(self.hint)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(grid_page)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(finding)
        layout.addWidget(self.pages, 1)

    def _add_undo_keys(self) -> None:
        """Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y both redo, whichever the platform names."""
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo:
                redo.append(QKeySequence(extra))
        undo = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        for sequences, act in ((undo, self.undo_stack.undo), (redo, self.undo_stack.redo)):
            for sequence in sequences:
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(act)

    def title(self) -> str:
        return self.tr("Tests & evaluations")

    def icon(self) -> QIcon:
        return form_icon()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (self.tr("Pre-test"), self.tr("Post-test"), self.tr("Evaluation"))
        ):
            self.kinds.setTabText(index, text)
        self.create_button.setText(self.tr("Create form…"))
        self.delete_button.setText(self.tr("Delete form…"))
        self.import_button.setText(self.tr("Import answers…"))
        self.export_button.setText(self.tr("Export grid…"))
        self.hint.setText(
            self.tr(
                "Type the letter (А В С Е on a Russian keyboard too), the digit or T/F (Д/Н): the "
                "cursor moves on. Several letters or text: Enter. Backspace clears, Ctrl+Z undoes."
            )
        )
        self._show_state()

    def set_services(self, services: Services | None) -> None:
        from jpoa_desktop.ui.evaluation.desk import EvaluationDesk

        self.services = services
        self._desk = EvaluationDesk(services) if services is not None else None
        self.undo_stack.clear()  # an undo must never reach into another database
        self.reload()

    def set_language(self, language: str) -> None:
        self._language = language
        self.reload()

    def kind(self) -> str:
        return KINDS[max(self.kinds.currentIndex(), 0)]

    def choose(self, workshop_id: int, kind: str) -> None:
        self.picker.choose(workshop_id)
        self.kinds.setCurrentIndex(KINDS.index(kind))

    def reload(self) -> None:
        """Re-read the workshops (keeping the one chosen), then the form and its grid."""
        desk = self._desk
        self.picker.set_workshops(desk.workshops(self._language) if desk else ())
        self.load_form()

    def load_form(self) -> None:
        """Show the chosen workshop's form of the chosen kind. The same form read again (an
        import, a walk-in registered at the door) keeps the cursor on the person and item it
        was on, and the undo history; another form starts afresh."""
        desk, workshop_id = self._desk, self.picker.workshop_id()
        form = desk.form(workshop_id, self.kind()) if desk and workshop_id is not None else None
        same = form is not None and self.form is not None and form.id == self.form.id
        place = self.grid.place() if same else None
        if not same:
            self.undo_stack.clear()
        self.form = form
        if desk is None or form is None:
            self.model.set_form(None, (), self._language, None)
        else:
            sessions = desk.session_titles(form, self._language)
            self.model.set_form(form, desk.grid(form.id), self._language, desk.score, sessions)
        self._show_state()
        if form is not None and not (place is not None and self.grid.go_to_place(place)):
            self.grid.start()
        if form is not None and self.isVisible() and not same:
            self.grid.setFocus()  # a new form chosen: type into it at once

    def _show_state(self) -> None:
        has_workshop = self._desk is not None and self.picker.workshop_id() is not None
        form = self.form
        self.create_button.setEnabled(has_workshop)
        for button in (self.delete_button, self.import_button, self.export_button):
            button.setEnabled(form is not None)
        if self._desk is None:
            self.empty.setText(self.tr("Open a database to enter tests and evaluations."))
        elif not has_workshop:
            self.empty.setText(self.tr("There is no workshop yet."))
        else:
            missing = {
                "pre": self.tr("This workshop has no pre-test yet."),
                "post": self.tr("This workshop has no post-test yet."),
                "evaluation": self.tr("This workshop has no evaluation form yet."),
            }
            how = self.tr("Make it from the question bank with “Create form…”.")
            self.empty.setText(f"{missing[self.kind()]}\n{how}")
        self.pages.setCurrentIndex(0 if form is not None else 1)
        if form is None:
            self.counter.clear()
            self.summary.clear()
            return
        total = self.model.rowCount()
        self.counter.setText(
            self.tr("%1 of %n participant(s) entered", "", total).replace(
                "%1", str(self.model.entered())
            )
        )
        self.summary.setText(self.tr("%n item(s)", "", len(form.items)))

    def store_row(self, registration_id: int, answers: dict[int, str]) -> bool:
        """Store a person's row and show it as stored; False (with the message) on a refusal."""
        desk, form = self._desk, self.form
        if desk is None or form is None:
            return False
        try:
            stored = desk.save(form.id, registration_id, answers)
        except JpoaError as error:
            show_error(self, self.tr("Answer not stored"), describe(error))
            return False
        row = self.model.row_of(registration_id)
        if row is not None:
            self.model.set_answers(row, stored)
        self._announcing = True  # the dashboard and reports see the answer; this grid has it
        try:
            self._tasks.notifier.data_changed.emit(ANSWERS)
        finally:
            self._announcing = False
        self._show_state()
        return True

    def _answer_typed(self, row: int, number: int, answer: str) -> None:
        before = self.model.answers(row)
        after = {**before, number: answer}
        if after == before or (not before and not answer):
            return
        self.undo_stack.push(AnswerEdit(self, self.model.registration_id(row), before, after))

    def ask_create(self) -> None:
        from jpoa_desktop.ui.evaluation.create_dialog import CreateFormDialog

        if self.form is not None and self.model.entered():
            show_error(
                self,
                self.tr("Create form"),
                self.tr("This form already has answers. Delete the form with its answers first."),
            )
            return
        dialog = CreateFormDialog(self.kind(), self.form is not None, self)
        if dialog.exec():
            self.create_form(dialog.choices())

    def create_form(self, choices: FormChoices) -> None:
        services, workshop_id = self.services, self.picker.workshop_id()
        if services is None or workshop_id is None:
            return
        kind = self.kind()

        def create(*, progress: object, cancelled: object) -> FormView:
            del progress, cancelled
            return services.forms.create(
                workshop_id,
                kind,
                questions=choices.questions,
                pillars=choices.pillars,
                shuffle=choices.shuffle,
                per_session=choices.per_session,
                reuse_pre=choices.reuse_pre,
            )

        self._tasks.run_task(
            self, self.tr("Creating the form…"), create, writes=FORMS,
            on_done=lambda _form: self.load_form(),
        )  # fmt: skip

    def ask_delete(self) -> None:
        form = self.form
        if form is None or self.services is None:
            return
        entered = self.model.entered()
        question = (
            self.tr("Delete this form and the answers of %n participant(s)?", "", entered)
            if entered
            else self.tr("Delete this form?")
        )
        answer = QMessageBox.question(self, self.tr("Delete form"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.services.forms.delete(form.id, force=True)
            self._tasks.notifier.data_changed.emit(FORMS | ANSWERS)
            self.load_form()

    def _choose_import(self) -> None:
        if self.services is not None and self.form is not None:
            self.files.choose_import(self.services, self.form.id)

    def _choose_export(self) -> None:
        summary, form = self.picker.summary(), self.form
        if self.services is not None and form is not None and summary is not None:
            name = f"{summary.start.isoformat()} {self.kinds.tabText(self.kinds.currentIndex())}"
            self.files.choose_export(self.services, form.id, name, self._language)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & DATA_KINDS and self._desk is not None and not self._announcing:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to the screen puts the keyboard in the grid: the typist starts at once."""
        super().showEvent(event)
        if self.form is not None:
            self.grid.setFocus()

    def prepare_screenshot(self) -> None:
        self.picker.choose_one_with_people()
        self.load_form()
