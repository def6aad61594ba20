"""Participant lists as ministries really send them: a title above the header, a header over
two rows, a numbering column, totals and signatures below, several sheets, hidden rows and
columns, and CSVs saved by DOS-era office systems."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.io.tables.reading import ReadOptions

openpyxl: Any = importlib.import_module("openpyxl")

HEADER = ["№ п/п", "Фамилия", "Имя", "Отчество", "Организация", "Должность"]
PEOPLE = [
    ["1", "Иванов", "Иван", "Иванович", "МВД Республики Казахстан", "эксперт"],
    ["2", "Әбілқасымова", "Гүлнұр", "Серікқызы", "ҰҚК", "сарапшы"],
    ["3", "Ёлкин", "Фёдор", "", "Генеральная прокуратура", "прокурор"],
]
NAMES = [tuple(row[1:3]) for row in PEOPLE]


def _book(path: Path, rows: Sequence[Sequence[object]], title: str = "Список") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _names(table: Any) -> list[tuple[str, ...]]:
    family, given = table.headers.index("Фамилия"), table.headers.index("Имя")
    return [(row[family], row[given]) for row in table.rows]


@pytest.mark.parametrize("numbering", ["№ п/п", "№", "No.", "#", ""])
def test_a_title_row_above_the_header_is_skipped_and_named(tmp_path: Path, numbering: str) -> None:
    rows: list[Sequence[object]] = [
        ["Региональный семинар по противодействию терроризму — список участников"],
        [],
        ["Астана, 1–3 декабря 2026 г."],
        [numbering, *HEADER[1:]],
        *PEOPLE,
    ]
    table = read_list(_book(tmp_path / "list.xlsx", rows))
    assert table.header_row == 4
    assert table.skipped_rows == (1, 3)
    assert _names(table) == NAMES
    assert table.row_numbers == (5, 6, 7)
    assert [number for number, _glimpse in table.header_choices][:4] == [1, 3, 4, 5]


def test_the_same_title_and_header_in_a_csv_are_found_too(tmp_path: Path) -> None:
    lines = ["Список участников семинара;;;;;", ";;;;;", ";".join(HEADER)]
    lines += [";".join(row) for row in PEOPLE]
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    table = read_list(path)
    assert table.header_row == 3
    assert _names(table) == NAMES


def test_the_user_can_take_another_row_as_the_header(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [["Список участников"], HEADER, *PEOPLE]
    path = _book(tmp_path / "list.xlsx", rows)
    table = read_list(path, ReadOptions(header_row=3))
    assert table.header_row == 3
    assert table.headers[1] == "Иванов"
    assert len(table.rows) == 2
    with pytest.raises(ValidationError, match="row 40 is empty or past the end"):
        read_list(path, ReadOptions(header_row=40))


def test_a_merged_group_heading_above_the_real_header_is_read_as_one_header(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["№", "Ф.И.О. участника", None, None, "Место работы", "Фамилия", None])
    sheet.append([None, "Фамилия", "Имя", "Отчество", None, "кириллицей", "латиницей"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:D1")
    sheet.merge_cells("E1:E2")
    sheet.merge_cells("F1:G1")
    sheet.append(["1", "Иванов", "Иван", "Иванович", "МВД", "Иванов", "Ivanov"])
    sheet.append(["2", "Петрова", "Анна", "", "МИД", "Петрова", "Petrova"])
    book.save(tmp_path / "two-rows.xlsx")
    table = read_list(tmp_path / "two-rows.xlsx")
    assert table.header_rows == (1, 2)
    assert table.headers[1:5] == ("Фамилия", "Имя", "Отчество", "Место работы")
    assert table.headers[6] == "Фамилия латиницей"
    assert table.rows[0][1:3] == ("Иванов", "Иван")
    assert table.row_numbers == (3, 4)


def test_a_first_person_whose_cell_looks_like_a_header_is_still_a_person(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        ["Фамилия", "Имя", "Место службы"],
        ["Иванов", "Иван", "Министерство внутренних дел"],
        ["Петрова", "Анна", "Министерство юстиции"],
    ]
    path = tmp_path / "list.csv"
    path.write_text("\n".join(";".join(map(str, row)) for row in rows), encoding="utf-8")
    table = read_list(path)
    assert table.header_rows == (1,)
    assert table.row_numbers == (2, 3)


def test_a_row_numbering_the_columns_under_the_header_is_not_a_person(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [HEADER, [1, 2, 3, 4, 5, 6], *PEOPLE]
    table = read_list(_book(tmp_path / "numbered.xlsx", rows))
    assert table.skipped_rows == (2,)
    assert _names(table) == NAMES


@pytest.mark.parametrize(
    "footer",
    [
        [["", "Итого: 3 участника"]],
        [["", "Всего", "3"]],
        [[], ["", "Исп.: Петрова А.А., тел. 8 7172 00 00 00"]],
        [[], ["", "Руководитель департамента", "", "____________", "А. Сейтказиев"]],
        [[], ["Примечание: список согласован с МИД."], ["", "", "", "", "М.П."]],
        [[], ["", "Список согласован с Министерством иностранных дел Республики"]],
    ],
    ids=["totals", "total-cells", "prepared-by", "signature", "notes", "prose"],
)
def test_footer_rows_below_the_list_are_left_out_and_named(
    tmp_path: Path, footer: list[Sequence[object]]
) -> None:
    rows: list[Sequence[object]] = [HEADER, *PEOPLE, *footer]
    table = read_list(_book(tmp_path / "footer.xlsx", rows))
    assert _names(table) == NAMES
    assert table.footer_rows
    assert min(table.footer_rows) > 4


def test_a_subtotal_between_regions_is_left_out_and_the_people_after_it_kept(
    tmp_path: Path,
) -> None:
    header = ["№", "Должность", "Фамилия", "Имя"]
    rows: list[Sequence[object]] = [
        header,
        [1, "Директор", "Иванов", "Иван"],
        ["", "Итого по Казахстану: 1"],
        [2, "Начальник отдела", "Петрова", "Анна"],
        [3, "Руководитель группы", "Ёлкин", "Фёдор"],
        ["", "Всего: 3"],
    ]
    table = read_list(_book(tmp_path / "regions.xlsx", rows))
    assert _names(table) == [("Иванов", "Иван"), ("Петрова", "Анна"), ("Ёлкин", "Фёдор")]
    assert table.footer_rows == (3, 6)


def test_a_person_after_a_blank_row_is_still_a_person(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [HEADER, *PEOPLE[:2], [], PEOPLE[2]]
    table = read_list(_book(tmp_path / "gap.xlsx", rows))
    assert _names(table) == NAMES
    assert table.footer_rows == ()


def test_the_first_sheet_with_a_header_is_read_and_another_can_be_chosen(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Титул"
    cover.append(["Министерство внутренних дел"])
    cover.append(["Список участников семинара"])
    first = book.create_sheet("Казахстан")
    for row in [HEADER, *PEOPLE[:2]]:
        first.append(row)
    second = book.create_sheet("Кыргызстан")
    for row in [HEADER, PEOPLE[2]]:
        second.append(row)
    hidden = book.create_sheet("Скрытый")
    hidden.sheet_state = "hidden"
    book.save(tmp_path / "sheets.xlsx")
    table = read_list(tmp_path / "sheets.xlsx")
    assert table.sheet == "Казахстан"
    assert table.sheets == ("Титул", "Казахстан", "Кыргызстан")
    assert _names(table) == NAMES[:2]
    other = read_list(tmp_path / "sheets.xlsx", ReadOptions(sheet="Кыргызстан"))
    assert _names(other) == NAMES[2:]
    with pytest.raises(ValidationError, match='no sheet "Узбекистан"'):
        read_list(tmp_path / "sheets.xlsx", ReadOptions(sheet="Узбекистан"))


def test_hidden_rows_and_columns_are_ignored_and_named(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*HEADER, "Паспорт"])
    for row in PEOPLE:
        sheet.append([*row, "N1234567"])
    sheet.append(["4", "Выбывший", "Пётр", "", "МЧС", "инспектор", "N7654321"])
    sheet.row_dimensions[5].hidden = True
    sheet.column_dimensions["G"].hidden = True
    sheet.column_dimensions["D"].hidden = True
    book.save(tmp_path / "hidden.xlsx")
    table = read_list(tmp_path / "hidden.xlsx")
    assert table.hidden_rows == (5,)
    assert table.hidden_columns == ("D", "G")
    assert "Отчество" not in table.headers and "Паспорт" not in table.headers
    assert _names(table) == NAMES
    assert all("N1234567" not in row for row in table.rows)


RUSSIAN = [
    ["Фамилия", "Имя", "Отчество", "Организация"],
    ["Иванов", "Иван", "Иванович", "Министерство внутренних дел"],
    ["Петрова", "Анна", "Сергеевна", "Генеральная прокуратура"],
    ["Ёлкин", "Фёдор", "Юрьевич", "Пограничная служба"],
]


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("cp866", "cp866"), ("koi8-r", "koi8-r"), ("cp1251", "cp1251"), ("mac-cyrillic", None)],
)
@pytest.mark.parametrize("delimiter", [";", ","])
def test_dos_and_other_cyrillic_encodings_are_detected_and_named(
    tmp_path: Path, codec: str, expected: str | None, delimiter: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(delimiter.join(r) for r in RUSSIAN).encode(codec))
    table = read_list(path)
    if expected is not None:
        assert table.encoding == expected
    assert table.headers == tuple(RUSSIAN[0])
    assert [list(row) for row in table.rows] == RUSSIAN[1:]


def test_the_user_can_read_a_csv_in_another_encoding(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(";".join(r) for r in RUSSIAN).encode("cp866"))
    as_1251 = read_list(path, ReadOptions(encoding="cp1251"))
    assert as_1251.encoding == "cp1251"
    assert as_1251.rows[0][0] != "Иванов"
    with pytest.raises(ValidationError, match="cannot be read as utf-8"):
        read_list(path, ReadOptions(encoding="utf-8"))
