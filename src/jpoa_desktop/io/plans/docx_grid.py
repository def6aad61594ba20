"""A Word table read on its grid, within limits: what python-docx's cell objects hide.

python-docx repeats a merged cell's text in every column it covers and gives no way to tell a
merged heading from two cells that say the same; an action plan's header needs to know. This
reads the table's XML directly: each row's cells on the grid (`gridBefore`, `gridSpan`), the
horizontal merges of each row, and the text of a cell merged down (`vMerge`) in every row it
covers. Rows, columns, cells and cell lengths are checked against `TableLimits` as they are
read, so a hostile table is refused before it fills the memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jpoa_desktop.io.tables.table_limits import (
    TableLimits,
    cell_too_long,
    too_many_cells,
    too_many_columns,
    too_many_rows,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Grid:
    """A table's rows on the grid: each merged cell's text in every column it covers."""

    rows: list[list[str]]
    spans: list[list[tuple[int, int]]]  # per row: (first, last) of each horizontal merge


def paragraph_text(element: Any) -> str:
    """A paragraph's text, tabs and line breaks included, as Word shows it."""
    parts = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == f"{W}tab" else "\n")
    return "".join(parts)


def _cell_text(tc: Any) -> str:
    return "\n".join(paragraph_text(p) for p in tc.iterchildren(f"{W}p")).strip()


def read_grid(tbl: Any, name: str, limits: TableLimits) -> Grid:
    """Every row of the table on its grid; vertical merges take the text of the cell above."""
    trs = tbl.findall(f"{W}tr")
    if len(trs) > limits.max_rows:
        raise too_many_rows(name, limits.max_rows)
    rows: list[list[str]] = []
    spans: list[list[tuple[int, int]]] = []
    total = 0  # cells on the grid so far: merged cells spanning hundreds of columns count
    for number, tr in enumerate(trs, start=1):
        cells: list[str] = []
        merges: list[tuple[int, int]] = []
        before = tr.find(f"{W}trPr/{W}gridBefore")
        if before is not None:
            skipped = _int(before.get(f"{W}val"))
            if skipped > limits.max_columns:  # checked first: a span of 2e9 is 16 GB of list
                raise too_many_columns(name, limits.max_columns)
            cells.extend([""] * skipped)
        above = rows[-1] if rows else []
        for tc in tr.iterchildren(f"{W}tc"):
            properties = tc.find(f"{W}tcPr")
            span = 1
            continued = False
            if properties is not None:
                grid_span = properties.find(f"{W}gridSpan")
                span = max(1, _int(grid_span.get(f"{W}val"))) if grid_span is not None else 1
                merge = properties.find(f"{W}vMerge")
                continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
            column = len(cells)
            text = above[column] if continued and column < len(above) else _cell_text(tc)
            if len(text) > limits.max_cell_chars:
                raise cell_too_long(name, number, limits.max_cell_chars)
            if len(cells) + span > limits.max_columns:  # before the span is spread out
                raise too_many_columns(name, limits.max_columns)
            if span > 1:
                merges.append((column, column + span - 1))
            cells.extend([text] * span)
        total += len(cells)
        if total > limits.max_cells:
            raise too_many_cells(name, limits.max_cells)
        rows.append(cells)
        spans.append(merges)
    return Grid(rows, spans)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
