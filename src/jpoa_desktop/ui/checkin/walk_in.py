"""Registering someone who is at the door but not on the list: three fields, all by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.text_limits import limit_line


class WalkInForm(Retranslating, QFrame):
    """Enter in any field registers and checks in; Esc closes the form without a change."""

    submitted = Signal(str, str, str)  # family name, given name, organisation
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinWalkIn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.heading.setFont(font)
        self.family = QLineEdit(self)
        self.given = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.family.setObjectName("walkInFamily")
        self.given.setObjectName("walkInGiven")
        self.organisation.setObjectName("walkInOrganisation")
        limit_line(self.family, limits.PERSON_NAME)
        limit_line(self.given, limits.PERSON_NAME)
        limit_line(self.organisation, limits.ORGANISATION)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.labels = tuple(QLabel(self) for _ in range(3))
        form = QFormLayout()
        for label, field in zip(self.labels, self.fields(), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for field in self.fields():
            field.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled)
        self.retranslate()

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.family, self.given, self.organisation

    def open_form(self) -> None:
        self.show()
        self.family.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reset(self) -> None:
        for field in self.fields():
            field.clear()
        self.hide()

    def _submit(self) -> None:
        self.submitted.emit(*(field.text().strip() for field in self.fields()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Walk-in: register and check in"))
        labels = (self.tr("Family name"), self.tr("Given name"), self.tr("Organisation"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.submit_button.setText(self.tr("Register and check in (Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
