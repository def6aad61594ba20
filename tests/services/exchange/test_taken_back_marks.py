"""A mark taken back at the door stays taken back when a laptop that got it in a package sends
it back; a scan this laptop never saw (the person was scanned over there) brings the mark back
with it, and marking the person again here forgets that it was taken back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from tests.services.exchange.laptops import (
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    rows,
    send,
    two_laptops,
    workshop_ids,
)

from jpoa_desktop.services.container import Services

DAY = date(2026, 12, 7)  # the small demo's last day: nobody is marked on it yet
EIGHT = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def _someone(services: Services) -> tuple[int, str]:
    query = "SELECT id, badge_code FROM registration ORDER BY uuid LIMIT 1"
    ((registration_id, code),) = rows(services, query)
    return int(str(registration_id)), str(code)


def _marks(services: Services) -> list[tuple[str, list[dict[str, str]]]]:
    found = rows(services, f"SELECT marked_at, scans FROM attendance WHERE day = '{DAY}'")
    return [(str(at), json.loads(str(scans))) for at, scans in found]


def _door(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr("platform.node", lambda: name)


def test_a_mark_taken_back_here_does_not_come_back_from_a_laptop_that_got_it(
    tmp_path: Path, laptop_b: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    registration_id, code = _someone(a)
    _door(monkeypatch, "door-1")
    a.attendance.mark(workshop_id, code, DAY, now=EIGHT)
    send(a, b, tmp_path / "a.jpoa")  # B now holds the mark too
    assert a.attendance.unmark(registration_id, DAY)

    outcome = send(b, a, tmp_path / "b.jpoa")

    assert _marks(a) == [] and len(_marks(b)) == 1
    assert outcome.added == {} and outcome.deleted_here == 1
    assert not a.packages.preview(tmp_path / "b.jpoa").changes_anything


def test_a_scan_never_seen_here_brings_the_mark_back(
    tmp_path: Path, laptop_b: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    registration_id, code = _someone(a)
    _door(monkeypatch, "door-1")
    a.attendance.mark(workshop_id, code, DAY, now=EIGHT.replace(minute=5))
    assert a.attendance.unmark(registration_id, DAY)
    _door(monkeypatch, "door-2")  # B scanned the person itself, and A never saw it
    b.attendance.mark(workshop_id, code, DAY, now=EIGHT.replace(minute=3))

    outcome = send(b, a, tmp_path / "b.jpoa")

    assert outcome.added == {"attendance": 1}
    assert _marks(a) == _marks(b)
    assert _marks(a)[0][1] == [{"at": EIGHT.replace(minute=3).isoformat(), "laptop": "door-2"}]


def test_marking_again_here_forgets_the_mark_was_taken_back(
    tmp_path: Path, laptop_b: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_laptops(tmp_path, laptop_b)
    (workshop_id,) = workshop_ids(a)
    registration_id, code = _someone(a)
    _door(monkeypatch, "door-1")
    a.attendance.mark(workshop_id, code, DAY, now=EIGHT)
    send(a, b, tmp_path / "a.jpoa")
    assert a.attendance.unmark(registration_id, DAY)
    assert len(rows(a, "SELECT * FROM taken_back_mark")) == 1
    a.attendance.mark(workshop_id, code, DAY, now=EIGHT.replace(hour=9))
    assert rows(a, "SELECT * FROM taken_back_mark") == []

    outcome = send(b, a, tmp_path / "b.jpoa")

    # The new mark merges with B's as any two marks do: both scans, the earliest time.
    assert outcome.updated == {"attendance": 1}
    ((marked_at, scans),) = _marks(a)
    assert marked_at.startswith("2026-12-07 08:00:00")
    assert [scan["at"] for scan in scans] == [
        EIGHT.isoformat(),
        EIGHT.replace(hour=9).isoformat(),
    ]
