"""Files the user asked for are written all or nothing and durably: the old file survives a
failed write, nothing half-written is left behind (not even by a killed run, once the folder is
written to again), the file gets the user's normal permissions, and a folder the app cannot
write to is one clear line."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.files.atomic import PARTIAL_MARK, remove_leftovers, replace_atomically
from jpoa_desktop.io.writing.export import write_table

HOUR = 3600


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _write_half_then(error: BaseException) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(b"PK\x03\x04 half a workbook")
        raise error

    return write


@pytest.mark.parametrize(
    "error",
    [RuntimeError("a bug midway"), OSError(errno.ENOSPC, "No space left on device")],
    ids=["bug", "disk-full"],
)
def test_a_write_that_fails_midway_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, error: BaseException
) -> None:
    target = tmp_path / "people.xlsx"
    target.write_bytes(b"the old list")
    with pytest.raises((RuntimeError, ValidationError)) as failed:
        replace_atomically(target, _write_half_then(error))
    if isinstance(error, OSError):
        assert str(failed.value) == "people.xlsx could not be written: No space left on device"
    assert target.read_bytes() == b"the old list"
    assert [p.name for p in tmp_path.iterdir()] == ["people.xlsx"]


def test_an_exported_file_gets_the_users_normal_permissions(
    tmp_path: Path, umask_022: None
) -> None:
    target = tmp_path / "people.xlsx"
    write_table(target, ["Name"], [["Иванова"]])
    assert target.stat().st_mode & 0o777 == 0o644
    assert openpyxl.load_workbook(target).active["A2"].value == "Иванова"


def test_a_file_kept_private_can_ask_for_its_own_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "key.pem"
    replace_atomically(target, lambda path: path.write_bytes(b"secret"), mode=0o600)
    assert target.stat().st_mode & 0o777 == 0o600


def test_the_file_is_flushed_before_the_rename_and_the_folder_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a power cut right after "saved" would otherwise lose: the bytes, then the name."""
    replace_atomically(tmp_path / "agenda.pdf", lambda path: path.write_bytes(b"%PDF-1.4"))
    events: list[str] = []  # the folder is on the list of folders written to: only this write
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        events.append("fsync folder" if os.path.isdir(f"/proc/self/fd/{descriptor}") else "fsync")
        real_fsync(descriptor)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append("rename")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    replace_atomically(tmp_path / "plan.pdf", lambda path: path.write_bytes(b"%PDF-1.4"))
    assert events == ["fsync", "rename", "fsync folder"]


def test_a_partial_file_left_by_a_killed_run_is_removed_by_the_next_write_there(
    tmp_path: Path,
) -> None:
    killed = tmp_path / f".people{PARTIAL_MARK}k7q2x9ab.xlsx"
    running = tmp_path / f".plan{PARTIAL_MARK}3jv8d0qz.csv"  # another write, still going
    mine = tmp_path / ".people.xlsx"  # the user's own hidden file: never touched
    for path in (killed, running, mine):
        path.write_bytes(b"half")
    an_hour_ago = time.time() - HOUR
    os.utime(killed, (an_hour_ago, an_hour_ago))
    os.utime(mine, (an_hour_ago, an_hour_ago))
    seen: list[str] = []

    def write(path: Path) -> None:
        seen.append(path.name)
        path.write_bytes(b"new")

    replace_atomically(tmp_path / "people.xlsx", write)
    assert seen[0].startswith(f".people{PARTIAL_MARK}") and seen[0].endswith(".xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [running.name, mine.name, "people.xlsx"]
    )
    assert remove_leftovers(tmp_path, older_than=0) == 1  # the other write's, once it is old
    assert mine.exists()


def test_a_folder_that_is_really_a_file_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("not a folder")
    with pytest.raises(ValidationError) as refused:
        write_table(blocker / "people.csv", ["Name"], [["Иванова"]])
    assert str(refused.value) == f"{blocker} is a file, not a folder."
    assert blocker.read_text() == "not a folder"


def _make_read_only(folder: Path) -> None:
    """A folder no new file can be made in: permissions for a user; the immutable attribute
    for root, whom permissions do not stop."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: no way to make a folder root cannot write")
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i refused: {done.stderr.decode().strip()}")


def _make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is not None:
            subprocess.run([chattr, "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o755)


def test_a_read_only_folder_is_one_clear_line_and_the_old_file_stays(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "people.csv"
    target.write_text("old")
    _make_read_only(folder)
    try:
        with pytest.raises(ValidationError) as refused:
            write_table(target, ["Name"], [["Иванова"]])
        message = str(refused.value)
        assert message.startswith("people.csv could not be written: ")
        assert "\n" not in message
        assert target.read_text() == "old"
        assert [p.name for p in folder.iterdir()] == ["people.csv"]
    finally:
        _make_writable(folder)


def test_a_usb_stick_that_keeps_no_permissions_and_cannot_sync_still_gets_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT-formatted stick refuses chmod; some network folders refuse fsync: still saved."""

    def refuse_chmod(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    def refuse_fsync(_descriptor: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "chmod", refuse_chmod)
    monkeypatch.setattr(os, "fsync", refuse_fsync)
    target = tmp_path / "people.csv"
    write_table(target, ["Name"], [["Иванова"]])
    assert target.read_bytes() == "\ufeffName\r\nИванова\r\n".encode()


def test_a_disk_that_fails_to_sync_is_reported_and_the_old_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fsync(_descriptor: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    target = tmp_path / "people.csv"
    target.write_text("old")
    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ValidationError, match="could not be written: Input/output error"):
        write_table(target, ["Name"], [["Иванова"]])
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["people.csv"]
