"""The Overview tab: every field of the selected workshop, read-only, in the reader's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.countries import country_name
from jpoa_desktop.ui.widgets.read_only_fields import ReadOnlyFields, heading_label
from jpoa_desktop.ui.workshops.labels import (
    LANGUAGES,
    REGISTRATION_STATUSES,
    ROLES,
    field_label,
    kind_label,
    registration_status_label,
    role_label,
    status_label,
)
from jpoa_desktop.ui.workshops.model import date_range

if TYPE_CHECKING:
    from jpoa_desktop.model.workshops import WorkshopDetail

FIELDS = (
    "titles",
    "kind",
    "status",
    "dates",
    "venue",
    "city",
    "country",
    "languages",
    "organisers",
    "partners",
    "phase",
    "tags",
    "participants",
    "notes",
)
RIGHT_COLUMN = frozenset({"organisers", "partners", "phase", "tags", "participants", "notes"})


class OverviewPane(Retranslating, QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopOverview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.workshop: WorkshopDetail | None = None
        body = QWidget(self)
        self.heading = heading_label(body, "workshopTitle", 1.3)
        # Two columns: where and when on the left, who and what on the right.
        self.forms = (QFormLayout(), QFormLayout())
        self.fields = ReadOnlyFields(body, FIELDS, "overview")
        self.captions, self.values = self.fields.captions, self.fields.values
        for field in FIELDS:
            self.forms[field in RIGHT_COLUMN].addRow(self.captions[field], self.values[field])
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for form in self.forms:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(7)
            columns.addLayout(form, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def show_workshop(self, workshop: WorkshopDetail | None) -> None:
        self.workshop = workshop
        self._fill()

    def text(self) -> str:
        """Everything the tab shows, one line a field (for tests and screen readers)."""
        return self.fields.text(self.heading.text())

    def retranslate(self) -> None:
        self.fields.set_captions({code: field_label(code) for code in field_label.codes})
        self._fill()

    def _fill(self) -> None:
        workshop = self.workshop
        if workshop is None:
            self.heading.setText(self.tr("Select a workshop to see its details."))
            self.fields.show_texts(None, "")
            return
        self.heading.setText(workshop.title)
        days = len(workshop.days)
        country = workshop.country
        texts = {
            "titles": "\n".join(
                f"{language_label(lang)}: {workshop.titles[lang]}"
                for lang in sorted(workshop.titles, key=_language_order)
            ),
            "kind": kind_label(workshop.kind),
            "dates": self.tr("{dates} (%n day(s))", "", days).format(
                dates=date_range(workshop.start, workshop.end)
            ),
            "venue": workshop.venue,
            "city": workshop.city,
            "country": f"{country_name(country)} ({country})" if country else "",
            "languages": ", ".join(language_label(c) for c in workshop.languages),
            "organisers": ", ".join(workshop.organiser_names),
            "partners": ", ".join(workshop.partner_names),
            "phase": workshop.phase_title,
            "tags": "\n".join(workshop.tag_titles),
            "status": status_label(workshop.status),
            "participants": self._participants(workshop),
            "notes": workshop.notes,
        }
        self.fields.show_texts(texts, self.tr("—"))

    def _participants(self, workshop: WorkshopDetail) -> str:
        if not workshop.participants:
            return self.tr("No one is registered yet")
        roles = ", ".join(
            f"{role_label(r)} {workshop.roles[r]}" for r in ROLES if workshop.roles.get(r)
        )
        statuses = ", ".join(
            f"{registration_status_label(s)} {workshop.statuses[s]}"
            for s in REGISTRATION_STATUSES
            if workshop.statuses.get(s)
        )
        total = self.tr("%n registered", "", workshop.participants)
        return f"{total}\n{roles}\n{statuses}"


def _language_order(code: str) -> int:
    return LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES)
