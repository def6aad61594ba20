"""Text written to a spreadsheet stays text: no cell a participant or a ministry typed ever
runs as a formula when the file is opened in Excel or LibreOffice.

A name such as `=HYPERLINK("http://…","Click")` or `-2+3+cmd|' /C calc'!A0` is harmless in our
database but live in a spreadsheet. The XLSX writer (`xlsx.py`) and every CSV writer pass their
cells through this one module, so the rule is the same everywhere:

- XLSX: a string is stored as a string (an inline string, `t="inlineStr"`), never as a formula
  or an error value, whatever it starts with (openpyxl turns `=…` into a formula by itself, so
  such a text goes in as a one-run rich text, which it always writes as a string). Nothing is
  added to the text: the reader sees it exactly as typed. Characters XML cannot hold (C0
  controls left in old data) are dropped instead of crashing the export.
- CSV: OWASP's rule. A text starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
  single quote in front, and the csv module quotes any cell holding a separator, a quote or a
  line break. Numbers stay numbers: a plain number written as text ("-5", "+7", "-1500.25")
  cannot carry a formula and is left alone, and so is a lone "+" or "-" (an attendance mark).
  A phone number such as "+7 701 123 45 67" does get the quote: Excel would misread it anyway.
"""

from __future__ import annotations

import csv
import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FIRST = frozenset(FORMULA_STARTS)
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")  # "-5", "+7", "-1500.25"
_LONE_SIGNS = frozenset({"+", "-"})
EXCEL_CELL_LIMIT = 32_767
# Characters an XML 1.0 document cannot contain; openpyxl refuses a string holding one.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _TextFile(Protocol):
    def write(self, text: str, /) -> int: ...


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read `text` as the start of a formula."""
    if not text.startswith(FORMULA_STARTS) or text in _LONE_SIGNS:
        return False
    return _PLAIN_NUMBER.fullmatch(text) is None


def csv_cell(value: object) -> object:
    """The value as it goes into a CSV cell: None as empty, risky text behind a quote mark."""
    if value is None:
        return ""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


class SafeCsvWriter:
    """`csv.writer` whose every cell went through `csv_cell`; the one way we write CSV."""

    def __init__(self, handle: _TextFile, lineterminator: str = "\r\n") -> None:
        self._writer = csv.writer(handle, lineterminator=lineterminator)

    def writerow(self, row: Sequence[object]) -> None:
        self._writer.writerow(_csv_row(row))

    def writerows(self, rows: Iterable[Sequence[object]]) -> None:
        self._writer.writerows(_csv_row(row) for row in rows)


def _csv_row(row: Sequence[object]) -> list[object]:
    """Most cells are looked at once, cheaply; only None and a text that starts like a formula
    go through `csv_cell` (exports write tens of thousands of rows)."""
    return [csv_cell(c) if c is None or (type(c) is str and c[:1] in _FIRST) else c for c in row]


def xml_text(text: str) -> str:
    """`text` without the characters an XML document (XLSX, DOCX) cannot hold."""
    return _NOT_IN_XML.sub("", text) if _NOT_IN_XML.search(text) else text


def xlsx_value(value: object) -> object:
    """A value openpyxl stores as typed: text without the characters XML cannot hold, cut to
    the 32,767 characters an Excel cell holds, and kept as text when it starts like a formula
    (`=…`) or an error value (`#REF!`), which openpyxl would otherwise store as such."""
    if not isinstance(value, str):
        return value
    if _NOT_IN_XML.search(value):
        value = _NOT_IN_XML.sub("", value)
    value = value[:EXCEL_CELL_LIMIT]
    if value[:1] in ("=", "#"):
        rich_text: Any = importlib.import_module("openpyxl.cell.rich_text").CellRichText
        return rich_text([value])  # an inline string: Excel shows it, never runs it
    return value
