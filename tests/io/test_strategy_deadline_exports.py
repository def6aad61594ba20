"""Every export prints a measure's deadline in the plan's own words, not dates made up from
them: the PDF and Word documents (details and action-plan table) and the Excel sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader
from tests.strategy_sample import build_sample

from jpoa_desktop.handouts.common.page import PageOptions
from jpoa_desktop.handouts.strategy_pdf import build as build_pdf
from jpoa_desktop.io.writing.strategy_docx import write_docx
from jpoa_desktop.io.writing.strategy_xlsx import write_xlsx
from jpoa_desktop.model.strategies import DraftView, ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.texts.fonts import MissingLetters

WORDS = ("IV квартал 2026 г.", "ежегодно")


@pytest.fixture
def draft(loaded_db: Database) -> DraftView:
    service = StrategyService(loaded_db.session_scope)
    draft_id = build_sample(service)
    first, second = service.draft(draft_id, "ru").measures()[:2]
    dated: tuple[date | None, date | None] = (date(2026, 10, 1), date(2026, 12, 31))
    for measure, words, (start, end) in (
        (first, WORDS[0], dated),
        (second, WORDS[1], (None, None)),
    ):
        item = service.item(measure.id)
        service.update_item(measure.id, ItemInput(
            item.texts, item.responsible, item.partners, start, end, item.priority, item.status,
            deadline_text=words,
        ))  # fmt: skip
    return service.draft(draft_id, "ru")


def test_the_pdf_prints_the_deadline_words(draft: DraftView, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    build_pdf(draft, PageOptions(), out, "ru")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert all(words in text for words in WORDS)
    assert "01.10.2026" not in text  # the derived dates are not printed instead of the words


def test_the_word_document_prints_the_deadline_words(draft: DraftView, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    write_docx(draft, out, "ru")
    document = Document(str(out))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert all(words in paragraphs and words in cells for words in WORDS)


def test_the_sheet_has_the_words_beside_the_dates(draft: DraftView, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    write_xlsx(draft, out, "ru")
    sheet = openpyxl.load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    first = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    second = dict(zip(header, [cell.value for cell in sheet[3]], strict=True))
    assert first["Срок исполнения"] == WORDS[0] and second["Срок исполнения"] == WORDS[1]
    assert first["Начало"].date() == date(2026, 10, 1) and second["Начало"] is None


def test_a_letter_the_font_lacks_in_deadline_words_is_named_before_printing(
    loaded_db: Database, tmp_path: Path
) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft = build_sample(service)
    measure = service.draft(draft, "ru").measures()[0]
    item = service.item(measure.id)
    service.update_item(measure.id, ItemInput(item.texts, deadline_text="2026 \u4e2d"))
    with pytest.raises(MissingLetters, match="U\\+4E2D"):
        build_pdf(service.draft(draft, "ru"), PageOptions(), tmp_path / "plan.pdf", "ru")
    assert not (tmp_path / "plan.pdf").exists()
