"""A diff between two versions or drafts, put into words and shown as a tree.

The tree shows a `DiffReport` (io/strategy_diff_export.py), the same object the Export button
writes, so the file says exactly what the screen showed. `TranslatedWording` fills it in the
interface language: field names, priorities and statuses by their labels, dates in the locale's
format, library partners by name, and each item's text in the reader's language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from jpoa_desktop.io.writing.strategy_diff_export import DiffHeadings, DiffReport, DiffWording
from jpoa_desktop.model.strategies import DraftView, ItemDiff
from jpoa_desktop.texts.formatting import short_date
from jpoa_desktop.ui.strategies.labels import (
    item_kind_label,
    measure_status_label,
    priority_label,
)

BEFORE = QColor("#b3261e")
AFTER = QColor("#1e7b34")
QUIET = QColor("#5f6368")
EMPTY_VALUE = "—"
SECTION_ROLE = Qt.ItemDataRole.UserRole
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
Texts = dict[str, dict[str, str]]  # item number ("2.1.3") → language → text
AnyIndex = QModelIndex | QPersistentModelIndex


def draft_texts(view: DraftView) -> Texts:
    """Every item's texts by its number (goals, objectives and measures)."""
    texts: Texts = {}
    for goal in view.goals:
        texts[goal.number] = goal.texts
        for objective in goal.objectives:
            texts[objective.number] = objective.texts
            for measure in objective.measures:
                texts[measure.number] = measure.texts
    return texts


def snapshot_texts(snapshot: dict[str, Any]) -> Texts:
    """The same for a saved version (`VersionService.load`)."""
    return {e["number"]: dict(e.get("texts", {})) for e in snapshot["items"].values()}


def partner_names(view: DraftView) -> dict[str, str]:
    """Library partner keys ("partner-osce") used in the draft, with their short names."""
    names: dict[str, str] = {}
    for measure in view.measures():
        names.update(zip(measure.partners, measure.partner_names, strict=False))
    return names


class TranslatedWording(DiffWording):
    """The diff in the interface language. Items get their text in `language` from the side
    they are on, found by number: the new side for all but removed items. (A diff of two
    drafts keys matched items by the first draft's uuids, so numbers are what both share.)"""

    def __init__(
        self, language: str, before: Texts, after: Texts, partners: dict[str, str]
    ) -> None:
        self.language = language
        self.before, self.after = before, after
        self.partners = partners

    def section_title(self, name: str, count: int) -> str:
        titles = {
            "added": QCoreApplication.translate("StrategyDiff", "Added ({n})").format(n=count),
            "removed": QCoreApplication.translate("StrategyDiff", "Removed ({n})").format(n=count),
            "moved": QCoreApplication.translate("StrategyDiff", "Moved ({n})").format(n=count),
            "changed": QCoreApplication.translate("StrategyDiff", "Changed ({n})").format(n=count),
        }
        return titles.get(name, name)

    def kind(self, kind: str) -> str:
        return item_kind_label(kind)

    def field(self, name: str) -> str:
        if name.startswith("text[") and name.endswith("]"):
            return QCoreApplication.translate("StrategyDiff", "Text ({language})").format(
                language=name[5:-1]
            )
        names = {
            "responsible": QCoreApplication.translate("StrategyDiff", "Responsible"),
            "partners": QCoreApplication.translate("StrategyDiff", "Partners"),
            "start": QCoreApplication.translate("StrategyDiff", "Start"),
            "end": QCoreApplication.translate("StrategyDiff", "End"),
            "deadline": QCoreApplication.translate("StrategyDiff", "Deadline"),
            "priority": QCoreApplication.translate("StrategyDiff", "Priority"),
            "status": QCoreApplication.translate("StrategyDiff", "Status"),
            "indicators": QCoreApplication.translate("StrategyDiff", "Indicators"),
            "budget": QCoreApplication.translate("StrategyDiff", "Budget"),
            "mapping": QCoreApplication.translate("StrategyDiff", "Pillars and areas"),
            "number": QCoreApplication.translate("StrategyDiff", "Number"),
        }
        return names.get(name, name)

    def value(self, name: str, value: str) -> str:
        if not value:
            return EMPTY_VALUE
        if name == "priority":
            return priority_label(value)
        if name == "status":
            return measure_status_label(value)
        if name in ("start", "end"):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return value
            return short_date(day, self.language)
        if name == "partners":
            return ", ".join(self.partners.get(p, p) for p in value.split(", "))
        return value

    def text(self, item: ItemDiff) -> str:
        if item.number_after:
            texts = self.after.get(item.number_after, {})
        else:
            texts = self.before.get(item.number_before, {})
        return texts.get(self.language) or item.text or next(iter(texts.values()), "")


def headings() -> DiffHeadings:
    """The exported files' headings in the interface language."""
    return DiffHeadings(
        section=QCoreApplication.translate("StrategyDiff", "Section"),
        number=QCoreApplication.translate("StrategyDiff", "Number"),
        kind=QCoreApplication.translate("StrategyDiff", "Kind"),
        item=QCoreApplication.translate("StrategyDiff", "Item"),
        field=QCoreApplication.translate("StrategyDiff", "Field"),
        before=QCoreApplication.translate("StrategyDiff", "Before"),
        after=QCoreApplication.translate("StrategyDiff", "After"),
        empty=QCoreApplication.translate("StrategyDiff", "No differences"),
        sheet=QCoreApplication.translate("StrategyDiff", "Differences"),
    )


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width (QTreeView alone
    measures a wrapped row as one line and elides the rest)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        view = self._view
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        else:
            width = view.columnWidth(index.column())
        if index.column() == 0:
            width -= view.indentation() * (depth + int(view.rootIsDecorated()))
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box = metrics.boundingRect(
            QRect(0, 0, max(width - 12, 40), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(base.width(), max(base.height(), box.height() + 6))


class DiffView(QTreeWidget):
    """Sections Added / Removed / Moved / Changed with their counts; an item per entry and a
    row per changed field: the old value struck through in red, the new one in green.
    Double-clicking an entry (or one of its fields) emits `entry_activated(section, index)`."""

    entry_activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strategyDiff")
        self.setColumnCount(3)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setStretchLastSection(True)  # no gap when a scroll bar comes or goes
        self.setExpandsOnDoubleClick(False)  # a double-click jumps to the item
        self.setItemDelegate(WrappingDelegate(self))
        self.report: DiffReport | None = None
        self.itemDoubleClicked.connect(self._double_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Item and field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )

    def show_report(self, report: DiffReport | None) -> None:
        self.report = report
        self.clear()
        if report is None:
            return
        if report.empty:
            row = QTreeWidgetItem(self, [self.tr("No differences")])
            row.setFirstColumnSpanned(True)
            row.setForeground(0, QBrush(QUIET))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for section in report.sections:
            if not section.entries:
                continue
            head = QTreeWidgetItem(self, [section.title])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for index, entry in enumerate(section.entries):
                row = QTreeWidgetItem(head, [f"{entry.number}  {entry.text}"])
                row.setFirstColumnSpanned(True)
                row.setToolTip(0, f"{entry.kind} {entry.number}\n{entry.text}")
                if section.name in ("added", "removed"):
                    row.setForeground(0, QBrush(AFTER if section.name == "added" else BEFORE))
                rows = [row] + [
                    self._field_row(row, field.label, field.before, field.after)
                    for field in entry.fields
                ]
                for item in rows:
                    item.setData(0, SECTION_ROLE, section.name)
                    item.setData(0, INDEX_ROLE, index)
        self.expandAll()
        self._fit_columns()

    def _field_row(
        self, parent: QTreeWidgetItem, label: str, before: str, after: str
    ) -> QTreeWidgetItem:
        row = QTreeWidgetItem(parent, [label, before, after])
        row.setForeground(0, QBrush(QUIET))
        struck = QFont(self.font())
        struck.setStrikeOut(before != EMPTY_VALUE)
        row.setFont(1, struck)
        row.setForeground(1, QBrush(BEFORE))
        row.setForeground(2, QBrush(AFTER))
        for column, text in ((1, before), (2, after)):
            row.setToolTip(column, text)
        for column in range(3):
            row.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The field names a quarter of the width, before and after sharing the rest (an
        item's own row spans all three); long values wrap inside their column."""
        width = self.viewport().width()
        first = max(180, width * 24 // 100)
        rest = max(120, (width - first) // 2)
        self.setColumnWidth(0, first)
        self.setColumnWidth(1, rest)
        self.setColumnWidth(2, max(120, width - first - rest))
        self.doItemsLayout()  # the rows' heights follow the new widths

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        section = item.data(0, SECTION_ROLE)
        index = item.data(0, INDEX_ROLE)
        if isinstance(section, str) and isinstance(index, int):
            self.entry_activated.emit(section, index)

    def rows(self) -> list[list[str]]:
        """What the tree shows, one list of column texts per row at every depth: a test's
        (and a reader's) view of the screen."""
        shown: list[list[str]] = []

        def walk(item: QTreeWidgetItem | None, depth: int) -> None:
            assert item is not None
            shown.append([str(depth)] + [item.text(c) for c in range(3)])
            for n in range(item.childCount()):
                walk(item.child(n), depth + 1)

        for n in range(self.topLevelItemCount()):
            walk(self.topLevelItem(n), 0)
        return shown
