"""One refresh of the Dashboard, as it runs on a worker: the figures for a filter, the big
numbers, and the charts as images of the width they are shown at.

The charts are the report's own Drawings (`handouts/charts.py`), written to one small PDF in
memory and rasterised by PDFium: one PDF for every chart, so the bundled font is subset and
embedded once per refresh, not once per chart. PDFium is not thread-safe; it is asked under the
lock every user of it here holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QImage
from reportlab.graphics.shapes import Drawing

from jpoa_desktop.handouts.charts import (
    ChartWords,
    KeyFigure,
    charts_pdf,
    key_figures,
    programme_charts,
)
from jpoa_desktop.model.evaluation import ProgrammeFigures, ReportFilter
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.reports.workshop_totals import ProgrammeTotals
from jpoa_desktop.ui.handouts.pdf_pages import PDFIUM_LOCK
from jpoa_desktop.ui.handouts.printing import FORMATS

FiguresSource = Callable[[ReportFilter, str], ProgrammeFigures]


@dataclass(frozen=True)
class DashboardView:
    """What one refresh shows."""

    figures: ProgrammeFigures
    tiles: tuple[KeyFigure, ...]
    charts: tuple[QImage, ...]


def chart_images(drawings: Sequence[Drawing], width_px: int) -> tuple[QImage, ...]:
    """Each drawing as an image `width_px` wide that owns its pixels (it crosses threads)."""
    import pypdfium2 as pdfium

    if not drawings:
        return ()
    pdf = charts_pdf(drawings)
    images = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            for index, drawing in enumerate(drawings):
                page = document[index]
                bitmap = page.render(scale=width_px / drawing.width, rev_byteorder=True)
                view = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                              FORMATS[bitmap.mode])  # fmt: skip
                images.append(view.copy())  # the view borrows PDFium's buffer, freed below
                bitmap.close()
                page.close()
        finally:
            document.close()
    return tuple(images)


def draw_dashboard(
    figures_of: FiguresSource,
    report: ReportFilter,
    words: ChartWords,
    width_px: int,
    progress: Progress,
    cancelled: CancelCheck,
) -> DashboardView | None:
    """The figures for `report` and their charts `width_px` wide; None when the user moved on
    before the charts were drawn (nobody would see them)."""
    figures = figures_of(report, words.language)
    if cancelled():
        return None
    charts = chart_images(programme_charts(figures, words), width_px)
    return DashboardView(figures, key_figures(figures, words), charts)


def read_totals(
    totals_of: Callable[[], ProgrammeTotals], progress: Progress, cancelled: CancelCheck
) -> ProgrammeTotals:
    """Every workshop's totals, as the worker reads them once for every later filter."""
    return totals_of()
