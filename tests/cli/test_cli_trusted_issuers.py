"""`jpoa certificate trust` and `issuers` share the Verify screen's trusted-issuer code: what one
adds, renames or removes the other sees; a private key or a hostile file is never kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.key_files import KeyFolder
from jpoa_desktop.services.handouts.signing import SigningService

ISSUER = "Агентство по противодействию терроризму"


def _keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An issuer's exported public and private key files; then a verifier's empty key folder."""
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "issuer-config"))
    db = open_database(str(tmp_path / "issuer.sqlite"))
    try:
        signer = SigningService(db.session_scope)
        signer.sign(b"first certificate", ISSUER)
        signer.export_public_key(tmp_path / "public.pem")
        signer.export_private_key(tmp_path / "signing.pem", None)
    finally:
        db.dispose()
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "verifier-config"))
    (tmp_path / "desk").mkdir()
    return tmp_path / "public.pem", tmp_path / "signing.pem"


def test_a_blank_name_keeps_the_issuer_name_written_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    public, _private = _keys(tmp_path, monkeypatch)
    desk = tmp_path / "desk"
    trusted = jpoa("certificate", "trust", str(public), "--name", "   ", cwd=desk)
    assert trusted.returncode == 0 and f"trusted: {ISSUER} (" in trusted.stdout
    listed = as_json(jpoa("certificate", "issuers", "--json", cwd=desk))
    assert [issuer["name"] for issuer in listed] == [ISSUER]


def test_a_private_key_given_to_trust_is_refused_and_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _public, private = _keys(tmp_path, monkeypatch)
    refused = jpoa("certificate", "trust", str(private), cwd=tmp_path / "desk")
    assert refused.returncode != 0
    assert "signing.pem is a private signing key, not a public key" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "verifier-config").exists()


def test_a_rename_or_removal_in_the_app_is_what_the_command_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    public, _private = _keys(tmp_path, monkeypatch)
    desk = tmp_path / "desk"
    assert jpoa("certificate", "trust", str(public), cwd=desk).returncode == 0
    folder = KeyFolder()  # what the Trusted issuers dialog writes through
    [issuer] = folder.issuers()
    assert issuer.added is not None and not issuer.own
    renamed = folder.rename(issuer.fingerprint.lower(), "ATC  of Tajikistan\n")
    assert renamed.name == "ATC of Tajikistan" and renamed.added == issuer.added
    listed = as_json(jpoa("certificate", "issuers", "--json", cwd=desk))
    assert listed == [
        {"name": "ATC of Tajikistan", "fingerprint": issuer.fingerprint, "own": False}
    ]
    folder.forget(issuer.fingerprint)
    assert as_json(jpoa("certificate", "issuers", "--json", cwd=desk)) == []


def test_a_name_in_a_file_cannot_hide_behind_direction_marks_or_run_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    public, _private = _keys(tmp_path, monkeypatch)
    pem = public.read_text(encoding="utf-8").split("\n", 1)[1]
    forged = tmp_path / "forged.pem"
    spoof = "Ministry\u202e of Defence\x07" + "!" * 5000
    forged.write_text(f"Issuer: {spoof}\n{pem}", encoding="utf-8")
    issuer = KeyFolder().trust_file(forged)
    assert issuer.name.startswith("Ministry of Defence!")
    assert "\u202e" not in issuer.name and "\x07" not in issuer.name
    assert len(issuer.name) == 200
    huge = tmp_path / "report.pem"
    huge.write_bytes(pem.encode() + b"\n" + b"x" * 200_000)
    refused = jpoa("certificate", "trust", str(huge), cwd=tmp_path / "desk")
    assert refused.returncode != 0 and "is not a public key" in refused.stderr


def test_an_unknown_or_malformed_fingerprint_is_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "verifier-config"))
    folder = KeyFolder()
    with pytest.raises(ValidationError, match=r"No trusted issuer has the key \.\./\.\./x"):
        folder.forget("../../x")
    with pytest.raises(ValidationError, match="No trusted issuer has the key 0000 0000"):
        folder.rename("0000 0000 0000 0000", "Someone")
    assert not (tmp_path / "verifier-config").exists()


def test_an_issuer_is_renamed_and_distrusted_from_the_command_line_but_our_own_key_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    public, _private = _keys(tmp_path, monkeypatch)
    desk = tmp_path / "desk"
    assert jpoa("certificate", "trust", str(public), cwd=desk).returncode == 0
    [issuer] = as_json(jpoa("certificate", "issuers", "--json", cwd=desk))
    fingerprint = str(issuer["fingerprint"])

    renamed = jpoa("certificate", "rename-issuer", fingerprint, "ГКНБ  КР", cwd=desk)
    assert renamed.returncode == 0 and "renamed: ГКНБ КР (" in renamed.stdout
    assert [i.name for i in KeyFolder().issuers()] == ["ГКНБ КР"]  # what the dialog shows

    gone = jpoa("certificate", "distrust", fingerprint, cwd=desk)
    assert gone.returncode == 0 and "no longer trusted: ГКНБ КР (" in gone.stdout
    assert as_json(jpoa("certificate", "issuers", "--json", cwd=desk)) == []
    again = jpoa("certificate", "distrust", fingerprint, cwd=desk)
    assert again.returncode == 2 and len(again.stderr.strip().splitlines()) == 1

    # The issuing computer's own key is trusted by it and cannot be dropped by mistake.
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "issuer-config"))
    [own] = [i for i in as_json(jpoa("certificate", "issuers", "--json", cwd=desk)) if i["own"]]
    kept = jpoa("certificate", "distrust", str(own["fingerprint"]), cwd=desk)
    assert kept.returncode == 2 and "this computer's own key" in kept.stderr
    assert any(i.own for i in KeyFolder().issuers())
