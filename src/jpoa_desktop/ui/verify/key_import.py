"""This database's keys, from the Verify screen: import the signing key, export the public key.

A copied database cannot sign certificates: its key file stays on the computer that made it.
The organisation's second laptop imports that file here (asked for its passphrase when it has
one); from then on this database's certificates are signed on this computer too. The public
key is exported for whoever checks the certificates elsewhere.
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
    from jpoa_desktop.services.handouts.signing import SigningService


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyImport", text)


def import_key_file(parent: QWidget, signing: SigningService, source: Path) -> str | None:
    """Import `source`, asking for a passphrase if it needs one; the line to show, or None."""
    passphrase: bytes | None = None
    while True:
        try:
            issuer = import_signing_key(signing, source, passphrase)
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


def choose_and_import(parent: QWidget, signing: SigningService) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import signing key"),
        str(Path.home()),
        _tr("Signing keys ({patterns})").format(patterns="*.pem"),
    )
    return import_key_file(parent, signing, Path(path)) if path else None


def _screen_tr(text: str) -> str:
    return QCoreApplication.translate("VerifyScreen", text)  # the screen's, as they always were


def choose_export_target(parent: QWidget, database: Path | None) -> Path | None:
    """Where to write the public key: asked, next to the database file by default."""
    folder = database.parent if database is not None else Path.home()
    stem = database.stem if database is not None else "jpoa"
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        _screen_tr("Export this database's public key"),
        str(folder / f"{stem}-public-key.pem"),
        _screen_tr("Public keys ({patterns})").format(patterns="*.pem"),
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(".pem")


def export_key(parent: QWidget, signing: SigningService, target: Path) -> str | None:
    """Write the public key to `target` (a few milliseconds, all or nothing); the line to
    show, or None when it failed (and the trainer was told why)."""
    try:
        signing.export_public_key(target)
    except JpoaError as error:
        show_error(parent, _screen_tr("Export this database's public key"), describe(error))
        return None
    return _screen_tr(
        "Public key written to {path}. Give it to whoever checks your certificates."
    ).format(path=target)
