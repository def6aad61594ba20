"""Opening databases: what is not ours, or is newer than us, is refused and left byte-for-byte."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jpoa_desktop.db.migrate import head_revision, open_database
from jpoa_desktop.errors import DatabaseRefused
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.library import LibraryService

REPO = Path(__file__).resolve().parents[2]

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_a_renamed_pdf_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    fake = tmp_path / "agenda.sqlite"
    fake.write_bytes(PDF_BYTES)
    with pytest.raises(DatabaseRefused, match="not an SQLite file"):
        open_database(str(fake))
    assert fake.read_bytes() == PDF_BYTES
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.sqlite"]


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Айгерим')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="another program"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_a_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="folder"):
        open_database(str(tmp_path))


def test_a_database_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="does not exist"):
        open_database(str(tmp_path / "no-such-folder" / "x.sqlite"))


def _migrations_with_an_extra_revision(tmp_path: Path) -> Path:
    """A copy of the app's migrations plus one more revision, as a later app version ships."""
    folder = tmp_path / "migrations"
    shutil.copytree(REPO / "db", folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (folder / "versions" / "9000_test_notes.py").write_text(
        f'''"""A later revision used by the upgrade test."""

import sqlalchemy as sa
from alembic import op

revision = "9000_test_notes"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_note", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("test_note")
''',
        encoding="utf-8",
    )
    return folder


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "trainer.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    db.dispose()
    migrations = _migrations_with_an_extra_revision(tmp_path)

    upgraded = open_database(str(path), migrations=migrations)

    assert upgraded.backup_path is not None
    assert upgraded.backup_path.parent == tmp_path / "backups"  # with the other backups
    assert upgraded.backup_path.name.endswith("-before-upgrade.sqlite")
    assert upgraded.backup_path.name.startswith("trainer-")
    with sqlite3.connect(upgraded.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert backup.execute("SELECT count(*) FROM library_item").fetchone()[0] > 100
    backup.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9000_test_notes",
        )
    conn.close()
    assert LibraryService(upgraded.session_scope).is_loaded()
    upgraded.dispose()


def test_a_database_at_head_is_opened_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    open_database(str(path)).dispose()
    again = open_database(str(path))
    assert again.backup_path is None
    again.dispose()
    assert [p.name for p in tmp_path.rglob("*") if "before-upgrade" in p.name] == []
