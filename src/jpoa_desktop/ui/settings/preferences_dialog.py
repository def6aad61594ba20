"""Settings → Preferences: the interface language, applied at once without a restart, and the
retention rule (erase people's data N months after their last workshop; off by default), which
the next start applies after showing who it would erase; and the address of the office's
verifier page, which certificates' QR codes then carry so that a phone's camera opens the page
and it checks the certificate (refused, with the reason under it, unless https and no `#`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.settings.store import LANGUAGES, MAX_RETENTION_MONTHS, SettingsStore

# Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}


class PreferencesDialog(Retranslating, QDialog):
    """Emits `language_chosen` on Apply or OK; the main window switches the language."""

    language_chosen = Signal(str)

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._settings = settings
        self.language_label = QLabel(self)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(settings.ui_language))
        self.language_label.setBuddy(self.language_box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_box)
        self.retention_box = QCheckBox(self)
        self.retention_box.setObjectName("retentionBox")
        self.retention_months = QSpinBox(self)
        self.retention_months.setObjectName("retentionMonths")
        self.retention_months.setRange(1, MAX_RETENTION_MONTHS)
        months = settings.retention_months
        self.retention_box.setChecked(months > 0)
        self.retention_months.setValue(months or 24)
        self.retention_months.setEnabled(months > 0)
        self.retention_box.toggled.connect(self.retention_months.setEnabled)
        self.retention_after = QLabel(self)
        self.retention_hint = QLabel(self)
        self.retention_hint.setWordWrap(True)
        retention = QHBoxLayout()
        retention.addWidget(self.retention_box)
        retention.addWidget(self.retention_months)
        retention.addWidget(self.retention_after, 1)
        self.address_label = QLabel(self)
        self.address_box = QLineEdit(settings.verifier_address, self)
        self.address_box.setObjectName("verifierAddress")
        self.address_box.setClearButtonEnabled(True)
        self.address_label.setBuddy(self.address_box)
        self.address_hint = QLabel(self)
        self.address_hint.setWordWrap(True)
        self.address_problem = QLabel(self)
        self.address_problem.setWordWrap(True)
        self.address_problem.setStyleSheet("color: palette(link);")
        self.address_problem.hide()
        address = QFormLayout()
        address.addRow(self.address_label, self.address_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(retention)
        layout.addWidget(self.retention_hint)
        layout.addLayout(address)
        layout.addWidget(self.address_problem)
        layout.addWidget(self.address_hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def chosen_language(self) -> str:
        return str(self.language_box.currentData())

    def chosen_retention(self) -> int:
        """Months after a workshop's end to erase its people's data; 0 when the rule is off."""
        return self.retention_months.value() if self.retention_box.isChecked() else 0

    def apply(self) -> bool:
        """Store the choices; False (and why, under the address) when the address is refused:
        nothing is stored then."""
        from jpoa_desktop.services.handouts.certificate_codes import verifier_address

        try:
            address = verifier_address(self.address_box.text())
        except JpoaError as error:
            self.address_problem.setText(describe(error))
            self.address_problem.show()
            self.address_box.setFocus()
            return False
        self.address_problem.hide()
        self.address_box.setText(address)
        self._settings.verifier_address = address
        self._settings.retention_months = self.chosen_retention()
        language = self.chosen_language()
        if language != self._settings.ui_language:
            self._settings.ui_language = language
            self.language_chosen.emit(language)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.hint.setText(
            self.tr(
                "The menus and the library texts switch to the chosen language at once; "
                "anything you typed stays where it is."
            )
        )
        self.retention_box.setText(self.tr("&Erase personal data"))
        self.retention_months.setSuffix(self.tr(" months"))
        self.retention_after.setText(self.tr("after a workshop ends"))
        self.retention_hint.setText(
            self.tr(
                "At start, the app lists the people whose last workshop ended longer ago and "
                "asks before erasing their names and contacts; counts in reports stay."
            )
        )
        self.address_label.setText(self.tr("&Verifier page's address:"))
        self.address_box.setPlaceholderText("https://office.example.org/verify.html")
        self.address_hint.setText(
            self.tr(
                "Where the office publishes the page from Verify ▸ Save verifier page. When "
                "set, each certificate's QR code holds this address and the code, so a phone's "
                "camera opens the page and it checks the certificate. Leave empty to print the "
                "code alone."
            )
        )
