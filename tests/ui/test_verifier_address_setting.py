"""Settings ▸ Preferences ▸ "Verifier page's address": refused unless https with no `#`, stored
otherwise, and then in every certificate the Handouts screen asks for; the Verify screen takes a
scanned address with the code after `#` as the code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from tests.ui.test_verify_screen import _scan
from tests.ui.test_verify_screen import code as code  # a fixture
from tests.ui.test_verify_screen import screen as screen  # a fixture

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificate_codes import in_address
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.settings.preferences_dialog import PreferencesDialog
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.result_pane import VALID
from jpoa_desktop.ui.verify.screen import VerifyScreen

ADDRESS = "https://office.example.org/verify.html"


def _type(qtbot: QtBot, dialog: PreferencesDialog, text: str) -> None:
    box = dialog.address_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClicks(box, text)


def test_a_bad_address_is_refused_in_the_dialog_and_a_good_one_stored(
    qtbot: QtBot, settings: SettingsStore, translations: Translations
) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.address_box.text() == ""
    _type(qtbot, dialog, "http://office.example.org/verify.html")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.isVisible(), "a refused address must keep the dialog open"
    assert dialog.address_problem.isVisible() and "https://" in dialog.address_problem.text()
    assert SettingsStore.from_file(Path(settings.qsettings.fileName())).verifier_address == ""

    _type(qtbot, dialog, ADDRESS + "#JP2:")
    assert not dialog.apply()
    _type(qtbot, dialog, f"  {ADDRESS} ")
    qtbot.keyClick(dialog.address_box, Qt.Key.Key_Return)  # Enter is OK
    assert not dialog.isVisible()
    settings.sync()
    assert SettingsStore.from_file(Path(settings.qsettings.fileName())).verifier_address == ADDRESS

    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.address_box.text() == ADDRESS
    again.address_box.clear()
    assert again.apply() and settings.verifier_address == ""


def test_the_handouts_screen_prints_certificates_for_the_address_in_the_settings(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    settings: SettingsStore,
    empty_db: Database,
    code: str,
) -> None:
    handouts = HandoutsScreen(tasks, translations.language, settings=settings)
    qtbot.addWidget(handouts)
    handouts.set_services(Services(empty_db))
    handouts.options.select_kind("certificates")
    assert handouts.request().verify_url == ""
    settings.verifier_address = ADDRESS
    assert handouts.request().verify_url == ADDRESS


def test_a_scanned_address_with_the_code_is_checked_as_the_code(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    screen.set_services(Services(empty_db))
    _scan(qtbot, screen, in_address(ADDRESS, code))
    assert screen.result.look == VALID
    assert "Juraev Farhod" in screen.result.field_text()
