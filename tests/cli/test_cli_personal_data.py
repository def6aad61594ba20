"""`jpoa people export-data`, `erase` and `retention`, run as a user would."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

ENDED = date(2025, 3, 14)


@pytest.fixture
def people(tmp_path: Path) -> dict[str, int]:
    """Two people at a workshop that ended in March 2025, both marked present."""
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        workshops = WorkshopService(db.session_scope)
        workshop = workshops.create(
            WorkshopInput(titles={"ru": "Правосудие", "en": "Justice"}, start=ENDED, end=ENDED)
        )
        directory = PeopleService(db.session_scope)
        ids = {
            "kk": directory.add(PersonInput("Кенжебаева", "Күләш", email="k@example.kz")),
            "tm": directory.add(PersonInput("Öwezowa", "Maýsa", email="m@example.tm")),
        }
        for person in ids.values():
            AttendanceService(db.session_scope).mark(
                workshop, workshops.register(workshop, person), ENDED
            )
        return ids
    finally:
        db.dispose()


def test_export_data_prints_json_or_writes_a_private_file(
    tmp_path: Path, people: dict[str, int]
) -> None:
    data = as_json(jpoa("people", "export-data", str(people["kk"]), cwd=tmp_path))
    assert data["person"]["family_name"] == "Кенжебаева"
    assert [r["workshop"]["titles"]["ru"] for r in data["registrations"]] == ["Правосудие"]
    assert "Öwezowa" not in json.dumps(data, ensure_ascii=False)

    out = tmp_path / "request.json"
    by_uuid = data["person"]["uuid"]
    result = jpoa("people", "export-data", by_uuid, "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["id"] == people["kk"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_erase_answers_in_json_and_twice_is_a_no_op(tmp_path: Path, people: dict[str, int]) -> None:
    erased = as_json(jpoa("people", "erase", str(people["kk"]), "--json", cwd=tmp_path))
    assert erased["name"] == f"Erased person #{people['kk']}"
    assert (erased["registrations"], erased["marks"], erased["already_erased"]) == (1, 1, False)
    other = jpoa("people", "erase", str(people["tm"]), cwd=tmp_path)
    assert "shown as “Erased person #" in other.stdout
    assert "Backups made before now still hold the old data" in other.stdout
    again = jpoa("people", "erase", str(people["kk"]), cwd=tmp_path)
    assert again.returncode == 0
    assert "nothing changed" in again.stdout
    assert as_json(jpoa("people", "search", "Кенжебаева", "--json", cwd=tmp_path)) == []


@pytest.mark.parametrize("command", ["export-data", "erase"])
def test_an_unknown_person_exits_2_with_one_line(
    tmp_path: Path, people: dict[str, int], command: str
) -> None:
    result = jpoa("people", command, "9999", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "There is no person “9999”" in result.stderr


def test_retention_previews_then_erases_with_apply(tmp_path: Path, people: dict[str, int]) -> None:
    months = ("people", "retention", "--months", "12", "--today")
    assert as_json(jpoa(*months, "2026-03-14", "--json", cwd=tmp_path))["due"] == []
    preview = as_json(jpoa(*months, "2026-03-15", "--json", cwd=tmp_path))
    assert [(d["id"], d["last_workshop"], d["last_ended"]) for d in preview["due"]] == [
        (people["kk"], "Justice", "2025-03-14"),
        (people["tm"], "Justice", "2025-03-14"),
    ]
    text = jpoa(*months, "2026-03-15", cwd=tmp_path)
    assert "Кенжебаева Күләш" in text.stdout and "2 people due" in text.stdout
    applied = as_json(jpoa(*months, "2026-03-15", "--apply", "--json", cwd=tmp_path))
    assert sorted(applied["erased"]) == sorted(people.values())
    assert as_json(jpoa(*months, "2026-03-15", "--json", cwd=tmp_path))["due"] == []
    assert jpoa("people", "retention", "--months", "0", cwd=tmp_path).returncode == 2
