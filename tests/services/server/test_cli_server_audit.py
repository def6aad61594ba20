"""`jpoa server audit` run as a user runs it: on the throw-away server, and on a laptop's file."""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.cli.runner import jpoa as run_jpoa
from tests.postgres_cluster import Cluster

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService


def jpoa(database: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command on `database`: a second --db overrides the runner's w.sqlite."""
    return run_jpoa("--db", database, *args, cwd=cwd)


@pytest.fixture
def marked_workshop(postgres_cluster: Cluster) -> Iterator[tuple[str, int]]:
    """A server database holding a workshop with one participant marked present."""
    name = postgres_cluster.new_database_name("cli_audit")
    url = postgres_cluster.create_database(name, template="jpoa_empty_template")
    address = url.render_as_string(hide_password=False)
    db = open_database(address)
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"ru": "Кибербезопасность"},
            start=date(2026, 11, 2),
            end=date(2026, 11, 3),
            country="TJ",
        )
    )
    person = PeopleService(db.session_scope).add(
        PersonInput(family_name="Рахимов", given_name="Фаррух")
    )
    code = workshops.register(workshop, person)
    AttendanceService(db.session_scope).mark(workshop, code, date(2026, 11, 3))
    db.dispose()
    yield address, workshop
    postgres_cluster.drop_database(name)


def test_the_log_prints_as_json_and_as_lines(
    marked_workshop: tuple[str, int], tmp_path: Path
) -> None:
    address, workshop = marked_workshop
    result = jpoa(address, "server", "audit", "--workshop", str(workshop), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kept"] is True and data["total"] == len(data["entries"])
    mark = next(e for e in data["entries"] if e["table"] == "attendance")
    assert (mark["action"], mark["changed_by"]) == ("insert", "jpoa_test_admin")
    assert mark["label"] == "Рахимов Фаррух, 2026-11-03"
    assert data["entries"][-1]["table"] == "workshop"  # the oldest: the workshop was made first

    result = jpoa(
        address, "server", "audit", "--workshop", str(workshop), "--table", "workshop",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first, summary = result.stdout.splitlines()
    assert "workshop" in first and "“Кибербезопасность”" in first and '"country": "TJ"' in first
    assert summary == "1 of 1 entries, newest first"


def test_the_log_is_written_to_a_csv_file(marked_workshop: tuple[str, int], tmp_path: Path) -> None:
    address, workshop = marked_workshop
    target = tmp_path / "журнал.csv"
    result = jpoa(
        address, "server", "audit", "--workshop", str(workshop), "--out", str(target),
        "--user", "jpoa_test_admin", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert result.stdout.startswith(f"{len(rows) - 1} entries written to")
    assert {row[3] for row in rows[1:]} == {"workshop", "registration", "attendance"}


def test_a_bad_day_and_a_laptop_s_file_are_told_plainly(
    marked_workshop: tuple[str, int], tmp_path: Path
) -> None:
    address, workshop = marked_workshop
    result = jpoa(address, "server", "audit", "--draft", "1", "--since", "1.12.2026", cwd=tmp_path)
    assert result.returncode == 2 and "is not a date like 2026-12-01" in result.stderr
    assert jpoa("w.sqlite", "init", cwd=tmp_path).returncode == 0
    result = jpoa("w.sqlite", "server", "audit", "--workshop", str(workshop), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip() == "No audit log here: it is kept only on a shared PostgreSQL server."
    )
