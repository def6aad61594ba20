"""Name badges, N-up on a label sheet: role colour band, name large, organisation, QR code.

Long names and ministry titles first shrink (down to a legible floor), then wrap; a word is never
cut and nothing is clipped. Each badge's QR code carries its badge code, which the check-in
door reads with a scanner.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jpoa_desktop.atomic import replace_atomically
from jpoa_desktop.handouts.fitting import draw_at, fit
from jpoa_desktop.handouts.fonts import BOLD, REGULAR, check_texts, register_fonts
from jpoa_desktop.handouts.labels import Labels, catalogue
from jpoa_desktop.handouts.page import GREY, PAPERS, RULE, latin_line
from jpoa_desktop.handouts.qr import draw_qr
from jpoa_desktop.handouts.sheets import SheetTemplate, cells
from jpoa_desktop.progress import Progress, no_progress

ROLE_COLOURS = {
    "participant": HexColor("#1f5f99"),
    "speaker": HexColor("#2e7d32"),
    "facilitator": HexColor("#c25e00"),
    "organiser": HexColor("#6a3d9a"),
    "observer": HexColor("#5f6b76"),
}
PAD = 4 * mm
BAND = 7 * mm


@dataclass(frozen=True)
class Badge:
    family_name: str
    given_names: str  # given name and patronymic, as written
    latin: str
    organisation: str
    country: str  # ISO code
    role: str
    code: str


@dataclass(frozen=True)
class BadgeData:
    language: str
    workshop: str  # the workshop's title, small at the foot of each badge
    badges: tuple[Badge, ...]
    sheet: SheetTemplate
    offset_mm: tuple[float, float] = (0.0, 0.0)  # printer calibration: right, down

    def texts(self) -> Iterator[str]:
        yield self.workshop
        for badge in self.badges:
            yield from (badge.family_name, badge.given_names, badge.latin, badge.organisation)


@dataclass(frozen=True)
class Placed:
    """A text block as laid out on the page, for checking that it stays inside its badge."""

    text: str
    x: float
    y: float
    width: float
    height: float


def draw_badge(
    canvas: Canvas, badge: Badge, labels: Labels, workshop: str, box: tuple[float, ...]
) -> list[Placed]:
    x, y, width, height = box
    placed: list[Placed] = []
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, width, height, stroke=1, fill=0)  # a cutting guide
    colour: Color = ROLE_COLOURS.get(badge.role, ROLE_COLOURS["participant"])
    canvas.setFillColor(colour)
    canvas.rect(x, y + height - BAND, width, BAND, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, 9)
    role = labels(f"role_{badge.role}") if badge.role else ""
    canvas.drawString(x + PAD, y + height - BAND + 2.4 * mm, role)
    inner = width - 2 * PAD
    qr_size = min(height * 0.36, 22 * mm)
    top = y + height - BAND - 3 * mm
    names_height = (height - BAND - 3 * mm - qr_size - PAD) * 0.62
    family = fit(badge.family_name, BOLD, (22, 20, 18, 16, 14, 12), inner, names_height * 0.55)
    used = draw_at(canvas, family, x + PAD, top, inner)
    placed.append(Placed(badge.family_name, x + PAD, top - used, inner, used))
    top -= used + 0.5 * mm
    given = fit(badge.given_names, REGULAR, (14, 13, 12, 11, 10, 9), inner, names_height * 0.45)
    used = draw_at(canvas, given, x + PAD, top, inner)
    placed.append(Placed(badge.given_names, x + PAD, top - used, inner, used))
    top -= used
    second = latin_line(f"{badge.family_name} {badge.given_names}", badge.latin)
    if second:
        latin = fit(second, REGULAR, (8, 7.5, 7), inner, 4 * mm, GREY)
        top -= draw_at(canvas, latin, x + PAD, top, inner)
    top -= 2 * mm
    side = inner - qr_size - 3 * mm  # the organisation may run beside the QR code
    room = top - (y + PAD + 6.5 * mm)  # above the workshop and country lines
    organisation = fit(badge.organisation, REGULAR, (10, 9.5, 9, 8.5, 8, 7.5, 7), side, room)
    used = draw_at(canvas, organisation, x + PAD, top, side)
    placed.append(Placed(badge.organisation, x + PAD, top - used, side, used))
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7)
    country_key = f"country_{badge.country}"
    country = labels(country_key) if country_key in catalogue() else badge.country
    canvas.drawString(x + PAD, y + PAD, country)
    qr_x, qr_y = x + width - PAD - qr_size, y + PAD + 2.5 * mm
    draw_qr(canvas, badge.code, qr_x, qr_y, qr_size)
    canvas.setFont(REGULAR, 6.5)
    canvas.drawCentredString(qr_x + qr_size / 2, y + PAD, badge.code)
    title = workshop if stringWidth(workshop, REGULAR, 6) <= side else ""
    if title:
        canvas.setFont(REGULAR, 6)
        canvas.drawString(x + PAD, y + PAD + 3 * mm, title)
    return placed


def build(
    data: BadgeData, out: Path, progress: Progress = no_progress
) -> tuple[list[str], list[Placed]]:
    """Write the badges to `out`; return the labels printed in English and where each text
    block went (the tests hold those against the badge boxes)."""
    check_texts(data.texts())
    register_fonts()
    labels = Labels(data.language)
    sheet = data.sheet
    paper = PAPERS[sheet.paper]
    boxes = cells(sheet, paper[1], data.offset_mm)
    placed: list[Placed] = []

    def write(path: Path) -> None:
        # initialFontName: else each page names an unembedded Helvetica (the stubs call it a float)
        canvas = Canvas(str(path), pagesize=paper, initialFontName=REGULAR)  # type: ignore[arg-type]
        canvas.setTitle(data.workshop)
        for done, badge in enumerate(data.badges):
            slot = done % sheet.per_page
            if done and slot == 0:
                canvas.showPage()
            progress(done, len(data.badges))
            placed.extend(draw_badge(canvas, badge, labels, data.workshop, boxes[slot]))
        canvas.showPage()
        canvas.save()

    replace_atomically(out, write)
    progress(len(data.badges), len(data.badges))
    return labels.missing, placed
