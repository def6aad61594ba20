"""The two choices an import leaves to the user, each as a list with a tick per row.

Conflicts: records changed on both laptops since they last exchanged. Unticked keeps this
laptop's version (the default: nothing here is lost), ticked takes the package's; the record's
changed fields hang below it with both values, so the choice is made knowing what differs.
Person matches: people in the package who look like someone here under another record; ticked
merges them into the person here, unticked adds them as people of their own. Space ticks the
current row, so both lists work from the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from jpoa_desktop.model.exchange import Conflict, PersonMatch, Side
from jpoa_desktop.texts.formatting import short_date_time
from jpoa_desktop.ui.exchange.field_words import field_words
from jpoa_desktop.ui.retranslating import Retranslating

KEY = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _ticked(item: QTreeWidgetItem) -> bool:
    return item.checkState(0) == CHECKED


def _row(texts: Sequence[str]) -> QTreeWidgetItem:
    """A row whose cells show their whole text on hover (a long value is cut in its column)."""
    item = QTreeWidgetItem(list(texts))
    for column, text in enumerate(texts):
        item.setToolTip(column, text)
    return item


def _checkable(texts: Sequence[str], key: str) -> QTreeWidgetItem:
    item = _row(texts)
    item.setData(0, KEY, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, UNCHECKED)
    return item


class _TickList(Retranslating, QTreeWidget):
    """A tree whose top-level rows each carry a tick in the first column."""

    def __init__(self, columns: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setColumnCount(columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names, the labels
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 190)

    def rows(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [row for row in found if row is not None]

    def tick_all(self, ticked: bool) -> None:
        for row in self.rows():
            row.setCheckState(0, CHECKED if ticked else UNCHECKED)

    def ticked_keys(self) -> list[str]:
        return [str(row.data(0, KEY)) for row in self.rows() if _ticked(row)]


class ConflictList(_TickList):
    """One row per conflict (ticked: take the package's version), its fields below it."""

    def __init__(self, conflicts: Sequence[Conflict], language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(4, parent)
        self.setObjectName("packageConflicts")
        for conflict in conflicts:
            row = _checkable(
                (conflict.label, _when(conflict.mine_updated_at, language),
                 _when(conflict.theirs_updated_at, language), ""),
                conflict.uuid,
            )  # fmt: skip
            for change in conflict.changes:
                field = _row(("", change.mine, change.theirs, ""))
                field.setData(0, KEY, change.field)  # named in words by retranslate
                row.addChild(field)
            self.addTopLevelItem(row)
        self.expandAll()
        self.itemChanged.connect(lambda item, _column: self._say_side(item))
        self.retranslate()

    def sides(self) -> dict[str, Side]:
        """Each conflict's uuid and the side the user chose for it."""
        ticked = set(self.ticked_keys())
        return {str(row.data(0, KEY)): "theirs" if str(row.data(0, KEY)) in ticked else "mine"
                for row in self.rows()}  # fmt: skip

    def _say_side(self, row: QTreeWidgetItem) -> None:
        if row.parent() is None:
            text = self.tr("the package's") if _ticked(row) else self.tr("this laptop's")
            if row.text(3) != text:
                row.setText(3, text)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Record, and what differs"),
                              self.tr("On this laptop"), self.tr("In the package"),
                              self.tr("Version kept")])  # fmt: skip
        for row in self.rows():
            row.setText(3, "")
            self._say_side(row)
            for n in range(row.childCount()):
                if (field := row.child(n)) is not None:
                    field.setText(0, field_words(str(field.data(0, KEY))))


class MatchList(_TickList):
    """One row per look-alike (ticked: the same person, merged), the two names and why."""

    def __init__(self, matches: Sequence[PersonMatch], parent: QWidget | None = None) -> None:
        super().__init__(4, parent)
        self.setObjectName("packagePersonMatches")
        self.setRootIsDecorated(False)
        for match in matches:
            row = _checkable(("", match.incoming_name, match.local_name, ""), match.incoming_uuid)
            row.setData(3, KEY, match.reason)  # in English, marked in the "Exchange" context
            self.addTopLevelItem(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Same person?"), self.tr("In the package"),
                              self.tr("Here"), self.tr("Why they look alike")])  # fmt: skip
        for row in self.rows():
            row.setText(0, self.tr("same person — merge"))
            reason = QCoreApplication.translate("Exchange", str(row.data(3, KEY)))
            row.setText(3, reason)
            row.setToolTip(3, reason)


def _when(moment: datetime | None, language: str) -> str:
    """A record's last change in the local time of this laptop ("" when unknown)."""
    return short_date_time(moment.astimezone(), language) if moment is not None else ""
