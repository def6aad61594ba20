"""How large a list the readers take, and the messages that refuse a larger one.

A hostile or broken file must be refused in seconds and without filling the memory: a 300 KB
workbook can declare a cell in the last column on 20,000 rows, or one cell of 200 MB. The
readers check these limits before they read (from the archive's directory and the sheet's XML)
and again while they read. Tests pass lowered limits so that their bombs can be built small.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.zip_guard import ZipLimits

MB = 1024 * 1024


@dataclass(frozen=True)
class TableLimits:
    """What one list may hold; the defaults are far above any real participant list or plan."""

    max_bytes: int = 50 * MB  # the file on disk
    max_rows: int = 100_000
    max_columns: int = 500
    max_cells: int = 2_000_000  # rows × columns of the sheet's used area
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    archive: ZipLimits = field(default_factory=ZipLimits)


DEFAULT_LIMITS = TableLimits()


# The refusals, one template each (lupdate reads them here).
_ROWS = QT_TRANSLATE_NOOP(
    "Errors", "{file} has more than {limit} rows; split it into smaller lists."
)
_COLUMNS = QT_TRANSLATE_NOOP(
    "Errors", "{file} has more than {limit} columns, more than any real list; it was not read."
)
_CELLS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} has more than {limit} cells, more than any real list; split it into smaller lists.",
)
_LONG_CELL_IN_ROW = QT_TRANSLATE_NOOP(
    "Errors", "{file}, row {row}: a cell holds more than {limit} characters; it was not read."
)
_LONG_CELL = QT_TRANSLATE_NOOP(
    "Errors", "{file}: a cell holds more than {limit} characters; it was not read."
)


def too_many_rows(name: str, limit: int) -> ValidationError:
    return ValidationError(_ROWS, file=name, limit=limit)


def too_many_columns(name: str, limit: int) -> ValidationError:
    return ValidationError(_COLUMNS, file=name, limit=limit)


def too_many_cells(name: str, limit: int) -> ValidationError:
    return ValidationError(_CELLS, file=name, limit=limit)


def cell_too_long(name: str, row: int, limit: int) -> ValidationError:
    """`row` 0 when the reader cannot tell which row holds the cell."""
    if row:
        return ValidationError(_LONG_CELL_IN_ROW, file=name, row=row, limit=limit)
    return ValidationError(_LONG_CELL, file=name, limit=limit)
