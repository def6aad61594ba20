"""The gaps of a draft in words, grouped by what is missing, each a way to its item.

Enter or a double-click on a measure's gap emits `jump_to(item id)`; an area with no measure
has no item, so it emits `area_chosen(code)` and the dialog shows that area in the matrix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.model.strategies import GAP_KINDS, Gap
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the measure's id (None on an area or a group)
AREA_ROLE = Qt.ItemDataRole.UserRole + 1  # the area's code on an area's gap
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


# What a gap is, in one phrase (also the export's words).
gap_kind_label = CodeLabels(
    "CoverageGaps",
    {
        "area_without_measure": QT_TRANSLATE_NOOP("CoverageGaps", "Area with no measure"),
        "measure_without_indicator": QT_TRANSLATE_NOOP("CoverageGaps", "Measure with no indicator"),
        "measure_without_responsible": QT_TRANSLATE_NOOP(
            "CoverageGaps", "Measure with no responsible agency"
        ),
        "measure_without_budget": QT_TRANSLATE_NOOP("CoverageGaps", "Measure with no budget"),
        "measure_without_mapping": QT_TRANSLATE_NOOP(
            "CoverageGaps", "Measure not mapped to a pillar or area"
        ),
    },
)
# A group of gaps of one kind, with their count as {n}.
_group_label = CodeLabels(
    "CoverageGaps",
    {
        "area_without_measure": QT_TRANSLATE_NOOP("CoverageGaps", "Areas with no measure ({n})"),
        "measure_without_indicator": QT_TRANSLATE_NOOP(
            "CoverageGaps", "Measures with no indicator ({n})"
        ),
        "measure_without_responsible": QT_TRANSLATE_NOOP(
            "CoverageGaps", "Measures with no responsible agency ({n})"
        ),
        "measure_without_budget": QT_TRANSLATE_NOOP(
            "CoverageGaps", "Measures with no budget ({n})"
        ),
        "measure_without_mapping": QT_TRANSLATE_NOOP(
            "CoverageGaps", "Measures not mapped to a pillar or area ({n})"
        ),
    },
)


def group_label(kind: str, count: int) -> str:
    """A group's heading, e.g. "Measures with no budget (3)"; an unknown kind as "kind (3)"."""
    known = kind in _group_label.codes
    return _group_label(kind).format(n=count) if known else f"{kind} ({count})"


class GapList(QTreeWidget):
    jump_to = Signal(int)  # a measure's item id
    area_chosen = Signal(str)  # an area's code ("III.3"), for an area with no measure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageGaps")
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._gaps: tuple[Gap, ...] = ()
        self.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Item"), self.tr("What")])
        self.fill(self._gaps)

    def fill(self, gaps: tuple[Gap, ...]) -> None:
        """Show `gaps` by kind, in the service's order within a kind; keep groups expanded."""
        collapsed = {g.data(0, KIND_ROLE) for g in self.groups() if not g.isExpanded()}
        self._gaps = gaps
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for kind in GAP_KINDS + tuple(k for k in dict.fromkeys(g.kind for g in gaps)
                                      if k not in GAP_KINDS):  # fmt: skip
            members = [g for g in gaps if g.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem(self, [group_label(kind, len(members))])
            group.setData(0, KIND_ROLE, kind)
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            for gap in members:
                self._gap_item(group, gap)
            group.setExpanded(kind not in collapsed)

    def _gap_item(self, group: QTreeWidgetItem, gap: Gap) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [gap.number, gap.text])
        item.setData(0, KIND_ROLE, gap.kind)
        item.setData(0, ITEM_ROLE, gap.item_id)
        if gap.item_id is None:
            item.setData(0, AREA_ROLE, gap.number)
            hint = self.tr("Enter or double-click: show this area in the matrix")
        else:
            hint = self.tr("Enter or double-click: select this measure in the draft")
        tip = f"{gap_kind_label(gap.kind)}: {gap.number} {gap.text}\n{hint}"
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        return item

    def groups(self) -> list[QTreeWidgetItem]:
        """The rows of the kinds, in order."""
        root = self.invisibleRootItem()
        found = (root.child(i) for i in range(root.childCount()))
        return [group for group in found if group is not None]

    def gap_items(self) -> list[QTreeWidgetItem]:
        """Every gap's row, group by group."""
        found = (g.child(j) for g in self.groups() for j in range(g.childCount()))
        return [item for item in found if item is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        item_id = item.data(0, ITEM_ROLE)
        if isinstance(item_id, int):
            self.jump_to.emit(item_id)
            return
        area = item.data(0, AREA_ROLE)
        if isinstance(area, str) and area:
            self.area_chosen.emit(area)
