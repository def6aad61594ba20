"""`jpoa server init`, `add-user`, `users` and a refused change from the command line, run as a
user runs them (a child process) against a throw-away PostgreSQL cluster on 127.0.0.1 that this
module starts; and the password taken from the URL, PGPASSWORD or ~/.pgpass as libpq does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.postgres_cluster import Cluster, cluster_for_tests
from tests.server_team import EMPTY_TEMPLATE, PASSWORD, Team, prepare_team

from jpoa_desktop.services.database import open_database


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    cluster = cluster_for_tests(max_connections=20)
    try:
        db = open_database(cluster.create_database(EMPTY_TEMPLATE).render_as_string(False))
        db.dispose()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def team(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Team:
    return prepare_team(cluster, tmp_path_factory.mktemp("team"))


def jpoa(db: str, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`jpoa --db DB ARGS` in a child process with its own HOME and no password around."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "HOME": str(home), **env}
    for name in ("JPOA_DATABASE_URL", "PGPASSWORD", "PGPASSFILE", "PGUSER", "PGHOST"):
        if name not in env:
            environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "jpoa_desktop.cli", "--db", db, *args],
        cwd=home,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def without_password(team: Team, who: str) -> str:
    url = team.cluster.url(team.database, user=team.users[who])
    assert url.password is None
    return url.render_as_string(hide_password=False)


def test_init_add_user_and_users_from_the_command_line(cluster: Cluster, tmp_path: Path) -> None:
    database = cluster.new_database_name("cli")
    owner = cluster.create_database(database).render_as_string(hide_password=False)
    done = jpoa(owner, "server", "init", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Server ready: schema public" in done.stdout
    assert jpoa(owner, "server", "init", home=tmp_path).returncode == 0  # again: no harm
    (tmp_path / "pw").write_text("Сәлем-2026\n", encoding="utf-8")
    name = f"aigerim_{database}"
    added = jpoa(owner, "server", "add-user", name, "--role", "editor", "--country", "kz",
                 "--password-file", "pw", home=tmp_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"{name}: editor, KZ"
    listed = jpoa(owner, "server", "users", "--json", home=tmp_path)
    assert json.loads(listed.stdout) == [
        {"name": name, "role": "editor", "country": "KZ", "can_log_in": True}
    ]
    as_her = cluster.url(database, user=name, password="Сәлем-2026")
    shown = jpoa(as_her.render_as_string(hide_password=False), "strategy", "list", home=tmp_path)
    assert shown.returncode == 0, shown.stderr


def test_a_kz_editor_changing_a_kg_draft_from_the_cli_gets_one_line_and_exit_2(
    team: Team, tmp_path: Path
) -> None:
    versions = f"SELECT count(*) FROM strategy_version WHERE draft_id = {team.drafts['KG']}"
    before = team.sql(versions)
    refused = jpoa(team.target("kz"), "strategy", "snapshot", str(team.drafts["KG"]),
                   "--name", "ours now", home=tmp_path)  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.startswith("jpoa: The server refused the change")
    assert "strategy draft" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert "INSERT" not in refused.stderr and "Traceback" not in refused.stderr
    assert team.sql(versions) == before
    started = jpoa(team.target("kz"), "strategy", "new", "--country", "KG", "--title", "Ours",
                   home=tmp_path)  # fmt: skip
    assert started.returncode == 2 and len(started.stderr.splitlines()) == 1
    kept = jpoa(team.target("kz"), "strategy", "snapshot", str(team.drafts["KZ"]),
                "--name", "before the meeting", home=tmp_path)  # fmt: skip
    assert kept.returncode == 0, kept.stderr


def test_adding_a_user_without_createrole_is_one_line_and_exit_2(
    team: Team, tmp_path: Path
) -> None:
    (tmp_path / "pw").write_text("x\n", encoding="utf-8")
    refused = jpoa(team.target("admin"), "server", "add-user", "someone", "--role", "admin",
                   "--password-file", "pw", home=tmp_path)  # fmt: skip
    assert refused.returncode == 2
    assert "may not create roles" in refused.stderr and len(refused.stderr.splitlines()) == 1


def test_server_commands_on_a_file_say_they_need_a_server(tmp_path: Path) -> None:
    result = jpoa(str(tmp_path / "laptop.sqlite"), "server", "init", home=tmp_path)
    assert result.returncode == 2
    assert "only on a PostgreSQL server" in result.stderr


def test_the_password_comes_from_pgpassword_when_the_url_has_none(
    team: Team, tmp_path: Path
) -> None:
    url = without_password(team, "kz")
    assert url.startswith(f"postgresql+psycopg://{team.users['kz']}@")
    listed = jpoa(url, "strategy", "list", "--json", home=tmp_path, PGPASSWORD=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert {d["country"] for d in json.loads(listed.stdout)} == {"KZ", "KG"}
    empty = url.replace(f"{team.users['kz']}@", f"{team.users['kz']}:@")  # an empty password
    assert jpoa(empty, "strategy", "list", home=tmp_path, PGPASSWORD=PASSWORD).returncode == 0
    wrong = jpoa(url, "strategy", "list", home=tmp_path, PGPASSWORD="not-it")
    assert wrong.returncode != 0 and PASSWORD not in wrong.stderr


def test_the_password_comes_from_pgpass_in_home_when_the_url_has_none(
    team: Team, tmp_path: Path
) -> None:
    url = team.url("kz")
    pgpass = tmp_path / ".pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:{url.database}:{url.username}:{PASSWORD}\n",
                      encoding="utf-8")  # fmt: skip
    pgpass.chmod(0o600)
    listed = jpoa(without_password(team, "kz"), "strategy", "list", "--json", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 2
    pgpass.unlink()
    refused = jpoa(without_password(team, "kz"), "strategy", "list", home=tmp_path)
    assert refused.returncode != 0  # the same command without the file cannot log in


def test_the_password_in_the_url_is_used_as_given(team: Team, tmp_path: Path) -> None:
    listed = jpoa(team.target("reader"), "strategy", "list", home=tmp_path, PGPASSWORD="not-it")
    assert listed.returncode == 0, listed.stderr
