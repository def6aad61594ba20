"""The programme's charts: drawn for real figures and for none, in English and Russian, with the
bundled fonts, inside their own size, and read back from the PDF they make."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.graphics.shapes import Drawing

from jpoa_desktop.handouts.charts import (
    ChartWords,
    charts_pdf,
    gain_chart,
    key_figure_tiles,
    key_figures,
    programme_charts,
)
from jpoa_desktop.model.evaluation import (
    MeanInterval,
    ProgrammeFigures,
    ReportFilter,
    SexCounts,
    WorkshopLine,
)

RUSSIAN = ChartWords(
    language="ru",
    no_data="Нет данных для этого выбора.",
    women="Женщины",
    men="Мужчины",
    not_stated="Не указано",
    participants="Участники",
    by_sex="Участники по полу",
    by_country="Участники по странам и полу",
    by_organisation="Участники по видам организаций и полу",
    countries={"KZ": "Казахстан", "KG": "Кыргызстан", "TJ": "Таджикистан"},
    organisation_kinds={"ministry": "Министерство", "law_enforcement": "Правоохранительные органы",
                        "international_organisation": "Международная организация"},
)  # fmt: skip


def empty_figures() -> ProgrammeFigures:
    nobody = SexCounts("", 0, 0, 0)
    return ProgrammeFigures(ReportFilter(), 0, nobody, nobody, (), (), None, None, None,
                            (0, 0, 0, 0, 0), ())  # fmt: skip


def programme(workshops: int = 60) -> ProgrammeFigures:
    lines = tuple(
        WorkshopLine(i, f"W{i}", date(2025, 1 + i % 12, 1 + i % 27), date(2025, 1 + i % 12, 28),
                     "KZ", SexCounts("", 10, 12, 1), 0.8, -0.2 if i == 5 else 0.1 + (i % 9) / 12,
                     4.2)
        for i in range(workshops)
    )  # fmt: skip
    return ProgrammeFigures(
        ReportFilter(), workshops, SexCounts("", 412, 530, 18), SexCounts("", 300, 401, 10),
        (SexCounts("KZ", 120, 150, 5), SexCounts("KG", 80, 90, 3), SexCounts("TJ", 212, 290, 10)),
        (SexCounts("ministry", 150, 200, 5), SexCounts("law_enforcement", 60, 180, 3),
         SexCounts("international_organisation", 202, 150, 10)),
        0.834, MeanInterval(0.41, 0.37, 0.45, 800), 4.31, (3, 10, 40, 220, 380), lines,
    )  # fmt: skip


def pdf_text(drawings: tuple[Drawing, ...]) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(charts_pdf(drawings)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return text, reader


def fonts_of(reader: PdfReader) -> set[str]:
    """The base names of every font the pages use, each checked to be embedded."""
    names = set()
    for page in reader.pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        fonts = cast(DictionaryObject, resources.get("/Font", DictionaryObject()).get_object())
        for reference in fonts.values():
            font = cast(DictionaryObject, reference.get_object())
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_every_chart_draws_a_no_data_card_when_nothing_was_found() -> None:
    drawings = programme_charts(empty_figures(), ChartWords())
    text, reader = pdf_text(drawings)
    assert len(reader.pages) == len(drawings) == 5
    assert text.count("Nothing to show for this selection.") == 3
    assert "No pre-test and post-test answers for this selection yet." in text
    assert "No evaluation answers for this selection yet." in text
    assert "Participants by country and sex" in text
    tiles_text, _ = pdf_text((key_figure_tiles(empty_figures(), ChartWords()),))
    assert "Share of women —" in tiles_text and "Workshops 0" in tiles_text


def test_charts_print_their_words_counts_and_shares_in_russian() -> None:
    text, reader = pdf_text(programme_charts(programme(), RUSSIAN))
    for piece in ("Участники по полу", "Женщины", "Казахстан", "Таджикистан", "Министерство",
                  "Правоохранительные органы", "960", "43 %", "58 %", "0,25"):  # fmt: skip
        assert piece in text, piece
    assert "Nothing to show" not in text
    fonts = fonts_of(reader)
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}  # no Helvetica anywhere


@pytest.mark.parametrize("words", [ChartWords(), RUSSIAN], ids=["en", "ru"])
@pytest.mark.parametrize("width", [300.0, 480.0])
def test_every_chart_stays_inside_its_size(words: ChartWords, width: float) -> None:
    figures = programme(400)
    for drawing in (
        key_figure_tiles(figures, words, width),
        *programme_charts(figures, words, width),
    ):
        left, bottom, right, top = drawing.getBounds()
        assert left >= -1 and bottom >= -1, drawing.contents[0]
        assert right <= drawing.width + 1 and top <= drawing.height + 1


def test_key_figures_are_written_as_the_language_writes_numbers() -> None:
    tiles = {tile.key: tile for tile in key_figures(programme(), RUSSIAN)}
    assert tiles["participants"].value == "960"
    assert tiles["women"].value == "44\u00a0%"  # 412 of the 942 whose sex is stated
    assert tiles["women"].fraction == pytest.approx(412 / 942)
    assert tiles["attendance"].value == "83\u00a0%"
    assert tiles["gain"].value == "0,41" and "0,37" in tiles["gain"].detail
    assert tiles["satisfaction"].value == "4,3"
    english = {tile.key: tile for tile in key_figures(programme(), ChartWords())}
    assert english["gain"].value == "0.41" and english["women"].value == "44%"


def test_a_few_workshops_show_their_mean_scores_before_and_after() -> None:
    lines = tuple(
        replace(line, mean_pre=0.35 + 0.1 * i, mean_post=0.7, title=f"Семинар {i}")
        for i, line in enumerate(programme(2).per_workshop)
    )
    figures = replace(programme(2), per_workshop=lines)
    text, _reader = pdf_text((gain_chart(figures, replace(RUSSIAN, pre_test="Входной тест")),))
    assert "Mean test scores before and after" in text and "Входной тест" in text
    for piece in ("35 %", "45 %", "70 %", "Семинар 0", "Семинар 1", "g = 0,10"):
        assert piece in text, piece
    many, _reader = pdf_text((gain_chart(programme(60), ChartWords()),))
    assert "Learning gain per workshop" in many and "Pre-test" not in many
