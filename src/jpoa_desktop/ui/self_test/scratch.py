"""The self-test's one temporary folder, and the user folders pointed into it for the run.

The app finds the user's folders through the environment (`JPOA_CONFIG_DIR` for the signing
keys, platformdirs for the data folder with its list of written folders and the log, Qt for
the settings), so the run points each of them into its temporary folder, then checks that
they really land there before anything is written: a platform that ignored the redirection
fails the first step instead of touching the user's files. Everything is put back, and the
folder removed, at the end, pass or fail.

Python's `tempfile` silently tries /tmp and then the current folder when the temporary folder
named by TMPDIR (TEMP, TMP) cannot be written; the self-test does not, and names the folder,
so a broken temporary folder is found here rather than by the next program that needs it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from jpoa_desktop.config import APP_SLUG, CONFIG_ENV, DATABASE_ENV
from jpoa_desktop.ui.self_test.trial import StepFailed, expect

TEMPORARY_ENV = ("TMPDIR", "TEMP", "TMP")
PASSPHRASE_ENV = "JPOA_KEY_PASSPHRASE"  # the user's own key passphrase: not for a new key here
# Where platformdirs finds the data and config folders: XDG on Linux and macOS, its own
# overrides of the known folders on Windows.
USER_FOLDER_ENV = {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "WIN_PD_OVERRIDE_CSIDL_LOCAL_APPDATA": "data",
    "WIN_PD_OVERRIDE_CSIDL_APPDATA": "config",
}


def temporary_parent() -> Path:
    """The system's temporary folder: the one the environment names, else Python's choice."""
    for name in TEMPORARY_ENV:
        value = os.environ.get(name, "").strip()
        if value:
            return Path(value)
    return Path(tempfile.gettempdir())


class Scratch:
    """`with Scratch() as folder:` a new folder, with every user folder and the environment's
    temporary folder inside it; on leaving, the environment is restored and the folder gone."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self._saved_env: dict[str, str | None] = {}
        self._saved_tempdir: str | None = None

    def __enter__(self) -> Path:
        parent = temporary_parent()
        try:
            self.folder = Path(tempfile.mkdtemp(prefix="jpoa-self-test-", dir=parent))
        except OSError as error:
            raise StepFailed(
                f"cannot make a temporary folder in {parent}: {error.strerror or error}"
            ) from None
        folders = {value: self.folder / value for value in USER_FOLDER_ENV.values()}
        for path in folders.values():
            path.mkdir(exist_ok=True)
        (self.folder / "tmp").mkdir()
        wanted: dict[str, str | None] = {
            name: str(folders[value]) for name, value in USER_FOLDER_ENV.items()
        }
        wanted |= {name: str(self.folder / "tmp") for name in TEMPORARY_ENV}
        wanted |= {CONFIG_ENV: str(self.folder / "keys"), DATABASE_ENV: None}
        wanted |= {PASSPHRASE_ENV: None, "QT_QPA_PLATFORM": "offscreen"}
        self._set_environment(wanted)
        self._saved_tempdir, tempfile.tempdir = tempfile.tempdir, str(self.folder / "tmp")
        return self.folder

    def __exit__(self, *_exc: object) -> None:
        tempfile.tempdir = self._saved_tempdir
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env = {}
        if self.folder is not None:
            shutil.rmtree(self.folder)

    def _set_environment(self, values: dict[str, str | None]) -> None:
        for name, value in values.items():
            self._saved_env.setdefault(name, os.environ.get(name))
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def check_user_folders_inside(folder: Path) -> None:
    """Fail unless the data folder, the config folder and the key folder are all in `folder`
    (read without making them: a folder outside is never created)."""
    from platformdirs import user_config_path, user_data_path

    from jpoa_desktop.config import config_dir

    for what, path in (
        ("data folder", user_data_path(APP_SLUG, appauthor=False)),
        ("settings folder", user_config_path(APP_SLUG, appauthor=False)),
        ("signing key folder", config_dir()),
    ):
        expect(
            path.resolve().is_relative_to(folder.resolve()),
            f"the user's {what} ({path}) cannot be moved into the self-test's own folder",
        )
