"""A workshop or draft delete, and a participant or strategy import, first back the database up:
the backup holds what was there before the change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.exchange.backup import list_backups


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_deleting_a_workshop_and_a_draft_first_backs_the_database_up(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "jpoa.sqlite"))
    try:
        services = Services(db)
        services.content.load_builtin()
        services.demo.load("small")
        (draft,) = services.strategies.drafts("en")
        with db.engine.connect() as conn:
            workshop_id = conn.exec_driver_sql("SELECT id FROM workshop").scalar_one()

        services.workshops.delete(workshop_id)
        services.strategies.delete_draft(draft.id)
    finally:
        db.dispose()

    first, second = list_backups(tmp_path / "backups")
    assert (first.reason, first.workshops, first.drafts) == ("before-delete", 1, 1)
    assert second.reason.startswith("before-delete")  # "-2" when both fell in one second
    assert (second.workshops, second.drafts) == (0, 1)
    assert count(second.path, "registration") == 0
    assert count(tmp_path / "jpoa.sqlite", "strategy_draft") == 0
