"""`jpoa handout` says which texts were printed in which language when the handout's own was
missing: a `fallbacks` list in the JSON, one line per language in the plain output."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService


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


def test_a_kyrgyz_badge_sheet_names_the_workshop_title_printed_in_russian(
    tmp_path: Path,
) -> None:
    _library(tmp_path)
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        workshops = WorkshopService(db.session_scope)
        workshop = workshops.create(
            WorkshopInput(
                titles={"en": "Border security", "ru": "Безопасность границ"},
                start=date(2026, 12, 1),
                end=date(2026, 12, 2),
                city="Bishkek",
            )
        )
        workshops.register(
            workshop, PeopleService(db.session_scope).add(PersonInput("Ким", "Ольга"))
        )
    finally:
        db.dispose()
    args = ("handout", "badges", "--workshop", str(workshop), "--lang", "ky", "--json")
    report = as_json(jpoa(*args, "--out", "b.pdf", cwd=tmp_path))
    assert report["fallbacks"] == [{"text": "workshop title", "language": "ru"}]
    text = " ".join(page.extract_text() or "" for page in PdfReader(tmp_path / "b.pdf").pages)
    assert "Безопасность границ" in text and "Border security" not in text
