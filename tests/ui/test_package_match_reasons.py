"""Why two people look alike is shown in the interface language: the engine gives the reason in
English, marked for translation in the "Exchange" context, and the look-alike list translates
it (again when the language changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jpoa_desktop.model.exchange import PersonMatch
from jpoa_desktop.services.packages.person_matches import SAME_EMAIL, SAME_NAME
from jpoa_desktop.ui.exchange.choice_lists import MatchList


class _Shouting(QTranslator):
    """A catalogue that answers the "Exchange" context in capitals, the rest as it is."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context == "Exchange" else source


def _language_changed(widget: QWidget) -> None:
    """What Qt sends every widget when the language changes (as `i18n` does, without waiting
    for the event loop)."""
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def _match(n: int, reason: str) -> PersonMatch:
    return PersonMatch(f"in-{n}", "Qoʻchqorov Anvar", f"here-{n}", "Кучкаров Анвар", reason)


def test_the_reason_cell_shows_the_translated_reason(qtbot: QtBot) -> None:
    matches = MatchList([_match(0, SAME_EMAIL), _match(1, SAME_NAME)])
    qtbot.addWidget(matches)
    assert [row.text(3) for row in matches.rows()] == [SAME_EMAIL, SAME_NAME]

    shouting = _Shouting()
    QCoreApplication.installTranslator(shouting)
    try:
        _language_changed(matches)
        expected = [QCoreApplication.translate("Exchange", r) for r in (SAME_EMAIL, SAME_NAME)]
        assert [row.text(3) for row in matches.rows()] == expected
        assert expected == [SAME_EMAIL.upper(), SAME_NAME.upper()]
        assert matches.rows()[1].toolTip(3) == SAME_NAME.upper()
    finally:
        QCoreApplication.removeTranslator(shouting)
    _language_changed(matches)
    assert matches.rows()[0].text(3) == SAME_EMAIL
