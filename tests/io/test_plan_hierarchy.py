"""Which rows of a plan are its goals and objectives: cue words in each language, numbering,
a row merged across the table or with only its first cell filled; measures stay measures."""

from __future__ import annotations

import pytest

from jpoa_desktop.io.plans.plan_hierarchy import Section, section_of
from jpoa_desktop.io.plans.strategy_columns import suggest_plan_mapping

COLUMNS = {0: "number", 1: "measure", 2: "responsible", 3: "deadline"}
GOAL = Section("goal", "", "Профилактика")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Цель 1. Профилактика", Section("goal", "1", "Профилактика")),
        ("Задача 1.2: Молодёжь", Section("objective", "1.2", "Молодёжь")),
        ("Goal 2 – Prevention", Section("goal", "2", "Prevention")),
        ("Objective 2.1. Youth", Section("objective", "2.1", "Youth")),
        ("1-мақсат. Алдын алу", Section("goal", "1", "Алдын алу")),  # Kazakh
        ("1.1-міндет. Жастар", Section("objective", "1.1", "Жастар")),
        ("Максат 1. Алдын алуу", Section("goal", "1", "Алдын алуу")),  # Kyrgyz
        ("Мақсади 1. Пешгирӣ", Section("goal", "1", "Пешгирӣ")),  # Tajik
        ("1-maqsad. Oldini olish", Section("goal", "1", "Oldini olish")),  # Uzbek
        ("Maksat 1. Öňüni almak", Section("goal", "1", "Öňüni almak")),  # Turkmen
        ("Раздел 3. Реабилитация", Section("goal", "3", "Реабилитация")),
        ("2. Реабилитация", Section("goal", "2", "Реабилитация")),
        ("2.1. Программы", Section("objective", "2.1", "Программы")),
    ],
)
def test_a_row_merged_across_the_table_is_a_section_of_its_stated_level(
    text: str, expected: Section
) -> None:
    assert section_of([text] * 4, COLUMNS, 3, None) == expected


def test_a_one_cell_row_without_cue_is_a_goal_or_the_objective_under_one() -> None:
    assert section_of(["Профилактика", "", "", ""], COLUMNS, 3, None) == GOAL
    assert section_of(["Молодёжь", "", "", ""], COLUMNS, 3, GOAL) == Section(
        "objective", "", "Молодёжь"
    )


def test_a_numbered_row_with_only_its_text_above_deeper_numbers_is_a_section() -> None:
    assert section_of(["1.", "Профилактика", "", ""], COLUMNS, 3, None) == Section(
        "goal", "1", "Профилактика"
    )
    assert section_of(["1.2.", "Молодёжь", "", ""], COLUMNS, 3, None) == Section(
        "objective", "1.2", "Молодёжь"
    )


@pytest.mark.parametrize(
    "cells",
    [
        ["1.1.1", "Лекции", "МВД", "2026"],  # a measure with its fields
        ["1.1.1", "Лекции", "", ""],  # the deepest number: a measure, even with text alone
        ["1", "Лекции", "", ""],  # flat numbering: measures
        ["", "Лекции", "", ""],  # only the measure's text, not in the first column
        ["1.1.1", "", "", ""],  # a number alone: a measure without text, for the checks
        ["", "", "", ""],
    ],
)
def test_measures_stay_measures(cells: list[str]) -> None:
    deepest = 3 if cells[0] != "1" else 1
    assert section_of(cells, COLUMNS, deepest, None) is None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Наименование мероприятий", "measure"),
        ("Іс-шаралар атауы", "measure"),
        ("Chora-tadbirlar nomi", "measure"),
        ("Чорабиниҳо", "measure"),
        ("Çäreler", "measure"),
        ("Ответственный исполнитель", "responsible"),
        ("Жауапты орындаушылар", "responsible"),
        ("Mas'ul ijrochilar", "responsible"),
        ("Срок исполнения", "deadline"),
        ("Срок", "deadline"),
        ("Орындау мерзімі", "deadline"),
        ("Bajarish muddati", "deadline"),
        ("Ожидаемый результат", "indicators"),
        ("Сроки: начало", "start"),
    ],
)
def test_the_headers_of_ministries_own_plans_are_recognised(header: str, field: str) -> None:
    assert suggest_plan_mapping(["№", header]) == {0: "number", 1: field}
