"""The Library screen's icon, drawn in code like every screen's (see `ui/widgets/icons.py`)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath

from jpoa_desktop.ui.widgets.icons import ACCENT, drawn_icon


def book_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """An open book: two pages curving up from a spine."""

    def draw(painter: QPainter, s: float) -> None:
        for direction in (-1, 1):
            page = QPainterPath(QPointF(32 * s, 18 * s))
            page.cubicTo(
                QPointF((32 + direction * 10) * s, 12 * s),
                QPointF((32 + direction * 20) * s, 12 * s),
                QPointF((32 + direction * 27) * s, 15 * s),
            )
            page.lineTo(QPointF((32 + direction * 27) * s, 50 * s))
            page.cubicTo(
                QPointF((32 + direction * 20) * s, 47 * s),
                QPointF((32 + direction * 10) * s, 47 * s),
                QPointF(32 * s, 53 * s),
            )
            page.closeSubpath()
            painter.drawPath(page)
            for line in range(3):
                y = (24 + line * 8) * s
                painter.drawLine(
                    QPointF((32 + direction * 7) * s, y),
                    QPointF((32 + direction * 20) * s, y - 2 * s),
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QPointF(32 * s, 18 * s), QPointF(32 * s, 53 * s))

    return drawn_icon(draw, size, color)
