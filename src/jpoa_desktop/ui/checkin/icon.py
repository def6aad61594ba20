"""The check-in screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def door_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """An open door frame with a tick beside it: people coming in and being counted."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(8 * s, 8 * s, 28 * s, 48 * s), 2 * s, 2 * s)
        painter.drawEllipse(QPointF(29 * s, 33 * s), 2 * s, 2 * s)
        tick = QPen(QColor("#2e8b3a"), 5 * s)
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        painter.drawPolyline(
            [QPointF(40 * s, 34 * s), QPointF(47 * s, 42 * s), QPointF(58 * s, 24 * s)]
        )

    return drawn_icon(draw, size, color)
