"""Faults from the command line: two imports at once, a locked, full, read-only, missing or damaged
database. Each one ends in one line (no SQL, no names, no traceback), and the file stays intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from tests.cli.runner import jpoa
from tests.other_writer import another_program_writing

from jpoa_desktop.services.database import check_database, open_database
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

PEOPLE = 120


def _database(folder: Path, people: int = PEOPLE) -> int:
    """w.sqlite with one workshop, and list.csv of `people` people in `folder`."""
    db = open_database(str(folder / "w.sqlite"))
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "Border"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    db.dispose()
    rows = ["Фамилия;Имя;Организация;E-mail"] + [
        f"Нурланова{i};Әсел{i};ҚР ІІМ;person{i}@example.kz" for i in range(people)
    ]
    (folder / "list.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return workshop


def _counts(path: Path) -> tuple[int, int]:
    """(people, registrations), read with the plain driver."""
    conn = sqlite3.connect(path)
    try:
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        registrations = conn.execute("SELECT count(*) FROM registration").fetchone()[0]
        return int(people), int(registrations)
    finally:
        conn.close()


def _intact(path: Path) -> None:
    db = open_database(str(path), create=False)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    assert report.ok, report.problems


def _one_clean_line(stderr: str) -> str:
    """The last line of stderr, after checking nothing leaked: no SQL, no names, no traceback."""
    assert "Traceback" not in stderr
    assert "INSERT" not in stderr and "SELECT" not in stderr and "[SQL" not in stderr
    assert "Нурланова" not in stderr and "example.kz" not in stderr
    return stderr.strip().splitlines()[-1]


def _import_args(folder: Path, workshop: int) -> list[str]:
    return ["participants", "import", str(folder / "list.csv"), "--workshop", str(workshop)]


def _import_command(folder: Path, workshop: int, *extra: str) -> list[str]:
    db = ["--db", str(folder / "w.sqlite")]
    return [sys.executable, "-m", "jpoa_desktop.cli", *db, *extra, *_import_args(folder, workshop)]


def _jpoa_while_another_program_writes(
    folder: Path, *args: str, hold_to_the_end: bool = False
) -> subprocess.CompletedProcess[str]:
    """`jpoa --db w.sqlite ARGS` in `folder` while another program holds the write lock. The lock
    goes when the child's first line on stderr (its wait) arrives, or with `hold_to_the_end`
    only once it has exited: never after a fixed time, which a child slow to start on a busy
    machine could outlast and find the database free."""
    command = [sys.executable, "-m", "jpoa_desktop.cli", "--db", "w.sqlite", *args]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("JPOA_DATABASE_URL", None)
    release = threading.Event()
    with another_program_writing(folder / "w.sqlite", seconds=180, release=release):
        child = subprocess.Popen(
            command,
            cwd=folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert child.stderr is not None
        first = child.stderr.readline()
        if not hold_to_the_end:
            release.set()
        out, rest = child.communicate(timeout=120)
        release.set()
    return subprocess.CompletedProcess(command, child.returncode, out, first + rest)


def test_two_imports_of_the_same_list_started_at_once_add_each_person_once(
    tmp_path: Path,
) -> None:
    # With 1,500 rows the two writes overlap: before, the race went wrong in 5 runs out of 5.
    crowd = 1_500
    for attempt in range(2):
        folder = tmp_path / f"attempt{attempt}"
        folder.mkdir()
        workshop = _database(folder, crowd)
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        command = _import_command(folder, workshop, "--lock-wait", "60")
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        second = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        outputs = [p.communicate(timeout=120) for p in (first, second)]
        assert [first.returncode, second.returncode] == [0, 0], outputs
        reports = sorted(out.decode() for out, _err in outputs)
        assert reports == [
            f"list.csv: added 0, linked {crowd}, skipped 0\n",
            f"list.csv: added {crowd}, linked 0, skipped 0\n",
        ]
        assert _counts(folder / "w.sqlite") == (crowd, crowd)
        _intact(folder / "w.sqlite")


def test_an_import_waits_for_another_program_writing_and_says_so_on_stderr(
    tmp_path: Path,
) -> None:
    workshop = _database(tmp_path)
    result = _jpoa_while_another_program_writes(tmp_path, *_import_args(tmp_path, workshop))
    assert result.returncode == 0, result.stderr
    assert "waiting for another program to finish writing" in result.stderr
    assert _counts(tmp_path / "w.sqlite") == (PEOPLE, PEOPLE)
    _intact(tmp_path / "w.sqlite")


def test_any_write_waits_for_another_program_and_says_so_not_only_imports(
    tmp_path: Path,
) -> None:
    open_database(str(tmp_path / "w.sqlite")).dispose()  # no library yet: `init` will write it
    result = _jpoa_while_another_program_writes(tmp_path, "init")
    assert result.returncode == 0, result.stderr
    assert "waiting for another program to finish writing" in result.stderr
    assert "Library loaded" in result.stdout
    _intact(tmp_path / "w.sqlite")


def test_an_import_gives_up_in_one_line_when_the_other_program_keeps_writing(
    tmp_path: Path,
) -> None:
    workshop = _database(tmp_path)
    result = _jpoa_while_another_program_writes(
        tmp_path, "--lock-wait", "1.5", *_import_args(tmp_path, workshop), hold_to_the_end=True
    )
    assert result.returncode == 2
    assert _one_clean_line(result.stderr).startswith("jpoa: Another program is still writing to ")
    assert _counts(tmp_path / "w.sqlite") == (0, 0)
    _intact(tmp_path / "w.sqlite")


@contextmanager
def _mounted(*commands: list[str]) -> Iterator[None]:
    """Run mount commands (root only), skip when this machine does not allow them."""
    done: list[str] = []
    try:
        for command in commands:
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                pytest.skip(f"cannot mount here: {result.stderr.strip()}")
            if command[1] != "-o":
                done.append(command[-1])
        yield
    finally:
        for target in reversed(done):
            subprocess.run(["umount", target], check=False)


def test_an_import_onto_a_full_disk_says_so_in_one_line_and_writes_nothing(
    tmp_path: Path,
) -> None:
    """A real full disk: a 2 MB tmpfs, filled up to the last few kilobytes."""
    disk = tmp_path / "disk"
    disk.mkdir()
    with _mounted(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)]):
        workshop = _database(disk)
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "filler").write_bytes(b"\0" * (free - 48 * 1024))
        result = jpoa(*_import_args(disk, workshop), cwd=disk)
        assert result.returncode == 2
        line = _one_clean_line(result.stderr)
        assert line.startswith("jpoa: The disk holding ") and "is full" in line
        (disk / "filler").unlink()
        assert _counts(disk / "w.sqlite") == (0, 0)
        _intact(disk / "w.sqlite")


def test_an_import_into_a_read_only_database_file_says_so_in_one_line(tmp_path: Path) -> None:
    """Read-only as the file system sees it: `chmod 0444`, or a read-only bind mount for root."""
    workshop = _database(tmp_path)
    path = tmp_path / "w.sqlite"
    if os.geteuid() != 0:
        path.chmod(0o444)
        mounts: list[list[str]] = []
    else:
        mounts = [
            ["mount", "--bind", str(path), str(path)],
            ["mount", "-o", "remount,bind,ro", str(path)],
        ]
    with _mounted(*mounts):
        result = jpoa(*_import_args(tmp_path, workshop), cwd=tmp_path)
        assert result.returncode == 2
        line = _one_clean_line(result.stderr)
        assert "cannot be written" in line and "read-only" in line
        listing = jpoa("--db", str(path), "workshop", "list", cwd=tmp_path)
        assert listing.returncode == 0 and "Border" in listing.stdout
    path.chmod(0o644)
    assert _counts(path) == (0, 0)
    _intact(path)


def test_a_database_on_a_read_only_disk_is_refused_in_one_line_saying_so(tmp_path: Path) -> None:
    """A real read-only file system: a tmpfs remounted read-only (root only)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    with _mounted(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)]):
        workshop = _database(disk)
        before = (disk / "w.sqlite").read_bytes()
        remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        assert remount.returncode == 0, remount.stderr
        for command in (_import_args(disk, workshop), ["workshop", "list"], ["init"]):
            result = jpoa("--db", str(disk / "w.sqlite"), *command, cwd=tmp_path)
            assert result.returncode == 2
            line = _one_clean_line(result.stderr)
            assert "cannot be written" in line and "read-only" in line
        new = jpoa("--db", str(disk / "new.sqlite"), "init", cwd=tmp_path)
        assert new.returncode == 2 and "read-only" in _one_clean_line(new.stderr)
        assert (disk / "w.sqlite").read_bytes() == before


def test_a_mistyped_db_path_is_refused_and_no_empty_database_appears(tmp_path: Path) -> None:
    _database(tmp_path)
    for command in (["workshop", "list"], ["check"], ["search", "terror"]):
        result = jpoa("--db", "w.sqlte", *command, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"jpoa: There is no database at {tmp_path / 'w.sqlte'}; run `jpoa init` to create one."
        ]
    assert not (tmp_path / "w.sqlte").exists()
    assert jpoa("--db", "new.sqlite", "init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "new.sqlite").exists()


def _damage_a_table_page(path: Path) -> None:
    """Overwrite bytes inside a leaf page of the person table (not the file header)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xa5" * 200)


def test_check_on_a_damaged_page_lists_the_problems_and_exits_1(tmp_path: Path) -> None:
    workshop = _database(tmp_path)
    assert jpoa(*_import_args(tmp_path, workshop), cwd=tmp_path).returncode == 0
    _damage_a_table_page(tmp_path / "w.sqlite")
    result = jpoa("check", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stderr == ""
    problems = result.stdout.strip().splitlines()
    assert problems and all(line.startswith(("Problem: ", "Hint: ")) for line in problems)
    assert problems[-1].startswith("Hint: the newest backup that passes its check is from ")
    assert any("person" in line for line in problems)
    as_json = jpoa("check", "--json", cwd=tmp_path)
    assert as_json.returncode == 1 and '"problems": [' in as_json.stdout
    listing = jpoa("people", "search", "Нурланова", cwd=tmp_path)
    assert listing.returncode == 1
    assert _one_clean_line(listing.stderr).startswith("jpoa: The database ")
    assert "is damaged" in listing.stderr


def test_check_on_a_damaged_schema_page_reports_it_and_exits_1(tmp_path: Path) -> None:
    _database(tmp_path)
    with (tmp_path / "w.sqlite").open("r+b") as handle:
        handle.seek(100 + 8)  # page 1 past the file header: the schema's own b-tree page
        handle.write(b"\xa5" * 200)
    result = jpoa("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "Problem: the database cannot be opened: its schema pages are damaged"
    ]
    assert _one_clean_line(result.stderr).startswith("jpoa: The database ")
    listing = jpoa("workshop", "list", cwd=tmp_path)
    assert listing.returncode == 1 and "is damaged" in _one_clean_line(listing.stderr)
