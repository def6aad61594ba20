"""A read-only list of who was affected and why, under a sentence that says what happened:
the people left without a certificate, the texts a handout changed to print."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ReasonListDialog(QDialog):
    """`rows` of (who, why) in two columns; `who_width` fixes the first column's width (the
    user can still drag it), otherwise it fits its contents. Long reasons wrap."""

    def __init__(
        self,
        title: str,
        intro: str,
        headers: tuple[str, str],
        rows: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        who_width: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        if who_width is None:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, who_width)
        header.setStretchLastSection(True)
        for number, (who, why) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(who))
            self.table.setItem(number, 1, QTableWidgetItem(why))
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
