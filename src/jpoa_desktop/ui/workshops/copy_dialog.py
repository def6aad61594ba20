"""Asking where a copied workshop goes: its first day and its titles (the rest is copied)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.text_limits import limit_line
from jpoa_desktop.ui.workshops.labels import LANGUAGES
from jpoa_desktop.ui.workshops.model import to_qdate

SHOWN_ALWAYS = ("en", "ru")


class CopyDialog(QDialog):
    def __init__(
        self, titles: dict[str, str], start: date, days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopCopyDialog")
        self.setWindowTitle(self.tr("Copy workshop"))
        self.explanation = QLabel(
            self.tr(
                "The copy keeps the settings, pillars and agenda, moved to the new dates "
                "(%n day(s)), and is planned. Participants are not copied.",
                "",
                days,
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.start = QDateEdit(to_qdate(start), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy")
        self.titles: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("First day"), self.start)
        for lang in LANGUAGES:
            if lang in SHOWN_ALWAYS or titles.get(lang):
                edit = QLineEdit(titles.get(lang, ""), self)
                limit_line(edit, limits.WORKSHOP_TITLE)
                edit.setCursorPosition(0)
                self.titles[lang] = edit
                form.addRow(
                    self.tr("Title ({language})").format(language=language_label(lang)), edit
                )
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def chosen_start(self) -> date:
        return self.start.date().toPython()  # type: ignore[return-value]

    def chosen_titles(self) -> dict[str, str]:
        return {lang: e.text().strip() for lang, e in self.titles.items() if e.text().strip()}

    def accept(self) -> None:
        if not self.chosen_titles():
            self.error.setText(self.tr("Give the copy a title."))
            return
        super().accept()
