"""Marks for one session of the agenda: counted apart, undone without touching earlier marks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY = date(2026, 12, 1)
MORNING = datetime(2026, 12, 1, 8, 50, tzinfo=UTC)


@pytest.fixture
def setting(empty_db: Database) -> tuple[int, str, str]:
    """A one-day workshop with one session and one registered person: (workshop, code, uuid)."""
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(WorkshopInput(titles={"en": "Border security"}, start=DAY, end=DAY))
    person = PeopleService(empty_db.session_scope).add(
        PersonInput(family_name="Назарова", given_name="Гулнора")
    )
    code = workshops.register(workshop, person, status="confirmed")
    agenda = AgendaService(empty_db.session_scope)
    session_id = agenda.add_session(
        workshop, SessionInput(DAY, time(9), time(10, 30), {"en": "Risk analysis"})
    )
    return workshop, code, agenda.get(session_id, "en").uuid


def test_a_session_check_in_counts_for_the_session_and_the_day(
    empty_db: Database, setting: tuple[int, str, str]
) -> None:
    workshop, code, session = setting
    door = AttendanceService(empty_db.session_scope)
    check_in = door.mark(workshop, code, DAY, now=MORNING, session=session)
    assert check_in.session == session and not check_in.already
    assert door.counts(workshop, DAY, session) == (1, 1)
    assert door.counts(workshop, DAY) == (1, 1)


def test_undoing_a_session_check_in_takes_back_the_day_mark_it_made(
    empty_db: Database, setting: tuple[int, str, str]
) -> None:
    workshop, code, session = setting
    door = AttendanceService(empty_db.session_scope)
    check_in = door.mark(workshop, code, DAY, now=MORNING, session=session)
    assert door.unmark(check_in.registration_id, DAY, check_in.session)
    assert door.counts(workshop, DAY, session) == (1, 0)
    assert door.counts(workshop, DAY) == (1, 0)
    assert WorkshopService(empty_db.session_scope).registrations(workshop)[0].status == "confirmed"


def test_undoing_a_session_check_in_keeps_an_earlier_day_mark(
    empty_db: Database, setting: tuple[int, str, str]
) -> None:
    workshop, code, session = setting
    door = AttendanceService(empty_db.session_scope)
    door.mark(workshop, code, DAY, now=MORNING)
    later = MORNING.replace(hour=9, minute=5)
    check_in = door.mark(workshop, code, DAY, now=later, session=session)
    assert not check_in.already
    assert door.unmark(check_in.registration_id, DAY, check_in.session)
    assert door.counts(workshop, DAY, session) == (1, 0)
    assert door.counts(workshop, DAY) == (1, 1)
