"""`jpoa workshop`, `jpoa people` and `jpoa attendance` as a user runs them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService


@pytest.fixture
def workshop_with_people(tmp_path: Path) -> tuple[int, dict[str, str]]:
    db = open_database(str(tmp_path / "w.sqlite"))
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"en": "Border security", "ru": "Безопасность границ"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 2),
            city="Bishkek",
            country="KG",
        )
    )
    people = PeopleService(db.session_scope)
    codes = {}
    for family, given in [("Юсупов", "Тимур"), ("Асанова", "Үмүт"), ("Oʻrinboyev", "Gʻayrat")]:
        person = people.add(PersonInput(family_name=family, given_name=given, organisation="МВД"))
        codes[family] = workshops.register(workshop, person)
    db.dispose()
    return workshop, codes


def test_workshop_list_and_show(
    tmp_path: Path, workshop_with_people: tuple[int, dict[str, str]]
) -> None:
    workshop, _codes = workshop_with_people
    (listed,) = as_json(jpoa("workshop", "list", "--json", "--lang", "ru", cwd=tmp_path))
    assert listed["id"] == workshop and listed["title"] == "Безопасность границ"
    assert listed["participants"] == 3
    shown = as_json(jpoa("workshop", "show", str(workshop), "--json", cwd=tmp_path))
    assert {"id", "title", "start", "end", "city", "country", "participants", "agenda"} <= set(
        shown
    )
    assert [d["day"] for d in shown["agenda"]] == ["2026-12-01", "2026-12-02"]
    missing = jpoa("workshop", "show", "999", cwd=tmp_path)
    assert missing.returncode == 2 and "no workshop with id 999" in missing.stderr


def test_people_search_across_scripts(
    tmp_path: Path, workshop_with_people: tuple[int, dict[str, str]]
) -> None:
    for query in ["Юсупов", "Yusupov", "Iusupov", "yusupov"]:
        (found,) = as_json(jpoa("people", "search", query, "--json", cwd=tmp_path))
        assert found["family_name"] == "Юсупов" and found["latin"] == "Iusupov Timur"
        assert set(found) == {"id", "family_name", "given_name", "latin", "organisation"}
    (uzbek,) = as_json(jpoa("people", "search", "O'rinboyev", "--json", cwd=tmp_path))
    assert uzbek["family_name"] == "Oʻrinboyev"


def test_attendance_mark_twice_then_list(
    tmp_path: Path, workshop_with_people: tuple[int, dict[str, str]]
) -> None:
    workshop, codes = workshop_with_people
    args = ["attendance", "mark", "--workshop", str(workshop), "--code", codes["Асанова"]]
    first = jpoa(*args, "--day", "2026-12-01", cwd=tmp_path)
    assert first.returncode == 0 and "Асанова Үмүт, МВД: checked in at" in first.stdout
    second = jpoa(*args, "--day", "2026-12-01", cwd=tmp_path)
    assert "already checked in at" in second.stdout
    marks = as_json(jpoa("attendance", "list", "--workshop", str(workshop), "--json", cwd=tmp_path))
    by_code = {m["code"]: m["days"] for m in marks}
    assert by_code[codes["Асанова"]] == ["2026-12-01"]
    assert by_code[codes["Юсупов"]] == []
    wrong = jpoa(
        "attendance",
        "mark",
        "--workshop",
        str(workshop),
        "--code",
        "NOPE42",
        "--day",
        "2026-12-01",
        cwd=tmp_path,
    )
    assert wrong.returncode == 2 and "NOPE42" in wrong.stderr
    bad_day = jpoa(*args, "--day", "1.12.2026", cwd=tmp_path)
    assert bad_day.returncode == 2 and "not a date" in bad_day.stderr


def test_duplicates_merge_and_unmerge(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    people = PeopleService(db.session_scope)
    first = people.add(PersonInput(family_name="Юсупов", given_name="Тимур"))
    second = people.add(PersonInput(family_name="Yusupov", given_name="Timur"))
    db.dispose()
    pairs = as_json(jpoa("people", "duplicates", "--json", cwd=tmp_path))
    assert [(p["first"], p["second"]) for p in pairs] == [(first, second)]
    merged = as_json(jpoa("people", "merge", str(first), str(second), "--json", cwd=tmp_path))
    assert len(as_json(jpoa("people", "search", "Yusupov", "--json", cwd=tmp_path))) == 1
    undone = as_json(jpoa("people", "unmerge", str(merged["merge"]), "--json", cwd=tmp_path))
    assert undone["restored"] == second
    assert len(as_json(jpoa("people", "search", "Yusupov", "--json", cwd=tmp_path))) == 2
