"""Help → About: the version, what it is built on, and under which licences."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from jpoa_desktop import __version__
from jpoa_desktop.config import APP_NAME
from jpoa_desktop.ui.retranslating import Retranslating


def _version_of(distribution: str) -> str:
    # importlib.metadata is slow to import; the About box is opened long after start-up.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        components = [
            ("Qt", qVersion(), "LGPLv3"),
            ("PySide6", PySide6.__version__, "LGPLv3"),
            ("SQLAlchemy", _version_of("SQLAlchemy"), "MIT"),
            ("Alembic", _version_of("alembic"), "MIT"),
            ("platformdirs", _version_of("platformdirs"), "MIT"),
            ("openpyxl", _version_of("openpyxl"), "MIT"),
            ("RapidFuzz", _version_of("rapidfuzz"), "MIT"),
            ("ReportLab", _version_of("reportlab"), "BSD"),
            ("segno", _version_of("segno"), "BSD"),
            ("cryptography", _version_of("cryptography"), "Apache-2.0 / BSD"),
            ("DejaVu Sans", "2.37", self.tr("Bitstream Vera licence")),
            ("Python", platform.python_version(), "PSF"),
        ]
        rows = "".join(
            f"<tr><td>{escape(name)}&nbsp;&nbsp;</td><td>{escape(number)}&nbsp;&nbsp;</td>"
            f"<td>{escape(licence)}</td></tr>"
            for name, number, licence in components
        )
        purpose = self.tr(
            "An offline toolkit for workshops and capacity building under the Joint Plan of "
            "Action for the implementation of the UN Global Counter-Terrorism Strategy in "
            "Central Asia."
        )
        licence = self.tr(
            "This program is free software: you can redistribute it and/or modify it under the "
            "terms of the GNU General Public License, version 3 or (at your option) any later "
            "version (GPL-3.0-or-later)."
        )
        fonts = self.tr(
            "Fonts: the interface uses your system’s fonts; printed handouts embed the bundled "
            "DejaVu Sans, which has every letter of the region’s languages."
        )
        built_with = self.tr("Built with")
        self.text.setText(
            f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>"
            f"<p>{escape(purpose)}</p><p>{escape(licence)}</p>"
            f"<p><b>{escape(built_with)}</b></p>"
            f'<table cellspacing="2">{rows}</table>'
            f"<p>{escape(fonts)}</p>"
        )
