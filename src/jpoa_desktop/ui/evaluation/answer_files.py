"""Import answers… and Export grid…: a spreadsheet in or out, on a worker with progress and cancel.

An import is read and checked first (nothing written); a file with refused rows shows every one
of them by its row, and the trainer chooses to import the other rows or to fix the file. The
export is the grid as a sheet to fill in Excel, with the answers stored so far.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from jpoa_desktop.ui.messages import show_saved
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.reason_list_dialog import ReasonListDialog

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.evaluation.response_import import ResponsePlan

ANSWERS = frozenset({"answers"})


class AnswerFiles(QObject):
    imported = Signal(int)  # people whose answers were written

    def __init__(self, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._parent = parent
        self.refused: ReasonListDialog | None = None  # the last refused-rows dialog shown

    def choose_import(self, services: Services, form_id: int) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import answers"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"),
        )
        if path:
            self.import_from(services, form_id, Path(path))

    def import_from(self, services: Services, form_id: int, path: Path) -> None:
        files = services.response_files

        def plan(*, progress: Any, cancelled: Any) -> ResponsePlan:
            del progress, cancelled  # reading a sheet of forty people is quick
            return files.plan(form_id, path)

        self._tasks.run_task(
            self._parent,
            self.tr("Reading %1…").replace("%1", path.name),
            plan,
            on_done=lambda result: self._planned(services, result),
        )

    def _planned(self, services: Services, plan: ResponsePlan) -> None:
        if not plan.problems:
            self._write(services, plan, skip_invalid=False)
            return
        rows = [(self.tr("Row %1").replace("%1", str(p.row)), p.message) for p in plan.problems]
        dialog = ReasonListDialog(
            self.tr("Answers not imported"),
            self.tr(
                "%n row(s) of %1 cannot be imported, and nothing was written. Fix them in the "
                "file, or import the other rows.",
                "",
                len(plan.problems),
            ).replace("%1", plan.source),
            (self.tr("Row"), self.tr("Problem")),
            rows,
            self._parent,
        )
        dialog.setObjectName("refusedAnswerRows")
        buttons = dialog.findChild(QDialogButtonBox)
        if buttons is not None and plan.people:
            buttons.addButton(
                self.tr("Import the other rows"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.accepted.connect(dialog.accept)
        dialog.accepted.connect(lambda: self._write(services, plan, skip_invalid=True))
        dialog.resize(640, 360)
        self.refused = dialog
        dialog.open()

    def _write(self, services: Services, plan: ResponsePlan, skip_invalid: bool) -> None:
        self._tasks.run_task(
            self._parent,
            self.tr("Importing answers…"),
            services.response_files.apply,
            plan,
            skip_invalid,
            writes=ANSWERS,
            on_done=lambda _report: self.imported.emit(len(plan.people)),
        )

    def choose_export(self, services: Services, form_id: int, name: str, language: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export grid"),
            f"{name}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(services, form_id, Path(path), language)

    def export_to(self, services: Services, form_id: int, path: Path, language: str) -> None:
        files = services.response_files

        def export(*, progress: Any, cancelled: Any) -> int:
            del progress, cancelled
            return files.export_grid(form_id, path, language)

        def saved(_rows: int) -> None:
            show_saved(
                self._parent,
                self.tr("Export grid"),
                self.tr("The grid was saved as %1.").replace("%1", path.name),
                path.parent,
                name="answerGridSaved",
            )

        self._tasks.run_task(
            self._parent, self.tr("Writing %1…").replace("%1", path.name), export, on_done=saved
        )
