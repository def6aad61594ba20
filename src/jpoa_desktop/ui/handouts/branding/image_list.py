"""The branding dialog's pieces: a row of images (logos or signatures) with its buttons, their
thumbnails, and the small dialog that asks who signs.

They only show and ask; the branding dialog writes every change through the service, undoably.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.ui.widgets.text_limits import limit_line

ID_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(96, 48)


def thumbnail(media_type: str, data: bytes, size: QSize = THUMBNAIL) -> QIcon:
    """A logo or signature drawn small, as the list shows it."""
    canvas = QPixmap(size)
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if media_type == "image/svg+xml":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(data))
        bounds = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        left, top = (size.width() - bounds.width()) // 2, (size.height() - bounds.height()) // 2
        renderer.render(painter, canvas.rect().adjusted(left, top, -left, -top).toRectF())
    else:
        image = QImage.fromData(data)
        if not image.isNull():
            scaled = image.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage(
                (size.width() - scaled.width()) // 2, (size.height() - scaled.height()) // 2, scaled
            )
    painter.end()
    return QIcon(canvas)


def signer_line(name: str, title: str) -> str:
    return " — ".join(t for t in (name, title) if t)


class SignerDialog(QDialog):
    """Who signs: a name (required) and a title."""

    def __init__(self, name: str = "", title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who signs"))
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("e.g. A. Karimova"))
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Head of Office"))
        limit_line(self.name, limits.SIGNER)
        limit_line(self.title_edit, limits.SIGNER)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Title:"), self.title_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form.addRow(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(name.strip()))
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(380, self.sizeHint().height())

    def signer(self) -> tuple[str, str]:
        return self.name.text().strip(), self.title_edit.text().strip()


class ImageList(QGroupBox):
    """One row of images (logos or signatures) with its buttons."""

    add_requested = Signal()
    edit_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, with_signer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setIconSize(THUMBNAIL)
        self.list.setMinimumHeight(170)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.edit_button.setVisible(with_signer)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(36)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_requested.emit())
        self.remove_button.clicked.connect(self.remove_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.list.currentRowChanged.connect(lambda _row: self.update_buttons())

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def fill(self, rows: list[tuple[int, QIcon, str]], keep: int | None) -> None:
        self.list.clear()
        for image_id, icon, text in rows:
            item = QListWidgetItem(icon, text, self.list)
            item.setData(ID_ROLE, image_id)
            if image_id == keep:
                self.list.setCurrentItem(item)
        self.update_buttons()

    def update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
