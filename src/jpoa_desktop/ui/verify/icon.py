"""The Verify screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath

from jpoa_desktop.ui.widgets.icons import ACCENT, draw_tick, drawn_icon


def shield_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A shield with a green tick on it: a certificate that checks out."""

    def draw(painter: QPainter, s: float) -> None:
        shield = QPainterPath(QPointF(32 * s, 6 * s))
        shield.cubicTo(QPointF(40 * s, 11 * s), QPointF(48 * s, 13 * s), QPointF(55 * s, 13 * s))
        shield.cubicTo(QPointF(56 * s, 34 * s), QPointF(49 * s, 49 * s), QPointF(32 * s, 58 * s))
        shield.cubicTo(QPointF(15 * s, 49 * s), QPointF(8 * s, 34 * s), QPointF(9 * s, 13 * s))
        shield.cubicTo(QPointF(16 * s, 13 * s), QPointF(24 * s, 11 * s), QPointF(32 * s, 6 * s))
        shield.closeSubpath()
        painter.drawPath(shield)
        draw_tick(painter, s, [(21, 32), (29, 40), (43, 23)], 5)

    return drawn_icon(draw, size, color)
