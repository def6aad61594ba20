"""QR codes drawn straight onto the page as one filled path.

Encoding with segno and drawing each dark run of a row as one rectangle is far cheaper than
ReportLab's QR widget, which builds a drawing object per module: it matters when hundreds of
badges or certificates go into one file.
"""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw `text` as a QR code whose square (quiet zone included) has its lower left at
    (x, y) and sides of `size` points."""
    # A fixed mask: any of the eight is valid for a reader, and choosing the "best" one is
    # most of segno's encoding time (it scores all eight) - four fifths of a certificate's cost.
    code = segno.make(text, error="m", micro=False, mask=0)
    border = 2  # modules of quiet zone: enough on a white badge
    modules = code.symbol_size(border=0)[0]
    unit = size / (modules + 2 * border)
    path = canvas.beginPath()
    for row, line in enumerate(code.matrix):
        top = y + size - (row + border + 1) * unit
        column = 0
        while column < modules:
            if line[column]:
                start = column
                while column < modules and line[column]:
                    column += 1
                path.rect(x + (start + border) * unit, top, (column - start) * unit, unit)
            else:
                column += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
