"""Migration 0003: a database from before agendas keeps its workshops and gains an agenda."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import date, time
from pathlib import Path

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.migrate import current_revision, head_revision, open_database
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import check_database
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService

DAY = date(2026, 12, 1)


def _migrations_up_to_0002(tmp_path: Path) -> Path:
    copy = tmp_path / "migrations-0002"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (copy / "versions").glob("*.py"):
        if later.name > "0002_workshops.py":  # 0003 and every revision after it
            later.unlink()
    return copy


def _old_workshop_with_a_mark(path: Path) -> tuple[int, int]:
    """A workshop, a speaker registered and marked present, written as a 0002 build wrote them.

    Raw SQL, not today's services: today's models have columns (a mark's scans, a person's
    erasure time) that a 0002 file does not have yet.
    """
    now = "2026-11-30 08:00:00.000000"
    tracked = "?, ?, ?"  # uuid, created_at, updated_at
    with sqlite3.connect(path) as conn:
        workshop = conn.execute(
            "INSERT INTO workshop (titles, kind, start_date, end_date, venue, city, country,"
            " languages, organisers, partners, phase_key, status, notes, uuid, created_at,"
            f" updated_at) VALUES ('{{\"en\": \"Border security\"}}', 'workshop', ?, ?, '', '',"
            f" '', '[]', '[]', '[]', '', 'planned', '', {tracked})",
            (DAY.isoformat(), DAY.isoformat(), str(uuid.uuid4()), now, now),
        ).lastrowid
        person = conn.execute(
            "INSERT INTO person (family_name, given_name, patronymic, latin_family_name,"
            " latin_given_name, sex, country, position, email, phone, languages, consent_data,"
            " consent_photos, notes, sort_key, uuid, created_at, updated_at) VALUES"
            " ('Юсупов', 'Тимур', '', 'IUSUPOV', 'TIMUR', '', '', '', '', '', '[]', 0, 0, '',"
            f" 'юсупов тимур', {tracked})",
            (str(uuid.uuid4()), now, now),
        ).lastrowid
        registration = conn.execute(
            "INSERT INTO registration (workshop_id, person_id, role, status, badge_code, uuid,"
            f" created_at, updated_at) VALUES (?, ?, 'speaker', 'attended', 'K7M2Q9', {tracked})",
            (workshop, person, str(uuid.uuid4()), now, now),
        ).lastrowid
        conn.execute(
            "INSERT INTO attendance (registration_id, day, session_key, marked_at, uuid,"
            f" created_at, updated_at) VALUES (?, ?, '', ?, {tracked})",
            (registration, DAY.isoformat(), now, str(uuid.uuid4()), now, now),
        )
    conn.close()
    assert workshop is not None and person is not None
    return workshop, person


def test_a_0002_database_with_data_upgrades_to_agendas(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = open_database(str(path), migrations=_migrations_up_to_0002(tmp_path))
    assert current_revision(old) == "0002_workshops"
    old.dispose()
    workshop, person = _old_workshop_with_a_mark(path)
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
        with sqlite3.connect(path) as conn:  # 0009 gave the old mark its one scan
            (scans,) = conn.execute("SELECT scans FROM attendance").fetchone()
        conn.close()
        assert json.loads(scans) == [{"at": "2026-11-30T08:00:00.000000+00:00", "laptop": ""}]
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
