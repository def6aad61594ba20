"""The check-in door's search: a Turkmen name by its English spelling; a pasted page is cut."""

from __future__ import annotations

from datetime import date

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService


def _workshop_with(db: Database, family: str, given: str) -> tuple[int, int]:
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"en": "Border security"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 2),
            city="Ashgabat",
            country="TM",
        )
    )
    person = PeopleService(db.session_scope).add(PersonInput(family_name=family, given_name=given))
    workshops.register(workshop, person)
    return workshop, person


def test_the_door_finds_a_turkmen_name_typed_in_english(empty_db: Database) -> None:
    workshop, person = _workshop_with(empty_db, "Täçmyradow", "Şatlyk")
    found = AttendanceService(empty_db.session_scope).find(workshop, "Tachmyradov Shatl")
    assert [r.person_id for r in found] == [person]


def test_a_thousand_words_at_the_door_are_cut_not_an_sql_error(empty_db: Database) -> None:
    workshop, person = _workshop_with(empty_db, "Täçmyradow", "Şatlyk")
    door = AttendanceService(empty_db.session_scope)
    assert door.find(workshop, " ".join(f"word{n}" for n in range(1_000))) == []
    assert [r.person_id for r in door.find(workshop, "Şatlyk " * 1_000)] == [person]
