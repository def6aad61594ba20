"""The read-only panes' shared parts: a bold heading, and caption/value label pairs.

The person's details and the workshop's overview both show named fields as selectable text,
hide them all when nothing is selected, put a dash in an empty one, and read themselves back
as text for tests and screen readers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

CAPTION_STYLE = "color: palette(placeholder-text);"


def heading_label(parent: QWidget, object_name: str, scale: float) -> QLabel:
    heading = QLabel(parent)
    heading.setObjectName(object_name)
    heading.setWordWrap(True)
    heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    heading.setFont(font)
    return heading


class ReadOnlyFields:
    def __init__(self, parent: QWidget, fields: Sequence[str], name_prefix: str) -> None:
        self.fields = tuple(fields)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for field in self.fields:
            caption, value = QLabel(parent), QLabel(parent)
            caption.setStyleSheet(CAPTION_STYLE)
            value.setWordWrap(True)
            value.setObjectName(f"{name_prefix}_{field}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[field], self.values[field] = caption, value

    def set_captions(self, captions: Mapping[str, str]) -> None:
        for field, caption in captions.items():
            self.captions[field].setText(caption)

    def show_texts(self, texts: Mapping[str, str] | None, empty: str) -> None:
        """Fill every value (`empty` where a text is blank); None hides and clears them all."""
        for field in self.fields:
            self.captions[field].setVisible(texts is not None)
            self.values[field].setVisible(texts is not None)
            self.values[field].setText((texts.get(field) or empty) if texts is not None else "")

    def text(self, heading: str) -> str:
        """The heading, then one line a field that has a value."""
        lines = [heading]
        for field in self.fields:
            if self.values[field].text():
                lines.append(f"{self.captions[field].text()} {self.values[field].text()}")
        return "\n".join(lines)
