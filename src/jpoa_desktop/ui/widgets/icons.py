"""Small icons drawn in code, so the app needs no icon theme (none ships on Windows or macOS).

Each screen draws its own (`ui/<screen>/icon.py`) with the pen, colours and grid set here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

ACCENT = QColor("#2f6db5")
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
