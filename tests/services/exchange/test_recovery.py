"""A damaged database's recovery: what is wrong with it, and the newest backup still sound."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.damaged_files import damage_table
from tests.services.exchange.test_backups import demo_database

from jpoa_desktop.services.exchange.backup import backup_file
from jpoa_desktop.services.exchange.recovery import damage_reason, newest_good_backup

NOON = datetime(2026, 12, 6, 12, 0, 0)


def test_a_sound_file_has_no_damage_and_a_scribbled_one_says_what_quick_check_found(
    tmp_path: Path,
) -> None:
    path = demo_database(tmp_path)
    assert damage_reason(path) is None

    damage_table(path, "person")

    reason = damage_reason(path)
    assert reason is not None and reason.strip() and "\n" not in reason


def test_the_newest_good_backup_skips_a_damaged_newer_one_and_a_copy_of_a_damaged_file(
    tmp_path: Path,
) -> None:
    path = demo_database(tmp_path)
    older = backup_file(path, "daily", now=NOON - timedelta(days=2))
    good = backup_file(path, "on-close", now=NOON - timedelta(days=1))
    newer = backup_file(path, "before-import", now=NOON - timedelta(hours=1))
    kept_damaged = backup_file(path, "before-restore-damaged", now=NOON, verify=False)
    damage_table(newer.path, "person")

    found = newest_good_backup(path)

    assert kept_damaged.when > newer.when > good.when > older.when
    assert found is not None and found.path == good.path
    assert (found.workshops, found.people) == (1, 40)


def test_no_backup_or_only_damaged_ones_offer_nothing_and_other_databases_are_not_ours(
    tmp_path: Path,
) -> None:
    path = demo_database(tmp_path)
    assert newest_good_backup(path) is None
    other = tmp_path / "other.sqlite"
    other.write_bytes(path.read_bytes())
    backup_file(other, "daily", now=NOON)  # the same folder, another database's backup
    only = backup_file(path, "daily", now=NOON)
    damage_table(only.path, "workshop")

    assert newest_good_backup(path) is None
    found = newest_good_backup(other)
    assert found is not None and found.database == "other"
