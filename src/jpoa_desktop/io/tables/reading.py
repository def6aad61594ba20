"""Reading a participant list or an action plan from CSV, TXT or XLSX into one plain table.

Whatever came in (any encoding, delimiter, sheet, with a title above the header and totals
below the list), the import services see the same `Table`: stripped strings, one header, and
the file's own row numbers so that a message can point at the line the trainer sees in Excel.
The table also says how it was read (encoding, sheet, header row) and what was left out
(hidden rows and columns, titles, footers), so that the preview can show it and the user can
choose otherwise through `ReadOptions`. Every read stays within `TableLimits`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, unreadable
from jpoa_desktop.io.tables.table_layout import HEADER_SEARCH_ROWS, Layout, Recognise, lay_out
from jpoa_desktop.io.tables.table_limits import DEFAULT_LIMITS, TableLimits, too_many_rows
from jpoa_desktop.io.tables.text_tables import decode, read_records, sniff_delimiter
from jpoa_desktop.io.tables.xlsx_tables import read_sheet

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
Record = tuple[int, list[str]]


@dataclass(frozen=True)
class ReadOptions:
    """The user's choices in the preview; None leaves each to the reader."""

    header_row: int | None = None  # the file's 1-based row holding the header
    sheet: str | None = None
    encoding: str | None = None  # CSV and TXT only


@dataclass(frozen=True)
class Table:
    """A list read from a file: every cell a stripped string, every row as wide as the headers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # 1-based line (CSV) or sheet row (XLSX) of each data row
    source: str  # the file name, for messages
    encoding: str  # "utf-8-sig", "utf-8", "cp1251", "cp866", "utf-16"… or "xlsx"
    delimiter: str  # "\t", ";", "," or "" for XLSX
    header_rows: tuple[int, ...] = ()  # the row (or two rows) the header was read from
    sheet: str = ""  # the sheet read, for a workbook
    sheets: tuple[str, ...] = ()  # the workbook's visible sheets
    hidden_rows: tuple[int, ...] = ()  # rows with content left out because they are hidden
    hidden_columns: tuple[str, ...] = ()  # letters of hidden columns with content, left out
    skipped_rows: tuple[int, ...] = ()  # titles above the header, a column-numbering row
    footer_rows: tuple[int, ...] = ()  # totals, signatures and notes below the list
    header_choices: tuple[tuple[int, str], ...] = ()  # rows that may be the header, a glimpse
    # Data rows (1-based) of a workbook whose one merged cell spans the table (all columns,
    # or all but a number column): a plan's section heading, whatever its words.
    spanning_rows: frozenset[int] = frozenset()

    @property
    def header_row(self) -> int:
        """The row holding the header's names (the lower one of a two-row header)."""
        return self.header_rows[-1] if self.header_rows else 0


def read_table(
    path: Path,
    options: ReadOptions | None = None,
    limits: TableLimits = DEFAULT_LIMITS,
    recognise: Recognise | None = None,
) -> Table:
    """Read `path` by its extension; any file a user can pick gives a Table or a ValidationError.

    `recognise` maps header cells to the caller's fields; with it, the header is found below a
    title and the footer is left out. Without it, the first row with content is the header."""
    chosen = options or ReadOptions()
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in XLSX_SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a CSV, TXT or XLSX file."), file=path.name
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise unreadable(path.name, exc) from exc
    if size > limits.max_bytes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is larger than {limit} MB; split it into smaller lists."
            ),
            file=path.name,
            limit=max(1, limits.max_bytes // (1024 * 1024)),
        )
    if size == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the file is empty."), file=path.name
        )
    if suffix in XLSX_SUFFIXES:
        sheet = read_sheet(path, limits, chosen.sheet, lambda rows: _has_header(rows, recognise))
        layout = lay_out(path.name, sheet.records, recognise, chosen.header_row, sheet.merges)
        return _table(
            path.name,
            layout,
            limits,
            encoding="xlsx",
            delimiter="",
            sheet=sheet.name,
            sheets=sheet.sheets,
            hidden_rows=sheet.hidden_rows,
            hidden_columns=sheet.hidden_columns,
            merges=sheet.merges,
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path.name, exc) from exc
    text, encoding = decode(data, path.name, chosen.encoding)
    del data
    delimiter = sniff_delimiter(text, prefer_tab=encoding.startswith("utf-16"))
    records = list(read_records(text, delimiter, path.name, limits))
    layout = lay_out(path.name, records, recognise, chosen.header_row)
    return _table(path.name, layout, limits, encoding=encoding, delimiter=delimiter)


def _has_header(rows: Sequence[Record], recognise: Recognise | None) -> bool:
    if recognise is None:
        return True
    return any(len(recognise(cells)) >= 2 for _n, cells in rows[:HEADER_SEARCH_ROWS])


def _build_table(name: str, records: Iterable[Record], encoding: str, delimiter: str) -> Table:
    """A table from records read elsewhere (a Word document's table): first row the header."""
    return _table(name, lay_out(name, list(records)), DEFAULT_LIMITS, encoding, delimiter)


def _table(
    name: str,
    layout: Layout,
    limits: TableLimits,
    encoding: str,
    delimiter: str,
    sheet: str = "",
    sheets: tuple[str, ...] = (),
    hidden_rows: tuple[int, ...] = (),
    hidden_columns: tuple[str, ...] = (),
    merges: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> Table:
    """Square the rows to the widest one without its trailing empty cells: a data cell beyond
    the last header is kept under a "Column n" header rather than silently cut off."""
    if not layout.data:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: there are no rows below the header."), file=name
        )
    if len(layout.data) > limits.max_rows:
        raise too_many_rows(name, limits.max_rows)
    width = max(_used(cells) for cells in [layout.headers, *(c for _n, c in layout.data)])
    return Table(
        headers=tuple(
            _header_name(cell, n) for n, cell in enumerate(_square(layout.headers, width), 1)
        ),
        rows=tuple(tuple(_square(cells, width)) for _n, cells in layout.data),
        row_numbers=tuple(number for number, _cells in layout.data),
        source=name,
        encoding=encoding,
        delimiter=delimiter,
        header_rows=layout.header_rows,
        sheet=sheet,
        sheets=sheets,
        hidden_rows=hidden_rows,
        hidden_columns=hidden_columns,
        skipped_rows=layout.skipped_rows,
        footer_rows=layout.footer_rows,
        header_choices=layout.choices,
        spanning_rows=_spanning_rows(layout.data, merges or {}, width),
    )


def _spanning_rows(
    data: Sequence[Record], merges: Mapping[int, Sequence[tuple[int, int]]], width: int
) -> frozenset[int]:
    """Data rows with a merged range from the first (or second) column to the last."""
    if not merges:
        return frozenset()
    return frozenset(
        number
        for number, _cells in data
        for first, last in merges.get(number, ())
        if last >= width - 1 and (first == 0 or (first == 1 and width > 2))
    )


def _used(cells: Sequence[str]) -> int:
    used = len(cells)
    while used and not cells[used - 1]:
        used -= 1
    return used


def _square(cells: list[str], width: int) -> list[str]:
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    return cells[:width]


def _header_name(cell: str, number: int) -> str:
    name = " ".join(cell.replace("\ufeff", "").split())
    return name or f"Column {number}"
