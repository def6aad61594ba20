"""The Participants screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from jpoa_desktop.ui.widgets.icons import ACCENT


def people_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """Two people: a head and shoulders in front, another behind and to the right."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    pen = QPen(color, 3.2 * s)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
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
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon
