"""A backup or a restore killed (kill -9) midway: the database still passes `jpoa check` with all
or none of the restore, and the backups folder holds no half file that `jpoa backup list` shows.

The child process wraps the read-only connection each copy is read through, so that it is
killed after the first pages of the N-th copy (in a restore: 1 = the backup of the current
file, 2 = the copy of the backup being restored)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli.runner import jpoa

_KILLED_MID_COPY = """
import os, signal, sys
from pathlib import Path
import jpoa_desktop.files.sqlite_copy as copies
from jpoa_desktop.services.exchange.backup import backup_file
from jpoa_desktop.services.exchange.restore import restore

kill_at, calls = int(sys.argv[1]), []

class Source:
    def __init__(self, connection):
        self._connection = connection
    def backup(self, target):
        calls.append(1)
        if len(calls) < kill_at:
            return self._connection.backup(target)
        kill = lambda *_: os.kill(os.getpid(), signal.SIGKILL)
        self._connection.backup(target, pages=2, progress=kill)
    def __getattr__(self, name):
        return getattr(self._connection, name)

opened = copies.connect_read_only
copies.connect_read_only = lambda path: Source(opened(path))
if sys.argv[2] == "backup":
    backup_file(Path(sys.argv[3]), "by-hand")
else:
    restore(Path(sys.argv[3]), Path(sys.argv[4]))
print("not killed")
"""


def changed(path: Path) -> int:
    """How many people carry the note written after the backup was taken."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sql = "SELECT count(*) FROM person WHERE notes = 'changed'"
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def killed(*args: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_COPY, *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode < 0, child.stdout + child.stderr


def listed(folder: Path) -> list[str]:
    result = jpoa("backup", "list", "--json", cwd=folder)
    assert result.returncode == 0, result.stderr
    return [entry["reason"] for entry in json.loads(result.stdout)]


def test_a_backup_killed_midway_leaves_the_database_sound_and_no_listed_backup(
    tmp_path: Path,
) -> None:
    assert jpoa("demo", cwd=tmp_path).returncode == 0

    killed("1", "backup", str(tmp_path / "w.sqlite"))

    assert jpoa("check", cwd=tmp_path).returncode == 0
    assert listed(tmp_path) == []
    assert all(p.name.startswith(".") for p in (tmp_path / "backups").iterdir())


@pytest.mark.parametrize("kill_at", [1, 2], ids=["backing-up-current", "copying-backup"])
def test_a_restore_killed_midway_leaves_the_database_sound_with_all_or_none_of_it(
    tmp_path: Path, kill_at: int
) -> None:
    assert jpoa("demo", cwd=tmp_path).returncode == 0
    database = tmp_path / "w.sqlite"
    shutil.copyfile(database, tmp_path / "old.sqlite")
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE person SET notes = 'changed'")
    connection.close()
    assert changed(database) == 40

    killed(str(kill_at), "restore", str(tmp_path / "old.sqlite"), str(database))

    check = jpoa("check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert changed(database) in (0, 40)  # all of the restore, or none
    assert listed(tmp_path) == ([] if kill_at == 1 else ["before-restore"])
    assert jpoa("restore", "old.sqlite", cwd=tmp_path).returncode == 0  # and again, to the end
    assert changed(database) == 0
