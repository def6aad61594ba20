"""Action plans as officials write them: deadlines in words, Word tables with merged and
two-row headers, title rows, section rows and numbered headings, and a plan that comes back
from the app's own export with its title, period and deadline words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from tests.official_plan import official_plan, plan_in_tables_per_goal
from tests.strategy_sample import DRAFT, build_sample

from jpoa_desktop.io.writing.strategy_docx import write_docx
from jpoa_desktop.io.writing.strategy_xlsx import write_xlsx
from jpoa_desktop.model.strategies import ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_import import StrategyImportService

D = date


@pytest.fixture
def service(loaded_db: Database) -> StrategyImportService:
    return StrategyImportService(loaded_db.session_scope)


@pytest.fixture
def strategies(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


DEADLINES = [
    ("2026", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026-2027", D(2026, 1, 1), D(2027, 12, 31)),
    ("2026–2028 гг.", D(2026, 1, 1), D(2028, 12, 31)),
    ("IV квартал 2026 г.", D(2026, 10, 1), D(2026, 12, 31)),
    ("II кв. 2025", D(2025, 4, 1), D(2025, 6, 30)),
    ("Q3 2026", D(2026, 7, 1), D(2026, 9, 30)),
    ("first half of 2027", D(2027, 1, 1), D(2027, 6, 30)),
    ("декабрь 2026", D(2026, 12, 1), D(2026, 12, 31)),
    ("до 1 июля 2026 г.", None, D(2026, 7, 1)),
    ("2026-yil", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026 ýyl", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026 жыл", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026 сол", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026 жылдың IV тоқсаны", D(2026, 10, 1), D(2026, 12, 31)),
    ("2026-yil III chorak", D(2026, 7, 1), D(2026, 9, 30)),
    ("в течение года", None, None),
    ("ежегодно", None, None),
    ("постоянно", None, None),
    ("по мере необходимости", None, None),
    ("annually", None, None),
    ("ongoing", None, None),
]


def test_deadlines_in_words_are_imported_with_their_dates_and_kept_as_written(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    rows = [["№", "Мероприятие", "Ответственные", "Срок исполнения"]]
    rows += [[f"1.1.{n}", f"Мера {n}", "МВД", words] for n, (words, _s, _e) in
             enumerate(DEADLINES, start=1)]  # fmt: skip
    plan = service.plan(_xlsx(tmp_path / "План.xlsx", rows), "ru")
    assert plan.problems == () and plan.warnings == ()
    report = service.import_rows(plan, "KG")
    measures = strategies.draft(report.draft_id, "ru").measures()
    assert [(m.deadline_text, m.start, m.end) for m in measures] == DEADLINES


def test_one_date_in_a_dates_column_is_the_deadline_and_a_date_range_stays_a_range(
    service: StrategyImportService, tmp_path: Path
) -> None:
    rows = [["№", "Мероприятие", "Сроки"], ["1.1.1", "А", "31.12.2026"],
            ["1.1.2", "Б", "01.02.2026 – 30.06.2026"], ["1.1.3", "В", "01.02.2026 –"]]  # fmt: skip
    plan = service.plan(_xlsx(tmp_path / "p.xlsx", rows), "ru")
    assert [(m.item.start, m.item.end, m.item.deadline_text) for m in plan.rows] == [
        (None, D(2026, 12, 31), ""),
        (D(2026, 2, 1), D(2026, 6, 30), ""),
        (D(2026, 2, 1), None, ""),
    ]


def test_a_deadline_that_cannot_be_read_is_kept_with_a_warning_and_the_row_imports(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    rows = [["№", "Мероприятие", "Срок"], ["1.1.1", "Закон", "после принятия закона"]]
    plan = service.plan(_xlsx(tmp_path / "p.xlsx", rows), "ru")
    assert plan.problems == ()
    (warning,) = plan.warnings
    assert warning.row == 2 and "после принятия закона" in warning.message
    report = service.import_rows(plan, "KG")
    (measure,) = strategies.draft(report.draft_id, "ru").measures()
    assert (measure.deadline_text, measure.start, measure.end) == (
        "после принятия закона", None, None
    )  # fmt: skip


def test_a_word_plan_with_a_merged_two_row_header_keeps_every_column(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    plan = service.plan(official_plan(tmp_path / "plan.docx"), "ru")
    assert plan.problems == ()
    fields = {plan.headers[i]: name for i, name in plan.mapping.items()}
    assert fields == {"№": "number", "Мероприятие": "measure", "Ответственные": "responsible",
                      "Сроки: начало": "start", "Сроки: окончание": "end",
                      "Партнеры": "partners"}  # fmt: skip
    notes = " ".join(str(note) for note in plan.notes)
    assert "rows 1 and 2" in notes  # the two-row header is said
    assert "“Примечание”" in notes  # the column no field was chosen for is named
    report = service.import_rows(plan, "KG")
    view = strategies.draft(report.draft_id, "ru")
    first, second, third = view.measures()
    assert (first.partners, first.start, first.end) == (
        ("partner-osce",), D(2026, 1, 1), D(2026, 12, 31)
    )  # fmt: skip
    assert first.deadline_text == "I квартал 2026 г. – IV квартал 2026 г."
    assert (second.partners, second.start, second.end) == (
        ("partner-unodc",), D(2026, 1, 1), D(2027, 12, 31)
    )  # fmt: skip
    assert (third.deadline_text, third.start, third.end) == ("ежегодно", None, None)


def test_rows_spanning_the_table_become_goals_and_objectives(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    plan = service.plan(official_plan(tmp_path / "plan.docx"), "ru")
    assert [(s.level, s.number, s.text) for s in plan.sections] == [
        ("goal", "1", "Профилактика"), ("objective", "1.1", "Молодёжь"),
        ("goal", "2", "Реабилитация"),
    ]  # fmt: skip
    report = service.import_rows(plan, "KG")
    assert (report.goals, report.objectives, report.measures) == (2, 2, 3)
    view = strategies.draft(report.draft_id, "ru")
    assert [g.text for g in view.goals] == ["Профилактика", "Реабилитация"]
    assert [m.text for m in view.goals[0].objectives[0].measures] == ["Тренинги", "Семинары"]
    assert view.goals[0].objectives[0].text == "Молодёжь"
    assert [m.text for o in view.goals[1].objectives for m in o.measures] == ["Программы"]


def test_a_word_plan_keeps_the_title_and_period_written_above_its_table(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    plan = service.plan(official_plan(tmp_path / "plan.docx"), "ru")
    assert plan.title == "ПЛАН мероприятий по противодействию экстремизму на 2026–2028 годы"
    summary = strategies.draft(service.import_rows(plan, "KG").draft_id, "ru").summary
    assert (summary.title, summary.start_year, summary.end_year) == (plan.title, 2026, 2028)


def test_numbered_headings_and_first_cell_sections_in_a_sheet_become_the_hierarchy(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    rows = [
        ["План мероприятий на 2026 год"],
        ["№", "Мероприятие", "Ответственные", "Срок"],
        ["1.", "Предупреждение", "", ""],
        ["1.1.", "Работа с молодёжью", "", ""],
        ["1.1.1.", "Лекции в школах", "Минпросвещения", "IV кв. 2026"],
        ["1.1.2.", "Конкурс видеороликов", "Минкультуры", "2026"],
        ["1.2.", "Работа в сети", "", ""],
        ["1.2.1.", "Мониторинг", "МВД", "постоянно"],
        ["Раздел 2. Реабилитация"],
        ["2.1.1.", "Программы выхода", "Минюст", "2026"],
    ]
    plan = service.plan(_xlsx(tmp_path / "plan.xlsx", rows), "ru")
    assert plan.problems == () and len(plan.rows) == 4
    assert plan.title == "План мероприятий на 2026 год"
    assert (plan.start_year, plan.end_year) == (2026, 2026)
    report = service.import_rows(plan, "UZ")
    view = strategies.draft(report.draft_id, "ru")
    assert [(g.text, [(o.text, [m.text for m in o.measures]) for o in g.objectives])
            for g in view.goals] == [
        ("Предупреждение", [("Работа с молодёжью", ["Лекции в школах", "Конкурс видеороликов"]),
                            ("Работа в сети", ["Мониторинг"])]),
        ("Реабилитация", [("Задача 2.1", ["Программы выхода"])]),
    ]  # fmt: skip
    assert view.summary.title == "План мероприятий на 2026 год"


@pytest.mark.parametrize("suffix", ["xlsx", "docx"])
def test_an_exported_plan_imported_again_keeps_its_title_period_and_deadline_words(
    suffix: str, service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    draft = build_sample(strategies)
    measure = strategies.draft(draft, "ru").measures()[0]
    item = strategies.item(measure.id)
    strategies.update_item(measure.id, ItemInput(
        item.texts, item.responsible, item.partners, D(2026, 10, 1), D(2026, 12, 31),
        item.priority, item.status, deadline_text="IV квартал 2026 г.",
    ))  # fmt: skip
    original = strategies.draft(draft, "ru")
    out = tmp_path / f"export.{suffix}"
    (write_xlsx if suffix == "xlsx" else write_docx)(original, out, "ru")
    plan = service.plan(out, "ru")
    assert plan.problems == () and plan.warnings == ()
    copy = strategies.draft(service.import_rows(plan, "KZ").draft_id, "ru")
    assert copy.summary.title == DRAFT.titles["ru"]
    assert (copy.summary.start_year, copy.summary.end_year) == (2025, 2029)
    first = copy.measures()[0]
    assert (first.deadline_text, first.start, first.end) == (
        "IV квартал 2026 г.", D(2026, 10, 1), D(2026, 12, 31)
    )  # fmt: skip


def test_a_plan_in_one_table_per_goal_is_read_whole_with_its_goals(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    plan = service.plan(plan_in_tables_per_goal(tmp_path / "plan.docx"), "ru")
    assert plan.problems == () and len(plan.rows) == 3
    assert any("other columns" in str(note) for note in plan.notes)  # the signatures, named
    view = strategies.draft(service.import_rows(plan, "TJ").draft_id, "ru")
    assert view.summary.title == "ПЛАН мероприятий на 2026 год"
    assert [(g.text, [m.text for o in g.objectives for m in o.measures]) for g in view.goals] == [
        ("Профилактика", ["Лекции", "Конкурс"]),
        ("Реабилитация", ["Программы выхода"]),
    ]


def test_a_sheet_with_a_title_a_merged_two_row_header_and_section_rows_imports_whole(
    service: StrategyImportService, strategies: StrategyService, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["План мероприятий на 2026-2027 годы"])
    sheet.merge_cells("A1:F1")
    sheet.append(["№", "Мероприятие", "Ответственные", "Сроки", None, "Партнеры"])
    sheet.merge_cells("D2:E2")
    for column in "ABCF":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.append([None, None, None, "начало", "окончание", None])
    sheet.append([1, 2, 3, 4, 5, 6])
    sheet.append(["Цель 1. Профилактика"])
    sheet.merge_cells("A5:F5")
    sheet.append(["1.1.1", "Тренинг", "МВД", "I кв. 2026", "IV кв. 2026", "ОБСЕ"])
    book.save(tmp_path / "plan.xlsx")
    plan = service.plan(tmp_path / "plan.xlsx", "ru")
    assert plan.problems == () and sorted(plan.mapping.values()) == [
        "end", "measure", "number", "partners", "responsible", "start"
    ]  # fmt: skip
    notes = " ".join(str(note) for note in plan.notes)
    assert "rows 2 and 3" in notes and "row(s) 1, 4" in notes
    view = strategies.draft(service.import_rows(plan, "KG").draft_id, "ru")
    (measure,) = view.measures()
    assert (view.goals[0].text, measure.partners, measure.start, measure.end) == (
        "Профилактика", ("partner-osce",), D(2026, 1, 1), D(2026, 12, 31)
    )  # fmt: skip
    assert (view.summary.start_year, view.summary.end_year) == (2026, 2027)
