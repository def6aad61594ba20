"""Reading one sheet of an XLSX workbook into numbered rows of text, fast and within limits.

calamine (Rust) reads the cells several times faster than openpyxl; the sheet's own XML is
scanned first (`xlsx_scan`) for what calamine does not report (hidden rows and columns, the
merged cells' positions) and to refuse a bomb before calamine builds it. Hidden columns are
left out of every row and hidden rows are not returned, and both are named so that the preview
can say what was ignored.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.table_limits import TableLimits, cell_too_long, too_many_cells
from jpoa_desktop.io.tables.xlsx_scan import (
    SheetFacts,
    SheetInfo,
    check_shared_strings,
    column_letters,
    list_sheets,
    scan_sheet,
)
from jpoa_desktop.io.tables.zip_guard import check_archive

Record = tuple[int, list[str]]


@dataclass
class SheetRows:
    """One sheet's rows: the file's 1-based row number and the cells, hidden columns left out."""

    name: str
    sheets: tuple[str, ...]  # every visible sheet of the workbook, in tab order
    records: list[Record]
    hidden_rows: tuple[int, ...] = ()  # 1-based rows with content that were left out
    hidden_columns: tuple[str, ...] = ()  # letters of columns with content that were left out
    # Row number → (first, last) column indexes of each merged range, in `records`' columns.
    merges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def read_sheet(
    path: Path,
    limits: TableLimits,
    sheet: str | None,
    has_header: Callable[[Sequence[Record]], bool],
) -> SheetRows:
    """The named sheet, or the first visible sheet whose rows `has_header`, else the first with
    any content."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise bad_workbook(path.name) from exc
    archive.close()
    check_archive(path, limits.archive)
    archive = zipfile.ZipFile(path)
    with archive:
        infos = [info for info in list_sheets(archive) if not info.hidden]
        check_shared_strings(archive, path.name, limits)
        try:
            book = CalamineWorkbook.from_path(str(path))
        except Exception as exc:  # calamine raises several kinds on a damaged file
            raise bad_workbook(path.name) from exc
        with book:
            if not infos:  # a workbook without the usual parts: trust calamine's list
                infos = [SheetInfo(name, "", False) for name in book.sheet_names]
            names = tuple(info.name for info in infos)
            if sheet is not None:
                chosen = [info for info in infos if info.name == sheet]
                if not chosen:
                    raise _no_such_sheet(path.name, sheet, names)
                return _read(archive, book, chosen[0], names, path.name, limits)
            first: SheetRows | None = None
            for info in infos:
                rows = _read(archive, book, info, names, path.name, limits)
                if rows.records and has_header(rows.records):
                    return rows
                if first is None or (rows.records and not first.records):
                    first = rows
            return first or SheetRows("", names, [])


def _read(
    archive: zipfile.ZipFile,
    book: CalamineWorkbook,
    info: SheetInfo,
    names: tuple[str, ...],
    name: str,
    limits: TableLimits,
) -> SheetRows:
    if info.member in archive.NameToInfo:
        facts = scan_sheet(archive, info.member, name, limits)
    else:  # the workbook does not say which part is the sheet: check every sheet's size
        for member in archive.namelist():
            if "worksheets/" in member.lower() and member.lower().endswith(".xml"):
                scan_sheet(archive, member, name, limits)
        facts = SheetFacts()
    try:
        sheet = book.get_sheet_by_name(info.name)
    except Exception as exc:
        raise bad_workbook(name) from exc
    if sheet.height * sheet.width > limits.max_cells:
        raise too_many_cells(name, limits.max_cells)
    offset = sheet.start[1] if sheet.start is not None else 0
    rows = SheetRows(info.name, names, [])
    hidden_rows: list[int] = []
    used_hidden: set[int] = set()
    keep: list[int] | None = None
    try:
        for index, values in enumerate(sheet.iter_rows()):
            cells = [""] * offset + [v if type(v) is str else _cell_text(v) for v in values]
            if keep is None:
                keep = [n for n in range(len(cells)) if n not in facts.hidden_columns]
            if max(map(len, cells), default=0) > limits.max_cell_chars:
                raise cell_too_long(name, index + 1, limits.max_cell_chars)
            if index in facts.hidden_rows:
                if any(cell.strip() for cell in cells):
                    hidden_rows.append(index + 1)
                continue
            if facts.hidden_columns:
                used_hidden.update(n for n in facts.hidden_columns if n < len(cells) and cells[n])
                cells = [cells[n] for n in keep if n < len(cells)]
            rows.records.append((index + 1, cells))
    except ValidationError:
        raise
    except Exception as exc:
        raise bad_workbook(name) from exc
    rows.hidden_rows = tuple(hidden_rows)
    rows.hidden_columns = tuple(column_letters(n) for n in sorted(used_hidden))
    rows.merges = _merges(facts, keep or [])
    return rows


def _merges(facts: SheetFacts, keep: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Horizontal merged ranges by row, in the columns left after the hidden ones."""
    position = {column: n for n, column in enumerate(keep)}
    merges: dict[int, list[tuple[int, int]]] = {}
    for top, left, _bottom, right in facts.merges:
        columns = [position[c] for c in range(left, right + 1) if c in position]
        if len(columns) > 1:
            merges.setdefault(top + 1, []).append((columns[0], columns[-1]))
    return merges


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, dt.date):  # datetime is a date too
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def bad_workbook(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.",
        ),
        file=name,
    )


def _no_such_sheet(name: str, sheet: str, names: Sequence[str]) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", '{file} has no sheet "{sheet}"; its sheets are: {sheets}.'),
        file=name,
        sheet=sheet,
        sheets=", ".join(f'"{n}"' for n in names),
    )
