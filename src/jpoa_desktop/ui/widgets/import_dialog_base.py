"""The one import dialog flow: source → column mapping → preview → write on a worker.

The participant and the action-plan import dialogs are this flow configured: each makes its
mapping table and preview model, adds its own fields above the columns (a workshop; a country
and a title), and says what a plan means and when it may be imported. The flow reads the chosen
file on a worker, plans again on every change of the mapping (only the latest plan asked for is
shown: `_generation`), says where it is in one status line, and imports on the write queue,
where a cancelled or failed import writes nothing. The shared words are in the participant
dialog's translation context ("ImportDialog"), which had them first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import Cancelled, JpoaError
from jpoa_desktop.services.table_import import TablePlan
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.tasks import Task, TaskRunner
from jpoa_desktop.ui.widgets.import_mapping import FieldMappingTable
from jpoa_desktop.ui.widgets.import_preview import ProblemRowsModel, ProblemRowsView
from jpoa_desktop.ui.widgets.import_reading import FirstLook, Planned

ERROR_STYLE = "color: #b71c1c;"
PlanT = TypeVar("PlanT", bound=TablePlan)
ReportT = TypeVar("ReportT")


def choose_open_file(
    parent: QWidget, title: str, filters: str, current: Path | None
) -> Path | None:
    """The open dialog, starting in `current`'s folder; None when the user cancels."""
    start = str(current.parent) if current is not None else ""
    name, _filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(name) if name else None


def problems_text(count: int) -> str:
    """Why rows with problems block the import."""
    return QCoreApplication.translate(
        "ImportDialog",
        "Rows with problems: {count}. Correct the file and choose it again, or tick "
        "“Skip rows with problems” to import the others.",
    ).format(count=count)


class ImportDialogBase(QDialog, Generic[PlanT, ReportT]):
    """A subclass makes `mapping` and `preview` and its own fields, then `_lay_out`s them under
    the file row and `_finish`es; it says what a plan means (`_planned`, `_update_state`,
    `counts_text`), how to plan again (`_planning`) and how to import (`_importing`)."""

    mapping: FieldMappingTable
    preview: ProblemRowsModel[Any]
    max_spans: int | None = None  # a problem spans the row's cells in this many rows at most
    writes: frozenset[str] = frozenset()  # the kinds of data an import changes
    # attribute → objectName, for tests and screenshots
    object_names: ClassVar[Mapping[str, str]] = {}

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self._tasks = tasks
        self.path: Path | None = None
        self.plan: PlanT | None = None
        self.report: ReportT | None = None
        self.import_task: Task | None = None
        self._generation = 0  # the latest plan asked for; older answers are dropped
        self._reading = False
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_button = QPushButton(self)
        self.preview_view = ProblemRowsView(self)
        self.counts_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.skip_box = QCheckBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self)
        self._groups = (QGroupBox(self), QGroupBox(self))  # the columns, the rows

    def _planning(self, path: Path) -> tuple[str, Callable[..., Any], tuple[Any, ...]]:
        """The title, the work and its arguments that plan `path` again with the mapping."""
        raise NotImplementedError

    def _inputs(self) -> Sequence[QWidget]:
        """The fields that stay put while importing and once imported."""
        raise NotImplementedError

    def counts_text(self, plan: PlanT) -> str:
        """What the plan holds, in a few words above the rows."""
        raise NotImplementedError

    def _update_state(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    # Building.
    def _setup_preview_view(self, widths: tuple[int, ...]) -> None:
        self.preview_view.show_rows(self.preview, widths, self.max_spans)

    def _file_row(self) -> QHBoxLayout:
        """The chosen file's name and the button that chooses it."""
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.file_button)
        return row

    def _finish(self, width: int, height: int) -> None:
        """Name the widgets, connect the flow's own signals, size and word the dialog."""
        for attribute, name in self.object_names.items():
            getattr(self, attribute).setObjectName(name)
        self.file_button.clicked.connect(self.choose_file)
        self.mapping.mapping_changed.connect(self.replan)
        self.skip_box.toggled.connect(self._skip_toggled)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.resize(width, height)
        self.retranslate()

    def choose_file(self) -> None:
        raise NotImplementedError

    def _lay_out(self, source: QLayout, sizes: tuple[int, int]) -> None:
        """The source fields, the columns beside the rows, the status line, the buttons."""
        columns, rows = self._groups
        splitter = QSplitter(self)
        splitter.addWidget(columns)
        splitter.addWidget(rows)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(list(sizes))
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

    # Reading and planning.
    def _read_file(self, path: Path, title: str, work: Callable[..., Any], *args: Any) -> None:
        """Show `path` and read it with `work(*args)` (on a worker) into a `FirstLook`."""
        self.path = path
        self.file_edit.setText(str(path))
        self.mapping.set_columns([], [], {})
        self.preview.set_lines([])
        status = QCoreApplication.translate("ImportDialog", "Reading {file}…")
        self._read(status.format(file=path.name), title, work, args, self._first_look)

    def _check(self, title: str, work: Callable[..., Any], *args: Any) -> None:
        """Plan again with `work(*args)` (on a worker) into a `Planned`."""
        status = QCoreApplication.translate("ImportDialog", "Checking the rows…")
        self._read(status, title, work, args, self._planned)

    def _read(
        self,
        status: str,
        title: str,
        work: Callable[..., Any],
        args: tuple[Any, ...],
        done: Callable[[int, Any], None],
    ) -> None:
        self._generation += 1
        generation = self._generation
        self._reading = True
        self._say(status)
        self._tasks.run_task(
            self,
            title,
            work,
            *args,
            on_done=lambda result: done(generation, result),
            on_error=lambda error: self._unreadable(generation, error),
            show_progress=False,
        )

    def replan(self) -> None:
        """Plan again after the mapping (or another choice the plan depends on) changed."""
        if self.path is None or not self.mapping.combos:
            return
        title, work, args = self._planning(self.path)
        self._check(title, work, *args)
        self._update_state()

    def _planned(self, generation: int, planned: Planned[PlanT]) -> None:
        """Show the latest plan; a subclass says more about it in `_plan_shown`."""
        if generation != self._generation:
            return
        self._reading = False
        self.plan = planned.plan
        self.preview.set_plan(planned.plan)
        self._plan_shown(planned.plan)
        self._update_state()
        if planned.problem is not None:
            self._say(describe(planned.problem), ERROR_STYLE)

    def _plan_shown(self, plan: PlanT | None) -> None:
        """What a subclass shows of a new plan besides its rows."""

    def _first_look(self, generation: int, look: FirstLook[Any]) -> None:
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
        text = QCoreApplication.translate("ImportDialog", "This file cannot be read: {problem}")
        self._say(text.format(problem=describe(error)), ERROR_STYLE)
        self._update_state()

    # Importing.
    def start_import(self) -> Task | None:
        """Import the plan on the write queue, if Import may be pressed now."""
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return None
        status, title, work, args = self._importing(plan)
        self._say(status)
        self.import_task = self._tasks.run_task(
            self,
            title,
            work,
            *args,
            writes=self.writes,
            on_done=self._imported,
            on_error=self._import_failed,
        )
        self._update_state()
        return self.import_task

    def _importing(self, plan: PlanT) -> tuple[str, str, Callable[..., Any], tuple[Any, ...]]:
        """What the status line says, the task's title, and the work that imports `plan`."""
        raise NotImplementedError

    def _imported(self, report: ReportT) -> None:
        raise NotImplementedError

    def _import_failed(self, error: BaseException) -> None:
        self.import_task = None
        translate = QCoreApplication.translate
        if isinstance(error, Cancelled):
            text = translate("ImportDialog", "The import was cancelled; nothing was written.")
        elif isinstance(error, JpoaError):
            text = translate("ImportDialog", "Nothing was imported: {problem}").format(
                problem=describe(error)
            )
        else:
            text = translate(
                "ImportDialog", "The import failed and nothing was written: {problem}"
            ).format(problem=f"{type(error).__name__}: {error}")
        self._update_state()
        self._say(text, ERROR_STYLE)

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()

    def reject(self) -> None:
        """Close, or while importing, cancel (the dialog stays to say what happened)."""
        if self.import_task is not None:
            self.cancel_import()
            return
        super().reject()

    # State.
    def _show_state(self, can_import: bool) -> bool:
        """Enable what may be used now and count the plan; False while there is nothing more
        to say (importing, reading, or imported)."""
        plan, importing = self.plan, self.import_task is not None
        settled = not importing and self.report is None
        problems = len(plan.problems) if plan is not None else 0
        self.import_button.setEnabled(can_import and settled and not self._reading)
        for widget in self._inputs():
            widget.setEnabled(settled)
        self.skip_box.setEnabled(problems > 0 and settled)
        self._show_importing(importing)
        self.counts_label.setText("" if plan is None else self.counts_text(plan))
        return settled and not self._reading

    def _skip_toggled(self, skipping: bool) -> None:
        self.preview.set_skipping(skipping)
        self._update_state()

    def _say(self, text: str, style: str = "") -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def _show_importing(self, importing: bool) -> None:
        translate = QCoreApplication.translate
        self.close_button.setText(
            translate("ImportDialog", "Cancel import")
            if importing
            else translate("ImportDialog", "Close")
        )

    def _say_ready(self) -> None:
        self._say(
            QCoreApplication.translate(
                "ImportDialog", "Ready: nothing is written until you press Import."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_common(self) -> None:
        translate = QCoreApplication.translate
        self.file_button.setText(translate("ImportDialog", "Choose file…"))
        self._groups[0].setTitle(translate("ImportDialog", "Columns"))
        self._groups[1].setTitle(translate("ImportDialog", "Rows"))
        self.skip_box.setText(translate("ImportDialog", "Skip rows with problems"))
        self.import_button.setText(translate("ImportDialog", "Import"))
