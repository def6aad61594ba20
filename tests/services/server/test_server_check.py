"""`jpoa check` on a server: a sound database passes; a missing column, search index or foreign key
and a country-scoped table without row-level security after `server init` are each one line."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.postgres_cluster import Cluster

from jpoa_desktop.cli.main import main
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, check_database, open_database


@pytest.fixture
def server(postgres_cluster: Cluster) -> Iterator[tuple[Cluster, str, Database]]:
    name = postgres_cluster.new_database_name()
    url = postgres_cluster.create_database(name, template="jpoa_empty_template")
    db = open_database(url.render_as_string(hide_password=False))
    try:
        yield postgres_cluster, name, db
    finally:
        db.dispose()
        postgres_cluster.drop_database(name)


def _problems(db: Database) -> list[str]:
    db.engine.dispose()  # the next check sees what the statements changed, on a new connection
    return list(check_database(db).problems)


def test_a_sound_server_database_passes_and_the_command_says_ok(
    server: tuple[Cluster, str, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster, name, db = server
    report = check_database(db)
    assert report.ok and report.revision == report.head
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    url = cluster.url(name).render_as_string(hide_password=False)
    assert main(["--db", url, "check"], out) == 0
    assert out.getvalue().startswith("OK: postgresql+psycopg://") and name in out.getvalue()
    assert "local-test-only" not in out.getvalue()  # the password is never printed
    assert list(tmp_path.iterdir()) == []  # a server's database leaves no file behind


def test_a_missing_column_and_a_missing_search_index_are_each_one_line(
    server: tuple[Cluster, str, Database],
) -> None:
    cluster, name, db = server
    cluster.admin_sql("ALTER TABLE person DROP COLUMN notes", database=name)
    cluster.admin_sql("DROP INDEX ix_library_fts_words", database=name)
    assert _problems(db) == [
        "schema: column person.notes is missing",
        "search: ix_library_fts_words is missing",
    ]


def test_a_foreign_key_the_server_does_not_enforce_is_found(
    server: tuple[Cluster, str, Database],
) -> None:
    cluster, name, db = server
    cluster.admin_sql(
        "DO $$ DECLARE c text; BEGIN SELECT conname INTO c FROM pg_constraint"
        " WHERE conrelid = 'attendance'::regclass AND contype = 'f' LIMIT 1;"
        " EXECUTE format('ALTER TABLE attendance DROP CONSTRAINT %I', c); END $$",
        database=name,
    )
    (problem,) = _problems(db)
    assert problem.startswith("foreign key: attendance has 0 of its 1 foreign keys enforced")


def test_row_security_is_checked_once_the_server_holds_accounts(
    server: tuple[Cluster, str, Database],
) -> None:
    cluster, name, db = server
    assert _problems(db) == []  # before `server init`: a database without accounts
    Services(db).accounts.init()
    assert _problems(db) == []
    cluster.admin_sql("ALTER TABLE workshop DISABLE ROW LEVEL SECURITY", database=name)
    assert _problems(db) == ["row-level security is off on workshop"]


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["backup"], "back it up with its server's tools"),
        (["backup", "list"], "back it up with its server's tools"),
        (["restore", "some-backup.sqlite"], "restore it with its server's tools"),
    ],
)
def test_backup_and_restore_refuse_a_server_in_one_line(
    server: tuple[Cluster, str, Database],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    words: str,
) -> None:
    cluster, name, _db = server
    monkeypatch.chdir(tmp_path)
    url = cluster.url(name).render_as_string(hide_password=False)
    assert main(["--db", url, *command], io.StringIO()) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "is not a database file" in line and words in line
    assert "local-test-only" not in line
    assert list(tmp_path.iterdir()) == []
