"""`jpoa certificate verifier-page`: the page trusts whom `jpoa certificate verify` trusts, opens no
database, and a refusal exits 2 with one line and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa
from tests.services.verifier_codes import ISSUER, issue, page_config

from jpoa_desktop.services.handouts.key_files import raw_public


def test_the_page_holds_the_keys_verify_trusts_and_no_database_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = issue(tmp_path)
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "config"))
    desk = tmp_path / "desk"
    desk.mkdir()
    assert jpoa("certificate", "verify", signed.compact, cwd=desk).returncode == 0
    written = as_json(
        jpoa("certificate", "verifier-page", "--out", "verify.html", "--lang", "ru", "--json",
             cwd=desk)
    )  # fmt: skip
    assert written == {
        "file": "verify.html",
        "issuers": [{"name": ISSUER, "fingerprint": signed.issuer.fingerprint, "own": True}],
    }
    config = page_config((desk / "verify.html").read_text(encoding="utf-8"))
    assert config["lang"] == "ru"
    assert config["issuers"] == [
        {
            "name": ISSUER,
            "fingerprint": signed.issuer.fingerprint,
            "key": raw_public(signed.issuer.key).hex(),
        }
    ]
    assert sorted(p.name for p in desk.iterdir()) == ["verify.html"]  # no w.sqlite made


def test_text_output_names_the_file_and_each_trusted_issuer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed = issue(tmp_path)
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "config"))
    done = jpoa("certificate", "verifier-page", "--out", "v.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "v.html",
        f"  trusts {ISSUER} ({signed.issuer.fingerprint})",
    ]


def test_with_no_trusted_issuer_it_exits_2_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "empty-config"))
    refused = jpoa("certificate", "verifier-page", "--out", "verify.html", cwd=tmp_path)
    assert refused.returncode == 2
    assert "no trusted issuer and no signing key" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing/verify.html", "a-file/verify.html"])
def test_a_folder_that_cannot_take_the_page_exits_2_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    issue(tmp_path)
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "config"))
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a-file").write_text("not a folder", encoding="utf-8")
    refused = jpoa("certificate", "verifier-page", "--out", where, cwd=desk)
    assert refused.returncode == 2
    [line] = refused.stderr.strip().splitlines()
    assert "does not exist" in line or "is a file, not a folder" in line
    assert sorted(p.name for p in desk.iterdir()) == ["a-file"]
