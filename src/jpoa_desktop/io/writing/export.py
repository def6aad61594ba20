"""Writing tables for Excel: CSV in UTF-8 with a BOM (so Excel reads Cyrillic right) and XLSX.

Files are written to a temporary name next to the target and renamed at the end
(`atomic.replace_atomically`). Every cell goes through `io/safe_cells.py`: text stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.io.writing.safe_cells import SafeCsvWriter, append_xlsx_row
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress

Cell = str | int | float | None
STEP = 500  # rows between two progress reports (and cancel checks)


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
    watched = _watched(rows, progress, cancelled)
    if suffix == ".csv":
        replace_atomically(target, lambda path: _write_csv(path, headers, watched))
    else:
        replace_atomically(target, lambda path: _write_xlsx(path, headers, watched))


def _watched(
    rows: Sequence[Sequence[Cell]], progress: Progress, cancelled: CancelCheck
) -> Iterator[Sequence[Cell]]:
    total = len(rows)
    for done, row in enumerate(rows):
        if done % STEP == 0:
            if cancelled():
                raise Cancelled(
                    QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
                )
            progress(done, total)
        yield row
    progress(total, total)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = SafeCsvWriter(handle)
        writer.writerow(headers)
        writer.writerows(rows)


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    import openpyxl  # only exports pay for loading it

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    append_xlsx_row(sheet, headers)
    try:
        for row in rows:
            append_xlsx_row(sheet, row)
    except BaseException:
        sheet.close()  # its row writer holds the temporary file open until closed
        raise
    book.save(path)
