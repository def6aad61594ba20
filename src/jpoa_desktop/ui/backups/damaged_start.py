"""At start, a damaged database: say what is wrong, and offer the newest backup that is sound.

Looking for that backup opens backups newest first (a `quick_check` each) until one passes:
on a worker, as the opening was. A database without a single backup gets the start's usual
choice (open another, make a new one, quit); one with backups gets this offer instead:
"Restore this backup", "Choose another backup…", "Open another database…" or "Quit".
Restoring keeps the damaged file in the backups folder (it may hold something worth saving).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.exchange.backup import BackupInfo
from jpoa_desktop.ui.backups.restoring import restore_file
from jpoa_desktop.ui.backups.words import held_words, when_words
from jpoa_desktop.ui.messages import describe

if TYPE_CHECKING:
    from jpoa_desktop.ui.database_controller import DatabaseController

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Recovery:
    """What the start knows of a damaged database file: what is wrong, and what can replace it."""

    database: Path
    reason: str | None  # quick_check's first finding (None: the open failed before it)
    newest_good: BackupInfo | None
    backups: int  # how many backups of it there are, sound or not


def find_recovery(target: str, *, progress: Progress, cancelled: CancelCheck) -> Recovery:
    """The worker's part: the damage and the newest sound backup of the file `target` names."""
    from jpoa_desktop.services.exchange.backup import backups_of
    from jpoa_desktop.services.exchange.recovery import damage_reason, newest_good_backup
    from jpoa_desktop.services.exchange.restore import database_file

    progress(0, 0)
    path = database_file(target)
    return Recovery(path, damage_reason(path), newest_good_backup(path), len(backups_of(path)))


def is_damaged_file(error: BaseException, target: str) -> bool:
    """A damaged SQLite file (not a server database, not some other refusal)."""
    from jpoa_desktop.services.database import DatabaseDamaged, database_folder

    return isinstance(error, DatabaseDamaged) and database_folder(target) is not None


def offer_recovery(
    databases: DatabaseController,
    target: str,
    reopen: Callable[[], None],
    other: Callable[[], None],
    on_quit: Callable[[], None],
) -> None:
    """Find the recovery on a worker, then ask. `reopen` opens `target` again (after a
    restore), `other` gives the start's usual choice, `on_quit` quits."""

    def found(recovery: Recovery) -> None:
        if recovery.backups == 0:
            other()
        else:
            _ask(databases, recovery, reopen, other, on_quit)

    databases.tasks.run_task(
        None,
        translate("Backups", "Looking for a sound backup"),
        find_recovery,
        target,
        on_done=found,
        on_error=lambda _error: other(),
    )


def explanation(recovery: Recovery, language: str) -> str:
    """`The data file … is damaged (…). The newest backup that passes its check is from …`"""
    reason = recovery.reason or translate("Backups", "its pages do not fit together")
    damaged = translate("Backups", "The data file {file} is damaged ({reason}).").format(
        file=recovery.database, reason=reason
    )
    good = recovery.newest_good
    if good is None:
        return f"{damaged} " + translate("Backups", "None of its backups passes its check.")
    found = translate(
        "Backups", "The newest backup that passes its check is from {when}, holding {held}."
    ).format(when=when_words(good, language), held=held_words(good))
    return f"{damaged} {found}"


def _ask(
    databases: DatabaseController,
    recovery: Recovery,
    reopen: Callable[[], None],
    other: Callable[[], None],
    on_quit: Callable[[], None],
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Backups", "The database is damaged"),
        explanation(recovery, databases.language()),
    )
    box.setInformativeText(
        translate(
            "Backups",
            "Restoring puts a backup in place of the damaged file; the damaged file is kept "
            "in the backups folder.",
        )
    )
    restore = None
    if recovery.newest_good is not None:
        restore = box.addButton(
            translate("Backups", "&Restore This Backup"), QMessageBox.ButtonRole.AcceptRole
        )
    choose = box.addButton(
        translate("Backups", "&Choose Another Backup…"), QMessageBox.ButtonRole.ActionRole
    )
    open_other = box.addButton(
        translate("Backups", "&Open Another Database…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("Backups", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or choose)
    box.exec()
    clicked = box.clickedButton()

    def again() -> None:
        _ask(databases, recovery, reopen, other, on_quit)

    if restore is not None and clicked is restore and recovery.newest_good is not None:
        _restore(databases, recovery.newest_good.path, recovery.database, reopen, again)
    elif clicked is choose:
        chosen = _choose_backup(recovery)
        if chosen is None:
            again()
        else:
            _restore(databases, chosen, recovery.database, reopen, again)
    elif clicked is open_other:
        other()
    else:
        on_quit()


def _choose_backup(recovery: Recovery) -> Path | None:
    from jpoa_desktop.files.backup_names import backups_folder

    path, _filter = QFileDialog.getOpenFileName(
        None,
        translate("Backups", "Choose a Backup"),
        str(backups_folder(recovery.database)),
        translate("Backups", "Backups (*.sqlite);;All files (*)"),
    )
    return Path(path) if path else None


def _restore(
    databases: DatabaseController,
    backup: Path,
    database: Path,
    reopen: Callable[[], None],
    again: Callable[[], None],
) -> None:
    """Restore on a worker; then open the database again, or say why not and ask again."""

    def refused(error: BaseException) -> None:
        QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Backups", "The backup was not restored"),
            describe(error),
        ).exec()
        again()

    databases.tasks.run_task(
        None,
        translate("Backups", "Restoring the backup"),
        restore_file,
        backup,
        database,
        on_done=lambda _done: reopen(),
        on_error=refused,
        writes=frozenset(),
    )
