"""File → Export package…: which workshops (or which draft), an optional passphrase, where to.

The workshops selected on the Workshops screen come ticked (or the open draft chosen, when the
Strategies screen is in front). The package is written on a worker with progress and Cancel by
`services.packages` (the service `jpoa package export` calls), all or nothing: a cancel or a
failure leaves no file. The folder is remembered for the next export.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.model.exchange import ExportSummary
from jpoa_desktop.ui.exchange.passphrase import PROBLEM_STYLE, PassphraseFields
from jpoa_desktop.ui.exchange.table_words import counted, table_count
from jpoa_desktop.ui.exchange.workshop_picker import WorkshopPicker
from jpoa_desktop.ui.messages import describe, show_error, show_saved
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.settings.store import SettingsStore

FOLDER_KEY = "exchange/export_folder"
SUFFIX = ".jpoa"
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def remembered_folder(store: SettingsStore | None) -> Path:
    """Where the last package went; Documents (or home) the first time."""
    settings = store.qsettings if store is not None else QSettings()
    folder = str(settings.value(FOLDER_KEY, "") or "")
    if folder and Path(folder).is_dir():
        return Path(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def file_name(title: str, day: date) -> str:
    """A name the file systems of every laptop accept: "<title> <YYYY-MM-DD>.jpoa"."""
    name = " ".join(UNSAFE.sub(" ", title).split()).strip(" .")[:80] or "package"
    return f"{name} {day.isoformat()}{SUFFIX}"


class ExportPackageDialog(Retranslating, QDialog):
    """What to export, how, and where to; then the export itself (`start`)."""

    def __init__(self, services: Services, tasks: TaskRunner, language: str,
                 workshop_ids: Sequence[int] = (), draft_id: int | None = None,
                 strategy_first: bool = False, settings: SettingsStore | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("exportPackageDialog")
        self._services, self._tasks, self._language, self._store = (
            services, tasks, language, settings)  # fmt: skip
        self.task: Task | None = None
        self.done_box: QMessageBox | None = None
        self.error: BaseException | None = None
        self._file_chosen = False
        self.workshops_choice = QRadioButton(self)
        self.draft_choice = QRadioButton(self)
        self.workshops = WorkshopPicker(services.workshops.workshops(language), workshop_ids,
                                        language, self)  # fmt: skip
        self.draft_box = QComboBox(self)
        self.draft_box.setObjectName("packageDraft")
        for draft in services.strategies.drafts(language):
            self.draft_box.addItem(draft.title, draft.id)
        if draft_id is not None and self.draft_box.findData(draft_id) >= 0:
            self.draft_box.setCurrentIndex(self.draft_box.findData(draft_id))
        self.passphrase = PassphraseFields(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("packageFile")
        self.file_button = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._file_label = QLabel(self)
        self._file_label.setBuddy(self.file_edit)
        self._build_layout()
        wants_draft = self.draft_box.count() > 0 and (strategy_first or not workshop_ids)
        (self.draft_choice if wants_draft else self.workshops_choice).setChecked(True)
        self._connect()
        self._kind_changed()
        self.retranslate()

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        form = QFormLayout()
        form.addRow(self._file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.workshops_choice)
        layout.addWidget(self.workshops, 1)
        layout.addWidget(self.draft_choice)
        layout.addWidget(self.draft_box)
        layout.addWidget(self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumSize(640, 560)

    def _connect(self) -> None:
        self.workshops_choice.toggled.connect(lambda _on: self._kind_changed())
        self.workshops.changed.connect(self._suggest_file)
        self.draft_box.currentIndexChanged.connect(lambda _i: self._suggest_file())
        for line in (self.passphrase.first, self.passphrase.again, self.file_edit):
            line.textChanged.connect(lambda _t: self._check())
        self.passphrase.seal.toggled.connect(lambda _on: self._check())
        self.file_button.clicked.connect(self.choose_file)
        self.file_edit.textEdited.connect(lambda _t: setattr(self, "_file_chosen", True))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    # What is exported.
    def exports_draft(self) -> bool:
        return self.draft_choice.isChecked()

    def checked_workshops(self) -> list[int]:
        return self.workshops.checked_ids()

    def _kind_changed(self) -> None:
        workshops = not self.exports_draft()
        self.workshops.setEnabled(workshops)
        self.draft_box.setEnabled(not workshops)
        self._suggest_file()

    # Where it goes.
    def target(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def set_target(self, path: Path) -> None:
        self._file_chosen = True
        self.file_edit.setText(str(path))

    def _suggest_file(self) -> None:
        """A name from the title and the date, in the last folder, until the user picks one."""
        if self._file_chosen:
            self._check()
            return
        folder = remembered_folder(self._store)
        today = date.today()
        if self.exports_draft():
            name = file_name(self.draft_box.currentText(), today)
        else:
            chosen = self.workshops.checked_titles()
            if len(chosen) == 1:
                name = file_name(chosen[0][0], chosen[0][1])
            else:
                name = file_name(table_count("workshop", len(chosen)), today)
        self.file_edit.setText(str(folder / name))
        self._check()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a package"), str(self.target()),
            self.tr("JPoA packages (*.jpoa)"),
        )  # fmt: skip
        if name:
            path = Path(name)
            self.set_target(path if path.suffix.lower() == SUFFIX else Path(f"{name}{SUFFIX}"))

    def problem_text(self) -> str:
        if self.exports_draft() and self.draft_box.currentIndex() < 0:
            return self.tr("There is no strategy draft to export.")
        if not self.exports_draft() and not self.checked_workshops():
            return self.tr("Tick the workshops to export.")
        if not self.file_edit.text().strip():
            return self.tr("Choose where to save the package.")
        if self.target().suffix.lower() != SUFFIX:
            return self.tr("The file name must end in .jpoa.")
        if not self.target().parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(
                folder=self.target().parent
            )
        return self.passphrase.problem()

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    # The export.
    def start(self) -> Task | None:
        """Write the package on a worker (the dialog hides; it reports when it is written)."""
        if self.problem_text() or self.task is not None:
            return None
        target, packages = self.target(), self._services.packages
        settings = self._store.qsettings if self._store is not None else QSettings()
        settings.setValue(FOLDER_KEY, str(target.parent))
        title = self.tr("Exporting {file}").format(file=target.name)
        fn: Callable[..., ExportSummary] = packages.export_workshops
        what: object = self.checked_workshops()
        if self.exports_draft():
            fn, what = packages.export_strategy, int(self.draft_box.currentData())
        self.hide()
        self.task = self._tasks.run_task(
            self.parentWidget() or self, title, fn, what, target, self.passphrase.passphrase(),
            on_done=self._written, on_error=self._failed,
            writes=frozenset(),  # it records what went out: the base of the next merge
        )  # fmt: skip
        return self.task

    def _written(self, written: ExportSummary) -> None:
        self.task, target = None, Path(written.path)
        text = self.tr("The package {file} was saved: {what}.").format(
            file=target.name, what=counted(written.counts) or self.tr("nothing")
        )
        where = f"{target.parent} · {QLocale().formattedDataSize(written.size)}"
        sealed = self.tr("Encrypted: whoever imports it needs the passphrase.")
        self.done_box = show_saved(
            self.parentWidget(), self.tr("Export a package"), text, target.parent,
            f"{where}\n{sealed}" if written.sealed else where, "packageExportedBox",
        )  # fmt: skip
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task, self.error = None, error
        if not isinstance(error, Cancelled):
            problem = self.tr("Nothing was saved: {problem}").format(problem=describe(error))
            show_error(self.parentWidget(), self.tr("Export a package"), problem)
        self.reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a package"))
        self.workshops_choice.setText(
            self.tr("&Workshops, with their people, agenda and attendance")
        )
        self.draft_choice.setText(self.tr("A &strategy draft, with its saved versions"))
        self._file_label.setText(self.tr("&File:"))
        self.file_button.setText(self.tr("Choose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self._check()


def export_package(parent: QWidget, services: Services, tasks: TaskRunner, language: str,
                   workshop_ids: Sequence[int] = (), draft_id: int | None = None,
                   strategy_first: bool = False,
                   settings: SettingsStore | None = None) -> ExportPackageDialog:  # fmt: skip
    """File → Export package… (Ctrl+Shift+E): the dialog, shown without blocking and returned."""
    dialog = ExportPackageDialog(services, tasks, language, workshop_ids, draft_id,
                                 strategy_first, settings, parent)  # fmt: skip
    dialog.open()
    return dialog
