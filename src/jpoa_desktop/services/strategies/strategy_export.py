"""What the strategy screens and commands write to files: a draft (Word, PDF, or the action
plan as an Excel sheet), its coverage (Excel or CSV) and a diff (Word, Excel or CSV).

The one place that picks the writer for a draft's export, so the screen's Export dialog and
`jpoa strategy export` write the same file from the same draft. The target's suffix names the
format (the command may name it instead, with --format); every writer writes to a temporary
name and renames it at the end, so a failure or a cancel leaves no partial file. A folder the
user cannot write to is a clear `ValidationError`, never a traceback. The windows call this
service for coverage and diffs too, so no widget writes a file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.strategies import Coverage, DraftView
from jpoa_desktop.services.strategies.strategies import StrategyService

if TYPE_CHECKING:  # the writers (python-docx, openpyxl) load when a file is written
    from jpoa_desktop.io.writing.coverage_export import CoverageWords
    from jpoa_desktop.io.writing.strategy_diff_export import DiffReport

FORMATS = (".docx", ".pdf", ".xlsx")
ONE_LANGUAGE = (".xlsx",)  # an Excel sheet has one language: no second one beside it


@dataclass(frozen=True)
class ExportedDraft:
    """What was written, for the screen's message and the command's report."""

    path: Path
    draft_id: int
    suffix: str  # ".docx", ".pdf" or ".xlsx"
    measures: int
    missing_labels: list[str] = field(default_factory=list)  # PDF labels shown in English


def export_suffix(target: Path, fmt: str | None = None) -> str:
    """The format to write: `fmt` ("docx") when given, else the target's suffix; refused with
    a one-line message when it is none of .docx, .pdf or .xlsx."""
    suffix = f".{fmt.lower().lstrip('.')}" if fmt else target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the name must end in .docx, .pdf or .xlsx."),
            file=target.name,
        )
    return suffix


class StrategyExportService:
    """Exports the drafts that `strategies` reads."""

    def __init__(self, strategies: StrategyService) -> None:
        self._strategies = strategies

    def export_draft(
        self,
        draft_id: int,
        target: Path,
        language: str,
        second: str | None = None,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        fmt: str | None = None,
    ) -> ExportedDraft:
        """Write the draft to `target` in `language` (with `second` side by side in Word and
        PDF); runs on a worker, reporting progress and stopping when `cancelled()`."""
        suffix = export_suffix(target, fmt)
        view = self._strategies.draft(draft_id, language)
        if suffix in ONE_LANGUAGE:
            second = None
        try:
            missing = write_view(view, suffix, target, language, second, progress, cancelled)
        except OSError as exc:  # the temporary file could not even be made (a read-only folder)
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} could not be written: {reason}"),
                file=target.name,
                reason=exc.strerror or exc,
            ) from exc
        return ExportedDraft(target, view.id, suffix, view.summary.measures, missing)

    def export_coverage(
        self, target: Path, shown: tuple[Coverage, Coverage | None], words: CoverageWords,
        progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled,
    ) -> int:  # fmt: skip
        """The coverage matrix as shown (this draft's, beside the compared draft's when there is
        one) and the gaps, in the words given, as .xlsx or .csv by the suffix; return the rows
        written."""
        from jpoa_desktop.io.writing.coverage_export import write_coverage

        coverage, other = shown
        return write_coverage(target, coverage, words, other, progress, cancelled)

    def export_diff(self, report: DiffReport, target: Path) -> Path:
        """The diff as shown, as .docx, .xlsx or .csv by the suffix."""
        from jpoa_desktop.io.writing.strategy_diff_export import write_diff

        write_diff(report, target)
        return target


def write_view(
    view: DraftView,
    suffix: str,
    target: Path,
    language: str,
    second: str | None,
    progress: Progress,
    cancelled: CancelCheck,
) -> list[str]:
    """Call the writer of `suffix`; return the labels a PDF had to show in English."""
    if suffix == ".docx":
        from jpoa_desktop.io.writing.strategy_docx import write_docx

        write_docx(view, target, language, second, progress, cancelled)
        return []
    if suffix == ".xlsx":
        from jpoa_desktop.io.writing.strategy_xlsx import write_xlsx

        write_xlsx(view, target, language, progress, cancelled)
        return []
    from jpoa_desktop.handouts.common.page import PageOptions
    from jpoa_desktop.handouts.strategy_pdf import build

    return build(view, PageOptions(), target, language, second, progress, cancelled)
