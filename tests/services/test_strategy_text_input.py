"""Strategy drafts take the same bounded, clean texts as people and workshops: a pasted
document in a measure's box is refused with one line, and control characters and bidi
overrides are stripped before a draft, a measure, an indicator, a budget line or a comment is
stored, whether typed or imported."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.strategies import BudgetInput, DraftInput, IndicatorInput, ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_import import StrategyImportService

RLO, ISOLATE, BOM = "\u202e", "\u2066", "\ufeff"


@pytest.fixture
def strategies(empty_db: Database) -> StrategyService:
    return StrategyService(empty_db.session_scope)


def _measure(strategies: StrategyService, draft: int, text: str) -> int:
    goal = strategies.add_item(draft, None, "goal", ItemInput({"ru": "Цель"}))
    objective = strategies.add_item(draft, goal, "objective", ItemInput({"ru": "Задача"}))
    return strategies.add_item(draft, objective, "measure", ItemInput({"ru": text}))


def test_a_draft_refuses_a_huge_title_and_stores_a_clean_one(strategies: StrategyService) -> None:
    with pytest.raises(ValidationError, match="at most 500 characters"):
        strategies.create(DraftInput("KZ", {"ru": "П" * 10_000}))
    with pytest.raises(ValidationError, match="needs a title"):
        strategies.create(DraftInput("KZ", {"ru": f"\x00{RLO}"}))
    assert strategies.drafts("ru") == []
    draft = strategies.create(
        DraftInput("KZ", {"ru": f"План{RLO}\x07"}, lead_agency=f"{BOM}КНБ\n", notes="a\r\nb\x1b")
    )
    summary = strategies.draft(draft, "ru").summary
    assert summary.title == "План"
    assert strategies.drafts("ru")[0].title == "План"


def test_a_measure_refuses_a_pasted_document_and_keeps_its_line_breaks(
    strategies: StrategyService,
) -> None:
    draft = strategies.create(DraftInput("KZ", {"ru": "План"}))
    with pytest.raises(ValidationError, match="at most 4000 characters"):
        _measure(strategies, draft, "М" * 4001)
    measure = _measure(strategies, draft, f"Первая{ISOLATE} строка\r\nвторая\x00")
    assert strategies.item(measure).texts == {"ru": "Первая строка\nвторая"}
    with pytest.raises(ValidationError, match="at most 300 characters"):
        strategies.update_item(measure, ItemInput({"ru": "М"}, responsible=("Р" * 301,)))
    strategies.update_item(measure, ItemInput({"ru": "М"}, responsible=(f"МВД{RLO}\t",)))
    assert strategies.item(measure).responsible == ("МВД",)


def test_indicators_budget_lines_and_comments_are_bounded_and_clean(
    strategies: StrategyService,
) -> None:
    draft = strategies.create(DraftInput("KZ", {"ru": "План"}))
    measure = _measure(strategies, draft, "Мера")
    with pytest.raises(ValidationError, match="at most 1000 characters"):
        strategies.add_indicator(measure, IndicatorInput("И" * 1001))
    with pytest.raises(ValidationError, match="at most 60 characters"):
        strategies.add_indicator(measure, IndicatorInput("Охват", unit="ч" * 61))
    strategies.add_indicator(measure, IndicatorInput(f"Охват{RLO}\x00", "0\t", "100", "чел.\n"))
    with pytest.raises(ValidationError, match="at most 300 characters"):
        strategies.add_budget(measure, BudgetInput(Decimal(1), "KZT", "б" * 301))
    strategies.add_budget(measure, BudgetInput(Decimal(1), "KZT", f"бюджет{ISOLATE}"))
    strategies.add_comment(measure, f"Иванов{RLO}", "Проверить\x07\r\nсроки")
    (shown,) = strategies.draft(draft, "ru").measures()
    (indicator,) = shown.indicators
    assert (indicator.name, indicator.baseline, indicator.unit) == ("Охват", "0", "чел.")
    assert shown.budget[0].source == "бюджет"
    with pytest.raises(ValidationError, match="needs some text"):
        strategies.add_comment(measure, "", "\x00\u202e")


def test_an_imported_plan_is_stored_clean_and_a_too_long_measure_is_that_rows_problem(
    loaded_db: Database, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["№", "Мероприятие", "Ответственные", "Индикаторы"])
    sheet.append(["1.1.1", f"Беседы{RLO} с молодёжью", f"МВД{ISOLATE}", f"Охват{BOM}: 0 → 100"])
    sheet.append(["1.1.2", "М" * 4001, "МВД", ""])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    service = StrategyImportService(loaded_db.session_scope)
    plan = service.plan(path, language="ru")
    assert [p.message for p in plan.problems] == [
        f"row 3: “{'М' * 40}…” is too long: at most 4000 characters."
    ]
    report = service.import_rows(plan, "KZ", skip_invalid=True)
    (measure,) = StrategyService(loaded_db.session_scope).draft(report.draft_id, "ru").measures()
    assert (measure.text, measure.responsible) == ("Беседы с молодёжью", ("МВД",))
    assert measure.indicators[0].name == "Охват"


def test_a_version_name_is_bounded_and_clean(loaded_db: Database) -> None:
    from jpoa_desktop.services.strategies.strategy_versions import VersionService

    strategies = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft = strategies.create(DraftInput("KZ", {"ru": "План"}))
    with pytest.raises(ValidationError, match="at most 200 characters"):
        versions.snapshot(draft, "В" * 201)
    versions.snapshot(draft, f"Отправлено{RLO} в министерство\x00")
    assert [v.name for v in versions.versions(draft)] == ["Отправлено в министерство"]
