"""Upgrading a database whose signing key sat in the table: the key moves to the user's key file
and leaves no trace in the database file, its write-ahead log, or the backups beside it."""

from __future__ import annotations

import base64
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.hazmat.primitives.serialization import PublicFormat as Public
from sqlalchemy import text

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.engine import make_engine, to_url
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificate_codes import encode, verify
from jpoa_desktop.services.handouts.certificates import verify_code
from jpoa_desktop.services.handouts.key_files import KeyFolder
from jpoa_desktop.services.handouts.signing import SigningService


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _database_before_0008(
    path: Path, keepers: list[sqlite3.Connection] | None = None
) -> Ed25519PrivateKey:
    """A database at 0007 whose certificates key is in `signing_key.private_key`, as the app
    wrote it until now. With `keepers`, another program keeps the file open (appended to the
    list), so the write-ahead log that carried the key stays on disk."""
    key = Ed25519PrivateKey.generate()
    engine = make_engine(to_url(str(path)))
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007_deadline_words")
    if keepers is not None:
        keeper = sqlite3.connect(path)
        keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # now it holds the file
        keepers.append(keeper)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO signing_key (purpose, private_key, public_key, uuid, created_at, "
                "updated_at) VALUES ('certificates', :private, :public, 'k-1', "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {
                "private": _b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
                "public": _b64(key.public_key().public_bytes(Encoding.Raw, Public.Raw)),
            },
        )
    engine.dispose()
    return key


def _traces(key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw, _b64(raw).encode("ascii")


def test_upgrading_moves_the_key_to_an_owner_only_file_and_leaves_no_trace_in_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "jpoa.sqlite"
    keepers: list[sqlite3.Connection] = []
    key = _database_before_0008(path, keepers)
    raw, encoded = _traces(key)
    assert encoded in Path(f"{path}-wal").read_bytes()  # today's leak, in the log
    db = open_database(str(path))
    try:
        keepers.pop().close()
        files = [p for p in tmp_path.rglob("jpoa*") if p.is_file()]  # the backup in backups/
        assert db.backup_path is not None and db.backup_path in files
        for file in files:  # the database, its -wal and -shm while open, the backup
            content = file.read_bytes()
            assert raw not in content and encoded not in content, file.name
        issuer = SigningService(db.session_scope).issuer()
    finally:
        db.dispose()
    for file in [*tmp_path.iterdir(), *(tmp_path / "backups").iterdir()]:
        if file.is_file():
            assert raw not in file.read_bytes() and encoded not in file.read_bytes(), file.name
    folder = KeyFolder(tmp_path / "config")
    assert issuer is not None
    key_file = folder.private_path(key.public_key())
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    loaded = folder.load_private(issuer.key, None)
    assert _traces(loaded) == (raw, encoded)  # the same key: printed certificates still verify


def test_certificates_printed_before_the_upgrade_still_verify_and_new_ones_use_the_same_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "jpoa.sqlite"
    key = _database_before_0008(path)
    from jpoa_desktop.services.handouts.certificate_codes import Claim

    claim = Claim("2026-0A0B0C0D", "Ҷӯраев Фарҳод", "Juraev Farhod", "Border management",
                  "2026-03-02/2026-03-06", "Bishkek", "32")  # fmt: skip
    printed = encode(claim, key.sign(claim.payload()))  # a JPOA1 code on paper already
    db = open_database(str(path))
    try:
        signer = SigningService(db.session_scope)
        assert signer.sign(b"x") == key.sign(b"x")
    finally:
        db.dispose()
    verdict = verify_code(printed)  # the moved key is trusted on this computer
    assert verdict.valid and verdict.claim == claim
    assert verify(printed, key.public_key()).valid


def test_a_key_folder_that_cannot_be_written_refuses_the_upgrade_and_keeps_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the config folder should be")
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(blocker))
    path = tmp_path / "jpoa.sqlite"
    key = _database_before_0008(path)
    from jpoa_desktop.errors import DatabaseRefused

    with pytest.raises(DatabaseRefused) as refused:
        open_database(str(path))
    assert "could not be moved" in str(refused.value)
    engine = make_engine(to_url(str(path)))
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT private_key FROM signing_key")).scalar_one()
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    assert revision == "0007_deadline_words"
    assert stored == _traces(key)[1].decode()  # nothing lost: the next try can move it
