"""Writing tables for Excel: CSV in UTF-8 with a BOM (so Excel reads Cyrillic right) and XLSX.

Files are written to a temporary name next to the target and renamed at the end
(`atomic.replace_atomically`). Every cell goes through `io/safe_cells.py`: text stays text.
`write_csv` is the one CSV writer of the exports; XLSX goes through `xlsx.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.io.writing.safe_cells import SafeCsvWriter
from jpoa_desktop.io.writing.xlsx import Sheet, watched, write_xlsx_sheets
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress

Cell = str | int | float | None


def write_table(
    target: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> None:
    """Write a CSV (UTF-8 with BOM, comma-separated, CRLF) or an XLSX, by the target's suffix.

    Cancelling leaves the target as it was: the half-written temporary file is removed.
    """
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: export as .csv or .xlsx."), file=target.name
        )
    body = watched(rows, progress, cancelled)
    if suffix == ".csv":
        write_csv(target, [(headers, body)])
    else:
        write_xlsx_sheets(target, [Sheet("", headers, body)])


def write_csv(
    target: Path, blocks: Sequence[tuple[Sequence[object], Iterable[Sequence[object]]]]
) -> None:
    """Write each (header, rows) block, an empty row between two, as one CSV (UTF-8 with a
    BOM, CRLF) all or nothing; every cell through `SafeCsvWriter`."""

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = SafeCsvWriter(handle)
            for index, (header, rows) in enumerate(blocks):
                if index:
                    writer.writerow([])
                writer.writerow(header)
                writer.writerows(rows)

    replace_atomically(target, write)
