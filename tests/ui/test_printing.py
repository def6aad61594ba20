"""Printing a built PDF: pages rendered by PDFium at a given resolution and painted on a printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.ui.handouts.printing import page_sizes, print_pdf, render_page


def _pdf(path: Path, pages: int, size: tuple[float, float] = A4) -> Path:
    """`pages` pages, each with a black square 20 mm from the top left corner."""
    canvas = Canvas(str(path), pagesize=size)
    for number in range(pages):
        canvas.rect(20 * mm, size[1] - 40 * mm, 20 * mm, 20 * mm, stroke=0, fill=1)
        canvas.drawString(60 * mm, size[1] - 30 * mm, f"page {number + 1}")
        canvas.showPage()
    canvas.save()
    return path


def _pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


@pytest.mark.parametrize("dpi", [72, 150])
def test_render_page_gives_an_image_the_page_size_at_that_resolution(
    qapp: object, tmp_path: Path, dpi: int
) -> None:
    pdf = _pdf(tmp_path / "a4.pdf", 2)
    image = render_page(pdf, 1, dpi)
    assert abs(image.width() - 210 / 25.4 * dpi) <= 1
    assert abs(image.height() - 297 / 25.4 * dpi) <= 1
    # The square sits 20-40 mm from the top left corner; the paper around it stays white.
    inside = round(30 / 25.4 * dpi)
    assert image.pixelColor(inside, inside) == QColor("black")
    assert image.pixelColor(5, 5) == QColor("white")


def test_render_page_refuses_a_page_that_is_not_there_and_a_file_that_is_no_pdf(
    qapp: object, tmp_path: Path
) -> None:
    pdf = _pdf(tmp_path / "one.pdf", 1)
    with pytest.raises(IndexError):
        render_page(pdf, 1, 72)
    garbage = tmp_path / "garbage.pdf"
    garbage.write_text("not a pdf", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"garbage\.pdf"):
        render_page(garbage, 0, 72)


def test_print_pdf_sends_every_page_at_its_size_and_reports_progress(
    qapp: object, tmp_path: Path
) -> None:
    pdf = _pdf(tmp_path / "three.pdf", 3)
    out = tmp_path / "printed.pdf"
    seen: list[tuple[int, int]] = []
    print_pdf(pdf, _pdf_printer(out), lambda done, total: seen.append((done, total)))
    printed = PdfReader(out)
    assert len(printed.pages) == 3
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert seen[-1] == (3, 3)


def test_print_pdf_keeps_a_landscape_page_landscape(qapp: object, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "wide.pdf", 1, landscape(A4))
    out = tmp_path / "printed.pdf"
    print_pdf(pdf, _pdf_printer(out))
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert page_sizes(pdf)[0][0] > page_sizes(pdf)[0][1]


def test_print_pdf_stops_when_cancelled_between_pages(qapp: object, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "three.pdf", 3)
    done: list[int] = []
    with pytest.raises(Cancelled):
        print_pdf(
            pdf,
            _pdf_printer(tmp_path / "printed.pdf"),
            lambda n, _total: done.append(n),
            lambda: len(done) >= 2,  # after the first page
        )
    assert max(done) == 1
