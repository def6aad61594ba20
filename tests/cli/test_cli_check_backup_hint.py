"""`jpoa check` on a damaged file names the newest backup that passes its check, and how to
put it in place; a damaged backup is passed over."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

from tests.damaged_files import damage_table

from jpoa_desktop.cli.main import main
from jpoa_desktop.services.exchange.backup import backup_file

NOON = datetime(2026, 12, 6, 12, 0, 0)


def _check(db: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = main(["--db", str(db), "check"], out)
    return code, out.getvalue().splitlines()


def test_check_on_a_damaged_file_names_the_newest_sound_backup(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    assert main(["--db", str(db), "demo"], io.StringIO()) == 0
    good = backup_file(db, "daily", now=NOON - timedelta(days=1))
    newer = backup_file(db, "on-close", now=NOON)
    damage_table(newer.path, "person")
    code, lines = _check(db)
    assert code == 0 and lines[0].startswith(f"OK: {db}")  # sound: no hint

    damage_table(db, "person")
    code, lines = _check(db)

    assert code == 1
    assert lines[0].startswith("Problem: integrity:")
    assert lines[-1] == (
        "Hint: the newest backup that passes its check is from 2026-12-05 12:00; "
        f"`jpoa restore {good.path}` puts it in place."
    )


def test_check_on_a_damaged_file_without_a_sound_backup_gives_no_hint(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    assert main(["--db", str(db), "demo"], io.StringIO()) == 0
    damage_table(db, "person")

    code, lines = _check(db)

    assert code == 1 and lines and not any(line.startswith("Hint:") for line in lines)
