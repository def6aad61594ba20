"""Undo on a screen: commands that write once when they are made, and the Undo/Redo actions.

A screen makes the change in the command's constructor, so that a `ValidationError` reaches
the form that caused it: an exception raised inside `QUndoStack.push` → `redo()` would be
lost in Qt's C++ caller. The first `redo()` the stack calls therefore does nothing. A later
redo or undo that the world made impossible (the row was registered, merged or put on a form
meanwhile) must not escape into Qt either: the command reports the error, marks itself
obsolete so the stack drops it, and the database keeps what it has.

A screen's actions, Undo and Redo among them, have shortcuts that belong to the screen
(`WidgetWithChildrenShortcut`), not the window: Ctrl+Z on one screen undoes that screen's last
change while another screen's Ctrl+Z undoes its own, and a text box's Ctrl+Z still undoes typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from jpoa_desktop.errors import JpoaError

Failed = Callable[[JpoaError], None]


class WrittenOnceCommand(QUndoCommand):
    """Subclasses write in their constructor and implement `apply` (redo) and `revert` (undo)."""

    def __init__(self, failed: Failed) -> None:
        super().__init__()
        self._failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except JpoaError as error:
            self.setObsolete(True)
            self._failed(error)


def screen_action(owner: QWidget, name: str, shortcuts: list[QKeySequence | str]) -> QAction:
    """An action on `owner` (the screen, or its table for what acts on the selection)."""
    action = QAction(owner)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(action)
    return action


def show_texts(texts: dict[QAction, tuple[str, str]]) -> None:
    """Each action's text and tip; the tip names the action's shortcut, if it has one."""
    for action, (text, tip) in texts.items():
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


class UndoRedoActions(QObject):
    """Undo and Redo for a screen's stack, enabled when they can act and naming what they undo."""

    def __init__(self, screen: QWidget, stack: QUndoStack, names: tuple[str, str]) -> None:
        super().__init__(screen)
        undo_key = QKeySequence(QKeySequence.StandardKey.Undo)
        self.undo = screen_action(screen, names[0], [undo_key])
        self.redo = screen_action(screen, names[1], ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        # The slots take what the signals carry: QUndoStack's destructor still emits them.
        self._undo_text, self._redo_text = "", ""
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.retranslate()

    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self.retranslate()

    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self.retranslate()

    def retranslate(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.undo.setText(self.tr("Undo {what}").format(what=undo) if undo else self.tr("Undo"))
        self.redo.setText(self.tr("Redo {what}").format(what=redo) if redo else self.tr("Redo"))
