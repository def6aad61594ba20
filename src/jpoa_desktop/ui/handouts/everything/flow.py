"""The Handouts screen's "Print everything…": ask what and where, build on a worker, then say
what came of it (saved, printed, texts in another language, what was changed to print).

A cancelled or failed run still tells which handouts were finished and where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.handouts.common.printable import PrintNotice
from jpoa_desktop.ui.handouts.everything.batch import BatchOutcome, run_batch
from jpoa_desktop.ui.handouts.notices_dialog import summary
from jpoa_desktop.ui.handouts.output import default_folder
from jpoa_desktop.ui.handouts.preview_flow import fallback_notes
from jpoa_desktop.ui.messages import describe, show_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from jpoa_desktop.model.workshops import WorkshopSummary
    from jpoa_desktop.services.handouts.handouts import HandoutService
    from jpoa_desktop.services.handouts.request import HandoutRequest
    from jpoa_desktop.ui.handouts.notices_dialog import PrintNoticesDialog
    from jpoa_desktop.ui.tasks import Task, TaskRunner

# The texts here were the screen's: they keep its context ("HandoutsScreen") and translations.


def safe_folder_name(text: str) -> str:
    """A folder name every file system takes: no separators or reserved characters."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return cleaned.strip(" .")[:80] or "handouts"


def batch_folder(workshop: WorkshopSummary | None) -> Path:
    """A folder of its own for the workshop's handouts, in the default folder."""
    folder = default_folder()
    if workshop is not None:
        folder /= safe_folder_name(f"{workshop.start.isoformat()} {workshop.title}")
    return folder


def ask(
    parent: QWidget, kinds: list[str], ticked: list[str], folder: Path
) -> tuple[list[str], Path, QPrinter | None] | None:
    """The batch dialog (and the print dialog when asked to print): which kinds, into which
    folder, to which printer; None when the trainer cancelled."""
    from jpoa_desktop.ui.handouts.everything.batch_dialog import BatchDialog

    dialog = BatchDialog(kinds, ticked, folder, parent)
    if dialog.exec() != BatchDialog.DialogCode.Accepted:
        return None
    printer = None
    if dialog.wants_printing():
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
            return None
    return dialog.chosen_kinds(), dialog.chosen_folder(), printer


class PrintEverything(QObject):
    """Runs a batch for `parent` and reports it in a message box (`message`, kept for tests)."""

    def __init__(self, parent: QWidget, tasks: TaskRunner, said: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._said = said
        self.outcome: BatchOutcome | None = None
        self.message: QMessageBox | None = None
        self.changes_dialog: PrintNoticesDialog | None = None

    def run(
        self,
        handouts: HandoutService,
        requests: list[HandoutRequest],
        folder: Path,
        workshop_start: date | None,
        printer: QPrinter | None = None,
    ) -> Task:
        """Every request into `folder` (and to `printer`), with progress and cancel."""
        print_file = None
        if printer is not None:
            from jpoa_desktop.ui.handouts.printing import print_pdf

            print_file = print_pdf
        outcome = BatchOutcome()
        self.outcome = outcome
        return self._tasks.run_task(
            self._parent,
            QCoreApplication.translate("HandoutsScreen", "Building the handouts"),
            run_batch,
            handouts,
            requests,
            folder,
            workshop_start,
            outcome,
            printer,
            print_file,
            on_done=lambda done: self._finished(done, folder, False),
            on_error=lambda error: self._failed(error, outcome, folder),
        )

    def _show_changes(self, notices: list[PrintNotice]) -> None:
        from jpoa_desktop.ui.handouts.notices_dialog import PrintNoticesDialog

        dialog = PrintNoticesDialog(notices, self._parent)
        dialog.open()
        self.changes_dialog = dialog

    def _finished(self, outcome: BatchOutcome, folder: Path, cancelled: bool) -> None:
        saved = len(outcome.saved)
        if cancelled:
            text = self.tr(
                "Cancelled. %n handout(s) were finished and saved in {folder}.", "", saved
            ).format(folder=folder)
        else:
            text = self.tr("%n handout(s) saved in {folder}.", "", saved).format(folder=folder)
            if outcome.printed:
                text += " " + self.tr("%n sent to the printer.", "", len(outcome.printed))
        if outcome.english_labels:
            text += "\n\n" + "\n".join(fallback_notes(outcome.english_labels))
        if outcome.notices:
            text += "\n\n" + QCoreApplication.translate(
                "HandoutsScreen", "Changed to print: {changes}"
            ).format(changes=summary(outcome.notices.items))
        self._said(text.splitlines()[0])
        title = QCoreApplication.translate("HandoutsScreen", "Print everything")
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Close, self._parent)  # fmt: skip
        if saved:
            open_folder = box.addButton(
                QCoreApplication.translate("HandoutsScreen", "Open the folder"),
                QMessageBox.ButtonRole.ActionRole,
            )
            open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
        if outcome.notices:
            changes = box.addButton(
                QCoreApplication.translate("HandoutsScreen", "What was changed…"),
                QMessageBox.ButtonRole.ActionRole,
            )
            changes.clicked.connect(lambda: self._show_changes(outcome.notices.items))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    def _failed(self, error: BaseException, outcome: BatchOutcome, folder: Path) -> None:
        if isinstance(error, Cancelled):
            self._finished(outcome, folder, True)
            return
        text = describe(error)
        if outcome.saved:
            finished = self.tr(
                "%n handout(s) were finished before this and saved in {folder}.",
                "",
                len(outcome.saved),
            )
            text += "\n\n" + finished.format(folder=folder)
        show_error(
            self._parent, QCoreApplication.translate("HandoutsScreen", "Print everything"), text
        )
