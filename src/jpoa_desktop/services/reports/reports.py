"""Writing the donor report for a filter: an XLSX workbook or a PDF, chosen by the file's suffix.

The same figures feed both (FigureService), and a workshop's report adds its participants'
scores and comments (ScoreService). The file is written all or nothing: a refused filter, a
cancel or a full disk leaves no file and no half of one under the name asked for.
"""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import workshop_or_error
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.model.evaluation import ProgrammeFigures, ReportFilter, WorkshopScores
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.evaluation.scores import ScoreService
from jpoa_desktop.services.reports.figures import FigureService

REPORT_SUFFIXES = (".xlsx", ".pdf")
STEPS = 3


def check_filter(report: ReportFilter) -> None:
    """Refuse a filter no report can be made for, in one line, before anything is read."""
    if report.pillar is not None and not 1 <= report.pillar <= 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no pillar {value}: pillars are 1 to 4."),
            value=report.pillar,
        )
    if report.phase is not None and not 1 <= report.phase <= 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no phase {value}: phases are 1 to 4."),
            value=report.phase,
        )
    if report.start and report.end and report.start > report.end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period starts on {start}, after its end on {end}."),
            start=report.start.isoformat(),
            end=report.end.isoformat(),
        )


def check_target(path: Path) -> str:
    """The report's format from the file's suffix, or a one-line refusal."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A report is written to an .xlsx or a .pdf file, not “{name}”."
            ),
            name=path.name,
        )
    return suffix


class ReportService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def write(
        self,
        report: ReportFilter,
        path: Path,
        language: str = "en",
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ProgrammeFigures:
        """Write the report for `report` to `path` (.xlsx or .pdf); the figures it holds."""
        tell = progress or (lambda _done, _total: None)
        stop = cancelled or (lambda: False)
        suffix = check_target(path)
        check_filter(report)
        if report.workshop_id is not None:
            with self._scope() as session:
                workshop_or_error(session, report.workshop_id)
        tell(0, STEPS)
        figures = FigureService(self._scope).figures(report, language)
        scores: WorkshopScores | None = None
        if report.workshop_id is not None:
            scores = ScoreService(self._scope).workshop(report.workshop_id)
        _check(stop)
        tell(1, STEPS)
        if suffix == ".xlsx":
            from jpoa_desktop.io.writing.xlsx import write_xlsx_sheets
            from jpoa_desktop.services.reports.report_xlsx import report_sheets

            sheets = report_sheets(figures, language, scores)
            _check(stop)
            write_xlsx_sheets(path, sheets, title="JPoA report")
        else:
            from jpoa_desktop.handouts.report.report_pdf import build_report

            build_report(figures, scores, language, path, stop)  # all or nothing
        tell(STEPS, STEPS)
        return figures


def _check(cancelled: CancelCheck) -> None:
    if cancelled():
        raise Cancelled(
            QT_TRANSLATE_NOOP("Errors", "The report was cancelled; no file was written.")
        )
