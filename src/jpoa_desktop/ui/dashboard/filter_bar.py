"""The filters the Dashboard and the Reports screen share: a period (this year, the last 12
months, everything, or two dates), a country, a pillar, a phase, or one workshop.

A workshop chosen here stands alone: the other filters are greyed out and left out of the
figures, so a workshop outside the period never shows as an empty dashboard. The choices are
kept as JSON in the settings (`state_json`) and read back leniently: a setting written by an
older version, or a workshop since deleted, falls back to "all".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from jpoa_desktop.model.evaluation import ReportFilter
from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

NO_DATE = QDate(1900, 1, 1)  # a date edit at this date shows "—": the period has no such bound
PRESETS = ("all", "this_year", "last_12_months", "custom")
PILLARS = (1, 2, 3, 4)
PHASES = (1, 2, 3, 4)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def preset_period(preset: str, today: date) -> tuple[date | None, date | None]:
    """The first and last start dates a preset keeps (None: no bound)."""
    if preset == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == "last_12_months":
        return today - timedelta(days=365), today
    return None, None


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, object]], chosen: object) -> None:
    """Put `items` (text, data) in `combo` with `chosen` current, without a signal."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def list_workshops(
    services: Services, language: str, progress: object, cancelled: object
) -> list[WorkshopSummary]:
    """On a worker: every workshop, newest first, for the workshop filter."""
    return services.workshops.workshops(language)


@dataclass(frozen=True)
class FilterState:
    """What the bar shows: the preset with its two dates (used when the preset is "custom")."""

    preset: str = "all"
    start: date | None = None
    end: date | None = None
    country: str = ""
    pillar: int | None = None
    phase: int | None = None
    workshop_id: int | None = None

    def report_filter(self, today: date) -> ReportFilter:
        if self.workshop_id is not None:
            return ReportFilter(workshop_id=self.workshop_id)
        start, end = (
            (self.start, self.end) if self.preset == "custom" else preset_period(self.preset, today)
        )
        return ReportFilter(start, end, self.country, self.pillar, self.phase)

    def as_json(self) -> str:
        return json.dumps({
            "preset": self.preset, "country": self.country, "pillar": self.pillar,
            "phase": self.phase, "workshop": self.workshop_id,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        })  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> FilterState:
        """The state a setting holds; what it holds wrongly is left at "all"."""
        try:
            held = json.loads(text) if text else {}
        except ValueError:
            held = {}
        if not isinstance(held, dict):
            held = {}

        def number(key: str, allowed: tuple[int, ...] | None = None) -> int | None:
            value = held.get(key)
            ok = isinstance(value, int) and not isinstance(value, bool)
            return value if ok and (allowed is None or value in allowed) else None

        def day(key: str) -> date | None:
            try:
                return date.fromisoformat(str(held.get(key)))
            except ValueError:
                return None

        preset = held.get("preset") if held.get("preset") in PRESETS else "all"
        country = held.get("country") if held.get("country") in COUNTRY_CODES else ""
        return cls(str(preset), day("start"), day("end"), str(country), number("pillar", PILLARS),
                   number("phase", PHASES), number("workshop"))  # fmt: skip


class ReportFilterBar(Retranslating, QWidget):
    """Emits `changed` once per change a user makes (filling the lists emits nothing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFilterBar")
        self.period = QComboBox(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")  # shown at NO_DATE: no bound
            edit.setDate(NO_DATE)
        self.country = QComboBox(self)
        self.pillar = QComboBox(self)
        self.phase = QComboBox(self)
        self.workshop = QComboBox(self)
        self.workshop.setMinimumContentsLength(24)
        self.workshop.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.labels = {name: QLabel(self) for name in ("period", "from", "to", "country",
                                                        "pillar", "phase", "workshop")}  # fmt: skip
        buddies = {"period": self.period, "from": self.start, "to": self.end,
                   "country": self.country, "pillar": self.pillar, "phase": self.phase,
                   "workshop": self.workshop}  # fmt: skip
        # Three short rows (when, where and what, which workshop): the screen fits a small
        # laptop's window beside the sidebar.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        rows = (("period", "from", "to"), ("country", "pillar", "phase"), ("workshop",))
        for row, names in enumerate(rows):
            for place, name in enumerate(names):
                self.labels[name].setBuddy(buddies[name])
                grid.addWidget(self.labels[name], row, place * 2)
                span = 5 if len(names) == 1 else 1
                grid.addWidget(buddies[name], row, place * 2 + 1, 1, span)
        grid.setColumnStretch(6, 1)
        self._workshops: list[WorkshopSummary] = []
        self._state = FilterState()
        self._mode = "both"
        self.retranslate()
        for combo in (self.period, self.country, self.pillar, self.phase, self.workshop):
            combo.activated.connect(self._user_changed)
        self.start.dateChanged.connect(self._user_changed)
        self.end.dateChanged.connect(self._user_changed)

    # What the filters are.
    def state(self) -> FilterState:
        return self._state

    def report_filter(self) -> ReportFilter:
        state = self._state
        if self._mode == "programme" and state.workshop_id is not None:
            state = FilterState(state.preset, state.start, state.end, state.country,
                                state.pillar, state.phase)  # fmt: skip
        return state.report_filter(date.today())

    def set_mode(self, mode: str) -> None:
        """ "both" (the Dashboard), "programme" (no workshop to choose) or "workshop" (only
        the workshop): the Reports screen's two kinds of report."""
        self._mode = mode
        for name in ("period", "from", "to", "country", "pillar", "phase"):
            self.labels[name].setVisible(mode != "workshop")
            self.labels[name].buddy().setVisible(mode != "workshop")
        self.labels["workshop"].setVisible(mode != "programme")
        self.workshop.setVisible(mode != "programme")
        self._show_state()

    def set_state(self, state: FilterState) -> None:
        """Show `state` (no signal); a workshop not in the list is dropped."""
        known = {w.id for w in self._workshops}
        if state.workshop_id is not None and self._workshops and state.workshop_id not in known:
            state = FilterState(state.preset, state.start, state.end, state.country,
                                state.pillar, state.phase)  # fmt: skip
        self._state = state
        self._show_state()

    def set_workshops(self, workshops: list[WorkshopSummary]) -> None:
        """The workshops one can choose, newest first; the chosen one stays if still there."""
        self._workshops = list(workshops)
        self.set_state(self._state)

    def reset(self) -> None:
        """Everything: every period, country, pillar and phase."""
        self.set_state(FilterState())
        self.changed.emit()

    # Showing it.
    def _show_state(self) -> None:
        state = self._state
        fill_combo(self.period, [(self._preset_name(p), p) for p in PRESETS], state.preset)
        fill_combo(self.country, [(self.tr("All countries"), "")]
                   + [(country_name(c), c) for c in COUNTRY_CODES], state.country)  # fmt: skip
        fill_combo(self.pillar, [(self.tr("All pillars"), None)]
                   + [(self.tr("Pillar {roman}").format(roman=ROMAN[p]), p) for p in PILLARS],
                   state.pillar)  # fmt: skip
        fill_combo(self.phase, [(self.tr("All phases"), None)]
                   + [(self.tr("Phase {number}").format(number=p), p) for p in PHASES],
                   state.phase)  # fmt: skip
        fill_combo(self.workshop, [(self.tr("All workshops"), None)]
                   + [(f"{w.start.isoformat()} — {w.title}", w.id) for w in self._workshops],
                   state.workshop_id)  # fmt: skip
        start, end = (
            (state.start, state.end)
            if state.preset == "custom"
            else preset_period(state.preset, date.today())
        )
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day is not None else NO_DATE)
            edit.blockSignals(False)
        alone = state.workshop_id is not None and self._mode != "programme"
        for widget in (self.period, self.country, self.pillar, self.phase):
            widget.setEnabled(not alone)
        for edit in (self.start, self.end):
            edit.setEnabled(not alone and state.preset == "custom")

    def _user_changed(self) -> None:
        preset = str(self.period.currentData() or "all")
        start, end = (edit.date().toPython() if edit.date() != NO_DATE else None
                      for edit in (self.start, self.end))  # fmt: skip
        if self.sender() in (self.start, self.end):
            preset = "custom"  # typing a date is choosing the period
        elif preset == "custom" and self.sender() is self.period:
            today = date.today()  # dates to start from: this year so far
            start, end = start or date(today.year, 1, 1), end or today
        workshop = self.workshop.currentData()
        self._state = FilterState(
            preset,
            start if isinstance(start, date) else None,
            end if isinstance(end, date) else None,
            str(self.country.currentData() or ""),
            self.pillar.currentData(),
            self.phase.currentData(),
            int(workshop) if workshop is not None else None,
        )
        self._show_state()
        self.changed.emit()

    def _preset_name(self, preset: str) -> str:
        return {
            "all": self.tr("All time"),
            "this_year": self.tr("This year"),
            "last_12_months": self.tr("Last 12 months"),
            "custom": self.tr("Between the dates"),
        }[preset]

    def retranslate(self) -> None:
        words = {"period": self.tr("&Period"), "from": self.tr("&From"), "to": self.tr("&To"),
                 "country": self.tr("&Country"), "pillar": self.tr("P&illar"),
                 "phase": self.tr("P&hase"), "workshop": self.tr("&Workshop")}  # fmt: skip
        for name, text in words.items():
            self.labels[name].setText(text)
        self._show_state()
