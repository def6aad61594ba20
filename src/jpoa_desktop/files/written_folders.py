"""The folders the app wrote files into, remembered so that the next start can tidy them.

A write killed midway (the laptop's battery died during "Print everything", the app was ended
from the task manager) cannot remove its temporary file; `partial_files.remove_leftovers` removes it
at the next write to the same folder, but a trainer who never saves there again would keep it
forever. So every folder `atomic.replace_atomically` writes into is remembered here (the last
`MAX_FOLDERS`, in a small file in the user data folder; folder paths only, nothing else), and
every start of the app and of `jpoa` looks into each of them once (one directory listing each)
and removes the marked leftovers old enough that no running write can still own them.

Nothing here ever stops a save or a start: a list that is missing, damaged or cannot be
written is treated as empty, a folder that is gone or unreadable is skipped.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterable
from pathlib import Path

from jpoa_desktop.config import data_dir, written_folders_path
from jpoa_desktop.files.partial_files import LEFTOVER_AGE, remove_leftovers, write_whole

MAX_FOLDERS = 50
_known: set[tuple[str, str]] = set()  # (list file, folder) already on the list: no re-read
_lock = threading.Lock()  # exports and handouts are written from worker threads


def remember(folder: Path) -> None:
    """Put `folder` on the list (first), unless it is on it already; never raises."""
    try:
        where = written_folders_path()
        name = _absolute(folder)
        if name == _absolute(where.parent):  # the list's own folder is always tidied
            return
        key = (str(where), name)
        with _lock:
            if key in _known:
                return
            current = _read(where)
            if name not in current:
                _write(where, [name, *current][:MAX_FOLDERS])
            _known.add(key)
    except Exception:  # remembering is a courtesy; the user's save goes on
        return


def remembered() -> list[Path]:
    """The remembered folders, most recent first ([] when the list is missing or damaged)."""
    try:
        return [Path(name) for name in _read(written_folders_path())]
    except OSError:
        return []


def clean_leftovers(also: Iterable[Path | None] = (), older_than: float = LEFTOVER_AGE) -> int:
    """Remove killed writes' temporary files from every remembered folder, the user data folder
    and `also` (the database's folder); return how many. Cheap: one listing per folder."""
    folders: list[Path] = [*remembered(), *(folder for folder in also if folder is not None)]
    with contextlib.suppress(OSError):
        folders.append(data_dir())
    removed = 0
    seen: set[str] = set()
    for folder in folders:
        try:
            name = _absolute(folder)
            if name in seen:
                continue
            seen.add(name)
            removed += remove_leftovers(Path(name), older_than)  # gone, unreadable: 0
        except (OSError, ValueError):  # a name the system refuses (a NUL in a hand-edited list)
            continue
    return removed


def tidy_at_start(database_folder: Path | None = None) -> int:
    """What every start of the app and of `jpoa` runs: `clean_leftovers` over the remembered
    folders and the database's own folder; never raises (a start is never stopped by it)."""
    try:
        return clean_leftovers([database_folder])
    except Exception:  # tidying is a courtesy
        return 0


def _absolute(folder: Path) -> str:
    try:
        return str(folder.expanduser().resolve())
    except (OSError, RuntimeError):  # a symlink loop, an unreachable share
        return str(folder.absolute())


def _read(where: Path) -> list[str]:
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):  # unreadable or damaged (a half-synced file, hand edits)
        return []
    folders = data.get("folders") if isinstance(data, dict) else None
    if not isinstance(folders, list):
        return []
    return [name for name in folders if isinstance(name, str) and name][:MAX_FOLDERS]


def _write(where: Path, folders: list[str]) -> None:
    # ASCII JSON: a folder name that is not valid UTF-8 survives as escaped surrogates.
    text = json.dumps({"folders": folders}, indent=1) + "\n"
    write_whole(where, lambda path: path.write_text(text, encoding="ascii"), mode=0o600)
