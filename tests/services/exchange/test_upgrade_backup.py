"""The backup before a schema upgrade lands in the backups folder, named like every other
backup, listed with the others and rotated with them; which backups get the full check."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.db.test_open_database import _migrations_with_an_extra_revision

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.exchange.backup import backup_file, backups_of
from jpoa_desktop.services.exchange.recovery import newest_good_backup
from jpoa_desktop.services.library.content import ContentService


def test_the_backup_before_an_upgrade_is_one_of_the_database_s_backups(tmp_path: Path) -> None:
    path = tmp_path / "trainer.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    db.dispose()

    upgraded = open_database(str(path), migrations=_migrations_with_an_extra_revision(tmp_path))
    upgraded.dispose()

    backup = upgraded.backup_path
    assert backup is not None and backup.parent == tmp_path / "backups"
    (listed,) = backups_of(path)
    assert listed.path == backup and listed.reason == "before-upgrade"
    assert backup.name == f"trainer-{listed.when:%Y-%m-%dT%H-%M-%S}-before-upgrade.sqlite"
    assert listed.workshops == 0 and listed.people == 0
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["trainer.sqlite"]
    assert newest_good_backup(path) == listed

    later = datetime.now() + timedelta(days=800)  # past what rotation keeps of it
    for minute in range(11):
        backup_file(path, "by-hand", now=later + timedelta(minutes=minute))
    assert backup not in [info.path for info in backups_of(path)]


def _index_out_of_step_with_its_table(path: Path) -> None:
    """Damage that only the full check finds: an index that no longer matches its table."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE scratch (a, b)")
    connection.execute("CREATE INDEX scratch_a ON scratch (a)")
    connection.executemany("INSERT INTO scratch VALUES (?, ?)", [(n, -n) for n in range(50)])
    connection.commit()
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_a ON scratch (b)' "
        "WHERE name = 'scratch_a'"
    )
    connection.commit()
    connection.close()


def test_the_daily_backup_gets_the_full_check_and_the_one_on_closing_the_quick_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "trainer.sqlite"
    open_database(str(path)).dispose()
    _index_out_of_step_with_its_table(path)

    quick = backup_file(path, "on-close")  # every page is sound: kept
    with pytest.raises(ValidationError, match="missing from index"):
        backup_file(path, "daily")

    assert [info.path for info in backups_of(path)] == [quick.path]
