"""`jpoa check` on a team's server: what can go wrong there instead of a damaged file.

A server keeps its pages sound itself (SQLite's `integrity_check` has no counterpart to run),
so the checks are about the schema the app relies on: every table and column the app's models
name, the search's own table and index (revision 0014, made outside the models), the foreign
keys (the
server enforces them, so there can be no orphans, provided each constraint exists and was
validated), and, once `jpoa server init` has set up accounts, row-level security on every
table whose rows belong to a country. Each finding is one line, as on SQLite.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from jpoa_desktop.db.schema import Base

# The server's search index (db/versions/0014_server_search.py): not among the models.
SEARCH_OBJECTS = ("library_fts", "ix_library_fts_words")
# Made by `jpoa server init` (services/server/policies.py, which this module may not import:
# services/server/ opens databases through services/database.py, which runs these checks).
ACCOUNTS_TABLE = "server_account"


def missing_schema(conn: Connection) -> list[str]:
    """The models' tables and columns the server's database lacks."""
    inspector = inspect(conn)
    present = set(inspector.get_table_names())
    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            problems.append(f"schema: table {table.name} is missing")
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        problems.extend(
            f"schema: column {table.name}.{column.name} is missing"
            for column in table.columns
            if column.name not in columns
        )
    return problems


def missing_search_index(conn: Connection) -> list[str]:
    """The search's table and its full-text index, where either is missing."""
    found = set(
        conn.execute(
            text("SELECT relname FROM pg_class WHERE relname = ANY(:names)"),
            {"names": list(SEARCH_OBJECTS)},
        ).scalars()
    )
    return [f"search: {name} is missing" for name in SEARCH_OBJECTS if name not in found]


def foreign_key_problems(conn: Connection) -> list[str]:
    """Foreign keys the models declare that the server does not enforce (missing, or added
    NOT VALID and never validated: rows from before may point nowhere)."""
    enforced: dict[str, int] = dict(
        conn.execute(
            text(
                "SELECT c.conrelid::regclass::text, count(*) FROM pg_constraint c"
                " WHERE c.contype = 'f' AND c.convalidated"
                " AND c.connamespace = current_schema()::regnamespace GROUP BY 1"
            )
        ).all()
    )
    return [
        f"foreign key: {table.name} has {enforced.get(table.name, 0)} of its"
        f" {len(table.foreign_key_constraints)} foreign keys enforced"
        for table in Base.metadata.sorted_tables
        if enforced.get(table.name, 0) < len(table.foreign_key_constraints)
    ]


def row_security_problems(conn: Connection) -> list[str]:
    """Tables without row-level security on a server set up for accounts (by `jpoa server
    init`): those with a country of their own and those the server has country policies on.
    Nothing before `init`, when the database has no accounts yet."""
    if not inspect(conn).has_table(ACCOUNTS_TABLE):
        return []
    found = conn.execute(
        text(
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND NOT c.relrowsecurity"
            " AND c.relnamespace = current_schema()::regnamespace AND c.relname <> :accounts"
            " AND (EXISTS (SELECT 1"
            " FROM pg_policy p WHERE p.polrelid = c.oid) OR EXISTS (SELECT 1 FROM pg_attribute a"
            " WHERE a.attrelid = c.oid AND a.attname = 'country' AND NOT a.attisdropped))"
            " ORDER BY c.relname"
        ),
        {"accounts": ACCOUNTS_TABLE},  # an account's own country says whom it may edit
    ).scalars()
    return [f"row-level security is off on {table}" for table in found]


def server_problems(conn: Connection) -> list[str]:
    """Every server-side finding, schema first."""
    return [
        *missing_schema(conn),
        *missing_search_index(conn),
        *foreign_key_problems(conn),
        *row_security_problems(conn),
    ]
