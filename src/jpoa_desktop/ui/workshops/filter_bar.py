"""The row above the list: text, year, country, pillar and status, each "any" by default.

Typing is debounced; the combos apply at once. Refilling the combos (a new database, a new
language, a workshop in a new year) keeps what was chosen when it is still offered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name
from jpoa_desktop.ui.workshops.labels import STATUSES, status_label
from jpoa_desktop.ui.workshops.model import WorkshopFilter

DEBOUNCE_MS = 150


class FilterBar(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_box = QLineEdit(self)
        self.text_box.setObjectName("workshopSearch")
        self.text_box.setClearButtonEnabled(True)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("workshopYear")
        self.country_box = QComboBox(self)
        self.country_box.setObjectName("workshopCountry")
        self.pillar_box = QComboBox(self)
        self.pillar_box.setObjectName("workshopPillar")
        self.pillar_box.setMaximumWidth(280)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("workshopStatus")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("workshopCount")
        self._years: list[int] = []
        self._countries: list[str] = []
        self._pillars: list[tuple[str, str]] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_box, 1)
        for box in (self.year_box, self.country_box, self.pillar_box, self.status_box):
            row.addWidget(box)
            box.currentIndexChanged.connect(lambda _index: self.changed.emit())
        row.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed.emit)
        self.text_box.textChanged.connect(lambda _text: self._timer.start())
        self.text_box.returnPressed.connect(self.apply_now)
        self.retranslate()

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def years(self) -> list[int]:
        """The years offered (those with workshops, newest first)."""
        return list(self._years)

    def reset(self) -> None:
        """Back to "everything" (a new or copied workshop must be seen)."""
        for box in (self.year_box, self.country_box, self.pillar_box, self.status_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.text_box.blockSignals(True)
        self.text_box.clear()
        self.text_box.blockSignals(False)
        self.apply_now()

    def current(self) -> WorkshopFilter:
        return WorkshopFilter(
            year=self.year_box.currentData() or None,
            country=str(self.country_box.currentData() or ""),
            pillar=str(self.pillar_box.currentData() or ""),
            status=str(self.status_box.currentData() or ""),
            text=self.text_box.text().strip(),
        )

    def set_options(
        self, years: Sequence[int], countries: Sequence[str], pillars: Sequence[tuple[str, str]]
    ) -> None:
        """The years and countries that have workshops, and the pillars as (key, title)."""
        self._years = list(years)
        self._countries = [c for c in countries if c not in COUNTRY_CODES]
        self._pillars = list(pillars)
        self.retranslate()

    def retranslate(self) -> None:
        self.text_box.setPlaceholderText(self.tr("Search titles, cities and venues…"))
        self._fill(self.year_box, self.tr("All years"), [(y, str(y)) for y in self._years])
        countries = [(c, country_name(c)) for c in (*COUNTRY_CODES, *self._countries)]
        self._fill(self.country_box, self.tr("All countries"), countries)
        self._fill(self.pillar_box, self.tr("All pillars"), self._pillars)
        self._fill(self.status_box, self.tr("Any status"), [(s, status_label(s)) for s in STATUSES])
        self.year_box.setToolTip(self.tr("Year the workshop starts"))
        self.pillar_box.setToolTip(self.tr("Tagged with the pillar or one of its areas"))

    def _fill(self, box: QComboBox, everything: str, entries: Sequence[tuple[Any, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for data, text in entries:
            box.addItem(text, data)
        found = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)
        if current is not None and found < 0:
            self.changed.emit()  # the chosen value is gone: the list must follow the combo
