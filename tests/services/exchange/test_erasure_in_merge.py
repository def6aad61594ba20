"""A person erased on one laptop stays erased through every exchange: a package from a laptop
that still has their data never brings it back (not as a newer change, not as a conflict the
user settles "theirs", not at first contact), and a package holding the erasure blanks them
here too, even when this laptop edited them since the last exchange."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select
from tests.services.exchange.laptops import (
    laptop,
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    rows,
    send,
    two_laptops,
)

from jpoa_desktop.db.workshop_models import Person, PersonMerge, PersonWordIndex
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.people.erasure import ERASED_RECIPE
from jpoa_desktop.services.people.people import PersonInput


def _someone(services: Services) -> tuple[str, str]:
    """The uuid and family name of a registered person of the demo."""
    uuid, family = rows(
        services,
        "SELECT p.uuid, p.family_name FROM person p JOIN registration r ON r.person_id = p.id "
        "ORDER BY p.uuid LIMIT 1",
    )[0]
    return str(uuid), str(family)


def _edit(services: Services, uuid: str, position: str) -> int:
    with services.db.session_scope() as session:
        person = session.scalars(select(Person).where(Person.uuid == uuid)).one()
        person.position = position
        return person.id


def _erase(services: Services, uuid: str) -> None:
    (person_id,) = rows(services, f"SELECT id FROM person WHERE uuid = '{uuid}'")[0]
    services.personal_data.erase(int(str(person_id)))


def _assert_erased(services: Services, uuid: str, family: str) -> None:
    """Blank, marked erased, out of the word index and out of search."""
    with services.db.session_scope() as session:
        person = session.scalars(select(Person).where(Person.uuid == uuid)).one()
        assert person.erased_at is not None
        assert (person.family_name, person.given_name, person.position) == ("", "", "")
        assert (person.email, person.phone, person.notes) == ("", "", "")
        words = session.scalars(
            select(PersonWordIndex.word).where(PersonWordIndex.person_id == person.id)
        ).all()
        assert words == []
        person_id = person.id
    assert [p for p in services.people.search(family) if p.id == person_id] == []


def test_an_erasure_here_is_kept_against_an_edit_there_settled_theirs(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    uuid, family = _someone(a)
    _erase(a, uuid)
    _edit(b, uuid, "Head of unit")  # both changed since the base: would be a conflict

    outcome = send(b, a, tmp_path / "b.jpoa", MergeChoices(all_conflicts="theirs"))

    assert outcome.conflicts == () and "person" not in outcome.updated
    _assert_erased(a, uuid, family)
    assert not a.packages.preview(tmp_path / "b.jpoa").changes_anything


def test_an_erasure_there_wins_over_an_edit_here_without_a_conflict(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    uuid, family = _someone(a)
    _erase(a, uuid)
    person_id = _edit(b, uuid, "Head of unit")
    # B had merged a duplicate into them: the merge's recipe holds their old data.
    duplicate = b.people.add(PersonInput(family_name=family, given_name="Duplicate"))
    merge_id = b.duplicates.merge(person_id, duplicate)

    outcome = send(a, b, tmp_path / "a.jpoa", MergeChoices(all_conflicts="mine"))

    assert outcome.conflicts == () and outcome.updated.get("person") == 1
    _assert_erased(b, uuid, family)
    with b.db.session_scope() as session:
        merge = session.get(PersonMerge, merge_id)
        assert merge is not None and merge.undo == ERASED_RECIPE
    # And back again: A's next package changes nothing on B, B's nothing on A.
    assert not b.packages.preview(tmp_path / "a.jpoa").changes_anything
    send(b, a, tmp_path / "b.jpoa")
    _assert_erased(a, uuid, family)


def test_at_first_contact_an_erasure_sticks_both_ways(tmp_path: Path) -> None:
    a = laptop(tmp_path, "a", demo=True)
    assert a.db.path is not None
    with sqlite3.connect(a.db.path) as source, sqlite3.connect(tmp_path / "b.sqlite") as copy:
        source.backup(copy)  # two copies of one database: no base yet
    b = laptop(tmp_path, "b")
    uuid, family = _someone(a)
    _erase(b, uuid)
    _edit(a, uuid, "Head of unit")  # after the erasure: the newer change would win

    outcome = send(a, b, tmp_path / "a.jpoa")
    assert outcome.conflicts == () and "person" not in outcome.updated
    _assert_erased(b, uuid, family)

    outcome = send(b, a, tmp_path / "b.jpoa")
    assert outcome.conflicts == () and outcome.updated.get("person") == 1
    _assert_erased(a, uuid, family)
