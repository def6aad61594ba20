"""Exports open in Excel: UTF-8 with BOM CSV and XLSX, attendance per day, and read back in."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.people.participant_export import ParticipantExportService
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

PEOPLE = [
    PersonInput("Әбілқасымова", "Гүлнұр", "Серікқызы", sex="female", organisation="ҰҚК"),
    PersonInput("Oʻrinboyev", "Gʻayrat", sex="male", country="UZ", email="g.o@example.uz"),
    PersonInput("Öwezow", "Döwlet", sex="male", country="TM"),
]


@pytest.fixture
def workshop(empty_db: Database) -> int:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Courts"}, start=date(2026, 12, 1), end=date(2026, 12, 2))
    )
    people = PeopleService(empty_db.session_scope)
    codes = [workshops.register(workshop, people.add(p)) for p in PEOPLE]
    AttendanceService(empty_db.session_scope).mark(workshop, codes[1], date(2026, 12, 2))
    return workshop


def test_a_workshop_exports_to_csv_with_a_bom_and_attendance_by_day(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "courts.csv"
    rows = ParticipantExportService(empty_db.session_scope).export(target, workshop, lang="ru")
    assert rows == 3
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["Фамилия", "Имя", "Отчество"]
    assert table[0][-2:] == ["01.12.2026", "02.12.2026"]
    by_family = {row[0]: row for row in table[1:]}
    assert by_family["Oʻrinboyev"][-2:] == ["", "+"]
    assert by_family["Oʻrinboyev"][12] == "присутствовал"
    assert by_family["Әбілқасымова"][1:3] == ["Гүлнұр", "Серікқызы"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".courts")]  # no temp file


def test_the_directory_exports_to_xlsx(empty_db: Database, workshop: int, tmp_path: Path) -> None:
    target = tmp_path / "people.xlsx"
    ParticipantExportService(empty_db.session_scope).export(target)
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "Family name" and values[0][-1] == "Workshops"
    assert sorted(row[0] for row in values[1:]) == sorted(p.family_name for p in PEOPLE)
    assert all(row[-1] == 1 for row in values[1:])


def test_an_exported_list_imports_back_into_another_database(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "people.csv"
    ParticipantExportService(empty_db.session_scope).export(target)
    other = open_database(str(tmp_path / "other.sqlite"))
    new_workshop = WorkshopService(other.session_scope).create(
        WorkshopInput(titles={"en": "Next"}, start=date(2027, 1, 1), end=date(2027, 1, 1))
    )
    service = ParticipantImportService(other.session_scope)
    report = service.apply(service.plan(target), new_workshop)
    assert report.added == 3
    names = sorted(r.name for r in WorkshopService(other.session_scope).registrations(new_workshop))
    assert names == sorted(
        " ".join(n for n in (p.family_name, p.given_name, p.patronymic) if n) for p in PEOPLE
    )
    other.dispose()


def test_export_refuses_other_formats_and_missing_folders(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    service = ParticipantExportService(empty_db.session_scope)
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        service.export(tmp_path / "list.pdf", workshop)
    with pytest.raises(ValidationError, match="does not exist"):
        service.export(tmp_path / "nowhere" / "list.csv", workshop)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cancelled_export_keeps_the_previous_file_and_leaves_no_temporary(
    empty_db: Database, workshop: int, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"people{suffix}"
    target.write_bytes(b"yesterday's list")
    reports: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        ParticipantExportService(empty_db.session_scope).export(
            target, progress=lambda d, t: reports.append((d, t)), cancelled=lambda: True
        )
    assert target.read_bytes() == b"yesterday's list"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".people")]
    assert reports == []


def test_an_export_reports_progress_to_the_end(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    reports: list[tuple[int, int]] = []
    ParticipantExportService(empty_db.session_scope).export(
        tmp_path / "people.csv", progress=lambda d, t: reports.append((d, t))
    )
    assert reports[0] == (0, 3) and reports[-1] == (3, 3)
