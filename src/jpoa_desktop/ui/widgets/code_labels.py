"""Names of the services' fixed codes in the interface language: one table per list of codes.

Services, files and the CLI speak in codes (`training_course`, `kk`) so that they stay
language-neutral; a screen shows a code through a `CodeLabels` table. Each name is marked with
`QT_TRANSLATE_NOOP` (that is how lupdate finds it) and translated when asked, never at import:
the interface language can change while the app runs. A code the table does not know is shown
as it is, so a code added to a service shows up untranslated in one table instead of failing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.errors import QT_TRANSLATE_NOOP


class CodeLabels:
    def __init__(self, context: str, names: Mapping[str, str]) -> None:
        """`names`: each code's English name, marked `QT_TRANSLATE_NOOP(context, ...)`."""
        self.context = context
        self._names = dict(names)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes in the table's order (the order a choice box offers them)."""
        return tuple(self._names)

    def __call__(self, code: str) -> str:
        name = self._names.get(code)
        return QCoreApplication.translate(self.context, name) if name is not None else code


# The handout and content languages, named in the interface language (every screen offers them).
language_label = CodeLabels(
    "WorkshopLabels",
    {
        "ru": QT_TRANSLATE_NOOP("WorkshopLabels", "Russian"),
        "en": QT_TRANSLATE_NOOP("WorkshopLabels", "English"),
        "kk": QT_TRANSLATE_NOOP("WorkshopLabels", "Kazakh"),
        "ky": QT_TRANSLATE_NOOP("WorkshopLabels", "Kyrgyz"),
        "tg": QT_TRANSLATE_NOOP("WorkshopLabels", "Tajik"),
        "uz": QT_TRANSLATE_NOOP("WorkshopLabels", "Uzbek"),
        "tk": QT_TRANSLATE_NOOP("WorkshopLabels", "Turkmen"),
    },
)
