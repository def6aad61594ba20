"""File → Import package…: choose the file, open it, preview the merge, settle it, write it.

Each step that reads or writes the package runs on a worker (progress after half a second,
with Cancel) through `services.packages`, the service `jpoa package import` calls:
1. the file (and, when it is encrypted, its passphrase: a wrong one is said and asked again);
2. the preview, which writes nothing; a package already merged ends here with "Everything in
   this package is already here";
3. the preview dialog, where the user settles conflicts and look-alike people;
4. the import, in one transaction after a backup; a cancel rolls it back; then every screen
   hears which data changed and refreshes, and a message names the backup made.
A refused package (hostile, cut short, from a newer app) is one message with its one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jpoa_desktop.errors import Cancelled, JpoaError, PassphraseRefused
from jpoa_desktop.model.exchange import ImportOutcome, ImportPreview, MergeChoices
from jpoa_desktop.ui.exchange.export_dialog import remembered_folder
from jpoa_desktop.ui.exchange.passphrase import PassphraseDialog
from jpoa_desktop.ui.exchange.preview_dialog import ImportPreviewDialog
from jpoa_desktop.ui.exchange.table_words import counted
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.settings.store import SettingsStore

FOLDER_KEY = "exchange/import_folder"
WRITES = {
    "workshops": frozenset({"workshops", "people", "attendance", "agenda"}),
    "strategy": frozenset({"strategies"}),
}
"""The kinds of data an import of each kind of package changes (what the screens listen for)."""


class PackageImport(QObject):
    """One import, from the file dialog to the outcome; `finished(outcome or None)` at its end."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, services: Services, tasks: TaskRunner, language: str,
                 settings: SettingsStore | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.window, self.services, self.tasks = parent, services, tasks
        self.language, self._store = language, settings
        self.path: Path | None = None
        self.passphrase: bytes | None = None
        self.task: Task | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.message: QMessageBox | None = None  # the last thing said: outcome or refusal

    def _settings(self) -> QSettings:
        return self._store.qsettings if self._store is not None else QSettings()

    def choose_file(self) -> Path | None:
        folder = str(self._settings().value(FOLDER_KEY, "") or remembered_folder(self._store))
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a package"), folder,
            self.tr("JPoA packages (*.jpoa);;All files (*)"),
        )  # fmt: skip
        return Path(name) if name else None

    def start(self, path: Path | None = None) -> None:
        """Step 1: the file (asked for when not given), then its passphrase if it has one."""
        self.path = path or self.choose_file()
        if self.path is None:
            self._end(None)
            return
        self._settings().setValue(FOLDER_KEY, str(self.path.parent))
        try:
            sealed = self.services.packages.is_sealed(self.path)
        except (JpoaError, OSError) as exc:
            self._refused(exc)
            return
        if sealed:
            self.ask_passphrase()
        else:
            self.run_preview(None)

    def ask_passphrase(self, problem: str = "") -> PassphraseDialog:
        assert self.path is not None
        dialog = PassphraseDialog(self.path.name, problem, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run_preview(dialog.passphrase()))
        dialog.rejected.connect(lambda: self._end(None))
        self.passphrase_dialog = dialog
        dialog.open()
        return dialog

    def run_preview(self, passphrase: bytes | None) -> Task:
        """Step 2: read the package and compare it with this database, writing nothing."""
        self.passphrase = passphrase
        assert self.path is not None
        title = self.tr("Reading {file}").format(file=self.path.name)
        self.task = self.tasks.run_task(
            self.window, title, self.services.packages.preview, self.path, passphrase,
            on_done=self.show_preview, on_error=self._preview_failed,
        )  # fmt: skip
        return self.task

    def _preview_failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, PassphraseRefused):
            self.ask_passphrase(describe(error))
        else:
            self._refused(error)

    def show_preview(self, preview: ImportPreview) -> None:
        """Step 3: nothing to do, or the dialog where the user settles the merge."""
        self.task = None
        if not preview.changes_anything:
            self._say(QMessageBox.Icon.Information,
                      self.tr("Everything in this package is already here."),
                      self.tr("Nothing was changed."))  # fmt: skip
            self._end(None)
            return
        dialog = ImportPreviewDialog(preview, self.language, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(dialog.choices(), preview))
        dialog.rejected.connect(lambda: self._end(None))
        self.preview_dialog = dialog
        dialog.open()

    def apply(self, choices: MergeChoices, preview: ImportPreview) -> Task:
        """Step 4: write it all in one transaction (after a backup) on the write queue."""
        assert self.path is not None
        title = self.tr("Importing {file}").format(file=self.path.name)
        self.task = self.tasks.run_task(
            self.window, title, self.services.packages.apply, self.path, choices,
            self.passphrase, writes=WRITES.get(preview.kind, WRITES["workshops"]),
            on_done=self._imported, on_error=self._import_failed,
        )  # fmt: skip
        return self.task

    def _imported(self, outcome: ImportOutcome) -> None:
        self.task = None
        nothing = self.tr("nothing")
        lines = [
            self.tr("Added: {what}.").format(what=counted(outcome.added) or nothing),
            self.tr("Updated: {what}.").format(what=counted(outcome.updated) or nothing),
        ]
        if outcome.conflicts:
            lines.append(self.tr("Changed on both laptops: %n record(s), of which {theirs} took "
                                 "the package's version.", "", len(outcome.conflicts)
                                 ).format(theirs=outcome.taken_theirs))  # fmt: skip
        if outcome.people_merged:
            lines.append(self.tr("%n person(s) merged with someone already here.", "",
                                 outcome.people_merged))  # fmt: skip
        if outcome.backup:
            lines.append(self.tr("The database as it was before is backed up as {file}.").format(
                file=outcome.backup))  # fmt: skip
        self._say(QMessageBox.Icon.Information, self.tr("The package was imported."),
                  "\n".join(lines))  # fmt: skip
        self._end(outcome)

    def _import_failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, Cancelled):
            self._say(QMessageBox.Icon.Information, self.tr("The import was cancelled."),
                      self.tr("Nothing was changed."))  # fmt: skip
            self._end(None)
        else:
            self._refused(error)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            text = self.tr("Nothing was imported: {problem}").format(problem=describe(error))
            self.message = show_error(self.window, self.tr("Import a package"), text)
        self._end(None)

    def _say(self, icon: QMessageBox.Icon, text: str, details: str) -> None:
        box = QMessageBox(icon, self.tr("Import a package"), text,
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.setObjectName("packageImportedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(details)
        self.message = box
        box.open()

    def _end(self, outcome: ImportOutcome | None) -> None:
        self.finished.emit(outcome)


def import_package(parent: QWidget, services: Services, tasks: TaskRunner, language: str,
                   settings: SettingsStore | None = None,
                   path: Path | None = None) -> PackageImport:  # fmt: skip
    """File → Import package… (Ctrl+Shift+I): start an import and return it (it lives as long
    as `parent`, and says when it is over through `finished`)."""
    flow = PackageImport(parent, services, tasks, language, settings)
    flow.finished.connect(flow.deleteLater)
    flow.start(path)
    return flow
