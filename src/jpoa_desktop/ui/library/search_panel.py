"""The search results list: type, title and snippet of each hit, with the matched words marked."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from jpoa_desktop.model.library import SearchHit
from jpoa_desktop.ui.library.render import kind_label
from jpoa_desktop.ui.library.rich_text_delegate import HTML_ROLE, RichTextDelegate

HIT_ROLE = Qt.ItemDataRole.UserRole + 11
MARK_START = '<span style="background-color:#ffe07a; color:#1d1d1d; font-weight:600;">'
MARK_END = "</span>"


def marked_html(text: str, marks: Sequence[tuple[int, int]]) -> str:
    """`text` escaped for HTML, with each (start, end) span wrapped in a highlight."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(marks):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        parts.append(escape(text[position:start]))
        parts.append(MARK_START + escape(text[start:end]) + MARK_END)
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def hit_html(hit: SearchHit) -> str:
    kind = escape(kind_label(hit.kind).upper())
    return (
        f'<div style="color:#6a7582; font-size:8pt; font-weight:600;">{kind}</div>'
        f'<div style="font-size:10.5pt; font-weight:600;">{marked_html(hit.title, hit.title_marks)}'
        f'</div><div style="color:#3d4854;">{marked_html(hit.snippet, hit.marks)}</div>'
    )


class _ResultsView(QListView):
    """A list that hands Up on its first row back to the search box."""

    leave_upwards = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.leave_upwards.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    hit_selected = Signal(object)  # SearchHit: moving through the results previews it
    hit_opened = Signal(object)  # SearchHit: Enter or double click
    leave_upwards = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._hits: list[SearchHit] = []
        self._limit = 0
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setContentsMargins(4, 2, 4, 4)
        self.model = QStandardItemModel(self)
        self.view = _ResultsView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMouseTracking(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows are laid out to the viewport's width: a scroll bar that comes and goes would
        # change that width after the heights were measured.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._on_activated)
        self.view.leave_upwards.connect(self.leave_upwards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    @property
    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def show_hits(self, query: str, hits: list[SearchHit], limit: int = 0) -> None:
        """Show `hits` for `query`; `limit` is the most the search returns, if it had one."""
        self._query, self._hits, self._limit = query, list(hits), limit
        # Refilling the list must not open anything: only the user's moves preview a hit.
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.clear()
            for hit in hits:
                row = QStandardItem()
                row.setData(hit_html(hit), HTML_ROLE)
                row.setData(hit, HIT_ROLE)
                row.setData(f"{hit.title}\n{hit.snippet}", Qt.ItemDataRole.AccessibleTextRole)
                self.model.appendRow(row)
            selection.clearCurrentIndex()
        finally:
            selection.blockSignals(False)
        self._update_summary()

    def row_html(self, row: int) -> str:
        return str(self.model.index(row, 0).data(HTML_ROLE) or "")

    def current_hit(self) -> SearchHit | None:
        index = self.view.currentIndex()
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, SearchHit) else None

    def focus_results(self) -> None:
        """Move the keyboard into the list, on the first result when none is current."""
        if not self._hits:
            return
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current_or_first(self) -> SearchHit | None:
        if not self._hits:
            return None
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        hit = self.current_hit()
        if hit is not None:
            self.hit_opened.emit(hit)
        return hit

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_summary()
        super().changeEvent(event)

    def _update_summary(self) -> None:
        if not self._query:
            self.summary.clear()
        elif self._limit and len(self._hits) >= self._limit:
            self.summary.setText(
                self.tr("The best %n results for “{query}”", "", len(self._hits)).format(
                    query=self._query
                )
            )
        elif self._hits:
            self.summary.setText(
                self.tr("%n result(s) for “{query}”", "", len(self._hits)).format(query=self._query)
            )
        else:
            self.summary.setText(self.tr("No results for “{query}”").format(query=self._query))

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        if isinstance(hit, SearchHit):
            self.hit_selected.emit(hit)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_opened.emit(hit)
