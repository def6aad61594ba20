"""Writing a file the user named, all or nothing, and durably, in a folder the next start tidies.

`partial_files.write_whole` does the writing (temporary file, fsync, rename, the folder synced);
this adds the one step every user-facing save needs: the folder goes on the remembered list
first, so a run killed midway leaves nothing that the next start of the app or of `jpoa` does
not remove.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jpoa_desktop.files.partial_files import (
    LEFTOVER_AGE,
    PARTIAL_MARK,
    new_file_mode,
    remove_leftovers,
    write_whole,
)
from jpoa_desktop.files.written_folders import remember

__all__ = [
    "LEFTOVER_AGE",
    "PARTIAL_MARK",
    "new_file_mode",
    "remove_leftovers",
    "replace_atomically",
]


def replace_atomically(
    target: Path, write: Callable[[Path], object], mode: int | None = None
) -> None:
    """Call `write` with a temporary path next to `target`, then rename it over `target`.

    The file gets `mode` (by default what the user's umask gives a new file, usually 0644).
    A full disk, a read-only folder, a crash or a cancel never leaves half a file under the
    name the user chose; an OS error is a one-line ValidationError.
    """
    write_whole(target, write, mode, remember=remember)
