"""Closing the window backs the database up (on the worker) into the backups folder beside it,
and so does the daily check while the window stays open."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from jpoa_desktop.services.exchange.backup import backup_if_due, list_backups
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.tasks import TaskRunner


def test_closing_the_window_leaves_a_checked_backup_beside_the_database(
    window: MainWindow, tmp_path: Path
) -> None:
    assert list_backups(tmp_path / "backups") == []

    window.close()

    (backup,) = list_backups(tmp_path / "backups")
    assert (backup.database, backup.reason) == ("library", "on-close")
    assert window.databases.database is None


def test_the_daily_backup_is_made_once_a_day_while_the_window_stays_open(
    window: MainWindow, tasks: TaskRunner, tmp_path: Path
) -> None:
    window.databases.back_up_if_due()
    assert tasks.wait_for_idle()
    window.databases.back_up_if_due()  # the same day: nothing more
    assert tasks.wait_for_idle()

    (backup,) = list_backups(tmp_path / "backups")
    assert backup.reason == "daily"
    db = window.databases.database
    assert db is not None
    tomorrow = datetime.now() + timedelta(days=1)
    later = backup_if_due(db, now=tomorrow)
    assert later is not None and later.when.date() == tomorrow.date()
