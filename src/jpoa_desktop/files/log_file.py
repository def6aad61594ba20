"""The log file: tracebacks of bugs, readable by the user alone.

A log can outlive a workshop on a shared laptop, so it is created 0600 (and tightened if an
older one was wider), and the engine hides SQL parameters, so no participant's name lands here.
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from pathlib import Path


class PrivateFileHandler(logging.FileHandler):
    """A `FileHandler` whose file only its owner can read."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=False)

    def _open(self) -> TextIOWrapper:  # type: ignore[type-arg,unused-ignore]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # POSIX: an older log may have been created wider
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
