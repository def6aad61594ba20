"""The change listener on a thread of its own, its news handed to the UI thread as signals.

The thread waits for notifications in half-second steps, so that stopping it (switching to
another database, closing the window) takes no longer than that. When its connection breaks it
says `lost` once and tries again every few seconds; `restored` when the server answers again.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:
    from jpoa_desktop.services.server.changes import ChangeListener

STEP_S = 0.5  # how long one wait for notifications lasts: the longest a stop waits
RETRY_S = 3.0  # between two attempts to reach a lost server


class ChangeWatcher(QThread):
    changed = Signal(object)  # a services.server.changes.Change
    lost = Signal()
    restored = Signal()

    def __init__(self, listener: ChangeListener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self._stop = threading.Event()
        self._lost = False

    def run(self) -> None:
        from jpoa_desktop.services.server.changes import ListenerLost

        try:
            while not self._stop.is_set():
                try:
                    self._listener.open()
                except ListenerLost:
                    self._say_lost()
                    self._stop.wait(RETRY_S)
                    continue
                if self._lost:
                    self._lost = False
                    self.restored.emit()
                try:
                    while not self._stop.is_set():
                        for change in self._listener.changes(timeout=STEP_S):
                            self.changed.emit(change)
                except ListenerLost:  # a server going down: give it time before asking again
                    self._say_lost()
                    self._stop.wait(RETRY_S)
        finally:
            self._listener.close()

    def _say_lost(self) -> None:
        if not self._lost:
            self._lost = True
            self.lost.emit()

    def stop(self) -> None:
        """Ask the thread to end and wait for it (at most one step, or one connect attempt)."""
        self._stop.set()
        self.wait()
