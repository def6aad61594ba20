"""Named versions of a draft, and what changed between any two of them.

The list shows the draft as it is now and every version, newest first; choosing a version
compares it with the current draft, and the From and To combos compare any two. A version is
saved from here (Ctrl+S) under a name that defaults to "Version N — date".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.strategies import DraftDiff, VersionSummary
from jpoa_desktop.services.container import Services
from jpoa_desktop.texts.formatting import short_date, short_date_time
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.strategies.versions.compare_dialog import CURRENT, CompareDialog
from jpoa_desktop.ui.strategies.versions.diff_view import (
    TranslatedWording,
    WrappingDelegate,
    draft_texts,
    partner_names,
    snapshot_texts,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class VersionsDialog(CompareDialog):
    """A draft's named versions on the left (with "Save a version…"), the comparison of any
    two of them, or of one with the current draft, on the right."""

    def __init__(
        self, services: Services, draft_id: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, draft_id, language, parent)
        self.setObjectName("strategyVersions")
        self.summaries: list[VersionSummary] = []
        self.version_list = QTreeWidget(self)
        self.version_list.setObjectName("versionList")
        self.version_list.setColumnCount(1)
        self.version_list.setRootIsDecorated(False)
        self.version_list.setWordWrap(True)
        self.version_list.setUniformRowHeights(False)
        self.version_list.setItemDelegate(WrappingDelegate(self.version_list))
        self.version_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.version_list.currentItemChanged.connect(lambda *_: self._version_chosen())
        self.save_button = QPushButton(self)
        self.save_action = QAction(self)  # Ctrl+S at once (a button's shortcut animates first)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(lambda _checked=False: self.save_version())
        self.addAction(self.save_action)
        self.save_button.clicked.connect(lambda _checked=False: self.save_version())
        left = QWidget(self)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.version_list, 1)
        side.addWidget(self.save_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.compare_pane())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(1000, 650)
        self.refresh()
        latest = self.summaries[-1].id if self.summaries else CURRENT
        self.choose(latest, CURRENT)

    def retranslate(self) -> None:
        super().retranslate()
        self.version_list.setHeaderLabels([self.tr("Versions")])
        self.save_button.setText(self.tr("Save a version…"))
        self.save_button.setToolTip(self.tr("Keep the draft as it is now under a name (Ctrl+S)"))

    def _saved_at(self, when: datetime) -> str:
        local = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
        return short_date_time(local, self._language)

    def refresh(self) -> None:
        """Re-read the versions and the current draft, keep what is chosen, compare again."""
        old, new = self.chosen()
        if self._read_current() is None:
            self.summaries = []
        else:
            self.summaries = self._versions.versions(self._draft_id)
        self.setWindowTitle(
            self.tr("Versions of “{draft}”").format(draft=self._current.summary.title)
            if self._current is not None
            else self.tr("Versions")
        )
        self.version_list.blockSignals(True)
        self.version_list.clear()
        count = len(self._current.measures()) if self._current is not None else 0
        self._list_row(self.tr("Current draft (as it is now)"), "", count, CURRENT)
        for summary in reversed(self.summaries):  # newest first, under the current draft
            saved = self._saved_at(summary.created_at)
            self._list_row(summary.name, saved, summary.measures, summary.id)
        self.version_list.blockSignals(False)
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Current draft"), CURRENT)
            for summary in reversed(self.summaries):
                combo.addItem(summary.name, summary.id)
                combo.setItemData(combo.count() - 1, self._saved_at(summary.created_at),
                                  Qt.ItemDataRole.ToolTipRole)  # fmt: skip
            combo.blockSignals(False)
        self.choose(old, new)

    def _list_row(self, name: str, saved: str, measures: int, key: int) -> None:
        """Two lines: the name (bold), then when it was saved and its number of measures."""
        facts = " · ".join(p for p in (saved, self.tr("%n measure(s)", "", measures)) if p)
        row = QTreeWidgetItem(self.version_list, [f"{name}\n{facts}"])
        row.setData(0, ID_ROLE, key)
        row.setToolTip(0, f"{name}\n{facts}")

    def _side_name(self, combo: QComboBox) -> str:
        if combo.currentData() == CURRENT:
            return self.tr("the current draft")
        return combo.currentText()

    def _compute(self, old: int, new: int) -> tuple[DraftDiff, TranslatedWording]:
        assert self._current is not None
        current = self._current
        before, after = (
            draft_texts(current) if side == CURRENT else snapshot_texts(self._versions.load(side))
            for side in (old, new)
        )
        diff = self._versions.diff(
            self._draft_id, None if old == CURRENT else old, None if new == CURRENT else new
        )
        return diff, TranslatedWording(self._language, before, after, partner_names(current))

    def _version_chosen(self) -> None:
        """Choosing a version in the list compares it with the current draft (or with the
        version in To, when From was the current draft)."""
        item = self.version_list.currentItem()
        if item is None:
            return
        chosen = int(item.data(0, ID_ROLE))
        _old, new = self.chosen()
        if chosen == CURRENT:
            self.choose(self.summaries[-1].id if self.summaries else CURRENT, CURRENT)
        else:
            self.choose(chosen, CURRENT if new == chosen else new)

    def compare(self) -> None:
        super().compare()
        if not self.summaries and self._current is not None:
            self.summary.setText(
                self.tr("No versions yet. Save one (Ctrl+S) to compare the draft with it later.")
            )

    def default_name(self) -> str:
        today = short_date(date.today(), self._language)
        return self.tr("Version {n} — {date}").format(n=len(self.summaries) + 1, date=today)

    def save_version(self, name: str | None = None) -> int | None:
        """Keep the draft as it is now under `name` (asked for when None); return the new
        version's id, or None when cancelled or refused (an empty name is refused)."""
        if name is None:
            name, accepted = QInputDialog.getText(
                self, self.tr("Save a version"), self.tr("Name of the version:"),
                QLineEdit.EchoMode.Normal, self.default_name(),
            )  # fmt: skip
            if not accepted:
                return None
        try:
            version = self._versions.snapshot(self._draft_id, name)
        except JpoaError as error:
            self.error_box = show_error(self, self.tr("Save a version"), describe(error))
            return None
        self.refresh()
        self.choose(version, CURRENT)
        return version
