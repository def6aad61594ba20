"""Switching the interface language while the app runs.

Installing a translator makes Qt send `QEvent.LanguageChange` to every widget, and each widget
re-reads its texts in `retranslate()`. Library content is not in Qt catalogues: screens that show
it listen to `language_changed` and reload in the new language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from jpoa_desktop.ui.settings.store import DEFAULT_LANGUAGE, LANGUAGES


class Translations(QObject):
    """The translators installed for the current language."""

    language_changed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str) -> None:
        """Install the catalogues for `language` (one of `LANGUAGES`) in place of the current."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported interface language: {language}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing translations")
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        candidates = [(f"jpoa_{language}", str(self._folder))]
        if language != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates.append((f"qtbase_{language}", qt_folder))
        for name, folder in candidates:
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(QLocale(language))
        # Qt posts LanguageChange only once the event loop runs, and later; deliver it now so
        # every window shows the new language before this call returns.
        for window in QApplication.topLevelWidgets():
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        changed = language != self.language
        self.language = language
        if changed:
            self.language_changed.emit(language)


def interface_language() -> str:
    """The interface language's code ("ru"), as `Translations.switch` last set it: what a screen
    passes to texts/formatting for a date, time or amount it shows outside a language of its own."""
    return QLocale().name().split("_")[0]
