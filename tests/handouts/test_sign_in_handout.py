"""Sign-in sheets: a sheet a day, everyone listed once with room to sign, headers on every page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

START, END = date(2026, 12, 1), date(2026, 12, 2)


def _workshop(db: Database, people: list[PersonInput]) -> tuple[int, list[str]]:
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Prison radicalisation", "ru": "Радикализация в тюрьмах"},
                      start=START, end=END, venue="Hyatt", city="Ashgabat")
    )  # fmt: skip
    directory = PeopleService(db.session_scope)
    codes = [workshops.register(workshop, directory.add(p)) for p in people]
    return workshop, codes


def _pages(path: Path) -> list[str]:
    """Each page's text with line breaks kept (row numbers sit on lines of their own)."""
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_each_day_gets_a_sheet_with_everyone_and_blank_rows_for_walk_ins(
    empty_db: Database, tmp_path: Path
) -> None:
    people = [
        PersonInput("Әбілқасымова", "Гүлнұр", organisation="ҰҚК"),
        PersonInput("Oʻrinboyev", "Gʻayrat", organisation="IIV"),
        PersonInput("Öwezowa", "Maýsa", organisation="Daşary işler ministrligi"),
    ]
    workshop, _codes = _workshop(empty_db, people)
    dropped = PeopleService(empty_db.session_scope).add(PersonInput("Отменов", "Пётр"))
    WorkshopService(empty_db.session_scope).register(workshop, dropped, status="cancelled")
    out = tmp_path / "sign-in.pdf"
    HandoutService(empty_db.session_scope).write("sign-in", workshop, out, "ru", "en")
    pages = _pages(out)
    assert len(pages) == 2  # one sheet a day
    for page, day in zip(
        pages, ("День 1 — 1 декабря 2026 г.", "День 2 — 2 декабря 2026 г."), strict=True
    ):
        assert "Лист регистрации участников / Sign-in sheet" in page
        assert day in page and "Подпись / Signature" in _flat(page)
        for person in people:
            assert f"{person.family_name} {person.given_name}" in page
            assert person.organisation in _flat(page)
        assert "Abilkasymova Gulnur" in page  # the Latin spelling under a Cyrillic name
        assert "Отменов" not in page  # cancelled: not expected at the door
        assert "\n13" in page and "\n14" not in page  # 3 people and 10 blank rows


def test_the_headings_repeat_on_every_page_of_a_long_list(
    empty_db: Database, tmp_path: Path
) -> None:
    people = [
        PersonInput(p.family_name, p.given_name, p.patronymic, organisation=p.organisation.name)
        for p in generate_people(45, seed=5)
    ]
    workshop, _codes = _workshop(empty_db, people)
    out = tmp_path / "sign-in-uz.pdf"
    HandoutService(empty_db.session_scope).write("sign-in", workshop, out, "uz", day=END)
    pages = _pages(out)
    assert len(pages) >= 2
    for page in pages:
        assert "Ishtirokchilarni roʻyxatga olish varaqasi" in page
        assert "Familiyasi, ismi, otasining ismi" in _flat(page) and "Imzo" in page
        assert "2-kun — 2-dekabr, 2026" in page
    assert pages[-1].count("Sahifa") == 1


def test_a_day_outside_the_workshop_is_refused(empty_db: Database, tmp_path: Path) -> None:
    workshop, _codes = _workshop(empty_db, [PersonInput("Ким", "Ольга")])
    with pytest.raises(ValidationError, match="not one of the workshop's days"):
        HandoutService(empty_db.session_scope).write(
            "sign-in", workshop, tmp_path / "x.pdf", "ru", day=date(2026, 12, 9)
        )
    assert not (tmp_path / "x.pdf").exists()
