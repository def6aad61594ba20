"""Importing participant lists as ministries send them: every encoding, all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

HEADERS = ["Фамилия", "Имя", "Отчество", "Организация", "Должность", "Пол", "Эл. почта", "Телефон"]
RUSSIAN_ROWS = [
    [
        "Иванова",
        "Мария",
        "Петровна",
        "МВД",
        "эксперт",
        "ж",
        "m.ivanova@example.kz",
        "+7 701 111 22 33",
    ],
    [
        "Сидоров",
        "Алексей",
        "Ёжикович",
        "Генеральная прокуратура",
        "прокурор",
        "м",
        "",
        "+996 555 123 456",
    ],
    [
        "Ким",
        "Ольга",
        "",
        "Агентство по делам религий",
        "главный специалист",
        "Ж",
        "o.kim@example.kg",
        "",
    ],
]
NATIONAL_ROWS = [
    ["Әбілқасымова", "Гүлнұр", "Серікқызы", "ҰҚК", "сарапшы", "ж", "g.abilkasymova@example.kz", ""],
    ["Oʻrinboyev", "Gʻayrat", "", "IIV", "inspektor", "m", "", "+998 90 123 45 67"],
    ["Раҳимов", "Ҷамшед", "Ҳасанович", "ВКД", "мутахассис", "м", "", ""],
]


@pytest.fixture
def workshop(empty_db: Database) -> int:
    return WorkshopService(empty_db.session_scope).create(
        WorkshopInput(titles={"ru": "Семинар"}, start=date(2026, 12, 1), end=date(2026, 12, 2))
    )


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return buffer.getvalue()


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _files(tmp_path: Path, rows: list[list[str]], cp1251: bool) -> list[Path]:
    files = [
        tmp_path / "utf8-bom.csv",
        tmp_path / "utf16.txt",
        tmp_path / "semicolon.csv",
    ]
    files[0].write_bytes(_csv_text(rows, ",").encode("utf-8-sig"))
    files[1].write_bytes(_csv_text(rows, "\t").encode("utf-16"))
    files[2].write_bytes(_csv_text(rows, ";").encode("cp1251" if cp1251 else "utf-8"))
    files.append(_xlsx(tmp_path / "list.xlsx", rows))
    return files


def _imported(db: Database, workshop: int, path: Path) -> list[tuple[str, ...]]:
    service = ParticipantImportService(db.session_scope)
    report = service.apply(service.plan(path), workshop)
    assert report.skipped == 0
    people = WorkshopService(db.session_scope).registrations(workshop)
    return sorted((p.name, p.organisation) for p in people)


@pytest.mark.parametrize(("rows", "cp1251"), [(RUSSIAN_ROWS, True), (NATIONAL_ROWS, False)])
def test_every_format_gives_identical_people(
    tmp_path: Path, rows: list[list[str]], cp1251: bool
) -> None:
    from jpoa_desktop.services.database import open_database

    results = []
    for n, path in enumerate(_files(tmp_path, rows, cp1251)):
        db = open_database(str(tmp_path / f"db{n}.sqlite"))
        workshop = WorkshopService(db.session_scope).create(
            WorkshopInput(titles={"ru": "С"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
        )
        results.append(_imported(db, workshop, path))
        db.dispose()
    assert all(result == results[0] for result in results)
    expected = sorted((" ".join(p for p in r[:3] if p), r[3]) for r in rows)
    assert results[0] == expected


def test_one_bad_row_writes_nothing_unless_skipped(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    rows = [*RUSSIAN_ROWS, ["Петров", "Иван", "", "МЧС", "", "м", "ivanov@", ""]]
    path = tmp_path / "bad.csv"
    path.write_text(_csv_text(rows, ";"), encoding="utf-8")
    service = ParticipantImportService(empty_db.session_scope)
    plan = service.plan(path)
    assert [p.message for p in plan.problems] == [
        'row 5, column "Эл. почта": "ivanov@" is not an e-mail address'
    ]
    with pytest.raises(ValidationError, match="1 rows have problems; nothing was imported"):
        service.apply(plan, workshop)
    assert PeopleService(empty_db.session_scope).count() == 0
    report = service.apply(plan, workshop, skip_invalid=True)
    assert (report.added, report.linked, report.skipped) == (3, 0, 1)


def test_a_malformed_file_is_refused_and_writes_nothing(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ValidationError, match=r"list\.xlsx"):
        ParticipantImportService(empty_db.session_scope).plan(fake)
    assert PeopleService(empty_db.session_scope).count() == 0


def test_people_already_in_the_directory_are_linked_not_duplicated(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    people = PeopleService(empty_db.session_scope)
    ivanova = people.add(PersonInput(family_name="Иванова", given_name="Мария", organisation="МВД"))
    people.add(PersonInput(family_name="Сидоров", given_name="Алексей", patronymic="Иванович"))
    people.add(PersonInput(family_name="Ким", given_name="Ольга", email="o.kim@example.kg"))
    path = _xlsx(tmp_path / "list.xlsx", [*RUSSIAN_ROWS, RUSSIAN_ROWS[0]])
    service = ParticipantImportService(empty_db.session_scope)
    report = service.apply(service.plan(path), workshop)
    assert (report.added, report.linked) == (
        1,
        3,
    )  # a different Sidorov: same names, other patronymic
    assert people.count() == 4
    registered = WorkshopService(empty_db.session_scope).registrations(workshop)
    assert len(registered) == 3
    assert ivanova in [r.person_id for r in registered]


def test_a_person_deleted_after_the_preview_is_not_replaced_by_a_newcomer(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    """SQLite hands a deleted row's id to the next insert (a server's sequence never does): the
    link must not follow the id."""
    people = PeopleService(empty_db.session_scope)
    people.add(PersonInput(family_name="Ким", given_name="Ольга", email="o.kim@example.kg"))
    path = _xlsx(tmp_path / "list.xlsx", RUSSIAN_ROWS)
    service = ParticipantImportService(empty_db.session_scope)
    plan = service.plan(path)
    kim = next(r.match_id for r in plan.rows if r.person.family_name == "Ким")
    assert kim is not None
    people.delete(kim)
    newcomer = people.add(PersonInput(family_name="Петрова", given_name="Анна"))
    assert (newcomer == kim) == (empty_db.path is not None)
    with pytest.raises(ValidationError, match="deleted meanwhile"):
        service.apply(plan, workshop)
    assert WorkshopService(empty_db.session_scope).registrations(workshop) == []
    assert people.count() == 1


def test_full_names_are_split_only_when_asked(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    path = tmp_path / "fio.csv"
    path.write_text("ФИО;Организация\nАсанова Үмүт Бакытовна;ГКНБ\n", encoding="utf-8")
    service = ParticipantImportService(empty_db.session_scope)
    with pytest.raises(ValidationError, match="one column"):
        service.plan(path)
    plan = service.plan(path, split_full_names=True)
    (row,) = plan.rows
    assert (row.person.family_name, row.person.given_name, row.person.patronymic) == (
        "Асанова",
        "Үмүт",
        "Бакытовна",
    )


def test_a_cancelled_import_writes_nothing(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path / "list.xlsx", RUSSIAN_ROWS)
    service = ParticipantImportService(empty_db.session_scope)
    with pytest.raises(Cancelled):
        service.apply(service.plan(path), workshop, cancelled=lambda: True)
    assert PeopleService(empty_db.session_scope).count() == 0
