"""Importing lists as they arrive: observers from outside Central Asia are accepted, a titled
list imports whole, and a refused file writes nothing."""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.tables.table_limits import TableLimits
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

openpyxl: Any = importlib.import_module("openpyxl")


@pytest.fixture
def workshop(empty_db: Database) -> int:
    return WorkshopService(empty_db.session_scope).create(
        WorkshopInput(titles={"ru": "Семинар"}, start=date(2026, 12, 1), end=date(2026, 12, 2))
    )


def test_participants_from_any_country_are_accepted_by_name_or_code(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    countries = {
        "Китай": "CN", "CN": "CN", "Germany": "DE", "de": "DE", "Российская Федерация": "RU",
        "Казахстан": "KZ", "United Kingdom": "GB", "UK": "GB", "Турция": "TR", "США": "US",
    }  # fmt: skip
    lines = ["Фамилия;Имя;Страна"]
    lines += [f"Наблюдатель{n};Имя;{name}" for n, name in enumerate(countries)]
    lines.append("Неизвестный;Имя;Атлантида")
    path = tmp_path / "observers.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    service = ParticipantImportService(empty_db.session_scope)
    plan = service.plan(path)
    assert [p.person.country for p in plan.rows] == list(countries.values())
    assert [p.message for p in plan.problems] == [
        'row 12, column "Страна": "Атлантида" is not a country.'
    ]
    report = service.apply(plan, workshop, skip_invalid=True)
    assert report.added == len(countries)


def test_a_list_with_a_title_totals_and_signature_imports_every_person_and_nothing_else(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["Список участников регионального семинара"],
        [],
        ["№", "Фамилия", "Имя", "Организация"],
        [1, "Иванов", "Иван", "МВД"],
        [2, "Петрова", "Анна", "МИД"],
        [],
        ["", "Итого: 2 человека"],
        ["", "Исп.: Сейтказиева Г."],
    ):
        sheet.append(row)
    book.save(tmp_path / "titled.xlsx")
    service = ParticipantImportService(empty_db.session_scope)
    plan = service.plan(tmp_path / "titled.xlsx")
    assert plan.problems == ()
    assert [p.row for p in plan.rows] == [4, 5]
    assert plan.table is not None and plan.table.footer_rows == (7, 8)
    assert service.apply(plan, workshop).added == 2


def test_a_refused_file_writes_nothing(empty_db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя"])
    for n in range(50):
        sheet.append([f"Иванов{n}", "Иван"])
    sheet["ZZ60"] = "x"
    book.save(tmp_path / "wide.xlsx")
    service = ParticipantImportService(empty_db.session_scope)
    with pytest.raises(ValidationError, match="more than 100 columns"):
        service.plan(tmp_path / "wide.xlsx", limits=TableLimits(max_columns=100))
    assert PeopleService(empty_db.session_scope).count() == 0
