"""Import participants: choose a list and a workshop, check the columns and rows, then import.

The import flow (`ImportDialogBase`) configured for participant lists: reading and planning run
on a worker (a 10,000-row XLSX takes seconds); every change of the mapping plans again, and only
the latest plan is shown. Nothing is written until Import, which runs
`ParticipantImportService.apply` on the write queue: one transaction, so a cancelled or failed
import writes nothing, and the dialog says so. Rows with problems block the import until the
user chooses to skip them. Only this list's import asks for a workshop, reads the file with the
user's header row, sheet or encoding (`SourceChoices`) and can split names held in one column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.io.tables.reading import ReadOptions
from jpoa_desktop.services.people.participant_import import ImportPlan, ImportReport
from jpoa_desktop.ui.participants.importing.import_mapping import MappingTable
from jpoa_desktop.ui.participants.importing.import_preview import PreviewModel
from jpoa_desktop.ui.participants.importing.import_reading import first_look, plan_import
from jpoa_desktop.ui.participants.importing.import_source import SourceChoices
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.import_dialog_base import (
    ERROR_STYLE,
    ImportDialogBase,
    choose_open_file,
    problems_text,
)
from jpoa_desktop.ui.widgets.import_reading import FirstLook

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

MAX_SPANS = 2_000  # a problem's message spans the row's cells; beyond this, one cell is enough
DONE_STYLE = "color: #1b5e20;"


class ImportDialog(ImportDialogBase[ImportPlan, ImportReport]):
    preview: PreviewModel
    max_spans = MAX_SPANS
    writes = frozenset({"people", "workshops"})
    object_names: ClassVar[Mapping[str, str]] = {
        "preview_view": "importPreview",
        "counts_label": "importCounts",
        "status_label": "importStatus",
        "skip_box": "importSkipProblems",
        "import_button": "importButton",
        "close_button": "importCloseButton",
    }

    def __init__(
        self, services: Services, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("importDialog")
        self._service = services.participant_import
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
        self._setup_preview_view((44, 140, 120, 100, 120, 230, 180))
        self.only_problems_box = QCheckBox(self)
        self._file_label, self._workshop_label = QLabel(self), QLabel(self)
        self._build_layout()
        self.source.changed.connect(self.reread)
        self.split_box.toggled.connect(lambda _on: self.replan())
        self.only_problems_box.toggled.connect(self.preview.show_only_problems)
        self.workshop_box.currentIndexChanged.connect(lambda _i: self._update_state())
        self._finish(1240, 700)

    def _build_layout(self) -> None:
        source = QFormLayout()
        source.addRow(self._file_label, self._file_row())
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

    def _planning(self, path: Path) -> tuple[str, Callable[..., Any], tuple[Any, ...]]:
        """Plan again after the columns or the name splitting changed."""
        mapping, split = self.mapping.mapping(), self.split_box.isChecked()
        args = (self._service, path, mapping, split, self._options)
        return self.tr("Checking the participant list"), plan_import, args

    # Importing.
    def _importing(self, plan: ImportPlan) -> tuple[str, str, Callable[..., Any], tuple[Any, ...]]:
        status = self.tr("Importing {count} rows…").format(count=len(plan.rows))
        workshop = int(self.workshop_box.currentData())
        args = (plan, workshop, self.skip_box.isChecked())
        return status, self.tr("Importing participants"), self._service.apply, args

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
    def _inputs(self) -> Sequence[QWidget]:
        return (self.file_button, self.workshop_box, self.mapping, self.split_box, self.source)

    def counts_text(self, plan: ImportPlan) -> str:
        return self.tr("{add} to add · {link} to link · {bad} with problems").format(
            add=plan.to_add, link=plan.to_link, bad=len(plan.problems)
        )

    def _update_state(self) -> None:
        plan, skipping = self.plan, self.skip_box.isChecked()
        problems = len(plan.problems) if plan is not None else 0
        ready = (
            plan is not None
            and bool(plan.rows)
            and self.workshop_box.currentData() is not None
            and (not problems or skipping)
        )
        if not self._show_state(ready):
            return
        if self.workshop_box.count() == 0:
            self._say(self.tr("There is no workshop to import into yet."), ERROR_STYLE)
        elif plan is not None and problems and not skipping:
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
