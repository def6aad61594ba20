"""Which of the library's four pillars and framework areas a measure serves: a checklist tree,
the pillars with their areas under them. Each tick (Space or a click) is one undoable step.

A pillar's box is its own: ticking an area does not tick the pillar (the measure then counts
for the pillar through the area), so a measure can serve a pillar as a whole or some areas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jpoa_desktop.model.library import PillarView
from jpoa_desktop.model.strategies import MeasureView
from jpoa_desktop.ui.strategies.details.detail_commands import DetailContext, SetMapping
from jpoa_desktop.ui.strategies.details.indicators_pane import Submit

KEY_ROLE = Qt.ItemDataRole.UserRole


class MappingPane(QWidget):
    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPane")
        self._submit = submit
        self._context: DetailContext | None = None
        self._measure: MeasureView | None = None
        self._pillars: list[PillarView] | None = None
        self._filling = False
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.tree.itemChanged.connect(self._item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Tick the pillars and framework areas this measure serves (Space ticks).")
        )

    def load(
        self, context: DetailContext | None, measure: MeasureView | None, pillars: list[PillarView]
    ) -> None:
        self._context, self._measure = context, measure
        self._filling = True
        try:
            if pillars and pillars is not self._pillars:  # a goal's [] keeps the tree
                self._build(pillars)
            mapped = {m.key for m in measure.mapping} if measure is not None else set()
            for item in self.items():
                state = (
                    Qt.CheckState.Checked if self.key(item) in mapped else Qt.CheckState.Unchecked
                )
                if item.checkState(0) != state:
                    item.setCheckState(0, state)
        finally:
            self._filling = False
        self.tree.setEnabled(measure is not None)

    def _build(self, pillars: list[PillarView]) -> None:
        self._pillars = pillars
        self.tree.clear()
        for pillar in pillars:
            top = self._new_item(pillar.key, f"{pillar.roman}. {pillar.short or pillar.title}",
                                 pillar.title)  # fmt: skip
            self.tree.addTopLevelItem(top)
            for area in pillar.areas:
                top.addChild(self._new_item(area.key, f"{area.code} {area.title}", area.title))
        self.tree.expandAll()

    @staticmethod
    def _new_item(key: str, text: str, tip: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KEY_ROLE, key)
        item.setToolTip(0, tip)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            assert top is not None
            found.append(top)
            found.extend(c for c in (top.child(k) for k in range(top.childCount())) if c)
        return found

    @staticmethod
    def key(item: QTreeWidgetItem) -> str:
        return str(item.data(0, KEY_ROLE))

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if self.key(i) == key), None)

    def ticked(self) -> list[str]:
        """The keys ticked on screen, in the framework's order."""
        return [self.key(i) for i in self.items() if i.checkState(0) == Qt.CheckState.Checked]

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._filling:
            QTimer.singleShot(0, self, self._commit)  # the refresh must not run inside setData

    def _commit(self) -> None:
        if self._context is None or self._measure is None:
            return
        keys = self.ticked()
        if set(keys) == {m.key for m in self._measure.mapping}:
            return
        command = SetMapping(self._context, self._measure.uuid, keys,
                             self.tr("Map to pillars and areas"))  # fmt: skip
        if not self._submit(command):
            self.load(self._context, self._measure, self._pillars or [])
