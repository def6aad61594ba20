"""A Word plan that would inflate to gigabytes, or whose table is far larger than any plan, is
refused with a message in seconds, before python-docx builds it in memory."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.plans.plan_docx import read_docx_plan
from jpoa_desktop.io.plans.plan_reading import read_plan
from jpoa_desktop.io.tables.table_limits import MB, TableLimits
from jpoa_desktop.io.tables.zip_guard import ZipLimits


def _plan(path: Path, rows: int = 3, columns: int = 3, cell: str = "МВД") -> Path:
    document = Document()
    table = document.add_table(rows=rows, cols=columns)
    headers = ["№", "Мероприятие", "Ответственные", *[f"Столбец {n}" for n in range(columns)]]
    for c, header in zip(table.rows[0].cells, headers, strict=False):
        c.text = header
    for row in table.rows[1:]:
        row.cells[1].text = "Тренинг"
        row.cells[2].text = cell
    document.save(str(path))
    return path


def _bomb(path: Path, padding: int) -> Path:
    """A real plan whose document.xml carries `padding` bytes of spaces (they deflate to
    almost nothing): small on disk, huge once inflated."""
    source = _plan(path.with_name("plain.docx"))
    with zipfile.ZipFile(source) as plain, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in plain.infolist():
            data = plain.read(info.filename)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>", 1)
                with out.open(info.filename, "w") as member:
                    member.write(head + b"<w:body>")
                    chunk = b" " * MB
                    for _ in range(padding // MB):
                        member.write(chunk)
                    member.write(tail)
            else:
                out.writestr(info, data)
    return path


def test_a_docx_bomb_is_refused_from_its_directory_in_seconds(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bomb.docx", 4 * MB)
    assert bomb.stat().st_size < 100_000
    limits = TableLimits(archive=ZipLimits(max_member_bytes=2 * MB, max_total_bytes=3 * MB))
    started = time.monotonic()
    with pytest.raises(ValidationError, match="would unpack to 4 MB"):
        read_docx_plan(bomb, limits)
    assert time.monotonic() - started < 2


def test_document_text_past_what_a_plan_can_be_is_refused_at_the_default_limits(
    tmp_path: Path,
) -> None:
    bomb = _bomb(tmp_path / "plan.docx", 26 * MB)
    started = time.monotonic()
    with pytest.raises(ValidationError, match="document's text would unpack to 26 MB"):
        read_plan(bomb)
    assert time.monotonic() - started < 2


def test_a_docx_within_the_limits_is_read(tmp_path: Path) -> None:
    found = read_docx_plan(_bomb(tmp_path / "plan.docx", 1 * MB))
    assert found.table.rows[0][1] == "Тренинг"


@pytest.mark.parametrize(
    ("limits", "shape", "message"),
    [
        (TableLimits(max_rows=5), {"rows": 8}, "more than 5 rows"),
        (TableLimits(max_columns=5), {"columns": 7}, "more than 5 columns"),
        (TableLimits(max_cell_chars=100), {"cell": "М" * 101}, "more than 100 characters"),
        (TableLimits(max_cells=20), {"rows": 8}, "more than 20 cells"),
    ],
)
def test_a_word_table_larger_than_the_limits_is_refused_with_a_message(
    tmp_path: Path, limits: TableLimits, shape: dict[str, object], message: str
) -> None:
    path = _plan(tmp_path / "plan.docx", **shape)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=message):
        read_docx_plan(path, limits)
