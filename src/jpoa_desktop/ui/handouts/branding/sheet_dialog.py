"""A label sheet by its measurements, for label stock that no named template matches.

The measurements are checked as they are typed (the same check the `jpoa` command makes), so
OK is only offered for a sheet whose labels fit the paper and can hold a badge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.handouts.common.sheets import PAPER_MM, SheetTemplate, custom_template
from jpoa_desktop.ui.handouts.labels import paper_label
from jpoa_desktop.ui.messages import describe


def _millimetres(parent: QWidget, value: float, low: float, high: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    box.setValue(value)
    return box


class SheetDialog(QDialog):
    def __init__(self, paper: str = "a4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetDialog")
        self.setWindowTitle(self.tr("Custom label sheet"))
        intro = QLabel(
            self.tr(
                "Measure the label stock with a ruler: the size of one label, the margin to "
                "the first label from the paper's left and top edges, and the gaps between "
                "labels."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.paper = QComboBox(self)
        for code in ("a4", "letter"):
            self.paper.addItem(paper_label(code), code)
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 6)
        self.columns.setValue(2)
        self.rows = QSpinBox(self)
        self.rows.setRange(1, 12)
        self.rows.setValue(4)
        self.label_width = _millimetres(self, 90, 20, 220)
        self.label_height = _millimetres(self, 60, 20, 290)
        self.centred = QCheckBox(self.tr("&Centre the labels on the paper"), self)
        self.centred.setChecked(True)
        self.left = _millimetres(self, 10, 0, 200)
        self.top = _millimetres(self, 10, 0, 280)
        self.gap_x = _millimetres(self, 0, 0, 50)
        self.gap_y = _millimetres(self, 0, 0, 50)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Columns:"), self.columns)
        form.addRow(self.tr("&Rows:"), self.rows)
        form.addRow(self.tr("Label &width:"), self.label_width)
        form.addRow(self.tr("Label &height:"), self.label_height)
        form.addRow(self.centred)
        form.addRow(self.tr("&Left margin:"), self.left)
        form.addRow(self.tr("&Top margin:"), self.top)
        form.addRow(self.tr("Gap &across:"), self.gap_x)
        form.addRow(self.tr("Gap &down:"), self.gap_y)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for spin in (self.columns, self.rows):
            spin.valueChanged.connect(lambda _v: self._check())
        for box in (
            self.label_width,
            self.label_height,
            self.left,
            self.top,
            self.gap_x,
            self.gap_y,
        ):
            box.valueChanged.connect(lambda _v: self._check())
        self.paper.currentIndexChanged.connect(lambda _i: self._check())
        self.centred.toggled.connect(lambda _on: self._check())
        self.resize(420, self.sizeHint().height())
        self._check()

    def spec(self) -> str:
        """The sheet as the `jpoa` command writes it: `a4:3x8:70x37[:left,top]:gaps`."""
        parts = [
            str(self.paper.currentData()),
            f"{self.columns.value()}x{self.rows.value()}",
            f"{self.label_width.value():g}x{self.label_height.value():g}",
        ]
        gaps = f"{self.gap_x.value():g},{self.gap_y.value():g}"
        if self.centred.isChecked():
            if gaps != "0,0":  # the gaps need a place in the text: centre by hand
                return ":".join([*parts, self._centred_margins(), gaps])
            return ":".join(parts)
        return ":".join([*parts, f"{self.left.value():g},{self.top.value():g}", gaps])

    def _centred_margins(self) -> str:
        paper_width, paper_height = PAPER_MM[str(self.paper.currentData())]
        columns, rows = self.columns.value(), self.rows.value()
        used_x = columns * self.label_width.value() + (columns - 1) * self.gap_x.value()
        used_y = rows * self.label_height.value() + (rows - 1) * self.gap_y.value()
        return f"{max((paper_width - used_x) / 2, 0):g},{max((paper_height - used_y) / 2, 0):g}"

    def sheet(self) -> SheetTemplate | None:
        try:
            return custom_template(self.spec())
        except JpoaError:
            return None

    def _check(self) -> None:
        for box in (self.left, self.top):
            box.setEnabled(not self.centred.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            custom_template(self.spec())
        except JpoaError as error:
            self.problem.setText(describe(error))
            ok.setEnabled(False)
            return
        self.problem.setText("")
        ok.setEnabled(True)


def measure_sheet(parent: QWidget, paper: str, measured: Callable[[str], None]) -> SheetDialog:
    """Open the dialog on `paper`; `measured(spec)` hears of a sheet the trainer accepts."""
    dialog = SheetDialog(paper, parent)

    def chosen() -> None:
        sheet = dialog.sheet()
        if sheet is not None:
            measured(sheet.name)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog
