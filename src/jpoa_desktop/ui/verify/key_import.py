"""Importing the signing key file on another computer, from the Verify screen.

A copied database cannot sign certificates: its key file stays on the computer that made it.
The organisation's second laptop imports that file here (asked for its passphrase when it has
one); from then on this database's certificates are signed on this computer too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.verify.checker import import_signing_key, needs_passphrase

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyImport", text)


def import_key_file(parent: QWidget, db: Database, source: Path) -> str | None:
    """Import `source`, asking for a passphrase if it needs one; the line to show, or None."""
    passphrase: bytes | None = None
    while True:
        try:
            issuer = import_signing_key(db, source, passphrase)
        except JpoaError as error:
            if needs_passphrase(error):
                text, accepted = QInputDialog.getText(
                    parent,
                    _tr("Import signing key"),
                    _tr("The passphrase of {file}:").format(file=source.name),
                    QLineEdit.EchoMode.Password,
                )
                if accepted and text:
                    passphrase = text.encode("utf-8")
                    continue
                if not accepted:
                    return None
            show_error(parent, _tr("Import signing key"), describe(error))
            return None
        return _tr(
            "This database's certificates are now signed on this computer (key {key})."
        ).format(key=issuer.fingerprint)


def choose_and_import(parent: QWidget, db: Database) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import signing key"),
        str(Path.home()),
        _tr("Signing keys ({patterns})").format(patterns="*.pem"),
    )
    return import_key_file(parent, db, Path(path)) if path else None
