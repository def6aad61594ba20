"""Verify → Save verifier page…: the page trusts what the screen trusts with a database open
(this database's key and the trusted issuers), and a page that would trust nobody is refused with
a message and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.services.verifier_codes import page_config

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.key_files import KeyFolder
from jpoa_desktop.services.handouts.signing import SigningService
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.screen import VerifyScreen


def _page_issuers(page: Path) -> tuple[str, list[str]]:
    config = page_config(page.read_text(encoding="utf-8"))
    return config["lang"], [issuer["name"] for issuer in config["issuers"]]


def test_the_page_trusts_this_databases_key_and_the_trusted_issuers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tasks: TaskRunner,
    settings: SettingsStore,
) -> None:  # fmt: skip
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "office"))
    partner = open_database(str(tmp_path / "partner.sqlite"))
    try:
        SigningService(partner.session_scope).sign(b"first", "Partner agency")
    finally:
        partner.dispose()
    office_db = open_database(str(tmp_path / "office.sqlite"))
    # The office's database was copied here without its key file: its key is not among the
    # trusted issuers, yet the screen (and so the page) trusts it.
    SigningService(office_db.session_scope, KeyFolder(tmp_path / "elsewhere")).sign(b"x", "ATC")
    screen = VerifyScreen(tasks, "ru", settings)
    qtbot.addWidget(screen)
    try:
        screen.set_services(Services(office_db))
        target = tmp_path / "out" / "verify.html"
        target.parent.mkdir()
        assert screen.verifier_page_button.save(target)
        assert _page_issuers(target) == ("ru", ["ATC", "Partner agency"])
        assert "trusting 2 issuer" in screen.export_status.text()  # "issuers" once translated
        assert str(target) in screen.export_status.text()
    finally:
        office_db.dispose()


def test_with_nobody_to_trust_it_says_so_and_writes_nothing(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, tmp_path: Path
) -> None:
    screen = VerifyScreen(tasks, "en", settings)
    qtbot.addWidget(screen)
    screen.set_services(None)
    assert not screen.verifier_page_button.save(tmp_path / "verify.html")
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("no trusted issuer and no signing key" in box.text() for box in boxes)
    assert not list(tmp_path.glob("*verify*")) and not list(tmp_path.glob(".*"))
    for box in boxes:
        box.close()
