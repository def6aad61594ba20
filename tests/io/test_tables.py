"""Reading participant lists as ministries send them: every encoding, delimiter and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import random
import zlib
from pathlib import Path
from typing import Any

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.tables.reading import Table, read_table
from jpoa_desktop.io.tables.table_limits import TableLimits

openpyxl: Any = importlib.import_module("openpyxl")

HEADERS = ("Фамилия", "Имя", "Отчество", "Организация", "Телефон", "Дата рождения")
# Kazakh ә ғ қ ң ө ұ ү һ і, Uzbek ʻ, Turkmen ň ş ý; an organisation holding both delimiters.
PEOPLE = (
    ("Әбдірахманова", "Гүлнұр", "Қайратқызы", "Министрлік; «Әділет», Астана", "77011234567",
     "05.03.1985"),
    ("Karimov", "Aziz", "Anvar oʻgʻli", "Oʻzbekiston IIV", "998901234567", ""),
    ("Ataýew", "Meret", "", "Türkmenistanyň Içeri işler ministrligi, Aşgabat", "99365123456",
     "31.12.1990"),
    ("Жұмабаев", "Ғалымжан", "Өмірбекұлы", "Үкімет «Шаһар» ақпарат", "", "01.01.2000"),
)  # fmt: skip
RUSSIAN_PEOPLE = (
    ("Иванова", "Мария", "Петровна", "Министерство юстиции; Бишкек", "996555123456",
     "05.03.1985"),
    ("Петров", "Сергей", "Иванович", "МВД, Душанбе", "992900123456", ""),
    ("Ёлкин", "Фёдор", "", "Генеральная прокуратура", "77011234567", "31.12.1990"),
    ("Сидорова", "Анна", "Олеговна", "СБУ", "", "01.01.2000"),
)  # fmt: skip


def _csv_text(rows: tuple[tuple[str, ...], ...], delimiter: str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return buffer.getvalue()


def _write_xlsx(path: Path, rows: tuple[tuple[str, ...], ...]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(HEADERS))
    for index, row in enumerate(rows):
        phone: object = row[4]
        if row[4]:  # Excel keeps phone numbers typed into a cell as numbers
            phone = int(row[4]) if index % 2 else float(row[4])
        born: object = dt.datetime.strptime(row[5], "%d.%m.%Y").date() if row[5] else None
        sheet.append([*row[:4], phone, born])
    workbook.save(path)
    return path


def _variants(tmp_path: Path) -> dict[str, Path]:
    files = {
        "utf8-bom-comma.csv": ("\ufeff" + _csv_text(PEOPLE, ",")).encode("utf-8"),
        "utf8-semicolon.csv": _csv_text(PEOPLE, ";").encode("utf-8"),
        "utf16-tab.txt": b"\xff\xfe" + _csv_text(PEOPLE, "\t").encode("utf-16-le"),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    paths["list.xlsx"] = _write_xlsx(tmp_path / "list.xlsx", PEOPLE)
    return paths


def test_every_format_gives_the_same_table(tmp_path: Path) -> None:
    expected = {
        "utf8-bom-comma.csv": ("utf-8-sig", ","),
        "utf8-semicolon.csv": ("utf-8", ";"),
        "utf16-tab.txt": ("utf-16", "\t"),
        "list.xlsx": ("xlsx", ""),
    }
    for name, path in _variants(tmp_path).items():
        table = read_table(path)
        assert (table.encoding, table.delimiter) == expected[name], name
        assert table.headers == HEADERS, name
        assert table.rows == PEOPLE, name
        assert table.row_numbers == (2, 3, 4, 5), name
        assert table.source == name


def test_windows_1251_list_is_read_like_its_xlsx(tmp_path: Path) -> None:
    csv_path = tmp_path / "cp1251.csv"
    csv_path.write_bytes(_csv_text(RUSSIAN_PEOPLE, ";").encode("cp1251"))
    xlsx = read_table(_write_xlsx(tmp_path / "russian.xlsx", RUSSIAN_PEOPLE))
    table = read_table(csv_path)
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert table.headers == xlsx.headers == HEADERS
    assert table.rows == xlsx.rows == RUSSIAN_PEOPLE


def test_quoted_fields_keep_delimiters_and_newlines_and_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_text(
        "Фамилия,Организация,Примечание\n"
        'Иванов,"МВД, Бишкек","первая строка\nвторая строка"\n'
        'Петров,"ООО ""Ромашка""",\n',
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.rows == (
        ("Иванов", "МВД, Бишкек", "первая строка\nвторая строка"),
        ("Петров", 'ООО "Ромашка"', ""),
    )
    assert table.row_numbers == (2, 4)


def test_blank_lines_are_dropped_and_row_numbers_match_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text(
        "\n;;\nФамилия;Имя;\n\n  Иванов ; Иван ;\n;;\n\nПетров;Пётр;\n ; ; \n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ("Фамилия", "Имя")
    assert table.rows == (("Иванов", "Иван"), ("Петров", "Пётр"))
    assert table.row_numbers == (5, 8)


def test_blank_rows_in_a_workbook_keep_the_sheet_row_numbers(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B2"] = "Фамилия"
    sheet["C2"] = "Имя"
    sheet["B5"] = "Иванов"
    sheet["C5"] = "Иван"
    sheet["B7"] = "  "
    sheet["B9"] = "Петров"
    workbook.save(tmp_path / "gaps.xlsx")
    table = read_table(tmp_path / "gaps.xlsx")
    assert table.headers == ("Column 1", "Фамилия", "Имя")
    assert table.rows == (("", "Иванов", "Иван"), ("", "Петров", ""))
    assert table.row_numbers == (5, 9)


def test_blank_headers_get_column_names_and_no_cell_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("Фамилия,,Имя\nИванов,x,Иван,лишнее\nПетров\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Фамилия", "Column 2", "Имя", "Column 4")
    assert table.rows == (("Иванов", "x", "Иван", "лишнее"), ("Петров", "", "", ""))


def test_a_single_column_list_is_read(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("ФИО\nИванов Иван Иванович\nПетров Пётр\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("ФИО",)
    assert table.rows == (("Иванов Иван Иванович",), ("Петров Пётр",))


def test_workbook_cells_become_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["A", "B", "C", "D", "E"])
    sheet.append([77011234567.0, 2.5, dt.datetime(2025, 3, 1, 14, 30), True, 42])
    workbook.save(tmp_path / "cells.xlsx")
    assert read_table(tmp_path / "cells.xlsx").rows == (
        ("77011234567", "2.5", "01.03.2025", "True", "42"),
    )


def _pdf_bytes() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Participants) Tj ET")
    length = str(len(stream)).encode()
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length "
        + length
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


@pytest.mark.parametrize("name", ["report.xlsx", "report.csv"])
def test_a_renamed_pdf_is_refused_with_its_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_pdf_bytes())
    with pytest.raises(ValidationError, match=name.replace(".", r"\.")):
        read_table(path)


@pytest.mark.parametrize("low", [0, 1], ids=["with-nul", "without-nul"])
def test_random_bytes_as_csv_are_not_text(tmp_path: Path, low: int) -> None:
    rng = random.Random(7)
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(rng.randrange(low, 256) for _ in range(8192)))
    with pytest.raises(ValidationError, match=r"noise\.csv does not look like a text file"):
        read_table(path)


def test_random_bytes_as_xlsx_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.xlsx"
    path.write_bytes(random.Random(3).randbytes(4096))
    with pytest.raises(ValidationError, match=r"noise\.xlsx cannot be opened as an Excel"):
        read_table(path)


def test_a_workbook_named_csv_says_so(tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "book.xlsx", PEOPLE).rename(tmp_path / "book.csv")
    with pytest.raises(ValidationError, match=r"book\.csv is an Excel workbook"):
        read_table(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("header.csv", "Фамилия;Имя\n\n", r"header\.csv: there are no rows below the header"),
        ("empty.csv", "", r"empty\.csv: the file is empty"),
        ("blank.csv", "\n , , \n\n", r"blank\.csv: the file is empty"),
        ("list.docx", "Фамилия\nИванов\n", r"list\.docx is not a CSV, TXT or XLSX file"),
        ("list", "Фамилия\nИванов\n", r"list is not a CSV, TXT or XLSX file"),
    ],
)
def test_files_without_participants_are_refused(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        read_table(path)


def test_a_header_only_workbook_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(list(HEADERS))
    workbook.save(tmp_path / "header.xlsx")
    with pytest.raises(ValidationError, match="no rows below the header"):
        read_table(tmp_path / "header.xlsx")


def test_a_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"gone\.csv cannot be read"):
        read_table(tmp_path / "gone.csv")


def test_too_large_and_too_long_files_are_refused(tmp_path: Path) -> None:
    paths = _variants(tmp_path)
    for path in (paths["utf8-semicolon.csv"], paths["list.xlsx"]):
        with pytest.raises(ValidationError, match="more than 3 rows"):
            read_table(path, limits=TableLimits(max_rows=3))
    with pytest.raises(ValidationError, match=r"utf16-tab\.txt is larger than"):
        read_table(paths["utf16-tab.txt"], limits=TableLimits(max_bytes=100))


def test_table_is_a_plain_value() -> None:
    table = Table(("A",), (("1",),), (2,), "x.csv", "utf-8", ",")
    assert table == Table(("A",), (("1",),), (2,), "x.csv", "utf-8", ",")
