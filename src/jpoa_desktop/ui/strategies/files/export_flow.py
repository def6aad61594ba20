"""Exporting a draft: a Word document, a PDF or the action plan as an Excel sheet.

The file's suffix decides the format, so the save dialog's filter is the only choice of format;
the languages are chosen beside it (the Word and PDF exports put a second language side by
side, the sheet has one). The file is written on a worker with progress and Cancel by
`services.strategy_export` (the same service `jpoa strategy export` calls), under a temporary
name renamed at the end: a failure or a cancel leaves no partial file. The folder is remembered
for the next export.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths
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
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import Cancelled, JpoaError
from jpoa_desktop.services.strategies.strategy_export import FORMATS, ONE_LANGUAGE, ExportedDraft
from jpoa_desktop.ui.messages import describe, show_error, show_saved
from jpoa_desktop.ui.strategies.form_fields import LANGUAGES, PROBLEM_STYLE, add_row
from jpoa_desktop.ui.tasks import Task, TaskRunner
from jpoa_desktop.ui.widgets.code_labels import language_label

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.settings.store import SettingsStore

FOLDER_KEY, FORMAT_KEY = "strategies/export_folder", "strategies/export_format"
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _settings(store: SettingsStore | None) -> QSettings:
    return store.qsettings if store is not None else QSettings()


def suggested_path(title: str, store: SettingsStore | None) -> Path:
    """The remembered folder (Documents at first) and the draft's title as the name."""
    settings = _settings(store)
    folder = str(settings.value(FOLDER_KEY, "") or "")
    if not folder or not Path(folder).is_dir():
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        folder = QStandardPaths.writableLocation(documents)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
    suffix = str(settings.value(FORMAT_KEY, ".docx") or ".docx")
    name = UNSAFE.sub(" ", title).strip(" .")[:80] or "strategy"
    return Path(folder) / f"{name}{suffix if suffix in FORMATS else '.docx'}"


def start_export(
    parent: QWidget,
    tasks: TaskRunner,
    services: Services,
    draft_id: int,
    target: Path,
    languages: tuple[str, str | None],
    on_done: Callable[[ExportedDraft], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Write the file on a worker (progress after half a second, with Cancel)."""
    title = QCoreApplication.translate("ExportDialog", "Exporting {file}").format(file=target.name)
    export = services.strategy_export.export_draft
    return tasks.run_task(parent, title, export, draft_id, target, *languages,
                          on_done=on_done, on_error=on_error)  # fmt: skip


class ExportDialog(QDialog):
    """Where to (the format is the suffix) and in which language(s); then the export."""

    def __init__(self, services: Services, tasks: TaskRunner, draft_id: int, language: str,
                 settings: SettingsStore | None = None, parent: QWidget | None = None,
                 ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("strategyExportDialog")
        self._services, self._tasks, self._draft_id = services, tasks, draft_id
        self._store = settings
        summary = services.strategies.draft(draft_id, language).summary
        self.summary = summary
        self.task: Task | None = None
        self.done_box: QMessageBox | None = None
        self.error: BaseException | None = None
        self.file_edit = QLineEdit(str(suggested_path(summary.title, settings)), self)
        self.file_edit.setObjectName("exportFile")
        self.file_button = QPushButton(self)
        self.language = QComboBox(self)
        self.second = QComboBox(self)
        self.second.addItem("", "")
        ordered = list(dict.fromkeys((*summary.languages, *LANGUAGES)))
        for code in ordered:
            self.language.addItem("", code)
            self.second.addItem("", code)
        first = language if language in summary.languages else ordered[0]
        self.language.setCurrentIndex(self.language.findData(first))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        add_row(form, self._labels[0], file_row)
        add_row(form, self._labels[1], self.language)
        add_row(form, self._labels[2], self.second)
        self._labels[0].setBuddy(self.file_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.file_button.clicked.connect(self.choose_file)
        self.file_edit.textChanged.connect(lambda _t: self._check())
        self.language.currentIndexChanged.connect(lambda _i: self._check())
        self.second.currentIndexChanged.connect(lambda _i: self._check())
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def target(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def set_target(self, path: Path) -> None:
        self.file_edit.setText(str(path))

    def languages(self) -> tuple[str, str | None]:
        first, second = str(self.language.currentData()), str(self.second.currentData() or "")
        single = self.target().suffix.lower() in ONE_LANGUAGE
        return first, (second if second and second != first and not single else None)

    def choose_file(self) -> None:
        """The save dialog: its filter (or the suffix typed) decides the format."""
        filters = {
            ".docx": self.tr("Word document (*.docx)"),
            ".pdf": self.tr("PDF document (*.pdf)"),
            ".xlsx": self.tr("Excel workbook, the action plan (*.xlsx)"),
        }
        current = self.target()
        chosen_filter = filters.get(current.suffix.lower(), filters[".docx"])
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the draft"), str(current), ";;".join(filters.values()),
            chosen_filter,
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in FORMATS:
            suffix = next((s for s, f in filters.items() if f == chosen), ".docx")
            path = path.with_name(path.name + suffix)
        self.set_target(path)

    def problem_text(self) -> str:
        target = self.target()
        if not self.file_edit.text().strip():
            return self.tr("Choose where to save the file.")
        if target.suffix.lower() not in FORMATS:
            return self.tr("The file name must end in .docx (Word), .pdf or .xlsx (Excel).")
        if not target.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=target.parent)
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        single = self.target().suffix.lower() in ONE_LANGUAGE
        self.second.setEnabled(not single)
        self.second.setToolTip(self.tr("An Excel sheet has one language.") if single else "")

    def start(self) -> Task | None:
        """Export (the dialog hides; it reports when the file is written or why not)."""
        if self.problem_text() or self.task is not None:
            return None
        target = self.target()
        settings = _settings(self._store)
        settings.setValue(FOLDER_KEY, str(target.parent))
        settings.setValue(FORMAT_KEY, target.suffix.lower())
        self.hide()
        self.task = start_export(self.parentWidget() or self, self._tasks, self._services,
                                 self._draft_id, target, self.languages(),
                                 on_done=self._written, on_error=self._failed)  # fmt: skip
        return self.task

    def _written(self, written: ExportedDraft) -> None:
        self.task, target = None, written.path
        text = self.tr("“{title}” was saved as {file}.").format(
            title=self.summary.title, file=target.name
        )
        self.done_box = show_saved(self.parentWidget(), self.tr("Export"), text, target.parent,
                                   name="exportDoneBox")  # fmt: skip
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task, self.error = None, error
        if isinstance(error, Cancelled):
            self.reject()
            return
        text = (
            describe(error) if isinstance(error, JpoaError) else f"{type(error).__name__}: {error}"
        )
        show_error(self.parentWidget(), self.tr("Export"),
                   self.tr("Nothing was saved: {problem}").format(problem=text))  # fmt: skip
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export “{title}”").format(title=self.summary.title))
        texts = (self.tr("&File:"), self.tr("&Language:"), self.tr("&Side by side with:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.file_button.setText(self.tr("Choose…"))
        self.file_edit.setToolTip(
            self.tr(".docx for Word, .pdf to print, .xlsx for the action plan in Excel")
        )
        for box in (self.language, self.second):
            for index in range(box.count()):
                code = str(box.itemData(index))
                box.setItemText(index, language_label(code) if code else self.tr("— none —"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self._check()


def export_draft(parent: QWidget, services: Services, tasks: TaskRunner, draft_id: int,
                 language: str, settings: SettingsStore | None = None) -> ExportDialog:  # fmt: skip
    """The "Export…" action (Ctrl+E): the dialog, shown without blocking and returned."""
    dialog = ExportDialog(services, tasks, draft_id, language, settings, parent)
    dialog.open()
    return dialog
