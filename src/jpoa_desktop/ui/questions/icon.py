"""The Question bank screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath

from jpoa_desktop.ui.widgets.icons import ACCENT, draw_answer_rows, drawn_icon


def question_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A sheet with ticked boxes, a question mark in a bubble over its corner: a test paper."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(10 * s, 8 * s, 36 * s, 48 * s), 4 * s, 4 * s)
        draw_answer_rows(painter, s, QRectF(16, 18, 6, 6), 12, (26, 40))
        painter.drawEllipse(QPointF(46 * s, 44 * s), 12 * s, 12 * s)
        mark = QPainterPath(QPointF(42 * s, 40 * s))
        mark.cubicTo(QPointF(42 * s, 34 * s), QPointF(51 * s, 34 * s), QPointF(50 * s, 40 * s))
        mark.cubicTo(QPointF(50 * s, 43 * s), QPointF(46 * s, 43 * s), QPointF(46 * s, 47 * s))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawPath(mark)
        painter.drawPoint(QPointF(46 * s, 52 * s))

    return drawn_icon(draw, size, color)
