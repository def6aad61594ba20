"""The verifier page's generator: the trusted issuers' keys and names are in the page, no issuer's
name can break out of the page's data, and the page asks nothing of the network."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.services.verifier_codes import issue, page_config

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.handouts.key_files import Issuer, raw_public
from jpoa_desktop.services.handouts.verifier_page import (
    PLACEHOLDER,
    page_html,
    page_issuers,
    write_verifier_page,
)


def _issuer(name: str) -> Issuer:
    return Issuer(name, Ed25519PrivateKey.generate().public_key())


def test_the_page_holds_each_trusted_issuers_key_name_and_fingerprint(tmp_path: Path) -> None:
    signed = issue(tmp_path)
    other = _issuer("Министерство внутренних дел")
    page = write_verifier_page(
        tmp_path / "verify.html", [signed.issuer, other], "ru", date(2026, 12, 6)
    )
    html = page.path.read_text(encoding="utf-8")
    assert PLACEHOLDER not in html
    config = page_config(html)
    assert config["lang"] == "ru" and config["made"] == "2026-12-06"
    assert config["issuers"] == [
        {"name": i.name, "fingerprint": i.fingerprint, "key": raw_public(i.key).hex()}
        for i in (signed.issuer, other)
    ]
    assert "Министерство внутренних дел" in html  # readable in the file, not \u-escaped


def test_an_issuer_name_cannot_close_the_script_or_open_a_comment() -> None:
    hostile = "</script><script>alert(1)</script><!-- & </SCRIPT>"
    html = page_html([_issuer(hostile)])
    assert "alert(1)</script>" not in html and "<!-- &" not in html
    assert html.lower().count("</script>") == 2  # the data block's own end and the code's
    [entry] = page_config(html)["issuers"]
    assert entry["name"] == hostile


def test_the_page_refers_to_nothing_outside_itself() -> None:
    html = page_html([_issuer("ATC")])
    assert "://" not in html and "@import" not in html and "url(" not in html
    assert "<link" not in html.lower()
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.IGNORECASE)
    tags = re.findall(r"<[a-zA-Z][^<>]*>", html)
    assert len(tags) > 20 and not [
        tag for tag in tags if re.search(r"\s(src|href|action|srcset|poster|data)\s*=", tag)
    ]
    assert not re.search(r"<(img|iframe|object|embed|audio|video|source)\b", html, re.I)
    assert not re.search(r"\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b", html)
    assert not re.search(r"\bimport\s*\(", html)
    # and the page forbids itself any load, in case a browser extension adds one
    assert "default-src 'none'" in html


def test_own_key_comes_first_and_each_key_is_trusted_once() -> None:
    own, trusted = _issuer("Our office"), _issuer("Partner")
    same_as_own = Issuer("Our office, as trusted", own.key, own=True)
    assert page_issuers([trusted, same_as_own], own) == [own, trusted]
    assert page_issuers([trusted]) == [trusted]


def test_no_issuer_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no trusted issuer and no signing key"):
        write_verifier_page(tmp_path / "verify.html", [])
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_another_language_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist") as missing:
        write_verifier_page(tmp_path / "no such folder" / "verify.html", [_issuer("ATC")])
    with pytest.raises(ValidationError, match="English or Russian") as language:
        write_verifier_page(tmp_path / "verify.html", [_issuer("ATC")], "kk")
    assert "\n" not in str(missing.value) + str(language.value)
    assert list(tmp_path.iterdir()) == []
