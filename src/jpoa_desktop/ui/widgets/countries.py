"""The five countries of the Joint Plan of Action, named in the interface language."""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

country_name = CodeLabels(
    "Countries",
    {
        "KZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
        "KG": QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
        "TJ": QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
        "TM": QT_TRANSLATE_NOOP("Countries", "Turkmenistan"),
        "UZ": QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    },
)
COUNTRY_CODES = country_name.codes
