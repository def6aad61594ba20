"""Certificates of participation: one a page, in one language or two side by side, with a QR
code that lets anyone check the certificate offline (see `services/certificate_codes.py`).

In a Latin-script language (English, Uzbek, Turkmen) the holder's name is printed in its Latin
spelling when it was written in Cyrillic; in the other languages as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jpoa_desktop.atomic import replace_atomically
from jpoa_desktop.handouts.dates import date_span
from jpoa_desktop.handouts.fitting import draw_at, fit
from jpoa_desktop.handouts.fonts import BOLD, REGULAR, check_texts, register_fonts
from jpoa_desktop.handouts.labels import Labels, missing_in
from jpoa_desktop.handouts.page import ACCENT, GREY, PAPERS, RULE, latin_line
from jpoa_desktop.handouts.qr import draw_qr
from jpoa_desktop.progress import CancelCheck, Progress, never_cancelled, no_progress

LATIN_SCRIPT = frozenset({"en", "uz", "tk"})
QR_SIZE = 30 * mm


@dataclass(frozen=True)
class Certificate:
    number: str
    holder: str  # as written
    latin: str
    code: str  # the signed text the QR code carries


@dataclass(frozen=True)
class CertificateData:
    languages: tuple[str, ...]
    titles: tuple[str, ...]  # the workshop's title in each language
    start: date
    end: date
    place: str
    hours: str  # "" when the agenda does not say
    organisers: str
    certificates: tuple[Certificate, ...]
    paper: str = "a4"

    def texts(self) -> Iterator[str]:
        yield from (*self.titles, self.place, self.organisers)
        for certificate in self.certificates:
            yield from (certificate.holder, certificate.latin)


def centred(
    text: str,
    font: str,
    sizes: tuple[float, ...],
    width: float,
    height: float,
    colour: Color = black,
) -> Paragraph:
    return fit(text, font, sizes, width, height, colour, alignment=TA_CENTER)


def _column(
    canvas: Canvas,
    data: CertificateData,
    certificate: Certificate,
    labels: Labels,
    title: str,
    box: tuple[float, float, float, float],
) -> None:
    x, _bottom, width, top = box
    heading = centred(labels("certificate"), BOLD, (24, 22, 20, 18), width, 24 * mm, ACCENT)
    top -= draw_at(canvas, heading, x, top, width) + 6 * mm
    for key in ("certify_that",):
        top -= draw_at(canvas, centred(labels(key), REGULAR, (11,), width, 12 * mm, GREY),
                       x, top, width) + 3 * mm  # fmt: skip
    name = certificate.holder
    if labels.language in LATIN_SCRIPT:
        name = latin_line(certificate.holder, certificate.latin) or certificate.holder
    holder = centred(name, BOLD, (24, 22, 20, 18, 16), width, 22 * mm)
    top -= draw_at(canvas, holder, x, top, width) + 4 * mm
    before, after = labels("took_part_before"), labels("took_part_after")
    if before:
        top -= draw_at(canvas, centred(before, REGULAR, (11,), width, 12 * mm, GREY),
                       x, top, width) + 2 * mm  # fmt: skip
    workshop = centred(title, BOLD, (15, 14, 13, 12, 11), width, 26 * mm, ACCENT)
    top -= draw_at(canvas, workshop, x, top, width) + 2 * mm
    if after:
        top -= draw_at(canvas, centred(after, REGULAR, (11,), width, 12 * mm, GREY),
                       x, top, width) + 2 * mm  # fmt: skip
    when = date_span(data.start, data.end, labels.language)
    details = " · ".join(p for p in (when, data.place) if p)
    if data.hours:
        details += f" · {labels('hours', hours=data.hours)}"
    draw_at(canvas, centred(details, REGULAR, (10, 9), width, 14 * mm), x, top, width)


def _page(
    canvas: Canvas, data: CertificateData, certificate: Certificate, labels: list[Labels]
) -> None:
    width, height = canvas._pagesize  # type: ignore[attr-defined]  # ReportLab keeps it there
    margin = 14 * mm
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.2)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.rect(margin + 3 * mm, margin + 3 * mm, width - 2 * margin - 6 * mm,
                height - 2 * margin - 6 * mm)  # fmt: skip
    inner_left, inner_right = margin + 14 * mm, width - margin - 14 * mm
    top, bottom = height - margin - 16 * mm, margin + QR_SIZE + 12 * mm
    gap = 12 * mm
    column = (inner_right - inner_left - gap * (len(labels) - 1)) / len(labels)
    for n, (label, title) in enumerate(zip(labels, data.titles, strict=True)):
        x = inner_left + n * (column + gap)
        _column(canvas, data, certificate, label, title, (x, bottom, column, top))
        if n:
            canvas.setStrokeColor(RULE)
            canvas.line(x - gap / 2, bottom, x - gap / 2, top)
    first = labels[0]
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 9)
    canvas.drawString(
        inner_left, margin + 12 * mm, first("certificate_number", number=certificate.number)
    )
    if data.organisers:
        canvas.drawString(inner_left, margin + 7 * mm, data.organisers)
    qr_x = inner_right - QR_SIZE
    draw_qr(canvas, certificate.code, qr_x, margin + 9 * mm, QR_SIZE)
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, margin + 6 * mm, first("verify_hint"))


def build(
    data: CertificateData,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> list[str]:
    """Write one certificate a page to `out`; return the labels printed in English."""
    check_texts(data.texts())
    register_fonts()
    labels = [Labels(language) for language in data.languages]
    size = landscape(PAPERS[data.paper])

    def write(path: Path) -> None:
        # initialFontName: else each page names an unembedded Helvetica (the stubs call it a float)
        canvas = Canvas(str(path), pagesize=size, initialFontName=REGULAR)  # type: ignore[arg-type]
        canvas.setTitle(labels[0]("certificate"))
        for done, certificate in enumerate(data.certificates):
            if done % 20 == 0:
                if cancelled():
                    from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled

                    raise Cancelled(
                        QT_TRANSLATE_NOOP("Errors", "Printing was cancelled; no file was written.")
                    )
                progress(done, len(data.certificates))
            _page(canvas, data, certificate, labels)
            canvas.showPage()
        canvas.save()

    replace_atomically(out, write)
    progress(len(data.certificates), len(data.certificates))
    return missing_in(labels)
