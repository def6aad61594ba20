"""Free comments on a goal, objective or measure: who wrote what and when, and whether it is
resolved. Adding, resolving (or reopening) and deleting are each one undoable step.

The author defaults to the name the computer knows the user by and stays as typed for the next
comment; `author_changed` lets whoever owns the settings keep it between runs.
"""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.strategies import CommentView
from jpoa_desktop.texts.formatting import short_date_time
from jpoa_desktop.ui.strategies.details.detail_commands import (
    AddComment,
    DeleteComment,
    DetailContext,
    ResolveComment,
)
from jpoa_desktop.ui.strategies.details.indicators_pane import RowTable, Submit, button_row
from jpoa_desktop.ui.widgets.text_limits import limit_line


def os_user_name() -> str:
    """The login name, or "" where the system will not say (some Windows services)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME", "")


class CommentsPane(QWidget):
    author_changed = Signal(str)
    TEXT, AUTHOR, DATE, RESOLVED = range(4)

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPane")
        self._submit = submit
        self._context: DetailContext | None = None
        self._item_uuid: str | None = None
        self._comments: tuple[CommentView, ...] = ()
        self.language = "en"
        self.table = RowTable(4, (), self, wrap=True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (self.AUTHOR, self.DATE, self.RESOLVED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.resolve_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.author = QLineEdit(os_user_name(), self)
        self.author.setMaximumWidth(180)
        self.text = QLineEdit(self)
        limit_line(self.author, limits.COMMENT_AUTHOR)
        limit_line(self.text, limits.NOTES)
        self.add_button = QPushButton(self)
        self.author_label = QLabel(self)
        self.author_label.setBuddy(self.author)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text)
        self._build_layout()
        self.table.insert_pressed.connect(self.text.setFocus)
        self.table.delete_pressed.connect(self.delete)
        self.table.cell_committed.connect(self._ticked)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.text.returnPressed.connect(self.add)
        self.text.textChanged.connect(lambda _t: self._update_buttons())
        self.add_button.clicked.connect(self.add)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete)
        self.retranslate()

    def _build_layout(self) -> None:
        adding = QHBoxLayout()
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(self.text_label)
        adding.addWidget(self.text, 1)
        adding.addWidget(self.add_button)
        self.add_button.setAutoDefault(False)
        below = button_row(self, self.resolve_button, self.delete_button)
        below.addWidget(self.author_label)
        below.addWidget(self.author)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(below)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Comment"), self.tr("Author"), self.tr("Date"), self.tr("Resolved")]
        )
        self.text_label.setText(self.tr("Comme&nt:"))
        self.text.setPlaceholderText(self.tr("Type a comment and press Enter"))
        self.author_label.setText(self.tr("&Author:"))
        self.author.setPlaceholderText(self.tr("Your name"))
        self.add_button.setText(self.tr("Add comment"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected comment (Del)"))
        self._update_buttons()

    def set_author(self, name: str) -> None:
        """The author remembered from an earlier run (an empty name keeps the login name)."""
        if name.strip():
            self.author.setText(name.strip())

    def load(
        self,
        context: DetailContext | None,
        item_uuid: str | None,
        comments: tuple[CommentView, ...],
    ) -> None:
        self._context, self._item_uuid, self._comments = context, item_uuid, comments
        self.table.show_rows(
            [(c.uuid, [c.text, c.author, self._date(c.created_at), c.resolved]) for c in comments]
        )
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        self.table.blockSignals(True)  # a colour is no edit
        for row, comment in enumerate(comments):
            for column in (self.TEXT, self.AUTHOR, self.DATE):
                self.table.cell(row, column).setForeground(faded if comment.resolved else normal)
        self.table.blockSignals(False)
        for widget in (self.text, self.author):
            widget.setEnabled(item_uuid is not None)
        self._update_buttons()

    def _date(self, when: datetime) -> str:
        local = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
        return short_date_time(local, self.language)

    def _current(self) -> CommentView | None:
        uuid = self.table.row_uuid(self.table.currentRow())
        return next((c for c in self._comments if c.uuid == uuid), None)

    def _update_buttons(self) -> None:
        current = self._current()
        self.resolve_button.setEnabled(current is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if current is not None and current.resolved else self.tr("Resolve")
        )
        self.delete_button.setEnabled(current is not None)
        self.add_button.setEnabled(self._item_uuid is not None and bool(self.text.text().strip()))

    def add(self) -> None:
        if self._context is None or self._item_uuid is None or not self.text.text().strip():
            return
        author = self.author.text().strip()
        command = AddComment(self._context, self._item_uuid, author, self.text.text(),
                             self.tr("Add comment"))  # fmt: skip
        if self._submit(command):
            self.text.clear()
            self.table.go_to(command.row_uuid)
            self.text.setFocus()
            self.author_changed.emit(author)

    def toggle_resolved(self) -> None:
        current = self._current()
        if current is not None:
            self._resolve(current, not current.resolved)

    def _resolve(self, comment: CommentView, resolved: bool) -> None:
        if self._context is None or self._item_uuid is None:
            return
        text = self.tr("Resolve comment") if resolved else self.tr("Reopen comment")
        command = ResolveComment(self._context, self._item_uuid, comment.uuid, resolved, text)
        if not self._submit(command):
            self.load(self._context, self._item_uuid, self._comments)

    def _ticked(self, row: int, column: int) -> None:
        uuid = self.table.row_uuid(row)
        comment = next((c for c in self._comments if c.uuid == uuid), None)
        if column != self.RESOLVED or comment is None:
            return
        ticked = self.table.cell(row, column).checkState() == Qt.CheckState.Checked
        if ticked != comment.resolved:
            self._resolve(comment, ticked)

    def delete(self) -> None:
        current = self._current()
        if self._context is None or self._item_uuid is None or current is None:
            return
        self._submit(DeleteComment(self._context, self._item_uuid, current.uuid,
                                   self.tr("Delete comment")))  # fmt: skip
