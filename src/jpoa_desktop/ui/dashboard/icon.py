"""The Dashboard's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def dashboard_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """Three bars of different heights on a base line: figures at a glance."""

    def draw(painter: QPainter, s: float) -> None:
        for left, top in ((12, 34), (27, 16), (42, 26)):
            painter.drawRoundedRect(QRectF(left * s, top * s, 11 * s, (52 - top) * s), 2 * s, 2 * s)
        painter.drawLine(QPointF(6 * s, 54 * s), QPointF(58 * s, 54 * s))

    return drawn_icon(draw, size, color)
