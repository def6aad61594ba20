"""Editing and deleting people: what a form saves is found again, in the right place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.directory import DirectoryService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

FULL = PersonInput(
    family_name="Юсупов",
    given_name="Тимур",
    patronymic="Рашидович",
    sex="male",
    country="UZ",
    organisation="Министерство внутренних дел",
    organisation_kind="law_enforcement",
    position="Инспектор",
    email="t.yusupov@example.uz",
    phone="+998 71 000 00 00",
    languages=("ru", "uz"),
    consent_data=True,
    consent_photos=True,
    consent_date=date(2026, 3, 2),
    notes="Вегетарианец",
)


def test_get_returns_every_field_as_it_was_saved(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(FULL)
    record = people.get(person_id)
    assert record.id == person_id
    assert record.registrations == 0
    assert record.person == replace(FULL, latin_family_name="Iusupov", latin_given_name="Timur")


def test_a_renamed_person_is_found_by_the_new_name_only(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(FULL)
    people.update(person_id, replace(FULL, family_name="Каримов", latin_family_name=""))
    assert [p.id for p in people.search("Каримов")] == [person_id]
    assert [p.id for p in people.search("Karimov")] == [person_id]
    assert people.search("Юсупов") == [] and people.search("Iusupov") == []
    assert people.get(person_id).person.latin_family_name == "Karimov"


def test_an_edited_name_moves_the_person_in_the_sorted_directory(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    first = people.add(PersonInput("Абдуллаев", "Азиз"))
    people.add(PersonInput("Иванова", "Мария"))
    directory = DirectoryService(empty_db.session_scope)
    assert directory.page("", "name", False, 0, 10)[0].id == first
    people.update(first, PersonInput("Шарипов", "Азиз"))
    names = [row.family_name for row in directory.page("", "name", False, 0, 10)]
    assert names == ["Иванова", "Шарипов"]  # sorted by the Latin spelling


def test_saving_the_old_values_back_restores_the_person_exactly(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(replace(FULL, latin_family_name="Yusupov"))
    before = people.get(person_id).person
    people.update(person_id, replace(before, organisation="ООН", organisation_kind="media"))
    assert people.get(person_id).person.organisation == "ООН"
    people.update(person_id, before)
    assert people.get(person_id).person == before
    assert people.search("Yusupov")[0].organisation == "Министерство внутренних дел"


def test_changing_the_kind_changes_the_organisation_for_everyone_in_it(
    empty_db: Database,
) -> None:
    people = PeopleService(empty_db.session_scope)
    first = people.add(FULL)
    second = people.add(replace(FULL, family_name="Каримов", email=""))
    people.update(first, replace(people.get(first).person, organisation_kind="ministry"))
    assert people.get(second).person.organisation_kind == "ministry"
    assert [o.kind for o in people.organisations()] == ["ministry"]


def test_an_invalid_edit_changes_nothing_and_names_the_field(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(FULL)
    with pytest.raises(ValidationError, match="is not an e-mail address") as raised:
        people.update(person_id, replace(FULL, family_name="Другой", email="ivanov@"))
    assert raised.value.values["field"] == "email"
    assert people.get(person_id).person.family_name == "Юсупов"


def test_a_person_never_registered_can_be_deleted(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(FULL)
    people.delete(person_id)
    assert people.count() == 0
    assert people.search("Юсупов") == []
    with pytest.raises(ValidationError, match="There is no person"):
        people.get(person_id)


def test_a_registered_person_cannot_be_deleted(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    workshops = WorkshopService(empty_db.session_scope)
    person_id = people.add(FULL)
    day = date(2026, 5, 4)
    workshop = workshops.create(WorkshopInput(titles={"en": "Border"}, start=day, end=day))
    workshops.register(workshop, person_id)
    assert people.get(person_id).registrations == 1
    with pytest.raises(ValidationError, match=r"registered for a workshop \(registrations: 1\)"):
        people.delete(person_id)
    assert [p.id for p in people.search("Юсупов")] == [person_id]


def test_editing_or_deleting_someone_gone_says_so(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    with pytest.raises(ValidationError, match="There is no person with id 99"):
        people.update(99, FULL)
    with pytest.raises(ValidationError, match="There is no person with id 99"):
        people.delete(99)
