"""The Question bank screen: the questions pre-tests, post-tests and evaluation forms are drawn
from, filtered by pillar, purpose, kind and words, with the editor beside the list.

New, Duplicate and Retire/Restore are undoable on the screen's `QUndoStack` (Ctrl+Z,
Ctrl+Shift+Z), as is saving an edit; Import XLSX… and Export XLSX… run on a worker. The bank
holds hundreds of questions, so reading it is a few milliseconds on the UI thread, like the
directory's search. A retired question stays in the database (forms printed last year still
point at it) and is listed only when "Show retired" is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.evaluation import QUESTION_KINDS
from jpoa_desktop.ui.questions.actions import BankActions
from jpoa_desktop.ui.questions.editor import QuestionEditor
from jpoa_desktop.ui.questions.files import QUESTIONS, BankFiles
from jpoa_desktop.ui.questions.icon import question_icon
from jpoa_desktop.ui.questions.labels import ROMAN, kind_label, purpose_label
from jpoa_desktop.ui.questions.model import QuestionsModel
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.rows_model import rows_view

if TYPE_CHECKING:
    from jpoa_desktop.errors import JpoaError
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.evaluation.bank import QuestionBankService, QuestionFilter
    from jpoa_desktop.services.evaluation.question_rules import QuestionInput, QuestionView

DEBOUNCE_MS = 150
WIDTHS = {"where": 96, "kind": 110, "text": 380, "correct": 60, "tags": 150}


class QuestionBankScreen(Retranslating, QWidget):
    screen_id = "questions"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionBankScreen")
        self._tasks = tasks
        self.services: Services | None = None
        self.pillar_box = QComboBox(self)
        self.purpose_box = QComboBox(self)
        self.kind_box = QComboBox(self)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("questionSearch")
        self.search_box.setClearButtonEnabled(True)
        self.retired_box = QCheckBox(self)
        self.count_label = QLabel(self)
        self.model = QuestionsModel(self)
        self.model.language = language
        self.table = rows_view(self, self.model, "questionTable", WIDTHS)
        self.table.setSortingEnabled(False)
        self.editor = QuestionEditor(self.save_question, self)
        self.editor.language = language
        scroller = QScrollArea(self)  # a small window scrolls the editor instead of growing
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroller)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([640, 480])
        self.splitter.setChildrenCollapsible(False)
        self.commands = BankActions(self, self.table)
        self.files = BankFiles(self, tasks, self.reload)
        filters = QHBoxLayout()
        for box in (self.pillar_box, self.purpose_box, self.kind_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            filters.addWidget(box)
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.retired_box)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(self.commands.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        for box in (self.pillar_box, self.purpose_box, self.kind_box):
            box.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.retired_box.toggled.connect(lambda _on: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._show_count)
        self.commands.new_question.triggered.connect(self.new_question)
        self.commands.duplicate.triggered.connect(self.duplicate_question)
        self.commands.retire.triggered.connect(self.toggle_retired)
        self.commands.import_file.triggered.connect(lambda: self.import_file())
        self.commands.export_file.triggered.connect(lambda: self.export_file())
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self._update_actions()

    @property
    def undo_stack(self) -> QUndoStack:
        return self.commands.undo_stack

    # The screen's face in the main window.
    def title(self) -> str:
        return self.tr("Question bank")

    def icon(self) -> QIcon:
        return question_icon()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.undo_stack.clear()  # an undo must never reach into another database
        self.model.set_service(services.question_bank if services is not None else None)
        self.editor.set_framework(
            services.library.pillars(self.model.language) if services is not None else []
        )
        self.editor.new_question()
        self._update_actions()

    def set_language(self, language: str) -> None:
        self.model.language = self.editor.language = language
        if self.services is not None:
            self.editor.set_framework(self.services.library.pillars(language))
        self.model.retranslate()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def prepare_screenshot(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    # Filtering.
    def current_filter(self) -> QuestionFilter:
        from jpoa_desktop.services.evaluation.bank import QuestionFilter

        return QuestionFilter(
            item_key=str(self.pillar_box.currentData() or ""),
            purpose=str(self.purpose_box.currentData() or ""),
            kind=str(self.kind_box.currentData() or ""),
            search=self.search_box.text().strip(),
            include_retired=self.retired_box.isChecked(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        shown = self.editor.question_id
        self.model.reload()
        if shown is not None:
            self._select(shown)

    # Editing (undoable).
    def new_question(self) -> None:
        purpose = str(self.purpose_box.currentData() or "test")
        self.table.clearSelection()
        self.editor.new_question(str(self.pillar_box.currentData() or ""), purpose)
        self.editor.focus_text()

    def duplicate_question(self) -> None:
        from jpoa_desktop.ui.questions.commands import AddQuestionCommand

        bank, shown = self._bank(), self._selected()
        if bank is None or shown is None:
            return
        self._push(lambda: AddQuestionCommand(bank, shown.as_input(), self._show, self._failed))

    def toggle_retired(self) -> None:
        from jpoa_desktop.ui.questions.commands import RetireCommand

        bank, shown = self._bank(), self._selected()
        if bank is None or shown is None:
            return
        retire = not shown.retired
        self._push(lambda: RetireCommand(bank, shown.id, retire, self._show, self._failed))

    def save_question(self, question: QuestionInput) -> None:
        """The editor's Save: add a new question or change the one shown."""
        from jpoa_desktop.ui.questions.commands import AddQuestionCommand, EditQuestionCommand

        bank, question_id = self._bank(), self.editor.question_id
        if bank is None:
            return
        if question_id is None:
            self._push(lambda: AddQuestionCommand(bank, question, self._show, self._failed))
            return
        before = bank.question(question_id).as_input()
        if _unchanged(before, question):
            return  # nothing to write, nothing to undo
        self._push(
            lambda: EditQuestionCommand(
                bank, question_id, before, question, self._show, self._failed
            )
        )

    def import_file(self, path: Path | None = None) -> None:
        if self.services is not None:
            self.files.choose_import(self.services, path)

    def export_file(self, target: Path | None = None) -> None:
        if self.services is not None:
            self.files.export(self.services, self.current_filter(), target)

    def _push(self, make: Callable[[], QUndoCommand]) -> None:
        """Make the command (it writes) and put it on the stack; a refusal stays in the editor."""
        from jpoa_desktop.errors import JpoaError
        from jpoa_desktop.ui.messages import describe

        try:
            command = make()
        except JpoaError as error:
            self.editor.show_problem(describe(error))
            return
        self.undo_stack.push(command)

    def _show(self, question_id: int | None) -> None:
        """After a write: every screen hears of it, and the question written is shown."""
        if question_id is None:
            self.editor.new_question()
        self._tasks.notifier.data_changed.emit(QUESTIONS)  # reloads the list here too
        if question_id is not None:
            self._select(question_id)

    def _failed(self, error: JpoaError) -> None:
        from jpoa_desktop.ui.messages import describe, show_error

        show_error(self, self.tr("Question bank"), describe(error))
        self.reload()

    # Reacting to the list and the rest of the app.
    def _select(self, question_id: int) -> None:
        row = self.model.row_of(question_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.services is not None:  # outside the filter: shown all the same
            from jpoa_desktop.errors import JpoaError

            self.table.clearSelection()
            try:
                self.editor.show_question(self.services.question_bank.question(question_id))
            except JpoaError:  # gone meanwhile (an undone add): a blank form instead
                self.editor.new_question()
        self._update_actions()

    def _selected(self) -> QuestionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _bank(self) -> QuestionBankService | None:
        return self.services.question_bank if self.services is not None else None

    def _on_selection_changed(self, _selected: QItemSelection, _gone: QItemSelection) -> None:
        shown = self._selected()
        if shown is not None:
            self.editor.show_question(shown)
        self._update_actions()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & QUESTIONS:
            self.reload()

    def _update_actions(self) -> None:
        shown = self._selected()
        self.commands.set_state(self.services is not None, shown)

    def _show_count(self) -> None:
        if self.services is None:
            self.count_label.setText(self.tr("No database is open"))
        else:
            self.count_label.setText(self.tr("%n question(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search the questions in any language…"))
        self.retired_box.setText(self.tr("Show retired"))
        pillars = [("", self.tr("All pillars"))]
        pillars += [(f"pillar-{n}", self.tr("Pillar {roman}").format(roman=roman))
                    for n, roman in enumerate(ROMAN, 1)]  # fmt: skip
        purposes = [("", self.tr("Tests and evaluations"))]
        purposes += [(code, purpose_label(code)) for code in ("test", "evaluation")]
        kinds = [("", self.tr("All kinds"))] + [(code, kind_label(code)) for code in QUESTION_KINDS]
        for box, items in ((self.pillar_box, pillars), (self.purpose_box, purposes),
                           (self.kind_box, kinds)):  # fmt: skip
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for code, text in items:
                box.addItem(text, code)
            box.setCurrentIndex(max(box.findData(current if current is not None else ""), 0))
            box.blockSignals(False)
        self.model.retranslate()
        self.commands.retranslate()
        self._show_count()


def _unchanged(before: QuestionInput, typed: QuestionInput) -> bool:
    """Whether the form, read by the bank's rules, is the question as stored."""
    from jpoa_desktop.errors import ValidationError
    from jpoa_desktop.services.evaluation.question_rules import checked_question

    try:
        return checked_question(typed) == before
    except ValidationError:
        return False  # saving shows why
