"""Colleagues' changes become the `data_changed` the screens already follow, without touching
what the user is typing.

A screen refreshes for a change on the server as it does after one of our own writes. While the
user is typing (the focus is in a text field they have changed), the refresh waits: it runs as
soon as the focus leaves the field, which is also when the screens save what was typed, so a
text being written is never re-read from under the user's fingers. Changes arriving together
(an import on another desk sends hundreds) are gathered into one refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from jpoa_desktop.services.server.changes import Change
    from jpoa_desktop.ui.tasks import DataNotifier

GATHER_MS = 250


def is_typing(widget: QWidget | None) -> bool:
    """Whether `widget` is a text field the user has changed and not yet left."""
    if isinstance(widget, QLineEdit):
        return widget.isModified() and not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.document().isModified() and not widget.isReadOnly()
    return False


class LiveRefresh(QObject):
    def __init__(self, notifier: DataNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.deliver)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def pending(self) -> frozenset[str]:
        """The kinds of data changed on the server that the screens have not been told yet."""
        return frozenset(self._pending)

    def take(self, change: Change) -> None:
        self.take_kinds(change.kinds)

    def take_kinds(self, kinds: frozenset[str]) -> None:
        if kinds:
            self._pending |= kinds
            self._timer.start()

    def deliver(self) -> None:
        """Tell the screens now, unless the user is typing (then when the focus leaves)."""
        if not self._pending or is_typing(QApplication.focusWidget()):
            return
        kinds, self._pending = frozenset(self._pending), set()
        self._notifier.data_changed.emit(kinds)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._pending:
            self._timer.start()
