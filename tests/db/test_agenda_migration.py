"""Migration 0003: a database from before agendas keeps its workshops and gains an agenda."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, time
from pathlib import Path

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.migrate import current_revision, head_revision, open_database
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import check_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY = date(2026, 12, 1)


def _migrations_up_to_0002(tmp_path: Path) -> Path:
    copy = tmp_path / "migrations-0002"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (copy / "versions").glob("*.py"):
        if later.name > "0002_workshops.py":  # 0003 and every revision after it
            later.unlink()
    return copy


def test_a_0002_database_with_data_upgrades_to_agendas(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = open_database(str(path), migrations=_migrations_up_to_0002(tmp_path))
    assert current_revision(old) == "0002_workshops"
    workshops = WorkshopService(old.session_scope)
    workshop = workshops.create(WorkshopInput(titles={"en": "Border security"}, start=DAY, end=DAY))
    person = PeopleService(old.session_scope).add(PersonInput("Юсупов", "Тимур"))
    code = workshops.register(workshop, person, role="speaker")
    AttendanceService(old.session_scope).mark(workshop, code, DAY)
    old.dispose()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "agenda_session" not in tables

    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        assert db.backup_path is not None and db.backup_path.exists()
        (registration,) = AttendanceService(db.session_scope).marks(workshop)
        assert registration.days_present == (DAY,)  # the old check-ins are still there
        agenda = AgendaService(db.session_scope)
        talk = agenda.add_session(
            workshop,
            SessionInput(DAY, time(9), time(10), {"en": "Opening"}, speakers=(person,)),
        )
        shown = agenda.agenda(workshop, "en").session(talk)
        assert shown is not None and [s.name for s in shown.speakers] == ["Юсупов Тимур"]
        assert check_database(db).ok
    finally:
        db.dispose()
