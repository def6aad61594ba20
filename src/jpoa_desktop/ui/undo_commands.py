"""The base of undoable commands that write once when they are made, then redo and undo.

A screen makes the change in the command's constructor, so that a `ValidationError` reaches
the form that caused it: an exception raised inside `QUndoStack.push` → `redo()` would be
lost in Qt's C++ caller. The first `redo()` the stack calls therefore does nothing. A later
redo or undo that the world made impossible (the row was registered, merged or put on a form
meanwhile) must not escape into Qt either: the command reports the error, marks itself
obsolete so the stack drops it, and the database keeps what it has.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

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
