"""A big coloured answer card: the check-in door's outcome and the Verify screen's result.

The colour says the answer before anyone reads it, and a large symbol beside the headline
repeats it for those who cannot tell the colours apart. Both screens use the same few looks,
so green means the same thing at the door and at the verifying desk.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QWidget


class Look(NamedTuple):
    background: str
    border: str
    text: str
    symbol: str


IDLE = Look("#f4f6f9", "#b8c2d0", "#33404f", "⌨")  # waiting for the next scan or code
GOOD = Look("#e2f4e0", "#2e8b3a", "#1b5e20", "✓")
WARNING = Look("#fff3d4", "#d99a00", "#6d4a00", "!")
BAD = Look("#fde3e0", "#c62828", "#8e1b1b", "✕")
UNDONE = Look("#e6edf7", "#2f6db5", "#1d3f6b", "↺")


def set_font(label: QLabel, points: int, bold: bool) -> None:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)


def symbol_label(parent: QWidget) -> QLabel:
    """The large symbol that goes left of the card's texts."""
    symbol = QLabel(parent)
    symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
    symbol.setMinimumWidth(80)
    set_font(symbol, 48, True)
    return symbol


def paint(card: QFrame, symbol: QLabel, look: Look) -> None:
    """Colour `card` (its object name picks it out of its children) and show the symbol."""
    name = card.objectName()
    card.setStyleSheet(
        f"QFrame#{name} {{ background: {look.background}; border: 3px solid {look.border};"
        f" border-radius: 10px; }} QFrame#{name} QLabel {{ color: {look.text};"
        " background: transparent; border: none; }"
    )
    symbol.setText(look.symbol)
