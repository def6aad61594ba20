"""Another program writing to a test's database: what the write-lock and fault tests wait out."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def another_program_writing(path: Path, seconds: float) -> Iterator[None]:
    """A plain `sqlite3` connection holding `BEGIN EXCLUSIVE` (with a write) for `seconds`."""
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("UPDATE workshop SET updated_at = updated_at")
        started.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert started.wait(10)
    try:
        yield
    finally:
        holder.join()
