"""The action plan as an XLSX sheet: read back with openpyxl, one row per measure, numbers as
numbers, the header frozen, every letter of the region intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from tests.strategy_sample import KAZAKH, TAJIK, TURKMEN, UZBEK, build_sample

from jpoa_desktop.io.writing.strategy_xlsx import write_xlsx
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService


@pytest.fixture
def service(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def test_the_sheet_has_a_row_per_measure_with_goal_and_objective_columns(
    service: StrategyService, tmp_path: Path
) -> None:
    out = tmp_path / "plan.xlsx"
    write_xlsx(service.draft(build_sample(service), "ru"), out, "ru")
    sheet = openpyxl.load_workbook(out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = rows[0]
    assert sheet.title == "План действий"
    assert header[:6] == ["№ цели", "Цель", "№ задачи", "Задача", "№", "Мероприятие"]
    assert len(rows) == 1 + 4
    first = dict(zip(header, rows[1], strict=True))
    assert (first["№ цели"], first["Цель"], first["Задача"]) == ("1", "Профилактика", "Молодёжь")
    assert first["Мероприятие"] == KAZAKH
    assert first["Ответственные"] == f"Министерство информации\n{TAJIK}"
    assert first["Начало"] == dt.datetime(2025, 1, 1)
    assert first["Сумма"] == pytest.approx(12500.5) and first["Валюта"] == "KZT"
    assert first["Источник финансирования"] == "республиканский бюджет"
    assert first["Индикаторы"] == "Охват молодёжи: 0 → 5000 человек"
    assert first["Компоненты и направления"] == "I, I.2"
    assert first["Приоритет"] == "Высокий" and first["Статус"] == "Запланировано"
    second = dict(zip(header, rows[2], strict=True))
    assert second["Ответственные"] == UZBEK and str(second["Индикаторы"]).startswith(TURKMEN)
    assert [r[4] for r in rows[1:]] == ["1.1.1", "1.2.1", "1.2.2", "2.1.1"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["F"].width > sheet.column_dimensions["E"].width


def test_an_empty_draft_gives_the_header_only(service: StrategyService, tmp_path: Path) -> None:
    from tests.strategy_sample import DRAFT

    out = tmp_path / "empty.xlsx"
    write_xlsx(service.draft(service.create(DRAFT), "en"), out, "tk")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 1 and rows[0][1] == "Maksat"
