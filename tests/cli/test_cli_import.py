"""`jpoa participants import`: the JSON report, exit 2 and nothing written on problems."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

LIST = (
    "Фамилия;Имя;Организация;E-mail\n"
    "Нұрланова;Әсел;ҚР ІІМ;a.nurlanova@example.kz\n"
    "Сейтова;Айгүл;Жогорку Кенеш;seitova@\n"
    "Öwezow;Döwlet;TDU;d.owezow@example.tm\n"
)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("JPOA_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "jpoa_desktop.cli", "--db", "i.sqlite", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _setup(tmp_path: Path) -> tuple[Path, int]:
    db = open_database(str(tmp_path / "i.sqlite"))
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "Border"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    db.dispose()
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    return path, workshop


def _people(tmp_path: Path) -> int:
    db = open_database(str(tmp_path / "i.sqlite"))
    try:
        return PeopleService(db.session_scope).count()
    finally:
        db.dispose()


def test_a_bad_row_exits_2_lists_the_error_and_writes_nothing(tmp_path: Path) -> None:
    path, workshop = _setup(tmp_path)
    result = run(
        tmp_path, "participants", "import", str(path), "--workshop", str(workshop), "--json"
    )
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report == {
        "added": 0,
        "linked": 0,
        "skipped": 0,
        "errors": [
            {
                "row": 3,
                "column": "E-mail",
                "message": 'row 3, column "E-mail": "seitova@" is not an e-mail address',
            }
        ],
    }
    assert _people(tmp_path) == 0


def test_dry_run_then_skip_invalid(tmp_path: Path) -> None:
    path, workshop = _setup(tmp_path)
    args = ["participants", "import", str(path), "--workshop", str(workshop), "--json"]
    dry = json.loads(run(tmp_path, *args, "--dry-run", "--skip-invalid").stdout)
    assert (dry["added"], dry["skipped"]) == (2, 1)
    assert _people(tmp_path) == 0
    done = run(tmp_path, *args, "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == 2
    assert _people(tmp_path) == 2
    again = json.loads(run(tmp_path, *args, "--skip-invalid").stdout)
    assert (again["added"], again["linked"]) == (0, 2)


def test_map_option_overrides_a_column(tmp_path: Path) -> None:
    path, workshop = _setup(tmp_path)
    result = run(
        tmp_path,
        "participants",
        "import",
        str(path),
        "--workshop",
        str(workshop),
        "--map",
        "E-mail=notes",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 3
    unknown = run(
        tmp_path,
        "participants",
        "import",
        str(path),
        "--workshop",
        str(workshop),
        "--map",
        "Nope=email",
    )
    assert unknown.returncode == 2 and "Nope" in unknown.stderr
