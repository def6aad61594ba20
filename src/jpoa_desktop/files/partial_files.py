"""Writing a file all or nothing, and durably: the temporary file, its mark, and its removal.

Every export and handout is written to a temporary file next to the target, flushed to the disk
(`fsync`), given the user's normal permissions, and renamed over the target; on POSIX the
folder is flushed too, so the rename itself survives a power cut (a workshop laptop loses
power). A failure or a cancel removes the temporary file and leaves the old target as it was.

A run killed midway (power lost, the process ended) cannot remove its temporary file. Those
carry a mark in their names (`.{stem}.jpoa-partial-XXXXXXXX{suffix}`), so the next write to the
same folder recognises and removes them once they are old enough that no other running write
can still own them (`remove_leftovers`). `atomic.replace_atomically` also remembers the folder
(`written_folders`), so the next start tidies it; this module knows nothing of that list, which
is itself written through `write_whole`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

PARTIAL_MARK = ".jpoa-partial-"
LEFTOVER_AGE = 10 * 60  # seconds: older than any write in progress
_CANNOT_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EROFS}
_STEM_LENGTH = 80  # of the target's name kept in the temporary one (names max out at 255)


def write_whole(
    target: Path,
    write: Callable[[Path], object],
    mode: int | None = None,
    remember: Callable[[Path], None] | None = None,
) -> None:
    """Call `write` with a temporary path next to `target`, then rename it over `target`.

    The file gets `mode` (by default what the user's umask gives a new file, usually 0644;
    a temporary file is made owner-only). A full disk, a read-only folder, a crash or a cancel
    never leaves half a file under the name the user chose: the temporary file is removed,
    the old `target`, if any, is untouched, and an OS error is a one-line ValidationError.
    """
    folder = target.parent
    if not folder.is_dir():
        if folder.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{folder} is a file, not a folder."), folder=folder
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=folder
        )
    remove_leftovers(folder)
    if remember is not None:
        remember(folder)  # before the temporary file exists: a killed run is tidied at next start
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem[:_STEM_LENGTH]}{PARTIAL_MARK}", suffix=target.suffix, dir=folder
        )
    except OSError as exc:  # a read-only folder, a full disk, a name the system refuses
        raise _not_written(target, exc) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        _settle(temporary, new_file_mode() if mode is None else mode)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _not_written(target, exc) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def remove_leftovers(folder: Path, older_than: float = LEFTOVER_AGE) -> int:
    """Remove the temporary files of killed writes in `folder` (not its subfolders) that are
    older than `older_than` seconds; return how many. Nothing else is ever touched."""
    limit = time.time() - older_than
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(".") and PARTIAL_MARK in entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue  # gone already, or not ours to remove: the write goes on
    return removed


def new_file_mode() -> int:
    """The permissions a new file gets from the user's umask (0o644 under umask 022)."""
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)  # elsewhere the only way to read it is to set it
    os.umask(current)
    return current


def _settle(path: Path, mode: int) -> None:
    """Give the written file its permissions and push its bytes to the disk.

    A USB stick formatted FAT cannot store permissions (chmod may be refused) and some
    network or FUSE file systems cannot sync: neither stops the save. A disk that fails the
    sync (EIO, ENOSPC) does: the data may not be there.
    """
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    except OSError as exc:
        if exc.errno not in _CANNOT_SYNC:
            raise
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a file system that cannot sync a folder is no error."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _not_written(target: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} could not be written: {reason}"),
        file=target.name,
        reason=exc.strerror or exc,
    )
