"""Label sheets: where each badge (or label) sits on the paper, by named template.

Measurements follow common A4 and Letter badge and card stock. A printer offset, which the
trainer calibrates with a test page, shifts every cell: most office printers place the image a
millimetre or two off.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class SheetTemplate:
    name: str
    paper: str  # a4 or letter
    columns: int
    rows: int
    width_mm: float  # one cell
    height_mm: float
    left_mm: float  # the first cell's distance from the paper's left and top edges
    top_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


TEMPLATES = {
    t.name: t
    for t in (
        SheetTemplate("a4-2x4", "a4", 2, 4, 95, 68, 10, 12.5, 0, 0),
        SheetTemplate("a4-2x5", "a4", 2, 5, 90, 54, 12, 13.5, 6, 0),
        SheetTemplate("a4-3x3", "a4", 3, 3, 63.5, 90, 7, 13.5, 2.5, 0),
        SheetTemplate("letter-2x4", "letter", 2, 4, 101.6, 63.5, 6.35, 12.7, 0, 0),
        SheetTemplate("letter-2x5", "letter", 2, 5, 88.9, 50.8, 14.3, 12.7, 9.5, 0),
    )
}


def template(name: str) -> SheetTemplate:
    found = TEMPLATES.get(name)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a label sheet ({choices})."),
            value=name,
            choices=", ".join(TEMPLATES),
        )
    return found


def cells(
    sheet: SheetTemplate, page_height: float, offset_mm: tuple[float, float] = (0.0, 0.0)
) -> list[tuple[float, float, float, float]]:
    """Each cell's (x, y, width, height) in points, y from the bottom, row by row from the
    top left; `offset_mm` (right, down) is the printer calibration."""
    width, height = sheet.width_mm * mm, sheet.height_mm * mm
    boxes = []
    for row in range(sheet.rows):
        for column in range(sheet.columns):
            x = (sheet.left_mm + offset_mm[0] + column * (sheet.width_mm + sheet.gap_x_mm)) * mm
            top = (sheet.top_mm + offset_mm[1] + row * (sheet.height_mm + sheet.gap_y_mm)) * mm
            boxes.append((x, page_height - top - height, width, height))
    return boxes


def draw_calibration(
    path: str, sheet: SheetTemplate, page_size: tuple[float, float], offset_mm: tuple[float, float]
) -> None:
    """A test page for the label sheet: every cell's outline, a cross at its centre and a
    millimetre scale along its top and left edges. Printed on plain paper and laid over the
    label stock against the light, it shows how far the printer shifts the image."""
    from reportlab.pdfgen.canvas import Canvas

    from jpoa_desktop.handouts.fonts import REGULAR, register_fonts

    register_fonts()
    canvas = Canvas(path, pagesize=page_size, initialFontName=REGULAR)  # type: ignore[arg-type]
    canvas.setLineWidth(0.3)
    for x, y, width, height in cells(sheet, page_size[1], offset_mm):
        canvas.rect(x, y, width, height)
        centre_x, centre_y = x + width / 2, y + height / 2
        canvas.line(centre_x - 4 * mm, centre_y, centre_x + 4 * mm, centre_y)
        canvas.line(centre_x, centre_y - 4 * mm, centre_x, centre_y + 4 * mm)
        for step in range(0, 11):  # 10 mm scales from the cell's top left corner
            tick = 2.5 * mm if step % 5 == 0 else 1.2 * mm
            canvas.line(x + step * mm, y + height, x + step * mm, y + height - tick)
            canvas.line(x, y + height - step * mm, x + tick, y + height - step * mm)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(
        10 * mm,
        6 * mm,
        f"{sheet.name}: offset {offset_mm[0]:+.1f} mm right, {offset_mm[1]:+.1f} mm down",
    )
    canvas.showPage()
    canvas.save()
