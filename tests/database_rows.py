"""Reading a test database's rows behind the app's back, without ever writing to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def workshop_uuids(path: Path) -> list[str]:
    """The uuids of the workshops in the database file `path`, sorted."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT uuid FROM workshop ORDER BY uuid")]
    finally:
        conn.close()
