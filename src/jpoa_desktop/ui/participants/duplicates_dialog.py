"""Find duplicates: likely pairs of records of one person, compared side by side, merged, undone.

Finding pairs compares every name in blocks (seconds on 20,000 people), and a merge moves
registrations and attendance, so both run through `run_task`; merges go on the write queue.
A merge asks once; the merges made while the dialog is open can be undone last first, and any
earlier merge still on record can be undone from the list below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.services.people.directory import PersonDetail
from jpoa_desktop.services.people.duplicates import DuplicatePair, DuplicateService
from jpoa_desktop.texts.formatting import short_date_time
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.participants.duplicates_compare import Comparison
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

WRITES = frozenset({"people", "attendance"})


def _candidates(service: DuplicateService, **_task: Any) -> list[DuplicatePair]:
    return service.candidates()


def _merge(service: DuplicateService, keep: int, drop: int, **_task: Any) -> int:
    return service.merge(keep, drop)


def _undo(service: DuplicateService, merge_id: int, **_task: Any) -> int:
    return service.undo(merge_id)


class DuplicatesDialog(QDialog):
    def __init__(
        self, services: Services, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setSizeGripEnabled(True)
        self._tasks = tasks
        self._service = services.duplicates
        self._directory = services.directory
        self.pairs: list[DuplicatePair] = []
        self.session_merges: list[int] = []  # merges made in this dialog, last one last
        self.confirm_box: QMessageBox | None = None
        self._busy = False
        self._note = ""  # what the last merge or undo did, said before the pair count
        self.status_label = QLabel(self)
        self.status_label.setObjectName("duplicatesStatus")
        self.status_label.setWordWrap(True)
        self.pair_table = QTableWidget(0, 3, self)
        self.pair_table.setObjectName("duplicatePairs")
        self._setup_pair_table()
        self.comparison = Comparison(self)
        self.keep_first, self.keep_second = QRadioButton(self), QRadioButton(self)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_first, 0)
        self.keep_group.addButton(self.keep_second, 1)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergeButton")
        self.history = QListWidget(self)
        self.history.setObjectName("mergeHistory")
        self.undo_last_button = QPushButton(self)
        self.undo_last_button.setObjectName("undoLastMerge")
        self.undo_selected_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self._groups = (QGroupBox(self), QGroupBox(self), QGroupBox(self))
        self._build_layout()
        self.pair_table.itemSelectionChanged.connect(self._pair_chosen)
        self.merge_button.clicked.connect(self.ask_merge)
        self.undo_last_button.clicked.connect(self.undo_last)
        self.undo_selected_button.clicked.connect(self.undo_selected)
        self.history.itemSelectionChanged.connect(self._update_state)
        self.close_button.clicked.connect(self.reject)
        self.resize(1140, 680)
        self.retranslate()
        self.refresh_history()

    def _setup_pair_table(self) -> None:
        table = self.pair_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _build_layout(self) -> None:
        pairs, compare, merges = self._groups
        QVBoxLayout(pairs).addWidget(self.pair_table)
        keep = QHBoxLayout()
        keep.addWidget(self.keep_first, 1)
        keep.addWidget(self.keep_second, 1)
        right = QVBoxLayout(compare)
        right.addLayout(keep)
        right.addWidget(self.comparison, 1)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_button)
        right.addLayout(merge_row)
        splitter = QSplitter(self)
        splitter.addWidget(pairs)
        splitter.addWidget(compare)
        splitter.setSizes([480, 640])
        splitter.setChildrenCollapsible(False)
        history = QHBoxLayout(merges)
        history.addWidget(self.history, 1)
        undo = QVBoxLayout()
        undo.addWidget(self.undo_last_button)
        undo.addWidget(self.undo_selected_button)
        undo.addStretch(1)
        history.addLayout(undo)
        merges.setMaximumHeight(self.fontMetrics().height() * 9)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(merges)
        layout.addLayout(bottom)

    # Finding pairs.
    def look_for_pairs(self) -> None:
        self._busy = True
        self.status_label.setText(self.tr("Looking for people entered twice…"))
        self._update_state()
        self._tasks.run_task(
            self,
            self.tr("Looking for duplicates"),
            _candidates,
            self._service,
            on_done=self._found,
            on_error=self._failed,
            show_progress=False,
        )

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self._busy = False
        self.show_pairs(pairs)

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = list(pairs)
        self.pair_table.blockSignals(True)  # row 0 may stay selected with another pair in it
        self.pair_table.clearSelection()
        self.pair_table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            score = QTableWidgetItem(f"{pair.score:.0f}%")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.pair_table.setItem(row, 0, score)
            for column, name in ((1, pair.first_name), (2, pair.second_name)):
                item = QTableWidgetItem(name)
                item.setToolTip(name)  # long names are elided in the narrow column
                self.pair_table.setItem(row, column, item)
        if self.pairs:
            found = self.tr("Likely pairs: {count}.").format(count=len(self.pairs))
            self.pair_table.selectRow(0)
        else:
            found = self.tr("No likely duplicates: nobody seems to have been entered twice.")
        self.pair_table.blockSignals(False)
        self._pair_chosen()
        self.status_label.setText(f"{self._note} {found}" if self._note else found)
        self._note = ""
        self._update_state()

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.pair_table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    def _pair_chosen(self) -> None:
        pair = self.selected_pair()
        first = self._directory.detail(pair.first_id) if pair is not None else None
        second = self._directory.detail(pair.second_id) if pair is not None else None
        self.comparison.show_people(first, second)
        self._label_keep(first, second)
        more = first is not None and second is not None and second.workshops > first.workshops
        (self.keep_second if more else self.keep_first).setChecked(True)
        self._update_state()

    def _label_keep(self, first: PersonDetail | None, second: PersonDetail | None) -> None:
        for button, person in ((self.keep_first, first), (self.keep_second, second)):
            name = f"{person.family_name} {person.given_name}" if person else ""
            button.setText(self.tr("Keep this record") + (f" — {name}" if name else ""))

    # Merging.
    def ask_merge(self) -> None:
        """Ask once; Yes merges the other record into the one chosen to keep."""
        pair = self.selected_pair()
        if pair is None or self._busy:
            return
        keep, drop = self._keep_and_drop(pair)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge two records"),
            self.tr(
                "Merge “{drop}” into “{keep}”? Their registrations and attendance move to the "
                "record kept. You can undo the merge."
            ).format(drop=drop[1], keep=keep[1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.merge(keep[0], drop[0]))
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _keep_and_drop(self, pair: DuplicatePair) -> tuple[tuple[int, str], tuple[int, str]]:
        first, second = (pair.first_id, pair.first_name), (pair.second_id, pair.second_name)
        return (second, first) if self.keep_second.isChecked() else (first, second)

    def merge(self, keep: int, drop: int) -> None:
        self._busy = True
        self._update_state()
        self._tasks.run_task(
            self,
            self.tr("Merging two records"),
            _merge,
            self._service,
            keep,
            drop,
            writes=WRITES,
            on_done=lambda merge_id: self._merged(merge_id, drop),
            on_error=self._failed,
        )

    def _merged(self, merge_id: int, dropped: int) -> None:
        self._busy = False
        self.session_merges.append(merge_id)
        left = [p for p in self.pairs if dropped not in (p.first_id, p.second_id)]
        self._note = self.tr("Merged; you can undo it below.")
        self.show_pairs(left)
        self.refresh_history()

    # Undoing merges.
    def undo_last(self) -> None:
        if self.session_merges and not self._busy:
            self._undo_merge(self.session_merges.pop())

    def undo_selected(self) -> None:
        item = self.history.currentItem()
        if item is not None and not self._busy and item.data(Qt.ItemDataRole.UserRole + 1):
            merge_id = int(item.data(Qt.ItemDataRole.UserRole))
            if merge_id in self.session_merges:
                self.session_merges.remove(merge_id)
            self._undo_merge(merge_id)

    def _undo_merge(self, merge_id: int) -> None:
        self._busy = True
        self._update_state()
        self._tasks.run_task(
            self,
            self.tr("Undoing a merge"),
            _undo,
            self._service,
            merge_id,
            writes=WRITES,
            on_done=lambda _restored: self._undone(),
            on_error=self._failed,
        )

    def _undone(self) -> None:
        self._busy = False
        self.refresh_history()
        self.look_for_pairs()  # the restored record may pair again
        self._note = self.tr("The merge was undone; both records are back.")

    def refresh_history(self) -> None:
        self.history.clear()
        for merge in self._service.merges():
            when = short_date_time(merge.merged_at.astimezone(), interface_language())
            text = self.tr("{when}: “{dropped}” merged into “{kept}”").format(
                when=when, dropped=merge.dropped_name, kept=merge.kept_name
            )
            if merge.undone:
                text += " " + self.tr("(undone)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, merge.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, not merge.undone)
            if merge.undone:
                item.setForeground(self.palette().placeholderText())
            self.history.addItem(item)
        self._update_state()

    def _failed(self, error: BaseException) -> None:
        from jpoa_desktop.ui.messages import describe

        self._busy = False
        self.status_label.setText(describe(error))
        self.refresh_history()

    def _update_state(self) -> None:
        idle = not self._busy
        self.merge_button.setEnabled(idle and self.selected_pair() is not None)
        self.undo_last_button.setEnabled(idle and bool(self.session_merges))
        item = self.history.currentItem()
        can_undo = item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1))
        self.undo_selected_button.setEnabled(idle and can_undo)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find duplicates"))
        pairs, compare, merges = self._groups
        pairs.setTitle(self.tr("Likely the same person"))
        compare.setTitle(self.tr("Side by side"))
        merges.setTitle(self.tr("Merges"))
        self.pair_table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Record 1"), self.tr("Record 2")]
        )
        self.merge_button.setText(self.tr("Merge…"))
        self.undo_last_button.setText(self.tr("Undo last merge"))
        self.undo_selected_button.setText(self.tr("Undo selected merge"))
        self.close_button.setText(self.tr("Close"))
        pair = self.selected_pair()
        if pair is not None:
            self._pair_chosen()
        else:
            self._label_keep(None, None)
        self.comparison.retranslate()
