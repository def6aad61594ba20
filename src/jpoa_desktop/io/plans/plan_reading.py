"""Reading an action plan from a spreadsheet or from the tables of a Word document.

Ministries keep their action plans as Excel sheets or as tables in a Word file; either way the
import sees the same `Table` the participant import does (stripped strings, one header row,
row numbers as the user sees them), with the plan's title and period when the file says them.
The header is found by the plan's own column names (`strategy_columns`); the cells are read by
`plan_cells`. The participant list's counterpart is `io/tables/participant_lists.py`.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from jpoa_desktop.io.plans.plan_docx import PlanFile, read_docx_plan, years_of
from jpoa_desktop.io.plans.strategy_columns import suggest_plan_mapping
from jpoa_desktop.io.tables.reading import XLSX_SUFFIXES, Table, read_table

DOCX_SUFFIXES = frozenset({".docx", ".docm"})


def read_plan(path: Path) -> PlanFile:
    """The action plan's table with its title and period: the first sheet of an XLSX (or a
    CSV), its header found below any title rows, or the table of a DOCX whose headers name a
    measure column (the first one, if several do)."""
    if path.suffix.lower() in DOCX_SUFFIXES:
        return read_docx_plan(path)
    table = read_table(path, recognise=_recognise)
    title, period = _workbook_title(path) if path.suffix.lower() in XLSX_SUFFIXES else ("", "")
    glimpses = dict(table.header_choices)
    above = [glimpses.get(n, "") for n in table.skipped_rows if n < table.header_row]
    if not title and above:
        title = above[0]
    years = years_of(period) or years_of(title)
    start, end = years or (None, None)
    return PlanFile(table, title[:300], start, end)


def read_plan_table(path: Path) -> Table:
    """The action plan's table alone (the import dialog's first look)."""
    return read_plan(path).table


def _recognise(cells: Sequence[str]) -> dict[int, str]:
    return suggest_plan_mapping(list(cells))


def _workbook_title(path: Path) -> tuple[str, str]:
    """The title and subject the app's XLSX export writes in the workbook's properties (read
    from the archive's small core.xml, after the zip check the table reader made)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > 1_000_000:
                return "", ""
            root = ElementTree.fromstring(archive.read(info))
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return "", ""
    title = root.findtext("{http://purl.org/dc/elements/1.1/}title") or ""
    subject = root.findtext("{http://purl.org/dc/elements/1.1/}subject") or ""
    return title.strip(), subject.strip()
