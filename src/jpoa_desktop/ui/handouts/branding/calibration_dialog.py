"""Label sheet calibration: how far a printer shifts the image, measured once and kept per printer.

Most office printers place the page a millimetre or two off. The trainer prints a test page
(every label's outline, a cross at its centre, millimetre scales), holds it against a sheet of
labels and types how far the crosses are from the label centres; badges printed on that printer
are then moved by that much (`SettingsStore.offset_for`). The test page is built by
`HandoutService` on a worker and printed with `printing.print_pdf`, at its true size.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.handouts.common.sheets import TEMPLATES, SheetTemplate, custom_template
from jpoa_desktop.handouts.registry import CALIBRATION
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.ui.handouts.labels import template_label
from jpoa_desktop.ui.settings.store import Offset, SettingsStore
from jpoa_desktop.ui.tasks import DoneCallback, Task, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from jpoa_desktop.services.handouts.handouts import HandoutService

PDF_PRINTER = ""  # the offset for a PDF file, or the default printer when none is installed
OFFSET_LIMIT_MM = 10.0
DEFAULT_TEMPLATE = "a4-2x4"


def write_test_page(
    handouts: HandoutService,
    template: str,
    offset_mm: Offset,
    out: Path,
    progress: Progress,
    cancelled: CancelCheck,
) -> Path:
    """On a worker: the calibration page for `template`, moved by `offset_mm`, into `out`."""
    request = HandoutRequest(CALIBRATION.key, None, template=template, offset_mm=offset_mm)
    handouts.build(request, out, progress, cancelled)
    return out


def _sheets(custom: tuple[str, ...]) -> dict[str, SheetTemplate]:
    """The built-in label sheets and those the trainer measured (a spec that no longer
    passes is left out)."""
    sheets = dict(TEMPLATES)
    for spec in custom:
        try:
            sheets[spec] = custom_template(spec)
        except JpoaError:
            continue
    return sheets


def _offset_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM)
    box.setSingleStep(0.1)
    box.setDecimals(1)
    box.setAccelerated(True)
    box.setMinimumWidth(110)
    return box


class CalibrationDialog(QDialog):
    """Choose a printer and a label sheet, print or save the test page, type the offset; OK
    keeps the offset of every printer adjusted here."""

    def __init__(
        self,
        settings: SettingsStore,
        tasks: TaskRunner,
        handouts: HandoutService,
        parent: QWidget | None = None,
        template: str = DEFAULT_TEMPLATE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setSizeGripEnabled(True)
        self._settings = settings
        self._tasks = tasks
        self._handouts = handouts
        self._edited: dict[str, Offset] = {}  # printer name → offset typed here, not yet kept
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self.print_dialog: QDialog | None = None  # the open print dialog, for tests
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.printer_combo = QComboBox(self)
        self.sheet_combo = QComboBox(self)
        self.right_box = _offset_box(self)
        self.down_box = _offset_box(self)
        self.right_hint = QLabel(self)
        self.down_hint = QLabel(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.form = QFormLayout()
        self._build_layout()
        self._fill_printers()
        self._fill_sheets(template)
        self._show_offset()
        self.printer_combo.currentIndexChanged.connect(self._show_offset)
        self.right_box.valueChanged.connect(self._remember_edit)
        self.down_box.valueChanged.connect(self._remember_edit)
        self.print_button.clicked.connect(self.print_test_page)
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _build_layout(self) -> None:
        for hint in (self.right_hint, self.down_hint):
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
        self.form_labels = [QLabel(self) for _row in range(4)]
        fields = (self.printer_combo, self.sheet_combo, self.right_box, self.down_box)
        for label, field in zip(self.form_labels, fields, strict=True):
            label.setBuddy(field)
        self.form.addRow(self.form_labels[0], self.printer_combo)
        self.form.addRow(self.form_labels[1], self.sheet_combo)
        self.form.addRow(self.form_labels[2], self._with_hint(self.right_box, self.right_hint))
        self.form.addRow(self.form_labels[3], self._with_hint(self.down_box, self.down_hint))
        test_buttons = QHBoxLayout()
        test_buttons.addWidget(self.print_button)
        test_buttons.addWidget(self.save_button)
        test_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addLayout(test_buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _with_hint(self, box: QDoubleSpinBox, hint: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(hint, 1)
        return row

    def _fill_printers(self) -> None:
        from PySide6.QtPrintSupport import QPrinterInfo

        names = QPrinterInfo.availablePrinterNames()
        for name in names:
            self.printer_combo.addItem(name, name)
        self.printer_combo.addItem("", PDF_PRINTER)  # worded in retranslate()
        default = QPrinterInfo.defaultPrinterName()
        self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(default), 0))

    def _fill_sheets(self, chosen: str) -> None:
        sheets = _sheets(self._settings.custom_sheets)
        for name, sheet in sheets.items():
            self.sheet_combo.addItem(
                template_label(
                    sheet.paper, sheet.columns, sheet.rows, sheet.width_mm, sheet.height_mm
                ),
                name,
            )
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(chosen), 0))

    # What is chosen.
    def printer_name(self) -> str:
        """The printer the offset is for ("" for a PDF file or the default printer)."""
        return str(self.printer_combo.currentData() or PDF_PRINTER)

    def set_printer_name(self, name: str) -> None:
        index = self.printer_combo.findData(name)
        if index >= 0:
            self.printer_combo.setCurrentIndex(index)

    def template(self) -> str:
        return str(self.sheet_combo.currentData() or DEFAULT_TEMPLATE)

    def offset(self) -> Offset:
        return (round(self.right_box.value(), 1), round(self.down_box.value(), 1))

    def set_offset(self, offset: Offset) -> None:
        self.right_box.setValue(offset[0])
        self.down_box.setValue(offset[1])

    def _show_offset(self) -> None:
        name = self.printer_name()
        offset = self._edited.get(name, self._settings.offset_for(name))
        for box, value in ((self.right_box, offset[0]), (self.down_box, offset[1])):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _remember_edit(self) -> None:
        self._edited[self.printer_name()] = self.offset()

    # The test page.
    def _build(self, out: Path, title: str, on_done: DoneCallback) -> Task:
        return self._tasks.run_task(
            self,
            title,
            write_test_page,
            self._handouts,
            self.template(),
            self.offset(),
            out,
            on_done=on_done,
        )

    def choose_pdf_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save test page"),
            str(self._suggested_pdf()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            target = Path(path)
            self.save_test_page(target if target.suffix else target.with_suffix(".pdf"))

    def save_test_page(self, target: Path) -> Task:
        """Build the test page with the offset shown into `target` (a PDF), on a worker."""
        return self._build(
            target,
            self.tr("Saving the test page"),
            lambda _path: self._say(self.tr("Test page saved as {path}").format(path=target)),
        )

    def print_test_page(self) -> Task:
        """Build the test page, then ask where to print it (the chosen printer first)."""
        out = Path(self._temporary_folder()) / f"calibration-{self._safe_template_name()}.pdf"
        return self._build(out, self.tr("Preparing the test page"), self._ask_printer)

    def _ask_printer(self, pdf: Path) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name():
            printer.setPrinterName(self.printer_name())
        elif self.printer_combo.count() == 1:  # no printer installed: a PDF file it is
            printer.setOutputFileName(str(self._suggested_pdf()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print test page"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.accepted.connect(lambda: self.print_to(printer, pdf))
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # what open() does
        dialog.show()

    def print_to(self, printer: QPrinter, pdf: Path) -> Task:
        """Send the built test page `pdf` to `printer`, on a worker. When the print dialog
        chose another installed printer, the offset shown becomes that printer's."""
        from PySide6.QtPrintSupport import QPrinter

        chosen = printer.printerName()
        native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        if native and chosen != self.printer_name() and self.printer_combo.findData(chosen) >= 0:
            printed_with = self.offset()  # what the crosses will be measured against
            self.set_printer_name(chosen)
            self.set_offset(printed_with)
        from jpoa_desktop.ui.handouts.printing import print_pdf

        return self._tasks.run_task(
            self,
            self.tr("Printing the test page"),
            print_pdf,
            pdf,
            printer,
            on_done=lambda _none: self._say(
                self.tr(
                    "Test page sent to the printer. Hold it against a sheet of labels and "
                    "measure how far the crosses are from the label centres."
                )
            ),
        )

    def _temporary_folder(self) -> str:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="jpoa-calibration-")
        return self._folder.name

    def _suggested_pdf(self) -> Path:
        return Path.home() / f"calibration-{self._safe_template_name()}.pdf"

    def _safe_template_name(self) -> str:
        return "".join(c if c.isalnum() or c in "-." else "-" for c in self.template())

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # Keeping the offsets.
    def accept(self) -> None:
        self._remember_edit()
        for name, offset in self._edited.items():
            if offset != self._settings.offset_for(name):
                self._settings.set_offset(name, offset)
        self._settings.sync()
        super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        if self._folder is not None and self._tasks.is_idle:
            self._folder.cleanup()
            self._folder = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Label sheet calibration"))
        steps = (
            self.tr("Most printers place the page a millimetre or two off. To measure yours:"),
            self.tr("1. Print the test page on plain paper."),
            self.tr("2. Hold it against a sheet of labels, up to the light."),
            self.tr(
                "3. Measure how far each cross is from the centre of its label (the "
                "millimetre scales in the corners help)."
            ),
            self.tr(
                "4. Crosses left of the centres: increase Right by that distance; crosses "
                "above them: increase Down. The other way round: decrease (below zero is fine)."
            ),
            self.tr("5. Print the test page again: the crosses should now sit on the centres."),
            self.tr(
                "OK keeps the offset for this printer: every badge printed on it is moved "
                "by that much."
            ),
        )
        self.explanation.setText("\n".join(steps))
        texts = (
            self.tr("&Printer:"),
            self.tr("&Label sheet:"),
            self.tr("&Right:"),
            self.tr("&Down:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        pdf_row = self.printer_combo.findData(PDF_PRINTER)
        self.printer_combo.setItemText(pdf_row, self.tr("PDF file / default printer"))
        for box in (self.right_box, self.down_box):
            box.setSuffix(self.tr(" mm"))
        self.right_hint.setText(self.tr("moves every label to the right; negative: to the left"))
        self.down_hint.setText(self.tr("moves every label down; negative: up"))
        self.print_button.setText(self.tr("Print &test page…"))
        self.save_button.setText(self.tr("&Save test page as PDF…"))
