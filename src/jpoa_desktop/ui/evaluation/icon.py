"""The Tests & evaluations screen's icon, drawn in code like the others in `ui/widgets/icons.py`."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QPainter

from jpoa_desktop.ui.widgets.icons import ACCENT, draw_answer_rows, draw_tick, drawn_icon


def form_icon(size: int = 64, color: QColor = ACCENT) -> QIcon:
    """A sheet with three answer boxes, one of them ticked: a test being marked."""

    def draw(painter: QPainter, s: float) -> None:
        painter.drawRoundedRect(QRectF(12 * s, 6 * s, 40 * s, 52 * s), 3 * s, 3 * s)
        draw_answer_rows(painter, s, QRectF(18, 16, 8, 8), 13, (31, 46))
        draw_tick(painter, s, [(17, 33), (22, 38), (30, 26)], 4)

    return drawn_icon(draw, size, color)
