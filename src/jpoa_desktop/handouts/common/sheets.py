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


PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
SMALLEST_MM = (50.0, 36.0)  # a badge needs room for a name, a QR code and the role band
CUSTOM_FORM = "a4:3x8:70x37[:LEFT,TOP[:GAP_X,GAP_Y]]"


def template(name: str) -> SheetTemplate:
    """A named sheet, or a custom one written `PAPER:COLSxROWS:WIDTHxHEIGHT[:LEFT,TOP[:GAP_X,
    GAP_Y]]` in millimetres (`a4:2x6:90x45`); without LEFT,TOP the grid is centred."""
    if ":" in name:
        return custom_template(name)
    found = TEMPLATES.get(name)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a label sheet ({choices}, or a size like {form})."
            ),
            value=name,
            choices=", ".join(TEMPLATES),
            form=CUSTOM_FORM,
        )
    return found


def _pair(text: str, separator: str, spec: str) -> tuple[float, float]:
    parts = text.lower().replace(" ", "").split(separator)
    try:
        first, second = (float(part.replace("mm", "")) for part in parts)
    except ValueError:
        raise _bad_spec(spec) from None
    return first, second


def _bad_spec(spec: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not a label sheet size; write it like {form}, in millimetres."
        ),
        value=spec,
        form=CUSTOM_FORM,
    )


def custom_template(spec: str) -> SheetTemplate:
    """A sheet from its measurements, refused when the labels do not fit the paper or are too
    small for a badge."""
    parts = spec.strip().split(":")
    if not 3 <= len(parts) <= 5 or parts[0].lower() not in PAPER_MM:
        raise _bad_spec(spec)
    paper = parts[0].lower()
    columns_f, rows_f = _pair(parts[1], "x", spec)
    width, height = _pair(parts[2], "x", spec)
    gap_x, gap_y = _pair(parts[4], ",", spec) if len(parts) == 5 else (0.0, 0.0)
    paper_width, paper_height = PAPER_MM[paper]
    columns, rows = int(columns_f), int(rows_f)
    if columns != columns_f or rows != rows_f or not (1 <= columns <= 6 and 1 <= rows <= 12):
        raise _bad_spec(spec)
    if width < SMALLEST_MM[0] or height < SMALLEST_MM[1] or min(gap_x, gap_y) < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Labels of {width} × {height} mm are too small for a badge; they "
                "need at least {min_width} × {min_height} mm."
            ),
            width=f"{width:g}", height=f"{height:g}",
            min_width=f"{SMALLEST_MM[0]:g}", min_height=f"{SMALLEST_MM[1]:g}",
        )  # fmt: skip
    used_width = columns * width + (columns - 1) * gap_x
    used_height = rows * height + (rows - 1) * gap_y
    if len(parts) >= 4:
        left, top = _pair(parts[3], ",", spec)
    else:
        left, top = (paper_width - used_width) / 2, (paper_height - used_height) / 2
    if (
        left < 0
        or top < 0
        or left + used_width > paper_width + 0.01
        or (top + used_height > paper_height + 0.01)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{columns} × {rows} labels of {width} × {height} mm do not fit on "
                "{paper} paper ({paper_width} × {paper_height} mm)."
            ),
            columns=columns, rows=rows, width=f"{width:g}", height=f"{height:g}",
            paper=paper.upper() if paper == "a4" else "Letter",
            paper_width=f"{paper_width:g}", paper_height=f"{paper_height:g}",
        )  # fmt: skip
    name = f"{paper}:{columns}x{rows}:{width:g}x{height:g}:{left:g},{top:g}:{gap_x:g},{gap_y:g}"
    return SheetTemplate(name, paper, columns, rows, width, height, left, top, gap_x, gap_y)


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

    from jpoa_desktop.texts.fonts import REGULAR, register_fonts

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
