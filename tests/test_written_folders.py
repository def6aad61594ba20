"""A write killed midway leaves a marked partial file; the next `jpoa` command removes it from
every folder the app wrote into before and from the database's folder, even if nothing is ever
saved there again. A write still going on, and any file without the mark, are left alone; a
remembered folder that is gone or unreadable, or a damaged list, never stops a command."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jpoa_desktop.cli.main import main
from jpoa_desktop.config import written_folders_path
from jpoa_desktop.files.atomic import PARTIAL_MARK, replace_atomically
from jpoa_desktop.files.written_folders import MAX_FOLDERS, remembered

HOUR = 3600

# A child that starts saving badges.pdf into the folder, writes half of it, and is killed.
_KILLED_MIDWAY = """
import os, signal, sys
from pathlib import Path
from jpoa_desktop.files.atomic import replace_atomically

def write(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4 half the badges")
    os.kill(os.getpid(), signal.SIGKILL)

replace_atomically(Path(sys.argv[1]) / "badges.pdf", write)
"""


def _age(path: Path, seconds: float = HOUR) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "jpoa.sqlite"
    path.parent.mkdir()
    assert main(["--db", str(path), "init"]) == 0
    return path


def test_a_partial_file_left_by_a_killed_print_is_gone_after_the_next_jpoa_command(
    tmp_path: Path, database: Path
) -> None:
    workshop = tmp_path / "Desktop" / "Workshop"
    workshop.mkdir(parents=True)
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_MIDWAY, str(workshop)], check=False, timeout=60
    )
    assert child.returncode == -signal.SIGKILL
    (partial,) = workshop.iterdir()
    assert partial.name.startswith(f".badges{PARTIAL_MARK}") and partial.name.endswith(".pdf")
    _age(partial)  # the laptop comes back the next morning

    assert main(["--db", str(database), "check"]) == 0

    assert _names(workshop) == []


def test_a_write_still_going_on_and_files_without_the_mark_are_left_alone(
    tmp_path: Path, database: Path
) -> None:
    workshop = tmp_path / "Workshop"
    workshop.mkdir()
    replace_atomically(workshop / "list.xlsx", lambda path: path.write_bytes(b"PK list"))
    killed = workshop / f".agenda{PARTIAL_MARK}k7q2x9ab.pdf"
    running = workshop / f".badges{PARTIAL_MARK}3jv8d0qz.pdf"  # another program's, just begun
    lookalikes = [
        workshop / ".badges.pdf",  # the user's own hidden file
        workshop / "badges.jpoa-partial.pdf",  # no leading dot, no mark as we make it
        workshop / ".jpoa-partial",  # a folder named like a mark
    ]
    for path in (killed, running, *lookalikes[:2]):
        path.write_bytes(b"data")
    lookalikes[2].mkdir()
    for path in (killed, *lookalikes):
        _age(path)

    assert main(["--db", str(database), "check"]) == 0

    assert _names(workshop) == sorted(
        ["list.xlsx", running.name, *(path.name for path in lookalikes)]
    )


def test_a_partial_file_beside_the_database_is_removed_at_the_next_command(
    database: Path,
) -> None:
    half_backup = database.parent / f".jpoa.20261206-0755.before-upgrade{PARTIAL_MARK}x1.sqlite"
    half_backup.write_bytes(b"SQLite format 3\x00 half")
    _age(half_backup)

    assert main(["--db", str(database), "check"]) == 0

    assert not half_backup.exists()
    assert database.exists()


def test_a_gone_or_unreadable_folder_or_a_damaged_list_never_stops_a_command(
    tmp_path: Path, database: Path
) -> None:
    kept = tmp_path / "Workshop"
    kept.mkdir()
    leftover = kept / f".people{PARTIAL_MARK}abcdefgh.xlsx"
    leftover.write_bytes(b"half")
    _age(leftover)
    now_a_file = tmp_path / "was-a-folder"
    now_a_file.write_bytes(b"")
    folders = [str(tmp_path / "usb-stick-not-plugged-in"), str(now_a_file), "bad\x00name"]
    written_folders_path().write_text(
        json.dumps({"folders": [*folders, str(kept)]}), encoding="ascii"
    )

    assert main(["--db", str(database), "check"]) == 0
    assert not leftover.exists()  # the folders after the bad ones are still tidied

    written_folders_path().write_bytes(b"\x00\xff{ not json")
    assert main(["--db", str(database), "check"]) == 0


def test_the_list_keeps_the_last_folders_written_to_and_no_more(tmp_path: Path) -> None:
    folders = [tmp_path / f"workshop-{number:02}" for number in range(MAX_FOLDERS + 5)]
    for folder in folders:
        folder.mkdir()
        replace_atomically(folder / "list.csv", lambda path: path.write_bytes(b"Name\n"))
        replace_atomically(folder / "agenda.pdf", lambda path: path.write_bytes(b"%PDF"))

    kept = remembered()
    assert len(kept) == MAX_FOLDERS
    assert kept[0] == folders[-1] and kept[-1] == folders[5]
    assert written_folders_path().stat().st_mode & 0o777 == 0o600
    assert _names(written_folders_path().parent) == ["written-folders.json"]
