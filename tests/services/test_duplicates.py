"""Duplicate people: found across spellings, merged keeping every mark, and un-merged."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, text

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database, check_database
from jpoa_desktop.services.people.duplicates import DuplicateService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

_EDIT_MARKS = {"updated_at", "updated_by", "row_version"}


def _workshop(db: Database, title: str, day: date) -> int:
    return WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": title}, start=day, end=day)
    )


def _dump(db: Database) -> list[tuple[object, ...]]:
    """Every row of the people tables, without when, by whom and how often each was saved (an
    undone merge is an edit)."""
    rows: list[tuple[object, ...]] = []
    with db.engine.connect() as conn:
        for table in ("person", "registration", "attendance", "person_word_index"):
            info = inspect(conn).get_columns(table)
            columns = ", ".join(c["name"] for c in info if c["name"] not in _EDIT_MARKS)
            query = text(f"SELECT {columns} FROM {table} ORDER BY 1, 2")
            rows += [(table, *r) for r in conn.execute(query)]
    return rows


def test_the_same_person_typed_in_two_scripts_is_a_candidate(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    cyrillic = people.add(PersonInput("Юсупов", "Тимур", "Рашидович"))
    latin = people.add(PersonInput("Yusupov", "Timur"))
    other = people.add(PersonInput("Юсупов", "Тимур", "Алишерович"))  # another Timur Yusupov
    people.add(PersonInput("Иванова", "Мария"))
    pairs = DuplicateService(empty_db.session_scope).candidates()
    found = [(p.first_id, p.second_id) for p in pairs]
    assert (cyrillic, latin) in found
    assert (cyrillic, other) not in found  # different patronymics: two people
    assert all("Иванова" not in p.first_name + p.second_name for p in pairs)


def test_merging_keeps_every_registration_and_mark_and_undo_restores_all(
    empty_db: Database,
) -> None:
    people = PeopleService(empty_db.session_scope)
    workshops = WorkshopService(empty_db.session_scope)
    door = AttendanceService(empty_db.session_scope)
    keep = people.add(PersonInput("Oʻrinboyev", "Gʻayrat", organisation="IIV"))
    drop = people.add(PersonInput("O'rinboyev", "G'ayrat", email="g@example.uz", phone="+998"))
    both = _workshop(empty_db, "Both attended", date(2026, 3, 1))
    only_drop = _workshop(empty_db, "Only the second record", date(2026, 4, 1))
    door.mark(both, workshops.register(both, keep), date(2026, 3, 1))
    door.mark(both, workshops.register(both, drop), date(2026, 3, 1))
    door.mark(only_drop, workshops.register(only_drop, drop), date(2026, 4, 1))
    before = _dump(empty_db)

    service = DuplicateService(empty_db.session_scope)
    merge = service.merge(keep, drop)

    assert people.count() == 1
    (found,) = people.search("orinboyev")
    assert found.id == keep
    marks = {w: [d for r in door.marks(w) for d in r.days_present] for w in (both, only_drop)}
    assert marks == {both: [date(2026, 3, 1)], only_drop: [date(2026, 4, 1)]}
    assert [r.person_id for r in door.marks(only_drop)] == [keep]
    assert check_database(empty_db).ok

    assert service.undo(merge) == drop
    assert _dump(empty_db) == before
    with pytest.raises(ValidationError, match="no merge"):
        service.undo(merge)


def test_a_person_cannot_be_merged_with_themselves(empty_db: Database) -> None:
    person = PeopleService(empty_db.session_scope).add(PersonInput("Ким", "Ольга"))
    with pytest.raises(ValidationError, match="themselves"):
        DuplicateService(empty_db.session_scope).merge(person, person)


def test_the_demo_generators_respellings_are_found(empty_db: Database) -> None:
    from jpoa_desktop.content.demo_people import generate_people
    from jpoa_desktop.services.people.people import insert_people, person_values

    generated = generate_people(3000, seed=11)
    with empty_db.session_scope() as session:
        insert_people(
            session,
            [
                person_values(
                    PersonInput(p.family_name, p.given_name, p.patronymic, phone=p.phone), None
                )
                for p in generated
            ],
        )
    pairs = DuplicateService(empty_db.session_scope).candidates(limit=1000)
    phones = {index + 1: p.phone for index, p in enumerate(generated)}
    same_phone = [p for p in pairs if phones[p.first_id] == phones[p.second_id]]
    assert len(same_phone) >= 15  # the generator re-spells about 1% of people, same phone
    assert all(p.score >= 88 for p in pairs)
