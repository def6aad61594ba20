"""`jpoa backup`, `jpoa backup --to FILE`, `jpoa backup list [--json]` and `jpoa restore`."""

from __future__ import annotations

import io
import json
from pathlib import Path

from jpoa_desktop.cli.main import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue()


def test_backup_list_and_restore_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite")
    assert run("--db", db, "demo")[0] == 0

    assert run("--db", db, "backup", "list") == (0, "No backups yet.\n")
    code, text = run("--db", db, "backup")
    assert code == 0 and text.startswith(f"Backed up to {tmp_path / 'backups' / 'w-'}")
    code, text = run("--db", db, "backup", "--to", str(tmp_path / "copy.sqlite"), "--json")
    assert code == 0 and json.loads(text)["people"] == 40
    code, text = run("--db", db, "backup", "list", "--json")
    (listed,) = json.loads(text)
    assert (listed["reason"], listed["workshops"], listed["people"]) == ("by-hand", 1, 40)
    code, text = run("--db", db, "backup", "list")
    assert "by-hand" in text and "40 people" in text

    assert run("--db", db, "restore", str(tmp_path / "copy.sqlite"))[0] == 0
    assert [b["reason"] for b in json.loads(run("--db", db, "backup", "list", "--json")[1])] == [
        "by-hand",
        "before-restore",
    ]
    assert run("--db", db, "check")[0] == 0


def test_restore_of_a_file_that_is_not_a_database_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite")
    assert run("--db", db, "demo")[0] == 0
    before = (tmp_path / "w.sqlite").read_bytes()
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")

    assert run("--db", db, "restore", str(tmp_path / "notes.txt"))[0] == 2
    assert (tmp_path / "w.sqlite").read_bytes() == before
    assert not (tmp_path / "backups").exists()
