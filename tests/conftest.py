"""Shared fixtures: real SQLite files in temporary folders, never the user's own database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.library.content import ContentService

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the real data and config folders (signing keys live in the latter)
    and from a database URL, key folder or key passphrase set in the shell."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    for variable in ("JPOA_DATABASE_URL", "JPOA_CONFIG_DIR", "JPOA_KEY_PASSPHRASE"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "empty.sqlite"))
    yield db
    db.dispose()


@pytest.fixture
def loaded_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "library.sqlite"))
    ContentService(db.session_scope).load_builtin()
    yield db
    db.dispose()
