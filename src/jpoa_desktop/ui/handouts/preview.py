"""The right side of the Handouts screen: the built PDF's pages, one at a time, to zoom and page.

Pages are rendered on a worker at the zoom's resolution (sharp at any zoom, never the whole
document in memory); a page that arrives after the user moved on is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.handouts.common.printable import PrintNotice
from jpoa_desktop.ui.handouts.printing import page_sizes, render_page
from jpoa_desktop.ui.tasks import TaskRunner

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH = "width"
FIT_PAGE = "page"
SCREEN_DPI = 96.0
PAGE_GAP = 24  # pixels around the page in the scroll area


class _PageArea(QScrollArea):
    """Ctrl+wheel zooms; a plain wheel scrolls."""

    zoom_step = Signal(int)
    resized = Signal()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_step.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PreviewPane(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutPreview")
        self._tasks = tasks
        self._pdf: Path | None = None
        self._sizes: list[tuple[float, float]] = []
        self._generation = 0  # bumped by every new document or page: late renders are dropped
        self._fit: str | None = FIT_WIDTH
        self._zoom = 1.0
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.page_count = QLabel(self)
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.zoom = QComboBox(self)
        self.zoom.setMinimumContentsLength(9)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # What the handout changed to print (a Latin spelling, a letter left out, a cut).
        self.notices: tuple[PrintNotice, ...] = ()
        self.notices_button = QPushButton(self)
        self.notices_button.hide()
        self.image = QLabel(self)
        self.image.setObjectName("previewPage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)
        self.area = _PageArea(self)
        self.area.setWidget(self.image)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setStyleSheet("QScrollArea { background: palette(dark); }")
        self.image.setStyleSheet("QLabel#previewPage { background: palette(dark); }")
        self._build_layout()
        self._wire()
        self.retranslate()
        self._update_controls()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.notices_button)
        layout.addLayout(foot)

    def _wire(self) -> None:
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom.activated.connect(self._on_zoom_chosen)
        self.notices_button.clicked.connect(self.show_notices)
        self.area.zoom_step.connect(self.step_zoom)
        self.area.resized.connect(self._on_resized)
        keys = {
            QKeySequence(QKeySequence.StandardKey.ZoomIn): lambda: self.step_zoom(1),
            QKeySequence("Ctrl+="): lambda: self.step_zoom(1),
            QKeySequence(QKeySequence.StandardKey.ZoomOut): lambda: self.step_zoom(-1),
            QKeySequence("Ctrl+0"): lambda: self.set_fit(FIT_WIDTH),
            QKeySequence(Qt.Key.Key_PageDown): lambda: self.go_to(self.current_page() + 1),
            QKeySequence(Qt.Key.Key_PageUp): lambda: self.go_to(self.current_page() - 1),
            QKeySequence("Ctrl+Home"): lambda: self.go_to(0),
            QKeySequence("Ctrl+End"): lambda: self.go_to(len(self._sizes) - 1),
        }
        for sequence, slot in keys.items():
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.page.setToolTip(self.tr("Page"))
        self.notices_button.setText(self.tr("What was changed…"))
        self.zoom.blockSignals(True)
        self.zoom.clear()
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.blockSignals(False)
        self._show_zoom()
        self._update_controls()

    # The document.
    def show_message(self, text: str) -> None:
        """No page: say why (no workshop chosen, building, an error)."""
        self._generation += 1
        self._pdf, self._sizes = None, []
        self.image.setPixmap(QPixmap())
        self.image.setText(text)
        self.status.clear()
        self.set_notices(())
        self._update_controls()

    def set_notices(self, notices: tuple[PrintNotice, ...]) -> None:
        """The changes the shown handout made to print; the button lists them."""
        self.notices = notices
        self.notices_button.setVisible(bool(notices))

    def show_notices(self) -> None:
        from jpoa_desktop.ui.handouts.notices_dialog import PrintNoticesDialog

        dialog = PrintNoticesDialog(self.notices, self)
        dialog.open()
        self.notices_dialog = dialog

    def show_building(self) -> None:
        """Keep the old page in view, greyed out in words, while the new one builds."""
        self.status.setText(self.tr("Building the preview…"))

    def load(self, pdf: Path, keep_page: bool = True) -> None:
        """Show `pdf`; on the same page as before when it still has one."""
        page = self.current_page() if keep_page else 0
        try:
            sizes = page_sizes(pdf)
        except Exception as error:  # PDFium raises its own errors for unreadable files
            self.show_message(self.tr("This file could not be shown: {error}").format(error=error))
            return
        if not sizes:
            self.show_message(self.tr("Nothing to print: the handout has no pages."))
            return
        self._pdf = pdf
        self._sizes = sizes
        self.status.clear()
        self.page.blockSignals(True)
        self.page.setMaximum(max(len(self._sizes), 1))
        self.page.blockSignals(False)
        self._update_controls()
        self.go_to(min(page, len(self._sizes) - 1), force=True)

    def pdf(self) -> Path | None:
        return self._pdf

    def page_total(self) -> int:
        return len(self._sizes)

    def current_page(self) -> int:
        return self.page.value() - 1

    def go_to(self, index: int, force: bool = False) -> None:
        if not self._sizes:
            return
        index = max(0, min(index, len(self._sizes) - 1))
        if index == self.current_page() and not force and not self.image.pixmap().isNull():
            return
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self._update_controls()
        self._render()

    # Zoom.
    def zoom_factor(self) -> float:
        """The zoom in use: 1.0 shows the page at its printed size on a 96 dpi screen."""
        if self._fit is None or not self._sizes:
            return self._zoom
        width, height = self._sizes[self.current_page()]
        view = self.area.viewport().size()
        across = (view.width() - PAGE_GAP) / (width / 72 * SCREEN_DPI)
        if self._fit == FIT_WIDTH:
            return max(0.1, across)
        down = (view.height() - PAGE_GAP) / (height / 72 * SCREEN_DPI)
        return max(0.1, min(across, down))

    def step_zoom(self, step: int) -> None:
        current = self.zoom_factor()
        if step > 0:
            bigger = [z for z in ZOOMS if z > current + 0.01]
            self._zoom = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [z for z in ZOOMS if z < current - 0.01]
            self._zoom = smaller[-1] if smaller else ZOOMS[0]
        self._fit = None
        self._show_zoom()
        self._render()

    def set_fit(self, fit: str) -> None:
        self._fit = fit
        self._show_zoom()
        self._render()

    def _on_zoom_chosen(self, index: int) -> None:
        chosen = self.zoom.itemData(index)
        if chosen in (FIT_WIDTH, FIT_PAGE):
            self.set_fit(chosen)
        else:
            self._fit, self._zoom = None, float(chosen)
            self._render()

    def _show_zoom(self) -> None:
        self.zoom.setCurrentIndex(max(self.zoom.findData(self._fit or self._zoom), 0))

    def _on_resized(self) -> None:
        if self._fit is not None:
            self._render()

    # Rendering.
    def _render(self) -> None:
        if self._pdf is None or not self._sizes:
            return
        self._generation += 1
        generation = self._generation
        ratio = self.devicePixelRatioF()
        dpi = SCREEN_DPI * self.zoom_factor() * ratio
        self._tasks.run_task(
            self,
            self.tr("Showing the page"),
            _render_page,
            self._pdf,
            self.current_page(),
            dpi,
            on_done=lambda image: self._show_image(generation, image, ratio),
            on_error=lambda error: self._show_render_error(generation, error),
            show_progress=False,
        )

    def _show_image(self, generation: int, image: QImage, ratio: float) -> None:
        if generation != self._generation:
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setText("")
        self.image.setPixmap(pixmap)

    def _show_render_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("This page could not be shown: {error}").format(error=error))

    def _update_controls(self) -> None:
        pages = len(self._sizes)
        index = self.current_page()
        self.page_count.setText(self.tr("of {pages}").format(pages=pages))
        for widget in (self.page, self.zoom, self.zoom_in_button, self.zoom_out_button):
            widget.setEnabled(pages > 0)
        self.previous_button.setEnabled(pages > 0 and index > 0)
        self.next_button.setEnabled(pages > 0 and index < pages - 1)


def _render_page(pdf: Path, index: int, dpi: float, progress: object, cancelled: object) -> QImage:
    """On a worker: one page as an image (the task runner passes progress and cancel)."""
    return render_page(pdf, index, dpi)
