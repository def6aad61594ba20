"""The signing key lives in the user's key file, not in the database: a copied database cannot
issue a certificate that verifies, and a second laptop signs only after importing the key file."""

from __future__ import annotations

import shutil
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.handouts.certificate_codes import (
    compact_claim,
    encode_compact,
    signed_bytes,
    verify,
)
from jpoa_desktop.services.handouts.certificates import CertificateService, verify_code
from jpoa_desktop.services.handouts.key_files import KeyFolder, read_public
from jpoa_desktop.services.handouts.signing import SigningService, b64
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAYS = [date(2026, 3, 2), date(2026, 3, 3)]


def raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _workshop(db: Database) -> int:
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Border management"}, start=DAYS[0], end=DAYS[-1])
    )
    person = PeopleService(db.session_scope).add(PersonInput("Ҷӯраев", "Фарҳод"))
    code = workshops.register(workshop, person, status="confirmed")
    for day in DAYS:
        AttendanceService(db.session_scope).mark(
            workshop, code, day, now=datetime(2026, 3, 2, 9, tzinfo=UTC)
        )
    return workshop


def _use_config(monkeypatch: pytest.MonkeyPatch, folder: Path) -> KeyFolder:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(folder))
    return KeyFolder()


def test_the_private_key_is_in_an_owner_only_key_file_and_the_database_keeps_only_the_public_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _use_config(monkeypatch, tmp_path / "config")
    db = open_database(str(tmp_path / "issuer.sqlite"))
    try:
        workshop = _workshop(db)
        code = CertificateService(db.session_scope).data(workshop, ("en",))[0].certificates[0].code
        issuer = SigningService(db.session_scope).issuer()
    finally:
        db.dispose()
    assert issuer is not None
    key_file = folder.private_path(issuer.key)
    assert key_file.is_file() and b"PRIVATE KEY" in key_file.read_bytes()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    with open_database(str(tmp_path / "issuer.sqlite")).engine.connect() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(signing_key)")}
    assert "private_key" not in columns and {"public_key", "issuer"} <= columns
    verdict = verify_code(code)  # the issuer's own key is a trusted issuer on this computer
    assert verdict.valid and verdict.issuer is not None and verdict.issuer.own


def test_a_database_copied_to_another_folder_and_user_cannot_produce_a_certificate_that_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_config(monkeypatch, tmp_path / "issuer-config")
    original = tmp_path / "office" / "jpoa.sqlite"
    original.parent.mkdir()
    db = open_database(str(original))
    try:
        workshop = _workshop(db)
        CertificateService(db.session_scope).data(workshop, ("en",))  # the key is made
        public = tmp_path / "issuer.pem"
        SigningService(db.session_scope).export_public_key(public)
    finally:
        db.dispose()
    # Someone takes a copy of the database to another computer (another, empty config folder).
    thief = _use_config(monkeypatch, tmp_path / "thief-config")
    copy = tmp_path / "elsewhere" / "jpoa.sqlite"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    stolen = open_database(str(copy))
    try:
        with pytest.raises(ValidationError) as refused:
            CertificateService(stolen.session_scope).data(workshop, ("en",))
        assert "Import the key file" in str(refused.value)
        assert "jpoa certificate import-key" in str(refused.value)
        signer = SigningService(stolen.session_scope)
        with pytest.raises(ValidationError):
            signer.sign(b"anything")
        with pytest.raises(ValidationError):
            signer.export_private_key(tmp_path / "stolen-key.pem", None)
        assert not (tmp_path / "stolen-key.pem").exists()
        assert not thief.keys.exists()  # no key was made for the copy either
    finally:
        stolen.dispose()
    # Whatever is in the copied file, nothing in it signs for the issuer's public key.
    forged = compact_claim("2026-DEADBEEF", "Forger", "2026-03-02/2026-03-03", "16")
    secret = raw_private(KeyFolder(tmp_path / "issuer-config").load_private(
        read_public(tmp_path / "issuer.pem").key, None))  # fmt: skip
    for blob in (p.read_bytes() for p in copy.parent.iterdir()):
        assert secret not in blob and b64(secret).encode() not in blob
    issuers = [read_public(public)]
    assert not verify(encode_compact(forged, bytes(64)), issuers).valid


def test_a_second_laptop_signs_after_importing_the_key_file_and_its_certificates_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_config(monkeypatch, tmp_path / "first")
    db = open_database(str(tmp_path / "a.sqlite"))
    try:
        workshop = _workshop(db)
        CertificateService(db.session_scope).data(workshop, ("en",))
        exported = tmp_path / "signing-key.pem"
        SigningService(db.session_scope).export_private_key(exported, b"correct horse")
        public = tmp_path / "public.pem"
        SigningService(db.session_scope).export_public_key(public)
    finally:
        db.dispose()
    assert b"ENCRYPTED PRIVATE KEY" in exported.read_bytes()
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    _use_config(monkeypatch, tmp_path / "second")
    shutil.copy(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    copy = open_database(str(tmp_path / "b.sqlite"))
    try:
        signer = SigningService(copy.session_scope)
        with pytest.raises(ValidationError) as no_passphrase:
            signer.import_private_key(exported, None)
        assert "protected by a passphrase" in str(no_passphrase.value)
        with pytest.raises(ValidationError) as wrong:
            signer.import_private_key(exported, b"wrong")
        assert "passphrase does not open" in str(wrong.value)
        signer.import_private_key(exported, b"correct horse")
        unlocked = SigningService(copy.session_scope, passphrase=b"correct horse")
        service = CertificateService(copy.session_scope, unlocked)
        code = service.data(workshop, ("en",))[0].certificates[0].code
    finally:
        copy.dispose()
    assert verify_code(code, public).valid


def test_another_issuers_key_file_is_refused_by_a_database_that_already_signs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_config(monkeypatch, tmp_path / "config")
    first = open_database(str(tmp_path / "first.sqlite"))
    second = open_database(str(tmp_path / "second.sqlite"))
    try:
        SigningService(first.session_scope).private_key()
        other = tmp_path / "other.pem"
        SigningService(second.session_scope).export_private_key(other, None)
        with pytest.raises(ValidationError) as refused:
            SigningService(first.session_scope).import_private_key(other, None)
        assert "another issuer's key" in str(refused.value)
    finally:
        first.dispose()
        second.dispose()


def test_a_trusted_issuer_is_named_when_its_certificate_verifies_and_others_are_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_config(monkeypatch, tmp_path / "issuer")
    db = open_database(str(tmp_path / "issuer.sqlite"))
    try:
        claim = compact_claim("2026-0000ABCD", "Ivanova Aigerim", "2026-03-02/2026-03-03", "12")
        signer = SigningService(db.session_scope)
        code = encode_compact(claim, signer.sign(signed_bytes(claim), "OSCE Programme Office"))
        signer.export_public_key(tmp_path / "osce.pem")
    finally:
        db.dispose()
    verifier = _use_config(monkeypatch, tmp_path / "ministry")
    assert not verify_code(code).valid  # nobody trusted yet
    verifier.trust(read_public(tmp_path / "osce.pem"))
    verdict = verify_code(code)
    assert verdict.valid and verdict.issuer is not None
    assert verdict.issuer.name == "OSCE Programme Office" and not verdict.issuer.own
    assert [i.name for i in verifier.issuers()] == ["OSCE Programme Office"]
