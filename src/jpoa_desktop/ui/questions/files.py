"""Import XLSX… and Export XLSX… on the Question bank screen: choose a file, read or write it on a
worker (progress after half a second, with Cancel), and for an import show what it would do
before anything is written.

The preview says how many questions are new and how many change, and names the rows with
problems; with problems the import is offered only as "skip those rows" (the file is refused
otherwise, as the participant import does). An import is not undone with Ctrl+Z: it is one
transaction after a backup, like every other import.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jpoa_desktop.ui.messages import show_saved
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.evaluation.bank import QuestionFilter
    from jpoa_desktop.services.evaluation.bank_files import BankImportPlan, BankImportReport

QUESTIONS = frozenset({"questions"})
SHOWN_PROBLEMS = 8


class BankFiles(QObject):
    """The screen's two file actions; `done` is called after an import wrote."""

    def __init__(self, screen: QWidget, tasks: TaskRunner, done: Callable[[], None]) -> None:
        super().__init__(screen)
        self.screen, self.tasks, self._done = screen, tasks, done
        self.preview: QMessageBox | None = None  # the import's preview last shown (tests look)
        self.report: BankImportReport | None = None

    def export(
        self, services: Services, wanted: QuestionFilter, target: Path | None = None
    ) -> Task | None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.screen, self.tr("Export the question bank"),
                self.tr("questions") + ".xlsx", self.tr("Excel workbook (*.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
        title = self.tr("Question bank")

        def saved(count: object) -> None:
            text = self.tr("%n question(s) exported to {file}", "", int(str(count)))
            show_saved(self.screen, title, text.format(file=target.name), target.parent)

        return self.tasks.run_task(
            self.screen, self.tr("Exporting the question bank"),
            services.question_files.export, target, wanted, title, on_done=saved,
        )  # fmt: skip

    def choose_import(self, services: Services, path: Path | None = None) -> Task | None:
        """Read and check the file on a worker, then show the preview."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.screen, self.tr("Import questions"), "",
                self.tr("Question banks (*.xlsx *.csv)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)

        def read(progress: object, cancelled: object) -> BankImportPlan:
            del progress, cancelled  # reading and checking one sheet is quick
            return services.question_files.plan(path)

        return self.tasks.run_task(
            self.screen, self.tr("Reading {file}").format(file=path.name), read,
            on_done=lambda plan: self._show_preview(services, plan),
        )  # fmt: skip

    def _show_preview(self, services: Services, plan: BankImportPlan) -> None:
        new, updated = plan.count("new"), plan.count("updated")
        lines = [
            self.tr("%n new question(s)", "", new),
            self.tr("%n question(s) changed", "", updated),
        ]
        if plan.problems:
            lines.append(self.tr("%n row(s) with problems:", "", len(plan.problems)))
            lines += [problem.message for problem in plan.problems[:SHOWN_PROBLEMS]]
        box = QMessageBox(self.screen)
        box.setObjectName("questionImportPreview")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("Import questions from {file}").format(file=plan.source))
        box.setText("\n".join(lines))
        word = self.tr("Import, skipping those rows") if plan.problems else self.tr("Import")
        go = box.addButton(word, QMessageBox.ButtonRole.AcceptRole)
        go.setEnabled(bool(new or updated))
        box.addButton(QMessageBox.StandardButton.Cancel)
        go.clicked.connect(lambda: self.write(services, plan))
        self.preview = box
        box.open()

    def write(self, services: Services, plan: BankImportPlan) -> Task:
        def wrote(report: BankImportReport) -> None:
            self.report = report
            self._done()

        return self.tasks.run_task(
            self.screen, self.tr("Importing questions"), services.question_files.import_plan,
            plan, bool(plan.problems), on_done=wrote, writes=QUESTIONS,
        )  # fmt: skip
