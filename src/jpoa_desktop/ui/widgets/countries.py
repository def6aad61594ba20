"""The five countries of the Joint Plan of Action, named in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

COUNTRY_CODES = ("KZ", "KG", "TJ", "TM", "UZ")


def country_name(code: str) -> str:
    names = {
        "KZ": QCoreApplication.translate("Countries", "Kazakhstan"),
        "KG": QCoreApplication.translate("Countries", "Kyrgyzstan"),
        "TJ": QCoreApplication.translate("Countries", "Tajikistan"),
        "TM": QCoreApplication.translate("Countries", "Turkmenistan"),
        "UZ": QCoreApplication.translate("Countries", "Uzbekistan"),
    }
    return names.get(code, code)
