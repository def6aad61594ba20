"""Names of codes in the interface language: translated when asked, unknown codes as they are."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.participants.detail import DetailPane
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name
from jpoa_desktop.ui.workshops.labels import (
    REGISTRATION_STATUSES,
    kind_label,
    registration_status_label,
    status_label,
)


def test_a_code_is_named_in_the_language_chosen_after_the_table_was_made(
    translations: Translations,
) -> None:
    assert (language_label("ky"), country_name("TJ")) == ("Kyrgyz", "Tajikistan")
    translations.switch("ru")
    assert (language_label("ky"), country_name("TJ")) == ("Кыргызский", "Таджикистан")
    assert kind_label("training_course") == "Учебный курс"


def test_a_code_no_table_knows_is_shown_as_it_is(translations: Translations) -> None:
    translations.switch("ru")
    assert country_name("AF") == "AF"
    assert language_label("fa") == "fa"
    assert kind_label("") == ""


def test_a_cancelled_registration_and_a_cancelled_workshop_keep_their_own_words(
    translations: Translations,
) -> None:
    assert REGISTRATION_STATUSES[-1] == "cancelled"
    translations.switch("ru")
    workshop, registration = status_label("cancelled"), registration_status_label("cancelled")
    assert workshop and registration and "cancelled" not in (workshop, registration)
    assert COUNTRY_CODES == ("KZ", "KG", "TJ", "TM", "UZ")


def test_a_retranslating_pane_says_its_words_again_on_a_language_change(
    qtbot: QtBot, translations: Translations
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    assert pane.captions["country"].text() == "Country"
    translations.switch("ru")  # Qt tells every widget; the pane's mixin calls its retranslate
    assert pane.captions["country"].text() == "Страна"
