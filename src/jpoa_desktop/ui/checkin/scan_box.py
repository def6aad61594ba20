"""The door's one input line: a badge scanner types into it and presses Enter, or a person types
a name and picks from the list below it without leaving the line."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from jpoa_desktop.model.workshops import RegistrationView

REGISTRATION_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 120  # a scanner types a whole code in a few ms: search once typing pauses


class ScanBox(QLineEdit):
    """Arrows move in the result list, Esc clears, Ctrl+Z asks for the door's undo.

    `search_requested` comes once typing pauses, or at once before an arrow key moves the list.

    A plain QLineEdit would take Ctrl+Z for its own text undo; at the door the text is cleared
    after every action, so the key means "take back the last check-in" instead.
    """

    search_requested = Signal(str)
    moved = Signal(int)  # +1 for ↓, -1 for ↑
    escaped = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinScanBox")
        self.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSize(24)
        self.setFont(font)
        self.setMinimumHeight(56)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_DELAY_MS)
        self._pause.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._pause.start())

    def search_now(self) -> None:
        self._pause.stop()
        self.search_requested.emit(self.text().strip())

    def cancel_search(self) -> None:
        self._pause.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if self._pause.isActive():
                self.search_now()
            self.moved.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ResultList(QListWidget):
    """Registrations matching what was typed; the selection is driven from the scan box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinResults")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan box keeps the keyboard
        font = QFont(self.font())
        font.setPointSize(14)
        self.setFont(font)

    def show_registrations(self, registrations: list[RegistrationView]) -> None:
        self.clear()
        for registration in registrations:
            text = registration.name
            if registration.organisation:
                text = f"{text} — {registration.organisation}"
            item = QListWidgetItem(f"{text}   [{registration.badge_code}]")
            item.setData(REGISTRATION_ROLE, registration.id)
            self.addItem(item)
        self.setCurrentRow(-1)  # Enter scans a code until someone picks a row with ↓

    def step_selection(self, step: int) -> None:
        if not self.count():
            return
        row = self.currentRow()
        row = 0 if row < 0 and step > 0 else max(0, min(self.count() - 1, row + step))
        self.setCurrentRow(row)
        item = self.currentItem()
        if item is not None:
            self.scrollToItem(item)

    def selected_registration(self) -> int | None:
        item = self.currentItem() if self.currentRow() >= 0 else None
        if item is None or not item.isSelected():
            return None
        value = item.data(REGISTRATION_ROLE)
        return int(value) if value is not None else None
