"""Widgets that say their words again when the interface language changes.

Switching the language makes Qt send `QEvent.LanguageChange` to every widget (see `i18n`). A
widget that sets its texts in `retranslate()` names `Retranslating` first among its bases
(`class DetailPane(Retranslating, QWidget)`) instead of catching the event itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:  # for the type checker a widget; at run time a plain mixin before the Qt class
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class Retranslating(_Widget):
    def retranslate(self) -> None:
        """Set every text the widget shows, in the interface language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
