"""The Verify screen: a scanned certificate code checked offline, against this database's key or
an issuer's exported public key, with a clear answer either way."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificate_codes import decode, encode
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.signing import SigningService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.checker import Problem
from jpoa_desktop.ui.verify.result_pane import INVALID, UNCHECKED, VALID
from jpoa_desktop.ui.verify.screen import VerifyScreen

DAYS = [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]
HOLDER = "Juraev Farhod"  # the code carries the name in Latin letters: a smaller QR code


@pytest.fixture
def code(empty_db: Database) -> str:
    """A real certificate code, issued by `empty_db` to someone present on every day."""
    from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Border management"}, start=DAYS[0], end=DAYS[-1],
                      city="Bishkek")
    )  # fmt: skip
    person = PeopleService(empty_db.session_scope).add(PersonInput("Ҷӯраев", "Фарҳод"))
    badge = workshops.register(workshop, person, status="confirmed")
    door = AttendanceService(empty_db.session_scope)
    for day in DAYS:
        door.mark(workshop, badge, day, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    data, _left_out = CertificateService(empty_db.session_scope).data(workshop, ("en",))
    return data.certificates[0].code


@pytest.fixture
def screen(qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore) -> VerifyScreen:
    shown = VerifyScreen(tasks, "en", settings)
    qtbot.addWidget(shown)
    shown.resize(900, 640)
    shown.show()
    return shown


def _scan(qtbot: QtBot, screen: VerifyScreen, text: str) -> None:
    """What a QR scanner does: type the code and press Enter."""
    screen.code_box.clear()
    qtbot.keyClicks(screen.code_box, text)
    qtbot.keyClick(screen.code_box, Qt.Key.Key_Return)


def _changed_at(code: str, position: int) -> str:
    swapped = "A" if code[position] != "A" else "B"
    return code[:position] + swapped + code[position + 1 :]


def test_a_scanned_code_is_valid_against_this_databases_key_and_names_the_holder(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    screen.set_services(Services(empty_db))
    assert screen.database_key.isChecked()
    _scan(qtbot, screen, code)
    assert screen.result.look == VALID
    assert screen.result.headline.text() == "Valid"
    shown = screen.result.field_text()
    assert HOLDER in shown
    assert "2–4 March 2026" in shown
    assert screen.result.reason.text().startswith("Signed by ")
    assert decode(code)[0].number in shown
    assert "Key: this database's key" in screen.result.key_note.text()


def test_one_changed_character_makes_it_not_valid(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    screen.set_services(Services(empty_db))
    for position in (len("JPOA1.") + 12, len(code) - 5):  # in the holder's data, in the signature
        _scan(qtbot, screen, _changed_at(code, position))
        assert screen.result.look == INVALID, position
        assert screen.result.headline.text() == "Not valid"


def test_an_altered_holder_is_not_valid_and_the_claim_is_marked_unconfirmed(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    claim, signature = decode(code)
    from dataclasses import replace

    forged = encode(replace(claim, holder="Someone Else"), signature)
    screen.set_services(Services(empty_db))
    _scan(qtbot, screen, forged)
    assert screen.result.look == INVALID
    assert "signature does not match" in screen.result.reason.text()
    assert "not confirmed" in screen.result.caption.text()
    assert "Someone Else" in screen.result.field_text()


def test_text_that_is_no_certificate_code_says_so(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database
) -> None:
    screen.set_services(Services(empty_db))
    _scan(qtbot, screen, "https://example.org/not-a-certificate")
    assert screen.result.look == INVALID
    assert "should start with JP2: or JPOA1." in screen.result.reason.text()
    assert screen.result.field_text() == ""


def test_whitespace_and_line_breaks_in_a_pasted_code_are_dropped(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    screen.set_services(Services(empty_db))
    wrapped = "  " + "\n".join(code[i : i + 40] for i in range(0, len(code), 40)) + " \r\n"
    QApplication.clipboard().setText(wrapped)
    screen.focus_code_box()
    screen.code_box.clear()
    qtbot.keyClick(screen.code_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert screen.code_box.text() == code
    qtbot.keyClick(screen.code_box, Qt.Key.Key_Return)
    assert screen.result.look == VALID


def test_ctrl_v_elsewhere_on_the_screen_pastes_and_checks_at_once(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    screen.set_services(Services(empty_db))
    QApplication.clipboard().setText(code + "\n")
    screen.verify_button.setFocus()
    qtbot.keyClick(screen.verify_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert screen.code_box.text() == code
    assert screen.result.look == VALID


def test_escape_clears_the_code_and_the_answer(
    qtbot: QtBot, screen: VerifyScreen, empty_db: Database, code: str
) -> None:
    screen.set_services(Services(empty_db))
    _scan(qtbot, screen, code)
    qtbot.keyClick(screen.code_box, Qt.Key.Key_Escape)
    assert screen.code_box.text() == ""
    assert screen.result.headline.text() == "Ready"


def test_with_the_exported_key_and_no_database_it_is_valid(
    qtbot: QtBot,
    screen: VerifyScreen,
    empty_db: Database,
    code: str,
    settings: SettingsStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = tmp_path / "issuer.pem"
    screen.set_services(Services(empty_db))
    assert screen.export_key(key)
    assert str(key) in screen.export_status.text()
    screen.set_services(None)  # a ministry's laptop: nothing but the key file
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "ministry"))  # trusting nobody yet
    assert not screen.database_key.isEnabled() and screen.file_key.isChecked()
    _scan(qtbot, screen, code)
    assert screen.result.look == UNCHECKED  # no key chosen yet: nothing is condemned
    assert "Choose the issuer's public key file" in screen.result.reason.text()
    screen.set_key_file(key)  # checks again with the key
    assert screen.result.look == VALID
    assert HOLDER in screen.result.field_text()
    assert "issuer.pem" in screen.key_file_label.text()
    assert SettingsStore.from_file(tmp_path / "settings.ini").verify_public_key == str(key)


def test_another_issuers_key_does_not_vouch_for_the_certificate(
    qtbot: QtBot, screen: VerifyScreen, code: str, tmp_path: Path
) -> None:
    from jpoa_desktop.services.database import open_database

    elsewhere = open_database(str(tmp_path / "other.sqlite"))
    try:
        other_key = tmp_path / "other.pem"
        SigningService(elsewhere.session_scope).export_public_key(other_key)
    finally:
        elsewhere.dispose()
    screen.set_key_file(other_key)
    _scan(qtbot, screen, code)
    assert screen.result.look == INVALID
    assert "another organisation's key" in screen.result.reason.text()


def test_a_garbage_or_missing_key_file_is_said_plainly(
    qtbot: QtBot, screen: VerifyScreen, code: str, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("-----BEGIN NONSENSE-----\nxyz\n", encoding="utf-8")
    screen.set_key_file(garbage)
    _scan(qtbot, screen, code)
    assert screen.result.look == UNCHECKED
    assert screen.result.headline.text() == "Cannot check"
    assert "garbage.pem is not a public key exported by JPoA Desktop" in (
        screen.result.reason.text()
    )
    screen.set_key_file(tmp_path / "gone.pem")
    assert screen.verify().problem is Problem.KEY_MISSING
    assert "not there any more" in screen.result.reason.text()


def test_the_raw_key_bytes_of_a_wrong_type_are_refused_too(
    qtbot: QtBot, screen: VerifyScreen, code: str, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

    pem = (
        generate_private_key(SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    not_ed25519 = tmp_path / "ecdsa.pem"
    not_ed25519.write_bytes(pem)
    screen.set_key_file(not_ed25519)
    assert screen.verify().problem is Problem.EMPTY  # nothing typed yet: the pane waits
    _scan(qtbot, screen, code)
    assert screen.result.look == UNCHECKED
    assert "ecdsa.pem is not a public key" in screen.result.reason.text()


def test_the_main_window_lists_verify_in_the_sidebar_and_ctrl_o_chooses_a_key_there(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.show_screen(window.verify.screen_id)
    assert window.stack.currentWidget() is window.verify
    asked: list[str] = []

    def choose(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("key")
        return str(tmp_path / "issuer.pem"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.activateWindow()
    window.verify.focus_code_box()
    qtbot.waitUntil(lambda: window.verify.code_box.hasFocus())
    qtbot.keyClick(window.verify.code_box, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["key"]  # not File ▸ Open Database
    assert window.verify.key_file_label.text() == "issuer.pem"
