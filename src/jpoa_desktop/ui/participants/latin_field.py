"""The Latin spelling of a name, following the name as it is typed until the user writes their own.

The suggestion is ICAO 9303 (`to_latin`); a spelling the user typed, usually from a passport,
is never overwritten.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from jpoa_desktop.texts.transliteration import to_latin


class LatinField(QLineEdit):
    """A Latin box that repeats the suggestion for its name until the user types in it."""

    def __init__(self, source: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own = False  # True once the user typed a spelling of their own
        self._source = source
        source.textChanged.connect(self._follow)
        self.textEdited.connect(lambda text: setattr(self, "own", bool(text.strip())))

    def suggestion(self) -> str:
        return to_latin(self._source.text().strip())

    def load(self, latin: str) -> None:
        """Show a stored spelling; a spelling the suggestion would give keeps following."""
        self.setText(latin)
        self.own = bool(latin) and latin != self.suggestion()

    def _follow(self, _text: str) -> None:
        self.setPlaceholderText(self.suggestion())
        if not self.own:
            self.setText(self.suggestion())
