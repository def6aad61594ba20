"""Import an action plan (XLSX, CSV or a Word table) as a new draft: check, then import.

Like the participant import: reading and planning run on a worker, every change of the column
mapping or of the file's language plans again (only the latest plan is shown), and nothing is
written until Import, which runs `StrategyImportService.import_rows` on the write queue in one
transaction, so a cancelled or failed import writes nothing. Rows with problems block the
import until the user ticks "Skip rows with problems". `draft_actions.import_draft` opens
it and makes the new draft an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.services.strategies.strategy_import import (
    StrategyImportPlan,
    StrategyImportReport,
)
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.strategies.files.import_columns import ColumnMapping
from jpoa_desktop.ui.strategies.files.import_preview import PreviewModel
from jpoa_desktop.ui.strategies.files.import_reading import first_look, plan_import
from jpoa_desktop.ui.strategies.form_fields import LANGUAGES, CountryBox, add_row
from jpoa_desktop.ui.strategies.labels import DRAFT_KINDS, draft_kind_label
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.import_dialog_base import (
    ERROR_STYLE,
    ImportDialogBase,
    choose_open_file,
    problems_text,
)

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services


class StrategyImportDialog(ImportDialogBase[StrategyImportPlan, StrategyImportReport]):
    """Emits `imported(draft_id)` once the new draft is written."""

    imported = Signal(int)
    preview: PreviewModel
    writes = frozenset({"strategies"})
    object_names: ClassVar[Mapping[str, str]] = {
        "preview_view": "strategyImportPreview",
        "counts_label": "strategyImportCounts",
        "skip_box": "strategyImportSkip",
    }

    def __init__(self, services: Services, tasks: TaskRunner, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(tasks, parent)
        self.setObjectName("strategyImportDialog")
        self._service = services.strategy_import
        self.draft_id: int | None = None
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
        self._setup_preview_view((44, 80, 60, 260, 150, 150, 150, 190, 150, 110))
        # What the file holds besides measures: its period, a two-row header, title rows,
        # columns not imported, deadlines kept as words.
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("strategyImportNotes")
        self.notes_label.setWordWrap(True)
        self._labels = [QLabel(self) for _ in range(6)]
        self._build_layout()
        self.file_language.currentIndexChanged.connect(lambda _i: self._language_changed())
        for line in (self.title, self.title_en):
            line.textChanged.connect(lambda _t: self._update_state())
        self.country.editTextChanged.connect(lambda _t: self._update_state())
        self._finish(1240, 720)

    def _build_layout(self) -> None:
        source = QFormLayout()
        titles = QHBoxLayout()
        titles.addWidget(self.title, 1)
        titles.addWidget(self._labels[5])
        titles.addWidget(self.title_en, 1)
        fields: tuple[QWidget | QHBoxLayout, ...] = (
            self._file_row(), self.file_language, self.country, titles, self.kind
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

    def _planning(self, path: Path) -> tuple[str, Callable[..., Any], tuple[Any, ...]]:
        """Plan again after a column's field or the file's language changed."""
        args = (self._service, path, self.language(), self.mapping.mapping())
        return self.tr("Checking the action plan"), plan_import, args

    def _plan_shown(self, plan: StrategyImportPlan | None) -> None:
        if (
            plan is not None
            and plan.title
            and self.path is not None
            and (self.title.text().strip() in ("", self.path.stem))
        ):  # the plan's own title, unless the user typed one
            self.title.setText(plan.title)
        self.notes_label.setText(self.notes_text(plan))

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

    def _importing(
        self, plan: StrategyImportPlan
    ) -> tuple[str, str, Callable[..., Any], tuple[Any, ...]]:
        status = self.tr("Importing {count} measures…").format(count=len(plan.rows))
        kind, skip = str(self.kind.currentData()), self.skip_box.isChecked()
        args = (plan, self.country.code(), self.titles(), kind, skip)
        return status, self.tr("Importing the action plan"), self._service.import_rows, args

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

    def _inputs(self) -> Sequence[QWidget]:
        return (self.file_button, self.file_language, self.country, self.title, self.title_en,
                self.kind, self.mapping)  # fmt: skip

    def counts_text(self, plan: StrategyImportPlan) -> str:
        ready = self.tr("%n row(s) ready", "", len(plan.rows))
        bad = self.tr("%n with problems", "", len(plan.problems))
        return f"{ready}, {bad}"

    def _update_state(self) -> None:
        blocker = self.blocker()
        if not self._show_state(not blocker):
            return
        if blocker:
            self._say(blocker, ERROR_STYLE if self.plan is not None else "")
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
