"""What changed between two versions (or two drafts) as a Word document, an Excel sheet or CSV.

The exporters write a `DiffReport`, the diff already put into words: section titles, field
names and values exactly as the screen shows them. The screen builds it with its translated
`DiffWording`, so the file says what the user saw, in the user's language; the defaults here
are plain English with the stored values, for scripts and tests. Files are written all or
nothing (a temporary name, then a rename).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.io.writing.export import write_csv
from jpoa_desktop.io.writing.safe_cells import xml_text
from jpoa_desktop.io.writing.xlsx import Sheet, Style, write_xlsx_sheets
from jpoa_desktop.model.strategies import DraftDiff, ItemDiff

SECTIONS = ("added", "removed", "moved", "changed")
FIELD_NAMES = {
    "responsible": "Responsible",
    "partners": "Partners",
    "start": "Start",
    "end": "End",
    "deadline": "Deadline",
    "priority": "Priority",
    "status": "Status",
    "indicators": "Indicators",
    "budget": "Budget",
    "mapping": "Pillars and areas",
    "number": "Number",
}
FORMATS = (".docx", ".xlsx", ".csv")
BEFORE_COLOUR = RGBColor(0xB3, 0x26, 0x1E)
AFTER_COLOUR = RGBColor(0x1E, 0x7B, 0x34)
WRAP = Style(wrap=True)
BEFORE_CELL = Style(wrap=True, strike=True, colour="B3261E")  # the colours of the Word file
AFTER_CELL = Style(wrap=True, colour="1E7B34")
TITLE_CELL = Style(bold=True, size=14)
FONT = "Arial"  # as in strategy_docx: on every ministry computer, covers the region's letters


@dataclass(frozen=True)
class FieldRow:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class DiffEntry:
    uuid: str
    kind: str  # as shown ("Measure")
    number: str  # "2.1.3": the new number, or the old one when removed
    text: str
    fields: tuple[FieldRow, ...] = ()


@dataclass(frozen=True)
class DiffSection:
    name: str  # added | removed | moved | changed
    title: str  # as shown ("Added (2)")
    entries: tuple[DiffEntry, ...]


@dataclass(frozen=True)
class DiffHeadings:
    """Column headings and fixed phrases of the files, in the report's language."""

    section: str = "Section"
    number: str = "Number"
    kind: str = "Kind"
    item: str = "Item"
    field: str = "Field"
    before: str = "Before"
    after: str = "After"
    empty: str = "No differences"
    sheet: str = "Differences"


@dataclass(frozen=True)
class DiffReport:
    title: str
    subtitle: str
    sections: tuple[DiffSection, ...]
    headings: DiffHeadings = field(default_factory=DiffHeadings)

    @property
    def empty(self) -> bool:
        return not any(s.entries for s in self.sections)

    def rows(self) -> list[list[str]]:
        """One row per field change (an entry without fields is one row): the XLSX and CSV
        body, and what a test compares with the screen."""
        rows = []
        for section in self.sections:
            for entry in section.entries:
                head = [section.title, entry.number, entry.kind, entry.text]
                for row in entry.fields or (FieldRow("", "", ""),):
                    rows.append([*head, row.label, row.before, row.after])
        return rows

    def header(self) -> list[str]:
        h = self.headings
        return [h.section, h.number, h.kind, h.item, h.field, h.before, h.after]


class DiffWording:
    """How a diff is put into words. The screen overrides each method with translations."""

    def section_title(self, name: str, count: int) -> str:
        return f"{name.capitalize()} ({count})"

    def kind(self, kind: str) -> str:
        return kind.capitalize()

    def field(self, name: str) -> str:
        if name.startswith("text[") and name.endswith("]"):
            return f"Text ({name[5:-1]})"
        return FIELD_NAMES.get(name, name)

    def value(self, name: str, value: str) -> str:
        del name
        return value

    def text(self, item: ItemDiff) -> str:
        return item.text


def report_of(
    diff: DraftDiff,
    title: str,
    subtitle: str,
    wording: DiffWording | None = None,
    headings: DiffHeadings | None = None,
) -> DiffReport:
    """The diff in words: moved entries carry their old and new number as a field row."""
    words = wording or DiffWording()

    def entry(item: ItemDiff, name: str) -> DiffEntry:
        fields: tuple[FieldRow, ...]
        if name == "moved":
            fields = (FieldRow(words.field("number"), item.number_before, item.number_after),)
        else:
            fields = tuple(
                FieldRow(
                    words.field(f.field),
                    words.value(f.field, f.before),
                    words.value(f.field, f.after),
                )
                for f in item.fields
            )
        number = item.number_after or item.number_before
        return DiffEntry(item.uuid, words.kind(item.kind), number, words.text(item), fields)

    sections = []
    for name in SECTIONS:
        items: tuple[ItemDiff, ...] = getattr(diff, name)
        entries = tuple(entry(item, name) for item in items)
        sections.append(DiffSection(name, words.section_title(name, len(entries)), entries))
    return DiffReport(title, subtitle, tuple(sections), headings or DiffHeadings())


def write_diff(report: DiffReport, out: Path) -> None:
    """Write by the file's suffix: .docx, .xlsx or .csv."""
    writers = {".docx": write_diff_docx, ".xlsx": write_diff_xlsx, ".csv": write_diff_csv}
    writer = writers.get(out.suffix.lower())
    if writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{file}” is not a .docx, .xlsx or .csv file."),
            file=out.name,
        )
    writer(report, out)


def _reported(out: Path, write: Callable[[], None]) -> None:
    """Run `write` (which writes `out` all or nothing), with a folder the user may not write
    to reported, not raised."""
    try:
        write()
    except OSError as exc:  # creating the temporary file failed: a read-only folder
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} could not be written: {reason}"),
            file=out.name,
            reason=exc.strerror or exc,
        ) from exc


def write_diff_docx(report: DiffReport, out: Path) -> None:
    """A heading per section, a bold line per item, its fields in a Field/Before/After table
    (before struck through in red, after in green), on landscape A4 for the long values."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    for name in ("Normal", "Title", "Heading 1", "Table Grid"):
        _arial(document.styles[name])
    document.styles["Normal"].font.size = Pt(10)
    document.add_paragraph(xml_text(report.title), style="Title")
    if report.subtitle:
        document.add_paragraph(xml_text(report.subtitle))
    if report.empty:
        document.add_paragraph(report.headings.empty)
    for part in report.sections:
        if part.entries:
            document.add_heading(xml_text(part.title), level=1)
        for entry in part.entries:
            line = document.add_paragraph()
            line.paragraph_format.space_before = Pt(6)
            line.add_run(xml_text(f"{entry.number} ")).bold = True
            line.add_run(xml_text(entry.text)).bold = True
            line.add_run(f"  ({entry.kind})").italic = True
            if entry.fields:
                _fields_table(document, report.headings, entry.fields)
    _reported(out, lambda: replace_atomically(out, lambda path: document.save(str(path))))


def _arial(style: BaseStyle) -> None:
    """Arial for every script, the theme fonts (which would win over the name) dropped."""
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for name in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(name), FONT)


def _fields_table(
    document: DocumentObject, headings: DiffHeadings, fields: tuple[FieldRow, ...]
) -> None:
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(
        table.rows[0].cells, (headings.field, headings.before, headings.after), strict=True
    ):
        cell.paragraphs[0].add_run(text).bold = True
    for row in fields:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(xml_text(row.label))
        before = cells[1].paragraphs[0].add_run(xml_text(row.before))
        before.font.strike = True
        before.font.color.rgb = BEFORE_COLOUR
        cells[2].paragraphs[0].add_run(xml_text(row.after)).font.color.rgb = AFTER_COLOUR
    for column, width in zip(table.columns, (Mm(45), Mm(111), Mm(111)), strict=True):
        for cell in column.cells:
            cell.width = width


def write_diff_xlsx(report: DiffReport, out: Path) -> None:
    """One row per field change, filterable by section; the title above the table."""
    sheet = Sheet(
        report.headings.sheet,
        report.header(),
        report.rows() or [[report.headings.empty]],
        widths=(16, 10, 12, 50, 20, 40, 40),
        header_style=Style(bold=True),
        column_styles=[WRAP] * 5 + [BEFORE_CELL, AFTER_CELL],
        above=((report.title, TITLE_CELL), (report.subtitle, None), (None, None)),
        autofilter=True,
        fallback_title="Diff",
    )
    _reported(out, lambda: write_xlsx_sheets(out, [sheet]))


def write_diff_csv(report: DiffReport, out: Path) -> None:
    """The rows of the XLSX, UTF-8 with a byte-order mark so Excel reads Cyrillic right."""
    _reported(out, lambda: write_csv(out, [(report.header(), report.rows())]))
