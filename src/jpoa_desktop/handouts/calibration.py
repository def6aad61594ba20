"""The label sheet calibration page: every cell's outline, with a cross and a millimetre scale.

It is a handout kind like the others (the registry lists it, `jpoa handout calibration`
prints it) so that the calibration dialog and the command share one path; the drawing itself
lives with the sheets it measures (`common/sheets.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.handouts.common.page import PAPERS, PageOptions
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.handouts.common.sheets import SheetTemplate, draw_calibration
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress


@dataclass(frozen=True)
class CalibrationData:
    sheet: SheetTemplate
    offset_mm: tuple[float, float] = (0.0, 0.0)  # the printer's shift to try: right, down

    def texts(self) -> Iterator[str]:
        yield self.sheet.name


def build(
    data: CalibrationData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the one test page to `out`; it has no translated labels, so nothing falls back.
    The sheet sets the paper (`options` changes nothing)."""
    progress(0, 1)
    paper = PAPERS[data.sheet.paper]
    replace_atomically(
        out, lambda path: draw_calibration(str(path), data.sheet, paper, data.offset_mm)
    )
    progress(1, 1)
    return []
