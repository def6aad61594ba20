"""Participant exports carry the kind of organisation, languages and consents, in the export's
language, after the columns earlier exports had; and an export still reads back in, with the
languages and consents it carried and the organisation in its own column."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.people.participant_export import ParticipantExportService
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

PEOPLE = [
    PersonInput(
        "Әбілқасымова", "Гүлнұр", sex="female", organisation="ҰҚК",
        organisation_kind="law_enforcement", languages=("kk", "ru"), consent_data=True,
        consent_photos=False, consent_date=date(2026, 11, 15),
    ),
    PersonInput(
        "Oʻrinboyev", "Gʻayrat", sex="male", country="UZ", organisation="Oliy Majlis",
        organisation_kind="parliament", languages=("uz",), consent_data=True,
        consent_photos=True, consent_date=date(2026, 10, 1),
    ),
    PersonInput("Öwezow", "Döwlet", sex="male", country="TM"),  # no organisation, no consent
]  # fmt: skip
NEW_EN = ["Organisation kind", "Languages", "Consent to personal data", "Consent to photos",
          "Consent date"]  # fmt: skip
NEW_RU = ["Вид организации", "Языки", "Согласие на обработку данных", "Согласие на фото",
          "Дата согласия"]  # fmt: skip


@pytest.fixture
def workshop(empty_db: Database) -> int:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Courts"}, start=date(2026, 12, 1), end=date(2026, 12, 2))
    )
    people = PeopleService(empty_db.session_scope)
    for person in PEOPLE:
        workshops.register(workshop, people.add(person))
    return workshop


def _xlsx(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_directory_says_kind_languages_and_consents_in_english(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "people.xlsx"
    ParticipantExportService(empty_db.session_scope).export(target)
    header, *rows = _xlsx(target)
    assert header[11:] == [*NEW_EN, "Workshops"]  # after the eleven earlier columns
    by_family = {row[0]: row[11:16] for row in rows}
    assert by_family["Әбілқасымова"] == ["Law enforcement", "kk, ru", "yes", "no", "15.11.2026"]
    assert by_family["Oʻrinboyev"] == ["Parliament", "uz", "yes", "yes", "01.10.2026"]
    assert by_family["Öwezow"] == ["", "", "no", "no", ""]


def test_a_workshop_export_in_russian_says_them_in_russian_before_the_days(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "courts.csv"
    ParticipantExportService(empty_db.session_scope).export(target, workshop, lang="ru")
    header, *rows = _csv(target)
    assert header[13:] == ["Код бейджа", *NEW_RU, "01.12.2026", "02.12.2026"]
    by_family = {row[0]: row[14:19] for row in rows}
    assert by_family["Әбілқасымова"] == [
        "Правоохранительные органы", "kk, ru", "да", "нет", "15.11.2026",
    ]  # fmt: skip
    assert by_family["Oʻrinboyev"][0] == "Парламент"


def _imported(path: Path) -> dict[str, tuple[object, ...]]:
    """family name → (organisation, languages, consent data, photos, date) as stored."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT p.family_name, o.name, p.languages, p.consent_data, p.consent_photos,"
            " p.consent_date FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id"
        ).fetchall()
    finally:
        conn.close()
    return {r[0]: (r[1], json.loads(r[2]), bool(r[3]), bool(r[4]), r[5]) for r in rows}


@pytest.mark.parametrize(("name", "lang"), [("people.xlsx", "en"), ("people.csv", "ru")])
def test_an_export_reads_back_with_its_languages_and_consents(
    empty_db: Database, workshop: int, tmp_path: Path, name: str, lang: str
) -> None:
    target = tmp_path / name
    ParticipantExportService(empty_db.session_scope).export(target, lang=lang)
    other_path = tmp_path / "other.sqlite"
    other = open_database(str(other_path))
    try:
        new_workshop = WorkshopService(other.session_scope).create(
            WorkshopInput(titles={"en": "Next"}, start=date(2027, 1, 1), end=date(2027, 1, 1))
        )
        service = ParticipantImportService(other.session_scope)
        plan = service.plan(target)
        assert service.apply(plan, new_workshop).added == 3
    finally:
        other.dispose()
    assert _imported(other_path) == {
        "Әбілқасымова": ("ҰҚК", ["kk", "ru"], True, False, "2026-11-15"),
        "Oʻrinboyev": ("Oliy Majlis", ["uz"], True, True, "2026-10-01"),
        "Öwezow": (None, [], False, False, None),
    }
