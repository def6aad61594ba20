"""The Tests & evaluations screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def form_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A sheet with three answer boxes, one of them ticked: a test being marked."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(12 * s, 6 * s, 40 * s, 52 * s), 3 * s, 3 * s)
        for row in range(3):
            top = (16 + row * 13) * s
            painter.drawRect(QRectF(18 * s, top, 8 * s, 8 * s))
            painter.drawLine(QPointF(31 * s, top + 4 * s), QPointF(46 * s, top + 4 * s))
        tick = QPen(QColor("#2e8b3a"), 4 * s)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.drawPolyline(
            [QPointF(17 * s, 33 * s), QPointF(22 * s, 38 * s), QPointF(30 * s, 26 * s)]
        )

    return drawn_icon(draw, size, color)
