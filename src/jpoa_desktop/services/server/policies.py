"""The server's rules as SQL: three group roles, the accounts table, grants, and per-country
row-level security on drafts, workshops, people and organisations and everything under them.

Why the server and not the app: an official with their own login can reach the database with
any PostgreSQL client, so hidden buttons protect nothing. Every statement here is idempotent
(roles are cluster-wide and several databases may share a cluster), so `jpoa server init` can
run again after an upgrade to cover tables that new migrations added.

The rules (README and the lead's note repeat them):
- Everyone with an account reads everything: a regional plan and a regional workshop are shared.
- `jpoa_reader` writes nothing. `jpoa_editor` writes the data tables; `jpoa_admin` writes them and
  `signing_key` (which public key vouches for this team's certificates) and `server_account`.
  Nobody but the schema owner writes `alembic_version`; nobody writes `audit_log` directly (the
  audit triggers must be SECURITY DEFINER). TRUNCATE is never granted: it would skip the policies.
- An editor with a country writes only rows whose country is theirs or not yet set (""): a
  draft, workshop, person or organisation, and every row under one (a measure under its draft,
  attendance under its registration's workshop). An editor without a country and an admin write
  every country. A country is read from `server_account` by the role the server knows the
  session as (`current_user`), never from a setting the user could change.
- An UPDATE or DELETE of someone else's row is refused with an error (a trigger checks the old
  row), not filtered to "0 rows": a save that changed nothing must not look like success.
"""

from __future__ import annotations

from dataclasses import dataclass

GROUP_ROLES = {"admin": "jpoa_admin", "editor": "jpoa_editor", "reader": "jpoa_reader"}
COUNTRIES = ("KZ", "KG", "TJ", "TM", "UZ")
ACCOUNTS_TABLE = "server_account"
ADMIN_ONLY_TABLES = ("signing_key", ACCOUNTS_TABLE)
READ_ONLY_TABLES = ("alembic_version", "audit_log")


@dataclass(frozen=True)
class Scope:
    """How a table's row finds its country: its own column ("self") or its parent's, through
    (kind, key column) pairs tried in order until one names a row."""

    table: str
    parents: tuple[tuple[str, str], ...]


def _under(kind: str, column: str, *tables: str) -> tuple[Scope, ...]:
    return tuple(Scope(table, ((kind, column),)) for table in tables)


SCOPES: tuple[Scope, ...] = (
    *_under("self", "country", "strategy_draft", "workshop", "person", "organisation"),
    *_under("draft", "draft_id", "strategy_item", "strategy_version"),
    *_under("item", "item_id", "strategy_budget", "strategy_comment", "strategy_indicator"),
    *_under("item", "item_id", "strategy_mapping"),
    *_under("workshop", "workshop_id", "registration", "agenda_session", "workshop_tag"),
    *_under("workshop", "workshop_id", "workshop_branding", "workshop_image", "evaluation_form"),
    *_under("workshop", "workshop_id", "certificate_rule"),
    *_under("registration", "registration_id", "attendance", "form_sheet"),
    *_under("session", "session_id", "agenda_speaker"),
    *_under("form", "form_id", "form_item"),
    *_under("person", "kept_person_id", "person_merge"),
    *_under("person", "person_id", "person_word_index"),
    Scope(
        "issued_certificate",
        (("workshop", "workshop_id"), ("registration", "registration_id")),
    ),
)
"""Every country-scoped table. A table missing from the database (an older schema) is skipped."""


def group_roles_sql() -> list[str]:
    """The three NOLOGIN group roles, created only when missing (they are cluster-wide)."""
    return [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} NOLOGIN; END IF; END $$"
        for role in GROUP_ROLES.values()
    ]


def functions_sql(schema: str) -> list[str]:
    """The accounts table and the functions the policies call.

    The functions that read `server_account` (`jpoa_may_write_as`, `jpoa_account_access`,
    `jpoa_account_country`) are SECURITY DEFINER, so they work whatever the caller may read; they
    are given the role to judge, and the plain wrappers the policies and the app call
    (`jpoa_may_write(country)`, `jpoa_access()`, `jpoa_country()`) pass `current_user`, which is
    evaluated as the caller (inside a SECURITY DEFINER function it would be the definer). A role
    without an account line (a bare group role after SET ROLE, a stranger) may write nothing;
    the tables' owner and superusers count as admins, so migrations and cascades keep working.
    """
    s = schema
    return [
        f"CREATE TABLE IF NOT EXISTS {s}.{ACCOUNTS_TABLE} ("
        " role_name name PRIMARY KEY,"
        " access text NOT NULL CHECK (access IN ('admin', 'editor', 'reader')),"
        " country text NOT NULL DEFAULT '' CHECK (country IN ('', "
        + ", ".join(f"'{c}'" for c in COUNTRIES)
        + ")))",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_account_access(who name) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {s} AS $f$
          SELECT coalesce(
            (SELECT access FROM {s}.{ACCOUNTS_TABLE} WHERE role_name = who),
            (SELECT 'admin' FROM pg_roles r WHERE r.rolname = who AND (r.rolsuper OR r.oid =
              (SELECT relowner FROM pg_class WHERE oid = '{s}.{ACCOUNTS_TABLE}'::regclass))))
        $f$""",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_account_country(who name) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {s} AS $f$
          SELECT coalesce((SELECT country FROM {s}.{ACCOUNTS_TABLE} WHERE role_name = who), '')
        $f$""",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_access() RETURNS text LANGUAGE sql STABLE
        AS $f$ SELECT {s}.jpoa_account_access(current_user) $f$""",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_country() RETURNS text LANGUAGE sql STABLE
        AS $f$ SELECT {s}.jpoa_account_country(current_user) $f$""",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_may_write_as(who name, row_country text)
        RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {s}
        AS $f$
          SELECT coalesce(
            (SELECT CASE a.access WHEN 'admin' THEN true
              WHEN 'editor' THEN a.country = '' OR row_country IN (a.country, '')
              ELSE false END
             FROM {s}.{ACCOUNTS_TABLE} a WHERE a.role_name = who),
            (SELECT r.rolsuper OR r.oid =
              (SELECT relowner FROM pg_class WHERE oid = '{s}.{ACCOUNTS_TABLE}'::regclass)
             FROM pg_roles r WHERE r.rolname = who),
            false)
        $f$""",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_may_write(row_country text) RETURNS boolean
        LANGUAGE sql STABLE AS $f$ SELECT {s}.jpoa_may_write_as(current_user, row_country) $f$""",
        f"""CREATE OR REPLACE FUNCTION {s}.jpoa_country_of(kind text, key bigint) RETURNS text
        LANGUAGE sql STABLE AS $f$
          SELECT CASE kind
            WHEN 'draft' THEN (SELECT country FROM {s}.strategy_draft WHERE id = key)
            WHEN 'item' THEN (SELECT d.country FROM {s}.strategy_item i
              JOIN {s}.strategy_draft d ON d.id = i.draft_id WHERE i.id = key)
            WHEN 'workshop' THEN (SELECT country FROM {s}.workshop WHERE id = key)
            WHEN 'registration' THEN (SELECT w.country FROM {s}.registration r
              JOIN {s}.workshop w ON w.id = r.workshop_id WHERE r.id = key)
            WHEN 'session' THEN (SELECT w.country FROM {s}.agenda_session a
              JOIN {s}.workshop w ON w.id = a.workshop_id WHERE a.id = key)
            WHEN 'form' THEN (SELECT w.country FROM {s}.evaluation_form f
              JOIN {s}.workshop w ON w.id = f.workshop_id WHERE f.id = key)
            WHEN 'person' THEN (SELECT country FROM {s}.person WHERE id = key)
          END
        $f$""",
    ]


def grants_sql(schema: str) -> list[str]:
    """Who reads and writes which table (see the module's rules); run after every migration."""
    s, admin, editor, reader = schema, *GROUP_ROLES.values()
    everyone = f"{admin}, {editor}, {reader}"
    writers = f"{admin}, {editor}"
    statements = [
        "DO $$ BEGIN EXECUTE 'GRANT CONNECT ON DATABASE ' || quote_ident(current_database()) "
        f"|| ' TO {everyone}'; END $$",
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {everyone}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {writers}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {writers}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {everyone}",
    ]
    for table in ADMIN_ONLY_TABLES:
        statements.append(f"REVOKE INSERT, UPDATE, DELETE ON {s}.{table} FROM {editor}")
    for table in READ_ONLY_TABLES:
        statements.append(f"REVOKE INSERT, UPDATE, DELETE ON {s}.{table} FROM {writers}")
    return statements


def policies_sql(schema: str, scope: Scope) -> list[str]:
    """Row-level security on one table: read all; new rows only within one's country; an old
    row of another country refused with an error by the table's guard trigger (a policy's
    USING would hide it, and the save would quietly change nothing)."""
    table = f"{schema}.{scope.table}"
    guard = f"{schema}.jpoa_guard_{scope.table}"
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS jpoa_read ON {table}",
        f"CREATE POLICY jpoa_read ON {table} FOR SELECT USING (true)",
        f"DROP POLICY IF EXISTS jpoa_insert ON {table}",
        f"CREATE POLICY jpoa_insert ON {table} FOR INSERT "
        f"WITH CHECK ({schema}.jpoa_may_write({_country_sql(schema, scope)}))",
        f"DROP POLICY IF EXISTS jpoa_update ON {table}",
        f"CREATE POLICY jpoa_update ON {table} FOR UPDATE USING (true) "
        f"WITH CHECK ({schema}.jpoa_may_write({_country_sql(schema, scope)}))",
        f"DROP POLICY IF EXISTS jpoa_delete ON {table}",
        f"CREATE POLICY jpoa_delete ON {table} FOR DELETE USING (true)",
        f"""CREATE OR REPLACE FUNCTION {guard}() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF NOT {schema}.jpoa_may_write({_country_sql(schema, scope, "OLD.")}) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', TABLE = TG_TABLE_NAME,
              MESSAGE = 'permission denied for table ' || TG_TABLE_NAME || ': another country';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END
        $f$""",
        f"DROP TRIGGER IF EXISTS jpoa_guard ON {table}",
        f"CREATE TRIGGER jpoa_guard BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
        f"EXECUTE FUNCTION {guard}()",
    ]


def _country_sql(schema: str, scope: Scope, row: str = "") -> str:
    """The row's country as an SQL expression over its columns (`row`: "OLD." in a trigger)."""
    parts = [
        f"{row}{column}" if kind == "self" else f"{schema}.jpoa_country_of('{kind}', {row}{column})"
        for kind, column in scope.parents
    ]
    return parts[0] if len(parts) == 1 else f"coalesce({', '.join(parts)})"
