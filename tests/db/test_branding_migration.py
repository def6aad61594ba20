"""Migration 0005: a database from before branding keeps its workshops and can brand them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from tests.db.old_rows import old_workshop

from jpoa_desktop.config import migrations_dir
from jpoa_desktop.db.migrate import current_revision, head_revision, open_database
from jpoa_desktop.services.database import check_database
from jpoa_desktop.services.handouts.branding import BrandingService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _migrations_up_to_0004(tmp_path: Path) -> Path:
    copy = tmp_path / "migrations-0004"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (copy / "versions").glob("*.py"):
        if later.name > "0004_signing_keys.py":
            later.unlink()
    return copy


def test_a_0004_database_upgrades_and_its_workshops_take_logos(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = open_database(str(path), migrations=_migrations_up_to_0004(tmp_path))
    assert current_revision(old) == "0004_signing_keys"
    workshop = old_workshop(old, "Border security", date(2026, 12, 1))
    old.dispose()

    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        branding = BrandingService(db.session_scope)
        assert branding.branding(workshop).logos == ()
        branding.add_image(workshop, "logo", FIXTURES / "logo.png")
        branding.set_accent(workshop, "#1f5f99")
        assert [logo.filename for logo in branding.branding(workshop).logos] == ["logo.png"]
        assert check_database(db).ok
    finally:
        db.dispose()
