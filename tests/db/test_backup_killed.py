"""The copy of the database made before an upgrade is written under a marked partial name and
renamed when whole: a run killed mid-copy leaves no backup that looks complete (a trainer might
restore it), and the next start removes the part."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from jpoa_desktop.cli.main import main
from jpoa_desktop.db.migrate import head_revision
from jpoa_desktop.files.atomic import PARTIAL_MARK
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService

REPO = Path(__file__).resolve().parents[2]

# The child upgrades the database and is killed after the first pages of the backup copy.
_KILLED_MID_BACKUP = """
import os, signal, sqlite3, sys, types
import jpoa_desktop.db.migrate as migrate
import jpoa_desktop.files.sqlite_copy as sqlite_copy

class Source:
    def __init__(self, connection):
        self._connection = connection
    def backup(self, target):
        kill = lambda *_: os.kill(os.getpid(), signal.SIGKILL)
        self._connection.backup(target, pages=4, progress=kill)
    def __getattr__(self, name):
        return getattr(self._connection, name)
    def __enter__(self):
        return self
    def __exit__(self, *details):
        return self._connection.__exit__(*details)

def connect(*args, **kwargs):
    connection = sqlite3.connect(*args, **kwargs)
    return Source(connection) if kwargs.get("uri") else connection

shim = types.ModuleType("sqlite3")
shim.__dict__.update(vars(sqlite3))
shim.connect = connect
sqlite_copy.sqlite3 = shim  # the copy the upgrade's backup is made by
migrate.open_database(sys.argv[1], migrations=migrate.Path(sys.argv[2]))
"""


def _migrations_with_an_extra_revision(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(REPO / "db", folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_test_notes.py").write_text(
        '"""A later revision."""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f'revision = "9000_test_notes"\ndown_revision = "{head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n"
        '    op.create_table("test_note", sa.Column("id", sa.Integer, primary_key=True))\n',
        encoding="utf-8",
    )
    return folder


def test_a_backup_killed_mid_copy_leaves_no_whole_looking_backup_and_is_tidied_next_start(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "trainer.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    db.dispose()
    migrations = _migrations_with_an_extra_revision(tmp_path)

    child = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_BACKUP, str(path), str(migrations)],
        check=False,
        timeout=120,
    )

    assert child.returncode == -signal.SIGKILL
    assert list(folder.glob("backups/trainer-*-before-upgrade*")) == []
    parts = [p for p in (folder / "backups").iterdir() if PARTIAL_MARK in p.name]
    assert parts and all(p.name.startswith(".trainer-") for p in parts)
    an_hour_ago = time.time() - 3600
    for part in parts:
        os.utime(part, (an_hour_ago, an_hour_ago))

    assert main(["--db", str(path), "check"]) == 0

    assert sorted(p.name for p in folder.iterdir()) == ["backups", "trainer.sqlite"]
    assert list((folder / "backups").iterdir()) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    connection.close()
