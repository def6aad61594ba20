"""The Strategies screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def strategy_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A plan's outline: a heading and indented lines under it, as goals hold measures."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(10 * s, 6 * s, 44 * s, 52 * s), 3 * s, 3 * s)
        painter.drawLine(QPointF(17 * s, 17 * s), QPointF(47 * s, 17 * s))
        for y in (27, 35, 43):
            painter.drawEllipse(QPointF(23 * s, y * s), 1.5 * s, 1.5 * s)
            painter.drawLine(QPointF(28 * s, y * s), QPointF(47 * s, y * s))

    return drawn_icon(draw, size, color)
