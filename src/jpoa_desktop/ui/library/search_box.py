"""The library's search box: debounced queries, Enter to open, Down to the results, Esc to clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    query_changed = Signal(str)  # after the user paused typing
    submitted = Signal()
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySearch")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._submit)

    def flush(self) -> None:
        """Report the current text now instead of waiting for the pause."""
        self._timer.stop()
        self.query_changed.emit(self.text().strip())

    def _submit(self) -> None:
        if self._timer.isActive():
            self.flush()
        self.submitted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        if event.key() == Qt.Key.Key_Down:
            if self._timer.isActive():
                self.flush()
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)
