"""The strategy export service: the suffix (or the command's --format) picks the writer, a name
it cannot write is refused in one line with nothing written, and coverage and diffs go out
through the same service."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from tests.strategy_sample import build_sample

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.writing.coverage_export import CoverageWords
from jpoa_desktop.io.writing.strategy_diff_export import report_of
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database

WORDS = CoverageWords(
    matrix_sheet="Coverage", gaps_sheet="Gaps", pillar="Pillar", area="Area", title="Title",
    measures="Measures", indicators="Indicators", budget="Budget, {currency}", note="Note",
    no_measure="no measure", kind="Kind", item="Item", text="Text", kinds={},
)  # fmt: skip


@pytest.fixture
def services(loaded_db: Database) -> Services:
    return Services(loaded_db)


@pytest.fixture
def draft(services: Services) -> int:
    return build_sample(services.strategies)


def test_the_suffix_picks_the_format_and_the_report_counts_the_measures(
    services: Services, draft: int, tmp_path: Path
) -> None:
    word = services.strategy_export.export_draft(draft, tmp_path / "plan.DOCX", "ru", "en")
    sheet = services.strategy_export.export_draft(draft, tmp_path / "plan.xlsx", "ru", "en")
    assert (word.suffix, word.measures, word.draft_id) == (".docx", 4, draft)
    assert sheet.suffix == ".xlsx" and sheet.measures == 4
    assert len(Document(str(tmp_path / "plan.DOCX")).tables[0].rows) == 1 + 4
    rows = list(load_workbook(tmp_path / "plan.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 1 + 4


def test_a_named_format_wins_over_the_suffix(
    services: Services, draft: int, tmp_path: Path
) -> None:
    target = tmp_path / "plan.bin"
    written = services.strategy_export.export_draft(draft, target, "ru", fmt="docx")
    assert written.suffix == ".docx" and Document(str(target)).tables


def test_an_unknown_suffix_is_refused_in_one_line_and_nothing_is_written(
    services: Services, draft: int, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"plan\.odt: the name must end in \.docx"):
        services.strategy_export.export_draft(draft, out / "plan.odt", "ru")
    assert list(out.iterdir()) == []


def test_a_name_taken_by_a_folder_is_a_clear_error_and_leaves_the_folder_alone(
    services: Services, draft: int, tmp_path: Path
) -> None:
    taken = tmp_path / "out" / "plan.pdf"
    taken.mkdir(parents=True)
    with pytest.raises(ValidationError, match="could not be written"):
        services.strategy_export.export_draft(draft, taken, "ru")
    assert [p.name for p in taken.parent.iterdir()] == ["plan.pdf"] and taken.is_dir()


def test_coverage_and_a_diff_are_written_through_the_same_service(
    services: Services, draft: int, tmp_path: Path
) -> None:
    coverage = services.coverage.coverage(draft, "en")
    target = tmp_path / "coverage.csv"
    rows = services.strategy_export.export_coverage(target, (coverage, None), WORDS)
    with (tmp_path / "coverage.csv").open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0][:3] == ["Pillar", "Area", "Title"] and len(read) == rows + 3  # 2 headers, gap

    copy = services.strategies.copy(draft)
    report = report_of(services.versions.diff_drafts(draft, copy), "Same", "")
    target = services.strategy_export.export_diff(report, tmp_path / "diff.xlsx")
    assert load_workbook(target).active["A5"].value == "No differences"
