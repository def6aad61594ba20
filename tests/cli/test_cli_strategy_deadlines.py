"""`jpoa strategy import` takes deadlines as officials write them, says which it kept as words
and what it left out, and `jpoa strategy show` gives the words beside the dates."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService


def test_deadline_words_are_imported_warned_about_and_shown(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    ContentService(db.session_scope).load_builtin()
    db.dispose()
    book = openpyxl.Workbook()
    for row in (
        ["№", "Мероприятие", "Срок", "Примечание"],
        ["1.1.1", "Тренинги", "IV квартал 2026 г.", "за счёт доноров"],
        ["1.1.2", "Закон", "после принятия закона", ""],
    ):
        book.active.append(row)
    book.save(tmp_path / "plan.xlsx")
    report = as_json(jpoa("strategy", "import", "plan.xlsx", "--country", "TJ", "--lang", "ru",
                          "--json", cwd=tmp_path))  # fmt: skip
    assert report["imported"] is True and report["measures"] == 2
    assert [w["row"] for w in report["warnings"]] == [3]
    assert any("“Примечание”" in note for note in report["notes"])
    shown = as_json(jpoa("strategy", "show", str(report["draft"]), "--json", cwd=tmp_path))
    measures = [m for g in shown["goals"] for o in g["objectives"] for m in o["measures"]]
    assert [(m["deadline"], m["start"], m["end"]) for m in measures] == [
        ("IV квартал 2026 г.", "2026-10-01", "2026-12-31"),
        ("после принятия закона", None, None),
    ]
