"""Another program writing to a test's database: what the write-lock and fault tests wait out."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def another_program_writing(
    path: Path, seconds: float, release: threading.Event | None = None
) -> Iterator[None]:
    """A plain `sqlite3` connection holding `BEGIN EXCLUSIVE` (with a write) for `seconds`, or
    until the test sets `release`: on a busy machine (the suite runs on every core) a child
    process may take longer to start than any fixed wait, so a test that needs the lock held
    until the child meets it releases it when the child says so."""
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("UPDATE workshop SET updated_at = updated_at")
        started.set()
        (release or threading.Event()).wait(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    assert started.wait(10)
    try:
        yield
    finally:
        if release is not None:  # a failed test does not wait out the rest of `seconds`
            release.set()
        holder.join()
