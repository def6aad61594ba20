"""A strategy draft as a Word document the ministry keeps editing.

Everything is built on Word's own styles (Title, Heading 1, Heading 2, a "Measure" paragraph
style, "Table Grid"), so changing the look of all measures is one style change in Word, and
the navigation pane shows goals and objectives. The action plan is a landscape section with a
header row that Word repeats on every page.

The font is Arial, set on the styles for Latin, Cyrillic and complex scripts alike: every
Windows and macOS Word has it, its current versions cover the Kazakh, Kyrgyz and Tajik letters
(ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ) as well as Uzbek ʻ and Turkmen ň ž ý, and LibreOffice replaces it
with the metric-compatible Liberation Sans, so the layout holds. DejaVu Sans (the PDFs' font)
covers the same letters but is missing on most ministry computers, where Word would silently
substitute a font of its own choosing.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.styles.style import BaseStyle
from docx.table import Table
from docx.text.paragraph import Paragraph
from reportlab.lib.styles import ParagraphStyle

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.strategies import DraftView, MeasureView
from jpoa_desktop.texts.column_widths import plan_column_widths
from jpoa_desktop.texts.fonts import BOLD, register_fonts
from jpoa_desktop.texts.labels import Labels, in_all
from jpoa_desktop.texts.strategy_text import (
    PLAN_COLUMNS,
    detail_lines,
    draft_facts,
    other_texts,
    period_text,
    plan_cells,
    stop_if_cancelled,
    text_in,
)

FONT = "Arial"
TABLE_SIZE = 9  # pt: nine columns across a landscape page
MEASURE_STYLE = "Measure"
DETAILS_STYLE = "Measure Details"
SECOND_STYLE = "Second Language"
# Word's language tags, so spelling is checked in the document's language.
WORD_LANGUAGES = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ", "ky": "ky-KG", "tg": "tg-Cyrl-TJ",
                  "uz": "uz-Latn-UZ", "tk": "tk-TM"}  # fmt: skip


def write_docx(
    draft: DraftView,
    out: Path,
    language: str,
    second: str | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> None:
    """Write the draft to `out` (.docx) all or nothing; a cancel leaves no file."""
    labels = [Labels(language)] + ([Labels(second)] if second and second != language else [])
    document = Document()
    first = document.sections[0]  # python-docx's template is US Letter; the region uses A4
    first.page_width, first.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(first, side, Mm(20))
    _set_styles(document, language)
    # The import reads these back: a plan exported and imported again keeps title and period.
    document.core_properties.title = text_in(draft.summary.titles, language)
    document.core_properties.subject = period_text(draft)
    _title_page(document, draft, labels)
    measures = draft.measures()
    total = len(measures) * 2
    done = 0
    for goal in draft.goals:
        _heading(document, f"{goal.number}. ", goal.texts, labels, 1)
        for objective in goal.objectives:
            _heading(document, f"{objective.number} ", objective.texts, labels, 2)
            for measure in objective.measures:
                stop_if_cancelled(cancelled)
                progress(done, total)
                _measure(document, measure, labels)
                done += 1
    _plan_section(document, measures, labels, progress, cancelled, done, total)
    progress(total, total)
    replace_atomically(out, lambda path: document.save(str(path)))


def _fonts(style: BaseStyle, language: str | None = None) -> None:
    """Arial for every script Word distinguishes (Latin, Cyrillic is "hAnsi", complex, East
    Asian), and the theme fonts switched off, which would otherwise win over the name."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for name in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(name), FONT)
    if language:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        tag = WORD_LANGUAGES.get(language, language)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), tag)


def _set_styles(document: DocumentObject, language: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _fonts(normal, language)
    normal.font.size = Pt(10.5)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Table Grid"):
        _fonts(styles[name])
    measure = styles.add_style(MEASURE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    measure.base_style = normal
    measure.font.bold = True
    measure.paragraph_format.space_before = Pt(8)
    measure.paragraph_format.space_after = Pt(2)
    measure.paragraph_format.keep_with_next = True
    details = styles.add_style(DETAILS_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    details.base_style = normal
    details.font.size = Pt(9.5)
    details.paragraph_format.left_indent = Mm(8)
    details.paragraph_format.space_after = Pt(0)
    second = styles.add_style(SECOND_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    second.base_style = normal
    second.font.italic = True
    second.paragraph_format.space_after = Pt(4)


def _title_page(document: DocumentObject, draft: DraftView, labels: list[Labels]) -> None:
    first = labels[0]
    summary = draft.summary
    document.add_paragraph(text_in(summary.titles, first.language), style="Title")
    for label in labels[1:]:
        other = text_in(summary.titles, label.language)
        if other != text_in(summary.titles, first.language):
            document.add_paragraph(other, style="Subtitle")
    document.add_paragraph(in_all(labels, f"strategy_kind_{summary.kind}"), style="Subtitle")
    for name, value in draft_facts(draft, labels):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(value)


def _heading(
    document: DocumentObject, number: str, texts: dict[str, str], labels: list[Labels], level: int
) -> None:
    text = text_in(texts, labels[0].language)
    document.add_heading(f"{number}{text}", level=level)
    _second(document, texts, labels, text)


def _second(
    document: DocumentObject, texts: dict[str, str], labels: list[Labels], shown: str
) -> None:
    for other in other_texts(texts, labels, shown):
        document.add_paragraph(other, style=SECOND_STYLE)


def _measure(document: DocumentObject, measure: MeasureView, labels: list[Labels]) -> None:
    first = labels[0]
    text = text_in(measure.texts, first.language)
    document.add_paragraph(f"{measure.number} {text}", style=MEASURE_STYLE)
    _second(document, measure.texts, labels, text)
    for name, value in detail_lines(measure, first):
        paragraph = document.add_paragraph(style=DETAILS_STYLE)
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(value)


def _plan_section(
    document: DocumentObject,
    measures: list[MeasureView],
    labels: list[Labels],
    progress: Progress,
    cancelled: CancelCheck,
    done: int,
    total: int,
) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    portrait = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = portrait.page_height, portrait.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    document.add_heading(in_all(labels, "strategy_kind_action_plan"), level=1)
    table = document.add_table(rows=1, cols=len(PLAN_COLUMNS))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    headers = [in_all(labels, key) for key, _weight in PLAN_COLUMNS]
    rows = []
    for measure in measures:
        stop_if_cancelled(cancelled)
        progress(done, total)
        rows.append(plan_cells(measure, labels[0]))
        done += 1
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(header)
        run.bold, run.font.size = True, Pt(TABLE_SIZE)
    _repeat_header(table)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            _fill(cell.paragraphs[0], value)
    # Measured with the PDF's DejaVu Bold, a little wider than Arial: a word that fits there
    # fits in Word too.
    register_fonts()
    width = Length((section.page_width or 0) - Mm(30)).pt
    measure_in = ParagraphStyle("plan-widths", fontName=BOLD, fontSize=TABLE_SIZE)
    widths = [Pt(w) for w in plan_column_widths(headers, rows, width, measure_in)]
    for table_row in table.rows:
        for cell, cell_width in zip(table_row.cells, widths, strict=True):
            cell.width = cell_width
    for column, cell_width in zip(table.columns, widths, strict=True):
        column.width = cell_width


def _fill(paragraph: Paragraph, value: str) -> None:
    """Each line of a cell value on its own line (a soft break), so Word keeps one cell."""
    lines = value.split("\n")
    run = paragraph.add_run(lines[0])
    run.font.size = Pt(TABLE_SIZE)
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)


def _repeat_header(table: Table) -> None:
    """Mark the first row as a header row: Word repeats it at the top of every page."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
