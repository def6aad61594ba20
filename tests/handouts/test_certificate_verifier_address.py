"""Certificates printed for the office's verifier page: the QR code carries the page's address
with the code after `#`, reads back from a 150 dpi scan, and whatever reads codes (the service,
`jpoa certificate verify`) takes the whole address as the code; a bad address is refused."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
import zxingcpp
from pypdf import PdfReader
from tests.cli.runner import jpoa
from tests.evaluation_rows import classroom
from tests.handouts.test_certificate_qr_scan import _scan
from tests.handouts.test_certificate_qr_scan import workshop as workshop  # a fixture

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.handouts.certificate_codes import (
    ADDRESS_LIMIT,
    code_candidates,
    in_address,
    verifier_address,
)
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.handouts.request import HandoutRequest

ADDRESS = "https://office.example.org/certificates/verify.html"


def _read(pdf: Path) -> list[zxingcpp.Barcode]:
    return list(zxingcpp.read_barcodes(_scan(pdf, 150, blur=1.0)))


def test_a_certificate_printed_for_the_verifier_page_scans_to_the_address_and_verifies(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    request = HandoutRequest("certificates", workshop, "ru", "en", verify_url=ADDRESS)
    HandoutService(empty_db.session_scope).save(request, out)
    found = _read(out)
    assert len(found) == 1, "the QR code did not read from a soft 150 dpi scan"
    scanned = found[0].text
    assert scanned.startswith(ADDRESS + "#JP2:")
    assert int(cast(dict[str, str], found[0].extra)["Version"]) <= 9
    service = CertificateService(empty_db.session_scope)
    verdict = service.verify(scanned)
    assert verdict.valid and verdict.claim is not None
    assert verdict.claim.holder == "Abdurakhmonova Mekhrangez"
    bare = service.data(workshop, ("ru",))[0].certificates[0].code
    assert code_candidates(scanned)[0] == bare  # the same signed code, after the address
    assert "Абдурахмонова" in PdfReader(out).pages[0].extract_text()
    # The command, which trusts this computer's own key, takes the whole address too.
    checked = jpoa("certificate", "verify", scanned, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Abdurakhmonova Mekhrangez" in checked.stdout
    altered = scanned[:-3] + ("A" if scanned[-3] != "A" else "B") + scanned[-2:]
    assert jpoa("certificate", "verify", altered, cwd=tmp_path).returncode == 1


def test_without_an_address_the_qr_code_carries_the_bare_code(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "bare.pdf"
    HandoutService(empty_db.session_scope).build(HandoutRequest("certificates", workshop), out)
    (found,) = _read(out)
    assert found.text.startswith("JP2:")
    assert int(cast(dict[str, str], found.extra)["Version"]) <= 6


def test_a_percent_in_a_code_travels_encoded_and_reads_back_either_way() -> None:
    code = "JP2:AB%4A12"
    url = in_address(ADDRESS, code)
    assert url == ADDRESS + "#JP2:AB%254A12"
    assert code_candidates(url) == [code, "JP2:AB%254A12"]
    assert code_candidates(code) == [code]  # a bare code is never URL-decoded
    assert code_candidates(f" {ADDRESS}#JP2:AB\n") == ["JP2:AB"]
    assert in_address("", code) == code


@pytest.mark.parametrize(
    "address",
    [
        "http://office.example.org/verify.html",
        "https://office.example.org/verify.html#code",
        "office.example.org/verify.html",
        "https://",
        "https://office.example.org/my verify.html",
        "https://пример.рф/verify.html",
        "https://office.example.org/" + "v" * 120,
    ],
)
def test_an_address_that_is_not_https_or_holds_a_hash_is_refused(
    empty_db: Database, workshop: int, address: str, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="verifier page"):
        verifier_address(address)
    out = tmp_path / "refused.pdf"
    request = HandoutRequest("certificates", workshop, verify_url=address)
    with pytest.raises(ValidationError):
        HandoutService(empty_db.session_scope).save(request, out)
    assert not out.exists()


def test_an_empty_address_means_bare_codes() -> None:
    assert verifier_address("  ") == ""
    assert verifier_address(f" {ADDRESS} ") == ADDRESS


def test_the_command_prints_for_the_verifier_page_and_refuses_a_bad_address(
    tmp_path: Path,
) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        workshop = str(classroom(db).workshop_id)
    finally:
        db.dispose()
    print_ = ("handout", "certificates", "--workshop", workshop, "--out", "c.pdf", "--lang", "en")
    refused = jpoa(*print_, "--verify-url", "http://office.example.org/verify.html", cwd=tmp_path)
    assert refused.returncode == 2
    assert "verifier page" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "c.pdf").exists()
    printed = jpoa(*print_, "--verify-url", ADDRESS, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    (found,) = _read(tmp_path / "c.pdf")
    assert found.text.startswith(ADDRESS + "#JP2:")
    checked = jpoa("certificate", "verify", found.text, "--json", cwd=tmp_path)
    assert checked.returncode == 0 and '"valid": true' in checked.stdout


def test_the_longest_address_allowed_still_reads_from_a_150_dpi_scan(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    longest = "https://office.example.org/" + "v" * (ADDRESS_LIMIT - 27)
    assert verifier_address(longest) == longest and len(longest) == ADDRESS_LIMIT
    out = tmp_path / "long.pdf"
    request = HandoutRequest("certificates", workshop, "ru", "en", verify_url=longest)
    HandoutService(empty_db.session_scope).build(request, out)
    (found,) = _read(out)
    assert found.text.startswith(longest + "#JP2:")
    assert CertificateService(empty_db.session_scope).verify(found.text).valid
