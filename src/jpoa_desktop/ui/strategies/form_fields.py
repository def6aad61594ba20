"""Form pieces the strategy dialogs share: the draft languages, the country box, the red
problem line under a form, and a form row that takes a widget or a row of widgets.

They live beside the dialogs' folders, not in one of them, so that drafts/ and files/ both use
them without importing each other.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name

LANGUAGES = ("en", "ru", "kk", "ky", "tg", "uz", "tk")
CODE = re.compile(r"[A-Z]{2}")
PROBLEM_STYLE = "color: #b3261e;"


class CountryBox(QComboBox):
    """The five JPoA countries by name, or any other country typed as its two-letter code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in COUNTRY_CODES:
            self.addItem("", code)
        self.retranslate()

    def retranslate(self) -> None:
        for index in range(self.count()):
            code = str(self.itemData(index))
            self.setItemText(index, f"{country_name(code)} ({code})")

    def code(self) -> str:
        """The chosen country's code, "" when what was typed is not one."""
        text = self.currentText().strip()
        for index in range(self.count()):
            if text == self.itemText(index):
                return str(self.itemData(index))
        if text.upper() in COUNTRY_CODES or CODE.fullmatch(text.upper()):
            return text.upper()
        return ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


def add_row(form: QFormLayout, label: QLabel, field: QWidget | QHBoxLayout) -> None:
    """A form row whose field is a widget or a row of widgets (the buddy is the widget)."""
    if isinstance(field, QWidget):
        label.setBuddy(field)
        form.addRow(label, field)
    else:
        form.addRow(label, field)
