"""Verify: anyone checks a certificate's QR code offline, with no connection to the issuer's data.

A QR scanner types the code into the box and presses Enter (or the code is pasted, Ctrl+V works
anywhere on the screen); the answer fills the pane below. The key is this database's own, for
an organisation checking its own certificates, or the public key file an issuer exported
(`jpoa certificate export-key`), which is all a ministry or an employer needs: the screen works
with no database open at all. With no key file chosen, the issuers this user trusts are the key:
Ctrl+T opens the list to add, rename or remove them (`trusted_issuers.py`). Esc clears, Ctrl+O
chooses the key file. The chosen file is remembered in the settings. Checking takes
microseconds, so it runs on the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.certificates_register.button import RegisterButton
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.checker import Check, check_certificate, clean_code
from jpoa_desktop.ui.verify.icon import shield_icon
from jpoa_desktop.ui.verify.key_import import choose_and_import, choose_export_target, export_key
from jpoa_desktop.ui.verify.result_pane import ResultPane
from jpoa_desktop.ui.verify.trusted_issuers import TrustedIssuersDialog
from jpoa_desktop.ui.verify.verifier_page_button import SaveVerifierPageButton

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.container import Services

KEY_FILES = "*.pem *.pub *.txt"
SCREEN_KEYS = (QKeySequence.StandardKey.Open,)  # Ctrl+O is also File ▸ Open Database
TRUSTED_KEY = "Ctrl+T"  # used by no menu or other screen


class CodeBox(QLineEdit):
    """One line for the code; whatever whitespace a scanner or a paste brings is dropped as it
    arrives (a certificate code has none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyCodeBox")
        self.setClearButtonEnabled(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.setFont(font)
        self.setMinimumHeight(44)
        self.textEdited.connect(self._drop_whitespace)

    def _drop_whitespace(self, text: str) -> None:
        cleaned = clean_code(text)
        if cleaned != text:
            before_cursor = len(clean_code(text[: self.cursorPosition()]))
            self.setText(cleaned)
            self.setCursorPosition(before_cursor)


class VerifyScreen(QWidget):
    screen_id = "verify"

    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        settings: SettingsStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyScreen")
        self._tasks = tasks
        self._settings = settings
        self._services: Services | None = None
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSize(heading_font.pointSize() + 6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code_box = CodeBox(self)
        self.verify_button = QPushButton(self)
        self.key_label = QLabel(self)
        self.database_key = QRadioButton(self)
        self.file_key = QRadioButton(self)
        self.key_group = QButtonGroup(self)
        self.key_group.addButton(self.database_key)
        self.key_group.addButton(self.file_key)
        self.key_file_label = QLabel(self)
        self.key_file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_key_button = QPushButton(self)
        self.result = ResultPane(self)
        self.result_area = QScrollArea(self)  # a long workshop title never squeezes the answer
        self.result_area.setWidget(self.result)
        self.result_area.setWidgetResizable(True)
        self.result_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.result_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_button = QPushButton(self)
        self.import_key_button = QPushButton(self)
        self.trusted_button = QPushButton(self)
        self.verifier_page_button = SaveVerifierPageButton(lambda: self._services, self)
        self.register_button = RegisterButton(lambda: (self._services, self._tasks, None), self)
        self.export_status = QLabel(self)
        self.export_status.setWordWrap(True)
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._last_check: Check | None = None
        self._build_layout()
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste_and_verify)
        self.trusted_shortcut = QShortcut(QKeySequence(TRUSTED_KEY), self)
        self.trusted_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.trusted_shortcut.activated.connect(self.open_trusted_issuers)
        self.trusted_button.clicked.connect(self.open_trusted_issuers)
        self.code_box.returnPressed.connect(self.verify)
        self.verify_button.clicked.connect(self.verify)
        self.choose_key_button.clicked.connect(self.choose_key_file)
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_key_button.clicked.connect(self.choose_signing_key)
        self.verifier_page_button.saved.connect(self.export_status.setText)
        self.key_group.buttonClicked.connect(self._key_source_chosen)
        self.set_language(language)
        self._update_key_choice()
        self.retranslate()

    def _build_layout(self) -> None:
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_box, 1)
        code_row.addWidget(self.verify_button)
        self.verify_button.setMinimumHeight(44)
        # The file's name may be long: it is cut rather than widening the window (the tooltip
        # has the whole path).
        self.key_file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key_file_label.setMinimumWidth(60)
        self.key_file_label.setMaximumWidth(320)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_key)
        file_row.addWidget(self.key_file_label, 1)
        file_row.addWidget(self.choose_key_button)
        file_row.addStretch(1)
        key_rows = QGridLayout()
        key_rows.setHorizontalSpacing(10)
        key_rows.addWidget(self.key_label, 0, 0)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_key)
        database_row.addWidget(self.register_button, 1, Qt.AlignmentFlag.AlignLeft)
        key_rows.addLayout(database_row, 0, 1)
        key_rows.addLayout(file_row, 1, 1)
        key_rows.setColumnStretch(1, 1)
        export_row = QGridLayout()  # two rows of buttons: the window can still be made narrow
        buttons = (self.export_button, self.verifier_page_button, self.trusted_button,
                   self.import_key_button)  # fmt: skip
        for index, button in enumerate(buttons):
            export_row.addWidget(button, index // 2, index % 2)
        export_row.addWidget(self.export_status, 0, 2, 2, 1)
        export_row.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(code_row)
        layout.addLayout(key_rows)
        layout.addWidget(self.result_area, 1)
        layout.addLayout(export_row)

    # The Screen protocol.
    def title(self) -> str:
        return self.tr("Verify")

    def icon(self) -> QIcon:
        return shield_icon()

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.export_status.clear()
        self._update_key_choice()
        self._check_again()

    def set_language(self, language: str) -> None:
        self.result.set_language(language)
        self.verifier_page_button.set_language(language)

    def focus_search(self) -> None:
        """Ctrl+F (Edit ▸ Find) on this screen: the code box."""
        self.focus_code_box()

    def focus_code_box(self) -> None:
        self.code_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code_box.selectAll()

    # Which key.
    def key_file(self) -> Path | None:
        """The issuer's public key file when checking against one, else None (the database's)."""
        chosen = self._settings.verify_public_key
        return Path(chosen) if chosen and self.uses_key_file() else None

    def uses_key_file(self) -> bool:
        return self._services is None or self._settings.verify_with_file

    def set_key_file(self, path: Path) -> None:
        """Check against `path` from now on (remembered in the settings), and check again."""
        self._settings.verify_public_key = str(path)
        self._settings.verify_with_file = True
        self._settings.sync()
        self._update_key_choice()
        self._check_again()

    def use_database_key(self) -> None:
        self._settings.verify_with_file = False
        self._update_key_choice()
        self._check_again()

    def choose_key_file(self) -> None:
        current = self._settings.verify_public_key
        start = str(Path(current).parent) if current else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The issuer's public key"),
            start,
            self.tr("Public keys ({patterns});;All files (*)").format(patterns=KEY_FILES),
        )
        if path:
            self.set_key_file(Path(path))
        self.focus_code_box()

    def _key_source_chosen(self) -> None:
        if self.database_key.isChecked():
            self.use_database_key()
        elif self._settings.verify_public_key:
            self.set_key_file(Path(self._settings.verify_public_key))
        else:
            self._settings.verify_with_file = True
            self._update_key_choice()
            self.choose_key_file()

    def _update_key_choice(self) -> None:
        has_db = self._services is not None
        self.database_key.setEnabled(has_db)
        self.export_button.setEnabled(has_db)
        self.register_button.setEnabled(has_db)
        (self.file_key if self.uses_key_file() else self.database_key).setChecked(True)
        self._show_key_file()

    def _show_key_file(self) -> None:
        chosen = self._settings.verify_public_key
        none = self.tr("(none: trusted issuers)")
        self.key_file_label.setText(Path(chosen).name if chosen else none)
        self.key_file_label.setToolTip(chosen)

    def _key_in_words(self) -> str:
        if not self.uses_key_file():
            return self.tr("this database's key and the trusted issuers")
        chosen = self._settings.verify_public_key
        if chosen:
            return self.tr("the public key file {file}").format(file=chosen)
        return self.tr("the trusted issuers")

    # Checking.
    def verify(self) -> Check:
        """Check what is in the box against the chosen key and show the answer."""
        services = None if self.uses_key_file() else self._services
        signing = services.signing if services is not None else None
        key_file = self.key_file()  # none chosen: the trusted issuers decide
        check = check_certificate(self.code_box.text(), key_file, signing, key_file is None)
        self._last_check = check
        self.result.show_check(check, self._key_in_words())
        self.code_box.selectAll()  # the next scan replaces this code
        return check

    def paste_and_verify(self) -> None:
        """Ctrl+V outside the box: the clipboard's code goes in and is checked at once."""
        self.code_box.setText(clean_code(QApplication.clipboard().text()))
        self.verify()
        self.focus_code_box()

    def clear(self) -> None:
        self.code_box.clear()
        self._last_check = None
        self.result.show_idle()
        self.focus_code_box()

    def _check_again(self) -> None:
        """After the key changed: the answer shown was for the other key."""
        if self._last_check is not None and self.code_box.text():
            self.verify()

    # Trusted issuers.
    def open_trusted_issuers(self) -> TrustedIssuersDialog:
        """The list of trusted issuers; each change takes effect in the answer shown at once."""
        dialog = TrustedIssuersDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._check_again)
        dialog.finished.connect(lambda _result: self.focus_code_box())
        dialog.open()
        return dialog

    # This database's keys.
    def choose_export_file(self) -> None:
        if self._services is not None:
            target = choose_export_target(self, self._services.db.path)
            if target is not None:
                self.export_key(target)

    def choose_signing_key(self) -> None:
        """Sign this database's certificates here too, with the key file of the computer that
        made them (a copied database cannot sign without it)."""
        services = self._services
        if services is not None and (done := choose_and_import(self, services.signing)):
            self.export_status.setText(done)

    def export_key(self, target: Path) -> bool:
        """Write this database's public key to `target` (a few milliseconds, all or nothing)."""
        written = export_key(self, self._services.signing, target) if self._services else None
        if written is not None:
            self.export_status.setText(written)
        return written is not None

    # Keys that belong to the screen while it is shown (Ctrl+O is also File ▸ Open Database).
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in SCREEN_KEYS)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Open):
            self.choose_key_file()
        elif event.key() == Qt.Key.Key_Escape:
            self.clear()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.verify()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.focus_code_box)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Check a certificate"))
        self.intro.setText(
            self.tr(
                "Scan the QR code on a certificate, or paste its text, and press Enter. The "
                "check needs only the issuer's public key: no connection to their database."
            )
        )
        self.code_box.setPlaceholderText(self.tr("JP2:… — scan or paste the code"))
        self.code_box.setToolTip(self.tr("Enter checks the code; Esc clears"))
        self.verify_button.setText(self.tr("&Verify"))
        self.key_label.setText(self.tr("Check against:"))
        self.database_key.setText(self.tr("This &database's key and the trusted issuers"))
        self.file_key.setText(self.tr("The issuer's public &key file:"))
        self.choose_key_button.setText(self.tr("Choose key file… (Ctrl+O)"))
        self.export_button.setText(self.tr("&Export this database's public key…"))
        self.export_button.setToolTip(
            self.tr("Give this file to whoever checks your certificates without your database")
        )
        self.import_key_button.setText(self.tr("&Import signing key…"))
        self.import_key_button.setToolTip(
            self.tr(
                "Sign this database's certificates on this computer with the key file "
                "exported on the computer that issued them"
            )
        )
        self.trusted_button.setText(self.tr("&Trusted issuers… (Ctrl+T)"))
        self.trusted_button.setToolTip(
            self.tr("The organisations whose certificates this computer accepts")
        )
        self._show_key_file()
