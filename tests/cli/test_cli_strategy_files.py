"""`jpoa strategy export` as a user runs it: a real process writing DOCX, PDF and XLSX files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document
from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa
from tests.strategy_sample import KAZAKH, build_sample

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.strategies.strategies import StrategyService


def _draft(tmp_path: Path) -> str:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        ContentService(db.session_scope).load_builtin()
        return str(build_sample(StrategyService(db.session_scope)))
    finally:
        db.dispose()


def test_a_draft_is_exported_in_each_format(tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    for kind in ("docx", "pdf", "xlsx"):
        report = as_json(jpoa("strategy", "export", draft, "--format", kind, "--out",
                              f"plan.{kind}", "--lang", "ru", "--json", cwd=tmp_path))  # fmt: skip
        assert report["measures"] == 4 and report["file"] == f"plan.{kind}"
    assert len(Document(str(tmp_path / "plan.docx")).tables[0].rows) == 5
    assert KAZAKH.split()[0] in (PdfReader(tmp_path / "plan.pdf").pages[0].extract_text() or "")
    rows = list(openpyxl.load_workbook(tmp_path / "plan.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 5


def test_an_unknown_draft_is_refused_with_exit_code_2(tmp_path: Path) -> None:
    _draft(tmp_path)
    result = jpoa("strategy", "export", "999", "--format", "pdf", "--out", "x.pdf", cwd=tmp_path)
    assert result.returncode == 2 and "999" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_an_exported_plan_is_imported_as_a_new_draft_and_a_bad_row_writes_nothing(
    tmp_path: Path,
) -> None:
    draft = _draft(tmp_path)
    assert jpoa("strategy", "export", draft, "--format", "xlsx", "--out", "plan.xlsx",
                "--lang", "ru", cwd=tmp_path).returncode == 0  # fmt: skip
    report = as_json(jpoa("strategy", "import", "plan.xlsx", "--country", "KZ", "--lang", "ru",
                          "--title", "Импорт", "--json", cwd=tmp_path))  # fmt: skip
    assert report["imported"] is True and report["measures"] == 4 and report["problems"] == []
    listed = as_json(jpoa("strategy", "list", "--json", cwd=tmp_path))
    assert len(listed) == 2

    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    sheet = book.active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    amount = next(n for n, h in enumerate(headers, start=1) if str(h).startswith("Сумма"))
    sheet.cell(row=3, column=amount, value="12 abc")
    book.save(tmp_path / "bad.xlsx")
    refused = jpoa("strategy", "import", "bad.xlsx", "--country", "KZ", "--lang", "ru",
                   cwd=tmp_path)  # fmt: skip
    assert refused.returncode == 2
    assert "row 3" in refused.stdout and "12 abc" in refused.stdout
    assert "nothing was imported" in refused.stderr
    assert len(as_json(jpoa("strategy", "list", "--json", cwd=tmp_path))) == 2
