"""The Workshops screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def calendar_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A wall calendar with two rings and three marked days: planned meetings."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(8 * s, 14 * s, 48 * s, 42 * s), 4 * s, 4 * s)
        painter.drawLine(QPointF(8 * s, 25 * s), QPointF(56 * s, 25 * s))
        for x in (21, 43):
            painter.drawLine(QPointF(x * s, 8 * s), QPointF(x * s, 19 * s))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for column, row in ((0, 0), (1, 0), (2, 1)):
            painter.drawRoundedRect(
                QRectF((15 + column * 13) * s, (31 + row * 11) * s, 8 * s, 7 * s), 1.5 * s, 1.5 * s
            )

    return drawn_icon(draw, size, color)
