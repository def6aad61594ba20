"""Accounts on a team's server: preparing its roles and rules, adding and listing users.

A user is a PostgreSQL login role in one of the group roles of `policies` plus a line in
`server_account` that gives their access and country. Both are written in one transaction, so
the grants (what the role may do to a table) and the policies (which rows) never disagree.
The password is hashed here with libpq's own function (the server's SCRAM form), so the
plain password never travels in a statement that a server log could keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, unreadable
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.server.policies import (
    ACCOUNTS_TABLE,
    COUNTRIES,
    GROUP_ROLES,
    SCOPES,
    functions_sql,
    grants_sql,
    group_roles_sql,
    policies_sql,
)

ROLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,62}")


@dataclass(frozen=True)
class Account:
    """One line of `jpoa server users`."""

    name: str
    access: str  # admin | editor | reader
    country: str  # "" = every country
    can_log_in: bool


@dataclass(frozen=True)
class InitReport:
    schema: str
    scoped_tables: int


class AccountService:
    """`jpoa server init`, `add-user` and `users` over one open server database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.session_scope: SessionScope = db.session_scope

    def init(self) -> InitReport:
        """Group roles, the accounts table, grants and policies; safe to run again."""
        self._require_server()
        with self.session_scope() as session:
            connection = session.connection()
            _require_role_manager(connection)
            schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
            _require_owner(connection, schema)
            existing = _tables(connection, schema)
            scopes = [scope for scope in SCOPES if scope.table in existing]
            statements = [*group_roles_sql(), *functions_sql(schema), *grants_sql(schema)]
            for scope in scopes:
                statements += policies_sql(schema, scope)
            for statement in statements:
                connection.exec_driver_sql(statement)
        return InitReport(schema=schema, scoped_tables=len(scopes))

    def add_user(self, name: str, access: str, country: str, password_file: Path) -> Account:
        """Create the login role, or change an existing account's access, country and password."""
        self._require_server()
        name, country = _checked_name(name), _checked_country(country)
        if access not in GROUP_ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not a role: use admin, editor or reader."
                ),
                value=access,
            )
        if access == "admin" and country:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An admin changes every country; give --country only to an editor (the "
                    "country they may change) or a reader.",
                )
            )
        password = _read_password(password_file)
        with self.session_scope() as session:
            connection = session.connection()
            _require_role_manager(connection)
            _require_init(connection)
            quoted = connection.dialect.identifier_preparer.quote_identifier(name)
            hashed = _hashed(connection, name, password)
            exists = _role_exists(connection, name)
            if exists and not _is_account(connection, name):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The server already has a role “{name}” that is not a JPoA account; "
                        "choose another name.",
                    ),
                    name=name,
                )
            verb = "ALTER" if exists else "CREATE"
            connection.exec_driver_sql(f"{verb} ROLE {quoted} LOGIN PASSWORD '{hashed}'")
            for group in GROUP_ROLES.values():
                if group != GROUP_ROLES[access]:
                    connection.exec_driver_sql(f"REVOKE {group} FROM {quoted}")
            connection.exec_driver_sql(f"GRANT {GROUP_ROLES[access]} TO {quoted}")
            connection.execute(
                text(
                    f"INSERT INTO {ACCOUNTS_TABLE} (role_name, access, country) "
                    "VALUES (:name, :access, :country) ON CONFLICT (role_name) "
                    "DO UPDATE SET access = excluded.access, country = excluded.country"
                ),
                {"name": name, "access": access, "country": country},
            )
        return Account(name=name, access=access, country=country, can_log_in=True)

    def users(self) -> list[Account]:
        """Every account, by name."""
        self._require_server()
        with self.session_scope() as session:
            _require_init(session.connection())
            rows = session.execute(
                text(
                    f"SELECT a.role_name, a.access, a.country, coalesce(r.rolcanlogin, false) "
                    f"FROM {ACCOUNTS_TABLE} a LEFT JOIN pg_roles r ON r.rolname = a.role_name "
                    "ORDER BY a.role_name"
                )
            ).all()
        return [Account(str(n), str(a), str(c), bool(login)) for n, a, c, login in rows]

    def current(self) -> Account | None:
        """The account this connection logged in as (for the status bar and for greying out
        what the server would refuse anyway), or None on a file or before `init`."""
        if self.db.engine.dialect.name != "postgresql":
            return None
        with self.session_scope() as session:
            if session.execute(text(f"SELECT to_regclass('{ACCOUNTS_TABLE}')")).scalar() is None:
                return None
            name, access, country = session.execute(
                text("SELECT current_user, jpoa_access(), jpoa_country()")
            ).one()
        if access is None:
            return None
        return Account(str(name), str(access), str(country), can_log_in=True)

    def _require_server(self) -> None:
        if self.db.engine.dialect.name != "postgresql":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Accounts exist only on a PostgreSQL server; {name} is a file on this "
                    "computer. Give --db postgresql+psycopg://user@host/database.",
                ),
                name=self.db.display_name,
            )


def _require_role_manager(connection: Connection) -> None:
    may = connection.execute(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not may:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server account “{user}” may not create roles; connect as the account that "
                "owns the database and has CREATEROLE (or as a superuser).",
            ),
            user=str(connection.execute(text("SELECT current_user")).scalar()),
        )


def _require_init(connection: Connection) -> None:
    found = connection.execute(text(f"SELECT to_regclass('{ACCOUNTS_TABLE}')")).scalar()
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "This server has no accounts yet: run `jpoa server init` first."
            )
        )


def _require_owner(connection: Connection, schema: str) -> None:
    owner = connection.execute(
        text(
            "SELECT r.rolsuper OR c.relowner = r.oid FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_roles r ON r.rolname = current_user "
            "WHERE n.nspname = :schema AND c.relname = 'alembic_version'"
        ),
        {"schema": schema},
    ).scalar()
    if not owner:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only the account that owns the database's tables can set its rules; "
                "connect as that account (the one that ran `jpoa server init` first).",
            )
        )


def _tables(connection: Connection, schema: str) -> set[str]:
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"), {"schema": schema}
    )
    return {str(row[0]) for row in rows}


def _role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def _is_account(connection: Connection, name: str) -> bool:
    found = connection.execute(
        text(f"SELECT 1 FROM {ACCOUNTS_TABLE} WHERE role_name = :n"), {"n": name}
    )
    return found.first() is not None


def _hashed(connection: Connection, name: str, password: str) -> str:
    """The password in the form the server stores (SCRAM-SHA-256 by default), made by libpq."""
    raw = connection.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # not psycopg 3: should not happen on a server we opened
        raise RuntimeError("a psycopg 3 connection is needed to hash a password")
    hashed = pgconn.encrypt_password(password.encode(), name.encode(), None)
    return bytes(hashed).decode("ascii").replace("'", "''")


def _checked_name(name: str) -> str:
    if not ROLE_NAME.fullmatch(name) or name.lower().startswith(("pg_", "jpoa_")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” cannot be a user name: use Latin letters, digits, _ . or -, start "
                "with a letter, at most 63 characters (not pg_… or jpoa_…).",
            ),
            name=name,
        )
    return name


def _checked_country(country: str) -> str:
    code = country.strip().upper()
    if code and code not in COUNTRIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the countries {countries}."),
            value=country,
            countries=" ".join(COUNTRIES),
        )
    return code


def _read_password(path: Path) -> str:
    """The first line of the password file (a trailing newline is not part of the password)."""
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as error:
        raise unreadable(str(path), error) from None
    lines = content.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password file {file} is empty."), file=str(path)
        )
    return password
