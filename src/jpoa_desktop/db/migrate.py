"""Opening a database safely: refuse what is not ours, back up before upgrading, then upgrade.

The checks before the upgrade read the file with the plain `sqlite3` driver in read-only mode,
so a file we refuse is never written to (not even the WAL pragma touches it).
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.engine import (
    SessionScope,
    display_name,
    make_engine,
    make_session_scope,
    sqlite_path,
    to_url,
)
from jpoa_desktop.db.faults import (
    DatabaseFault,
    damaged,
    database_fault,
    plain_reason,
)
from jpoa_desktop.db.key_scrub import scrub_after_upgrade
from jpoa_desktop.db.write_lock import WriteLock
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, DatabaseRefused, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.files.backup_names import free_backup_path
from jpoa_desktop.files.sqlite_copy import FULL, copy_database

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseMissing(DatabaseFault):
    """The file named does not exist, and this command only opens databases that do."""


@dataclass(frozen=True)
class Database:
    """An open, migrated database: what every service is handed."""

    url: URL
    engine: Engine
    session_scope: SessionScope
    backup_path: Path | None = None
    write_lock: WriteLock = field(default_factory=WriteLock)

    @property
    def display_name(self) -> str:
        return display_name(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def known_revisions(migrations: Path | None = None) -> list[str]:
    """Revision ids in order; each migration file is named after its revision id."""
    folder = (migrations or migrations_dir()) / "versions"
    return sorted(p.stem for p in folder.glob("[0-9]*.py"))


def head_revision(migrations: Path | None = None) -> str:
    return known_revisions(migrations)[-1]


def _read_only_revision(path: Path) -> str | None:
    """The schema revision of an existing SQLite file, None for a new or empty one."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=path
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a JPoA Desktop database (it is not an SQLite file); "
                "the file was left unchanged.",
            ),
            path=path,
        )
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                return str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # An SQLite header over pages that do not fit is a damaged file, not someone else's;
        # a full, read-only or vanished disk is said as such too.
        fault = database_fault(exc, path)
        if fault is not None:
            raise fault from None
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be read as a database ({reason}); the file was left unchanged.",
            ),
            path=path,
            reason=exc,
        ) from exc
    if tables:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is an SQLite database made by another program, not by JPoA Desktop; "
                "the file was left unchanged.",
            ),
            path=path,
        )
    return None


def _server_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database: {reason}"),
            reason=plain_reason(exc),
        ) from None


def _refuse_if_newer(revision: str | None, where: str, migrations: Path | None) -> None:
    if revision is not None and revision not in known_revisions(migrations):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of JPoA Desktop (schema {revision}); "
                "update the app to open it. The database was left unchanged.",
            ),
            path=where,
            revision=revision,
        )


def backup_sqlite_file(path: Path) -> Path:
    """Back the file up before a migration touches it: into its backups folder, named and
    checked (fully) like the daily backup, so it is listed, restored and rotated with the rest.

    The copy is made under a marked partial name and renamed when whole (`atomic`): a run
    killed mid-copy leaves no backup that looks complete, and the next start removes the part.
    A copy that fails its check is not kept, and the upgrade does not run.
    """
    backup = free_backup_path(path, datetime.now().replace(microsecond=0), "before-upgrade")
    replace_atomically(
        backup,
        lambda temporary: copy_database(path, temporary, FULL),
        mode=stat.S_IMODE(path.stat().st_mode),
    )
    return backup


def upgrade(connection: Connection, migrations: Path | None = None) -> None:
    """Run the Alembic migrations to head on this connection (Alembic is imported only here)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations or migrations_dir()))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def open_database(
    target: str,
    migrations: Path | None = None,
    *,
    create: bool = True,
    write_lock: WriteLock | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at a file path or SQLAlchemy URL.

    `migrations` is the Alembic folder to use; tests pass a copy with an extra revision to see
    an older database being upgraded. `create=False` refuses a file that does not exist: a
    mistyped `--db` must not quietly start an empty database. `write_lock` says how long writes
    wait for another program, and whom to tell.
    """
    head = head_revision(migrations)
    url = to_url(target)
    path = sqlite_path(url)
    backup: Path | None = None
    lock = write_lock or WriteLock()
    if path is not None and not create and not path.exists():
        raise DatabaseMissing(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no database at {path}; run `jpoa init` to create one."
            ),
            path=path,
        )
    if path is not None:
        revision = _read_only_revision(path)
        _refuse_if_newer(revision, str(path), migrations)
        if not path.parent.is_dir():
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
                folder=path.parent,
            )
        if revision is not None and revision != head:
            try:
                backup = backup_sqlite_file(path)
            except sqlite3.Error as exc:
                raise database_fault(exc, path) or exc from None
            except ValidationError:  # the copy failed its check: the file itself is damaged
                raise damaged(path) from None
        engine = make_engine(url)
    else:
        engine = make_engine(url)
        revision = _server_revision(engine)
        _refuse_if_newer(revision, url.render_as_string(hide_password=True), migrations)
    if revision != head:
        try:
            with engine.begin() as conn:
                upgrade(conn, migrations)
        except SQLAlchemyError as exc:
            engine.dispose()
            fault = database_fault(exc, display_name(url))
            if fault is not None:
                raise fault from None
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP("Errors", "Cannot prepare the database: {reason}"),
                reason=plain_reason(exc),
            ) from None
    scrub_after_upgrade(engine, revision)  # old private signing keys: no trace left
    return Database(
        url=url,
        engine=engine,
        session_scope=make_session_scope(engine, lock),
        backup_path=backup,
        write_lock=lock,
    )


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
