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

from PySide6.QtCore import QCoreApplication, QEvent, Signal
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
from jpoa_desktop.services.strategy_import import (
    StrategyImportPlan,
    StrategyImportReport,
    StrategyImportService,
)
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.strategies.draft_dialog import LANGUAGES, CountryBox, add_row
from jpoa_desktop.ui.strategies.import_columns import ColumnMapping
from jpoa_desktop.ui.strategies.import_preview import (
    COLUMNS,
    FirstLook,
    Planned,
    PreviewModel,
    first_look,
    plan_import,
)
from jpoa_desktop.ui.strategies.labels import DRAFT_KINDS, draft_kind_label
from jpoa_desktop.ui.tasks import Task, TaskRunner
from jpoa_desktop.ui.workshops.labels import language_label

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database

WRITES = frozenset({"strategies"})
IGNORE = ""
ERROR_STYLE = "color: #b71c1c;"


class StrategyImportDialog(QDialog):
    """Emits `imported(draft_id)` once the new draft is written."""

    imported = Signal(int)

    def __init__(self, db: Database, tasks: TaskRunner, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("strategyImportDialog")
        self.setSizeGripEnabled(True)
        self._tasks = tasks
        self._service = StrategyImportService(db.session_scope)
        self.path: Path | None = None
        self.plan: StrategyImportPlan | None = None
        self.draft_id: int | None = None
        self.report: StrategyImportReport | None = None
        self.import_task: Task | None = None
        self._generation = 0  # the latest plan asked for; older answers are dropped
        self._reading = False
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
        self._setup_preview_view()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("strategyImportCounts")
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
        for column, width in enumerate((44, 80, 60, 260, 150, 150, 150, 150, 110)):
            header.resizeSection(column, width)
        self.preview.modelReset.connect(self._span_problems)

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
        right.addWidget(self.preview_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(columns)
        splitter.addWidget(rows)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 790])
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

    # Choosing, reading and planning.
    def language(self) -> str:
        return str(self.file_language.currentData())

    def choose_file(self) -> None:
        name = choose_plan_file(self, self.path)
        if name is not None:
            self.load_file(name)

    def load_file(self, path: Path) -> None:
        """Read `path` and plan its import with the suggested columns (on a worker)."""
        self.path, self.plan = path, None
        self.file_edit.setText(str(path))
        if not self.title.text().strip():
            self.title.setText(path.stem)
        self.mapping.set_columns([], [], {})
        self.preview.set_plan(None)
        generation = self._next_generation()
        self._say(self.tr("Reading {file}…").format(file=path.name))
        self._tasks.run_task(self, self.tr("Reading the action plan"), first_look,
                             self._service, path, self.language(),
                             on_done=lambda look: self._first_look(generation, look),
                             on_error=lambda error: self._unreadable(generation, error),
                             show_progress=False)  # fmt: skip

    def _next_generation(self) -> int:
        self._generation += 1
        self._reading = True
        self._update_state()
        return self._generation

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
        self._reading, self.path = False, None
        problem = describe(error)
        self._say(self.tr("This file cannot be read: {problem}").format(problem=problem),
                  ERROR_STYLE)  # fmt: skip
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
        generation = self._next_generation()
        self._say(self.tr("Checking the rows…"))
        self._tasks.run_task(self, self.tr("Checking the action plan"), plan_import,
                             self._service, self.path, self.language(), self.mapping.mapping(),
                             on_done=lambda planned: self._planned(generation, planned),
                             on_error=lambda error: self._unreadable(generation, error),
                             show_progress=False)  # fmt: skip

    def _planned(self, generation: int, planned: Planned) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.plan = planned.plan
        self.preview.set_plan(planned.plan)
        self._update_state()
        if planned.problem is not None:
            self._say(describe(planned.problem), ERROR_STYLE)

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

    def _span_problems(self) -> None:
        self.preview_view.clearSpans()
        first = COLUMNS.index("number")
        for row in range(self.preview.rowCount()):
            if self.preview.line(row).is_problem:
                self.preview_view.setSpan(row, first, 1, len(COLUMNS) - first)

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

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
            return self.tr(
                "Rows with problems: {count}. Correct the file and choose it again, or tick "
                "“Skip rows with problems” to import the others."
            ).format(count=len(plan.problems))
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
        self.close_button.setText(self.tr("Cancel import") if importing else self.tr("Close"))
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
            self._say(self.tr("Ready: nothing is written until you press Import."))

    def reject(self) -> None:
        """Close, or while importing, cancel (the dialog stays to say what happened)."""
        if self.import_task is not None:
            self.import_task.cancel()
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import an action plan"))
        for label, text in zip(self._labels, (self.tr("File:"), self.tr("&Written in:"),
                                              self.tr("&Country:"), "", self.tr("&Kind:"),
                                              self.tr("in &English:")), strict=True):  # fmt: skip
            if text:
                label.setText(text)
        self._label_title()
        self.file_button.setText(self.tr("Choose file…"))
        self.file_edit.setPlaceholderText(self.tr("An XLSX, CSV or Word (.docx) file"))
        for index in range(self.file_language.count()):
            code = str(self.file_language.itemData(index))
            self.file_language.setItemText(index, language_label(code))
        self.country.retranslate()
        for index, kind in enumerate(DRAFT_KINDS):
            self.kind.setItemText(index, draft_kind_label(kind))
        self._groups[0].setTitle(self.tr("Columns"))
        self._groups[1].setTitle(self.tr("Rows"))
        self.skip_box.setText(self.tr("Skip rows with problems"))
        self.import_button.setText(self.tr("Import"))
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
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("StrategyImportDialog", "Choose an action plan"),
        str(current.parent) if current is not None else "",
        translate("StrategyImportDialog",
                  "Action plans (*.xlsx *.xlsm *.csv *.txt *.docx);;All files (*)"),
    )  # fmt: skip
    return Path(name) if name else None
