"""A Word plan whose merged cell claims to span billions of grid columns (`gridSpan`, or the
`gridBefore` of a row) is refused in a moment with the column limit, before the span is spread
out in memory (16 GB for a span of two billion)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.plans.plan_reading import read_plan

TWO_BILLION = "2000000000"


def _plan_with(path: Path, hostile: str) -> Path:
    document = Document()
    table = document.add_table(rows=3, cols=3)
    for cell, header in zip(table.rows[0].cells, ["№", "Мероприятие", "Сроки"], strict=True):
        cell.text = header
    for row in table.rows[1:]:
        row.cells[1].text = "Тренинг"
    last = table.rows[2]._tr
    if hostile == "gridSpan":
        span = OxmlElement("w:gridSpan")
        span.set(qn("w:val"), TWO_BILLION)
        last.tc_lst[1].get_or_add_tcPr().append(span)
    else:
        before = OxmlElement("w:gridBefore")
        before.set(qn("w:val"), TWO_BILLION)
        last.get_or_add_trPr().append(before)
    document.save(str(path))
    return path


@pytest.mark.parametrize("hostile", ["gridSpan", "gridBefore"])
def test_a_cell_spanning_two_billion_columns_is_refused_at_once(
    tmp_path: Path, hostile: str
) -> None:
    plan = _plan_with(tmp_path / "plan.docx", hostile)
    started = time.monotonic()
    with pytest.raises(ValidationError, match=r"plan\.docx has more than 500 columns"):
        read_plan(plan)
    assert time.monotonic() - started < 2
