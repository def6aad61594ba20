"""The Dashboard's big numbers: workshops, participants, share of women, attendance, learning
gain and satisfaction, each a tile with what it is, the number, and a line under it.

The texts are `handouts.charts.key_figures`, the ones the report's tiles print, so the screen
and the paper write the same number the same way; they are Qt labels (not a picture) so that
they can be selected, copied and read by a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from jpoa_desktop.handouts.charts import KeyFigure
from jpoa_desktop.ui.widgets.read_only_fields import CAPTION_STYLE

ONE_ROW_FROM = 900  # pixels: narrower, the six tiles take two rows
KEYS = ("workshops", "participants", "women", "attendance", "gain", "satisfaction")


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setStyleSheet(
            f"QFrame#tile_{key} {{ background: palette(alternate-base); border-radius: 6px; }}"
        )
        self.label = QLabel(self)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"tileValue_{key}")
        self.detail = QLabel(self)
        font = QFont(self.value.font())
        font.setPointSize(font.pointSize() + 9)
        font.setBold(True)
        self.value.setFont(font)
        for label in (self.label, self.value, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(CAPTION_STYLE)
        self.detail.setStyleSheet(CAPTION_STYLE)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, figure: KeyFigure) -> None:
        self.label.setText(figure.label)
        self.value.setText(figure.value)
        self.detail.setText(figure.detail)


class Tiles(QWidget):
    """Six tiles in a row, or two rows of three when the screen is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {key: Tile(key, self) for key in KEYS}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self._columns = 0
        self._lay_out(len(KEYS))

    def _lay_out(self, columns: int) -> None:
        if columns == self._columns:
            return
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        for column in range(len(KEYS)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out(len(KEYS) if event.size().width() >= ONE_ROW_FROM else len(KEYS) // 2)

    def show_figures(self, figures: tuple[KeyFigure, ...]) -> None:
        for figure in figures:
            if figure.key in self.tiles:
                self.tiles[figure.key].show_figure(figure)

    def value(self, key: str) -> str:
        """The number a tile shows, as shown (tests and screenshots read it)."""
        return self.tiles[key].value.text()
