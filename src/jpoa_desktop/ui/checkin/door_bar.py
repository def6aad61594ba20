"""The door's top row: which workshop, which day, and how many are in so far."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.texts.formatting import date_span, time_of_day, weekday_and_day
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from jpoa_desktop.ui.checkin.door import SessionChoice


COUNTS_MIN_WIDTH = 160


def default_workshop(workshops: list[WorkshopSummary], today: date) -> WorkshopSummary | None:
    """The workshop running today; else the one that started last before today; else the first."""
    running = [w for w in workshops if w.start <= today <= w.end]
    if running:
        return running[0]
    past = [w for w in workshops if w.start <= today]
    if past:
        return max(past, key=lambda w: (w.end, w.start))
    return workshops[0] if workshops else None


class DoorBar(Retranslating, QWidget):
    """Emits `selection_changed` when the workshop or the day changes, by the user or a reload."""

    selection_changed = Signal()
    session_changed = Signal()
    picked = (
        Signal()
    )  # the user chose something: the screen gives the keyboard back to the scan box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workshops: list[WorkshopSummary] = []
        self._days: list[date] = []
        self._today = date.today()
        self.workshop_label = QLabel(self)
        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setObjectName("checkinWorkshop")
        self.workshop_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshop_combo.setMinimumContentsLength(16)
        self.workshop_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.day_label = QLabel(self)
        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("checkinDay")
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_label = QLabel(self)
        self.session_combo = QComboBox(self)
        self.session_combo.setObjectName("checkinSession")
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_combo.setMinimumContentsLength(14)
        self.session_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._sessions: list[SessionChoice] = []
        self.counts = QLabel(self)
        self.counts.setObjectName("checkinCounts")
        font = QFont(self.counts.font())
        font.setPointSize(22)
        font.setBold(True)
        self.counts.setFont(font)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counts.setWordWrap(True)  # a laptop's narrow window wraps it instead of widening
        self.counts.setMinimumWidth(COUNTS_MIN_WIDTH)
        self.counts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.workshop_label.setBuddy(self.workshop_combo)
        self.day_label.setBuddy(self.day_combo)
        self.session_label.setBuddy(self.session_combo)
        # Two rows (workshop; day and session) beside the counts: one row would make the door
        # wider than a small laptop's screen.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.addWidget(self.workshop_label, 0, 0)
        layout.addWidget(self.workshop_combo, 0, 1, 1, 3)
        layout.addWidget(self.day_label, 1, 0)
        layout.addWidget(self.day_combo, 1, 1)
        layout.addWidget(self.session_label, 1, 2)
        layout.addWidget(self.session_combo, 1, 3)
        layout.setColumnStretch(3, 3)  # the session picker and the counts share what is left
        layout.setColumnStretch(5, 2)
        layout.setColumnMinimumWidth(4, 12)
        layout.addWidget(self.counts, 0, 5, 2, 1)
        self.workshop_combo.currentIndexChanged.connect(self._workshop_changed)
        self.day_combo.currentIndexChanged.connect(self.selection_changed)
        self.workshop_combo.activated.connect(self.picked)
        self.day_combo.activated.connect(self.picked)
        self.session_combo.currentIndexChanged.connect(self.session_changed)
        self.session_combo.activated.connect(self.picked)
        self._counts = (0, 0)
        self.retranslate()

    # Reading the selection.
    def workshop(self) -> WorkshopSummary | None:
        row = self.workshop_combo.currentIndex()
        return self._workshops[row] if 0 <= row < len(self._workshops) else None

    def day(self) -> date | None:
        row = self.day_combo.currentIndex()
        return self._days[row] if 0 <= row < len(self._days) else None

    def session(self) -> str:
        """The uuid of the session chosen, or "" for the whole day."""
        row = self.session_combo.currentIndex() - 1
        return self._sessions[row].uuid if 0 <= row < len(self._sessions) else ""

    # Filling it.
    def set_sessions(self, sessions: list[SessionChoice]) -> None:
        """Offer the day's sessions after "Whole day", keeping the chosen one if still there."""
        kept = self.session()
        self._sessions = list(sessions)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Whole day"))
        for choice in sessions:
            self.session_combo.addItem(self._session_text(choice))
        uuids = [s.uuid for s in sessions]
        self.session_combo.setCurrentIndex(uuids.index(kept) + 1 if kept in uuids else 0)
        self.session_combo.setEnabled(bool(sessions))
        self.session_combo.blockSignals(False)

    def set_workshops(self, workshops: list[WorkshopSummary], today: date) -> None:
        """Show `workshops`, keeping the current workshop and day when they are still there."""
        kept, kept_day = self.workshop(), self.day()
        self._today = today
        self._workshops = list(workshops)
        chosen = next((w for w in workshops if kept is not None and w.id == kept.id), None)
        if chosen is None:
            chosen, kept_day = default_workshop(workshops, today), None
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        for workshop in workshops:
            self.workshop_combo.addItem(self._workshop_text(workshop), workshop.id)
        self.workshop_combo.setCurrentIndex(workshops.index(chosen) if chosen is not None else -1)
        self.workshop_combo.blockSignals(False)
        self._fill_days(kept_day)
        self.selection_changed.emit()

    def select(self, workshop_id: int, day: date | None = None) -> None:
        row = next((n for n, w in enumerate(self._workshops) if w.id == workshop_id), -1)
        if row < 0:
            return
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.setCurrentIndex(row)
        self.workshop_combo.blockSignals(False)
        self._fill_days(day)
        self.selection_changed.emit()

    def set_counts(self, registered: int, present: int) -> None:
        self._counts = (registered, present)
        text = self.tr("Present {present} / {registered} registered").format(
            present=present, registered=registered
        )
        self.counts.setText(text)
        # Wide enough for the longest word: a word cannot wrap, and would be cut off instead.
        metrics = self.counts.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        self.counts.setMinimumWidth(max(COUNTS_MIN_WIDTH, widest + 8))

    def _workshop_changed(self) -> None:
        self._fill_days(None)
        self.selection_changed.emit()

    def _fill_days(self, wanted: date | None) -> None:
        workshop = self.workshop()
        days = workshop.days if workshop is not None else []
        if wanted not in days:
            wanted = self._today if self._today in days else (days[0] if days else None)
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        # The days live here, not as item data: PySide6 mis-counts Python objects stored in a
        # QVariant and the process could crash while collecting garbage.
        self._days = list(days)
        language = interface_language()
        for number, day in enumerate(days, start=1):
            text = self.tr("Day {number}: {date}").format(
                number=number, date=weekday_and_day(day, language)
            )
            self.day_combo.addItem(text)
        self.day_combo.setCurrentIndex(days.index(wanted) if wanted is not None else -1)
        self.day_combo.blockSignals(False)

    def _workshop_text(self, workshop: WorkshopSummary) -> str:
        when = date_span(workshop.start, workshop.end, interface_language())
        where = f"{workshop.city}, " if workshop.city else ""
        return f"{workshop.title} — {where}{when}"

    def _session_text(self, choice: SessionChoice) -> str:
        language = interface_language()
        start, end = time_of_day(choice.start, language), time_of_day(choice.end, language)
        return f"{start}–{end}  {choice.title}"

    def retranslate(self) -> None:
        self.workshop_label.setText(self.tr("Workshop:"))
        self.day_label.setText(self.tr("Day:"))
        self.session_label.setText(self.tr("Session:"))
        if self.session_combo.count():
            self.session_combo.setItemText(0, self.tr("Whole day"))
        self.set_counts(*self._counts)
        for row, workshop in enumerate(self._workshops):  # dates follow the new locale
            self.workshop_combo.setItemText(row, self._workshop_text(workshop))
        self.day_combo.blockSignals(True)
        self._fill_days(self.day())
        self.day_combo.blockSignals(False)
