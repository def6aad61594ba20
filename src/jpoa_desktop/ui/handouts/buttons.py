"""The Handouts screen's row of buttons: print, save, print everything; branding and calibration.

The row only says what was clicked (its signals); the screen decides what that does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

# The texts here were the screen's: they keep its context ("HandoutsScreen") and translations.


class HandoutButtons(QWidget):
    print_clicked = Signal()
    save_clicked = Signal()
    everything_clicked = Signal()
    branding_clicked = Signal()
    calibrate_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.everything_button = QPushButton(self)
        self.branding_button = QPushButton(self)
        self.calibrate_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.print_button, self.save_button, self.everything_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.branding_button)
        layout.addWidget(self.calibrate_button)
        self.print_button.clicked.connect(self.print_clicked)
        self.save_button.clicked.connect(self.save_clicked)
        self.everything_button.clicked.connect(self.everything_clicked)
        self.branding_button.clicked.connect(self.branding_clicked)
        self.calibrate_button.clicked.connect(self.calibrate_clicked)

    def retranslate(self) -> None:
        self.print_button.setText(QCoreApplication.translate("HandoutsScreen", "&Print…"))
        self.print_button.setToolTip(
            QCoreApplication.translate("HandoutsScreen", "Print this handout (Ctrl+P)")
        )
        self.save_button.setText(QCoreApplication.translate("HandoutsScreen", "&Save as PDF…"))
        self.save_button.setToolTip(
            QCoreApplication.translate("HandoutsScreen", "Save this handout as a PDF file (Ctrl+S)")
        )
        self.everything_button.setText(
            QCoreApplication.translate("HandoutsScreen", "Print &everything…")
        )
        self.everything_button.setToolTip(
            QCoreApplication.translate(
                "HandoutsScreen",
                "Build every ticked handout in one go, and print them (Ctrl+Shift+P)",
            )
        )
        self.calibrate_button.setText(
            QCoreApplication.translate("HandoutsScreen", "&Calibrate label sheets…")
        )
        self.branding_button.setText(QCoreApplication.translate("HandoutsScreen", "&Branding…"))
        self.branding_button.setToolTip(
            QCoreApplication.translate(
                "HandoutsScreen", "This workshop's logos, signatures, accent colour and margins"
            )
        )
