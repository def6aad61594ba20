"""The library's navigation tree: sections, their items, and the framework's pillars and areas."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from jpoa_desktop.model.library import PillarView, SectionView

FRAMEWORK_PACK = "framework"
GLOSSARY_PACK = "glossary"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NavTarget:
    """What a tree entry opens. `pack` tells a pillar under "Pillars" from one in the framework."""

    what: str  # "section", "item" or "glossary"
    pack: str
    item_id: int = 0


class LibraryTree(QTreeWidget):
    target_selected = Signal(object)  # NavTarget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIndentation(16)
        self.currentItemChanged.connect(self._on_current_changed)

    def populate(self, sections: list[SectionView], pillars: list[PillarView]) -> None:
        """Rebuild the tree, keeping the selection and the open branches where they still exist."""
        current = self.current_target()
        expanded = {t for n in self._nodes() if n.isExpanded() and (t := _target(n)) is not None}
        with QSignalBlocker(self):
            self.clear()
            areas = {p.id: p.areas for p in pillars}
            for section in sections:
                head = self._add(None, section.title, NavTarget("section", section.pack))
                if section.pack == GLOSSARY_PACK:
                    head.setData(0, TARGET_ROLE, NavTarget("glossary", section.pack))
                    head.setToolTip(0, section.title)
                    continue
                for entry in section.items:
                    node = self._add(head, entry.title, NavTarget("item", section.pack, entry.id))
                    if section.pack == FRAMEWORK_PACK:
                        for area in areas.get(entry.id, ()):
                            label = f"{area.code} {area.title}"
                            self._add(node, label, NavTarget("item", FRAMEWORK_PACK, area.id))
            for target in expanded:
                found = self._find(target)
                if found is not None:
                    found.setExpanded(True)
            if not expanded and self.topLevelItemCount():
                first = self.topLevelItem(0)
                if first is not None:
                    first.setExpanded(True)
            if current is not None:
                self.select_target(current)

    def current_target(self) -> NavTarget | None:
        item = self.currentItem()
        return _target(item) if item is not None else None

    def select_target(self, target: NavTarget, notify: bool = False) -> bool:
        """Make `target` the current entry; emit `target_selected` only when `notify`."""
        found = self._find(target)
        if found is None:
            return False
        with QSignalBlocker(self) if not notify else nullcontext():
            self.setCurrentItem(found)
        self.scrollToItem(found)
        return True

    def select_item(self, item_id: int) -> bool:
        """Select the entry of a library item wherever it first appears (no signal)."""
        for target in self._all_targets():
            if target.what == "item" and target.item_id == item_id:
                return self.select_target(target)
        with QSignalBlocker(self):
            self.setCurrentIndex(QModelIndex())
        return False

    def _add(self, parent: QTreeWidgetItem | None, text: str, target: NavTarget) -> QTreeWidgetItem:
        node = QTreeWidgetItem([text])
        node.setData(0, TARGET_ROLE, target)
        node.setToolTip(0, text)
        if parent is None:
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.addTopLevelItem(node)
        else:
            parent.addChild(node)
        return node

    def _nodes(self) -> list[QTreeWidgetItem]:
        nodes: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            node = stack.pop(0)
            if node is None:
                continue
            nodes.append(node)
            stack[0:0] = [node.child(i) for i in range(node.childCount())]
        return nodes

    def _all_targets(self) -> list[NavTarget]:
        return [t for t in (_target(n) for n in self._nodes()) if t is not None]

    def _find(self, target: NavTarget) -> QTreeWidgetItem | None:
        for node in self._nodes():
            if _target(node) == target:
                return node
        return None

    def _on_current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        target = _target(current) if current is not None else None
        if target is not None:
            self.target_selected.emit(target)


def _target(node: QTreeWidgetItem) -> NavTarget | None:
    value = node.data(0, TARGET_ROLE)
    return value if isinstance(value, NavTarget) else None
