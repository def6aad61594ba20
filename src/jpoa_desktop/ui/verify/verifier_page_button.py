"""Verify → "Save verifier page…": the page that lets anyone check a certificate in a browser.

The office puts the file on a USB stick or its website; a ministry or an employer opens it with
nothing installed. It trusts what the screen trusts with a database open: this database's own
key and the trusted issuers (`jpoa certificate verifier-page` writes the same page, from the
trusted issuers alone, which include this computer's own keys). Filling a template takes
milliseconds, so it is written on the UI thread, all or nothing, like an exported public key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.services.handouts.certificates import trusted_issuers
from jpoa_desktop.services.handouts.key_files import Issuer
from jpoa_desktop.services.handouts.verifier_page import (
    PAGE_LANGUAGES,
    page_issuers,
    write_verifier_page,
)
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services


class SaveVerifierPageButton(Retranslating, QPushButton):
    """Asks where, writes the page, and says what it did through `saved` (the line to show)."""

    saved = Signal(str)

    def __init__(self, services: Callable[[], Services | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("saveVerifierPage")
        self._services = services
        self.language = "en"
        self.clicked.connect(self.choose_and_save)
        self.retranslate()

    def set_language(self, language: str) -> None:
        """The interface language is the page's first language (a browser may ask another)."""
        self.language = language if language in PAGE_LANGUAGES else "en"

    def issuers(self) -> list[Issuer]:
        services = self._services()
        own = services.signing.issuer() if services is not None else None
        return page_issuers(trusted_issuers(), own)

    def choose_and_save(self) -> None:
        services = self._services()
        folder = services.db.path.parent if services and services.db.path else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save verifier page"),
            str(folder / "verify.html"),
            self.tr("Web pages ({patterns})").format(patterns="*.html *.htm"),
        )
        if path:
            target = Path(path)
            self.save(target if target.suffix else target.with_suffix(".html"))

    def save(self, target: Path) -> bool:
        """Write the page to `target`; say why not (nothing written) when it cannot be."""
        try:
            page = write_verifier_page(target, self.issuers(), self.language)
        except JpoaError as error:
            show_error(self, self.tr("Save verifier page"), describe(error))
            return False
        line = self.tr(
            "Verifier page written to {path}, trusting %n issuer(s). Open it in any browser, "
            "or put it on a USB stick or the office's website.",
            "",
            len(page.issuers),
        ).format(path=target)
        self.saved.emit(line)
        return True

    def retranslate(self) -> None:
        self.setText(self.tr("Save verifier &page…"))
        self.setToolTip(
            self.tr(
                "One web page that checks these certificates in any browser, with nothing "
                "installed and no internet"
            )
        )
