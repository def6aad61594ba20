"""A backup copied by hand over a database that has a `-wal` beside it is destroyed by the next
program that opens it (SQLite replays the old file's pages into it). `jpoa restore` deals
with the `-wal` itself: the restored database passes `jpoa check` and holds the backup's data."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.cli.runner import jpoa

# A day's work after the backup: more people, written and checkpointed into the main file.
MORE_PEOPLE = (
    "INSERT INTO person SELECT family_name, given_name, patronymic, latin_family_name, "
    "latin_given_name, sex, country, organisation_id, position, email, phone, languages, "
    "consent_data, consent_photos, consent_date, notes, sort_key || hex(randomblob(8)), NULL, "
    "lower(hex(randomblob(16))), created_at, updated_at, erased_at, 1, '' FROM person"
)

# Then a run that commits more and is killed before its WAL is folded into the main file.
_KILLED_AFTER_COMMIT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
with connection:
    connection.execute(sys.argv[2])
os.kill(os.getpid(), signal.SIGKILL)
"""


def people(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def a_database_with_a_live_wal_and_an_older_backup(tmp_path: Path) -> Path:
    """w.sqlite with a -wal of its own beside it; old.sqlite a backup from before."""
    assert jpoa("demo", cwd=tmp_path).returncode == 0
    database = tmp_path / "w.sqlite"
    shutil.copyfile(database, tmp_path / "old.sqlite")  # closed and checkpointed: a whole copy
    connection = sqlite3.connect(database)
    with connection:
        for _ in range(4):
            connection.execute(MORE_PEOPLE)
    connection.close()
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_COMMIT, str(database), MORE_PEOPLE], check=False
    )
    assert child.returncode < 0  # killed
    assert (tmp_path / "w.sqlite-wal").stat().st_size > 0
    return database


def test_a_backup_copied_by_hand_over_a_database_with_a_wal_is_corrupted(tmp_path: Path) -> None:
    """The trap itself, as users fall into it today (why `jpoa restore` exists)."""
    database = a_database_with_a_live_wal_and_an_older_backup(tmp_path)
    shutil.copyfile(tmp_path / "old.sqlite", database)

    check = jpoa("check", cwd=tmp_path)

    assert check.returncode != 0
    assert "malformed" in check.stdout + check.stderr


def test_jpoa_restore_over_a_database_with_a_wal_gives_a_sound_copy_of_the_backup(
    tmp_path: Path,
) -> None:
    database = a_database_with_a_live_wal_and_an_older_backup(tmp_path)
    before, expected = people(database), people(tmp_path / "old.sqlite")

    restored = jpoa("restore", "old.sqlite", cwd=tmp_path)

    assert restored.returncode == 0, restored.stderr
    assert not (tmp_path / "w.sqlite-wal").exists()
    check = jpoa("check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert people(database) == expected
    # The database as it was, WAL and all, was backed up first and is listed.
    listed = jpoa("backup", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "before-restore" in listed.stdout
    (kept,) = (tmp_path / "backups").glob("w-*-before-restore.sqlite")
    assert people(kept) == before
