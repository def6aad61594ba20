"""The participant directory: names kept as typed, Latin suggested, found in any script."""

from __future__ import annotations

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.texts.transliteration import to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Юсупов", "Iusupov"),
        ("Жанна", "Zhanna"),
        ("ЖАНАР", "ZHANAR"),
        ("Щербаков", "Shcherbakov"),
        ("Ерғали", "Ergali"),
        ("Нұрлан", "Nurlan"),
        ("Өмірбек", "Omirbek"),
        ("Ҷамшед", "Jamshed"),
        ("Раҳимов", "Rahimov"),
        ("Кенжебаев-Әлиев", "Kenzhebaev-Aliev"),
        ("Oʻrinboyev", "Oʻrinboyev"),
        ("Annaýew", "Annaýew"),
    ],
)
def test_latin_spelling_follows_icao_9303(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_a_person_keeps_the_name_as_typed_and_gets_a_latin_suggestion(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(
        PersonInput(
            family_name=" Юсупов ",
            given_name="Тимур",
            patronymic="Рашидович",
            country="UZ",
            organisation="Министерство внутренних дел",
        )
    )
    (found,) = people.search("Юсупов")
    assert found.id == person_id
    assert (found.family_name, found.given_name, found.patronymic) == (
        "Юсупов",
        "Тимур",
        "Рашидович",
    )
    assert found.latin == "Iusupov Timur"
    assert found.organisation == "Министерство внутренних дел"


def test_search_finds_the_same_person_in_every_spelling(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    yusupov = people.add(PersonInput(family_name="Юсупов", given_name="Тимур"))
    people.add(PersonInput(family_name="Юсупова", given_name="Дилноза"))
    people.add(PersonInput(family_name="Иванов", given_name="Сергей"))
    for query in ["Юсупов Тимур", "Yusupov", "Iusupov timur", "yusupov tim", "ЮСУПОВ т"]:
        assert yusupov in [p.id for p in people.search(query)], query
    assert [p.family_name for p in people.search("Yusupov")] == ["Юсупов", "Юсупова"]


def test_uzbek_apostrophes_are_the_same_letter(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    person = people.add(PersonInput(family_name="Oʻrinboyev", given_name="Gʻayrat", country="UZ"))
    for query in ["Oʻrinboyev", "O'rinboyev", "O‘rinboyev", "orinboyev gayrat", "Ўринбоев"]:
        assert [p.id for p in people.search(query)] == [person], query


def test_search_ignores_like_wildcards_in_the_query(empty_db: Database) -> None:
    people = PeopleService(empty_db.session_scope)
    people.add(PersonInput(family_name="Ким", given_name="Ольга"))
    assert people.search("%") == []
    assert people.search("_") == []
    assert people.search("") == []


@pytest.mark.parametrize(
    ("person", "message"),
    [
        (PersonInput(family_name="", given_name="Айгерим"), "family name"),
        (PersonInput(family_name="Ким", given_name="  "), "given name"),
        (PersonInput(family_name="Ким", given_name="Ольга", email="ivanov@"), "e-mail"),
        (PersonInput(family_name="Ким", given_name="Ольга", country="Kaz"), "country"),
        (PersonInput(family_name="Ким", given_name="Ольга", sex="x"), "sex"),
    ],
)
def test_bad_person_data_is_refused_and_nothing_is_written(
    empty_db: Database, person: PersonInput, message: str
) -> None:
    people = PeopleService(empty_db.session_scope)
    with pytest.raises(ValidationError, match=message):
        people.add(person)
    assert people.count() == 0
