"""The Handouts screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def printer_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A printer with a page coming out of it: everything a workshop hands out."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRect(QRectF(18 * s, 6 * s, 28 * s, 16 * s))  # paper waiting on top
        painter.drawRoundedRect(QRectF(6 * s, 22 * s, 52 * s, 22 * s), 4 * s, 4 * s)
        painter.drawEllipse(QPointF(49 * s, 30 * s), 2 * s, 2 * s)
        painter.drawRect(QRectF(16 * s, 36 * s, 32 * s, 22 * s))  # the printed page
        for y in (43, 48, 53):
            painter.drawLine(QPointF(21 * s, y * s), QPointF(43 * s, y * s))

    return drawn_icon(draw, size, color)
