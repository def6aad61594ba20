"""Answers from a spreadsheet: the exported grid filled in and read back, a long table, a file
with a bad row refused whole (every problem by its row), skip-invalid and dry run."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from tests.evaluation_rows import Classroom, add_test_questions, classroom

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService, FormView
from jpoa_desktop.services.evaluation.response_import import ResponseFileService
from jpoa_desktop.services.evaluation.responses import ResponseService


def _form(db: Database) -> tuple[Classroom, FormView]:
    add_test_questions(db, 3)
    room = classroom(db)
    return room, FormService(db.session_scope).create(room.workshop_id, "pre", questions=3)


def _stored(db: Database, form_id: int) -> dict[str, dict[int, str]]:
    grid = ResponseService(db.session_scope).grid(form_id)
    return {row.code: row.answers for row in grid if row.answers}


def test_exported_grid_filled_in_excel_is_read_back(empty_db: Database, tmp_path: Path) -> None:
    room, form = _form(empty_db)
    files = ResponseFileService(empty_db.session_scope)
    target = tmp_path / "grid.xlsx"
    assert files.export_grid(form.id, target, "ru") == 5
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet["A1"].value == "Управление границами — входной тест"
    header_row = next(r for r in range(1, 5) if sheet.cell(r, 1).value == "code")
    assert [c.value for c in sheet[header_row]][:5] == ["code", "name", 1, 2, 3]
    codes = [sheet.cell(r, 1).value for r in range(header_row + 1, header_row + 6)]
    assert sorted(codes) == sorted(room.codes)
    first = header_row + 1
    sheet.cell(first, 3).value = "b"
    sheet.cell(first, 4).value = 2  # a number typed for the second option
    sheet.cell(first + 1, 5).value = "С"  # Cyrillic
    book.save(target)
    report = files.import_file(form.id, target)
    assert (report.people, report.answers, report.skipped, report.written) == (2, 3, 0, True)
    assert _stored(empty_db, form.id) == {
        codes[0]: {1: "B", 2: "B", 3: ""},
        codes[1]: {1: "", 2: "", 3: "C"},
    }


def test_long_table_with_bad_rows_is_refused_whole(empty_db: Database, tmp_path: Path) -> None:
    room, form = _form(empty_db)
    a, b = room.codes[0], room.codes[1]
    source = tmp_path / "answers.csv"
    source.write_text(
        "Answers from the scanner\n\n"
        "code;item;answer\n"
        f"{a};1;A\n{a};2;d\n{b};1;true\n"  # row 6: not a letter of a single choice
        f"{a};7;A\nZZZZ;1;A\n{a};1;B\n",  # rows 7-9: no item 7, unknown code, duplicate
        encoding="utf-8",
    )
    files = ResponseFileService(empty_db.session_scope)
    plan = files.plan(form.id, source)
    assert plan.layout == "long"
    assert [p.row for p in plan.problems] == [6, 7, 8, 9]
    assert "Item 1: “true” is not an answer" in plan.problems[0].message
    assert "not an item of this form" in plan.problems[1].message
    assert "ZZZZ" in plan.problems[2].message
    assert "second answer" in plan.problems[3].message
    with pytest.raises(ValidationError, match="4 rows have problems; nothing was imported"):
        files.import_file(form.id, source)
    assert _stored(empty_db, form.id) == {}
    dry = files.import_file(form.id, source, dry_run=True, skip_invalid=True)
    assert (dry.people, dry.answers, dry.written) == (1, 2, False)
    assert _stored(empty_db, form.id) == {}
    done = files.import_file(form.id, source, skip_invalid=True)
    assert (done.people, done.skipped) == (1, 4)
    assert _stored(empty_db, form.id) == {a: {1: "A", 2: "D", 3: ""}}


def test_a_file_without_the_columns_is_refused(empty_db: Database, tmp_path: Path) -> None:
    _room, form = _form(empty_db)
    source = tmp_path / "list.csv"
    source.write_text("name,organisation\nKim,MVD\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no column is headed “code”"):
        ResponseFileService(empty_db.session_scope).import_file(form.id, source)
