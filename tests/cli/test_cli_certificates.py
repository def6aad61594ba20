"""`jpoa certificate …`: verifying touches nothing, trusted issuers are named, and a copied
database issues only after the key file is imported."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY = date(2026, 12, 1)


def _issued(folder: Path) -> tuple[int, str]:
    """A one-day workshop in `folder`/w.sqlite, and the code of its one certificate."""
    folder.mkdir()
    db = open_database(str(folder / "w.sqlite"))
    try:
        workshops = WorkshopService(db.session_scope)
        workshop = workshops.create(
            WorkshopInput(titles={"en": "Border security"}, start=DAY, end=DAY, city="Osh")
        )
        person = PeopleService(db.session_scope).add(PersonInput("Ким", "Ольга"))
        badge = workshops.register(workshop, person, status="confirmed")
        AttendanceService(db.session_scope).mark(
            workshop, badge, DAY, now=datetime(2026, 12, 1, 9, tzinfo=UTC)
        )
        data, _excluded = CertificateService(db.session_scope).data(workshop, ("en",))
    finally:
        db.dispose()
    return workshop, data.certificates[0].code


def test_verify_creates_no_database_and_no_key_and_names_the_trusted_issuer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "issuer-config"))
    _workshop, code = _issued(tmp_path / "office")
    assert jpoa("certificate", "export-key", "../osce.pem", cwd=tmp_path / "office").returncode == 0
    config = tmp_path / "verifier-config"
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(config))
    desk = tmp_path / "desk"
    desk.mkdir()
    unknown = jpoa("certificate", "verify", code, cwd=desk)
    assert unknown.returncode == 1 and "no trusted issuer" in unknown.stdout
    with_file = jpoa("certificate", "verify", code, "--public-key", "../osce.pem", cwd=desk)
    assert with_file.returncode == 0 and with_file.stdout.startswith("valid: No. 2026-")
    assert not (desk / "w.sqlite").exists() and not config.exists()  # no side effects
    trusted = jpoa("certificate", "trust", "../osce.pem", "--name", "OSCE  Office", cwd=desk)
    assert trusted.returncode == 0 and "OSCE Office" in trusted.stdout
    assert [i["name"] for i in as_json(jpoa("certificate", "issuers", "--json", cwd=desk))] == [
        "OSCE Office"
    ]
    verdict = as_json(jpoa("certificate", "verify", code, "--json", cwd=desk))
    assert verdict["valid"] is True and verdict["issuer"]["name"] == "OSCE Office"
    assert verdict["certificate"]["holder"] == "Kim Olga"
    tampered = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    assert jpoa("certificate", "verify", tampered, cwd=desk).returncode == 1
    assert not (desk / "w.sqlite").exists() and not (config / "keys").exists()


def test_a_copied_database_refuses_to_issue_until_the_key_file_is_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "issuer-config"))
    workshop, _code = _issued(tmp_path / "office")
    monkeypatch.setenv("JPOA_KEY_PASSPHRASE", "steppe wind")
    exported = jpoa("certificate", "export-signing-key", "../key.pem", cwd=tmp_path / "office")
    assert exported.returncode == 0
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "key.pem").read_bytes()
    monkeypatch.delenv("JPOA_KEY_PASSPHRASE")
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    shutil.copy(tmp_path / "office" / "w.sqlite", laptop / "w.sqlite")
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "laptop-config"))
    print_them = ("handout", "certificates", "--workshop", str(workshop), "--lang", "en",
                  "--out", "c.pdf")  # fmt: skip
    refused = jpoa(*print_them, cwd=laptop)
    assert refused.returncode == 2 and "jpoa certificate import-key FILE" in refused.stderr
    assert not (laptop / "c.pdf").exists()
    stolen = jpoa("certificate", "export-signing-key", "stolen.pem", cwd=laptop)
    assert stolen.returncode == 2 and not (laptop / "stolen.pem").exists()
    no_passphrase = jpoa("certificate", "import-key", "../key.pem", cwd=laptop)
    assert no_passphrase.returncode == 2 and "JPOA_KEY_PASSPHRASE" in no_passphrase.stderr
    monkeypatch.setenv("JPOA_KEY_PASSPHRASE", "steppe wind")
    assert jpoa("certificate", "import-key", "../key.pem", cwd=laptop).returncode == 0
    assert jpoa(*print_them, cwd=laptop).returncode == 0
    assert (laptop / "c.pdf").is_file()
