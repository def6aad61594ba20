"""`jpoa server init` and `add-user` through the service, on the throw-away cluster: roles and
rules made once and again, accounts that log in with their password, and the refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from tests.postgres_cluster import Cluster
from tests.server_team import Team, prepare_team

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.strategies import DraftInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.server.accounts import Account
from jpoa_desktop.services.server.policies import SCOPES


@pytest.fixture
def team(postgres_cluster: Cluster, tmp_path: Path) -> Iterator[Team]:
    team = prepare_team(postgres_cluster, tmp_path)
    yield team
    postgres_cluster.drop_database(team.database)


@pytest.fixture
def owner(team: Team) -> Iterator[Services]:
    db = open_database(team.cluster.url(team.database).render_as_string(hide_password=False))
    yield Services(db)
    db.dispose()


def test_init_makes_the_group_roles_and_keeps_every_scoped_table_to_its_country(
    team: Team,
) -> None:
    groups = team.sql(
        "SELECT rolname, rolcanlogin FROM pg_roles "
        "WHERE rolname IN ('jpoa_admin', 'jpoa_editor', 'jpoa_reader')"
    )
    assert sorted(groups) == [("jpoa_admin", False), ("jpoa_editor", False), ("jpoa_reader", False)]
    rows = team.sql(
        "SELECT relname, relforcerowsecurity FROM pg_class WHERE relrowsecurity "
        "AND relnamespace = 'public'::regnamespace"
    )
    forced = {str(name): flag for name, flag in rows}
    for table in ("strategy_draft", "strategy_item", "workshop", "attendance", "person"):
        assert forced[table] is True
    assert "library_item" not in forced  # the shared library is not one country's


def test_init_runs_again_without_error_and_changes_nothing(team: Team, owner: Services) -> None:
    policies = team.sql("SELECT count(*) FROM pg_policies")
    report = owner.accounts.init()
    assert report.schema == "public" and report.scoped_tables == len(SCOPES)
    assert team.sql("SELECT count(*) FROM pg_policies") == policies
    assert [a.name for a in owner.accounts.users()] == sorted(team.users.values())


def test_accounts_log_in_with_their_password_and_list_with_role_and_country(
    team: Team, owner: Services
) -> None:
    with team.connect("kz") as connection:
        row = connection.execute("SELECT current_user, jpoa_access(), jpoa_country()").fetchone()
    assert row == (team.users["kz"], "editor", "KZ")
    listed = {a.name: a for a in owner.accounts.users()}
    assert listed[team.users["reader"]] == Account(team.users["reader"], "reader", "", True)
    wrong = team.url("kz", password="wrong").render_as_string(hide_password=False)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(wrong.replace("+psycopg", ""))


def test_adding_a_user_again_changes_role_country_and_password(
    team: Team, owner: Services, tmp_path: Path
) -> None:
    new_password = tmp_path / "new.txt"
    new_password.write_text("another-one\n", encoding="utf-8")
    account = owner.accounts.add_user(team.users["kz"], "reader", "kg", new_password)
    assert (account.access, account.country) == ("reader", "KG")
    members = team.sql(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{team.users['kz']}'"
    )
    assert members == [("jpoa_reader",)]
    with psycopg.connect(
        team.cluster.url(team.database, user=team.users["kz"], password="another-one")
        .render_as_string(hide_password=False)
        .replace("+psycopg", "")
    ) as connection:
        assert connection.execute("SELECT jpoa_access()").fetchone() == ("reader",)


@pytest.mark.parametrize(
    ("name", "access", "country", "message"),
    [
        ("kz_official", "owner", "", "is not a role"),
        ("kz_official", "editor", "RU", "is not one of the countries"),
        ("kz_official", "admin", "KZ", "An admin changes every country"),
        ("pg_monitor", "editor", "", "cannot be a user name"),
        ("x; DROP TABLE person", "editor", "", "cannot be a user name"),
    ],
)
def test_a_bad_user_is_refused_in_one_line_and_nothing_is_made(
    owner: Services, tmp_path: Path, name: str, access: str, country: str, message: str
) -> None:
    password = tmp_path / "p.txt"
    password.write_text("secret\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=message) as refused:
        owner.accounts.add_user(name, access, country, password)
    assert "\n" not in str(refused.value)
    assert "kz_official" not in [a.name for a in owner.accounts.users()]


def test_an_existing_role_that_is_not_an_account_is_left_alone(
    team: Team, owner: Services, tmp_path: Path
) -> None:
    stranger = team.cluster.new_database_name("stranger")
    team.cluster.admin_sql(f"CREATE ROLE {stranger} LOGIN PASSWORD 'theirs'")
    password = tmp_path / "p.txt"
    password.write_text("mine\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a JPoA account"):
        owner.accounts.add_user(stranger, "admin", "", password)
    assert team.sql(f"SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
                    f"WHERE u.rolname = '{stranger}'") == [(0,)]  # fmt: skip


def test_an_empty_password_file_is_refused(owner: Services, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="is empty"):
        owner.accounts.add_user("kz_official", "editor", "KZ", empty)


def test_init_by_an_account_that_cannot_create_roles_says_so(team: Team) -> None:
    db = team.open("admin")  # an admin of the data, but not of the server's roles
    try:
        with pytest.raises(ValidationError, match="may not create roles"):
            Services(db).accounts.init()
    finally:
        db.dispose()


def test_accounts_need_a_server_not_a_file(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "laptop.sqlite"))
    try:
        with pytest.raises(ValidationError, match="only on a PostgreSQL server"):
            Services(db).accounts.users()
    finally:
        db.dispose()


def test_a_database_owner_with_createrole_sets_up_the_server_and_writes_every_country(
    postgres_cluster: Cluster, tmp_path: Path
) -> None:
    """The usual set-up: not a superuser, but the owner of the database and able to add
    roles. The rules are forced on the owner too, who counts as an admin."""
    cluster = postgres_cluster
    owner, database = cluster.new_database_name("owner"), cluster.new_database_name("owned")
    cluster.admin_sql(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-pw'")
    cluster.admin_sql(f'CREATE DATABASE "{database}" OWNER {owner}')
    db = open_database(
        cluster.url(database, user=owner, password="owner-pw").render_as_string(False)
    )
    try:
        services = Services(db)
        services.accounts.init()
        password = tmp_path / "p.txt"
        password.write_text("kz-pw\n", encoding="utf-8")
        services.accounts.add_user(f"kz_{database}", "editor", "KZ", password)
        draft = services.strategies.create(DraftInput(country="KG", titles={"en": "KG plan"}))
        services.strategies.update_draft(draft, DraftInput(country="TJ", titles={"en": "TJ"}))
        assert services.strategies.draft(draft, "en").summary.country == "TJ"
    finally:
        db.dispose()
        cluster.drop_database(database)


def test_an_account_knows_its_own_access_and_country(team: Team, owner: Services) -> None:
    for who, expected in (("kz", ("editor", "KZ")), ("reader", ("reader", ""))):
        db = team.open(who)
        try:
            me = Services(db).accounts.current()
        finally:
            db.dispose()
        assert me is not None and (me.name, me.access, me.country) == (team.users[who], *expected)
    superuser = owner.accounts.current()
    assert superuser is not None and superuser.access == "admin"


def test_on_a_file_there_is_no_account(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "laptop.sqlite"))
    try:
        assert Services(db).accounts.current() is None
    finally:
        db.dispose()
