"""Paints list rows from HTML, so search results can show highlighted matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
PADDING_X, PADDING_Y = 10, 7
ACCENT_WIDTH = 3

AnyIndex = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    """Rows are laid out to the view's width and grow to fit their text."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(width - 2 * PADDING_X - ACCENT_WIDTH, 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.rect
        state = opt.state
        palette: QPalette = opt.palette
        painter.save()
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        if state & QStyle.StateFlag.State_Selected:
            highlight.setAlpha(48)
            painter.fillRect(rect, highlight)
            accent = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.fillRect(rect.x(), rect.y(), ACCENT_WIDTH, rect.height(), accent)
        elif state & QStyle.StateFlag.State_MouseOver:
            highlight.setAlpha(18)
            painter.fillRect(rect, highlight)
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        doc = self._document(opt, index, rect.width())
        painter.translate(QPointF(rect.x() + PADDING_X + ACCENT_WIDTH, rect.y() + PADDING_Y))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._view.viewport().width()
        doc = self._document(opt, index, width)
        return QSize(width, int(doc.size().height()) + 2 * PADDING_Y + 1)
