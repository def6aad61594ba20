"""The Question bank screen's actions, their shortcuts and the toolbar that shows them.

Shortcuts belong to the screen (`WidgetWithChildrenShortcut`), so Ctrl+Z here undoes a change
to the bank while a text box's own Ctrl+Z still undoes typing in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from jpoa_desktop.services.evaluation.question_rules import QuestionView

SCREEN_SHORTCUT = Qt.ShortcutContext.WidgetWithChildrenShortcut


class BankActions(QObject):
    def __init__(self, screen: QWidget, table: QWidget) -> None:
        super().__init__(screen)
        self.undo_stack = QUndoStack(self)
        keys = QKeySequence.StandardKey
        self.new_question = self._action(screen, "newQuestionAction", ["Ctrl+Shift+N"])
        self.duplicate = self._action(table, "duplicateQuestionAction", ["Ctrl+D"])
        self.retire = self._action(table, "retireQuestionAction", ["Ctrl+Delete"])
        self.import_file = self._action(screen, "importQuestionsAction", ["Ctrl+I"])
        self.export_file = self._action(screen, "exportQuestionsAction", ["Ctrl+E"])
        self.undo = self._action(screen, "undoQuestionAction", [QKeySequence(keys.Undo)])
        self.redo = self._action(screen, "redoQuestionAction", ["Ctrl+Shift+Z", "Ctrl+Y"])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo.triggered.connect(self.undo_stack.undo)
        self.redo.triggered.connect(self.undo_stack.redo)
        self._undo_text, self._redo_text = "", ""
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._redo_text_changed)
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

    def _action(self, owner: QWidget, name: str, shortcuts: list[QKeySequence | str]) -> QAction:
        action = QAction(owner)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(SCREEN_SHORTCUT)
        owner.addAction(action)
        return action

    def set_state(self, is_open: bool, shown: QuestionView | None) -> None:
        """What can be done: with a database open, and with a question selected."""
        for action in (self.new_question, self.import_file, self.export_file):
            action.setEnabled(is_open)
        self.duplicate.setEnabled(shown is not None)
        self.retire.setEnabled(shown is not None)
        self._retired_shown = shown is not None and shown.retired
        self.retranslate()

    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self._show_undo_texts()

    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.undo.setText(self.tr("Undo {what}").format(what=undo) if undo else self.tr("Undo"))
        self.redo.setText(self.tr("Redo {what}").format(what=redo) if redo else self.tr("Redo"))

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
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self._show_undo_texts()
