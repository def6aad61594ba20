"""Two records of (maybe) one person side by side, with the lines where they differ marked.

The user decides from this which record to keep, so it shows what tells people apart: the name
in both scripts, the organisation, the e-mail and phone, and how many workshops each record
carries (the registrations that a merge moves).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jpoa_desktop.services.people.directory import PersonDetail
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.countries import country_name

FIELDS = ("name", "latin", "organisation", "position", "email", "phone", "country", "workshops")
DIFFERENT = QColor("#fff3c4")


def _values(person: PersonDetail | None) -> dict[str, str]:
    if person is None:
        return dict.fromkeys(FIELDS, "")
    return {
        "name": " ".join(
            p for p in (person.family_name, person.given_name, person.patronymic) if p
        ),
        "latin": f"{person.latin_family_name} {person.latin_given_name}".strip(),
        "organisation": person.organisation,
        "position": person.position,
        "email": person.email,
        "phone": person.phone,
        "country": country_name(person.country) if person.country else "",
        "workshops": str(person.workshops),
    }


class Comparison(Retranslating, QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(FIELDS), 2, parent)
        self.setObjectName("duplicateComparison")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.people: tuple[PersonDetail | None, PersonDetail | None] = (None, None)
        self.retranslate()

    def show_people(self, first: PersonDetail | None, second: PersonDetail | None) -> None:
        self.people = (first, second)
        left, right = _values(first), _values(second)
        for row, field in enumerate(FIELDS):
            differ = first is not None and second is not None and left[field] != right[field]
            for column, text in enumerate((left[field], right[field])):
                item = QTableWidgetItem(text or ("—" if first is not None else ""))
                item.setToolTip(text)
                if differ:
                    item.setBackground(QBrush(DIFFERENT))
                if field == "name":
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self._header_labels()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _header_labels(self) -> None:
        labels = []
        for number, person in enumerate(self.people, start=1):
            label = self.tr("Record {number}").format(number=number)
            labels.append(f"{label} (#{person.id})" if person is not None else label)
        self.setHorizontalHeaderLabels(labels)

    def retranslate(self) -> None:
        self.setVerticalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Latin"),
                self.tr("Organisation"),
                self.tr("Position"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Country"),
                self.tr("Workshops"),
            ]
        )
        self._header_labels()
