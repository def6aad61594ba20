"""Answering the conflict dialog in a test: it is modal, so the save that opens it waits for
it; the answer is scheduled before the save and runs once the dialog is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jpoa_desktop.ui.strategies.conflict_dialog import ConflictDialog


def answer_with(act: Callable[[ConflictDialog], None], seen: list[ConflictDialog]) -> None:
    """Answer the conflict dialog once it is open (it is modal: the save waits for it)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, answer)
