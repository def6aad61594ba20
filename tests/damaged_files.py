"""Making a closed database file damaged the way a failing disk does, for tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_table(path: Path, table: str) -> None:
    """Overwrite bytes inside the table's root b-tree page (not the file header), so that
    `PRAGMA quick_check` fails while the file still opens as SQLite."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * page_size + 8)
        handle.write(b"\xa5" * 200)
