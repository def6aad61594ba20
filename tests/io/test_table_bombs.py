"""Hostile lists: workbooks and CSVs that would take gigabytes to read are refused before they
are read, with limits lowered so that each bomb is built in a few kilobytes."""

from __future__ import annotations

import importlib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.io.tables.table_limits import TableLimits
from jpoa_desktop.io.tables.zip_guard import ZipLimits

openpyxl: Any = importlib.import_module("openpyxl")
HEADER = ["Фамилия", "Имя", "Организация"]


def _book(path: Path, rows: int, far: str | None = None, text: str = "МВД") -> Path:
    """A list of `rows` people; with `far`, each row also has a cell at that column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for n in range(rows):
        sheet.append([f"Иванов{n}", "Иван", text])
        if far is not None:
            sheet[f"{far}{n + 2}"] = "x"
    book.save(path)
    return path


def test_a_cell_in_the_last_column_is_refused_before_the_sheet_is_built(tmp_path: Path) -> None:
    path = _book(tmp_path / "wide.xlsx", 200, far="XFD")
    with pytest.raises(ValidationError, match=r"wide\.xlsx has more than 500 columns"):
        read_list(path)


def test_a_sheet_whose_used_area_is_too_large_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Иванов", "Иван", "МВД"])
    sheet["AX3000"] = "x"  # 3,000 rows × 50 columns of grid for two people
    book.save(tmp_path / "sparse.xlsx")
    with pytest.raises(ValidationError, match="more than 20000 cells"):
        read_list(tmp_path / "sparse.xlsx", limits=TableLimits(max_cells=20_000))


@pytest.mark.parametrize("size", [50_000, 1_500], ids=["huge", "just-too-long"])
def test_a_cell_longer_than_any_real_one_is_refused(tmp_path: Path, size: int) -> None:
    path = _book(tmp_path / "long.xlsx", 3, text="Я" * size)
    with pytest.raises(ValidationError, match="a cell holds more than 1000 characters"):
        read_list(path, limits=TableLimits(max_cell_chars=1_000))


def test_a_sheet_with_more_rows_than_allowed_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path / "long.xlsx", 1_200)
    with pytest.raises(ValidationError, match="more than 100 rows"):
        read_list(path, limits=TableLimits(max_rows=100))


def test_a_workbook_that_inflates_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path / "bomb.xlsx", 3)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (4 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    limits = TableLimits(archive=ZipLimits(max_member_bytes=1024 * 1024))
    with pytest.raises(ValidationError, match=r"bomb\.xlsx would unpack to 4 MB"):
        read_list(path, limits=limits)


def test_a_csv_line_of_endless_delimiters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Фамилия;Имя\nИванов;Иван" + ";x" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="more than 50 columns"):
        read_list(path, limits=TableLimits(max_columns=50))


def test_a_csv_with_too_many_cells_or_too_long_a_cell_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cells.csv"
    path.write_text("Фамилия;Имя\n" + "Иванов;Иван\n" * 3_000, encoding="utf-8")
    with pytest.raises(ValidationError, match="more than 1000 cells"):
        read_list(path, limits=TableLimits(max_cells=1_000))
    path.write_text("Фамилия;Имя\nИванов;" + "Я" * 5_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="row 2: a cell holds more than 1000 characters"):
        read_list(path, limits=TableLimits(max_cell_chars=1_000))
    path.write_text("Фамилия;Имя\nИванов;" + "Я" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="a cell holds more than 32767 characters"):
        read_list(path)


def test_a_bomb_whose_workbook_names_its_sheet_in_other_letters_is_still_checked(
    tmp_path: Path,
) -> None:
    plain = _book(tmp_path / "plain.xlsx", 20, far="ZZ")
    path = tmp_path / "renamed.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"worksheets/sheet1.xml", b"Worksheets/Sheet1.XML")
            target.writestr(item, data)
    with pytest.raises(ValidationError, match="more than 100 columns"):
        read_list(path, limits=TableLimits(max_columns=100))
