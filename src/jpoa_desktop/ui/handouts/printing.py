"""Sending a built PDF to a printer: each page rendered by PDFium and painted at its true size.

Qt cannot print a PDF file itself (and QtPdf is not in the Linux wheels), so the pages are
rasterised with PDFium at the printer's resolution (capped, to keep memory under the budget:
an A4 page at 300 dpi is 26 MB) and painted from the paper's corner, not from the printable
area's. A label sheet's cells then land exactly where the PDF puts them; the only shift left is
the printer's own, which the label sheet calibration measures and the handouts compensate.

`render_page` is for anything that shows a page on screen (a preview, a thumbnail); `print_pdf`
is for any paint device that pages: a `QPrinter`, native or PDF, chosen in a print dialog.
Both are safe on a worker thread (Qt paints on QImage and QPrinter off the GUI thread), and both
hold `PDFIUM_LOCK` while PDFium works, because PDFium is not thread-safe.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.ui.handouts.pdf_pages import PDFIUM_LOCK, POINTS_PER_INCH

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300.0  # sharp enough for text and QR codes; 600 dpi would take 100 MB a page
MIN_DPI = 10.0


@contextmanager
def _document(pdf_path: Path) -> Iterator[Any]:
    """The PDF opened with PDFium, closed however the caller leaves. The lock is held while
    PDFium opens and closes it; callers take it around anything else they ask of PDFium."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(pdf_path))
        except (OSError, pdfium.PdfiumError) as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a PDF file that can be read."),
                file=pdf_path.name,
            ) from error
    try:
        yield document
    finally:
        with PDFIUM_LOCK:
            document.close()


def _sizes(document: Any) -> list[tuple[float, float]]:
    with PDFIUM_LOCK:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            page.close()
            sizes.append((float(width), float(height)))
        return sizes


FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}


def _image(document: Any, index: int, dpi: float) -> QImage:
    """Page `index` of an open document as an image on white that owns its pixels."""
    with PDFIUM_LOCK:
        page = document[index]
        try:
            bitmap = page.render(scale=max(dpi, MIN_DPI) / POINTS_PER_INCH, rev_byteorder=True)
            try:
                view = QImage(
                    bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, FORMATS[bitmap.mode]
                )
                return view.copy()  # the view borrows PDFium's buffer, which is freed below
            finally:
                bitmap.close()
        finally:
            page.close()


def page_sizes(pdf_path: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    with _document(pdf_path) as document:
        return _sizes(document)


def render_page(pdf_path: Path, index: int, dpi: float) -> QImage:
    """Page `index` (from 0) of `pdf_path` at `dpi`: an image `width_pt * dpi / 72` pixels wide.

    The image owns its pixels and can cross threads. Raises `IndexError` for a page that is not
    there and `ValidationError` for a file PDFium cannot read.
    """
    with _document(pdf_path) as document:
        if not 0 <= index < len(document):
            raise IndexError(index)
        return _image(document, index, dpi)


def _layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The paper for a page of this size: a named size when it is one (A4, Letter…), so the
    printer takes paper from the right tray; landscape when the page is wider than tall."""
    portrait = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_pdf(
    pdf_path: Path,
    printer: QPrinter,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    dpi: float | None = None,
) -> None:
    """Paint every page of `pdf_path` on `printer`, one printed page per PDF page, at 100 %.

    The printer's paper is set from the first page (size and orientation) and it prints full
    page, so the PDF's coordinates are the paper's. Each page is rendered at `dpi` (default: the
    printer's resolution, at most `MAX_PRINT_DPI`) and scaled to its true size on the device.
    `progress(done, total)` counts pages; when `cancelled()` turns true between pages, the job is
    aborted (nothing more reaches the printer) and `Cancelled` is raised.
    """
    with _document(pdf_path) as document:
        _paint(document, printer, progress, cancelled, dpi)


def _paint(
    document: Any,
    printer: QPrinter,
    progress: Progress,
    cancelled: CancelCheck,
    dpi: float | None,
) -> None:
    sizes = _sizes(document)
    if not sizes:
        return
    printer.setFullPage(True)
    printer.setPageLayout(_layout(*sizes[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The printer “{printer}” could not start printing."),
            printer=printer.printerName() or printer.outputFileName(),
        )
    finished = False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale_x = printer.logicalDpiX() / POINTS_PER_INCH
        scale_y = printer.logicalDpiY() / POINTS_PER_INCH
        resolution = dpi or min(float(printer.logicalDpiX()), MAX_PRINT_DPI)
        progress(0, len(sizes))
        for index, (width, height) in enumerate(sizes):
            if cancelled():
                raise Cancelled(
                    QT_TRANSLATE_NOOP("Errors", "Printing was cancelled; the rest was not sent.")
                )
            if index:
                printer.newPage()
            image = _image(document, index, resolution)
            painter.drawImage(QRectF(0, 0, width * scale_x, height * scale_y), image)
            del image  # one page's pixels at a time
            progress(index + 1, len(sizes))
        finished = True
    finally:
        if not finished:
            printer.abort()
        painter.end()
