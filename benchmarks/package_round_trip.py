"""The issue's round trip on the large demo: laptop A exports 20 workshops, an empty laptop B
imports them, both go on working, B's package comes back to A, and A holds what a hand-made
expectation says; the same package a second time changes nothing. Every step is checked (the
script stops at the first difference) and timed.

What each laptop does between the two exchanges:
- B, at the door of workshop 1: marks participant X on the first day (09:00), signs in a walk-in;
  at the desk: moves workshop 1 to another venue, and rewrites workshop 2's notes.
- A, meanwhile: marks the same X on the same day earlier (08:30, another laptop), gives someone
  a new position, and rewrites workshop 2's notes too (a conflict: both changed it).
Expected on A afterwards: one person, one registration and one mark more (the walk-in's); X has
one mark holding both scans, at 08:30; workshop 1 at B's venue; the position A gave; workshop
2's notes A's own (conflicts keep mine unless told) and that conflict listed; nothing else
changed; `check_database` clean.

The test suite runs the same story on the small demo (tests/services/exchange/
test_package_round_trip.py); this script is for the size the issue names.

Run: `python benchmarks/package_round_trip.py [--db LARGE.sqlite]` (without `--db` the large demo
is built first, which takes a few minutes). The file is copied, never changed.
"""

from __future__ import annotations

import json
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from measuring import on_large_demo, record

from jpoa_desktop.db.workshop_models import Person, Workshop
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import check_database, open_database
from jpoa_desktop.services.people.people import PersonInput

WORKSHOPS = 20
T = TypeVar("T")


def timed_step(what: str, call: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = call()
    took = time.perf_counter() - started
    print(f"{what:<48} {took:7.2f} s")
    record(f"round trip: {what}", took, "s")
    return result


@contextmanager
def laptop_named(name: str) -> Iterator[None]:
    """Scans record the machine's name: each laptop's work is done under its own."""
    real = platform.node
    platform.node = lambda: name
    try:
        yield
    finally:
        platform.node = real


def query(services: Services, sql: str, *parameters: object) -> list[tuple[object, ...]]:
    assert services.db.path is not None
    connection = sqlite3.connect(services.db.path)
    try:
        return list(connection.execute(sql, parameters).fetchall())
    finally:
        connection.close()


def count(services: Services, sql: str, *parameters: object) -> int:
    return int(str(query(services, sql, *parameters)[0][0]))


def expect(what: str, found: object, wanted: object) -> None:
    if found != wanted:
        raise SystemExit(f"FAILED: {what}: found {found!r}, expected {wanted!r}")
    print(f"  ok: {what}")


def held_counts(services: Services, ids: list[int]) -> dict[str, int]:
    """People, registrations and marks of the workshops `ids` (speakers count as people)."""
    marks = ",".join("?" * len(ids))
    return {
        "registration": count(
            services, f"SELECT count(*) FROM registration WHERE workshop_id IN ({marks})", *ids
        ),
        "attendance": count(
            services,
            "SELECT count(*) FROM attendance a JOIN registration r ON r.id = a.registration_id"
            f" WHERE r.workshop_id IN ({marks})",
            *ids,
        ),
        "person": count(
            services,
            f"SELECT count(*) FROM (SELECT person_id FROM registration WHERE workshop_id IN"
            f" ({marks}) UNION SELECT s.person_id FROM agenda_speaker s JOIN agenda_session g"
            f" ON g.id = s.session_id WHERE g.workshop_id IN ({marks}))",
            *ids,
            *ids,
        ),
    }


def whole_counts(services: Services) -> dict[str, int]:
    return {
        table: count(services, f"SELECT count(*) FROM {table}")
        for table in ("person", "registration", "attendance")
    }


def busiest_workshops(services: Services) -> list[int]:
    """The 20 workshops with the most registrations: the exchange with the most to carry."""
    found = query(
        services,
        "SELECT workshop_id FROM registration GROUP BY workshop_id"
        " ORDER BY count(*) DESC, workshop_id LIMIT ?",
        WORKSHOPS,
    )
    return sorted(int(str(row[0])) for row in found)


def round_trip(large: Path) -> bool:
    """The story above on a copy of `large` (never changed); True when it ends as expected."""
    with tempfile.TemporaryDirectory(prefix="jpoa-round-trip-") as scratch:
        folder = Path(scratch)
        shutil.copyfile(large, folder / "a.sqlite")
        laptops_at_work(folder)
    print("The round trip ends where the hand-made expectation says.")
    return True


def laptops_at_work(folder: Path) -> None:
    a = Services(open_database(str(folder / "a.sqlite")))
    b = Services(open_database(str(folder / "b.sqlite")))
    ids = busiest_workshops(a)
    to_b, to_a = folder / "a-to-b.jpoa", folder / "b-to-a.jpoa"

    sent = timed_step(
        f"A exports {WORKSHOPS} workshops", lambda: a.packages.export_workshops(ids, to_b)
    )
    arrived = timed_step("B (empty) imports them", lambda: b.packages.apply(to_b, MergeChoices()))
    print(f"  the package: {sent.size / 1e6:.1f} MB, {sum(sent.counts.values())} records")
    held = held_counts(a, ids)
    expect("people, registrations and marks equal on A and B", whole_counts(b), held)
    expect("B added what the package holds", {t: arrived.added[t] for t in held}, held)

    first, second = ids[0], ids[1]
    day = datetime.fromisoformat(
        str(query(a, "SELECT start_date FROM workshop WHERE id = ?", first)[0][0])
    ).date()
    at = datetime(day.year, day.month, day.day, 8, 30, tzinfo=UTC)
    code, x_uuid = query(
        a,
        "SELECT r.badge_code, r.uuid FROM registration r WHERE r.workshop_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM attendance m WHERE m.registration_id = r.id AND m.day = ?)"
        " ORDER BY r.uuid LIMIT 1",
        first,
        day.isoformat(),
    )[0]
    b_first, b_second = b_workshop_ids(b, a, first, second)
    with laptop_named("door-b"):
        b.attendance.mark(b_first, str(code), day, now=at + timedelta(minutes=30))
        b.attendance.walk_in(
            b_first,
            day,
            PersonInput(family_name="Жылкыбаева", given_name="Томирис", email="t.zh@example.kz"),
            now=at + timedelta(minutes=30),
        )
        edit(b, Workshop, b_first, venue="Hotel Rixos, Almaty")
        edit(b, Workshop, b_second, notes="B: the room changed to hall 2")
    someone = str(query(a, "SELECT uuid FROM person ORDER BY uuid LIMIT 1")[0][0])
    with laptop_named("door-a"):
        a.attendance.mark(first, str(code), day, now=at)
        edit(a, Person, person_id(a, someone), position="Head of division")
        edit(a, Workshop, second, notes="A: lunch at 13:00")
    before = whole_counts(a)

    timed_step("B exports the 20 workshops back", lambda: b.packages.export_workshops(
        b_workshop_ids(b, a, *ids), to_a))  # fmt: skip
    back = timed_step("A imports B's package", lambda: a.packages.apply(to_a, MergeChoices()))
    expect("added on A", back.added, {"person": 1, "registration": 1, "attendance": 1})
    expect("updated on A", back.updated, {"workshop": 1, "attendance": 1})
    expect("conflicts on A", [c.table for c in back.conflicts], ["workshop"])
    after = whole_counts(a)
    expect("A's counts", after, {t: before[t] + 1 for t in before})
    x_marks = query(
        a,
        "SELECT m.marked_at, m.scans FROM attendance m JOIN registration r ON r.id ="
        " m.registration_id WHERE r.uuid = ? AND m.day = ? AND m.session_key = ''",
        x_uuid,
        day.isoformat(),
    )
    expect("X has one mark that day", len(x_marks), 1)
    expect("X's mark is the earlier scan", str(x_marks[0][0])[:19], f"{day} 08:30:00")
    laptops = [scan["laptop"] for scan in json.loads(str(x_marks[0][1]))]
    expect("X's mark keeps both laptops' scans", laptops, ["door-a", "door-b"])
    expect(
        "workshop 1 at B's venue",
        query(a, "SELECT venue FROM workshop WHERE id = ?", first),
        [("Hotel Rixos, Almaty",)],
    )
    expect(
        "workshop 2 keeps A's notes (the conflict kept mine)",
        query(a, "SELECT notes FROM workshop WHERE id = ?", second),
        [("A: lunch at 13:00",)],
    )
    expect(
        "the position A gave",
        query(a, "SELECT position FROM person WHERE uuid = ?", someone),
        [("Head of division",)],
    )
    expect("A passes check_database", check_database(a.db).problems, ())

    again = timed_step("A imports the same package again", lambda: a.packages.apply(
        to_a, MergeChoices()))  # fmt: skip
    expect("the second import adds and updates nothing", (again.added, again.updated), ({}, {}))
    expect("A's counts after the second import", whole_counts(a), after)
    a.db.dispose()
    b.db.dispose()


def b_workshop_ids(b: Services, a: Services, *a_ids: int) -> list[int]:
    """B's ids of A's workshops `a_ids` (the same uuids)."""
    found = []
    for a_id in a_ids:
        (uuid,) = query(a, "SELECT uuid FROM workshop WHERE id = ?", a_id)[0]
        found.append(int(str(query(b, "SELECT id FROM workshop WHERE uuid = ?", uuid)[0][0])))
    return found


def person_id(services: Services, uuid: str) -> int:
    return int(str(query(services, "SELECT id FROM person WHERE uuid = ?", uuid)[0][0]))


def edit(services: Services, model: type[Workshop | Person], row_id: int, **values: str) -> None:
    """An edit as the screens make it: through the ORM, which moves `updated_at` on."""
    with services.db.session_scope() as session:
        row = session.get(model, row_id)
        assert row is not None
        for column, value in values.items():
            setattr(row, column, value)


if __name__ == "__main__":
    sys.exit(on_large_demo(__doc__.splitlines()[0], round_trip))
