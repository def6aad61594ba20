"""Reading a participant list from CSV, TXT or XLSX into one plain table of strings.

Ministries send lists saved by every tool on every system: Excel's "CSV UTF-8" (BOM, comma or
semicolon by locale), old Excel's Windows-1251 CSV, Excel's "Unicode text" (UTF-16, tabs), or an
XLSX where phone numbers are stored as numbers and dates as dates. Whatever came in, the import
service sees the same `Table`: stripped strings, one header row, and the file's own row numbers
so that a message can point at the line the trainer sees in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITERS = ("\t", ";", ",")
_SNIFF_RECORDS = 20
_SNIFF_CHARS = 256 * 1024
# Control characters real text files never hold (tab, newlines and form feed are fine).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Files that are often renamed to .csv or .xlsx by mistake, by their first bytes.
_SIGNATURES = (
    (b"%PDF", "PDF document"),
    (b"\xd0\xcf\x11\xe0", "old Excel (.xls) or Word (.doc) file"),
    (b"{\\rtf", "RTF document"),
)


@dataclass(frozen=True)
class Table:
    """A list read from a file: every cell a stripped string, every row as wide as the headers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # 1-based line (CSV) or sheet row (XLSX) of each data row
    source: str  # the file name, for messages
    encoding: str  # "utf-8-sig", "utf-8", "cp1251", "utf-16" or "xlsx"
    delimiter: str  # "\t", ";", "," or "" for XLSX


def read_table(path: Path) -> Table:
    """Read `path` by its extension; any file a user can pick gives a Table or a ValidationError."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in XLSX_SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a CSV, TXT or XLSX file."), file=path.name
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    if size > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is larger than {limit} MB; split it into smaller lists."
            ),
            file=path.name,
            limit=MAX_BYTES // (1024 * 1024),
        )
    if size == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the file is empty."), file=path.name
        )
    if suffix in XLSX_SUFFIXES:
        records = _read_xlsx(path)
        return _build_table(path.name, records, encoding="xlsx", delimiter="")
    data = _read_bytes(path)
    text, encoding = _decode(data, path.name)
    delimiter = _sniff_delimiter(text, prefer_tab=encoding == "utf-16")
    return _build_table(path.name, _read_csv(text, delimiter, path.name), encoding, delimiter)


# --- text files -------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Return the text and the encoding it was read with: BOM, else UTF-8, else Windows-1251."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _not_text(name) from exc
            return _checked_text(text, name), encoding
    _refuse_known_binary(data, name)
    try:
        return _checked_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _checked_text(data.decode("cp1251"), name), "cp1251"
    except UnicodeDecodeError as exc:  # byte 0x98 is the one hole in Windows-1251
        raise _not_text(name) from exc


def _refuse_known_binary(data: bytes, name: str) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is an Excel workbook or another ZIP file, not a text file; "
                "if it is a workbook, give it the .xlsx extension.",
            ),
            file=name,
        )
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a {kind}, not a table of participants."),
                file=name,
                kind=kind,
            )


def _checked_text(text: str, name: str) -> str:
    """Refuse binary data that happened to decode: NUL bytes or many control characters."""
    if "\x00" in text:
        raise _not_text(name)
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    if controls > 2 and controls * 50 > len(sample):  # more than 2 %
        raise _not_text(name)
    return text


def _not_text(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} does not look like a text file; save the list as CSV or XLSX."
        ),
        file=name,
    )


def _sniff_delimiter(text: str, *, prefer_tab: bool) -> str:
    """Pick the delimiter that splits the first records into the same number (>1) of columns."""
    sample = text[:_SNIFF_CHARS]
    best: tuple[float, int, int] | None = None
    chosen = "\t" if prefer_tab else ","
    order = DELIMITERS if prefer_tab else (";", ",", "\t")
    for rank, delimiter in enumerate(order):
        widths: list[int] = []
        try:
            for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                    if len(widths) >= _SNIFF_RECORDS:
                        break
        except csv.Error:
            continue
        if not widths:
            continue
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        if mode < 2:
            continue
        score = (widths.count(mode) / len(widths), mode, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _read_csv(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, cells) of every record; a quoted newline spans several lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for record in reader:
            yield line, record
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}, line {row}: {reason}"),
            file=name,
            row=line,
            reason=str(exc),
        ) from exc


# --- XLSX -------------------------------------------------------------------------------------


def _openpyxl() -> Any:
    """openpyxl ships no type information; keep its untyped surface behind this one `Any`."""
    return importlib.import_module("openpyxl")


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    try:
        workbook = _openpyxl().load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file; none is a bug of ours
        raise _bad_workbook(path.name) from exc
    try:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()  # some writers store a wrong size; read what is really there
            records = _sheet_records(sheet.iter_rows(values_only=True), path.name)
            if records:
                return records
        return []
    except ValidationError:
        raise
    except Exception as exc:
        raise _bad_workbook(path.name) from exc
    finally:
        workbook.close()


def _sheet_records(rows: Iterable[tuple[Any, ...]], name: str) -> list[tuple[int, list[str]]]:
    records: list[tuple[int, list[str]]] = []
    for number, values in enumerate(rows, start=1):
        cells = [_cell_text(v) for v in values]
        if any(cells):
            records.append((number, cells))
            if len(records) > MAX_ROWS + 1:  # stop before a huge sheet fills the memory
                raise _too_many_rows(name)
    return records


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, dt.date):  # datetime is a date too
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return str(value)


def _bad_workbook(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.",
        ),
        file=name,
    )


# --- both -------------------------------------------------------------------------------------


def _build_table(
    name: str, records: Iterable[tuple[int, list[str]]], encoding: str, delimiter: str
) -> Table:
    """Strip cells, drop empty rows, take the first row as headers and square the table.

    The width is that of the widest row without its trailing empty cells: a data cell beyond the
    last header is kept under a "Column n" header rather than silently cut off.
    """
    header: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    width = 0
    for number, record in records:
        cells = [cell.strip() for cell in record]
        used = len(cells)
        while used and not cells[used - 1]:
            used -= 1
        if not used:
            continue
        width = max(width, used)
        if header is None:
            header = cells
            continue
        if len(rows) >= MAX_ROWS:
            raise _too_many_rows(name)
        rows.append(cells)
        numbers.append(number)
    if header is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file}: the file is empty."), file=name)
    if not rows:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: there are no rows below the header."), file=name
        )
    headers = tuple(_header_name(cell, n) for n, cell in enumerate(_square(header, width), 1))
    return Table(
        headers=headers,
        rows=tuple(tuple(_square(row, width)) for row in rows),
        row_numbers=tuple(numbers),
        source=name,
        encoding=encoding,
        delimiter=delimiter,
    )


def _too_many_rows(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} has more than {limit} rows; split it into smaller lists."
        ),
        file=name,
        limit=MAX_ROWS,
    )


def _square(cells: list[str], width: int) -> list[str]:
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    return cells[:width]


def _header_name(cell: str, number: int) -> str:
    name = " ".join(cell.replace("\ufeff", "").split())
    return name or f"Column {number}"
