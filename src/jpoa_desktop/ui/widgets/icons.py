"""Small icons drawn in code, so the app needs no icon theme (none ships on Windows or macOS).

Each screen draws its own (`ui/<screen>/icon.py`) with the pen, colours and grid set here,
and with the pieces several icons share (a green tick, a test paper's answer rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

ACCENT = QColor("#2f6db5")
TICK = QColor("#2e8b3a")
Drawing = Callable[[QPainter, float], None]  # paints on a 64-unit grid scaled by the float


def drawn_icon(draw: Drawing, size: int = 64, color: QColor = ACCENT) -> QIcon:
    """An icon painted by `draw` with the app's pen: round joins, accent outline, light fill."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 3.2 * size / 64.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    fill = QColor(color)
    fill.setAlpha(40)
    painter.setBrush(fill)
    draw(painter, size / 64.0)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def draw_tick(
    painter: QPainter, s: float, points: Sequence[tuple[float, float]], width: float
) -> None:
    """A green tick through `points` (on the 64-unit grid), drawn last: it leaves its pen set."""
    pen = QPen(TICK, width * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(x * s, y * s) for x, y in points])


def draw_answer_rows(
    painter: QPainter, s: float, first_box: QRectF, step: float, line: tuple[float, float]
) -> None:
    """Three answer boxes down a sheet, `step` apart, each with a line of text from `line`[0]
    to `line`[1] beside it: what makes a sheet read as a test paper at 24 pixels."""
    for row in range(3):
        box = first_box.translated(0, row * step)
        painter.drawRect(QRectF(box.left() * s, box.top() * s, box.width() * s, box.height() * s))
        middle = box.center().y() * s
        painter.drawLine(QPointF(line[0] * s, middle), QPointF(line[1] * s, middle))
