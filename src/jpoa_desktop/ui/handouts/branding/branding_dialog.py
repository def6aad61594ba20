"""A workshop's branding: the organisers' logos, the signatures on its certificates, its accent
colour and its margins. Every change is written at once and can be undone (Ctrl+Z).

Each change is one small transaction (an image of at most 5 MB, already checked), so the
service is called on the UI thread, as the check-in door does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.services.handouts.branding import MAX_MARGIN_MM, MIN_MARGIN_MM, BrandingService
from jpoa_desktop.services.handouts.branding import Branding as BrandingView
from jpoa_desktop.ui.handouts.branding.branding_commands import (
    AddImage,
    ChangeSigner,
    ChangeStyle,
    MoveImage,
    RemoveImage,
)
from jpoa_desktop.ui.handouts.branding.image_list import (
    ImageList,
    SignerDialog,
    signer_line,
    thumbnail,
)
from jpoa_desktop.ui.messages import describe, show_error

DEFAULT_ACCENT = "#1f5f99"
DEFAULT_MARGIN_MM = 15.0


class BrandingDialog(QDialog):
    changed = Signal()  # after every change and every undo: handouts should rebuild

    def __init__(
        self,
        service: BrandingService,
        workshop_id: int,
        workshop_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brandingDialog")
        self.setWindowTitle(self.tr("Branding — {title}").format(title=workshop_title))
        self._service = service
        self._workshop_id = workshop_id
        self._branding: BrandingView = service.branding(workshop_id)
        self.undo_stack = QUndoStack(self)
        self.logos = ImageList(False, self)
        self.signatures = ImageList(True, self)
        self.accent_swatch = QLabel(self)
        self.accent_swatch.setFixedSize(48, 22)
        self.accent_button = QPushButton(self)
        self.accent_default = QCheckBox(self)
        self.margin = QDoubleSpinBox(self)
        self.margin.setRange(MIN_MARGIN_MM, MAX_MARGIN_MM)
        self.margin.setDecimals(1)
        self.margin.setSingleStep(1)
        self.margin.setSuffix(" mm")
        self.margin.setKeyboardTracking(False)
        self.margin_default = QCheckBox(self)
        self.undo_button = QPushButton(self)
        self.redo_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._build_layout()
        self._wire()
        self.retranslate()
        self._refresh()
        self.resize(760, 520)

    def _build_layout(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        images = QGridLayout()
        images.addWidget(self.logos, 0, 0)
        images.addWidget(self.signatures, 0, 1)
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent_swatch)
        accent_row.addWidget(self.accent_button)
        accent_row.addWidget(self.accent_default)
        accent_row.addStretch(1)
        margin_row = QHBoxLayout()
        margin_row.addWidget(self.margin)
        margin_row.addWidget(self.margin_default)
        margin_row.addStretch(1)
        self.style_form = QFormLayout()
        self.accent_label, self.margin_label = QLabel(self), QLabel(self)
        self.style_form.addRow(self.accent_label, accent_row)
        self.style_form.addRow(self.margin_label, margin_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(images, 1)
        layout.addLayout(self.style_form)
        layout.addLayout(bottom)

    def _wire(self) -> None:
        self.logos.add_requested.connect(self.choose_logo)
        self.logos.remove_requested.connect(lambda: self.remove_selected(self.logos))
        self.logos.move_requested.connect(lambda step: self.move_selected(self.logos, step))
        self.signatures.add_requested.connect(self.choose_signature)
        self.signatures.edit_requested.connect(self.edit_signer)
        self.signatures.remove_requested.connect(lambda: self.remove_selected(self.signatures))
        self.signatures.move_requested.connect(
            lambda step: self.move_selected(self.signatures, step)
        )
        self.accent_button.clicked.connect(self.choose_accent)
        self.accent_default.toggled.connect(
            lambda on: self.set_accent(None if on else self._branding.accent or DEFAULT_ACCENT)
        )
        self.margin.valueChanged.connect(lambda value: self.set_margin(value))
        self.margin_default.toggled.connect(
            lambda on: self.set_margin(None if on else self.margin.value())
        )
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Logos print at the top of the agenda, the lists, the sign-in sheets and the "
                "certificates; signatures print at the foot of each certificate. PNG or SVG, "
                "at most 5 MB each."
            )
        )
        self.logos.setTitle(self.tr("Organisers' logos, left to right"))
        self.signatures.setTitle(self.tr("Signatures on certificates"))
        self.logos.add_button.setText(self.tr("Add &logo…"))
        self.signatures.add_button.setText(self.tr("Add &signature…"))
        self.signatures.edit_button.setText(self.tr("&Who signs…"))
        for row in (self.logos, self.signatures):
            row.remove_button.setText(self.tr("&Remove"))
            row.up_button.setToolTip(self.tr("Move earlier"))
            row.down_button.setToolTip(self.tr("Move later"))
        self.accent_label.setText(self.tr("Accent colour:"))
        self.accent_button.setText(self.tr("&Choose…"))
        self.accent_default.setText(self.tr("&Default"))
        self.margin_label.setText(self.tr("&Margins:"))
        self.margin_label.setBuddy(self.margin)
        self.margin_default.setText(self.tr("D&efault"))
        self.undo_button.setText(self.tr("&Undo"))
        self.redo_button.setText(self.tr("Re&do"))

    # Showing what is stored.
    def _refresh(self) -> None:
        branding = self._service.branding(self._workshop_id)
        self._branding = branding
        self.logos.fill(
            [(i.id, thumbnail(i.media_type, i.data), i.filename) for i in branding.logos],
            self.logos.selected_id(),
        )
        self.signatures.fill(
            [
                (i.id, thumbnail(i.media_type, i.data), signer_line(i.signer_name, i.signer_title))
                for i in branding.signatures
            ],
            self.signatures.selected_id(),
        )
        accent = branding.accent or DEFAULT_ACCENT
        self.accent_swatch.setStyleSheet(
            f"background: {accent}; border: 1px solid palette(mid); border-radius: 3px;"
        )
        self.accent_swatch.setToolTip(accent)
        for box, value in (
            (self.accent_default, branding.accent is None),
            (self.margin_default, branding.margin_mm is None),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.margin.blockSignals(True)
        self.margin.setValue(branding.margin_mm or DEFAULT_MARGIN_MM)
        self.margin.setEnabled(branding.margin_mm is not None)
        self.margin.blockSignals(False)

    def _after_change(self) -> None:
        self._refresh()
        self.changed.emit()

    def _push(self, command: object) -> None:
        """Push a command, showing a refused change instead of losing it silently."""
        from PySide6.QtGui import QUndoCommand

        assert isinstance(command, QUndoCommand)
        try:
            self.undo_stack.push(command)
        except JpoaError as error:
            show_error(self, self.windowTitle(), describe(error))
            self._refresh()

    # Logos and signatures.
    def choose_logo(self) -> None:
        path = self._choose_file(self.tr("Add a logo"))
        if path is not None:
            self.add_logo(path)

    def choose_signature(self) -> None:
        path = self._choose_file(self.tr("Add a signature"))
        if path is None:
            return
        signer = SignerDialog(parent=self)
        if signer.exec() == QDialog.DialogCode.Accepted:
            self.add_signature(path, *signer.signer())

    def _choose_file(self, title: str) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, str(Path.home()), self.tr("Images (*.png *.svg)")
        )
        return Path(path) if path else None

    def add_logo(self, path: Path) -> bool:
        return self._add("logo", path, "", "", self.tr("Add logo"))

    def add_signature(self, path: Path, name: str, title: str) -> bool:
        return self._add("signature", path, name, title, self.tr("Add signature"))

    def _add(self, kind: str, path: Path, name: str, title: str, text: str) -> bool:
        try:
            image_id = self._service.add_image(
                self._workshop_id, kind, path, signer_name=name, signer_title=title
            )
        except JpoaError as error:
            show_error(self, self.windowTitle(), describe(error))
            return False
        self.undo_stack.push(AddImage(self._service, image_id, text, self._after_change))
        self._after_change()
        row = self.logos if kind == "logo" else self.signatures
        row.list.setCurrentRow(row.list.count() - 1)
        return True

    def remove_selected(self, row: ImageList) -> None:
        image_id = row.selected_id()
        if image_id is not None:
            self._push(
                RemoveImage(self._service, image_id, self.tr("Remove image"), self._after_change)
            )

    def move_selected(self, row: ImageList, step: int) -> None:
        image_id, index = row.selected_id(), row.list.currentRow()
        target = index + step
        if image_id is None or not 0 <= target < row.list.count():
            return
        self._push(
            MoveImage(
                self._service, image_id, (index, target), self.tr("Move image"), self._after_change
            )
        )
        row.list.setCurrentRow(target)

    def edit_signer(self) -> None:
        image_id = self.signatures.selected_id()
        current = next((i for i in self._branding.signatures if i.id == image_id), None)
        if current is None:
            return
        dialog = SignerDialog(current.signer_name, current.signer_title, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_signer(current.id, dialog.signer())

    def change_signer(self, image_id: int, signer: tuple[str, str]) -> None:
        current = next(i for i in self._branding.signatures if i.id == image_id)
        before = (current.signer_name, current.signer_title)
        if before != signer:
            self._push(
                ChangeSigner(
                    self._service,
                    image_id,
                    before,
                    signer,
                    self.tr("Change who signs"),
                    self._after_change,
                )
            )

    # Accent and margins.
    def choose_accent(self) -> None:
        colour = QColorDialog.getColor(
            QColor(self._branding.accent or DEFAULT_ACCENT), self, self.tr("Accent colour")
        )
        if colour.isValid():
            self.set_accent(colour.name())

    def set_accent(self, accent: str | None) -> None:
        before = (self._branding.accent, self._branding.margin_mm)
        after = (accent, self._branding.margin_mm)
        if before != after:
            text = self.tr("Change the accent colour")
            self._push(
                ChangeStyle(
                    self._service, self._workshop_id, before, after, text, self._after_change
                )
            )

    def set_margin(self, margin_mm: float | None) -> None:
        before = (self._branding.accent, self._branding.margin_mm)
        after = (self._branding.accent, margin_mm)
        if before != after:
            text = self.tr("Change the margins")
            self._push(
                ChangeStyle(
                    self._service, self._workshop_id, before, after, text, self._after_change
                )
            )
