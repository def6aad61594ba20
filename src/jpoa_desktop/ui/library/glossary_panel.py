"""The glossary as a table: the term in English and in Russian, and its definition.

About a hundred rows, so a `QSortFilterProxyModel` over an in-memory model is the simple choice.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.library import GlossaryEntry
from jpoa_desktop.ui.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TERM_LANGUAGES = ("en", "ru")


class GlossaryPanel(Retranslating, QWidget):
    term_opened = Signal(int)  # library item id of the term

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self._entries: list[GlossaryEntry] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("glossaryHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("glossaryFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 3, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setObjectName("glossaryTable")
        self.table.setModel(self.proxy)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 190)
        header.resizeSection(1, 210)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.filter_box.textChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_entries(self, entries: list[GlossaryEntry], language: str) -> None:
        """Fill the table; the definition column follows the interface language."""
        self._entries, self._language = list(entries), language
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            cells = [QStandardItem(entry.terms.get(code, "")) for code in TERM_LANGUAGES]
            cells.append(QStandardItem(pick(entry.definitions, language)))
            for cell in cells:
                cell.setData(entry.id, ID_ROLE)
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)
        self.table.resizeRowsToContents()

    def visible_rows(self) -> int:
        return self.proxy.rowCount()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Glossary"))
        self.filter_box.setPlaceholderText(self.tr("Filter terms and definitions…"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Term (English)"), self.tr("Term (Russian)"), self.tr("Definition")]
        )

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.table.resizeRowsToContents()

    def _open(self, index: QModelIndex) -> None:
        item_id = index.data(ID_ROLE)
        if isinstance(item_id, int):
            self.term_opened.emit(item_id)
