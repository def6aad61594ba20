"""Import participants: choose a list and a workshop, check the columns and rows, then import.

Reading and planning run on a worker (a 10,000-row XLSX takes seconds); every change of the
mapping plans again, and only the latest plan is shown. Nothing is written until Import, which
runs `ParticipantImportService.apply` on the write queue: one transaction, so a cancelled or
failed import writes nothing, and the dialog says so. Rows with problems block the import until
the user chooses to skip them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import Cancelled, JpoaError
from jpoa_desktop.services.participant_import import (
    ImportPlan,
    ImportReport,
    ParticipantImportService,
)
from jpoa_desktop.services.workshops import WorkshopService
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.participants.import_mapping import MappingTable
from jpoa_desktop.ui.participants.import_preview import PreviewModel
from jpoa_desktop.ui.participants.import_reading import FirstLook, Planned, first_look, plan_import
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database

WRITES = frozenset({"people", "workshops"})
MAX_SPANS = 2_000  # a problem's message spans the row's cells; beyond this, one cell is enough
ERROR_STYLE = "color: #b71c1c;"
DONE_STYLE = "color: #1b5e20;"


class ImportDialog(QDialog):
    def __init__(
        self, db: Database, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setSizeGripEnabled(True)
        self._tasks = tasks
        self._service = ParticipantImportService(db.session_scope)
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.import_task: Task | None = None
        self._generation = 0  # the latest plan asked for; older answers are dropped
        self._reading = False
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_button = QPushButton(self)
        self.workshop_box = QComboBox(self)
        self.workshop_box.setObjectName("importWorkshop")
        for workshop in WorkshopService(db.session_scope).workshops(language):
            when = workshop.start.strftime("%d.%m.%Y")
            place = f", {workshop.city}" if workshop.city else ""
            self.workshop_box.addItem(f"{workshop.title} — {when}{place}", workshop.id)
        self.mapping = MappingTable(self)
        self.split_box = QCheckBox(self)
        self.split_box.setObjectName("importSplitNames")
        self.preview = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("importPreview")
        self._setup_preview_view()
        self.only_problems_box = QCheckBox(self)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("importCounts")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.skip_box = QCheckBox(self)
        self.skip_box.setObjectName("importSkipProblems")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("importCloseButton")
        self._groups = (QGroupBox(self), QGroupBox(self))
        self._file_label, self._workshop_label = QLabel(self), QLabel(self)
        self._build_layout()
        self.file_button.clicked.connect(self.choose_file)
        self.mapping.mapping_changed.connect(self.replan)
        self.split_box.toggled.connect(lambda _on: self.replan())
        self.only_problems_box.toggled.connect(self._show_only_problems)
        self.skip_box.toggled.connect(self._skip_toggled)
        self.workshop_box.currentIndexChanged.connect(lambda _i: self._update_state())
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.resize(1240, 700)
        self.retranslate()

    def _setup_preview_view(self) -> None:
        view = self.preview_view
        view.setModel(self.preview)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((44, 140, 120, 100, 120, 230, 180)):
            header.resizeSection(column, width)
        self.preview.modelReset.connect(self._span_problems)

    def _build_layout(self) -> None:
        source = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        source.addRow(self._file_label, file_row)
        source.addRow(self._workshop_label, self.workshop_box)
        columns, rows = self._groups
        left = QVBoxLayout(columns)
        left.addWidget(self.mapping, 1)
        left.addWidget(self.split_box)
        right = QVBoxLayout(rows)
        counts = QHBoxLayout()
        counts.addWidget(self.counts_label, 1)
        counts.addWidget(self.only_problems_box)
        right.addLayout(counts)
        right.addWidget(self.preview_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(columns)
        splitter.addWidget(rows)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 780])
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_box)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

    # Choosing and reading the file.
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path is not None else ""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a participant list"),
            start,
            self.tr("Participant lists (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read `path` and plan its import with the suggested columns (on a worker)."""
        self.path, self.plan, self.report = path, None, None
        self.file_edit.setText(str(path))
        self.mapping.set_columns([], [], {})
        self.preview.set_plan(None)
        self._generation += 1
        generation = self._generation
        self._reading = True
        self._say(self.tr("Reading {file}…").format(file=path.name))
        self._tasks.run_task(
            self,
            self.tr("Reading the participant list"),
            first_look,
            self._service,
            path,
            self.split_box.isChecked(),
            on_done=lambda look: self._first_look(generation, look),
            on_error=lambda error: self._unreadable(generation, error),
            show_progress=False,
        )

    def _first_look(self, generation: int, look: FirstLook) -> None:
        if generation != self._generation:
            return
        self.mapping.blockSignals(True)
        self.mapping.set_columns(look.headers, look.examples, look.mapping)
        self.mapping.blockSignals(False)
        self._planned(generation, look.planned)

    def _unreadable(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.path = None
        self._say(
            self.tr("This file cannot be read: {problem}").format(problem=describe(error)),
            ERROR_STYLE,
        )
        self._update_state()

    def replan(self) -> None:
        """Plan again after the columns or the name splitting changed."""
        if self.path is None or not self.mapping.combos:
            return
        self._generation += 1
        generation = self._generation
        self._reading = True
        self._say(self.tr("Checking the rows…"))
        self._update_state()
        self._tasks.run_task(
            self,
            self.tr("Checking the participant list"),
            plan_import,
            self._service,
            self.path,
            self.mapping.mapping(),
            self.split_box.isChecked(),
            on_done=lambda planned: self._planned(generation, planned),
            on_error=lambda error: self._unreadable(generation, error),
            show_progress=False,
        )

    def _planned(self, generation: int, planned: Planned) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.plan = planned.plan
        self.preview.set_plan(planned.plan)
        if planned.problem is not None:
            self._say(describe(planned.problem), ERROR_STYLE)
        self._update_state()

    # Importing.
    def start_import(self) -> None:
        plan, workshop = self.plan, self.workshop_box.currentData()
        if plan is None or workshop is None or not self.import_button.isEnabled():
            return
        self._say(self.tr("Importing {count} rows…").format(count=len(plan.rows)))
        self.import_task = self._tasks.run_task(
            self,
            self.tr("Importing participants"),
            self._service.apply,
            plan,
            int(workshop),
            self.skip_box.isChecked(),
            writes=WRITES,
            on_done=self._imported,
            on_error=self._import_failed,
        )
        self._update_state()

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()

    def _imported(self, report: ImportReport) -> None:
        self.import_task, self.report = None, report
        text = self.tr(
            "Imported into “{workshop}”. New people: {added}; linked to people already in the "
            "directory: {linked}; rows skipped: {skipped}."
        ).format(
            workshop=self.workshop_box.currentText(),
            added=report.added,
            linked=report.linked,
            skipped=report.skipped,
        )
        self._say(text, DONE_STYLE)
        self._update_state()

    def _import_failed(self, error: BaseException) -> None:
        self.import_task = None
        if isinstance(error, Cancelled):
            text = self.tr("The import was cancelled; nothing was written.")
        elif isinstance(error, JpoaError):
            text = self.tr("Nothing was imported: {problem}").format(problem=describe(error))
        else:
            text = self.tr("The import failed and nothing was written: {problem}").format(
                problem=f"{type(error).__name__}: {error}"
            )
        self._update_state()
        self._say(text, ERROR_STYLE)

    # State.
    def _skip_toggled(self, skipping: bool) -> None:
        self.preview.set_skipping(skipping)
        self._update_state()

    def _show_only_problems(self, only: bool) -> None:
        self.preview.show_only_problems(only)

    def _span_problems(self) -> None:
        self.preview_view.clearSpans()
        problems = [n for n in range(self.preview.rowCount()) if self.preview.line(n).message]
        for row in problems[:MAX_SPANS]:
            self.preview_view.setSpan(row, 2, 1, 5)

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _update_state(self) -> None:
        plan, importing = self.plan, self.import_task is not None
        busy = importing or self._reading
        problems = len(plan.problems) if plan is not None else 0
        ready = (
            plan is not None
            and bool(plan.rows)
            and self.workshop_box.currentData() is not None
            and self.report is None
            and (not problems or self.skip_box.isChecked())
        )
        self.import_button.setEnabled(ready and not busy)
        for widget in (self.file_button, self.workshop_box, self.mapping, self.split_box):
            widget.setEnabled(not importing and self.report is None)
        self.skip_box.setEnabled(problems > 0 and not importing and self.report is None)
        self.close_button.setText(self.tr("Cancel import") if importing else self.tr("Close"))
        if plan is None:
            self.counts_label.setText("")
        else:
            self.counts_label.setText(
                self.tr("{add} to add · {link} to link · {bad} with problems").format(
                    add=plan.to_add, link=plan.to_link, bad=problems
                )
            )
        if busy or self.report is not None:
            return
        if self.workshop_box.count() == 0:
            self._say(self.tr("There is no workshop to import into yet."), ERROR_STYLE)
        elif plan is not None and problems and not self.skip_box.isChecked():
            self._say(
                self.tr(
                    "Rows with problems: {count}. Correct the file and choose it again, or "
                    "tick “Skip rows with problems” to import the others."
                ).format(count=problems),
                ERROR_STYLE,
            )
        elif plan is not None:
            self._say(self.tr("Ready: nothing is written until you press Import."))

    def reject(self) -> None:
        """Close, or while importing, cancel (the dialog stays to say what happened)."""
        if self.import_task is not None:
            self.cancel_import()
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import participants"))
        self._file_label.setText(self.tr("List:"))
        self._workshop_label.setText(self.tr("Into workshop:"))
        self.file_edit.setPlaceholderText(self.tr("Choose a CSV or XLSX file"))
        self.file_button.setText(self.tr("Choose file…"))
        self._groups[0].setTitle(self.tr("Columns"))
        self._groups[1].setTitle(self.tr("Rows"))
        self.split_box.setText(self.tr("Names are in one column: split them"))
        self.split_box.setToolTip(
            self.tr("Family name first, then given name; the rest is the patronymic.")
        )
        self.only_problems_box.setText(self.tr("Only rows with problems"))
        self.skip_box.setText(self.tr("Skip rows with problems"))
        self.import_button.setText(self.tr("Import"))
        self.preview.retranslate()
        self._update_state()
