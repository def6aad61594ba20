"""The selected person, read-only: every spelling of the name and how to reach them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from jpoa_desktop.ui.participants.personal_data import full_name
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.countries import country_name
from jpoa_desktop.ui.widgets.read_only_fields import ReadOnlyFields, heading_label

if TYPE_CHECKING:
    from jpoa_desktop.services.people.directory import PersonDetail

FIELDS = ("name", "latin", "organisation", "position", "email", "phone", "country", "workshops")


class DetailPane(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantDetail")
        self.person: PersonDetail | None = None
        self.heading = heading_label(self, "participantName", 1.35)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = ReadOnlyFields(self, FIELDS, "detail")
        self.captions, self.values = self.fields.captions, self.fields.values
        for field in FIELDS:
            self.form.addRow(self.captions[field], self.values[field])
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
        return self.fields.text(self.heading.text())

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
        self.fields.set_captions(captions)
        self._fill()

    def _fill(self) -> None:
        person = self.person
        if person is None:
            self.heading.setText(self.tr("Select a person to see their details."))
            self.fields.show_texts(None, "")
            return
        name = full_name(person)  # an erased person: a placeholder
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
        self.fields.show_texts(texts, self.tr("—"))
