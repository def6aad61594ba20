"""The one XLSX writer: sheets of a header and rows, for every table the app saves for Excel.

Each exporter (a participant list, an action plan, a coverage matrix, a diff) says what its
sheets hold and how they look — column widths, the header's and the rows' style, number formats,
an autofilter — with plain `Style` values, and this module alone speaks openpyxl. Every sheet's
header row is frozen, so it stays in view while scrolling. Every cell goes through
`safe_cells.xlsx_value`: text stays text, never a formula.

The workbook is written in openpyxl's write-only mode (rows stream to disk, so a 20,000-row
export needs little memory), to a temporary name renamed at the end: a cancel or a failure
leaves the target as it was.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.io.writing.safe_cells import xlsx_value
from jpoa_desktop.model.progress import CancelCheck, Progress

SHEET_FORBIDDEN = "[]:*?/\\"  # characters Excel refuses in a sheet's name
SHEET_NAME_LIMIT = 31
STEP = 500  # rows between two progress reports (and cancel checks) of `watched`


@dataclass(frozen=True)
class Style:
    """How a cell looks; the defaults leave it as Excel's own."""

    bold: bool = False
    size: float | None = None
    strike: bool = False
    colour: str | None = None  # "B3261E"
    fill: str | None = None  # a solid background, "FBE3E3"
    wrap: bool = False  # wrapped and aligned to the top
    number_format: str | None = None  # for numbers and dates; text is left as typed

    def over(self, base: Style | None) -> Style:
        """This style's settings, with `base`'s where this one has none."""
        if base is None:
            return self
        chosen = {f.name: getattr(self, f.name) or getattr(base, f.name) for f in fields(self)}
        return Style(**chosen)


@dataclass(frozen=True)
class Sheet:
    """One sheet: lines above the table (a title), the header, then the rows."""

    title: str
    header: Sequence[object]
    rows: Iterable[Sequence[object]]
    widths: Sequence[float] = ()  # by column, in characters; none: Excel's default
    header_style: Style | None = None
    column_styles: Sequence[Style | None] = ()  # the body's cells, by column
    row_styles: Mapping[int, Style] = field(default_factory=dict)  # by row (0-based), on top
    above: Sequence[tuple[object, Style | None]] = ()  # one-cell lines over the header
    autofilter: bool = False
    fallback_title: str = "Sheet"  # when nothing of `title` is left after cleaning


def sheet_title(text: str, fallback: str = "Sheet") -> str:
    """`text` as Excel accepts a sheet's name: no []:*?/\\ and at most 31 characters."""
    return "".join(c for c in text if c not in SHEET_FORBIDDEN)[:SHEET_NAME_LIMIT] or fallback


def fitted_widths(
    header: Sequence[object], rows: Sequence[Sequence[object]], least: int = 8, most: int = 60
) -> list[float]:
    """Column widths that fit the longest text of each column, within `least` and `most`."""
    widths: list[float] = []
    for column, heading in enumerate(header):
        longest = max([len(str(heading))] + [len(str(r[column] or "")) for r in rows])
        widths.append(min(max(longest + 2, least), most))
    return widths


def watched(
    rows: Sequence[Sequence[object]], progress: Progress, cancelled: CancelCheck
) -> Iterator[Sequence[object]]:
    """`rows`, reporting progress and checking for a cancel every `STEP` rows."""
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


def write_xlsx_sheets(
    target: Path, sheets: Sequence[Sheet], title: str = "", subject: str = ""
) -> None:
    """Write `sheets` to `target` all or nothing; `title` and `subject` go into the file's
    properties (the strategy import reads them back)."""
    replace_atomically(target, lambda path: _save(path, sheets, title, subject))


def _save(path: Path, sheets: Sequence[Sheet], title: str, subject: str) -> None:
    openpyxl: Any = importlib.import_module("openpyxl")  # only exports pay for loading it
    book = openpyxl.Workbook(write_only=True)
    if title:
        book.properties.title = title
    if subject:
        book.properties.subject = subject
    pages = []
    try:
        for sheet in sheets:
            page = book.create_sheet(sheet_title(sheet.title, sheet.fallback_title))
            pages.append(page)
            _fill(page, sheet, _Styles())
    except BaseException:
        for page in pages:
            page.close()  # its row writer holds the temporary file open until closed
        raise
    book.save(path)


def _fill(page: Any, sheet: Sheet, styles: _Styles) -> None:
    """Widths and the frozen header first (write-only sheets write them before any row)."""
    letter: Any = importlib.import_module("openpyxl.utils").get_column_letter
    for column, width in enumerate(sheet.widths, start=1):
        page.column_dimensions[letter(column)].width = width
    header_row = len(sheet.above) + 1
    page.freeze_panes = f"A{header_row + 1}"
    for value, style in sheet.above:
        page.append(styles.row(page, [] if value is None else [value], [style]))
    page.append(styles.row(page, sheet.header, [sheet.header_style] * len(sheet.header)))
    last = header_row
    columns = list(sheet.column_styles)
    for index, values in enumerate(sheet.rows):
        extra = sheet.row_styles.get(index)
        if extra is None and not columns:
            page.append([xlsx_value(v) for v in values])
        else:
            cells = [extra.over(c) if extra else c for c in _padded(columns, len(values))]
            page.append(styles.row(page, values, cells))
        last += 1
    if sheet.autofilter:
        page.auto_filter.ref = f"A{header_row}:{letter(max(len(sheet.header), 1))}{last}"


def _padded(styles: list[Style | None], count: int) -> list[Style | None]:
    return (styles + [None] * count)[:count] if len(styles) < count else styles[:count]


class _Styles:
    """openpyxl's style objects, made once per `Style` of one workbook."""

    def __init__(self) -> None:
        self._module: Any = importlib.import_module("openpyxl.styles")
        self._cell: Any = importlib.import_module("openpyxl.cell").WriteOnlyCell
        self._made: dict[Style, dict[str, Any]] = {}

    def row(
        self, page: Any, values: Sequence[object], styles: Sequence[Style | None]
    ) -> list[object]:
        """The row to append: a styled cell where a style is given (an empty one too, so a
        row's fill has no gaps), else the bare value."""
        cells: list[object] = []
        for value, style in zip(values, _padded(list(styles), len(values)), strict=True):
            safe = xlsx_value(value)
            if style is None:
                cells.append(safe)
                continue
            cell = self._cell(page, value=safe)
            for name, made in self._of(style).items():
                if name != "number_format" or not isinstance(value, str):
                    setattr(cell, name, made)
            cells.append(cell)
        return cells

    def _of(self, style: Style) -> dict[str, Any]:
        made = self._made.get(style)
        if made is None:
            made = {}
            styles = self._module
            if style.bold or style.size or style.strike or style.colour:
                made["font"] = styles.Font(bold=style.bold or None, size=style.size,
                                           strike=style.strike or None,
                                           color=style.colour)  # fmt: skip
            if style.fill:
                made["fill"] = styles.PatternFill(
                    "solid", start_color=style.fill, end_color=style.fill
                )
            if style.wrap:
                made["alignment"] = styles.Alignment(wrap_text=True, vertical="top")
            if style.number_format:
                made["number_format"] = style.number_format
            self._made[style] = made
        return made
