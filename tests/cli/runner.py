"""Running the real `jpoa` command in a child process, as a user would, on `w.sqlite`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def jpoa(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`jpoa --db w.sqlite ARGS` in `cwd`, UTF-8 both ways, never the user's database."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("JPOA_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "jpoa_desktop.cli", "--db", "w.sqlite", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
