"""Saving the current handout as a PDF and sending it to a printer, from the Handouts screen.

Both build afresh on a worker (what comes out has every registration made since the preview)
and write under a temporary name, renamed when whole. Badges sent to a printer take the offset
its label sheet calibration measured.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QWidget

from jpoa_desktop.handouts.registry import OFFSET, kind
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.ui.handouts.labels import kind_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtPrintSupport import QPrinter

    from jpoa_desktop.services.handouts.handouts import HandoutService
    from jpoa_desktop.services.handouts.request import HandoutRequest
    from jpoa_desktop.ui.settings.store import SettingsStore
    from jpoa_desktop.ui.tasks import Task, TaskRunner

# The texts here were the screen's: they keep its context ("HandoutsScreen") and translations.


def default_folder() -> Path:
    """Where handouts are saved unless the trainer says otherwise."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "JPoA handouts"


class HandoutOutput(QObject):
    """Saves and prints for `parent`; `said(text)` tells the trainer it was done."""

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        settings: SettingsStore | None,
        scratch: Path,
        said: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._settings = settings
        self._scratch = scratch
        self._said = said

    def ask_and_save(
        self, handouts: HandoutService, request: HandoutRequest, name: str, per_person: bool = False
    ) -> None:
        """Ask where, suggesting `name` in the default folder, then save; `per_person`: ask for
        a folder and save one certificate a file in it."""
        from PySide6.QtWidgets import QFileDialog

        if per_person:
            folder = QFileDialog.getExistingDirectory(
                self._parent,
                QCoreApplication.translate("HandoutsScreen", "Save one PDF per person in"),
                str(default_folder()),
            )
            if folder:
                self.save_each_to(handouts, request, Path(folder))
            return
        suggested = default_folder() / name
        path, _filter = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("HandoutsScreen", "Save as PDF"),
            str(suggested),
            QCoreApplication.translate("HandoutsScreen", "PDF files (*.pdf)"),
        )
        if path:
            target = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path + ".pdf")
            self.save_to(handouts, request, target)

    def save_to(self, handouts: HandoutService, request: HandoutRequest, target: Path) -> Task:
        """Build `request` into `target` on a worker (written whole, then renamed)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        return self._tasks.run_task(
            self._parent,
            QCoreApplication.translate("HandoutsScreen", "Saving {handout}").format(
                handout=kind_label(request.kind)
            ),
            handouts.save,  # for keeps: certificates enter the register
            request,
            target,
            on_done=lambda _english: self._said(
                QCoreApplication.translate("HandoutsScreen", "Saved {path}").format(path=target)
            ),
        )

    def save_each_to(self, handouts: HandoutService, request: HandoutRequest, folder: Path) -> Task:
        """One certificate a file in `folder`, on a worker (each file written whole)."""
        return self._tasks.run_task(
            self._parent,
            QCoreApplication.translate("HandoutsScreen", "Saving one PDF per person"),
            handouts.save_each,
            request,
            folder,
            on_done=lambda files: self._said(
                self.tr("Saved %n file(s) in {path}", "", len(files)).format(path=folder)
            ),
        )

    def ask_and_print(self, handouts: HandoutService, request: HandoutRequest) -> None:
        """The print dialog, then `print_to` the printer chosen."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        title = QCoreApplication.translate("HandoutsScreen", "Print {handout}").format(
            handout=kind_label(request.kind)
        )
        dialog.setWindowTitle(title)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(handouts, request, printer)

    def print_to(
        self, handouts: HandoutService, request: HandoutRequest, printer: QPrinter
    ) -> Task:
        """Build `request` afresh and send it to `printer`, on a worker."""
        request = self.for_printer(request, printer)
        out = self._scratch / f"print-{request.kind}.pdf"
        return self._tasks.run_task(
            self._parent,
            QCoreApplication.translate("HandoutsScreen", "Printing {handout}").format(
                handout=kind_label(request.kind)
            ),
            _build_and_print,
            handouts,
            request,
            out,
            printer,
            on_done=lambda _none: self._said(
                QCoreApplication.translate("HandoutsScreen", "Sent to the printer")
            ),
        )

    def for_printer(self, request: HandoutRequest, printer: QPrinter | None) -> HandoutRequest:
        """`request` with the printer's calibrated offset, for the kinds on label sheets."""
        if printer is None or self._settings is None or OFFSET not in kind(request.kind).options:
            return request
        return replace(request, offset_mm=self._settings.offset_for(printer.printerName()))


def _build_and_print(
    handouts: HandoutService,
    request: HandoutRequest,
    out: Path,
    printer: QPrinter,
    progress: Progress,
    cancelled: CancelCheck,
) -> None:
    """On a worker: build the handout, then paint its pages on the printer."""
    from jpoa_desktop.ui.handouts.printing import print_pdf

    handouts.save(request, out, lambda n, of: progress(n, 2 * of), cancelled)
    print_pdf(out, printer, lambda n, of: progress(of + n, 2 * of), cancelled)
