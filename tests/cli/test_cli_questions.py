"""`jpoa questions list|export|import`: the starter bank listed by pillar, exported to XLSX,
edited in Excel and read back; a bad row refuses the file and writes nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from tests.cli.runner import as_json, jpoa


def _bank(tmp_path: Path) -> Path:
    assert jpoa("init", cwd=tmp_path).returncode == 0
    out = tmp_path / "bank.xlsx"
    result = jpoa("questions", "export", "--out", str(out), "--pillar", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return out


def _header_row(sheet: object) -> int:
    for row in sheet.iter_rows(min_row=1, max_row=5):  # type: ignore[attr-defined]
        if [c.value for c in row][:1] == ["uuid"]:
            return int(row[0].row)
    raise AssertionError("no header row")


def test_the_starter_bank_is_listed_by_pillar_and_in_russian(tmp_path: Path) -> None:
    assert jpoa("init", cwd=tmp_path).returncode == 0
    pillar = as_json(jpoa("questions", "list", "--pillar", "2", "--lang", "ru", "--json",
                          cwd=tmp_path))  # fmt: skip
    assert len(pillar) >= 8
    assert all(q["item_key"].startswith(("pillar-2", "area-ii.")) for q in pillar)
    assert any("ц" in q["text"] or "о" in q["text"] for q in pillar)
    evaluation = as_json(jpoa("questions", "list", "--purpose", "evaluation", "--json",
                              cwd=tmp_path))  # fmt: skip
    assert {"satisfaction", "comments"} <= {q["aspect"] for q in evaluation}


def test_an_edited_export_updates_the_bank_and_a_bad_row_refuses_the_file(
    tmp_path: Path,
) -> None:
    out = _bank(tmp_path)
    book = load_workbook(out)
    sheet = book.active
    header = _header_row(sheet)
    columns = {c.value: c.column for c in sheet[header]}
    sheet.cell(header + 1, columns["text_en"], "Which pillar covers the Zhambyl exercise?")
    book.save(out)
    dry = as_json(jpoa("questions", "import", str(out), "--dry-run", "--json", cwd=tmp_path))
    assert (dry["updated"], dry["added"], dry["written"]) == (1, 0, False)
    done = as_json(jpoa("questions", "import", str(out), "--json", cwd=tmp_path))
    assert (done["updated"], done["written"]) == (1, True)
    listed = as_json(jpoa("questions", "list", "--search", "Zhambyl", "--json",
                          cwd=tmp_path))  # fmt: skip
    assert [q["text"] for q in listed] == ["Which pillar covers the Zhambyl exercise?"]

    sheet.cell(header + 2, columns["kind"], "essay")
    sheet.cell(header + 1, columns["text_en"], "Changed again")
    book.save(out)
    refused = jpoa("questions", "import", str(out), "--json", cwd=tmp_path)
    assert refused.returncode == 2
    assert "Changed again" not in jpoa("questions", "list", "--json", cwd=tmp_path).stdout
