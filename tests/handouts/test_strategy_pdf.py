"""A strategy draft as a PDF: the text comes back with pypdf, every letter of the region
exactly, the plan on landscape pages, and only the bundled fonts embedded."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from tests.handouts.test_every_kind import fonts
from tests.strategy_sample import KAZAKH, TAJIK, TURKMEN, UZBEK, build_sample

from jpoa_desktop.handouts.common.page import PageOptions
from jpoa_desktop.handouts.strategy_pdf import build
from jpoa_desktop.model.strategies import ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.texts.fonts import MissingLetters


@pytest.fixture
def service(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_reads_back_with_headings_measures_and_the_plan(
    service: StrategyService, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    missing = build(service.draft(build_sample(service), "ru"), PageOptions(), out, "ru", "en")
    assert missing == []
    reader = PdfReader(out)
    text = _squash("\n".join(page.extract_text() or "" for page in reader.pages))
    for expected in ("План действий по противодействию экстремизму", "1. Профилактика",
                     "1.2 Школы", f"1.1.1 {KAZAKH}", "2.1.1 Отчёт", TAJIK, UZBEK, TURKMEN,
                     "Приоритет: Высокий", "Prevent"):  # fmt: skip
        assert _squash(expected) in text, expected
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1]  # portrait, then landscape
    plan = _squash(reader.pages[-1].extract_text() or "")
    for expected in ("Ответственные / Responsible", "1.1.1", "1.2.2", "2.1.1", "12 500,50 KZT"):
        assert expected in plan, expected


def test_only_the_bundled_fonts_are_embedded(service: StrategyService, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    build(service.draft(build_sample(service), "tk"), PageOptions(paper="letter"), out, "tk")
    found: set[str] = set()
    for page in PdfReader(out).pages:
        fonts(cast(DictionaryObject, page["/Resources"]), found)
    assert found and all(name.startswith("DejaVuSans") for name in found), found


def test_a_letter_the_font_lacks_is_named_before_printing(
    service: StrategyService, tmp_path: Path
) -> None:
    draft = build_sample(service)
    goal = service.draft(draft, "en").goals[0]
    service.update_item(goal.id, ItemInput({"en": "Prevent \u4e2d"}))
    with pytest.raises(MissingLetters, match="U\\+4E2D"):
        build(service.draft(draft, "en"), PageOptions(), tmp_path / "plan.pdf", "en")
    assert not (tmp_path / "plan.pdf").exists()
