"""Restoring a backup while the app has its database open: let go of it, restore, open again.

`restore()` refuses a database that any connection holds open, the app's own included, so
the controller first lets go of it: the screens drop its services (writing what still waits),
every task ends and its connections close. The restore runs on the write queue, then the file
is opened again like any other (quick check included) and every screen gets its new services.
On a refusal (a backup that fails its check, another program holding the file) the database
was not touched: the app takes it back and says why in one message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.exchange.backup import BackupInfo
from jpoa_desktop.ui.backups.words import when_words
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.ui.backups.backups_dialog import BackupsDialog
    from jpoa_desktop.ui.database_controller import DatabaseController

RESTORE_WRITES: frozenset[str] = frozenset()  # on the write queue; every screen reloads anyway


def restore_file(
    backup: Path, target: Path, *, progress: Progress, cancelled: CancelCheck
) -> object:
    """The worker's part: `restore()` of `backup` over the (closed) database file `target`."""
    from jpoa_desktop.services.exchange.restore import restore

    progress(0, 0)
    return restore(backup, target)


def restore_in_app(
    databases: DatabaseController,
    tasks: TaskRunner,
    window: QWidget,
    backup: BackupInfo,
    language: str,
) -> Task | None:
    """Put `backup` in place of the open database file, with progress; None when no database
    file is open."""
    translate = QCoreApplication.translate
    db = databases.release()
    if db is None or db.path is None:
        if db is not None:
            databases.set_database(db)
        return None
    target = db.path
    title = translate("Backups", "Restoring the backup")

    def restored(_done: object) -> None:
        databases.open(
            str(target),
            on_opened=lambda _db: databases.message.emit(
                translate(
                    "Backups",
                    "Restored the backup of {when}; the data as it was is kept as a backup.",
                ).format(when=when_words(backup, language))
            ),
            on_refused=lambda error: show_error(  # no database left open to keep: just say why
                window,
                translate("Backups", "The restored database was not opened"),
                describe(error),
            ),
        )

    def refused(error: BaseException) -> None:
        databases.set_database(db)  # untouched by a refused restore: take it back
        show_error(window, translate("Backups", "The backup was not restored"), describe(error))
        databases.message.emit(translate("Backups", "Kept the current data."))

    return tasks.run_task(
        window,
        title,
        restore_file,
        backup.path,
        target,
        on_done=restored,
        on_error=refused,
        writes=RESTORE_WRITES,
    )


def show_backups(
    databases: DatabaseController, tasks: TaskRunner, window: QWidget, language: str
) -> BackupsDialog | None:
    """File → Backups…: the dialog for the open database file (None when none is open; a
    database on a server is backed up with the server's own tools)."""
    from jpoa_desktop.ui.backups.backups_dialog import BackupsDialog

    db = databases.database
    if db is None or db.path is None:
        if db is not None:
            show_error(
                window,
                QCoreApplication.translate("Backups", "Backups"),
                QCoreApplication.translate(
                    "Backups", "This database is on a server: back it up with the server's tools."
                ),
            )
        return None
    dialog = BackupsDialog(db.path, tasks, language, window)
    dialog.restore_wanted.connect(
        lambda info: restore_in_app(databases, tasks, window, info, language)
    )
    dialog.open()
    return dialog
