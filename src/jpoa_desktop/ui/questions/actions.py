"""The Question bank screen's actions, their shortcuts and the toolbar that shows them.

Shortcuts belong to the screen (see `ui/undo_commands.py`), so Ctrl+Z here undoes a change to
the bank while a text box's own Ctrl+Z still undoes typing in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

from jpoa_desktop.ui.undo_commands import UndoRedoActions, screen_action, show_texts

if TYPE_CHECKING:
    from jpoa_desktop.services.evaluation.question_rules import QuestionView


class BankActions(QObject):
    def __init__(self, screen: QWidget, table: QWidget) -> None:
        super().__init__(screen)
        self.undo_stack = QUndoStack(self)
        self.new_question = screen_action(screen, "newQuestionAction", ["Ctrl+Shift+N"])
        self.duplicate = screen_action(table, "duplicateQuestionAction", ["Ctrl+D"])
        self.retire = screen_action(table, "retireQuestionAction", ["Ctrl+Delete"])
        self.import_file = screen_action(screen, "importQuestionsAction", ["Ctrl+I"])
        self.export_file = screen_action(screen, "exportQuestionsAction", ["Ctrl+E"])
        names = ("undoQuestionAction", "redoQuestionAction")
        self.undo_redo = UndoRedoActions(screen, self.undo_stack, names)
        self.undo, self.redo = self.undo_redo.undo, self.undo_redo.redo
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.toolbar = QToolBar(screen)
        self.toolbar.setObjectName("questionsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for action in (self.new_question, self.duplicate, self.retire):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_file)
        self.toolbar.addAction(self.export_file)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo)
        self.toolbar.addAction(self.redo)
        self._retired_shown = False
        self.retranslate()

    def set_state(self, is_open: bool, shown: QuestionView | None) -> None:
        """What can be done: with a database open, and with a question selected."""
        for action in (self.new_question, self.import_file, self.export_file):
            action.setEnabled(is_open)
        self.duplicate.setEnabled(shown is not None)
        self.retire.setEnabled(shown is not None)
        self._retired_shown = shown is not None and shown.retired
        self.retranslate()

    def retranslate(self) -> None:
        retire = (
            (self.tr("Restore"), self.tr("Put the retired question back in the bank"))
            if self._retired_shown
            else (self.tr("Retire"), self.tr("Take the question out of new forms; it is kept"))
        )
        texts = {
            self.new_question: (self.tr("New question"), self.tr("Write a new question")),
            self.duplicate: (
                self.tr("Duplicate"),
                self.tr("Add a copy of the selected question, to change it"),
            ),
            self.retire: retire,
            self.import_file: (
                self.tr("Import XLSX…"),
                self.tr("Read questions prepared in Excel"),
            ),
            self.export_file: (
                self.tr("Export XLSX…"),
                self.tr("Save the questions listed for Excel"),
            ),
        }
        show_texts(texts)
        self.undo_redo.retranslate()
