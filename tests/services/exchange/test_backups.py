"""Backups with SQLite's online backup API: where they go, what their names and `list_backups`
say, that a damaged copy is never kept, and which ones rotation keeps."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.exchange.backup import (
    BackupInfo,
    backup_file,
    backup_now,
    list_backups,
    rotate,
    to_keep,
)
from jpoa_desktop.services.exchange.restore import restore


def demo_database(folder: Path) -> Path:
    path = folder / "jpoa.sqlite"
    db = open_database(str(path))
    services = Services(db)
    services.content.load_builtin()
    services.demo.load("small")
    db.dispose()
    return path


def test_a_backup_of_an_open_database_is_named_by_time_and_reason_and_says_what_it_holds(
    tmp_path: Path,
) -> None:
    path = demo_database(tmp_path)
    db = open_database(str(path))
    try:
        with db.engine.begin() as conn:  # still in the -wal, not yet in the file
            conn.exec_driver_sql("DELETE FROM attendance")
        info = backup_now(db, "before-import")
    finally:
        db.dispose()

    assert info.path.parent == tmp_path / "backups"
    assert info.path.name == f"jpoa-{info.when:%Y-%m-%dT%H-%M-%S}-before-import.sqlite"
    assert (info.workshops, info.people, info.drafts) == (1, 40, 1)
    assert not Path(f"{info.path}-wal").exists()  # one self-contained file
    copy = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    assert copy.execute("SELECT count(*) FROM attendance").fetchone() == (0,)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    assert list_backups(tmp_path / "backups") == [info]


def test_two_backups_in_one_second_both_keep_their_own_name_and_to_writes_where_asked(
    tmp_path: Path,
) -> None:
    path = demo_database(tmp_path)
    now = datetime(2026, 12, 6, 10, 42, 11)

    (tmp_path / "stick").mkdir()
    first = backup_file(path, "by-hand", now=now)
    second = backup_file(path, "by-hand", now=now)
    chosen = backup_file(path, "by-hand", to=tmp_path / "stick" / "copy.sqlite", now=now)

    assert first.path.name == "jpoa-2026-12-06T10-42-11-by-hand.sqlite"
    assert second.path.name == "jpoa-2026-12-06T10-42-11-by-hand-2.sqlite"
    assert chosen.path == tmp_path / "stick" / "copy.sqlite"
    assert chosen.people == 40
    assert [info.reason for info in list_backups(tmp_path / "backups")] == [
        "by-hand",
        "by-hand-2",
    ]


def test_a_copy_that_fails_its_integrity_check_is_not_kept(tmp_path: Path) -> None:
    path = demo_database(tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as handle:  # scribble over pages in the middle of the file
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)

    with pytest.raises(ValidationError, match="damaged"):
        backup_file(path, "by-hand")

    assert list(tmp_path.glob("backups/*")) == []


def info(when: datetime) -> BackupInfo:
    return BackupInfo(Path(f"{when:%Y%m%d%H%M}"), "jpoa", when, "on-close", 1, 0, 0, 0)


def test_rotation_keeps_the_last_ten_one_a_day_for_two_weeks_and_one_a_month_for_a_year() -> None:
    now = datetime(2026, 12, 6, 12, 0)
    today = [info(now - timedelta(minutes=minutes)) for minutes in range(1, 31)]
    daily = [
        info(now - timedelta(days=days, hours=hours)) for days in range(1, 20) for hours in (1, 2)
    ]
    monthly = [info(now - timedelta(days=days)) for days in range(20, 500, 10)]

    kept = to_keep(today + daily + monthly, now)

    assert {b.path for b in today[:10]} <= kept  # the last ten
    assert not {b.path for b in today[10:]} & kept  # the same day: only the newest is kept
    assert {
        b.path for b in daily if now - b.when < timedelta(days=14) and b.when.hour == 11
    } <= kept
    assert len({(b.when.year, b.when.month) for b in monthly if b.path in kept}) <= 13
    assert all(now - b.when < timedelta(days=31 * 12) for b in monthly if b.path in kept)
    assert to_keep([info(now - timedelta(days=900))], now) == {info(now - timedelta(days=900)).path}


def test_rotation_removes_files_only_of_its_own_database(tmp_path: Path) -> None:
    path = demo_database(tmp_path)
    start = datetime(2026, 1, 1, 9, 0)
    other = backup_file(path, "on-close", to=tmp_path / "other.sqlite")
    (tmp_path / "backups").mkdir()
    kept_other = other.path.rename(
        tmp_path / "backups" / "other-2025-01-01T00-00-00-on-close.sqlite"
    )

    for hour in range(12):  # one day: the last ten are kept
        backup_file(path, "on-close", now=start + timedelta(hours=hour))

    ours = [b for b in list_backups(tmp_path / "backups") if b.database == "jpoa"]
    assert [b.when.hour for b in ours] == list(range(11, 21))
    assert kept_other.exists()
    assert rotate(tmp_path / "backups", "jpoa", now=start + timedelta(hours=12)) == []


def test_restore_refuses_a_file_that_is_not_ours_and_a_database_open_elsewhere(
    tmp_path: Path,
) -> None:
    path = demo_database(tmp_path)
    good = backup_file(path, "by-hand")
    stranger = tmp_path / "notes.sqlite"
    stranger.write_text("not a database", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a JPoA Desktop database"):
        restore(stranger, path)

    other = sqlite3.connect(path)  # another program, with the database open in WAL mode
    other.execute("SELECT count(*) FROM person").fetchone()
    try:
        with pytest.raises(ValidationError, match="open in another program"):
            restore(good.path, path)
    finally:
        other.close()

    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    done = restore(good.path, path)
    assert done.previous is not None and done.previous.people == 40


def test_restore_to_a_database_that_does_not_exist_yet_makes_it_from_the_backup(
    tmp_path: Path,
) -> None:
    good = backup_file(demo_database(tmp_path), "by-hand")
    (tmp_path / "laptop").mkdir()
    target = tmp_path / "laptop" / "jpoa.sqlite"

    done = restore(good.path, target)

    assert done.previous is None
    assert sorted(p.name for p in target.parent.iterdir()) == ["jpoa.sqlite"]
    db = open_database(str(target), create=False)  # ours, at the schema's head
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one() == 40
    db.dispose()
