"""The verifier page in a real browser (Debian's `chromium`, headless): the page decodes the code
and checks its Ed25519 signature with the browser's own WebCrypto, as a phone or an office PC
would, with nothing installed. A code signed by the trusted issuer shows valid with the holder's
name; the same code with one character changed does not."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from tests.services.verifier_codes import HOLDER, ISSUER, OLD_HOLDER, altered, issue

from jpoa_desktop.services.handouts.verifier_page import write_verifier_page

RESULT = re.compile(r'<section id="result"([^>]*)>(.*?)</section>', re.DOTALL)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: the CI machine must have it (apt chromium)")
        pytest.skip("chromium is not installed (the CI run installs Debian's chromium)")
    return found


def _result(page: Path, fragment: str, tmp_path: Path) -> tuple[str, str]:
    """(the result's state, its text) once the page has checked `#fragment` on load."""
    dumped = subprocess.run(
        [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
            "--dump-dom", f"{page.as_uri()}#{fragment}",
        ],
        capture_output=True, text=True, encoding="utf-8", timeout=90, check=True,
    ).stdout  # fmt: skip
    [(attributes, body)] = RESULT.findall(dumped)
    state = re.search(r'data-state="([a-z]+)"', attributes)
    assert state is not None, attributes
    return state[1], body


@pytest.fixture
def page_and_codes(tmp_path: Path) -> tuple[Path, list[str]]:
    signed = issue(tmp_path)
    page = write_verifier_page(tmp_path / "verify.html", [signed.issuer]).path
    return page, [signed.compact, signed.old]


@pytest.mark.parametrize("encoded", [False, True], ids=["as-printed", "url-encoded"])
def test_a_signed_code_in_the_address_shows_valid_with_holder_and_issuer(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path, encoded: bool
) -> None:
    page, [compact, _old] = page_and_codes
    state, text = _result(page, quote(compact, safe="") if encoded else compact, tmp_path)
    assert state == "valid", text
    assert HOLDER in text
    assert "2026-0A1B2C3D" in text and "17.5" in text
    assert ISSUER.split("<")[0].strip() in text


def test_the_same_code_with_one_character_changed_is_not_valid(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, [compact, _old] = page_and_codes
    state, text = _result(page, altered(compact), tmp_path)
    assert state == "invalid"
    assert HOLDER not in text and "2026-0A1B2C3D" not in text
    assert "does not match" in text or "damaged" in text


def test_an_old_code_url_encoded_in_the_address_shows_the_cyrillic_holder(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, [_compact, old] = page_and_codes
    every_byte_encoded = "".join(f"%{byte:02X}" for byte in old.encode("ascii"))
    state, text = _result(page, every_byte_encoded, tmp_path)
    assert state == "valid", text
    assert OLD_HOLDER in text and "Пограничный контроль" in text


def test_text_that_is_no_certificate_code_says_so(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, _codes = page_and_codes
    state, text = _result(page, "WIFI:S:hotel;;", tmp_path)
    assert state == "invalid" and "not a certificate code" in text
