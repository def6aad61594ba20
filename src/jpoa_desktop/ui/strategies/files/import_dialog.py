"""Import an action plan (XLSX, CSV or a Word table) as a new draft: check, then import.

Like the participant import: reading and planning run on a worker, every change of the column
mapping or of the file's language plans again (only the latest plan is shown), and nothing is
written until Import, which runs `StrategyImportService.import_rows` on the write queue in one
transaction, so a cancelled or failed import writes nothing. Rows with problems block the
import until the user ticks "Skip rows with problems". `draft_actions.import_draft` opens
it and makes the new draft an undoable command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
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

from jpoa_desktop.services.strategies.strategy_import import (
    StrategyImportPlan,
    StrategyImportReport,
    StrategyImportService,
)
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.strategies.files.import_columns import ColumnMapping
from jpoa_desktop.ui.strategies.files.import_preview import PreviewModel, first_look, plan_import
from jpoa_desktop.ui.strategies.form_fields import LANGUAGES, CountryBox, add_row
from jpoa_desktop.ui.strategies.labels import DRAFT_KINDS, draft_kind_label
from jpoa_desktop.ui.tasks import Task, TaskRunner
from jpoa_desktop.ui.widgets.import_common import (
    ERROR_STYLE,
    ImportDialogBase,
    choose_open_file,
    problems_text,
)
from jpoa_desktop.ui.widgets.import_reading import Planned
from jpoa_desktop.ui.workshops.labels import language_label

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database

WRITES = frozenset({"strategies"})


class StrategyImportDialog(ImportDialogBase):
    """Emits `imported(draft_id)` once the new draft is written."""

    imported = Signal(int)
    preview: PreviewModel

    def __init__(self, db: Database, tasks: TaskRunner, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(tasks, parent)
        self.setObjectName("strategyImportDialog")
        self._service = StrategyImportService(db.session_scope)
        self.plan: StrategyImportPlan | None = None
        self.draft_id: int | None = None
        self.report: StrategyImportReport | None = None
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_button = QPushButton(self)
        self.file_language = QComboBox(self)
        self.file_language.setObjectName("strategyImportLanguage")
        for code in LANGUAGES:
            self.file_language.addItem("", code)
        self.file_language.setCurrentIndex(self.file_language.findData("ru"))
        self.country = CountryBox(self)
        self.country.setObjectName("strategyImportCountry")
        self.country.setCurrentIndex(-1)
        self.title = QLineEdit(self)
        self.title.setObjectName("strategyImportTitle")
        self.title_en = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in DRAFT_KINDS:
            self.kind.addItem("", kind)
        self.kind.setCurrentIndex(self.kind.findData("action_plan"))
        self.mapping = ColumnMapping(self)
        self.preview = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("strategyImportPreview")
        self._setup_preview_view((44, 80, 60, 260, 150, 150, 150, 190, 150, 110))
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("strategyImportCounts")
        # What the file holds besides measures: its period, a two-row header, title rows,
        # columns not imported, deadlines kept as words.
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("strategyImportNotes")
        self.notes_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.skip_box = QCheckBox(self)
        self.skip_box.setObjectName("strategyImportSkip")
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self)
        self._groups = (QGroupBox(self), QGroupBox(self))
        self._labels = [QLabel(self) for _ in range(6)]
        self._build_layout()
        self.file_button.clicked.connect(self.choose_file)
        self.file_language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.mapping.mapping_changed.connect(self.replan)
        self.skip_box.toggled.connect(self._skip_toggled)
        for line in (self.title, self.title_en):
            line.textChanged.connect(lambda _t: self._update_state())
        self.country.editTextChanged.connect(lambda _t: self._update_state())
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.resize(1240, 720)
        self.retranslate()

    def _build_layout(self) -> None:
        source = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        titles = QHBoxLayout()
        titles.addWidget(self.title, 1)
        titles.addWidget(self._labels[5])
        titles.addWidget(self.title_en, 1)
        fields: tuple[QWidget | QHBoxLayout, ...] = (
            file_row, self.file_language, self.country, titles, self.kind
        )  # fmt: skip
        for label, field in zip(self._labels[:5], fields, strict=True):
            add_row(source, label, field)
        self._labels[3].setBuddy(self.title)
        self._labels[5].setBuddy(self.title_en)
        columns, rows = self._groups
        QVBoxLayout(columns).addWidget(self.mapping)
        right = QVBoxLayout(rows)
        right.addWidget(self.counts_label)
        right.addWidget(self.notes_label)
        right.addWidget(self.preview_view, 1)
        self._lay_out(source, (430, 790))

    # Choosing, reading and planning.
    def language(self) -> str:
        return str(self.file_language.currentData())

    def choose_file(self) -> None:
        name = choose_plan_file(self, self.path)
        if name is not None:
            self.load_file(name)

    def load_file(self, path: Path) -> None:
        """Read `path` and plan its import with the suggested columns (on a worker)."""
        self.plan = None
        if not self.title.text().strip():
            self.title.setText(path.stem)
        self._read_file(path, self.tr("Reading the action plan"), first_look,
                        self._service, path, self.language())  # fmt: skip
        self._update_state()

    def _language_changed(self) -> None:
        self.title_en.setVisible(self.language() != "en")
        self._labels[5].setVisible(self.language() != "en")
        self._label_title()
        self.replan()

    def replan(self) -> None:
        """Plan again after a column's field or the file's language changed."""
        if self.path is None or not self.mapping.combos:
            return
        self._check(self.tr("Checking the action plan"), plan_import, self._service,
                    self.path, self.language(), self.mapping.mapping())  # fmt: skip
        self._update_state()

    def _planned(self, generation: int, planned: Planned[StrategyImportPlan]) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.plan = planned.plan
        self.preview.set_plan(planned.plan)
        plan = planned.plan
        if (
            plan is not None
            and plan.title
            and self.path is not None
            and (self.title.text().strip() in ("", self.path.stem))
        ):  # the plan's own title, unless the user typed one
            self.title.setText(plan.title)
        self.notes_label.setText(self.notes_text(plan))
        self._update_state()
        if planned.problem is not None:
            self._say(describe(planned.problem), ERROR_STYLE)

    def notes_text(self, plan: StrategyImportPlan | None) -> str:
        """One line each: the plan's period, what was not imported, deadlines kept as words."""
        if plan is None:
            return ""
        lines = []
        if plan.start_year:
            period = str(plan.start_year)
            if plan.end_year and plan.end_year != plan.start_year:
                period = f"{plan.start_year}–{plan.end_year}"
            lines.append(self.tr("Period (from the plan): {period}").format(period=period))
        lines += [describe(note) for note in plan.notes]
        if plan.warnings:
            lines.append(self.tr("%n deadline(s) could not be read; they are kept as written, "
                                 "without dates.", "", len(plan.warnings)))  # fmt: skip
        return "\n".join(lines)

    # Importing.
    def titles(self) -> dict[str, str]:
        titles = {self.language(): self.title.text().strip()}
        if self.language() != "en" and self.title_en.text().strip():
            titles["en"] = self.title_en.text().strip()
        return {k: v for k, v in titles.items() if v}

    def start_import(self) -> Task | None:
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return None
        self._say(self.tr("Importing {count} measures…").format(count=len(plan.rows)))
        self.import_task = self._tasks.run_task(
            self, self.tr("Importing the action plan"), self._service.import_rows, plan,
            self.country.code(), self.titles(), str(self.kind.currentData()),
            self.skip_box.isChecked(), writes=WRITES, on_done=self._imported,
            on_error=self._import_failed,
        )  # fmt: skip
        self._update_state()
        return self.import_task

    def _imported(self, report: StrategyImportReport) -> None:
        self.import_task = None
        self.report, self.draft_id = report, report.draft_id
        self.imported.emit(self.draft_id)
        self.accept()

    # State.
    def blocker(self) -> str:
        """Why Import is disabled ("" when it is not)."""
        plan = self.plan
        if plan is None:
            return self.tr("Choose an action plan file (XLSX, CSV or a Word table).")
        if not plan.rows:
            return self.tr("No row of the file can be imported.")
        if not self.country.code():
            return self.tr("Choose the country the draft is for.")
        if not self.titles():
            return self.tr("Type the draft's title.")
        if plan.problems and not self.skip_box.isChecked():
            return problems_text(len(plan.problems))
        return ""

    def _update_state(self) -> None:
        plan, importing = self.plan, self.import_task is not None
        problems = len(plan.problems) if plan is not None else 0
        blocker = self.blocker()
        self.import_button.setEnabled(not blocker and not importing and not self._reading)
        for widget in (self.file_button, self.file_language, self.country, self.title,
                       self.title_en, self.kind, self.mapping):  # fmt: skip
            widget.setEnabled(not importing)
        self.skip_box.setEnabled(problems > 0 and not importing)
        self._show_importing(importing)
        if plan is None:
            self.counts_label.setText("")
        else:
            ready = self.tr("%n row(s) ready", "", len(plan.rows))
            bad = self.tr("%n with problems", "", problems)
            self.counts_label.setText(f"{ready}, {bad}")
        if importing or self._reading:
            return
        if blocker:
            self._say(blocker, ERROR_STYLE if plan is not None else "")
        else:
            self._say_ready()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an action plan"))
        for label, text in zip(self._labels, (self.tr("File:"), self.tr("&Written in:"),
                                              self.tr("&Country:"), "", self.tr("&Kind:"),
                                              self.tr("in &English:")), strict=True):  # fmt: skip
            if text:
                label.setText(text)
        self._label_title()
        self.file_edit.setPlaceholderText(self.tr("An XLSX, CSV or Word (.docx) file"))
        for index in range(self.file_language.count()):
            code = str(self.file_language.itemData(index))
            self.file_language.setItemText(index, language_label(code))
        self.country.retranslate()
        for index, kind in enumerate(DRAFT_KINDS):
            self.kind.setItemText(index, draft_kind_label(kind))
        self._retranslate_common()
        self.mapping.retranslate()
        self.preview.retranslate()
        self._update_state()

    def _label_title(self) -> None:
        self._labels[3].setText(
            self.tr("&Title ({language}):").format(language=language_label(self.language()))
        )


def choose_plan_file(parent: QWidget, current: Path | None = None) -> Path | None:
    """The open dialog for an action plan; None when the user cancels."""
    translate = QCoreApplication.translate
    return choose_open_file(
        parent,
        translate("StrategyImportDialog", "Choose an action plan"),
        translate("StrategyImportDialog",
                  "Action plans (*.xlsx *.xlsm *.csv *.txt *.docx);;All files (*)"),
        current,
    )  # fmt: skip
