"""File → Backups…: this database's backups, newest first, to back up now, restore or show.

The list is read on a worker: each backup is opened to count what it holds, and thirty backups
of 100 MB take a moment. Restoring is only asked for here (after a confirmation that says the
current data is backed up first); the window restores, since it must let go of the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.exchange.backup import BackupInfo
from jpoa_desktop.ui.backups.backups_model import BackupsModel
from jpoa_desktop.ui.backups.words import held_words, when_words
from jpoa_desktop.ui.tasks import TaskRunner

DIALOG_SIZE = (760, 420)


def _read_backups(database: Path, *, progress: Progress, cancelled: CancelCheck) -> object:
    from jpoa_desktop.services.exchange.backup import backups_of

    return backups_of(database)


def _back_up(database: Path, *, progress: Progress, cancelled: CancelCheck) -> object:
    from jpoa_desktop.services.exchange.backup import backup_file

    progress(0, 0)
    return backup_file(database, "by-hand")


class BackupsDialog(QDialog):
    restore_wanted = Signal(object)  # BackupInfo: the user confirmed restoring it

    def __init__(
        self, database: Path, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        """`database`: the open database's file, whose backups folder is listed."""
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.database = database
        self._tasks = tasks
        self.language = language
        self.confirmation: QMessageBox | None = None  # the open "restore?" question, if any
        self.setWindowTitle(self.tr("Backups of {name}").format(name=database.name))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = BackupsModel(language, self)
        self.table = self._make_table()
        self.back_up_button = QPushButton(self.tr("&Back Up Now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.folder_button = QPushButton(self.tr("Show in &Folder"), self)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_to_restore)
        self.folder_button.clicked.connect(self.show_folder)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(*DIALOG_SIZE)
        self._update_buttons()
        self.reload()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("backupsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(lambda _index: self.ask_to_restore())  # Enter, double-click
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    @property
    def folder(self) -> Path:
        from jpoa_desktop.files.backup_names import backups_folder

        return backups_folder(self.database)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def reload(self) -> None:
        """Read the backups again, on a worker."""
        self.status.setText(self.tr("Reading the backups…"))
        self._tasks.run_task(
            self,
            self.tr("Reading the backups"),
            _read_backups,
            self.database,
            on_done=self._show_backups,
            show_progress=False,
        )

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        self.model.set_backups(backups)
        if backups:
            self.status.setText(
                self.tr(
                    "%n backup(s) in {folder}, newest first. Each holds the whole database as "
                    "it was then.",
                    "",
                    len(backups),
                ).format(folder=self.folder)
            )
            self.table.selectRow(0)
        else:
            self.status.setText(
                self.tr("There are no backups of {name} yet.").format(name=self.database.name)
            )
        self.table.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)
        self.folder_button.setEnabled(self.folder.is_dir())

    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)

        def done(_info: object) -> None:
            self.back_up_button.setEnabled(True)
            self.reload()

        def failed(error: BaseException) -> None:
            from jpoa_desktop.ui.messages import describe, show_error

            self.back_up_button.setEnabled(True)
            show_error(self, self.tr("The database was not backed up"), describe(error))

        self._tasks.run_task(
            self,
            self.tr("Backing up the database"),
            _back_up,
            self.database,
            on_done=done,
            on_error=failed,
        )

    def ask_to_restore(self) -> QMessageBox | None:
        """Ask once (without blocking) before restoring the selected backup."""
        info = self.selected_backup()
        if info is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr(
                "The current data will be backed up first, then replaced by the backup of "
                "{when} ({held})."
            ).format(when=when_words(info, self.language), held=held_words(info)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(info, box.clickedButton() is restore))
        self.confirmation = box
        box.open()
        return box

    def _answered(self, info: BackupInfo, restore: bool) -> None:
        self.confirmation = None
        if restore:  # after the box has finished closing: the restore runs an event loop
            self.accept()
            QTimer.singleShot(0, self, lambda: self.restore_wanted.emit(info))

    def show_folder(self) -> None:
        """Open the backups folder in the system's file manager (a local file URL)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
