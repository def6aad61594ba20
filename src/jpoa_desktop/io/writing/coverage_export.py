"""A draft's coverage matrix and gap list as a file for Excel (XLSX, or CSV in UTF-8 with a BOM).

The XLSX has two sheets, the matrix and the gaps; a CSV holds both, the gaps after an empty
row. Counts and amounts are numbers (one budget column per currency), so Excel can total them.
The words come in translated (`CoverageWords`): io/ never imports Qt. Files are written to a
temporary name and renamed: a cancel leaves no file. The cells are written by `xlsx.py` and
`export.write_csv`, so a title typed as `=…` is text in Excel, never a formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.io.writing import xlsx
from jpoa_desktop.io.writing.export import write_csv
from jpoa_desktop.io.writing.xlsx import Style, fitted_widths, write_xlsx_sheets
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.strategies import Coverage, CoverageCell, PillarTotal

Cell = str | int | Decimal | None
EMPTY_FILL = "FBE3E3"  # the soft red of an area with no measure, as in the app
PILLAR_FILL = "EEF1F5"
HEADER = Style(bold=True, wrap=True)
EMPTY = Style(fill=EMPTY_FILL)
PILLAR = Style(bold=True, fill=PILLAR_FILL)


@dataclass(frozen=True)
class CoverageWords:
    """The export's words in the interface language."""

    matrix_sheet: str
    gaps_sheet: str
    pillar: str
    area: str
    title: str
    measures: str
    indicators: str
    budget: str  # "Budget, {currency}"
    note: str
    no_measure: str
    kind: str
    item: str
    text: str
    kinds: Mapping[str, str]  # gap kind → words
    other_measures: str = ""  # "Measures: {draft}", when a second draft is compared
    other_budget: str = ""  # "Budget, {currency}: {draft}"
    only_this: str = ""  # note of an area only this draft covers
    only_other: str = ""  # note of an area only the other draft covers
    other_name: str = ""  # the other draft, as the headings name it


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: list[str]
    rows: list[list[Cell]]
    shaded: frozenset[int] = frozenset()  # rows (0-based) with no measure
    bold: frozenset[int] = frozenset()  # pillar rows


def write_coverage(
    target: Path,
    coverage: Coverage,
    words: CoverageWords,
    other: Coverage | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> int:
    """Write the matrix and the gaps to `target` (.csv or .xlsx); return the rows written."""
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: export as .csv or .xlsx."), file=target.name
        )
    sheets = (matrix_sheet(coverage, words, other), gaps_sheet(coverage, words))
    total = sum(len(s.rows) for s in sheets)
    progress(0, total)
    if cancelled():
        raise Cancelled(
            QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
        )
    if suffix == ".csv":
        write_csv(target, [(sheet.headers, sheet.rows) for sheet in sheets])
    else:
        write_xlsx_sheets(target, [_styled(sheet) for sheet in sheets])
    progress(total, total)
    return total


def _currencies(*budgets: Iterable[Mapping[str, Decimal]]) -> list[str]:
    return sorted({currency for group in budgets for budget in group for currency in budget})


def matrix_sheet(coverage: Coverage, words: CoverageWords, other: Coverage | None) -> Sheet:
    """Each pillar's total row, then its areas; with `other`, that draft's columns after."""
    mine = _currencies([c.budget for c in coverage.cells], [p.budget for p in coverage.pillars])
    theirs = (
        _currencies([c.budget for c in other.cells], [p.budget for p in other.pillars])
        if other is not None
        else []
    )
    headers = [words.pillar, words.area, words.title, words.measures, words.indicators]
    headers += [words.budget.format(currency=c) for c in mine]
    if other is not None:
        headers.append(words.other_measures.format(draft=words.other_name))
        headers += [words.other_budget.format(currency=c, draft=words.other_name) for c in theirs]
    headers.append(words.note)
    other_cells = {c.area_key: c for c in other.cells} if other is not None else {}
    other_pillars = {p.pillar: p for p in other.pillars} if other is not None else {}
    rows: list[list[Cell]] = []
    shaded: set[int] = set()
    bold: set[int] = set()

    def line(
        code: str, area: str, title: str, item: CoverageCell | PillarTotal,
        theirs_item: CoverageCell | PillarTotal | None, note: str,
    ) -> list[Cell]:  # fmt: skip
        row: list[Cell] = [code, area, title, item.measures, item.indicators]
        row += [item.budget.get(c) for c in mine]
        if other is not None:
            row.append(theirs_item.measures if theirs_item is not None else 0)
            row += [theirs_item.budget.get(c) if theirs_item else None for c in theirs]
        row.append(note)
        return row

    for pillar in coverage.pillars:
        bold.add(len(rows))
        rows.append(
            line(pillar.code, "", pillar.title, pillar, other_pillars.get(pillar.pillar), "")
        )
        for cell in (c for c in coverage.cells if c.pillar == pillar.pillar):
            theirs_cell = other_cells.get(cell.area_key)
            note = _note(cell, theirs_cell, words)
            if not cell.measures:
                shaded.add(len(rows))
            rows.append(line(cell.pillar_code, cell.area, cell.title, cell, theirs_cell, note))
    return Sheet(words.matrix_sheet, headers, rows, frozenset(shaded), frozenset(bold))


def _note(cell: CoverageCell, other: CoverageCell | None, words: CoverageWords) -> str:
    if other is None:
        return "" if cell.measures else words.no_measure
    if cell.measures and not other.measures:
        return words.only_this
    if other.measures and not cell.measures:
        return words.only_other
    return "" if cell.measures else words.no_measure


def gaps_sheet(coverage: Coverage, words: CoverageWords) -> Sheet:
    rows: list[list[Cell]] = [
        [words.kinds.get(g.kind, g.kind), g.number, g.text] for g in coverage.gaps
    ]
    return Sheet(words.gaps_sheet, [words.kind, words.item, words.text], rows)


def _styled(sheet: Sheet) -> xlsx.Sheet:
    """The sheet for Excel: bold header, amounts with two decimals, pillar rows bold on grey,
    areas without a measure on soft red, columns as wide as their longest text."""
    amounts = Style(number_format="#,##0.00")
    decimal_columns = {
        column for row in sheet.rows for column, value in enumerate(row)
        if isinstance(value, Decimal)
    }  # fmt: skip
    rows = {index: PILLAR for index in sheet.bold}
    rows.update({index: EMPTY for index in sheet.shaded if index not in sheet.bold})
    return xlsx.Sheet(
        sheet.title,
        sheet.headers,
        sheet.rows,
        widths=fitted_widths(sheet.headers, sheet.rows),
        header_style=HEADER,
        column_styles=[
            amounts if column in decimal_columns else None for column in range(len(sheet.headers))
        ],
        row_styles=rows,
    )
