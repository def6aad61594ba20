"""The issue's round trip: laptop A (the demo) sends every workshop to an empty laptop B; both go
on working (B edits the workshop, marks a participant and signs in a walk-in; A marks the same
participant earlier and edits someone else); B's package comes back to A. A then holds exactly
what a hand-made expectation says, and the same package a second time changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.services.exchange.laptops import (
    counts,
    laptop,
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    rows,
    send,
    workshop_ids,
)

from jpoa_desktop.db.workshop_models import Person, Workshop
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import check_database
from jpoa_desktop.services.people.people import PersonInput

DAY = date(2026, 12, 7)
A_SCAN, B_SCAN = datetime(2026, 12, 7, 8, 30, tzinfo=UTC), datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
WALK_IN = PersonInput(family_name="Жылкыбаева", given_name="Томирис", email="t.zh@example.kz")


def test_the_round_trip_ends_where_a_hand_made_expectation_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, laptop_b: Services
) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    outcome = send(a, b, tmp_path / "a-to-b.jpoa")
    start = counts(a)
    for table in ("person", "registration", "attendance"):
        assert counts(b)[table] == start[table] == outcome.added[table]

    (workshop_id,) = workshop_ids(a)
    code, x_uuid = rows(a, "SELECT badge_code, uuid FROM registration ORDER BY uuid LIMIT 1")[0]
    # B, at the door and at the desk.
    monkeypatch.setattr("platform.node", lambda: "door-b")
    with b.db.session_scope() as session:
        session.scalars(select(Workshop)).one().venue = "Hotel Rixos, Almaty"
    b.attendance.mark(workshop_id, str(code), DAY, now=B_SCAN)
    b.attendance.walk_in(workshop_id, DAY, WALK_IN, now=B_SCAN)
    # A, meanwhile.
    monkeypatch.setattr("platform.node", lambda: "door-a")
    a.attendance.mark(workshop_id, str(code), DAY, now=A_SCAN)
    with a.db.session_scope() as session:
        someone = session.scalars(select(Person).order_by(Person.uuid)).first()
        assert someone is not None
        someone.position, someone_uuid = "Head of division", someone.uuid

    back = send(b, a, tmp_path / "b-to-a.jpoa")

    assert back.added == {"person": 1, "registration": 1, "attendance": 1}
    assert back.updated == {"workshop": 1, "attendance": 1}
    assert back.conflicts == () and back.people_merged == 0
    end = counts(a)
    assert end["person"] == start["person"] + 1
    assert end["registration"] == start["registration"] + 1
    assert end["attendance"] == start["attendance"] + 2  # X on DAY (merged), the walk-in
    assert rows(a, "SELECT venue FROM workshop") == [("Hotel Rixos, Almaty",)]
    position = f"SELECT position FROM person WHERE uuid = '{someone_uuid}'"
    assert rows(a, position) == [("Head of division",)]
    x_marks = rows(
        a,
        "SELECT m.marked_at, m.scans FROM attendance m JOIN registration r "
        f"ON r.id = m.registration_id WHERE r.uuid = '{x_uuid}' AND m.day = '{DAY}'",
    )
    assert len(x_marks) == 1 and str(x_marks[0][0]).startswith("2026-12-07 08:30:00")
    assert json.loads(str(x_marks[0][1])) == [
        {"at": A_SCAN.isoformat(), "laptop": "door-a"},
        {"at": B_SCAN.isoformat(), "laptop": "door-b"},
    ]
    walked_in = rows(
        a,
        "SELECT p.family_name, r.status, m.scans FROM person p JOIN registration r "
        "ON r.person_id = p.id JOIN attendance m ON m.registration_id = r.id "
        "WHERE p.email = 't.zh@example.kz'",
    )
    assert walked_in == [
        ("Жылкыбаева", "attended", json.dumps([{"at": B_SCAN.isoformat(), "laptop": "door-b"}]))
    ]

    assert check_database(a.db).problems == ()
    again = a.packages.apply(tmp_path / "b-to-a.jpoa", MergeChoices())
    assert (again.added, again.updated, again.conflicts) == ({}, {}, ())
    assert counts(a) == end
