"""Connecting to a team's server: each way it can fail is one clear sentence, and a refused
server is left as it was. All on the throw-away cluster on 127.0.0.1 that the tests start."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from tests.postgres_cluster import SUPERUSER, SUPERUSER_PASSWORD, Cluster

from jpoa_desktop.db.faults import ServerLost
from jpoa_desktop.db.migrate import current_revision, head_revision
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.server.accounts import AccountService
from jpoa_desktop.services.server.changes import ChangeListener
from jpoa_desktop.services.server.connection import (
    ServerAddress,
    ServerRefused,
    account_scope,
    is_connection_lost,
    open_server,
    probe,
    server_address,
)

TEMPLATE = "jpoa_empty_template"


@pytest.fixture
def database(postgres_cluster: Cluster) -> Iterator[str]:
    name = postgres_cluster.new_database_name("connect")
    postgres_cluster.create_database(name, template=TEMPLATE)
    yield name
    postgres_cluster.drop_database(name)


def admin(cluster: Cluster, database: str) -> ServerAddress:
    return ServerAddress("127.0.0.1", cluster.port, database, SUPERUSER)


def revision_of(cluster: Cluster, database: str) -> str:
    url = cluster.url(database).render_as_string(hide_password=False).replace("+psycopg", "")
    with psycopg.connect(url) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
    return str(row[0])


def login_role(cluster: Cluster, database: str) -> tuple[str, str]:
    role, password = cluster.new_database_name("clerk"), "clerk-password"
    cluster.admin_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    cluster.admin_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {role}')
    return role, password


def refusal(address: ServerAddress, password: str) -> ServerRefused:
    with pytest.raises(ServerRefused) as caught:
        open_server(address, password).dispose()
    return caught.value


def test_connecting_opens_the_database_at_the_current_schema(
    postgres_cluster: Cluster, database: str
) -> None:
    db = open_server(admin(postgres_cluster, database), SUPERUSER_PASSWORD)
    try:
        assert current_revision(db) == head_revision()
        assert server_address(db) == admin(postgres_cluster, database)
        assert "local-test-only" not in db.display_name
        assert account_scope(db) == ("", "")  # before `jpoa server init`
    finally:
        db.dispose()


def test_the_account_and_its_country_are_read_once_the_server_is_set_up(
    postgres_cluster: Cluster, database: str, tmp_path: Path
) -> None:
    owner = open_server(admin(postgres_cluster, database), SUPERUSER_PASSWORD)
    name = postgres_cluster.new_database_name("editor")
    (tmp_path / "password").write_text("Kz-editor-2026\n", encoding="utf-8")
    try:
        AccountService(owner).init()
        AccountService(owner).add_user(name, "editor", "KZ", tmp_path / "password")
        assert account_scope(owner) == ("admin", "")
    finally:
        owner.dispose()
    address = ServerAddress("127.0.0.1", postgres_cluster.port, database, name)
    editor = open_server(address, "Kz-editor-2026")
    try:
        assert account_scope(editor) == ("editor", "KZ")
    finally:
        editor.dispose()


def test_a_password_with_any_characters_reaches_the_server(
    postgres_cluster: Cluster, database: str
) -> None:
    role, _password = login_role(postgres_cluster, database)
    awkward = "p@s/s w#?:%&=\\ ключ"  # no quote: it goes into the SQL below as a literal
    postgres_cluster.admin_sql(f"ALTER ROLE {role} PASSWORD '{awkward}'")
    with pytest.raises(ServerRefused, match=r"may log in to \w+ but not read it"):
        probe(ServerAddress("127.0.0.1", postgres_cluster.port, database, role), awkward)
    postgres_cluster.admin_sql(f"GRANT SELECT ON alembic_version TO {role}", database)
    address = ServerAddress("127.0.0.1", postgres_cluster.port, database, role)
    assert probe(address, awkward).revision == head_revision()
    db = open_server(address, awkward)
    listener = ChangeListener.for_database(db)
    try:
        listener.open()  # the listener's own connection takes the same password
    finally:
        listener.close()
        db.dispose()


def test_a_closed_port_is_said_to_be_unreachable(postgres_cluster: Cluster) -> None:
    with socket.socket() as probe:  # a port nobody listens on: bound, then let go
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = refusal(ServerAddress("127.0.0.1", port, "any", SUPERUSER), "x")
    assert error.kind == "unreachable"
    assert f"127.0.0.1:{port} cannot be reached" in str(error)


def test_a_wrong_password_and_an_unknown_user_say_the_same(
    postgres_cluster: Cluster, database: str
) -> None:
    wrong = refusal(admin(postgres_cluster, database), "not-the-password")
    nobody = refusal(ServerAddress("127.0.0.1", postgres_cluster.port, database, "nobody"), "x")
    assert wrong.kind == nobody.kind == "password"
    assert "The password is wrong, or there is no account nobody" in str(nobody)


def test_a_missing_database_is_named(postgres_cluster: Cluster) -> None:
    error = refusal(admin(postgres_cluster, "no_such_team"), SUPERUSER_PASSWORD)
    assert error.kind == "database"
    assert "There is no database no_such_team on 127.0.0.1" in str(error)


def test_a_newer_schema_is_refused_and_left_as_it_was(
    postgres_cluster: Cluster, database: str
) -> None:
    postgres_cluster.admin_sql("UPDATE alembic_version SET version_num = '9999_future'", database)
    error = refusal(admin(postgres_cluster, database), SUPERUSER_PASSWORD)
    assert error.kind == "newer"
    assert "newer version of JPoA Desktop (schema 9999_future)" in str(error)
    assert revision_of(postgres_cluster, database) == "9999_future"


def test_an_older_schema_this_account_cannot_upgrade_asks_for_server_init(
    postgres_cluster: Cluster, database: str
) -> None:
    postgres_cluster.admin_sql("UPDATE alembic_version SET version_num = '0013_audit_triggers'",
                               database)  # fmt: skip
    role, password = login_role(postgres_cluster, database)
    postgres_cluster.admin_sql(f"GRANT SELECT ON alembic_version TO {role}", database)
    error = refusal(ServerAddress("127.0.0.1", postgres_cluster.port, database, role), password)
    assert error.kind == "older"
    assert "jpoa server init" in str(error)
    assert revision_of(postgres_cluster, database) == "0013_audit_triggers"


def test_an_account_without_connect_rights_is_told_to_ask_for_access(
    postgres_cluster: Cluster, database: str
) -> None:
    role, password = login_role(postgres_cluster, database)
    postgres_cluster.admin_sql(f'REVOKE CONNECT ON DATABASE "{database}" FROM {role}, PUBLIC')
    error = refusal(ServerAddress("127.0.0.1", postgres_cluster.port, database, role), password)
    assert error.kind == "permission"
    assert f"The account {role} may not connect to {database}" in str(error)


def test_an_address_with_a_field_missing_is_refused_before_connecting() -> None:
    with pytest.raises(ValidationError, match="Fill in the server's host"):
        open_server(ServerAddress("  ", 5432, "team", "amina"), "x")
    with pytest.raises(ValidationError, match="from 1 to 65535"):
        open_server(ServerAddress("db.local", 0, "team", "amina"), "x")


def test_a_save_after_the_server_went_away_is_one_sentence_and_the_next_one_works(
    postgres_cluster: Cluster, database: str
) -> None:
    db = open_server(admin(postgres_cluster, database), SUPERUSER_PASSWORD)
    try:
        with db.session_scope() as session:  # a connection waits in the pool
            session.execute(text("SELECT 1"))
        postgres_cluster.admin_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        )
        lost_message = "connection to the database server was lost"
        with pytest.raises(ServerLost, match=lost_message) as lost, db.session_scope() as session:
            session.execute(text("UPDATE alembic_version SET version_num = version_num"))
        assert is_connection_lost(lost.value)
        assert "SELECT" not in str(lost.value) and "UPDATE" not in str(lost.value)
        with db.session_scope() as session:  # SQLAlchemy let the dead connection go
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.dispose()
