"""Killing the process in the middle of a large import leaves all of it or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import openpyxl

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.services.database import check_database, open_database
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

ROWS = 6_000


def _large_list(path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Фамилия", "Имя", "Отчество", "Организация", "Эл. почта"])
    for p in generate_people(ROWS, seed=3):
        sheet.append([p.family_name, p.given_name, p.patronymic, p.organisation.name, p.email])
    book.save(path)


def test_sigkill_during_an_import_leaves_all_or_none(tmp_path: Path) -> None:
    db_path = tmp_path / "kill.sqlite"
    db = open_database(str(db_path))
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "K"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    db.dispose()
    listing = tmp_path / "list.xlsx"
    _large_list(listing)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [
        sys.executable,
        "-m",
        "jpoa_desktop.cli",
        "--db",
        str(db_path),
        "participants",
        "import",
        str(listing),
        "--workshop",
        str(workshop),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = db_path.with_name(db_path.name + "-wal")
    killed_while_writing = False
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 256 * 1024:  # the import's transaction is writing
            os.kill(process.pid, signal.SIGKILL)
            killed_while_writing = True
            break
        time.sleep(0.005)
    process.wait(timeout=60)
    assert killed_while_writing, "the import finished before it could be killed"

    db = open_database(str(db_path))
    report = check_database(db)
    people = PeopleService(db.session_scope).count()
    registered = len(WorkshopService(db.session_scope).registrations(workshop))
    db.dispose()
    assert report.ok, report.problems
    # All or none: killed before the commit record, nothing is kept; just after it, everything.
    assert people == registered
    assert people == 0 or people > ROWS * 0.9
