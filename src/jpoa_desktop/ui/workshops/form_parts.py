"""Pieces of the workshop form: the pillar → area tree and the partner picker.

A workshop may cover a pillar in general or some of its areas. So the boxes are independent,
except that ticking an area ticks its pillar too (a workshop on area II.3 is about pillar II,
and the list's pillar filter finds it either way).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.text_limits import limit_line

if TYPE_CHECKING:
    from jpoa_desktop.model.library import PillarView
    from jpoa_desktop.model.workshops import Choice

KEY = Qt.ItemDataRole.UserRole


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(n) for n in range(item.childCount())) if c is not None]


def _checked(item: QTreeWidgetItem | QListWidgetItem) -> bool:
    state = item.checkState(0) if isinstance(item, QTreeWidgetItem) else item.checkState()
    return state == Qt.CheckState.Checked


class TagTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopTags")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.itemChanged.connect(self._on_changed)

    def set_pillars(self, pillars: Sequence[PillarView], checked: Sequence[str]) -> None:
        wanted = set(checked)
        self.blockSignals(True)
        self.clear()
        for pillar in pillars:
            top = self._item(f"{pillar.roman}. {pillar.short or pillar.title}", pillar.key, wanted)
            top.setToolTip(0, pillar.title)
            self.addTopLevelItem(top)
            for area in pillar.areas:
                child = self._item(f"{area.code} {area.title}", area.key, wanted)
                child.setToolTip(0, area.title)
                top.addChild(child)
            top.setExpanded(any(_checked(child) for child in _children(top)))
        self.blockSignals(False)

    def _item(self, text: str, key: str, wanted: set[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KEY, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
        return item

    def checked(self) -> tuple[str, ...]:
        keys: list[str] = []
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            if top is None:
                continue
            chosen = [str(a.data(0, KEY)) for a in _children(top) if _checked(a)]
            if _checked(top) or chosen:
                keys.append(str(top.data(0, KEY)))
            keys.extend(chosen)
        return tuple(keys)

    def set_checked(self, key: str, on: bool = True) -> None:
        """Tick one pillar or area by key (tests, keyboard-free callers)."""
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            for item in [top, *_children(top)] if top else []:
                if item.data(0, KEY) == key:
                    item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        if parent is not None and _checked(item) and not _checked(parent):
            parent.setCheckState(0, Qt.CheckState.Checked)


class PartnerPicker(Retranslating, QWidget):
    """The library's partners to tick, and a box to type one the library does not have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.other = QLineEdit(self)
        self.other.setClearButtonEnabled(True)
        limit_line(self.other, limits.ORGANISER)
        self._known: dict[str, str] = {}  # a partner's name in any language (folded) → key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.other)
        self.other.returnPressed.connect(self.add_typed)
        self.retranslate()

    def set_choices(self, partners: Sequence[Choice], chosen: Sequence[str]) -> None:
        self.list.clear()
        self._known = {}
        for partner in partners:
            self._known[partner.key.casefold()] = partner.key
            for name in (partner.title, *partner.names):
                self._known.setdefault(name.strip().casefold(), partner.key)
            label = f"{partner.title} — {partner.subtitle}" if partner.subtitle else partner.title
            self._add(label, partner.key, False).setToolTip(partner.subtitle)
        for entry in chosen:
            self.choose(entry)

    def choose(self, entry: str) -> None:
        """Tick a partner by key or name; a name the library lacks is added, ticked."""
        key = self._known.get(entry.strip().casefold(), entry.strip())
        if not key:
            return
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item is not None and item.data(KEY) == key:
                item.setCheckState(Qt.CheckState.Checked)
                return
        self._add(key, key, True)

    def add_typed(self) -> None:
        self.choose(self.other.text())
        self.other.clear()

    def values(self) -> tuple[str, ...]:
        """Ticked keys (library partners) and typed names, in list order; a name still in the
        box counts too, so Enter is not needed before OK."""
        if self.other.text().strip():
            self.add_typed()
        items = (self.list.item(n) for n in range(self.list.count()))
        return tuple(str(i.data(KEY)) for i in items if i is not None and _checked(i))

    def _add(self, text: str, key: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(KEY, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def retranslate(self) -> None:
        self.other.setPlaceholderText(self.tr("Another organisation: type its name, press Enter"))
