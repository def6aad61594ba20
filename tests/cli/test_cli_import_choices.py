"""`jpoa participants import --sheet/--header-row/--encoding`: the same choices as the dialog."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli_import import _people, _setup, run

openpyxl: Any = importlib.import_module("openpyxl")


def test_the_sheet_and_header_row_can_be_named(tmp_path: Path) -> None:
    _path, workshop = _setup(tmp_path)
    book = openpyxl.Workbook()
    book.active.append(["Фамилия", "Имя"])
    book.active.append(["Иванов", "Иван"])
    second = book.create_sheet("Наблюдатели")
    for row in (["Список наблюдателей"], ["Фамилия", "Имя", "Страна"], ["Ван", "Лэй", "Китай"]):
        second.append(row)
    book.save(tmp_path / "sheets.xlsx")
    base = ["participants", "import", str(tmp_path / "sheets.xlsx"), "--workshop", str(workshop)]
    result = run(tmp_path, *base, "--sheet", "Наблюдатели", "--header-row", "2", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 1
    result = run(tmp_path, *base, "--sheet", "Наблюдатели", "--header-row", "40", "--dry-run")
    assert result.returncode == 2
    assert "row 40 is empty or past the end" in result.stdout + result.stderr
    assert _people(tmp_path) == 1


def test_the_encoding_of_a_csv_can_be_named(tmp_path: Path) -> None:
    _path, workshop = _setup(tmp_path)
    path = tmp_path / "dos.csv"
    path.write_bytes("Фамилия;Имя\r\nИванов;Иван\r\n".encode("cp866"))
    base = ["participants", "import", str(path), "--workshop", str(workshop), "--dry-run"]
    result = run(tmp_path, *base, "--encoding", "utf-8")
    assert result.returncode == 2
    assert "cannot be read as utf-8" in result.stdout + result.stderr
    result = run(tmp_path, *base, "--encoding", "cp866", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 1
    assert _people(tmp_path) == 0
