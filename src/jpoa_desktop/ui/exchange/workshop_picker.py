"""The workshops to put in a package: every workshop with its dates and city, a tick each, and a
filter box above (the large demo has 400 workshops; a trainer types a city or a word of the
title). Space ticks the current one."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.texts.formatting import date_span
from jpoa_desktop.ui.retranslating import Retranslating

ID, TITLE_AND_START = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class WorkshopPicker(Retranslating, QWidget):
    """Emits `changed` when a tick changes."""

    changed = Signal()

    def __init__(self, workshops: Iterable[WorkshopSummary], ticked: Iterable[int], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("packageWorkshopFilter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("packageWorkshops")
        wanted = set(ticked)
        for workshop in workshops:
            self._add(workshop, workshop.id in wanted, language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.retranslate()

    def _add(self, workshop: WorkshopSummary, checked: bool, language: str) -> None:
        when = date_span(workshop.start, workshop.end, language)
        item = QListWidgetItem(f"{workshop.title} — {when}, {workshop.city}")
        item.setData(ID, workshop.id)
        item.setData(TITLE_AND_START, (workshop.title, workshop.start))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        if checked and self.list.currentItem() is None:
            self.list.setCurrentItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _checked(self) -> list[QListWidgetItem]:
        return [item for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def checked_ids(self) -> list[int]:
        return [int(item.data(ID)) for item in self._checked()]

    def checked_titles(self) -> list[tuple[str, date]]:
        """The ticked workshops' titles and first days (what a package's file is named after)."""
        return [item.data(TITLE_AND_START) for item in self._checked()]

    def set_checked(self, workshop_ids: Iterable[int]) -> None:
        wanted = set(workshop_ids)
        for item in self._items():
            checked = int(item.data(ID)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the workshops"))
