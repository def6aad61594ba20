"""Exporting people for Excel from a screen: choose a file, write it on a worker, say where.

Shared by the Participants screen (the whole directory) and the Workshops screen (one
workshop's registrations with attendance by day).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

STATUS_MS = 10_000


class ExportPeople(QObject):
    """One export from a screen (`parent`): its texts are translated in this context."""

    def __init__(self, parent: QWidget, tasks: TaskRunner, services: Services) -> None:
        super().__init__(parent)
        self.screen, self.tasks, self.services = parent, tasks, services

    def choose_file(self, suggested: Path) -> Path | None:
        """Ask where to save; XLSX unless the user picks CSV. None when they cancel."""
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV for Excel, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self.screen, self.tr("Export participants"), str(suggested), f"{xlsx};;{csv}"
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == csv else ".xlsx"))
        return target

    def start(
        self,
        target: Path,
        workshop_id: int | None,
        language: str,
        on_done: Callable[[int], None] | None = None,
    ) -> Task:
        """Write the file on a worker (progress after half a second, with Cancel)."""
        service = self.services.participant_export
        lang = language if language in ("en", "ru") else "en"

        def done(rows: object) -> None:
            count = rows if isinstance(rows, int) else 0
            window = self.screen.window()
            if isinstance(window, QMainWindow):
                message = self.tr("%n row(s) exported to {file}", "", count)
                window.statusBar().showMessage(message.format(file=str(target)), STATUS_MS)
            if on_done is not None:
                on_done(count)

        return self.tasks.run_task(
            self.screen,
            self.tr("Exporting participants"),
            service.export,
            target,
            workshop_id,
            lang,
            on_done=done,
        )


def start_export(
    parent: QWidget,
    tasks: TaskRunner,
    services: Services,
    target: Path,
    workshop_id: int | None,
    language: str,
    on_done: Callable[[int], None] | None = None,
) -> Task:
    return ExportPeople(parent, tasks, services).start(target, workshop_id, language, on_done)


def export_people(
    parent: QWidget,
    tasks: TaskRunner,
    services: Services | None,
    workshop_id: int | None,
    language: str,
    suggested_name: str,
) -> None:
    """Ask for a file, then export to it (nothing happens without a database or a file)."""
    if services is None:
        return
    export = ExportPeople(parent, tasks, services)
    target = export.choose_file(Path.home() / suggested_name)
    if target is not None:
        export.start(target, workshop_id, language)
