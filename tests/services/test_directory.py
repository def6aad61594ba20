"""The directory in pages: counted, filtered and sorted in SQL, found in any script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.directory import SORTS, DirectoryRow, DirectoryService
from jpoa_desktop.services.people.people import PeopleService, PersonInput

DEMO_PEOPLE = 40


@pytest.fixture(scope="module")
def directory_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The small demo plus three people typed by hand, made once for the module (read only)."""
    path: Path = tmp_path_factory.mktemp("directory") / "d.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small")
    people = PeopleService(db.session_scope)
    people.add(
        PersonInput(
            family_name="Юсупов",
            given_name="Тимур",
            patronymic="Рашидович",
            country="UZ",
            organisation="Министерство внутренних дел",
            email="t.yusupov@example.uz",
        )
    )
    people.add(PersonInput(family_name="Юсупова", given_name="Дилноза", country="TJ"))
    people.add(PersonInput(family_name="Aaronson", given_name="Abe"))  # no country, no org
    yield db
    db.dispose()


@pytest.fixture
def directory(directory_db: Database) -> DirectoryService:
    return DirectoryService(directory_db.session_scope)


def everyone(
    directory: DirectoryService, sort: str, descending: bool = False
) -> list[DirectoryRow]:
    return directory.page("", sort, descending, 0, 1_000)


def test_count_covers_the_demo_and_the_people_added_by_hand(
    directory: DirectoryService,
) -> None:
    assert directory.count() == DEMO_PEOPLE + 3
    assert directory.count("") == directory.count("", "")


def test_pages_follow_each_other_without_overlap_or_gap(directory: DirectoryService) -> None:
    whole = everyone(directory, "name")
    assert len(whole) == DEMO_PEOPLE + 3
    pages = [directory.page("", "name", False, offset, 10) for offset in range(0, 50, 10)]
    assert [len(p) for p in pages] == [10, 10, 10, 10, 3]
    assert [row.id for page in pages for row in page] == [row.id for row in whole]
    assert directory.page("", "name", False, 100, 10) == []
    assert directory.page("", "name", False, 0, 0) == []


def test_name_sort_follows_the_sort_key_and_descending_reverses_it(
    directory: DirectoryService,
) -> None:
    ascending = everyone(directory, "name")
    assert ascending[0].family_name == "Aaronson"
    assert [r.id for r in everyone(directory, "name", descending=True)] == [
        r.id for r in reversed(ascending)
    ]


@pytest.mark.parametrize("sort", SORTS)
def test_every_sort_lists_everyone_once_and_is_stable(
    directory: DirectoryService, sort: str
) -> None:
    for descending in (False, True):
        rows = everyone(directory, sort, descending)
        assert sorted(r.id for r in rows) == sorted(r.id for r in everyone(directory, "name"))
        again = [r.id for r in everyone(directory, sort, descending)]
        assert [r.id for r in rows] == again
        paged = [
            r.id
            for offset in range(0, 50, 7)
            for r in directory.page("", sort, descending, offset, 7)
        ]
        assert paged == again


def test_sorting_by_country_latin_organisation_and_workshops(directory: DirectoryService) -> None:
    countries = [r.country for r in everyone(directory, "country")]
    assert countries == sorted(countries)
    assert everyone(directory, "country", True)[0].country == "UZ"
    latin = [r.latin for r in everyone(directory, "latin")]
    assert latin == sorted(latin)
    organisations = [r.organisation for r in everyone(directory, "organisation")]
    named = [o for o in organisations if o]
    assert organisations == [*named, "", ""]  # no organisation: last, both ways
    assert named == sorted(named)
    assert [r.organisation for r in everyone(directory, "organisation", True)][-1] == ""
    workshops = [r.workshops for r in everyone(directory, "workshops", True)]
    assert workshops == sorted(workshops, reverse=True)
    assert workshops[0] == 1 and workshops[-1] == 0


def test_workshop_counts_are_the_registrations_of_each_person(
    directory: DirectoryService, directory_db: Database
) -> None:
    with directory_db.session_scope() as session:
        registered = set(session.scalars(select(Registration.person_id)))
    rows = everyone(directory, "name")
    assert {r.id for r in rows if r.workshops == 1} == registered
    assert sum(r.workshops for r in rows) == len(registered) == DEMO_PEOPLE


@pytest.mark.parametrize("query", ["Юсупов", "Yusupov", "yusupov", "iusupov", "ЮСУП"])
def test_query_finds_the_person_in_any_script(directory: DirectoryService, query: str) -> None:
    rows = directory.page(query, "name", False, 0, 50)
    assert {(r.family_name, r.given_name) for r in rows} >= {
        ("Юсупов", "Тимур"),
        ("Юсупова", "Дилноза"),
    }
    assert directory.count(query) == len(rows)


def test_every_query_word_must_start_a_name_word(directory: DirectoryService) -> None:
    (found,) = directory.page("yusupov tim", "name", False, 0, 50)
    assert (found.family_name, found.latin) == ("Юсупов", "Iusupov Timur")
    assert found.organisation == "Министерство внутренних дел"
    assert found.email == "t.yusupov@example.uz"
    assert found.workshops == 0
    assert directory.count("yusupov tim") == 1
    assert directory.count("zzzzqx") == 0
    assert directory.page("zzzzqx", "name", False, 0, 50) == []


def test_country_filter_narrows_the_count_and_the_rows(directory: DirectoryService) -> None:
    total = 0
    for code in ("KZ", "KG", "TJ", "TM", "UZ"):
        rows = directory.page("", "name", False, 0, 100, country=code)
        assert rows and {r.country for r in rows} == {code}
        assert directory.count("", code) == len(rows)
        total += len(rows)
    assert total == directory.count() - 1  # Aaronson has no country
    assert [r.family_name for r in directory.page("Юсупов", "name", False, 0, 50, "TJ")] == [
        "Юсупова"
    ]


def test_an_unknown_sort_is_refused(directory: DirectoryService) -> None:
    with pytest.raises(ValidationError) as refused:
        directory.page("", "shoe size", False, 0, 10)
    assert "shoe size" in str(refused.value)


def test_detail_gives_every_spelling_and_the_phone(directory: DirectoryService) -> None:
    (row,) = directory.page("yusupov timur", "name", False, 0, 5)
    person = directory.detail(row.id)
    assert person is not None
    assert (person.family_name, person.patronymic) == ("Юсупов", "Рашидович")
    assert (person.latin_family_name, person.latin_given_name) == ("Iusupov", "Timur")
    assert person.country == "UZ" and person.workshops == 0
    demo = next(r for r in everyone(directory, "name") if r.workshops)
    detail = directory.detail(demo.id)
    assert detail is not None and detail.phone and detail.workshops == 1
    assert directory.detail(10**9) is None
