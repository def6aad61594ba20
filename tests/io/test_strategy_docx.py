"""A strategy draft as a Word document: read back with python-docx as the ministry's Word
would show it — headings, numbered measures, the landscape action-plan table."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm
from tests.strategy_sample import KAZAKH, TAJIK, TURKMEN, UZBEK, build_sample

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.io.writing.strategy_docx import MEASURE_STYLE, write_docx
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService


@pytest.fixture
def service(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def test_the_document_has_headings_numbered_measures_and_the_plan_table(
    service: StrategyService, tmp_path: Path
) -> None:
    draft = service.draft(build_sample(service), "ru")
    out = tmp_path / "plan.docx"
    write_docx(draft, out, "ru")
    document = Document(str(out))
    paragraphs = document.paragraphs
    by_style = lambda name: [p.text for p in paragraphs if p.style and p.style.name == name]  # noqa: E731
    assert by_style("Title") == ["План действий по противодействию экстремизму"]
    assert by_style("Heading 1")[:2] == ["1. Профилактика", "2. Защита"]
    assert by_style("Heading 1")[2] == "План действий"
    assert by_style("Heading 2") == ["1.1 Молодёжь", "1.2 Школы", "2.1 Суды"]
    measures = by_style(MEASURE_STYLE)
    assert measures == [f"1.1.1 {KAZAKH}", "1.2.1 Обучение учителей", "1.2.2 Мониторинг",
                        "2.1.1 Отчёт"]  # fmt: skip
    text = "\n".join(p.text for p in paragraphs)
    assert "Ответственные: Министерство информации; " + TAJIK in text
    assert "Приоритет: Высокий" in text and "Страна: Казахстан" in text

    (table,) = document.tables
    assert len(table.rows) == 1 + 4
    header = [c.text for c in table.rows[0].cells]
    assert header[:3] == ["№", "Мероприятие", "Ответственные"]
    first = [c.text for c in table.rows[1].cells]
    assert first[0] == "1.1.1" and first[1] == KAZAKH
    assert first[2] == f"Министерство информации\n{TAJIK}"
    assert first[4] == "01.01.2025\u00a0– 31.12.2026"
    assert first[5] == "Охват молодёжи: 0 → 5000 человек"
    assert first[6] == "12\u00a0500,50 KZT, республиканский бюджет"  # never wrapped inside
    assert first[7] == "I, I.2" and first[8] == "Запланировано"
    second = [c.text for c in table.rows[2].cells]
    assert second[2] == UZBEK and second[5].startswith(TURKMEN)
    properties = table.rows[0]._tr.trPr
    assert properties is not None and properties.find(qn("w:tblHeader")) is not None


def test_the_plan_is_a_landscape_section_after_a_portrait_one(
    service: StrategyService, tmp_path: Path
) -> None:
    out = tmp_path / "plan.docx"
    write_docx(service.draft(build_sample(service), "en"), out, "en", second="ru")
    sections = Document(str(out)).sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    assert (sections[1].page_width or 0) > (sections[1].page_height or 0)
    assert abs((sections[1].page_width or 0) - Mm(297)) < Mm(1)  # A4, not python-docx's Letter
    document = Document(str(out))
    second = [p.text for p in document.paragraphs if p.style and p.style.name == "Second Language"]
    assert "Профилактика" in second and KAZAKH in second
    header = [c.text for c in document.tables[0].rows[0].cells]
    assert header[1] == "Measure / Мероприятие"


def test_styles_name_a_font_word_has_for_every_script(
    service: StrategyService, tmp_path: Path
) -> None:
    out = tmp_path / "plan.docx"
    write_docx(service.draft(build_sample(service), "kk"), out, "kk")
    normal = Document(str(out)).styles["Normal"].element.rPr
    fonts = normal.find(qn("w:rFonts"))
    assert {fonts.get(qn(n)) for n in ("w:ascii", "w:hAnsi", "w:cs")} == {"Arial"}
    assert normal.find(qn("w:lang")).get(qn("w:val")) == "kk-KZ"


def test_a_cancelled_export_leaves_no_file(service: StrategyService, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        write_docx(service.draft(build_sample(service), "ru"), folder / "plan.docx", "ru",
                   cancelled=lambda: True)  # fmt: skip
    assert list(folder.iterdir()) == []
