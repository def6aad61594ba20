"""The register of issued certificates: a preview does not issue, a save does; a reprint keeps
the first day and moves the last; the register exports to XLSX; one PDF per person for e-mail."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from tests.evaluation_rows import classroom

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificate_register import CertificateRegister
from jpoa_desktop.services.handouts.certificate_rules import AwardRule, CertificateRuleService
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.services.workshops.workshops import WorkshopService

# Present 2, 2, 1, 2, 2 days of two: the third (Ким Ольга) gets no certificate.
PRESENT = (2, 2, 1, 2, 2)


@pytest.fixture
def room(empty_db: Database) -> tuple[Database, int]:
    return empty_db, classroom(empty_db, present_days=PRESENT).workshop_id


def test_a_preview_issues_nothing_and_a_save_issues_each_certificate(room, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop = room
    handouts = HandoutService(db.session_scope)
    request = HandoutRequest("certificates", workshop, "en")
    handouts.build(request, tmp_path / "preview.pdf")
    register = CertificateRegister(db.session_scope)
    assert register.register() == []

    handouts.save(request, tmp_path / "certificates.pdf")
    lines = register.register(workshop)
    assert len(lines) == 4
    numbers = {line.number for line in lines}
    printed = {
        c.number
        for c in CertificateService(db.session_scope).data(workshop, ("en",))[0].certificates
    }
    assert numbers == printed
    assert {line.holder for line in lines} == {
        "Ҷӯраев Фарҳод", "Öwezowa Maýsa", "Қасымов Ерлан", "Toshmatova Dilnoza"
    }  # fmt: skip
    assert all(line.workshop_title == "Border management" for line in lines)
    assert all(line.wording == "participation" for line in lines)
    assert all(line.issued_on == line.last_printed_on == date.today() for line in lines)


def test_a_reprint_keeps_the_first_issue_and_moves_the_last_printing(room) -> None:  # type: ignore[no-untyped-def]
    db, workshop = room
    data, _left_out = CertificateService(db.session_scope).data(workshop, ("en",))
    register = CertificateRegister(db.session_scope)
    assert register.record(workshop, data, today=date(2026, 3, 3)) == 4
    CertificateRuleService(db.session_scope).set_rule(
        workshop, AwardRule(0.5, None, "participation")
    )
    more, _left_out = CertificateService(db.session_scope).data(workshop, ("en",))
    assert register.record(workshop, more, today=date(2026, 4, 1)) == 1  # Ким now qualifies
    lines = {line.holder: line for line in register.register()}
    assert len(lines) == 5
    assert lines["Ҷӯраев Фарҳод"].issued_on == date(2026, 3, 3)
    assert lines["Ҷӯраев Фарҳод"].last_printed_on == date(2026, 4, 1)
    assert lines["Ким Ольга"].issued_on == date(2026, 4, 1)


def test_the_register_outlives_the_workshop_and_exports_to_xlsx(room, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop = room
    HandoutService(db.session_scope).save(
        HandoutRequest("certificates", workshop, "ru"), tmp_path / "c.pdf"
    )
    WorkshopService(db.session_scope).delete(workshop)
    register = CertificateRegister(db.session_scope)
    lines = register.register()
    assert len(lines) == 4 and all(line.workshop_id is None for line in lines)
    assert all(line.workshop_title == "Управление границами" for line in lines)

    out = tmp_path / "register.xlsx"
    assert register.export_register(out) == 4
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Number", "Holder", "Workshop", "Wording", "Issued on", "Last printed on")
    assert sorted(r[0] for r in rows[1:]) == sorted(line.number for line in lines)
    assert rows[1][2] == "Управление границами"
    assert rows[1][4].date() == date.today()  # a date cell, not text
    assert all(
        isinstance(cell, str) and not cell.startswith("=") for r in rows[1:] for cell in r[:4]
    )


def test_one_pdf_per_person_named_by_number_and_latin_name(room, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop = room
    CertificateRuleService(db.session_scope).set_rule(
        workshop, AwardRule(0.5, None, "participation")
    )
    folder = tmp_path / "to e-mail"
    files = HandoutService(db.session_scope).save_each(
        HandoutRequest("certificates", workshop, "ru", "en"), folder
    )
    assert len(files) == 5
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in files)
    names = " | ".join(sorted(p.name for p in files))
    for latin in ("Juraev Farhod", "Owezowa Maysa", "Kim Olga", "Toshmatova Dilnoza"):
        assert latin in names
    for path in files:
        assert path.name.isascii() and path.suffix == ".pdf"
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        number = path.name.split(" ")[0]
        assert number in reader.pages[0].extract_text()
    assert len(CertificateRegister(db.session_scope).register(workshop)) == 5
