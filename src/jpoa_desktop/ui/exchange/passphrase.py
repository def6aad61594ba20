"""Passphrases for packages: chosen twice when a package is sealed, typed once to open one.

A passphrase is text the user types; the package needs bytes, so it is encoded as UTF-8 (the
same bytes `jpoa package … --passphrase-file` reads from a UTF-8 file). "Show" swaps the dots
for the letters, for a passphrase typed in another keyboard layout than the user thinks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.retranslating import Retranslating

PROBLEM_STYLE = "color: #b3261e;"
MAX_LENGTH = 256  # characters; the CLI takes up to 1024 bytes, which this always fits


def _secret_line(parent: QWidget, name: str) -> QLineEdit:
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setMaxLength(MAX_LENGTH)
    return line


def _show_toggle(parent: QWidget, lines: tuple[QLineEdit, ...]) -> QCheckBox:
    toggle = QCheckBox(parent)
    toggle.setObjectName("showPassphrase")

    def show(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for line in lines:
            line.setEchoMode(mode)

    toggle.toggled.connect(show)
    return toggle


class PassphraseFields(Retranslating, QWidget):
    """ "Encrypt with a passphrase", the passphrase twice, and Show: part of the export dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seal = QCheckBox(self)
        self.seal.setObjectName("sealPackage")
        self.first = _secret_line(self, "passphrase")
        self.again = _secret_line(self, "passphraseAgain")
        self.show_box = _show_toggle(self, (self.first, self.again))
        self._labels = (QLabel(self), QLabel(self))
        self._labels[0].setBuddy(self.first)
        self._labels[1].setBuddy(self.again)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.seal)
        form.addRow(self._labels[0], self.first)
        form.addRow(self._labels[1], self.again)
        form.addRow("", self.show_box)
        self.seal.toggled.connect(self._enable)
        self._enable(False)
        self.retranslate()

    def _enable(self, sealed: bool) -> None:
        for widget in (self.first, self.again, self.show_box, *self._labels):
            widget.setEnabled(sealed)
        if sealed:
            self.first.setFocus()

    def passphrase(self) -> bytes | None:
        """The passphrase to seal with, or None for a package anyone can open."""
        return self.first.text().encode() if self.seal.isChecked() else None

    def problem(self) -> str:
        """Why the passphrase cannot be used yet ("" when it can, or when none is wanted)."""
        if not self.seal.isChecked():
            return ""
        if not self.first.text():
            return self.tr("Type the passphrase, or untick “Encrypt with a passphrase”.")
        if self.first.text() != self.again.text():
            return self.tr("The two passphrases differ.")
        return ""

    def retranslate(self) -> None:
        self.seal.setText(self.tr("&Encrypt with a passphrase"))
        self.seal.setToolTip(
            self.tr(
                "Whoever imports the package will need the passphrase. Tell it to them "
                "another way than the file itself."
            )
        )
        self._labels[0].setText(self.tr("&Passphrase:"))
        self._labels[1].setText(self.tr("&Again:"))
        self.show_box.setText(self.tr("&Show the passphrase"))


class PassphraseDialog(Retranslating, QDialog):
    """Ask for the passphrase that opens `file_name`; `problem` says why it is asked again."""

    def __init__(self, file_name: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePassphraseDialog")
        self._file_name = file_name
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setVisible(bool(problem))
        self.line = _secret_line(self, "passphrase")
        self.show_box = _show_toggle(self, (self.line,))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._label = QLabel(self)
        self._label.setBuddy(self.line)
        form = QFormLayout()
        form.addRow(self._label, self.line)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.line.textChanged.connect(lambda text: self._ok().setEnabled(bool(text)))
        self._ok().setEnabled(False)
        self.line.setFocus()
        self.retranslate()

    def _ok(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def passphrase(self) -> bytes:
        return self.line.text().encode()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Encrypted package"))
        self.intro.setText(
            self.tr("“{file}” is encrypted. Type the passphrase it was exported with.").format(
                file=self._file_name
            )
        )
        self._label.setText(self.tr("&Passphrase:"))
        self.show_box.setText(self.tr("&Show the passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
