"""An action plan in Word as a ministry sends it, for the import tests of the service and the
dialog."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.table import Table as DocxTable


def _set_row(table: DocxTable, index: int, values: list[str]) -> None:
    for cell, value in zip(table.rows[index].cells, values, strict=True):
        if value:
            cell.text = value


def official_plan(path: Path) -> Path:
    """A plan as a ministry sends it: a title above the table, a merged "Сроки" over
    "начало"/"окончание", a row numbering the columns, goals and objectives as rows merged
    across the table, and quarters as deadlines."""
    document = Document()
    document.add_paragraph("УТВЕРЖДЕН постановлением Правительства")
    document.add_paragraph("ПЛАН мероприятий по противодействию экстремизму")
    document.add_paragraph("на 2026–2028 годы")
    table = document.add_table(rows=9, cols=7)
    _set_row(table, 0, ["№", "Мероприятие", "Ответственные", "Сроки", "", "Партнеры",
                        "Примечание"])  # fmt: skip
    table.cell(0, 3).merge(table.cell(0, 4))
    _set_row(table, 1, ["", "", "", "начало", "окончание", "", ""])
    for column in (0, 1, 2, 5, 6):
        table.cell(0, column).merge(table.cell(1, column))
    _set_row(table, 2, ["1", "2", "3", "4", "5", "6", "7"])
    table.rows[3].cells[0].merge(table.rows[3].cells[6]).text = "Цель 1. Профилактика"
    table.rows[4].cells[0].merge(table.rows[4].cells[6]).text = "Задача 1.1. Молодёжь"
    _set_row(table, 5, ["1.1.1", "Тренинги", "МВД", "I квартал 2026 г.",
                        "IV квартал 2026 г.", "ОБСЕ", "за счёт доноров"])  # fmt: skip
    _set_row(table, 6, ["1.1.2", "Семинары", "ГКНБ", "2026", "2027", "УНП ООН", ""])
    table.rows[7].cells[0].merge(table.rows[7].cells[6]).text = "2. Реабилитация"
    _set_row(table, 8, ["2.1", "Программы", "Минюст", "", "ежегодно", "", ""])
    document.save(str(path))
    return path


def plan_in_tables_per_goal(path: Path) -> Path:
    """A plan laid out as one table per goal, each under its heading and repeating the header,
    with a table of signatures at the end."""
    document = Document()
    document.add_paragraph("ПЛАН мероприятий на 2026 год")
    for heading, rows in (
        ("Цель 1. Профилактика", [["1.1", "Лекции", "МВД", "2026"],
                                  ["1.2", "Конкурс", "Минкультуры", "IV кв. 2026"]]),
        ("2. Реабилитация", [["2.1", "Программы выхода", "Минюст", "ежегодно"]]),
    ):  # fmt: skip
        document.add_paragraph(heading)
        table = document.add_table(rows=0, cols=4)
        for values in [["№", "Мероприятие", "Ответственные", "Срок"], ["1", "2", "3", "4"], *rows]:
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
    document.add_paragraph("Согласовано:")
    signatures = document.add_table(rows=1, cols=2)
    signatures.rows[0].cells[0].text = "Министр"
    document.save(str(path))
    return path
