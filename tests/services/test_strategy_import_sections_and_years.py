"""Excel plans as ministries send them: section rows merged across the sheet with no cue
word or number, and quarters or half-years written without a year in a plan whose period
the title, the workbook's properties or the row itself gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_import import StrategyImportService

D = date
UNDATED = ["IV тоқсан", "II кв.", "Q3", "second half", "I полугодие"]


@pytest.fixture
def service(loaded_db: Database) -> StrategyImportService:
    return StrategyImportService(loaded_db.session_scope)


@pytest.fixture
def strategies(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def _book(
    path: Path, rows: list[list[object]], merges: tuple[str, ...] = (), title: str = ""
) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for cells in merges:
        book.active.merge_cells(cells)
    if title:
        book.properties.title = title
    book.save(path)
    return path


def test_rows_merged_across_a_plan_whose_first_column_is_the_measure_become_its_hierarchy(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Мероприятие", "Ответственные", "Срок"],
        ["Профилактика радикализации"],
        ["Работа с молодёжью"],
        ["Лекции в школах", "Минпросвещения", "2026"],
        ["Конкурс видеороликов", "Минкультуры", "2027"],
        ["Реабилитация"],
        ["Программы выхода", "Минюст", "2026"],
    ]
    merges = ("A2:C2", "A3:C3", "A6:C6")
    plan = service.plan(_book(tmp_path / "plan.xlsx", rows, merges), "ru")
    assert plan.problems == ()
    assert [(s.row, s.level, s.text) for s in plan.sections] == [
        (2, "goal", "Профилактика радикализации"), (3, "objective", "Работа с молодёжью"),
        (6, "goal", "Реабилитация"),
    ]  # fmt: skip
    assert [m.item.texts["ru"] for m in plan.rows] == [
        "Лекции в школах", "Конкурс видеороликов", "Программы выхода"
    ]  # fmt: skip
    view = strategies.draft(service.import_rows(plan, "KZ").draft_id, "ru")
    assert [(g.text, [(o.text, [m.text for m in o.measures]) for o in g.objectives])
            for g in view.goals][:1] == [(
        "Профилактика радикализации",
        [("Работа с молодёжью", ["Лекции в школах", "Конкурс видеороликов"])],
    )]  # fmt: skip
    assert view.goals[1].text == "Реабилитация"


def test_a_section_merged_beside_an_empty_number_cell_is_a_goal_not_a_measure(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["№", "Мероприятие", "Ответственные", "Срок", "Партнеры"],
        [None, "Профилактика радикализации"],
        ["1", "Лекции в школах", "Минпросвещения", "2026", "ОБСЕ"],
        ["2", "Мониторинг сети", "МВД", "постоянно", ""],
    ]
    plan = service.plan(_book(tmp_path / "plan.xlsx", rows, ("B2:E2",)), "ru")
    assert plan.problems == () and len(plan.rows) == 2
    assert [(s.level, s.text) for s in plan.sections] == [("goal", "Профилактика радикализации")]
    view = strategies.draft(service.import_rows(plan, "TJ").draft_id, "ru")
    (goal,) = view.goals
    assert goal.text == "Профилактика радикализации"
    assert [m.text for o in goal.objectives for m in o.measures] == [
        "Лекции в школах", "Мониторинг сети"
    ]  # fmt: skip


def _quarters(title_row: bool, period: str) -> list[list[object]]:
    rows: list[list[object]] = [[f"План мероприятий на {period}"]] if title_row else []
    rows.append(["№", "Мероприятие", "Ответственные", "Срок"])
    rows += [[f"1.1.{n}", f"Мера {n}", "МВД", words] for n, words in enumerate(UNDATED, 1)]
    return rows


def test_quarters_without_a_year_in_a_one_year_plan_take_its_year(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    path = _book(tmp_path / "plan.xlsx", _quarters(False, ""), title="План на 2026 год")
    plan = service.plan(path, "ru")
    assert plan.warnings == () and (plan.start_year, plan.end_year) == (2026, 2026)
    view = strategies.draft(service.import_rows(plan, "KG").draft_id, "ru")
    assert [(m.deadline_text, m.start, m.end) for m in view.measures()] == [
        ("IV тоқсан", D(2026, 10, 1), D(2026, 12, 31)),
        ("II кв.", D(2026, 4, 1), D(2026, 6, 30)),
        ("Q3", D(2026, 7, 1), D(2026, 9, 30)),
        ("second half", D(2026, 7, 1), D(2026, 12, 31)),
        ("I полугодие", D(2026, 1, 1), D(2026, 6, 30)),
    ]


def test_quarters_without_a_year_in_a_plan_of_several_years_are_kept_with_a_warning(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    plan = service.plan(_book(tmp_path / "plan.xlsx", _quarters(True, "2026–2028 годы")), "ru")
    assert plan.problems == () and (plan.start_year, plan.end_year) == (2026, 2028)
    assert [m.deadline_kind for m in plan.rows] == ["quarter"] * 3 + ["half"] * 2
    assert [w.row for w in plan.warnings] == [3, 4, 5, 6, 7]
    assert all("names no year" in w.message and "2026–2028" in w.message for w in plan.warnings)
    assert '"IV тоқсан"' in plan.warnings[0].message
    view = strategies.draft(service.import_rows(plan, "KG").draft_id, "ru")
    assert [(m.deadline_text, m.start, m.end) for m in view.measures()] == [
        (words, None, None) for words in UNDATED
    ]


def test_a_quarter_without_a_year_takes_the_year_of_the_rows_start_date(
    service: StrategyImportService, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["План мероприятий на 2026–2028 годы"],
        ["№", "Мероприятие", "Начало", "Окончание"],
        ["1.1.1", "Лекции", "01.03.2027", "IV кв."],
    ]
    plan = service.plan(_book(tmp_path / "plan.xlsx", rows), "ru")
    assert plan.warnings == ()
    (measure,) = plan.rows
    assert (measure.item.start, measure.item.end, measure.item.deadline_text) == (
        D(2027, 3, 1), D(2027, 12, 31), "IV кв."
    )  # fmt: skip
