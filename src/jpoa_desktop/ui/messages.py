"""Message boxes that do not block: tests and the event loop keep running while one is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jpoa_desktop.errors import ERRORS_CONTEXT, JpoaError


def describe(error: BaseException) -> str:
    """The error's message in the interface language (a service's error keeps its template).

    An error that is not ours is said without the SQL and parameters SQLAlchemy puts in its
    text; a database fault that slipped past a session scope still gets its plain sentence.
    """
    if not isinstance(error, JpoaError):
        # Loaded only once something failed: sqlalchemy is not needed before the first paint.
        from jpoa_desktop.services.database import database_fault, plain_reason

        fault = database_fault(error, None)
        if fault is None:
            return plain_reason(error)
        error = fault
    translated = QCoreApplication.translate(ERRORS_CONTEXT, error.template)
    try:
        return translated.format(**error.values)
    except (KeyError, IndexError, ValueError):  # a translation that mangled a placeholder
        return str(error)


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show `text` as a warning next to the window that caused it, and return the box."""
    from PySide6.QtCore import Qt  # the Qt namespace builds ~90 enums: not before the first paint

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def show_saved(
    parent: QWidget | None, title: str, text: str, folder: Path, details: str = "", name: str = ""
) -> QMessageBox:
    """Say that a file was written (`details`: the folder, unless said otherwise), with an
    "Open the folder" button; the box does not block, and is returned."""
    from PySide6.QtCore import Qt, QUrl  # not before the first paint, as in show_error
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close,
                      parent)  # fmt: skip
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(details or str(folder))
    button = box.addButton(
        QCoreApplication.translate("SavedBox", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.open()
    return box
