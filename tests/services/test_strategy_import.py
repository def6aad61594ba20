"""Importing an action plan from XLSX or a Word table: a preview first, then one transaction;
a bad row writes nothing and is named by row and column; an exported plan comes back equal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from tests.strategy_sample import KAZAKH, TAJIK, build_sample

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.writing.strategy_docx import write_docx
from jpoa_desktop.io.writing.strategy_xlsx import write_xlsx
from jpoa_desktop.model.strategies import MeasureView
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_import import StrategyImportService

HEADER = ["№", "Мероприятие", "Ответственные", "Сроки", "Индикаторы", "Бюджет", "Статус"]
GOOD = [
    ["1.1.1", KAZAKH, f"МВД; {TAJIK}", "01.02.2025–30.06.2025", "Охват: 0 → 100 человек",
     "12 500,50 KZT, бюджет", "Запланировано"],
    ["1.1.2", "Oʻquv kursi", "Türkmenistanyň ministrligi", "", "", "", "Done"],
    ["2.1.1", "Мониторинг", "Прокуратура", "", "", "300 USD", ""],
]  # fmt: skip


@pytest.fixture
def service(loaded_db: Database) -> StrategyImportService:
    return StrategyImportService(loaded_db.session_scope)


@pytest.fixture
def strategies(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row)
    book.save(path)
    return path


def test_a_good_file_becomes_a_draft_with_goals_objectives_and_measures(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    plan = service.plan(_xlsx(tmp_path / "План.xlsx", GOOD), language="ru")
    assert plan.problems == () and len(plan.rows) == 3
    assert plan.rows[0].goal == ("1", "Цель 1") and plan.rows[0].objective == ("1.1", "Задача 1.1")
    report = service.import_rows(plan, "KZ")
    assert (report.goals, report.objectives, report.measures) == (2, 2, 3)
    view = strategies.draft(report.draft_id, "ru")
    assert view.summary.title == "План" and view.summary.country == "KZ"
    first, second, third = view.measures()
    assert (first.number, first.text, first.responsible) == ("1.1.1", KAZAKH, ("МВД", TAJIK))
    assert (first.start.isoformat() if first.start else "", first.status) == (
        "2025-02-01",
        "planned",
    )
    assert [(i.name, i.baseline, i.target, i.unit) for i in first.indicators] == [
        ("Охват", "0", "100", "человек")
    ]
    assert [(b.amount, b.currency, b.source) for b in first.budget] == [
        (Decimal("12500.50"), "KZT", "бюджет")
    ]
    assert second.text == "Oʻquv kursi" and second.status == "done"
    assert third.number == "2.1.1" and third.budget[0].currency == "USD"


def test_a_file_with_one_bad_row_writes_nothing_and_names_the_row_and_column(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    rows = [*GOOD[:1], [*GOOD[1][:5], "12 abc", ""], GOOD[2]]
    plan = service.plan(_xlsx(tmp_path / "plan.xlsx", rows), language="ru")
    (problem,) = plan.problems
    assert (problem.row, problem.column) == (3, "Бюджет")
    assert problem.message == 'row 3, column "Бюджет": "12 abc" is not an amount'
    with pytest.raises(ValidationError, match="1 rows have problems; nothing was imported"):
        service.import_rows(plan, "KZ")
    assert strategies.drafts("en") == []
    report = service.import_rows(plan, "KZ", skip_invalid=True)
    assert (report.measures, report.skipped) == (2, 1)


def test_a_column_mapping_chosen_by_the_user_wins(
    service: StrategyImportService, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path / "plan.xlsx", GOOD)
    plan = service.plan(path, language="ru", mapping={0: "number", 2: "measure"})
    texts = [r.item.texts["ru"] for r in plan.rows]
    assert texts == ["МВД; " + TAJIK, "Türkmenistanyň ministrligi", "Прокуратура"]
    with pytest.raises(ValidationError, match="no column is mapped to the measure"):
        service.plan(path, mapping={0: "number"})


def test_the_table_of_a_word_document_imports(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    document = Document()
    document.add_paragraph("План действий")
    table = document.add_table(rows=0, cols=len(HEADER))
    for values in [HEADER, *GOOD]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    document.save(str(tmp_path / "plan.docx"))
    report = service.import_rows(service.plan(tmp_path / "plan.docx", "ru"), "KG")
    texts = [m.text for m in strategies.draft(report.draft_id, "ru").measures()]
    assert texts == [KAZAKH, "Oʻquv kursi", "Мониторинг"]


def _essentials(measure: MeasureView, priority: bool = True) -> tuple[object, ...]:
    return (
        measure.number,
        measure.text,
        measure.responsible,
        measure.partners,
        measure.start,
        measure.end,
        measure.priority if priority else "",
        measure.status,
        [(i.name, i.baseline, i.target, i.unit) for i in measure.indicators],
        [(b.amount, b.currency, b.source) for b in measure.budget],
        [m.key for m in measure.mapping],
    )


@pytest.mark.parametrize("suffix", ["xlsx", "docx"])
def test_an_exported_plan_imports_back_equal(
    suffix: str, service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    original = strategies.draft(build_sample(strategies), "ru")
    out = tmp_path / f"plan.{suffix}"
    if suffix == "xlsx":
        write_xlsx(original, out, "ru")
    else:
        write_docx(original, out, "ru")
    plan = service.plan(out, language="ru")
    assert plan.problems == ()
    report = service.import_rows(plan, "KZ", titles={"ru": "Копия"})
    copy = strategies.draft(report.draft_id, "ru")
    same = suffix == "xlsx"  # the Word table has no priority column
    assert [_essentials(m, same) for m in copy.measures()] == [
        _essentials(m, same) for m in original.measures()
    ]
    if suffix == "xlsx":  # the sheet has the goals' and objectives' texts
        assert [g.text for g in copy.goals] == [g.text for g in original.goals]
        assert [o.text for g in copy.goals for o in g.objectives] == ["Молодёжь", "Школы", "Суды"]
