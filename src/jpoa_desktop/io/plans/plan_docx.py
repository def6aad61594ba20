"""Reading an action plan from the table of a Word document, as ministries lay them out.

A plan in Word is a table under a title ("ПЛАН мероприятий … на 2026–2028 годы"), often with a
title row inside the table, a header that spans two rows (a merged "Сроки" above "начало" and
"окончание"), a row numbering the columns, section rows for goals and objectives merged across
the table, and cells merged down over several measures. python-docx repeats a merged cell's
text in every column it spans, so a header read naively names two columns alike and one of
them is lost; this module reads the table's grid itself, so every column keeps a name and
what could not be used is said, not dropped.

A DOCX is a zip archive: its directory is checked before python-docx inflates anything, and the
document's XML, the table's rows, columns and cells are bounded, so a bomb is refused in
seconds and within a few hundred megabytes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, unreadable
from jpoa_desktop.io.plans.deadlines import parse_deadline
from jpoa_desktop.io.plans.docx_grid import Grid, W, paragraph_text, read_grid
from jpoa_desktop.io.plans.plan_hierarchy import is_heading
from jpoa_desktop.io.plans.strategy_columns import suggest_plan_mapping
from jpoa_desktop.io.tables.reading import Table
from jpoa_desktop.io.tables.table_layout import HEADER_SEARCH_ROWS, lay_out
from jpoa_desktop.io.tables.table_limits import DEFAULT_LIMITS, MB, TableLimits, too_many_rows
from jpoa_desktop.io.tables.zip_guard import check_archive

# python-docx parses the whole document.xml: 40 MB of it took 370 MB; a plan of thousands of
# measures is a few MB.
MAX_XML_BYTES = 24 * MB
_PLAN_WORDS = re.compile(
    r"^(?:план|plan|action\s+plan|программа|programme|program|стратегия|strategy|жоспар"
    r"|іс-шаралар|reja|режа|нақша|барнома|meýilnama|maksatnama|концепция|дорожная|road\s*map"
    r"|комплексный|perechen|перечень)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlanFile:
    """The plan's table, and what the document says around it."""

    table: Table
    title: str = ""
    start_year: int | None = None
    end_year: int | None = None
    notes: tuple[ValidationError, ...] = field(default_factory=tuple)


def read_docx_plan(
    path: Path, limits: TableLimits = DEFAULT_LIMITS, max_xml_bytes: int = MAX_XML_BYTES
) -> PlanFile:
    """The first table whose header names a measure column, with the title and period."""
    _check_file(path, limits, max_xml_bytes)
    try:
        from docx import Document

        document = Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} cannot be opened as a Word document; it may be damaged."
            ),
            file=path.name,
        ) from exc
    before: list[str] = []
    elements = list(document.element.body.iterchildren())
    for index, element in enumerate(elements):
        if element.tag == f"{W}p":
            text = " ".join(paragraph_text(element).split())
            if text:
                before.append(text)
        elif element.tag == f"{W}tbl":
            grid = read_grid(element, path.name, limits)
            top = _header_index(grid)
            if top is not None:
                lead = _trailing_headings(before)
                skipped = _continue(grid, top, elements[index + 1 :], path.name, limits)
                table, title_rows = _plan_of(grid, top, path.name, lead)
                above = before[: len(before) - len(lead)]
                return _with_title(document, table, above, title_rows, tuple(skipped))
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} has no table with a column of measures (“Measure”, “Мероприятие”)."
        ),
        file=path.name,
    )


def _check_file(path: Path, limits: TableLimits, max_xml_bytes: int) -> None:
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
            limit=max(1, limits.max_bytes // MB),
        )
    check_archive(path, limits.archive)
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.filename.endswith(".xml") and member.file_size > max_xml_bytes:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}: the document's text would unpack to {size} MB, more than a "
                        "plan's can be ({limit} MB); it was not read.",
                    ),
                    file=path.name,
                    size=max(1, member.file_size // MB),
                    limit=max(1, max_xml_bytes // MB),
                )


def _recognise(cells: Sequence[str]) -> dict[int, str]:
    return suggest_plan_mapping([" ".join(c.split()) for c in cells])


def _header_index(grid: Grid) -> int | None:
    """The row (0-based) of the header: the first near the top that names a measure column."""
    return next(
        (
            index
            for index, cells in enumerate(grid.rows[:HEADER_SEARCH_ROWS])
            if "measure" in _recognise(cells).values()
        ),
        None,
    )


def _continue(
    grid: Grid, top: int, rest: Sequence[Any], name: str, limits: TableLimits
) -> list[ValidationError]:
    """Append to `grid` the plan's further tables (the same columns, a page or a goal each)
    and the headings between them as rows of their own, which then read as sections; name
    any other table, which is not read."""
    width = len(grid.rows[top])
    header = {tuple(cells) for cells in grid.rows[top : top + 2]}
    headings: list[str] = []
    skipped: list[ValidationError] = []
    for element in rest:
        if element.tag == f"{W}p":
            text = " ".join(paragraph_text(element).split())
            if is_heading(text, numbered=True):
                headings.append(text)
            continue
        if element.tag != f"{W}tbl":
            continue
        more = read_grid(element, name, limits)
        if not more.rows or len(more.rows[0]) != width:
            skipped.append(ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A further table of {rows} rows with other columns than the "
                    "plan's was not read."
                ), rows=len(more.rows),
            ))  # fmt: skip
            headings.clear()
            continue
        for text in headings:  # "Цель 2. …" between two tables: a row of its own
            grid.rows.append([text] * width)
            grid.spans.append([(0, width - 1)])
        headings.clear()
        for cells, spans in zip(more.rows, more.spans, strict=True):
            if tuple(cells) not in header and not _numbers_columns(cells):
                grid.rows.append(cells)
                grid.spans.append(spans)
        if len(grid.rows) > limits.max_rows:
            raise too_many_rows(name, limits.max_rows)
    return skipped


def _trailing_headings(paragraphs: list[str]) -> list[str]:
    """The goal and objective headings right above the plan's first table."""
    count = 0
    while count < len(paragraphs) and is_heading(paragraphs[-1 - count]):
        count += 1
    return paragraphs[len(paragraphs) - count :]


def _numbers_columns(cells: Sequence[str]) -> bool:
    filled = [cell.rstrip(".") for cell in cells if cell]
    return len(filled) >= 2 and filled == [str(n) for n in range(1, len(filled) + 1)]


def _plan_of(
    grid: Grid, top: int, name: str, lead: Sequence[str] = ()
) -> tuple[Table, list[tuple[int, str]]]:
    """The table with its header (below any title rows, over one or two rows); `lead`, the
    headings above the table, go first under the header, where they read as sections."""
    records = [(n, list(cells)) for n, cells in enumerate(grid.rows, start=1)]
    header_rows: tuple[int, ...] = (top + 1,)
    lower = top + 1
    if grid.spans[top] and lower < len(grid.rows) and _is_sub_header(grid, top):
        # A merged heading over two rows: one header of both, the lower row read as part of it.
        records[top] = (top + 1, _combined(grid.rows[top], grid.rows[lower]))
        del records[lower]
        header_rows = (top + 1, lower + 1)
    if lead:
        at = top + 1
        if at < len(records) and _numbers_columns(records[at][1]):
            at += 1  # after the row numbering the columns, which lay_out leaves out
        width = len(records[top][1])
        records[at:at] = [(top + 1, [text] * width) for text in lead]
    layout = lay_out(name, records[top:], _recognise)
    title_rows = [(n, _first(cells)) for n, cells in records[:top] if _first(cells)]
    skipped = [*(n for n, _t in title_rows), *layout.skipped_rows]
    width = max(len(cells) for cells in [layout.headers, *(c for _n, c in layout.data)])
    if not layout.data:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: there are no rows below the header."), file=name
        )
    headers = [*layout.headers, *[""] * (width - len(layout.headers))]
    table = Table(
        headers=tuple(" ".join(h.split()) or f"Column {n}" for n, h in enumerate(headers, 1)),
        rows=tuple(tuple([*cells, *[""] * (width - len(cells))]) for _n, cells in layout.data),
        row_numbers=tuple(number for number, _cells in layout.data),
        source=name,
        encoding="docx",
        delimiter="",
        header_rows=header_rows,
        skipped_rows=tuple(skipped),
        footer_rows=layout.footer_rows,
    )
    return table, title_rows


def _is_sub_header(grid: Grid, top: int) -> bool:
    """The row under a header with a merged heading names the heading's parts: it has text
    under each merge, and elsewhere only what the cells merged down from the header repeat."""
    header, below = grid.rows[top], grid.rows[top + 1]
    under = [c for first, last in grid.spans[top] for c in range(first, last + 1)]
    if not all(c < len(below) and below[c] for c in under):
        return False
    if not any(len(set(below[first : last + 1])) > 1 for first, last in grid.spans[top]):
        return False
    rest = [c for c in range(len(below)) if c not in under]
    return all(not below[c] or (c < len(header) and below[c] == header[c]) for c in rest)


def _combined(upper: Sequence[str], lower: Sequence[str]) -> list[str]:
    """`Сроки` over `начало` → `Сроки: начало`; a cell merged down keeps its one name."""
    names = []
    for index, top in enumerate(upper):
        bottom = lower[index] if index < len(lower) else ""
        names.append(top if not bottom or bottom == top else f"{top}: {bottom}" if top else bottom)
    return names


def _first(cells: Sequence[str]) -> str:
    return next((" ".join(c.split()) for c in cells if c.strip()), "")


def _with_title(
    document: Any,
    table: Table,
    before: list[str],
    title_rows: list[tuple[int, str]],
    notes: tuple[ValidationError, ...],
) -> PlanFile:
    """The title: the document's own (the app's export sets it), a title row in the table, or
    the words above the table that start like a plan's; the period from the same place."""
    properties = document.core_properties
    title = (properties.title or "").strip()
    period_text = (properties.subject or "").strip()
    if not title and title_rows:
        title = " ".join(text for _n, text in title_rows)
    if not title:
        title = _title_above(before)
    found = years_of(period_text) or years_of(title)
    start, end = found or (None, None)
    return PlanFile(table, title[:300], start, end, notes)


def _title_above(paragraphs: list[str]) -> str:
    """`ПЛАН` / `мероприятий по …` / `на 2026–2028 годы`: from the paragraph that starts like
    a plan's name, the paragraphs up to the table (at most five)."""
    for index, text in enumerate(paragraphs):
        if _PLAN_WORDS.match(text):
            return " ".join(paragraphs[index : index + 5])
    return ""


def years_of(text: str) -> tuple[int, int] | None:
    """The years a title or period names: `на 2026–2028 годы` → (2026, 2028)."""
    if not text:
        return None
    deadline = parse_deadline(text)
    if deadline.kind in ("year", "range", "by_date") and deadline.end is not None:
        start = deadline.start or deadline.end
        return start.year, deadline.end.year
    return None
