"""The reading pane: a read-only browser whose `item:<id>` links open library items."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from jpoa_desktop.ui.library.render import ITEM_SCHEME, STYLE_SHEET

PAGE_MARGIN = 28


class ReadingPane(QTextBrowser):
    item_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.document().setDocumentMargin(PAGE_MARGIN)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) + 1.0)
        self.document().setDefaultFont(font)
        self.anchorClicked.connect(self._follow)
        self.page_html = ""

    def show_page(self, html: str) -> None:
        """Replace the page; the view scrolls back to the top."""
        self.page_html = html
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ITEM_SCHEME and url.path().isdigit():
            self.item_requested.emit(int(url.path()))
