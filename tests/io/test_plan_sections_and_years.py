"""A plan's section rows merged across an Excel sheet, and quarters written without a year:
what the reader reports about merged rows, how a merged row is classed, and which year a
deadline without one takes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jpoa_desktop.io.plans.deadlines import Deadline, parse_deadline
from jpoa_desktop.io.plans.plan_hierarchy import Section, section_of
from jpoa_desktop.io.plans.plan_reading import read_plan_table
from jpoa_desktop.io.tables.reading import read_table

MEASURE_FIRST = {0: "measure", 1: "responsible", 2: "deadline"}


def test_the_reader_names_the_data_rows_merged_across_the_whole_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["План на 2026 год"])  # a merged title above the header is not a data row
    sheet.merge_cells("A1:E1")
    sheet.append(["№", "Мероприятие", "Ответственные", "Срок", "Партнеры"])
    sheet.append(["Профилактика"])  # row 3: A:E, the whole width
    sheet.merge_cells("A3:E3")
    sheet.append([None, "Работа с молодёжью"])  # row 4: B:E, beside an empty number cell
    sheet.merge_cells("B4:E4")
    sheet.append(["1.1.1", "Лекции", "МВД", "2026", "ОБСЕ"])
    sheet.append(["1.1.2", "Тренинги и семинары"])  # row 6: B:C only, a long measure text
    sheet.merge_cells("B6:C6")
    sheet.append(["Реабилитация"])  # row 7: A:C, short of the last column
    sheet.merge_cells("A7:C7")
    book.save(tmp_path / "plan.xlsx")
    table = read_plan_table(tmp_path / "plan.xlsx")
    assert table.header_row == 2
    assert table.spanning_rows == {3, 4}


def test_a_merge_through_a_hidden_last_column_still_spans_the_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Мероприятие", "Ответственные", "Срок", "Служебная"])
    sheet.append(["Профилактика"])
    sheet.merge_cells("A2:D2")
    sheet.append(["Лекции", "МВД", "2026", "x"])
    sheet.column_dimensions["D"].hidden = True
    book.save(tmp_path / "plan.xlsx")
    table = read_table(tmp_path / "plan.xlsx")
    assert table.headers == ("Мероприятие", "Ответственные", "Срок")
    assert table.spanning_rows == {2}


def test_a_csv_plan_has_no_merged_rows(tmp_path: Path) -> None:
    (tmp_path / "plan.csv").write_bytes("Мероприятие;Срок\nПрофилактика;\n".encode("cp1251"))
    assert read_table(tmp_path / "plan.csv").spanning_rows == frozenset()


def test_a_merged_row_whose_text_is_in_the_measure_column_is_a_section() -> None:
    cells = ["Профилактика радикализации", "", ""]
    assert section_of(cells, MEASURE_FIRST, 0, None) is None  # unmerged: a measure's text
    goal = section_of(cells, MEASURE_FIRST, 0, None, merged=True)
    assert goal == Section("goal", "", "Профилактика радикализации")
    under = section_of(["Работа с молодёжью", "", ""], MEASURE_FIRST, 0, goal, merged=True)
    assert under == Section("objective", "", "Работа с молодёжью")


def test_a_merged_row_holding_only_a_number_is_not_a_section() -> None:
    assert section_of(["1.1.", "", ""], MEASURE_FIRST, 3, None, merged=True) is None


@pytest.mark.parametrize(
    ("words", "kind", "start", "end"),
    [
        ("IV тоқсан", "quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("II кв.", "quarter", date(2026, 4, 1), date(2026, 6, 30)),
        ("Q3", "quarter", date(2026, 7, 1), date(2026, 9, 30)),
        ("second half", "half", date(2026, 7, 1), date(2026, 12, 31)),
        ("I полугодие", "half", date(2026, 1, 1), date(2026, 6, 30)),
        ("декабрь", "month", date(2026, 12, 1), date(2026, 12, 31)),
        ("в течение года", "year", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_words_without_a_year_take_the_year_given_and_stay_undated_without_one(
    words: str, kind: str, start: date, end: date
) -> None:
    assert parse_deadline(words, 2026) == Deadline(words, kind, start, end)
    undated = parse_deadline(words)
    assert (undated.kind, undated.start, undated.end) == (kind, None, None)


def test_a_year_written_in_the_words_wins_over_the_year_given() -> None:
    deadline = parse_deadline("IV кв. 2027", 2026)
    assert (deadline.start, deadline.end) == (date(2027, 10, 1), date(2027, 12, 31))
    recurring = parse_deadline("ежегодно", 2026)
    assert (recurring.kind, recurring.start, recurring.end) == ("recurring", None, None)
    assert parse_deadline("IV тоқсан", 12) == parse_deadline("IV тоқсан")  # not a year
