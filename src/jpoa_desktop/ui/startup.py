"""Start-up: paint first, then open the database; a refused one is explained, pick again
(a damaged one with backups is offered its newest sound backup: `backups.damaged_start`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jpoa_desktop.ui.messages import describe

if TYPE_CHECKING:
    from jpoa_desktop.ui.database_controller import DatabaseController
    from jpoa_desktop.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, as soon as `widget` has painted for the first time."""
    widget.installEventFilter(_FirstPaint(widget, callback))


def tidy_leftovers(tasks: TaskRunner, database_target: str) -> None:
    """Remove, on a worker, the partial files a killed run left in the folders written to
    before and beside the database (see `written_folders`); quiet, never in the user's way."""

    def tidy(target: str, **_progress: object) -> int:
        from jpoa_desktop.files.written_folders import tidy_at_start
        from jpoa_desktop.services.database import database_folder  # SQLAlchemy: after first paint

        return tidy_at_start(database_folder(target))

    tasks.run_task(
        None,
        translate("Startup", "Tidying up"),
        tidy,
        database_target,
        show_progress=False,
        on_error=lambda _error: None,
    )


def open_at_start(databases: DatabaseController, target: str, on_quit: Callable[[], None]) -> None:
    """Open the first database on a worker; a refused one is explained and the user picks again.

    A damaged file with backups gets the offer of its newest sound backup first.
    """

    def refused(error: BaseException) -> None:
        def other() -> None:
            chosen = _ask_for_another(describe(error), target)
            if chosen is None:
                on_quit()
            else:
                open_at_start(databases, chosen, on_quit)

        from jpoa_desktop.ui.backups.damaged_start import is_damaged_file, offer_recovery

        if is_damaged_file(error, target):
            offer_recovery(
                databases, target, lambda: open_at_start(databases, target, on_quit), other, on_quit
            )
        else:
            other()

    databases.open(target, on_refused=refused, quiet=True)


def _ask_for_another(message: str, target: str) -> str | None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("Startup", "Cannot open the database"), message
    )
    box.setInformativeText(
        translate("Startup", "You can open another database, create a new one, or quit.")
    )
    open_other = box.addButton(
        translate("Startup", "&Open Another…"), QMessageBox.ButtonRole.AcceptRole
    )
    create = box.addButton(
        translate("Startup", "&New Database…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_other)
    box.exec()
    folder = str(Path(target).parent) if "://" not in target else str(Path.home())
    if box.clickedButton() is open_other:
        path, _filter = QFileDialog.getOpenFileName(
            None,
            translate("Startup", "Open Database"),
            folder,
            translate("Startup", "JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)"),
        )
        return path or _ask_for_another(message, target)
    if box.clickedButton() is create:
        path, _filter = QFileDialog.getSaveFileName(
            None,
            translate("Startup", "New Database"),
            str(Path(folder) / "jpoa.sqlite"),
            translate("Startup", "JPoA Desktop databases (*.sqlite *.sqlite3 *.db)"),
        )
        return path or _ask_for_another(message, target)
    return None
