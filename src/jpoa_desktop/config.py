"""Where things live: the user data folder, the default database, and bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "JPoA Desktop"
APP_SLUG = "jpoa-desktop"
DATABASE_ENV = "JPOA_DATABASE_URL"
CONFIG_ENV = "JPOA_CONFIG_DIR"
DEFAULT_DB_NAME = "jpoa.sqlite"


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]  # src/jpoa_desktop -> repository root (editable installs)


def resources_dir() -> Path:
    """Bundled resources: inside the wheel, or the checkout's resources/ in development."""
    return _first_existing(_PACKAGE / "resources", _CHECKOUT / "resources")


def migrations_dir() -> Path:
    """The Alembic environment: inside the wheel, or the checkout's db/ in development."""
    return _first_existing(_PACKAGE / "migrations", _CHECKOUT / "db")


def content_dir() -> Path:
    return resources_dir() / "content"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    from platformdirs import user_data_path  # imported here: not needed before the first paint

    path = user_data_path(APP_SLUG, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's own settings folder, where the certificate signing keys live: `JPOA_CONFIG_DIR`
    when set (tests, portable installs), else the platform's config folder. Not created here:
    reading a key must leave no folder behind."""
    from_env = os.environ.get(CONFIG_ENV, "").strip()
    if from_env:
        return Path(from_env)
    from platformdirs import user_config_path

    return user_config_path(APP_SLUG, appauthor=False)


def default_database_target() -> str:
    """`JPOA_DATABASE_URL` when set, else the SQLite file in the user data folder."""
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return str(data_dir() / DEFAULT_DB_NAME)


def log_path() -> Path:
    """Where tracebacks go: bugs are logged here, users see one line."""
    return data_dir() / "jpoa.log"


def written_folders_path() -> Path:
    """The list of folders the app wrote files into, tidied of killed writes at each start."""
    return data_dir() / "written-folders.json"
