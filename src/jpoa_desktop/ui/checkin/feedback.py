"""What the person at the door sees after each action: a big coloured panel and a short history.

The colour says the outcome before anyone reads it (green in, amber already in, red not in), and
a symbol repeats it for those who cannot tell the colours apart.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets import outcome_card as card
from jpoa_desktop.ui.widgets.outcome_card import set_font

HISTORY_LENGTH = 8


class Outcome(Enum):
    IDLE = "idle"
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    ERROR = "error"
    UNDONE = "undone"


# Green in, amber already in, red not in; the symbol is drawn large beside the name.
LOOKS = {
    Outcome.IDLE: card.IDLE,
    Outcome.CHECKED_IN: card.GOOD,
    Outcome.ALREADY: card.WARNING,
    Outcome.ERROR: card.BAD,
    Outcome.UNDONE: card.UNDONE,
}


class FeedbackPanel(QFrame):
    """One outcome at a time: a headline (the name), a detail line, and a note (the time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinFeedback")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(170)
        self.outcome = Outcome.IDLE
        self.symbol = card.symbol_label(self)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        set_font(self.headline, 28, True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        set_font(self.detail, 15, False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_font(self.note, 17, True)
        for label in (self.headline, self.detail, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        texts.addWidget(self.note)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.show_outcome(Outcome.IDLE, "", "", "")

    def show_outcome(self, outcome: Outcome, headline: str, detail: str, note: str) -> None:
        self.outcome = outcome
        card.paint(self, self.symbol, LOOKS[outcome])
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.note.setText(note)
        self.note.setVisible(bool(note))


class HistoryList(QListWidget):
    """The last few outcomes, newest first: who just came in, at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinHistory")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setMaximumHeight(190)

    def show_lines(self, lines: list[str]) -> None:
        self.clear()
        self.addItems(lines[:HISTORY_LENGTH])


class EmptyState(Retranslating, QLabel):
    """Shown instead of the door while there is nothing to check anyone in to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinEmpty")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 6)
        self.setFont(font)
        self._has_database = False
        self.retranslate()

    def set_has_database(self, has_database: bool) -> None:
        self._has_database = has_database
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("No workshops yet — import a participant list or run jpoa demo")
        if not self._has_database:
            text = "\n\n".join((self.tr("No database is open."), text))
        self.setText(text)
