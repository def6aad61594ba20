"""The Participants screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def people_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """Two people: a head and shoulders in front, another behind and to the right."""

    def draw(painter: QPainter, s: float) -> None:
        for dx, dy, scale, alpha in ((12.0, -4.0, 0.85, 25), (-5.0, 0.0, 1.0, 55)):
            fill = QColor(color)
            fill.setAlpha(alpha)
            painter.setBrush(fill)
            cx, r = (32 + dx) * s, 9 * scale * s
            top = (22 + dy) * s
            painter.drawEllipse(QPointF(cx, top), r, r)
            width, height = 36 * scale * s, 26 * scale * s
            body = QRectF(cx - width / 2, top + r + 3 * s, width, height * 2)
            painter.drawChord(body, 0, 180 * 16)

    return drawn_icon(draw, size, color)
