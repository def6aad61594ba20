"""The schema: Alembic and the models agree, every table is trackable, pragmas are on."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.migrate import head_revision
from jpoa_desktop.db.schema import Base
from jpoa_desktop.services.database import Database, check_database


def test_models_and_migrations_describe_the_same_schema(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_object": lambda o, n, t, r, c: not (n or "").startswith("library_fts")},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_head_revision_matches_the_alembic_script_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == head_revision()


def test_every_table_has_uuid_and_timestamps(empty_db: Database) -> None:
    inspector = inspect(empty_db.engine)
    # Rebuilt from other tables, or the bookkeeping of exchange itself: never exchanged.
    derived = ("alembic_version", "person_word_index", "exchange_base", "exchange_alias",
               "taken_back_mark", "audit_log")  # fmt: skip
    tables = [t for t in inspector.get_table_names() if t not in derived and "fts" not in t]
    assert tables
    for table in tables:
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert {"id", "uuid", "created_at", "updated_at"} <= columns, table


def test_connections_enforce_foreign_keys_and_durable_writes(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_check_reports_a_healthy_database(loaded_db: Database) -> None:
    report = check_database(loaded_db)
    assert report.ok, report.problems
    assert report.revision == report.head


def test_check_reports_a_stale_search_index(loaded_db: Database) -> None:
    with loaded_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "DELETE FROM library_fts WHERE rowid IN (SELECT rowid FROM library_fts LIMIT 3)"
        )
    report = check_database(loaded_db)
    assert not report.ok
    assert any("search index" in p for p in report.problems)
