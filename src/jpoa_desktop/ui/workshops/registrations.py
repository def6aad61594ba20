"""The Participants tab: who is registered, in which role and status, and their badge code.

Role and status are edited in place with combo boxes; the tab only asks (signals) and the screen
writes through the service, so every change goes on the screen's undo stack. People are added
from the directory by typing part of a name in any script.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.workshops.labels import (
    REGISTRATION_STATUSES,
    ROLES,
    registration_status_label,
    role_label,
)

if TYPE_CHECKING:
    from jpoa_desktop.model.workshops import PersonSummary, RegistrationView

COLUMNS = ("name", "organisation", "role", "status", "badge_code")
ROLE_COLUMN, STATUS_COLUMN = COLUMNS.index("role"), COLUMNS.index("status")
AnyIndex = QModelIndex | QPersistentModelIndex
Search = Callable[[str], Sequence["PersonSummary"]]
SEARCH_LIMIT = 12


class RegistrationsModel(QAbstractTableModel):
    change_requested = Signal(object, str, str)  # registration, new role, new status

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RegistrationView] = []

    def set_rows(self, rows: Sequence[RegistrationView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (ROLE_COLUMN, STATUS_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "role":
                return role_label(row.role)
            if column == "status":
                return registration_status_label(row.status)
            return getattr(row, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the change; the screen writes it and refills the model."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        new_role = str(value) if index.column() == ROLE_COLUMN else row.role
        new_status = str(value) if index.column() == STATUS_COLUMN else row.status
        if (new_role, new_status) != (row.role, row.status):
            self.change_requested.emit(row, new_role, new_status)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = {
                "name": QCoreApplication.translate("RegistrationsModel", "Name"),
                "organisation": QCoreApplication.translate("RegistrationsModel", "Organisation"),
                "role": QCoreApplication.translate("RegistrationsModel", "Role"),
                "status": QCoreApplication.translate("RegistrationsModel", "Status"),
                "badge_code": QCoreApplication.translate("RegistrationsModel", "Badge"),
            }
            return labels[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of a column's codes, shown with their translated names."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        codes, label = (
            (ROLES, role_label)
            if index.column() == ROLE_COLUMN
            else (REGISTRATION_STATUSES, registration_status_label)
        )
        for code in codes:
            combo.addItem(label(code), code)
        combo.activated.connect(lambda _n: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RegistrationsTab(Retranslating, QWidget):
    register_requested = Signal(int)  # person id
    remove_requested = Signal(object)  # RegistrationView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search: Search | None = None
        self.model = RegistrationsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("registrationTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((0, 0, 130, 120, 90)):
            if width:
                header.resizeSection(column, width)
            else:  # the name and the organisation share what is left
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_box = QLineEdit(self)
        self.add_box.setObjectName("registrationSearch")
        self.add_box.setClearButtonEnabled(True)
        self.found = QListWidget(self)
        self.found.setObjectName("registrationCandidates")
        self.found.setMaximumHeight(self.fontMetrics().height() * 7)
        self.found.hide()
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        adding = QHBoxLayout()
        adding.addWidget(self.add_box, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.addLayout(adding)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.add_box.textChanged.connect(lambda _t: self._timer.start())
        self.add_box.returnPressed.connect(self.register_chosen)
        self.add_box.installEventFilter(self)
        self.table.installEventFilter(self)  # Delete removes the selected person (it asks)
        self.found.itemActivated.connect(lambda _item: self.register_chosen())
        self.add_button.clicked.connect(self.register_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def show_registrations(self, rows: Sequence[RegistrationView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            row = next((n for n, r in enumerate(rows) if r.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> RegistrationView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def search_now(self) -> None:
        """Fill the candidates from the directory; people already registered are greyed."""
        self._timer.stop()
        text = self.add_box.text().strip()
        people = list(self.search(text))[:SEARCH_LIMIT] if text and self.search else []
        registered = {r.person_id for r in self.model.rows}
        self.found.clear()
        for person in people:
            name = " ".join(
                p for p in (person.family_name, person.given_name, person.patronymic) if p
            )
            item = QListWidgetItem(
                f"{name} — {person.organisation}" if person.organisation else name
            )
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(person.latin)
            if person.id in registered:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(self.tr("{name} (already registered)").format(name=item.text()))
            self.found.addItem(item)
        self.found.setVisible(bool(people))
        first = next((n for n in range(self.found.count()) if self._selectable(n)), -1)
        self.found.setCurrentRow(first)
        self._update_buttons()

    def register_chosen(self) -> None:
        if self._timer.isActive():
            self.search_now()
        item = self.found.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.register_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.add_box.clear()
        self.found.clear()
        self.found.hide()

    def remove_selected(self) -> None:
        registration = self.selected()
        if registration is not None:
            self.remove_requested.emit(registration)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.add_box, self.table):
            widget.setEnabled(enabled)
        self._update_buttons()

    def _selectable(self, row: int) -> bool:
        item = self.found.item(row)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(
            self.add_box.isEnabled() and self.found.currentItem() is not None
        )
        self.remove_button.setEnabled(self.selected() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ and ↑ in the search box move through the candidates."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_selected()
            return True
        if (
            watched is self.add_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.found.currentRow() + step
            while 0 <= row < self.found.count() and not self._selectable(row):
                row += step
            if 0 <= row < self.found.count():
                self.found.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.add_box.setPlaceholderText(self.tr("Add a person from the directory: type a name…"))
        self.add_button.setText(self.tr("Register"))
        self.remove_button.setText(self.tr("Remove…"))
        self.hint.setText(
            self.tr(
                "Double-click a role or status to change it. "
                "New people are registered as invited participants."
            )
        )
        self.model.retranslate()
