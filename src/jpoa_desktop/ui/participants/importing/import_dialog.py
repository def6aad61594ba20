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

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.io.tables.reading import ReadOptions
from jpoa_desktop.services.people.participant_import import (
    ImportPlan,
    ImportReport,
)
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.participants.importing.import_mapping import MappingTable
from jpoa_desktop.ui.participants.importing.import_preview import PreviewModel
from jpoa_desktop.ui.participants.importing.import_reading import first_look, plan_import
from jpoa_desktop.ui.participants.importing.import_source import SourceChoices
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.import_common import (
    ERROR_STYLE,
    ImportDialogBase,
    choose_open_file,
    problems_text,
)
from jpoa_desktop.ui.widgets.import_reading import FirstLook, Planned

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

WRITES = frozenset({"people", "workshops"})
MAX_SPANS = 2_000  # a problem's message spans the row's cells; beyond this, one cell is enough
DONE_STYLE = "color: #1b5e20;"


class ImportDialog(ImportDialogBase):
    preview: PreviewModel
    max_spans = MAX_SPANS

    def __init__(
        self, services: Services, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("importDialog")
        self._service = services.participant_import
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_button = QPushButton(self)
        self.workshop_box = QComboBox(self)
        self.workshop_box.setObjectName("importWorkshop")
        for workshop in services.workshops.workshops(language):
            when = workshop.start.strftime("%d.%m.%Y")
            place = f", {workshop.city}" if workshop.city else ""
            self.workshop_box.addItem(f"{workshop.title} — {when}{place}", workshop.id)
        self.source = SourceChoices(self)
        self._options = ReadOptions()
        self.mapping = MappingTable(self)
        self.split_box = QCheckBox(self)
        self.split_box.setObjectName("importSplitNames")
        self.preview = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("importPreview")
        self._setup_preview_view((44, 140, 120, 100, 120, 230, 180))
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
        self.source.changed.connect(self.reread)
        self.split_box.toggled.connect(lambda _on: self.replan())
        self.only_problems_box.toggled.connect(self._show_only_problems)
        self.skip_box.toggled.connect(self._skip_toggled)
        self.workshop_box.currentIndexChanged.connect(lambda _i: self._update_state())
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.resize(1240, 700)
        self.retranslate()

    def _build_layout(self) -> None:
        source = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        source.addRow(self._file_label, file_row)
        source.addRow(self._workshop_label, self.workshop_box)
        source.addRow(self.source)
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
        self._lay_out(source, (440, 780))

    # Choosing and reading the file.
    def choose_file(self) -> None:
        path = choose_open_file(
            self,
            self.tr("Choose a participant list"),
            self.tr("Participant lists (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"),
            self.path,
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path, options: ReadOptions | None = None) -> None:
        """Read `path` and plan its import with the suggested columns (on a worker)."""
        self.plan, self.report = None, None
        self._options = options or ReadOptions()
        if options is None:
            self.source.show_table(None)
        split = self.split_box.isChecked()
        title = self.tr("Reading the participant list")
        self._read_file(path, title, first_look, self._service, path, split, self._options)

    def reread(self, keep_header: bool) -> None:
        """Read the file again with the header row, sheet or encoding the user chose."""
        if self.path is not None:
            self.load_file(self.path, self.source.options(keep_header=keep_header))

    def _unreadable(self, generation: int, error: BaseException) -> None:
        path = self.path
        super()._unreadable(generation, error)
        if generation == self._generation and self._options != ReadOptions():
            self.path = path  # another header row, sheet or encoding may read it

    def _first_look(self, generation: int, look: FirstLook[ImportPlan]) -> None:
        if generation == self._generation:
            self.source.show_table(look.table)
        super()._first_look(generation, look)

    def replan(self) -> None:
        """Plan again after the columns or the name splitting changed."""
        if self.path is None or not self.mapping.combos:
            return
        mapping, split = self.mapping.mapping(), self.split_box.isChecked()
        title = self.tr("Checking the participant list")
        options = self._options
        self._check(title, plan_import, self._service, self.path, mapping, split, options)
        self._update_state()

    def _planned(self, generation: int, planned: Planned[ImportPlan]) -> None:
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

    # State.
    def _show_only_problems(self, only: bool) -> None:
        self.preview.show_only_problems(only)

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
        for widget in (
            self.file_button,
            self.workshop_box,
            self.mapping,
            self.split_box,
            self.source,
        ):
            widget.setEnabled(not importing and self.report is None)
        self.skip_box.setEnabled(problems > 0 and not importing and self.report is None)
        self._show_importing(importing)
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
            self._say(problems_text(problems), ERROR_STYLE)
        elif plan is not None:
            self._say_ready()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import participants"))
        self._file_label.setText(self.tr("List:"))
        self._workshop_label.setText(self.tr("Into workshop:"))
        self.file_edit.setPlaceholderText(self.tr("Choose a CSV or XLSX file"))
        self._retranslate_common()
        self.split_box.setText(self.tr("Names are in one column: split them"))
        self.split_box.setToolTip(
            self.tr("Family name first, then given name; the rest is the patronymic.")
        )
        self.only_problems_box.setText(self.tr("Only rows with problems"))
        self.preview.retranslate()
        self._update_state()
