"""Migration 0006: a database from before strategies keeps its workshops and gains drafts."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from tests.db.old_rows import old_workshop

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.migrate import current_revision, head_revision, open_database
from jpoa_desktop.services.database import check_database
from jpoa_desktop.services.workshops.workshops import WorkshopService

STRATEGY_TABLES = {
    "strategy_draft",
    "strategy_item",
    "strategy_indicator",
    "strategy_budget",
    "strategy_mapping",
    "strategy_comment",
    "strategy_version",
}


def _migrations_up_to_0005(tmp_path: Path) -> Path:
    copy = tmp_path / "migrations-0005"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (copy / "versions").glob("*.py"):
        if later.name > "0005_workshop_branding.py":
            later.unlink()
    return copy


def test_a_0005_database_upgrades_keeping_its_workshops_and_gains_strategy_tables(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    old = open_database(str(path), migrations=_migrations_up_to_0005(tmp_path))
    assert current_revision(old) == "0005_workshop_branding"
    assert not STRATEGY_TABLES & set(inspect(old.engine).get_table_names())
    day = date(2026, 12, 1)
    workshop = old_workshop(old, "Border security", day)
    old.dispose()

    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        assert set(inspect(db.engine).get_table_names()) >= STRATEGY_TABLES
        assert WorkshopService(db.session_scope).get(workshop, "en").title == "Border security"
        assert check_database(db).ok
    finally:
        db.dispose()


def test_the_strategy_migration_downgrades_cleanly(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.sqlite"))
    try:
        config = Config()
        config.set_main_option("script_location", str(migrations_dir()))
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005_workshop_branding")
        tables = set(inspect(db.engine).get_table_names())
        assert not STRATEGY_TABLES & tables
        assert "workshop_image" in tables
    finally:
        db.dispose()
