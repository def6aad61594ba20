"""The next start of the app removes the partial files a killed run left in a folder it wrote
into before, on a worker after the window has painted, and leaves a write in progress alone."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jpoa_desktop.app import main
from jpoa_desktop.files.atomic import PARTIAL_MARK, replace_atomically
from jpoa_desktop.ui.main_window import MainWindow

GIVE_UP_MS = 30_000
HOUR = 3600


def test_the_next_start_removes_a_killed_prints_partial_files_but_not_a_running_one(
    library_template: Path, tmp_path: Path, qapp: QApplication
) -> None:
    db_path = tmp_path / "start.sqlite"
    shutil.copyfile(library_template, db_path)
    workshop = tmp_path / "Desktop" / "Workshop"
    workshop.mkdir(parents=True)
    replace_atomically(workshop / "agenda.pdf", lambda path: path.write_bytes(b"%PDF-1.4"))
    killed = workshop / f".badges{PARTIAL_MARK}k7q2x9ab.pdf"
    running = workshop / f".tents{PARTIAL_MARK}3jv8d0qz.pdf"
    for path in (killed, running):
        path.write_bytes(b"%PDF-1.4 half")
    an_hour_ago = time.time() - HOUR
    os.utime(killed, (an_hour_ago, an_hour_ago))
    seen: dict[str, object] = {}

    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def watch() -> None:
        # The window this start opens, not one an earlier test left behind (closed, not deleted).
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and all(w is not e for e in earlier)
            ),
            None,
        )
        if window is not None and "painted_with_leftover" not in seen and window.isVisible():
            seen["painted_with_leftover"] = killed.exists()
        if window is not None and window.databases.database is not None and not killed.exists():
            seen["left"] = sorted(path.name for path in workshop.iterdir())
            window.close()
            return
        QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    QTimer.singleShot(GIVE_UP_MS, qapp.quit)
    code = main(["--db", str(db_path), "--settings", str(tmp_path / "s.ini"), "--lang", "en"])

    assert code == 0
    assert seen["painted_with_leftover"] is True  # nothing was done before the first paint
    assert seen["left"] == sorted(["agenda.pdf", running.name])
