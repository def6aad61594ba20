"""The selected person, read-only: every spelling of the name and how to reach them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from jpoa_desktop.ui.participants.countries import country_name

if TYPE_CHECKING:
    from jpoa_desktop.services.directory import PersonDetail

FIELDS = ("name", "latin", "organisation", "position", "email", "phone", "country", "workshops")


class DetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantDetail")
        self.person: PersonDetail | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("participantName")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for field in FIELDS:
            caption, value = QLabel(self), QLabel(self)
            caption.setStyleSheet("color: palette(mid);")
            value.setWordWrap(True)
            value.setObjectName(f"detail_{field}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[field], self.values[field] = caption, value
            self.form.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def show_person(self, person: PersonDetail | None) -> None:
        self.person = person
        self._fill()

    def text(self) -> str:
        """Everything the pane shows, one line a field (for tests and screen readers)."""
        lines = [self.heading.text()]
        for field in FIELDS:
            if self.values[field].isVisible() or self.values[field].text():
                lines.append(f"{self.captions[field].text()} {self.values[field].text()}")
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        captions = {
            "name": self.tr("Name"),
            "latin": self.tr("Latin spelling"),
            "organisation": self.tr("Organisation"),
            "position": self.tr("Position"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "country": self.tr("Country"),
            "workshops": self.tr("Workshops"),
        }
        for field, caption in captions.items():
            self.captions[field].setText(caption)
        self._fill()

    def _fill(self) -> None:
        person = self.person
        for field in FIELDS:
            self.captions[field].setVisible(person is not None)
            self.values[field].setVisible(person is not None)
        if person is None:
            self.heading.setText(self.tr("Select a person to see their details."))
            for value in self.values.values():
                value.clear()
            return
        name = " ".join(p for p in (person.family_name, person.given_name, person.patronymic) if p)
        latin = f"{person.latin_family_name} {person.latin_given_name}".strip()
        organisation = person.organisation
        if person.organisation_en and person.organisation_en != organisation:
            organisation = f"{organisation}\n{person.organisation_en}"
        country = f"{country_name(person.country)} ({person.country})" if person.country else ""
        texts = {
            "name": name,
            "latin": latin,
            "organisation": organisation,
            "position": person.position,
            "email": person.email,
            "phone": person.phone,
            "country": country,
            "workshops": str(person.workshops),
        }
        self.heading.setText(name)
        none = self.tr("—")
        for field, text in texts.items():
            self.values[field].setText(text or none)
