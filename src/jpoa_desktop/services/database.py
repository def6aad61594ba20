"""Opening and checking databases: the GUI and the CLI come here, never to db/ itself."""

from __future__ import annotations

from sqlalchemy import text

from jpoa_desktop.db.migrate import Database, current_revision, head_revision, open_database
from jpoa_desktop.services.views import CheckReport

__all__ = ["Database", "check_database", "open_database"]


def check_database(db: Database) -> CheckReport:
    """Schema at head, SQLite integrity and foreign keys, a search index in step with texts."""
    head = head_revision()
    revision = current_revision(db)
    problems: list[str] = []
    if revision != head:
        problems.append(f"schema is at {revision or 'nothing'}, expected {head}")
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.extend(f"integrity: {line}" for line in integrity)
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
            if revision == head:
                indexed = conn.execute(text("SELECT count(*) FROM library_fts")).scalar_one()
                expected = conn.execute(
                    text(
                        "SELECT count(*) FROM (SELECT DISTINCT t.item_id, t.lang "
                        "FROM library_text AS t JOIN library_item AS i ON i.id = t.item_id "
                        "WHERE i.kind != 'section')"
                    )
                ).scalar_one()
                if indexed != expected:
                    problems.append(
                        f"search index has {indexed} entries for {expected} texts; run `jpoa init`"
                    )
    return CheckReport(revision=revision, head=head, problems=tuple(problems))
