"""QR codes drawn straight onto the page as one filled path of merged rectangles.

A certificate's code is alphanumeric (see `services/certificate_codes.py`), so it is encoded by
our own cached encoder (`qr_matrix.py`, well under a millisecond); anything else goes to segno.
The dark modules are drawn as rectangles, each a run of a row extended down over the rows that
repeat it, written as integer module coordinates under one transform: a few hundred short
operators a code instead of thousands of formatted numbers, which is most of what 500
certificates used to cost.
"""

from __future__ import annotations

import re

import segno
from reportlab.pdfgen.canvas import Canvas

from jpoa_desktop.handouts.common.qr_matrix import ALPHANUMERIC, Matrix, qr_matrix

BORDER = 2  # modules of quiet zone: enough on a white page
DARK_RUN = re.compile(rb"\x01+")  # in a row of modules as bytes, 1 = dark


def matrix_for(text: str) -> Matrix:
    """The QR code's modules for `text` (True = dark), from our encoder or from segno."""
    ours = qr_matrix(text)
    if ours is not None:
        return ours
    # A fixed mask: any of the eight is valid for a reader, and choosing the "best" one is
    # most of segno's encoding time (it scores all eight).
    # segno takes a list of segments too, though its type hints name only one.
    code = segno.make(_segments(text), error="m", micro=False, mask=0)  # type: ignore[arg-type]
    return [[bool(module) for module in row] for row in code.matrix]


def _segments(text: str) -> str | list[str]:
    """A web address with an alphanumeric code after its `#` (a certificate's, for the
    verifier page) as two segments, the code in the denser alphanumeric mode: the QR code
    is then two versions smaller than the whole text in bytes."""
    head, mark, tail = text.rpartition("#")
    if not mark or not tail or any(c not in ALPHANUMERIC for c in tail):
        return text
    return [head + mark, tail]  # segno gives each segment the densest mode it fits


def rectangles(matrix: Matrix) -> list[tuple[int, int, int, int]]:
    """(column, row, width, height) of dark rectangles covering exactly the dark modules."""
    found: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (first column, past last) -> top row
    for row, line in enumerate([*matrix, []]):  # an empty last row closes every run
        runs = {run.span() for run in DARK_RUN.finditer(bytes(line))}
        for run in [r for r in open_runs if r not in runs]:
            top = open_runs.pop(run)
            found.append((run[0], top, run[1] - run[0], row - top))
        for run in runs:
            open_runs.setdefault(run, row)
    return found


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw `text` as a QR code whose square (quiet zone included) has its lower left at
    (x, y) and sides of `size` points."""
    matrix = matrix_for(text)
    unit = size / (len(matrix) + 2 * BORDER)
    path = " ".join(f"{c} {r} {w} {h} re" for c, r, w, h in rectangles(matrix))
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    # Module (column, row) is at x + (BORDER + column) * unit, counted down from the top.
    canvas.transform(unit, 0, 0, -unit, x + BORDER * unit, y + size - BORDER * unit)
    canvas.addLiteral(f"{path} f")
    canvas.restoreState()
