"""The check-in screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, draw_tick, drawn_icon


def door_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """An open door frame with a tick beside it: people coming in and being counted."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(8 * s, 8 * s, 28 * s, 48 * s), 2 * s, 2 * s)
        painter.drawEllipse(QPointF(29 * s, 33 * s), 2 * s, 2 * s)
        draw_tick(painter, s, [(40, 34), (47, 42), (58, 24)], 5)

    return drawn_icon(draw, size, color)
