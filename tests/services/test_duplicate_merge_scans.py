"""Merging two records of one person who were both marked at the door on the same day keeps
the scans of both marks (nothing a laptop scanned is lost), marked at the earliest; undoing the
merge puts both marks back exactly as they were."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from jpoa_desktop.services.database import Database, check_database
from jpoa_desktop.services.people.duplicates import DuplicateService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY = date(2026, 3, 1)
EARLY, LATE = datetime(2026, 3, 1, 8, 1, tzinfo=UTC), datetime(2026, 3, 1, 8, 5, tzinfo=UTC)


def _marks(db: Database) -> list[tuple[int, str, list[dict[str, str]]]]:
    """(registration id, marked_at as stored, scans) of every mark. SQLite gives the stored
    text; the server gives a datetime (said in UTC here) and the JSON already read."""
    with db.engine.connect() as conn:
        found = conn.execute(
            text("SELECT registration_id, marked_at, scans FROM attendance ORDER BY id")
        )
        return [(int(r), _stored(at), _json(scans)) for r, at, scans in found]


def _stored(at: object) -> str:
    return at.astimezone(UTC).isoformat(" ") if isinstance(at, datetime) else str(at)


def _json(scans: object) -> list[dict[str, str]]:
    return scans if isinstance(scans, list) else json.loads(str(scans))


def test_a_mark_both_records_have_keeps_both_scans_and_undo_splits_them(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = PeopleService(empty_db.session_scope)
    workshops = WorkshopService(empty_db.session_scope)
    door = AttendanceService(empty_db.session_scope)
    workshop = workshops.create(WorkshopInput(titles={"en": "Border security"}, start=DAY, end=DAY))
    keep = people.add(PersonInput("Юсупов", "Тимур", "Рашидович"))
    drop = people.add(PersonInput("Yusupov", "Timur"))
    monkeypatch.setattr("platform.node", lambda: "door-1")
    door.mark(workshop, workshops.register(workshop, keep), DAY, now=LATE)
    monkeypatch.setattr("platform.node", lambda: "door-2")
    door.mark(workshop, workshops.register(workshop, drop), DAY, now=EARLY)
    before = _marks(empty_db)

    service = DuplicateService(empty_db.session_scope)
    merge = service.merge(keep, drop)

    ((registration, marked_at, scans),) = _marks(empty_db)
    assert registration == before[0][0]  # the kept record's mark
    assert marked_at.startswith("2026-03-01 08:01:00")
    assert scans == [
        {"at": EARLY.isoformat(), "laptop": "door-2"},
        {"at": LATE.isoformat(), "laptop": "door-1"},
    ]
    assert check_database(empty_db).ok

    service.undo(merge)
    assert _marks(empty_db) == before
