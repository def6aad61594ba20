"""The retention rule: exactly the people whose last workshop ended more than N months ago."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.people.personal_data import PersonalDataService
from jpoa_desktop.services.people.retention import RetentionService, months_before
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

TODAY = date(2026, 12, 6)
CUTOFF = date(2026, 6, 6)  # six months before TODAY


def _workshop(db: Database, title: str, end: date) -> int:
    return WorkshopService(db.session_scope).create(
        WorkshopInput(
            titles={"en": title, "ru": f"{title} (ru)"}, start=end - timedelta(2), end=end
        )
    )


def _person(db: Database, family: str, *workshops: int) -> int:
    person = PeopleService(db.session_scope).add(PersonInput(family, "Test"))
    for workshop in workshops:
        WorkshopService(db.session_scope).register(workshop, person)
    return person


@pytest.fixture
def people(empty_db: Database) -> dict[str, int]:
    day_before = _workshop(empty_db, "Ended a day before the cutoff", CUTOFF - timedelta(1))
    on_cutoff = _workshop(empty_db, "Ended on the cutoff", CUTOFF)
    day_after = _workshop(empty_db, "Ended a day after the cutoff", CUTOFF + timedelta(1))
    later = _workshop(empty_db, "Still to come", TODAY + timedelta(30))
    old = _workshop(empty_db, "Long ago", date(2024, 1, 20))
    return {
        "due": _person(empty_db, "Ахмедова", old, day_before),
        "on_cutoff": _person(empty_db, "Юсупов", on_cutoff),
        "after": _person(empty_db, "Öwezowa", day_after),
        "coming_back": _person(empty_db, "Кенжебаева", old, later),
        "never_registered": _person(empty_db, "Asanova"),
        "old_only": _person(empty_db, "Oʻrinboyev", old),
    }


def test_months_before_clamps_to_the_end_of_a_short_month() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)
    assert months_before(TODAY, 6) == CUTOFF


def test_only_people_whose_every_workshop_ended_more_than_n_months_ago_are_due(
    empty_db: Database, people: dict[str, int]
) -> None:
    due = RetentionService(empty_db.session_scope).due_for_erasure(6, TODAY)
    assert [d.person_id for d in due] == [people["old_only"], people["due"]]
    old_only, ahmedova = due
    assert (old_only.last_workshop, old_only.last_ended) == ("Long ago", date(2024, 1, 20))
    assert ahmedova.last_workshop == "Ended a day before the cutoff"
    assert ahmedova.last_ended == CUTOFF - timedelta(1)
    assert ahmedova.name == "Ахмедова Test"
    ru = RetentionService(empty_db.session_scope).due_for_erasure(6, TODAY, "ru")
    assert ru[1].last_workshop == "Ended a day before the cutoff (ru)"


def test_erasing_the_due_erases_them_once_and_no_one_else(
    empty_db: Database, people: dict[str, int]
) -> None:
    service = RetentionService(empty_db.session_scope)
    seen: list[tuple[int, int]] = []
    erased = service.erase_due(6, TODAY, progress=lambda done, total: seen.append((done, total)))
    assert sorted(e.id for e in erased) == sorted((people["due"], people["old_only"]))
    assert seen[-1] == (2, 2)
    assert service.due_for_erasure(6, TODAY) == []
    assert service.erase_due(6, TODAY) == []
    kept = PersonalDataService(empty_db.session_scope).export_data(people["coming_back"])
    assert kept["person"]["family_name"] == "Кенжебаева"
    # a day later, the one who ended on the cutoff is due as well
    assert [d.person_id for d in service.due_for_erasure(6, TODAY + timedelta(1))] == [
        people["on_cutoff"]
    ]


def test_a_cancelled_run_erases_no_one(empty_db: Database, people: dict[str, int]) -> None:
    service = RetentionService(empty_db.session_scope)
    with pytest.raises(Cancelled):
        service.erase_due(6, TODAY, cancelled=lambda: True)
    assert len(service.due_for_erasure(6, TODAY)) == 2


@pytest.mark.parametrize("months", [0, 121, -3])
def test_a_period_out_of_range_is_refused(empty_db: Database, months: int) -> None:
    with pytest.raises(ValidationError, match="1 to 120 months"):
        RetentionService(empty_db.session_scope).due_for_erasure(months, TODAY)
