"""Connecting the app to a team's PostgreSQL server: the address, the password, and why it failed.

The app asks for host, port, database and user; the password lives in the operating system's
credential store (`keyring`), never in the settings file. A connection is first tried with
psycopg alone and a short timeout, so that the user learns in seconds, in one sentence, whether
the server cannot be reached, the password is wrong, the database is missing, the schema is
newer than this app or older and this account may not upgrade it. Only then are the migrations
and the engine set up (`open_database`), so nothing is half done when the server says no.

libpq reports a refused connection without an SQLSTATE, so the server's FATAL line is read: an
error without one never reached a server (name not found, port closed, timeout).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import text
from sqlalchemy.engine import URL

from jpoa_desktop.db.faults import ServerLost, server_lost
from jpoa_desktop.db.migrate import Database, head_revision, known_revisions, open_database
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, DatabaseRefused, ValidationError

KEYRING_SERVICE = "JPoA Desktop"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "JPoA Desktop"


class ServerRefused(DatabaseRefused):
    """The server could not be used; `kind` says why (the tests and the dialog tell them apart):
    unreachable, password, database, newer, older, permission or other."""

    def __init__(self, kind: str, template: str, **values: object) -> None:
        super().__init__(template, **values)
        self.kind = kind


@dataclass(frozen=True)
class ServerAddress:
    """Where a team's database is and who connects; everything but the password."""

    host: str
    port: int
    database: str
    user: str

    @property
    def key(self) -> str:
        """The password's name in the credential store: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={
                "connect_timeout": str(CONNECT_TIMEOUT_S),
                "application_name": APPLICATION_NAME,
            },
        )

    def checked(self) -> ServerAddress:
        """The address with spaces trimmed; a missing field or a bad port is refused."""
        address = ServerAddress(
            self.host.strip(), self.port, self.database.strip(), self.user.strip()
        )
        for value, name in ((address.host, "host"), (address.database, "database"),
                            (address.user, "user")):  # fmt: skip
            if not value:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Fill in the server's {field}."), field=name
                )
        if not 1 <= address.port <= 65535:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The port must be a number from 1 to 65535."),
            )
        return address


def conninfo(url: URL) -> str:
    """libpq's key=value form of a server URL, for psycopg alone: every character of a password
    or a name quoted as libpq wants it (a URI would need its own escaping)."""
    parts: dict[str, Any] = {
        "host": url.host, "port": url.port, "dbname": url.database, "user": url.username,
        "password": url.password, **url.query,
    }  # fmt: skip
    return make_conninfo("", **{key: value for key, value in parts.items() if value is not None})


@dataclass(frozen=True)
class ServerState:
    """What a first look at the server found: its schema and whether this account may upgrade."""

    revision: str | None
    can_upgrade: bool


# What the server's FATAL line says → why, and the sentence for it. Checked in order: an unknown
# role is said like a wrong password (the server itself does not tell them apart).
_REFUSALS = (
    (
        ("password authentication failed", 'role "'),
        "password",
        QT_TRANSLATE_NOOP(
            "Errors", "The password is wrong, or there is no account {user} on this server."
        ),
    ),
    (
        ("does not exist",),
        "database",
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no database {database} on {host}: check its name with the server's "
            "administrator.",
        ),
    ),
    (
        ("permission denied", "pg_hba.conf"),
        "permission",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The account {user} may not connect to {database} on {host}; ask the server's "
            "administrator for access.",
        ),
    ),
)


def _refused_connection(error: psycopg.Error, address: ServerAddress) -> ServerRefused:
    text = str(error)
    values = {"host": address.host, "port": address.port, "database": address.database,
              "user": address.user}  # fmt: skip
    if "FATAL:" not in text:
        return ServerRefused(
            "unreachable",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {host}:{port} cannot be reached: check the address, the port and "
                "the network (is the server running?).",
            ),
            **values,
        )
    for markers, kind, template in _REFUSALS:
        if any(marker in text for marker in markers):
            return ServerRefused(kind, template, **values)
    reason = text.split("FATAL:", 1)[1].strip().splitlines()[0]
    return ServerRefused(
        "other",
        QT_TRANSLATE_NOOP("Errors", "The server {host} refused the connection: {reason}"),
        host=address.host,
        reason=reason,
    )


_STATE_SQL = """
SELECT to_regclass('alembic_version') IS NOT NULL,
       has_schema_privilege(current_schema(), 'CREATE'),
       coalesce((SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables
                 WHERE tablename = 'alembic_version' AND schemaname = current_schema()), false)
"""


def probe(address: ServerAddress, password: str) -> ServerState:
    """Connect once (timeout 5 s) and read the schema's revision and this account's rights.

    The schema can be upgraded by its owner (or a member of the owner's role), or created in an
    empty database by an account that may create tables there.
    """
    try:
        connection = psycopg.connect(conninfo(address.url(password)), autocommit=True)
    except psycopg.Error as error:
        raise _refused_connection(error, address) from None
    with connection:
        try:
            has_table, may_create, owns = connection.execute(_STATE_SQL).fetchone() or (
                False, False, False,
            )  # fmt: skip
            revision = None
            if has_table:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        except psycopg.errors.InsufficientPrivilege:
            raise ServerRefused(
                "permission",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The account {user} may log in to {database} but not read it; ask the "
                    "server's administrator to give it a role (`jpoa server add-user`).",
                ),
                user=address.user,
                database=address.database,
            ) from None
        except psycopg.Error as error:
            raise _refused_connection(error, address) from None
    return ServerState(revision, bool(owns) if has_table else bool(may_create))


def open_server(address: ServerAddress, password: str, migrations: Path | None = None) -> Database:
    """Probe the server, refuse a schema this app or this account cannot use, then open it.

    A schema newer than the app, or older when this account cannot upgrade it, is refused
    before anything is written; otherwise `open_database` upgrades it as it does a file.
    """
    address = address.checked()
    state = probe(address, password)
    if state.revision is not None and state.revision not in known_revisions(migrations):
        raise ServerRefused(
            "newer",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {database} on {host} was made by a newer version of JPoA Desktop "
                "(schema {revision}); update the app to use it. Nothing was changed.",
            ),
            database=address.database,
            host=address.host,
            revision=state.revision,
        )
    if state.revision != head_revision(migrations) and not state.can_upgrade:
        raise ServerRefused(
            "older",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {database} on {host} needs an upgrade that the account {user} may "
                "not make; ask the server's administrator to run `jpoa server init`.",
            ),
            database=address.database,
            host=address.host,
            user=address.user,
        )
    return open_database(address.url(password).render_as_string(hide_password=False), migrations)


def server_address(db: Database) -> ServerAddress | None:
    """The address of an open server database (None for a file)."""
    url = db.url
    if url.get_backend_name() != "postgresql" or not url.host:
        return None
    return ServerAddress(url.host, url.port or DEFAULT_PORT, url.database or "", url.username or "")


def is_connection_lost(error: BaseException) -> bool:
    """Whether `error` is a broken connection to the server, as opposed to a refusal or a bug
    (a session scope has already made it `db.faults.server_lost`'s sentence, or not yet)."""
    return isinstance(error, ServerLost) or server_lost(error) is not None


def account_scope(db: Database) -> tuple[str, str]:
    """This account's access (admin, editor, reader) and country ("" for every country) on a
    server set up by `jpoa server init`; ("", "") before that, or on a file."""
    if db.engine.dialect.name != "postgresql":
        return "", ""
    with db.engine.connect() as connection:
        ready = connection.execute(
            text("SELECT to_regproc('jpoa_access') IS NOT NULL AND to_regproc('jpoa_country')"
                 " IS NOT NULL")
        ).scalar()  # fmt: skip
        if not ready:
            return "", ""
        access, country = connection.execute(text("SELECT jpoa_access(), jpoa_country()")).one()
    return str(access or ""), str(country or "")
