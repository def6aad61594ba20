"""Writing a file the user named, all or nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


def replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call `write` with a temporary path next to `target`, then rename it over `target`.

    A full disk, a crash or a cancel never leaves half a file under the name the user chose:
    the temporary file is removed and the old `target`, if any, is untouched.
    """
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=folder
        )
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=target.suffix, dir=folder
    )
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} could not be written: {reason}"),
            file=target.name,
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
