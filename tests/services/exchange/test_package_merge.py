"""Two laptops that exchanged a workshop and then went on working: the newer change wins when
only one side changed, both changing is a conflict the user settles, two check-in laptops'
marks become one mark with both scans, and a person typed in on both in two scripts is
proposed for merging, not silently doubled."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.services.exchange.laptops import (
    counts,
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    rows,
    send,
    two_laptops,
    workshop_ids,
)

from jpoa_desktop.db.workshop_models import Person, Registration, Workshop
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.people.people import PersonInput

DAY = date(2026, 12, 7)  # the small demo's last day: nobody is marked on it yet


def _venue(services: Services, venue: str | None = None) -> str:
    with services.db.session_scope() as session:
        workshop = session.scalars(select(Workshop)).one()
        if venue is not None:
            workshop.venue = venue
        return workshop.venue


def test_a_change_on_one_side_wins_in_both_directions(tmp_path: Path, laptop_b: Services) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    _venue(b, "Hotel Rixos, Almaty")
    outcome = send(b, a, tmp_path / "back.jpoa")
    assert outcome.updated == {"workshop": 1} and outcome.conflicts == ()
    assert _venue(a) == "Hotel Rixos, Almaty"

    with a.db.session_scope() as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        person.position, uuid = "Head of unit", person.uuid
    outcome = send(a, b, tmp_path / "again.jpoa")
    assert outcome.updated == {"person": 1} and outcome.conflicts == ()
    assert rows(b, f"SELECT position FROM person WHERE uuid = '{uuid}'") == [("Head of unit",)]
    # An old package (from before either change) changes nothing: both sides moved past it.
    assert a.packages.apply(tmp_path / "first.jpoa", MergeChoices()).updated == {}
    assert _venue(a) == "Hotel Rixos, Almaty"


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_a_change_on_both_sides_is_a_conflict_the_user_settles(
    tmp_path: Path, laptop_b: Services, side: str
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    _venue(a, "Venue A")
    _venue(b, "Venue B")
    b.packages.export_workshops(workshop_ids(b), tmp_path / "b.jpoa")

    preview = a.packages.preview(tmp_path / "b.jpoa")
    (conflict,) = preview.conflicts
    assert conflict.table == "workshop" and [c.field for c in conflict.changes] == ["venue"]
    assert (conflict.changes[0].mine, conflict.changes[0].theirs) == ("Venue A", "Venue B")
    assert _venue(a) == "Venue A"  # a preview writes nothing

    outcome = a.packages.apply(tmp_path / "b.jpoa", MergeChoices(all_conflicts=side))  # type: ignore[arg-type]
    assert len(outcome.conflicts) == 1 and outcome.taken_theirs == (side == "theirs")
    assert _venue(a) == ("Venue A" if side == "mine" else "Venue B")
    # Settled once, the same package asks no more.
    again = a.packages.apply(tmp_path / "b.jpoa", MergeChoices())
    assert again.conflicts == () and again.updated == {}


def test_two_check_in_laptops_make_one_mark_with_both_scans(
    tmp_path: Path, laptop_b: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    code = rows(a, "SELECT badge_code FROM registration ORDER BY uuid LIMIT 1")[0][0]
    first, second = datetime(2026, 12, 7, 8, 5, tzinfo=UTC), datetime(2026, 12, 7, 8, 1, tzinfo=UTC)
    monkeypatch.setattr("platform.node", lambda: "door-1")
    a.attendance.mark(workshop_id, str(code), DAY, now=first)
    monkeypatch.setattr("platform.node", lambda: "door-2")
    b.attendance.mark(workshop_id, str(code), DAY, now=second)

    outcome = send(b, a, tmp_path / "door-2.jpoa")
    send(a, b, tmp_path / "door-1.jpoa")

    for services in (a, b):
        marks = rows(services, f"SELECT marked_at, scans FROM attendance WHERE day = '{DAY}'")
        assert len(marks) == 1
        marked_at, scans = marks[0]
        assert str(marked_at).startswith("2026-12-07 08:01:00")
        assert json.loads(str(scans)) == [
            {"at": second.isoformat(), "laptop": "door-2"},
            {"at": first.isoformat(), "laptop": "door-1"},
        ]
    assert outcome.conflicts == () and outcome.updated == {"attendance": 1}
    assert counts(a)["attendance"] == counts(b)["attendance"]
    # Merged both ways, each side's next package changes nothing on the other.
    assert send(a, b, tmp_path / "after.jpoa").updated == {}


def _aigerim(services: Services, family: str, given: str, workshop_id: int) -> int:
    person_id = services.people.add(
        PersonInput(family_name=family, given_name=given, email="aigerim@example.kz", country="KZ")
    )
    services.workshops.register(workshop_id, person_id)
    return person_id


def test_the_same_person_in_two_scripts_is_proposed_for_merging(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    _aigerim(a, "Иванова", "Айгерим", workshop_id)
    _aigerim(b, "Ivanova", "Aigerim", workshop_id)
    people = counts(a)["person"]
    package = tmp_path / "b.jpoa"
    b.packages.export_workshops([workshop_id], package)

    (match,) = a.packages.preview(package).person_matches
    assert (match.incoming_name, match.local_name) == ("Ivanova Aigerim", "Иванова Айгерим")
    outcome = a.packages.apply(package, MergeChoices(merge_people=frozenset({match.incoming_uuid})))

    assert outcome.people_merged == 1 and counts(a)["person"] == people
    assert counts(a)["exchange_alias"] >= 1
    with a.db.session_scope() as session:
        local = session.scalars(select(Person).where(Person.uuid == match.local_uuid)).one()
        registrations = session.scalars(
            select(Registration).where(Registration.person_id == local.id)
        ).all()
        assert len(registrations) == 1 and local.family_name == "Иванова"
    again = a.packages.preview(package)
    assert again.person_matches == () and not again.changes_anything


def test_a_refused_match_is_a_person_of_their_own(tmp_path: Path, laptop_b: Services) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    _aigerim(a, "Иванова", "Айгерим", workshop_id)
    _aigerim(b, "Ivanova", "Aigerim", workshop_id)
    people = counts(a)["person"]
    outcome = send(b, a, tmp_path / "b.jpoa")
    assert outcome.people_merged == 0 and outcome.added["person"] == 1
    assert counts(a)["person"] == people + 1
    assert not a.packages.preview(tmp_path / "b.jpoa").changes_anything


def test_what_was_deleted_here_stays_deleted_unless_changed_there(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    first, second = rows(a, "SELECT id, uuid FROM registration ORDER BY uuid LIMIT 2")
    for registration_id, _ in (first, second):
        a.workshops.unregister(int(str(registration_id)), force=True)
    with b.db.session_scope() as session:  # B changes the second one meanwhile
        changed = session.scalars(select(Registration).where(Registration.uuid == second[1])).one()
        changed.role = "speaker"
    before = counts(a)

    outcome = send(b, a, tmp_path / "b.jpoa")

    # The first stays deleted with its marks; the second, changed there, comes back with its own.
    assert outcome.deleted_here >= 1 and outcome.added["registration"] == 1
    assert set(outcome.added) <= {"registration", "attendance"}
    assert rows(a, f"SELECT uuid FROM registration WHERE uuid = '{first[1]}'") == []
    assert rows(a, f"SELECT role FROM registration WHERE uuid = '{second[1]}'") == [("speaker",)]
    assert counts(a)["registration"] == before["registration"] + 1
    again = a.packages.preview(tmp_path / "b.jpoa")
    assert not again.changes_anything and again.deleted_here == outcome.deleted_here


def test_a_workshop_deleted_here_does_not_come_back_with_its_people_s_marks(
    tmp_path: Path,
    laptop_b: Services,
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    a.workshops.delete(workshop_id)
    outcome = send(b, a, tmp_path / "b.jpoa", ids=workshop_ids(b))
    assert outcome.added == {} and outcome.updated == {}
    assert counts(a)["workshop"] == counts(a)["attendance"] == counts(a)["registration"] == 0
    assert outcome.deleted_here > counts(b)["registration"]


def test_a_badge_code_taken_here_gets_a_fresh_one(tmp_path: Path, laptop_b: Services) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    for services, family in ((a, "Aaltonen"), (b, "Zweig")):
        person_id = services.people.add(PersonInput(family_name=family, given_name="Ximena"))
        services.workshops.register(workshop_id, person_id, badge_code="ZZZZ22")
    outcome = send(b, a, tmp_path / "b.jpoa")
    assert outcome.added == {"person": 1, "registration": 1}
    codes = rows(
        a,
        "SELECT p.family_name, r.badge_code FROM registration r JOIN person p "
        "ON p.id = r.person_id WHERE p.given_name = 'Ximena' ORDER BY p.family_name",
    )
    assert codes[0] == ("Aaltonen", "ZZZZ22") and codes[1][0] == "Zweig"
    assert codes[1][1] != "ZZZZ22" and len(str(codes[1][1])) == 6
    assert not a.packages.preview(tmp_path / "b.jpoa").changes_anything
