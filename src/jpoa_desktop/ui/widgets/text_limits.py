"""The limits of `text_input` on the boxes of every form, so a user meets them while typing or
pasting (the box takes no more) instead of as an error on saving.

A QLineEdit has `setMaxLength`; a multi-line editor has no such property, so a small filter
removes what a paste or a keystroke added beyond the limit, the way a line edit would have
refused it, and beeps. The services check the same limits again (the CLI and imports have no
boxes), and strip control characters from whatever arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


def limit_line(edit: QLineEdit, limit: int) -> None:
    """The line edit takes at most `limit` characters."""
    edit.setMaxLength(limit)


def limit_combo(combo: QComboBox, limit: int) -> None:
    """An editable combo box's typed text takes at most `limit` characters."""
    line = combo.lineEdit()
    if line is not None:
        line.setMaxLength(limit)


def limit_text(edit: QPlainTextEdit, limit: int) -> None:
    """The multi-line editor keeps at most `limit` characters (Qt counts UTF-16 units, as
    `QLineEdit.maxLength` does, which never lets through more than the service allows)."""
    _TextLimit(edit, limit)


class _TextLimit(QObject):
    """Cuts what went past the limit just before the cursor, where a paste or a key put it."""

    def __init__(self, edit: QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self.limit = limit
        edit.textChanged.connect(self._trim)

    def _trim(self) -> None:
        document = self._edit.document()
        excess = document.characterCount() - 1 - self.limit  # one is the final paragraph mark
        if excess <= 0:
            return
        cursor = self._edit.textCursor()
        if cursor.position() < excess:  # the text was set from elsewhere: cut its end
            cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()
        self._edit.setTextCursor(cursor)
        QApplication.beep()


class LimitedTextDelegate(QStyledItemDelegate):
    """A table cell typed in place takes at most `limit` characters (indicators, budget)."""

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.limit)
        return editor
