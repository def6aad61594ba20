"""Workshops, registrations and the door: badge codes, one mark per day, undo."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.badge_codes import BADGE_ALPHABET
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

ALMATY = WorkshopInput(
    titles={"en": "Preventing violent extremism online", "ru": "Профилактика экстремизма в сети"},
    start=date(2026, 12, 1),
    end=date(2026, 12, 3),
    city="Almaty",
    country="KZ",
    tags=("pillar-1", "area-i.7"),
)


@pytest.fixture
def workshop(empty_db: Database) -> int:
    return WorkshopService(empty_db.session_scope).create(ALMATY)


def test_a_workshop_lists_with_its_title_in_the_asked_language(
    empty_db: Database, workshop: int
) -> None:
    service = WorkshopService(empty_db.session_scope)
    (summary,) = service.workshops("ru")
    assert summary.id == workshop
    assert summary.title == "Профилактика экстремизма в сети"
    # a national language with no title of its own reads the Russian one, not the English
    assert service.workshops("kk")[0].title == "Профилактика экстремизма в сети"
    assert service.workshops("en", year=2025) == []


def test_a_workshop_that_ends_before_it_starts_is_refused(empty_db: Database) -> None:
    bad = WorkshopInput(titles={"en": "X"}, start=date(2026, 5, 2), end=date(2026, 5, 1))
    with pytest.raises(ValidationError, match="ends"):
        WorkshopService(empty_db.session_scope).create(bad)
    assert WorkshopService(empty_db.session_scope).workshops("en") == []


def test_registering_twice_keeps_one_registration_and_one_code(
    empty_db: Database, workshop: int
) -> None:
    person = PeopleService(empty_db.session_scope).add(
        PersonInput(family_name="Абдуллаева", given_name="Гүлнар")
    )
    service = WorkshopService(empty_db.session_scope)
    code = service.register(workshop, person, role="speaker")
    assert len(code) == 6 and set(code) <= set(BADGE_ALPHABET)
    assert service.register(workshop, person) == code
    assert service.get(workshop, "en").participants == 1


def test_the_door_marks_once_per_day_and_says_when(empty_db: Database, workshop: int) -> None:
    person = PeopleService(empty_db.session_scope).add(
        PersonInput(family_name="Раҳимов", given_name="Ҷамшед", organisation="Агентство")
    )
    code = WorkshopService(empty_db.session_scope).register(workshop, person)
    door = AttendanceService(empty_db.session_scope)
    first_time = datetime(2026, 12, 1, 9, 12, tzinfo=UTC)

    first = door.mark(workshop, code.lower(), date(2026, 12, 1), now=first_time)
    again = door.mark(workshop, code, date(2026, 12, 1))

    assert (first.name, first.organisation, first.already) == ("Раҳимов Ҷамшед", "Агентство", False)
    assert again.already and again.marked_at.replace(tzinfo=UTC) == first_time
    (row,) = door.marks(workshop)
    assert row.days_present == (date(2026, 12, 1),)
    assert row.status == "attended"


def test_undo_takes_the_mark_back(empty_db: Database, workshop: int) -> None:
    person = PeopleService(empty_db.session_scope).add(
        PersonInput(family_name="Öwezow", given_name="Döwlet")
    )
    code = WorkshopService(empty_db.session_scope).register(workshop, person)
    door = AttendanceService(empty_db.session_scope)
    check_in = door.mark(workshop, code, date(2026, 12, 2))
    assert door.unmark(check_in.registration_id, date(2026, 12, 2))
    assert not door.unmark(check_in.registration_id, date(2026, 12, 2))
    assert door.marks(workshop)[0].days_present == ()


def test_unknown_codes_and_days_outside_the_workshop_are_refused(
    empty_db: Database, workshop: int
) -> None:
    door = AttendanceService(empty_db.session_scope)
    with pytest.raises(ValidationError, match="badge code ZZZZZZ"):
        door.mark(workshop, "zzzzzz", date(2026, 12, 1))
    person = PeopleService(empty_db.session_scope).add(PersonInput("Ким", "Ольга"))
    code = WorkshopService(empty_db.session_scope).register(workshop, person)
    with pytest.raises(ValidationError, match="not one of the workshop's days"):
        door.mark(workshop, code, date(2026, 12, 4))


def test_the_door_finds_people_by_name_in_any_script_or_by_code(
    empty_db: Database, workshop: int
) -> None:
    people = PeopleService(empty_db.session_scope)
    workshops = WorkshopService(empty_db.session_scope)
    code = workshops.register(workshop, people.add(PersonInput("Юсупов", "Тимур")))
    workshops.register(workshop, people.add(PersonInput("Юлдашева", "Нодира")))
    outsider = people.add(PersonInput("Юсупова", "Дилноза"))  # in the directory, not registered
    door = AttendanceService(empty_db.session_scope)
    assert [r.name for r in door.find(workshop, "yusupov")] == ["Юсупов Тимур"]
    assert [r.name for r in door.find(workshop, "Ю")] == ["Юлдашева Нодира", "Юсупов Тимур"]
    assert [r.badge_code for r in door.find(workshop, code[:3].lower())] == [code]
    assert outsider not in [r.person_id for r in door.find(workshop, "Юсупова")]


def test_live_counts_follow_the_marks(empty_db: Database, workshop: int) -> None:
    people = PeopleService(empty_db.session_scope)
    workshops = WorkshopService(empty_db.session_scope)
    first = workshops.register(workshop, people.add(PersonInput("Ким", "Ольга")))
    workshops.register(workshop, people.add(PersonInput("Пак", "Сергей")))
    door = AttendanceService(empty_db.session_scope)
    assert door.counts(workshop, date(2026, 12, 1)) == (2, 0)
    check_in = door.mark(workshop, first, date(2026, 12, 1))
    assert door.counts(workshop, date(2026, 12, 1)) == (2, 1)
    assert door.mark_registration(check_in.registration_id, date(2026, 12, 1)).already


def test_a_walk_in_is_added_registered_and_marked_at_once(
    empty_db: Database, workshop: int
) -> None:
    door = AttendanceService(empty_db.session_scope)
    check_in, code = door.walk_in(workshop, date(2026, 12, 2), PersonInput("Сейтқали", "Бақыт"))
    assert check_in.name == "Сейтқали Бақыт" and not check_in.already
    (row,) = door.marks(workshop)
    assert (row.badge_code, row.status, row.days_present) == (
        code,
        "attended",
        (date(2026, 12, 2),),
    )
    assert door.unmark(check_in.registration_id, date(2026, 12, 2))
    assert door.marks(workshop)[0].status == "confirmed"  # undoing the only mark undoes "attended"
    with pytest.raises(ValidationError, match="family name"):
        door.walk_in(workshop, date(2026, 12, 2), PersonInput("", "Бақыт"))
    assert PeopleService(empty_db.session_scope).count() == 1
