"""Message boxes that do not block: tests and the event loop keep running while one is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show `text` as a warning next to the window that caused it, and return the box."""
    from PySide6.QtCore import Qt  # the Qt namespace builds ~90 enums: not before the first paint

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box
