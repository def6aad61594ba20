"""`jpoa demo`: deterministic, all or nothing, only into an empty database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.services.database import Database, check_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopService

TODAY = date(2026, 11, 25)


def _people(db: Database) -> list[tuple[str, ...]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT family_name, given_name, patronymic, email FROM person ORDER BY id")
        )
        return [tuple(r) for r in rows]


def test_the_small_demo_is_one_running_workshop_of_forty(loaded_db: Database) -> None:
    report = DemoService(loaded_db.session_scope).load("small", today=TODAY)
    assert (report.workshops, report.people, report.registrations) == (1, 40, 40)
    (workshop,) = WorkshopService(loaded_db.session_scope).workshops("ru")
    assert workshop.start < TODAY < workshop.end
    assert workshop.title.startswith("Семинар: ")
    marks = AttendanceService(loaded_db.session_scope).marks(workshop.id)
    assert sum(len(m.days_present) for m in marks) == report.marks > 0
    assert all(day < TODAY for m in marks for day in m.days_present)
    assert check_database(loaded_db).ok


def test_the_demo_is_the_same_every_time(loaded_db: Database, empty_db: Database) -> None:
    from jpoa_desktop.services.library.content import ContentService

    ContentService(empty_db.session_scope).load_builtin()
    DemoService(loaded_db.session_scope).load("small", today=TODAY)
    DemoService(empty_db.session_scope).load("small", today=TODAY)
    assert _people(loaded_db) == _people(empty_db)
    codes = [r.badge_code for r in WorkshopService(empty_db.session_scope).registrations(1)]
    assert codes == [
        r.badge_code for r in WorkshopService(loaded_db.session_scope).registrations(1)
    ]


def test_the_demo_only_goes_into_an_empty_database(loaded_db: Database) -> None:
    service = DemoService(loaded_db.session_scope)
    service.load("small", today=TODAY)
    with pytest.raises(ValidationError, match="already holds 1 workshops and 40 people"):
        service.load("small", today=TODAY)
    assert PeopleService(loaded_db.session_scope).count() == 40


def test_a_cancelled_demo_writes_nothing(loaded_db: Database) -> None:
    steps: list[int] = []

    def cancel_after_people() -> bool:
        return len(steps) >= 2

    with pytest.raises(Cancelled):
        DemoService(loaded_db.session_scope).load(
            "small", progress=lambda done, _total: steps.append(done), cancelled=cancel_after_people
        )
    assert PeopleService(loaded_db.session_scope).count() == 0
    assert WorkshopService(loaded_db.session_scope).workshops("en") == []


def test_the_large_demo_has_the_yardstick_numbers(loaded_db: Database) -> None:
    report = DemoService(loaded_db.session_scope).load("large", today=TODAY)
    assert (report.workshops, report.people, report.registrations, report.marks) == (
        400,
        20_000,
        60_000,
        200_000,
    )
    with loaded_db.engine.connect() as conn:
        counted = [
            conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("workshop", "person", "registration", "attendance")
        ]
        sessions = conn.execute(text("SELECT count(*) FROM agenda_session")).scalar_one()
        workshops_without = conn.execute(
            text(
                "SELECT count(*) FROM workshop WHERE id NOT IN "
                "(SELECT workshop_id FROM agenda_session)"
            )
        ).scalar_one()
    assert counted == [400, 20_000, 60_000, 200_000]
    assert sessions > 400 * 2 * 5 and workshops_without == 0
    assert check_database(loaded_db).ok
    assert PeopleService(loaded_db.session_scope).search("Нұрлан")


def test_the_small_demo_has_a_full_agenda_with_its_own_speakers(loaded_db: Database) -> None:
    from jpoa_desktop.services.workshops.agenda import AgendaService

    DemoService(loaded_db.session_scope).load("small", today=TODAY)
    agenda = AgendaService(loaded_db.session_scope).agenda(1, "ru")
    assert [d.number for d in agenda.days] == [1, 2, 3]
    assert all(day.sessions for day in agenda.days)
    assert agenda.warnings == ()  # no overlaps, nothing outside the dates
    first = agenda.days[0].sessions
    assert any(s.title == "Открытие и приветственные слова" for s in first)
    assert {s.kind for d in agenda.days for s in d.sessions} == {
        "plenary",
        "group_work",
        "break",
        "exercise",
    }
    speakers = {p.person_id for d in agenda.days for s in d.sessions for p in s.speakers}
    roles = {r.person_id: r.role for r in WorkshopService(loaded_db.session_scope).registrations(1)}
    assert speakers and all(roles[p] in ("speaker", "facilitator") for p in speakers)
    assert any(s.tags for d in agenda.days for s in d.sessions if s.kind == "plenary")
