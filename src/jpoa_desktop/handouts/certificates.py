"""Certificates of participation or of completion (the workshop's rule says which): one a
page, in one language or two side by side, with a QR code that lets anyone check the
certificate offline (see `services/certificate_codes.py`).

In a Latin-script language (English, Uzbek, Turkmen) the holder's name is printed in its Latin
spelling when it was written in Cyrillic; in the other languages as written.

With the workshop's branding, the organisers' logos sit in a band at the top and the signatures
(picture over a line, name and title under it) in the free space left of the QR code, above the
certificate's number: neither band overlaps the texts, which start below the logos.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.handouts.common.bidi_lines import display
from jpoa_desktop.handouts.common.fitting import fit
from jpoa_desktop.handouts.common.images import BrandImage, ImagePainter
from jpoa_desktop.handouts.common.page import (
    GREY,
    PAPERS,
    RULE,
    PageOptions,
    latin_line,
    stop_if_cancelled,
)
from jpoa_desktop.handouts.common.printable import (
    PrintNotices,
    capped,
    cut_noter,
    printable,
    printed_name,
)
from jpoa_desktop.handouts.common.qr import draw_qr
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts
from jpoa_desktop.texts.formatting import date_span, decimal_number
from jpoa_desktop.texts.labels import Labels, missing_in

LATIN_SCRIPT = frozenset({"en", "uz", "tk"})
QR_SIZE = 30 * mm
ADDRESSED_QR_SIZE = 36 * mm  # a code after the verifier page's address: as large modules
MARGIN = 14 * mm  # from the paper's edge to the outer frame
LOGO_BAND = 16 * mm  # the logos' height, shrunk to no less than LOGO_MIN when texts need room
LOGO_MIN = 9 * mm
SIGNATURE_WIDTH = 60 * mm  # at most, per signature
SIGNATURE_IMAGE = 15 * mm  # at most, the picture above the line
Box = tuple[float, float, float, float]  # x, y, width, height
NAME = 2  # in a column's paragraphs, the holder's name: the one text that changes page to page


@dataclass
class _Shared:
    """What every page shares, laid out once: each column's paragraphs (the first holder's
    name at NAME), and one PDF form per layout with everything but the name, the number and
    the QR code. The names' heights are the layout: the texts under a name move with it."""

    accent: Color  # the heading, the workshop's title and the frame
    columns: list[list[tuple[Paragraph, float]]]
    heights: list[list[float]]
    forms: dict[tuple[float, ...], tuple[str, list[tuple[float, float]]]]


@dataclass(frozen=True)
class Certificate:
    number: str
    holder: str  # as written
    latin: str
    code: str  # the signed text
    qr: str = ""  # what the QR code carries when not the bare code: the verifier page's address


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
    logos: tuple[BrandImage, ...] = ()  # in a row at the top
    signatures: tuple[BrandImage, ...] = ()  # side by side at the bottom, with names and titles
    wording: str = "participation"  # or "completion": the holder passed the post-test

    @property
    def qr_size(self) -> float:
        """The QR code's side: larger when the codes follow the verifier page's address, so its
        modules stay as large as a bare code's and a 150 dpi scan or a phone still reads it."""
        return ADDRESSED_QR_SIZE if any(c.qr for c in self.certificates) else QR_SIZE

    @property
    def heading(self) -> str:
        """The label of the certificate's title: "Certificate of participation" or "… of
        completion"."""
        return "certificate_completion" if self.wording == "completion" else "certificate"

    def texts(self) -> Iterator[str]:
        yield from (*self.titles, self.place, self.organisers)
        for signature in self.signatures:
            yield from (signature.signer_name, signature.signer_title)
        for certificate in self.certificates:
            yield from (certificate.holder, certificate.latin)


def centred(
    text: str,
    font: str,
    sizes: tuple[float, ...],
    width: float,
    height: float,
    colour: Color = black,
    notes: tuple[PrintNotices, str, str] | None = None,
) -> Paragraph:
    """`fit`, centred; with `notes` (notices, whose, which field) a text too long for its box
    is cut with "…" and noted."""
    on_cut = cut_noter(notes[0], notes[1], notes[2], text) if notes else None
    return fit(text, font, sizes, width, height, colour, alignment=TA_CENTER, on_cut=on_cut)


def printable_data(data: CertificateData, notices: PrintNotices) -> CertificateData:
    """The texts as the fonts can print them: a holder's name the fonts cannot print in its
    Latin spelling, no control characters, Arabic and Hebrew joined in reading order (noted)."""
    certificates = []
    for certificate in data.certificates:
        name = printed_name((certificate.holder,), (certificate.latin,), notices)
        latin = certificate.latin if name.in_latin else name.latin
        certificates.append(replace(certificate, holder=name.parts[0], latin=latin))
    return replace(
        data,
        titles=tuple(printable(t, notices, "", "title") for t in data.titles),
        place=printable(data.place, notices, "", "place"),
        organisers=printable(data.organisers, notices, "", "organisers"),
        certificates=tuple(certificates),
    )


def _name(
    certificate: Certificate, labels: Labels, width: float, notices: PrintNotices
) -> Paragraph:
    name = certificate.holder
    if labels.language in LATIN_SCRIPT:
        name = latin_line(certificate.holder, certificate.latin) or certificate.holder
    return centred(name, BOLD, (24, 22, 20, 18, 16), width, 22 * mm,
                   notes=(notices, certificate.holder, "name"))  # fmt: skip


def _column(
    data: CertificateData,
    accent: Color,
    certificate: Certificate,
    labels: Labels,
    title: str,
    width: float,
    notices: PrintNotices,
) -> list[tuple[Paragraph, float]]:
    """The column's paragraphs from the top, each with the space under it."""
    parts = [
        (centred(labels(data.heading), BOLD, (24, 22, 20, 18), width, 24 * mm, accent), 6 * mm),
        (centred(labels("certify_that"), REGULAR, (11,), width, 12 * mm, GREY), 3 * mm),
    ]
    parts.append((_name(certificate, labels, width, notices), 4 * mm))  # at NAME
    verb = "completed" if data.wording == "completion" else "took_part"
    before, after = labels(f"{verb}_before"), labels(f"{verb}_after")
    if before:
        parts.append((centred(before, REGULAR, (11,), width, 12 * mm, GREY), 2 * mm))
    parts.append((centred(title, BOLD, (15, 14, 13, 12, 11), width, 26 * mm, accent,
                          notes=(notices, "", "title")), 2 * mm))  # fmt: skip
    if after:
        parts.append((centred(after, REGULAR, (11,), width, 12 * mm, GREY), 2 * mm))
    when = date_span(data.start, data.end, labels.language)
    details = " · ".join(p for p in (when, data.place) if p)
    if data.hours:
        details += f" · {labels('hours', hours=decimal_number(data.hours, labels.language))}"
    parts.append((centred(details, REGULAR, (10, 9), width, 14 * mm,
                          notes=(notices, "", "place")), 0.0))  # fmt: skip
    return parts


def _stack(canvas: Canvas, parts: list[tuple[Paragraph, float]], x: float, top: float,
           width: float, heights: list[float]) -> float:  # fmt: skip
    """Draw the column's paragraphs but the name; return where the name's bottom goes."""
    name_at = top
    for n, ((paragraph, gap), height) in enumerate(zip(parts, heights, strict=True)):
        if n == NAME:
            name_at = top - height
        else:
            paragraph.drawOn(canvas, x, top - height)
        top -= height + gap
    return name_at


def _signatures(
    canvas: Canvas, signatures: Sequence[BrandImage], painter: ImagePainter, box: Box
) -> None:
    """Each signature: its picture standing on a line, the name under the line, the title
    under the name; side by side, centred in `box`."""
    x, y, width, height = box
    gap = 8 * mm
    count = len(signatures)
    block = min(SIGNATURE_WIDTH, (width - gap * (count - 1)) / count)
    left = x + (width - block * count - gap * (count - 1)) / 2
    for signature in signatures:
        texts = [fit(signature.signer_name, BOLD, (9, 8.5, 8, 7.5), block, 8 * mm,
                     alignment=TA_CENTER)]  # fmt: skip
        if signature.signer_title:
            texts.append(fit(signature.signer_title, REGULAR, (8, 7.5, 7), block, 7 * mm, GREY,
                             alignment=TA_CENTER))  # fmt: skip
        below = y
        for paragraph in reversed(texts):  # the title at the bottom, the name over it
            _w, used = paragraph.wrap(block, 10_000)
            paragraph.drawOn(canvas, left, below)
            below += used
        line = below + 1 * mm
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(left + 3 * mm, line, left + block - 3 * mm, line)
        room = min(SIGNATURE_IMAGE, y + height - line - 1 * mm)
        if room > 2 * mm:
            painter.draw(canvas, signature, (left, line + 1 * mm, block, room), valign="bottom")
        left += block + gap


def _shared(
    canvas: Canvas,
    data: CertificateData,
    accent: Color,
    labels: list[Labels],
    notices: PrintNotices,
) -> _Shared:
    column = _column_width(canvas, len(labels))
    columns = [_column(data, accent, data.certificates[0], label, title, column, notices)
               for label, title in zip(labels, data.titles, strict=True)]  # fmt: skip
    heights = [[p.wrap(column, 10_000)[1] for p, _gap in parts] for parts in columns]
    return _Shared(accent, columns, heights, {})


def _column_width(canvas: Canvas, count: int) -> float:
    width = float(canvas._pagesize[0])  # type: ignore[attr-defined]  # ReportLab keeps it there
    return (width - 2 * MARGIN - 28 * mm - 12 * mm * (count - 1)) / count


def _static(
    canvas: Canvas,
    data: CertificateData,
    labels: list[Labels],
    painter: ImagePainter,
    notices: PrintNotices,
    shared: _Shared,
    name_heights: tuple[float, ...],
) -> list[tuple[float, float]]:
    """Everything on the page but the name, number and QR code; return where each column's
    name goes (x, bottom)."""
    width, height = canvas._pagesize  # type: ignore[attr-defined]  # ReportLab keeps it there
    margin = MARGIN
    canvas.setStrokeColor(shared.accent)
    canvas.setLineWidth(2.2)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.rect(margin + 3 * mm, margin + 3 * mm, width - 2 * margin - 6 * mm,
                height - 2 * margin - 6 * mm)  # fmt: skip
    inner_left, inner_right = margin + 14 * mm, width - margin - 14 * mm
    qr_size = data.qr_size
    top, bottom = height - margin - 16 * mm, margin + qr_size + 12 * mm
    gap = 12 * mm
    column = _column_width(canvas, len(labels))
    columns = shared.columns
    heights = [[*sizes[:NAME], name, *sizes[NAME + 1 :]]
               for sizes, name in zip(shared.heights, name_heights, strict=True)]  # fmt: skip
    if data.logos:
        logos_top = height - margin - 9 * mm
        needed = max(sum(h) + sum(g for _p, g in parts)
                     for h, parts in zip(heights, columns, strict=True))  # fmt: skip
        room = logos_top - 6 * mm - bottom - needed  # what the texts leave for the logos
        band = max(LOGO_MIN, min(LOGO_BAND, room))
        painter.row(canvas, data.logos,
                    (inner_left, logos_top - band, inner_right - inner_left, band))  # fmt: skip
        top = logos_top - band - 6 * mm
    spots = []
    for n, (parts, sizes) in enumerate(zip(columns, heights, strict=True)):
        x = inner_left + n * (column + gap)
        spots.append((x, _stack(canvas, parts, x, top, column, sizes)))
        if n:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(x - gap / 2, bottom, x - gap / 2, top)
    canvas.setFillColor(GREY)
    if data.organisers:  # one line, left of the QR code
        canvas.setFont(REGULAR, 9)
        style = ParagraphStyle("organisers", fontName=REGULAR, fontSize=9, leading=11)
        room = inner_right - qr_size - 8 * mm - inner_left
        line = capped(data.organisers, style, room, 1, notices, "", "organisers")
        canvas.drawString(inner_left, margin + 7 * mm, display(line))
    qr_x = inner_right - qr_size
    if data.signatures:  # above the number, left of the QR code, below the texts
        low = margin + 17 * mm
        zone = (inner_left, low, qr_x - 8 * mm - inner_left, bottom - 2 * mm - low)
        _signatures(canvas, data.signatures, painter, zone)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(qr_x + qr_size / 2, margin + 6 * mm, labels[0]("verify_hint"))
    return spots


def _page(
    canvas: Canvas,
    data: CertificateData,
    certificate: Certificate,
    labels: list[Labels],
    painter: ImagePainter,
    notices: PrintNotices,
    shared: _Shared,
) -> None:
    """The page: the shared form for its layout, then the name, the number and the QR code."""
    width = canvas._pagesize[0]  # type: ignore[attr-defined]  # ReportLab keeps it there
    column = _column_width(canvas, len(labels))
    names = [_name(certificate, label, column, notices) for label in labels]
    name_heights = tuple(name.wrap(column, 10_000)[1] for name in names)
    if name_heights not in shared.forms:
        form = f"certificatePage{len(shared.forms)}"
        canvas.beginForm(form)
        spots = _static(canvas, data, labels, painter, notices, shared, name_heights)
        canvas.endForm()
        shared.forms[name_heights] = (form, spots)
    form, spots = shared.forms[name_heights]
    canvas.doForm(form)
    for name, (x, y) in zip(names, spots, strict=True):
        name.drawOn(canvas, x, y)
    inner_left, inner_right = MARGIN + 14 * mm, width - MARGIN - 14 * mm
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 9)
    number = labels[0]("certificate_number", number=certificate.number)
    canvas.drawString(inner_left, MARGIN + 12 * mm, number)
    side = data.qr_size
    draw_qr(canvas, certificate.qr or certificate.code, inner_right - side, MARGIN + 9 * mm, side)


def build(
    data: CertificateData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write one certificate a page to `out`, landscape on `options.paper`, framed in
    `options.accent` (the frame sets the margins); return the labels printed in English. What
    had to be changed to print (a Latin spelling, a letter left out, a text cut) goes to
    `notices`."""
    notices = PrintNotices() if notices is None else notices
    register_fonts()
    data = printable_data(data, notices)
    labels = [Labels(language) for language in data.languages]
    size = landscape(PAPERS[options.paper])

    def write(path: Path) -> None:
        # initialFontName: else each page names an unembedded Helvetica (the stubs call it a float)
        canvas = Canvas(str(path), pagesize=size, initialFontName=REGULAR)  # type: ignore[arg-type]
        canvas.setTitle(labels[0](data.heading))
        painter = ImagePainter()
        painter.prepare(canvas, (*data.logos, *data.signatures))  # each file decoded once
        shared = (
            _shared(canvas, data, options.accent, labels, notices) if data.certificates else None
        )
        for done, certificate in enumerate(data.certificates):
            if done % 20 == 0:
                stop_if_cancelled(cancelled)
                progress(done, len(data.certificates))
            assert shared is not None
            _page(canvas, data, certificate, labels, painter, notices, shared)
            canvas.showPage()
        canvas.save()

    replace_atomically(out, write)
    progress(len(data.certificates), len(data.certificates))
    return missing_in(labels)
