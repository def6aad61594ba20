"""The Handouts screen's workshop list: every workshop, the next one first, kept on a reload.

The screen prints for the workshop chosen here; the list remembers each workshop's summary
(its start for file names, its title for the "Print everything" folder).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from jpoa_desktop.model.workshops import WorkshopSummary


class WorkshopPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutWorkshop")
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._workshops: dict[int, WorkshopSummary] = {}

    def set_workshops(self, workshops: Iterable[WorkshopSummary]) -> None:
        """Fill the list without a signal, keeping the workshop chosen when it is still there
        (the first one otherwise); the caller reacts once to the result."""
        chosen = self.workshop_id()
        self.blockSignals(True)
        self.clear()
        self._workshops = {}
        for summary in workshops:
            self._workshops[summary.id] = summary
            place = f", {summary.city}" if summary.city else ""
            self.addItem(f"{summary.start.isoformat()} — {summary.title}{place}", summary.id)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0) if self.count() else -1)
        self.blockSignals(False)

    def workshop_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def summary(self) -> WorkshopSummary | None:
        return self._workshops.get(self.workshop_id() or -1)

    def choose(self, workshop_id: int) -> None:
        index = self.findData(workshop_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def choose_one_with_people(self) -> None:
        """The first workshop with participants (a screenshot with something on it)."""
        for index in range(self.count()):
            summary = self._workshops.get(self.itemData(index))
            if summary is not None and summary.participants:
                self.setCurrentIndex(index)
                return
