"""Exporting people for Excel from a screen: choose a file, write it on a worker, say where.

Shared by the Participants screen (the whole directory) and the Workshops screen (one
workshop's registrations with attendance by day).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database

STATUS_MS = 10_000
CONTEXT = "ExportPeople"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_export_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save; XLSX unless the user picks CSV. None when they cancel."""
    xlsx = _tr("Excel workbook (*.xlsx)")
    csv = _tr("CSV for Excel, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export participants"), str(suggested), f"{xlsx};;{csv}"
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + (".csv" if chosen == csv else ".xlsx"))
    return target


def start_export(
    parent: QWidget,
    tasks: TaskRunner,
    db: Database,
    target: Path,
    workshop_id: int | None,
    language: str,
    on_done: Callable[[int], None] | None = None,
) -> Task:
    """Write the file on a worker (progress after half a second, with Cancel)."""
    from jpoa_desktop.services.participant_export import ParticipantExportService

    service = ParticipantExportService(db.session_scope)
    lang = language if language in ("en", "ru") else "en"

    def done(rows: object) -> None:
        count = int(rows) if isinstance(rows, int) else 0
        window = parent.window()
        if isinstance(window, QMainWindow):
            message = QCoreApplication.translate(
                CONTEXT, "%n row(s) exported to {file}", "", count
            ).format(file=str(target))
            window.statusBar().showMessage(message, STATUS_MS)
        if on_done is not None:
            on_done(count)

    return tasks.run_task(
        parent,
        _tr("Exporting participants"),
        service.export,
        target,
        workshop_id,
        lang,
        on_done=done,
    )


def export_people(
    parent: QWidget,
    tasks: TaskRunner,
    db: Database | None,
    workshop_id: int | None,
    language: str,
    suggested_name: str,
) -> None:
    if db is None:
        return
    target = choose_export_file(parent, Path.home() / suggested_name)
    if target is not None:
        start_export(parent, tasks, db, target, workshop_id, language)
