"""`jpoa handout` says which texts were printed in which language when the handout's own was
missing: a `fallbacks` list in the JSON, one line per language in the plain output."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.content import ContentService
from jpoa_desktop.services.database import open_database


def _library(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        ContentService(db.session_scope).load_builtin()
    finally:
        db.dispose()


def test_a_kazakh_factsheet_lists_the_texts_printed_in_russian(tmp_path: Path) -> None:
    _library(tmp_path)
    args = ("handout", "factsheet", "--lang", "kk", "--pillar", "2", "--out", "kk.pdf", "--json")
    report = as_json(jpoa(*args, cwd=tmp_path))
    fallbacks = report["fallbacks"]
    assert {"text": "jpoa-overview body", "language": "ru"} in fallbacks
    assert {"text": "pillar-2 body", "language": "ru"} in fallbacks
    assert {entry["language"] for entry in fallbacks} == {"ru"}
    text = " ".join(page.extract_text() or "" for page in PdfReader(tmp_path / "kk.pdf").pages)
    assert "Совместный план действий" in text


def test_the_plain_output_names_the_language_and_a_russian_factsheet_has_nothing_to_say(
    tmp_path: Path,
) -> None:
    _library(tmp_path)
    kyrgyz = jpoa("handout", "factsheet", "--lang", "ky", "--out", "ky.pdf", cwd=tmp_path)
    assert kyrgyz.returncode == 0, kyrgyz.stderr
    assert "printed in ru for want of a translation: jpoa-overview body" in kyrgyz.stdout
    russian = as_json(
        jpoa("handout", "factsheet", "--lang", "ru", "--out", "ru.pdf", "--json", cwd=tmp_path)
    )
    assert russian["fallbacks"] == [] and russian["fallback_labels"] == []
