"""The Verify screen's trusted issuers: a ministry trainer adds another organisation's public key
in the app, sees its certificates verified under that name, renames and removes it, and a wrong
file (a private key above all) is refused without being stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificate_codes import (
    compact_claim,
    encode_compact,
    signed_bytes,
)
from jpoa_desktop.services.handouts.signing import SigningService
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.result_pane import INVALID, UNCHECKED, VALID
from jpoa_desktop.ui.verify.screen import VerifyScreen
from jpoa_desktop.ui.verify.trusted_issuers import TrustedIssuersDialog

ISSUER = "Ministry of Internal Affairs"


def _issue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, issuer: str = ISSUER, where: str = "issuer"
) -> tuple[str, Path, Path]:
    """Another organisation's certificate code and its exported public and private key files,
    made on its own computer (its own key folder); this computer's key folder is then set."""
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / f"{where}-config"))
    db = open_database(str(tmp_path / f"{where}.sqlite"))
    public, private = tmp_path / f"{where}-public.pem", tmp_path / f"{where}-signing.pem"
    try:
        signer = SigningService(db.session_scope)
        claim = compact_claim("2026-00C0FFEE", "Kim Olga", "2026-12-01/2026-12-01", "6")
        code = encode_compact(claim, signer.sign(signed_bytes(claim), issuer))
        signer.export_public_key(public)
        signer.export_private_key(private, None)
    finally:
        db.dispose()
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "verifier-config"))
    return code, public, private


def _answer_next_dialog(qtbot: QtBot, answer: Callable[[QInputDialog | QMessageBox], None]) -> None:
    """Answer the modal dialog that is about to open, as the user would."""

    def respond() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, QInputDialog | QMessageBox):
            QTimer.singleShot(20, respond)
            return
        answer(shown)

    QTimer.singleShot(0, respond)


def _cell(dialog: TrustedIssuersDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


@pytest.fixture
def screen(qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore) -> VerifyScreen:
    shown = VerifyScreen(tasks, "en", settings)
    qtbot.addWidget(shown)
    shown.resize(900, 640)
    shown.show()
    return shown


def test_an_issuer_added_in_the_dialog_is_named_renamed_and_removed_in_the_next_check(
    qtbot: QtBot, screen: VerifyScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, public, _private = _issue(tmp_path, monkeypatch)
    screen.code_box.setText(code)
    screen.verify()  # no database, no key file, nobody trusted yet: nothing is condemned
    assert screen.result.look == UNCHECKED
    assert "Trusted issuers (Ctrl+T)" in screen.result.reason.text()
    assert screen.result.key_note.text() == "Key: the trusted issuers"
    assert screen.key_file_label.text() == "(none: trusted issuers)"

    qtbot.keyClick(screen.code_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.findChild(TrustedIssuersDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.empty_note.isVisible() and not dialog.table.isVisible()
    prefilled: list[str] = []

    def type_a_shorter_name(shown: QInputDialog | QMessageBox) -> None:
        assert isinstance(shown, QInputDialog)
        prefilled.append(shown.textValue())
        shown.setTextValue("MIA Kyrgyzstan")
        shown.accept()

    _answer_next_dialog(qtbot, type_a_shorter_name)
    added = dialog.ask_name_and_add(public)
    assert prefilled == [ISSUER]  # the file's Issuer line, offered to edit
    assert added is not None and added.name == "MIA Kyrgyzstan"
    assert _cell(dialog, 0, 0) == "MIA Kyrgyzstan"
    assert _cell(dialog, 0, 1) == added.fingerprint
    assert _cell(dialog, 0, 2) != ""  # when it was added
    # The answer on the screen changed at once: the same code, now verified and named.
    assert screen.result.look == VALID
    assert screen.result.reason.text() == "Signed by MIA Kyrgyzstan and not changed since."

    dialog.table.selectRow(0)
    assert dialog.rename(added, "  Interior   Ministry (KG) ") is not None
    assert _cell(dialog, 0, 0) == "Interior Ministry (KG)"
    assert "Signed by Interior Ministry (KG)" in screen.result.reason.text()

    asked: list[str] = []

    def say_yes(shown: QInputDialog | QMessageBox) -> None:
        assert isinstance(shown, QMessageBox)
        asked.append(shown.text())
        shown.button(QMessageBox.StandardButton.Yes).click()

    _answer_next_dialog(qtbot, say_yes)
    dialog.ask_and_remove()
    assert len(asked) == 1 and "Interior Ministry (KG)" in asked[0]  # asked once, by name
    assert dialog.issuers() == [] and dialog.empty_note.isVisible()
    assert screen.result.look == UNCHECKED  # nobody trusted any more: no longer valid
    assert screen.result.reason.text().startswith("No issuer is trusted on this computer")
    assert not list((tmp_path / "verifier-config" / "trusted-issuers").glob("*.pem"))


def test_a_private_key_or_any_other_file_is_refused_in_one_line_and_nothing_is_stored(
    qtbot: QtBot, screen: VerifyScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _code, _public, private = _issue(tmp_path, monkeypatch)
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleagues, please find our key attached.", encoding="utf-8")
    dialog = screen.open_trusted_issuers()
    assert dialog.add(private, "Ministry") is None
    said = dialog.status.text()
    assert said.startswith("issuer-signing.pem is a private signing key, not a public key")
    assert "\n" not in said
    assert dialog.add(letter, "") is None
    assert dialog.status.text() == "letter.txt is not a public key exported by JPoA Desktop."
    assert dialog.issuers() == []
    assert not (tmp_path / "verifier-config" / "trusted-issuers").exists()


def test_this_computers_own_key_is_marked_and_cannot_be_removed(
    qtbot: QtBot, screen: VerifyScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _issue(tmp_path, monkeypatch)
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "issuer-config"))  # the issuer's own PC
    dialog = screen.open_trusted_issuers()
    assert [issuer.name for issuer in dialog.issuers()] == [ISSUER]
    assert _cell(dialog, 0, 3) == "This computer's own key"
    dialog.table.selectRow(0)
    assert dialog.rename_button.isEnabled() and not dialog.remove_button.isEnabled()
    dialog.ask_and_remove()  # Delete on its row: nothing happens, nothing is asked
    assert len(dialog.issuers()) == 1
    dialog.grab().save(str(tmp_path / "own.png"))


def test_checking_a_code_on_a_database_without_a_key_makes_no_key(
    qtbot: QtBot, screen: VerifyScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _public, _private = _issue(tmp_path, monkeypatch)
    db = open_database(str(tmp_path / "ministry-desk.sqlite"))
    try:
        screen.set_services(Services(db))
        screen.code_box.setText(code)
        assert not screen.verify().valid
        assert SigningService(db.session_scope).issuer() is None  # no key in the database
    finally:
        db.dispose()
    assert not (tmp_path / "verifier-config").exists()  # no key file, no folder


def test_a_certificate_from_an_issuer_not_in_the_list_is_not_valid_and_says_so(
    qtbot: QtBot, screen: VerifyScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _code, public, _private = _issue(tmp_path, monkeypatch)
    stranger, _other_public, _other_private = _issue(tmp_path, monkeypatch, "Unknown", "other")
    dialog = screen.open_trusted_issuers()
    assert dialog.add(public, "") is not None  # blank name: the file's own
    assert [issuer.name for issuer in dialog.issuers()] == [ISSUER]
    assert dialog.status.text().startswith("Certificates signed by")
    assert dialog.add(public, "MVD") is not None  # the same key again: one row, new name
    assert [issuer.name for issuer in dialog.issuers()] == ["MVD"]
    assert dialog.status.text().endswith("was already trusted; the name is updated.")
    screen.code_box.setText(stranger)
    screen.verify()
    assert screen.result.look == INVALID
    assert screen.result.reason.text().startswith(
        "The signature does not match any issuer this computer trusts"
    )


def test_in_the_main_window_ctrl_t_on_verify_opens_the_list_and_add_asks_for_the_file(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, public, _private = _issue(tmp_path, monkeypatch)
    window.show_screen(window.verify.screen_id)
    window.activateWindow()
    window.verify.focus_code_box()
    qtbot.waitUntil(lambda: window.verify.code_box.hasFocus())
    qtbot.keyClick(window.verify.code_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.verify.findChild(TrustedIssuersDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Trusted issuers"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(public), ""))
    _answer_next_dialog(qtbot, lambda shown: shown.accept())  # the file's name, as offered
    dialog.add_button.click()
    assert [issuer.name for issuer in dialog.issuers()] == [ISSUER]
    dialog.close()
    window.verify.code_box.setText(code)
    window.verify.verify()
    assert window.verify.result.reason.text() == f"Signed by {ISSUER} and not changed since."
