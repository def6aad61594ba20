"""What changed between two versions of a draft, written to Word, Excel and CSV and read back:
the same sections, items and field-level before/after values as the report holds."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from tests.strategy_sample import build_sample, edit_sample

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.writing.strategy_diff_export import (
    DiffEntry,
    DiffReport,
    DiffSection,
    FieldRow,
    report_of,
    write_diff,
)
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_versions import VersionService


@pytest.fixture
def report(loaded_db: Database) -> DiffReport:
    """The sample draft saved as a version, then one measure reworded and reprioritised, one
    deleted, one moved to another objective and one added."""
    strategies = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft = build_sample(strategies)
    saved = versions.snapshot(draft, "Sent to the ministry")
    edit_sample(strategies, draft, {"en": "Youth talks in every region"}, "medium")
    diff = versions.diff(draft, saved)
    return report_of(diff, "Changes in the action plan", "From “Sent to the ministry” to now")


def test_the_report_holds_each_change_in_its_section_with_field_rows(report: DiffReport) -> None:
    shown = {s.name: [(e.number, e.text, e.fields) for e in s.entries] for s in report.sections}
    assert [s.title for s in report.sections] == [
        "Added (1)", "Removed (1)", "Moved (1)", "Changed (1)",
    ]  # fmt: skip
    assert shown["added"] == [("2.1.1", "Trial monitoring", ())]
    assert shown["removed"] == [("1.2.2", "Monitoring", ())]
    assert shown["moved"] == [("1.2.1", "Report", (FieldRow("Number", "2.1.1", "1.2.1"),))]
    assert shown["changed"] == [
        ("1.1.1", "Youth talks in every region",
         (FieldRow("Text (en)", "Youth talks", "Youth talks in every region"),
          FieldRow("Priority", "high", "medium"))),
    ]  # fmt: skip


def test_word_shows_a_heading_per_section_and_a_before_after_table_per_item(
    report: DiffReport, tmp_path: Path
) -> None:
    out = tmp_path / "diff.docx"
    write_diff(report, out)
    document = Document(str(out))
    paragraphs = document.paragraphs
    assert paragraphs[0].text == "Changes in the action plan"
    assert paragraphs[0].style is not None and paragraphs[0].style.name == "Title"
    headings = [p.text for p in paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings == ["Added (1)", "Removed (1)", "Moved (1)", "Changed (1)"]
    text = [p.text for p in paragraphs]
    for line in ("2.1.1 Trial monitoring", "1.2.2 Monitoring", "1.2.1 Report",
                 "1.1.1 Youth talks in every region"):  # fmt: skip
        assert f"{line}  (Measure)" in text
    moved, changed = document.tables
    assert [[c.text for c in row.cells] for row in moved.rows] == [
        ["Field", "Before", "After"], ["Number", "2.1.1", "1.2.1"],
    ]  # fmt: skip
    assert [[c.text for c in row.cells] for row in changed.rows][1:] == [
        ["Text (en)", "Youth talks", "Youth talks in every region"],
        ["Priority", "high", "medium"],
    ]
    old_run = changed.rows[1].cells[1].paragraphs[0].runs[0]
    assert old_run.font.strike is True
    assert str(old_run.font.color.rgb) == "B3261E"


def test_excel_has_one_row_per_field_change_under_the_title(
    report: DiffReport, tmp_path: Path
) -> None:
    out = tmp_path / "diff.xlsx"
    write_diff(report, out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "Changes in the action plan"
    assert sheet["A2"].value == "From “Sent to the ministry” to now"
    body = sheet.iter_rows(min_row=4, values_only=True)
    rows = [[c if c is not None else "" for c in row] for row in body]
    assert rows[0] == ["Section", "Number", "Kind", "Item", "Field", "Before", "After"]
    assert rows[1:] == report.rows()
    assert rows[1:] == [
        ["Added (1)", "2.1.1", "Measure", "Trial monitoring", "", "", ""],
        ["Removed (1)", "1.2.2", "Measure", "Monitoring", "", "", ""],
        ["Moved (1)", "1.2.1", "Measure", "Report", "Number", "2.1.1", "1.2.1"],
        ["Changed (1)", "1.1.1", "Measure", "Youth talks in every region", "Text (en)",
         "Youth talks", "Youth talks in every region"],
        ["Changed (1)", "1.1.1", "Measure", "Youth talks in every region", "Priority", "high",
         "medium"],
    ]  # fmt: skip
    assert sheet.freeze_panes == "A5"


def test_csv_has_the_same_rows_and_reads_in_excel_as_utf8(
    report: DiffReport, tmp_path: Path
) -> None:
    out = tmp_path / "diff.csv"
    write_diff(report, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [report.header(), *report.rows()]


def test_an_empty_diff_says_there_are_no_differences(loaded_db: Database, tmp_path: Path) -> None:
    strategies = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft = build_sample(strategies)
    empty = report_of(versions.diff(draft, versions.snapshot(draft, "v1")), "Same", "")
    assert empty.empty and empty.rows() == []
    write_diff(empty, tmp_path / "same.docx")
    write_diff(empty, tmp_path / "same.xlsx")
    assert "No differences" in [p.text for p in Document(str(tmp_path / "same.docx")).paragraphs]
    sheet = openpyxl.load_workbook(tmp_path / "same.xlsx").active
    assert sheet["A5"].value == "No differences"


def test_a_file_that_cannot_be_written_is_reported_and_leaves_nothing_behind(
    report: DiffReport, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        write_diff(report, tmp_path / "missing" / "diff.docx")
    with pytest.raises(ValidationError, match=r"not a \.docx, \.xlsx or \.csv"):
        write_diff(report, tmp_path / "diff.pdf")
    folder = tmp_path / "out"
    blocker = folder / "taken.docx"
    blocker.mkdir(parents=True)
    with pytest.raises(ValidationError, match="could not be written"):
        write_diff(report, blocker)  # a folder where the file should go: the rename fails
    assert [p.name for p in folder.iterdir()] == ["taken.docx"]
    assert not (tmp_path / "missing").exists() and not (tmp_path / "diff.pdf").exists()


def test_a_text_that_looks_like_a_formula_stays_text_in_excel(tmp_path: Path) -> None:
    entry = DiffEntry("u", "Measure", "1.1.1", "=HYPERLINK(1)", (FieldRow("Text", "=1+1", "b"),))
    report = DiffReport("Title", "", (DiffSection("changed", "Changed (1)", (entry,)),))
    write_diff(report, tmp_path / "f.xlsx")
    row = openpyxl.load_workbook(tmp_path / "f.xlsx").active[5]
    assert [c.value for c in row][3:6] == ["=HYPERLINK(1)", "Text", "=1+1"]
    assert {c.data_type for c in row} == {"s"}
