"""The agenda as a two-level tree: days, and under each day its sessions in order.

Rows hold plain `DayView`/`SessionView` values from the service; the model never writes. A
drop asks the editor to move the session (`move_requested`) and the editor then reloads the
whole tree, which for one workshop's few dozen sessions takes no time at all. A session index
carries its day's row + 1 as internal id, a day index carries 0.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from jpoa_desktop.model.agenda import AgendaView, DayView, SessionView
from jpoa_desktop.ui.agenda.labels import day_label, kind_label
from jpoa_desktop.ui.widgets.two_level_model import Index, TwoLevelModel

MIME_TYPE = "application/x-jpoa-agenda-session"
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(TwoLevelModel):
    move_requested = Signal(int, object, int)  # session id, day (date), position in that day

    TIME, TITLE, KIND, SPEAKERS = range(4)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._days: tuple[DayView, ...] = ()
        self._warnings: dict[int, list[str]] = {}
        self._warning_icon: QIcon | None = None

    # Filling.
    def set_agenda(self, agenda: AgendaView | None, warnings: dict[int, list[str]]) -> None:
        """Show `agenda`; `warnings` are translated texts by session id (for tooltips)."""
        self.beginResetModel()
        self._days = agenda.days if agenda is not None else ()
        self._warnings = warnings
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._days:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._days) - 1, 3))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    @property
    def days(self) -> tuple[DayView, ...]:
        return self._days

    # Looking things up.
    def day_at(self, index: Index) -> DayView | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._days[index.row()]
        return self._days[index.internalId() - 1]

    def session_at(self, index: Index) -> SessionView | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._days[index.internalId() - 1].sessions[index.row()]

    def index_of_session(self, session_id: int) -> QModelIndex:
        for day_row, day in enumerate(self._days):
            for row, item in enumerate(day.sessions):
                if item.id == session_id:
                    return self.createIndex(row, 0, day_row + 1)
        return QModelIndex()

    def index_of_day(self, day: date) -> QModelIndex:
        for row, found in enumerate(self._days):
            if found.day == day:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    # The tree.
    def head_count(self) -> int:
        return len(self._days)

    def child_count(self, head: int) -> int:
        return len(self._days[head].sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Title"), self.tr("Kind"), self.tr("Speakers"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.session_at(index)
        if item is None:
            return self._day_data(self._days[index.row()], index.column(), role)
        return self._session_data(item, index.column(), role)

    def _day_data(self, day: DayView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return day_label(day.day, day.number, self._language)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not day.number:
            return QBrush(QColor("#b3261e"))
        return None

    def _session_data(self, item: SessionView, column: int, role: int) -> Any:
        warned = item.id in self._warnings
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return f"{item.start:%H:%M}–{item.end:%H:%M}"
            if column == self.TITLE:
                return item.title
            if column == self.KIND:
                return kind_label(item.kind)
            return ", ".join(s.name for s in item.speakers)
        if role == SESSION_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.title, ", ".join(s.name for s in item.speakers)]
            return "\n".join([line for line in lines if line] + self._warnings.get(item.id, []))
        if role == Qt.ItemDataRole.DecorationRole and column == self.TIME and warned:
            return self._icon()
        if role == Qt.ItemDataRole.ForegroundRole and warned:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ForegroundRole and item.kind == "break":
            return QBrush(QColor("#5f6368"))
        return None

    def _icon(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    # Drag and drop.
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        sessions = [s for s in (self.session_at(i) for i in indexes) if s is not None]
        if sessions:
            data.setData(MIME_TYPE, QByteArray(str(sessions[0].id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropped on a day: at `row` of it (or at its end); on a session: in its place; between
        days: at the end of the day above."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            session_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        moved = self.session_at(self.index_of_session(session_id))
        if moved is None:
            return False
        target = self._drop_target(row, parent)
        if target is None:
            return False
        day, position = target
        if day.day == moved.day and position > moved.position:
            position -= 1  # the row counted the session itself, which leaves its place
        if day.day == moved.day and position == moved.position:
            return False
        self.move_requested.emit(session_id, day.day, position)
        return True

    def _drop_target(self, row: int, parent: Index) -> tuple[DayView, int] | None:
        if not parent.isValid():
            if not self._days:
                return None
            if row <= 0:
                return self._days[0], 0
            above = self._days[min(row, len(self._days)) - 1]
            return above, len(above.sessions)
        on_session = self.session_at(parent)
        day = self.day_at(parent)
        if day is None:
            return None
        if on_session is not None:
            return day, on_session.position
        return day, len(day.sessions) if row < 0 else row
