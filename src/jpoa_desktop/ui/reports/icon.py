"""The Reports screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def report_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A page with a small bar chart and lines of text: a report with its figures."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(12 * s, 6 * s, 40 * s, 52 * s), 3 * s, 3 * s)
        for left, top in ((19, 30), (27, 22), (35, 26)):
            painter.drawRect(QRectF(left * s, top * s, 5 * s, (38 - top) * s))
        for y in (44, 50):
            painter.drawLine(QPointF(19 * s, y * s), QPointF(45 * s, y * s))
        painter.drawLine(QPointF(19 * s, 14 * s), QPointF(36 * s, 14 * s))

    return drawn_icon(draw, size, color)
