"""Closing the window backs the database up (on the worker) into the backups folder beside it."""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.services.exchange.backup import list_backups
from jpoa_desktop.ui.main_window import MainWindow


def test_closing_the_window_leaves_a_checked_backup_beside_the_database(
    window: MainWindow, tmp_path: Path
) -> None:
    assert list_backups(tmp_path / "backups") == []

    window.close()

    (backup,) = list_backups(tmp_path / "backups")
    assert (backup.database, backup.reason) == ("library", "on-close")
    assert window.databases.database is None
