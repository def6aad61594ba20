"""A draft as a tree: goals → objectives → measures, numbered as the plan prints them.

The tree only shows and asks: moving (Alt+↑/↓, drag and drop) and adding or deleting are
signals the screen turns into undoable service calls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from jpoa_desktop.model.strategies import DraftView, GoalView, MeasureView, ObjectiveView

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_KIND = {None: "goal", "goal": "objective", "objective": "measure"}


class DraftTree(QTreeWidget):
    move_requested = Signal(int, object, int)  # item id, new parent id (None: top), position
    selection_moved = Signal(object)  # the selected item's id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftTree")
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.currentItemChanged.connect(lambda *_: self.selection_moved.emit(self.current_id()))

    def fill(self, draft: DraftView | None, select: int | None = None) -> None:
        """Show `draft`, keeping the expanded state, and select `select` (or the same item)."""
        keep = select if select is not None else self.current_id()
        self.blockSignals(True)
        self.clear()
        found: QTreeWidgetItem | None = None
        for goal in draft.goals if draft is not None else ():
            goal_item = self._item(None, goal, "goal")
            found = found or (goal_item if goal.id == keep else None)
            for objective in goal.objectives:
                objective_item = self._item(goal_item, objective, "objective")
                found = found or (objective_item if objective.id == keep else None)
                for measure in objective.measures:
                    measure_item = self._item(objective_item, measure, "measure")
                    found = found or (measure_item if measure.id == keep else None)
        self.expandAll()
        if found is not None:
            self.setCurrentItem(found)
            self.scrollToItem(found)
        self.blockSignals(False)
        self.selection_moved.emit(self.current_id())

    def _item(
        self,
        parent: QTreeWidgetItem | None,
        entry: GoalView | ObjectiveView | MeasureView,
        kind: str,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{entry.number} {entry.text}".strip()])
        item.setData(0, ID_ROLE, entry.id)
        item.setData(0, KIND_ROLE, kind)
        item.setToolTip(0, entry.text)
        if kind == "goal":
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def current_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def current_kind(self) -> str | None:
        item = self.currentItem()
        return str(item.data(0, KIND_ROLE)) if item is not None else None

    def parent_id(self, item: QTreeWidgetItem | None = None) -> int | None:
        item = item or self.currentItem()
        parent = item.parent() if item is not None else None
        return int(parent.data(0, ID_ROLE)) if parent is not None else None

    def index_of(self, item: QTreeWidgetItem) -> int:
        """The item's place among its siblings."""
        parent = item.parent()
        return parent.indexOfChild(item) if parent is not None else self.indexOfTopLevelItem(item)

    def child_at(self, parent: QTreeWidgetItem | None, index: int) -> QTreeWidgetItem:
        child = parent.child(index) if parent is not None else self.topLevelItem(index)
        assert child is not None  # callers ask within the count
        return child

    def select_id(self, item_id: int) -> bool:
        for item in self._all_items():
            if item.data(0, ID_ROLE) == item_id:
                self.setCurrentItem(item)
                return True
        return False

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for n in range(item.childCount()):
                walk(self.child_at(item, n))

        for n in range(self.topLevelItemCount()):
            walk(self.child_at(None, n))
        return found

    # Moving by keyboard: Alt+↑/↓ within the parent, across into the neighbouring parent at
    # the ends (a measure moves on into the next objective).
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move_current(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        item = self.currentItem()
        if item is None:
            return
        parent = item.parent()
        siblings = parent.childCount() if parent is not None else self.topLevelItemCount()
        target = self.index_of(item) + step
        item_id = int(item.data(0, ID_ROLE))
        if 0 <= target < siblings:
            self.move_requested.emit(item_id, self.parent_id(item), target)
            return
        if parent is None:
            return  # goals have no neighbouring parent
        grand = parent.parent()
        count = grand.childCount() if grand is not None else self.topLevelItemCount()
        neighbour_at = self.index_of(parent) + step
        if not 0 <= neighbour_at < count:
            return
        neighbour = self.child_at(grand, neighbour_at)
        position = neighbour.childCount() if step < 0 else 0
        self.move_requested.emit(item_id, int(neighbour.data(0, ID_ROLE)), position)

    # Moving by mouse: the drop is turned into a request, the tree itself is not changed.
    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.ignore()
        if item is None or target is None or target is item:
            return
        kind = str(item.data(0, KIND_ROLE))
        target_kind = str(target.data(0, KIND_ROLE))
        if CHILD_KIND.get(target_kind) == kind:  # dropped on a parent of the right kind
            self.move_requested.emit(int(item.data(0, ID_ROLE)), int(target.data(0, ID_ROLE)),
                                     target.childCount())  # fmt: skip
        elif target_kind == kind:  # dropped on a sibling of the same kind: take its place
            index = self.index_of(target)
            self.move_requested.emit(int(item.data(0, ID_ROLE)), self.parent_id(target), index)
