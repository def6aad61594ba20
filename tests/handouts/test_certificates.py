"""Certificates: the attendance rule, the PDF in two languages, and offline verification."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.handouts.certificate_codes import decode
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.handouts.signing import SigningService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAYS = [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6)]
MORNING = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def workshop(empty_db: Database) -> int:
    """Five days; Ҷӯраев came every day, Öwezowa on four, Ким on two."""
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Управление границами", "en": "Border management"},
                      start=DAYS[0], end=DAYS[-1], city="Bishkek")
    )  # fmt: skip
    people = PeopleService(empty_db.session_scope)
    door = AttendanceService(empty_db.session_scope)
    for person, days in (
        (PersonInput("Ҷӯраев", "Фарҳод"), DAYS),
        (PersonInput("Öwezowa", "Maýsa"), DAYS[:4]),
        (PersonInput("Ким", "Ольга"), DAYS[:2]),
    ):
        code = workshops.register(workshop, people.add(person), status="confirmed")
        for day in days:
            door.mark(workshop, code, day, now=MORNING)
    return workshop


def test_only_people_who_met_the_rule_get_one_and_the_others_are_listed_with_why(
    empty_db: Database, workshop: int
) -> None:
    holders, excluded = CertificateService(empty_db.session_scope).eligible(workshop, 0.8)
    assert sorted(name for _id, name, _latin, _uuid in holders) == [
        "Öwezowa Maýsa",
        "Ҷӯраев Фарҳод",
    ]
    (left_out,) = excluded
    assert left_out.name == "Ким Ольга"
    assert left_out.reason == "present on 2 of 5 days (40%); the rule asks for 80%"


def test_the_certificates_print_in_two_languages_with_the_latin_name_in_english(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    HandoutService(empty_db.session_scope).write(
        "certificates", workshop, out, "ru", "en", min_share=0.8
    )
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == 2
    first = next(page for page in pages if "Ҷӯраев Фарҳод" in page)
    assert "Сертификат участника" in first and "Certificate of participation" in first
    assert "Juraev Farhod" in first  # the English column spells the name in Latin letters
    assert "2–6 марта 2026 г." in first and "2–6 March 2026" in first
    assert not any("Ким" in page for page in pages)


def test_an_untampered_code_verifies_and_a_changed_character_does_not(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    service = CertificateService(empty_db.session_scope)
    data, _excluded = service.data(workshop, ("ru",))
    code = data.certificates[0].code
    assert service.verify(code).valid
    claim, _signature = decode(code)
    assert claim.holder in ("Juraev Farhod", "Öwezowa Maýsa")  # Latin letters keep it small
    # One character changed anywhere: in the payload (holder data) or in the signature.
    payload_at = len("JP2:") + 10
    for position in (payload_at, len(code) - 5):
        swapped = "A" if code[position] != "A" else "B"
        tampered = code[:position] + swapped + code[position + 1 :]
        verdict = service.verify(tampered)
        assert not verdict.valid, position
    assert not service.verify("not a certificate").valid


def test_verification_needs_only_the_exported_public_key(
    empty_db: Database, workshop: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = CertificateService(empty_db.session_scope)
    code = service.data(workshop, ("en",))[0].certificates[0].code
    key = tmp_path / "issuer.pem"
    SigningService(empty_db.session_scope).export_public_key(key)
    monkeypatch.setenv("JPOA_CONFIG_DIR", str(tmp_path / "verifier-config"))  # another machine
    elsewhere = open_database(str(tmp_path / "verifier.sqlite"))  # with no data
    try:
        assert CertificateService(elsewhere.session_scope).verify(code, key).valid
        # Its own (different) key does not vouch for another issuer's certificates.
        assert not CertificateService(elsewhere.session_scope).verify(code).valid
    finally:
        elsewhere.dispose()


def test_with_no_one_meeting_the_rule_nothing_is_written_and_the_reason_is_given(
    empty_db: Database, tmp_path: Path
) -> None:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Семинар"}, start=date(2026, 5, 4), end=date(2026, 5, 5))
    )
    service = HandoutService(empty_db.session_scope)
    out = tmp_path / "certificates.pdf"
    for kind in ("certificates", "badges", "table-tents"):
        with pytest.raises(ValidationError) as raised:
            service.write(kind, workshop, out, "ru")
        assert "No one" in str(raised.value)
        assert not out.exists()
        assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]
