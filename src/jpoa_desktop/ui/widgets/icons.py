"""Small icons drawn in code, so the app needs no icon theme (none ships on Windows or macOS)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

ACCENT = QColor("#2f6db5")
Drawing = Callable[[QPainter, float], None]  # paints on a 64-unit grid scaled by the float


def drawn_icon(draw: Drawing, size: int = 64, color: QColor = ACCENT) -> QIcon:
    """An icon painted by `draw` with the app's pen: round joins, accent outline, light fill."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 3.2 * size / 64.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    fill = QColor(color)
    fill.setAlpha(40)
    painter.setBrush(fill)
    draw(painter, size / 64.0)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


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
