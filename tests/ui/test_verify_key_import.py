"""The Verify screen's signing-key import: a second laptop with a copy of the database issues
certificates only after importing the key file, and they verify against the issuer's key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificate_codes import (
    compact_claim,
    encode_compact,
    signed_bytes,
)
from jpoa_desktop.services.handouts.signing import SigningService
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.key_import import import_key_file
from jpoa_desktop.ui.verify.result_pane import VALID
from jpoa_desktop.ui.verify.screen import VerifyScreen


def test_a_copied_database_signs_after_its_key_file_is_imported_on_the_verify_screen(
    qtbot: QtBot,
    tasks: TaskRunner,
    settings: SettingsStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "office"))
    office = open_database(str(tmp_path / "office.sqlite"))
    try:
        SigningService(office.session_scope).export_private_key(tmp_path / "key.pem", None)
    finally:
        office.dispose()
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "laptop"))
    shutil.copy(tmp_path / "office.sqlite", tmp_path / "laptop.sqlite")
    laptop = open_database(str(tmp_path / "laptop.sqlite"))
    screen = VerifyScreen(tasks, "en", settings)
    qtbot.addWidget(screen)
    try:
        screen.set_services(Services(laptop))
        signer = SigningService(laptop.session_scope)
        with pytest.raises(ValidationError, match="Import the key file"):
            signer.sign(b"before the import")
        said = import_key_file(screen, Services(laptop).signing, tmp_path / "key.pem")
        assert said is not None and "now signed on this computer" in said
        claim = compact_claim("2026-00C0FFEE", "Kim Olga", "2026-12-01/2026-12-01", "6")
        code = encode_compact(claim, SigningService(laptop.session_scope).sign(signed_bytes(claim)))
        screen.code_box.setText(code)
        screen.verify()
        assert screen.result.look == VALID
        assert screen.result.reason.text().startswith("Signed by ")
    finally:
        laptop.dispose()
