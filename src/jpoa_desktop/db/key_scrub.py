"""Wiping the private signing keys that older versions kept in the database file.

Migration 0008 moves each key to the user's key file and overwrites it in the table with
`secure_delete` on; what it cannot do inside its transaction runs here, after the commit:
VACUUM (the file is rebuilt, no stale page keeps the old bytes) and a truncating checkpoint
(the write-ahead log, which may hold older copies of those pages, is emptied). The backups the
app made before (in its backups folder, or next to the file where older versions put the one
before an upgrade) hold the key too: they are scrubbed the same way, so a copy of any of them
cannot sign (the key file is what signs now).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from jpoa_desktop.db.engine import sqlite_path
from jpoa_desktop.files.backup_names import backup_names, backups_folder

KEY_OUT_REVISION = "0008_signing_key_out"


def scrub_after_upgrade(engine: Engine, from_revision: str | None) -> None:
    """After an upgrade from `from_revision`: wipe the keys' old bytes if it crossed 0008."""
    path = sqlite_path(engine.url)
    if path is None or from_revision is None or from_revision >= KEY_OUT_REVISION:
        return
    with engine.connect() as connection:
        autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
        autocommit.exec_driver_sql("PRAGMA secure_delete=ON")
        autocommit.exec_driver_sql("VACUUM")
        autocommit.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    older = path.parent.glob(f"{path.stem}.*.before-upgrade-from-*{path.suffix}")  # beside it
    backups = [name.path for name in backup_names(backups_folder(path), path.stem)]
    for backup in [*older, *backups]:
        scrub_backup(backup)


def scrub_backup(path: Path) -> None:
    """Blank the private keys in an older backup (still restorable: the upgrade finds the key
    file and leaves it be). A file that is no database of ours is left alone."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(signing_key)")}
        if "private_key" not in columns:
            return
        connection.execute("PRAGMA journal_mode=MEMORY")  # no journal file keeps the old page
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("UPDATE signing_key SET private_key = ''")
        connection.execute("VACUUM")
    except sqlite3.Error:
        return
    finally:
        connection.close()
