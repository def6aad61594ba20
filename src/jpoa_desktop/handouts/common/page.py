"""Paper, margins, the shared paragraph styles, and writing a story to a PDF file.

Every page gets a footer with "page X of Y" in the handout's language: ReportLab only knows the
page count at the end, so the canvas keeps each page's state and draws the footers last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.handouts.common.bidi_lines import display, markup
from jpoa_desktop.model.progress import CancelCheck
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts
from jpoa_desktop.texts.labels import Labels, missing_in

PAPERS = {"a4": A4, "letter": letter}
GREY = HexColor("#5f6b76")
RULE = HexColor("#c9d1d9")
SHADE = HexColor("#eef2f5")
ACCENT = HexColor("#1f5f99")


@dataclass(frozen=True)
class PageOptions:
    paper: str = "a4"
    landscape: bool = False
    margin_mm: float = 15.0
    accent: Color = ACCENT

    def size(self) -> tuple[float, float]:
        size = PAPERS[self.paper]
        return landscape(size) if self.landscape else size


def styles(accent: Color = ACCENT) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=21, textColor=accent
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=15, textColor=GREY
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=8,
            spaceAfter=4, textColor=accent, keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=9, leading=11
        ),
        "header": ParagraphStyle(
            "header", parent=base, fontName=BOLD, fontSize=8.5, leading=10, textColor=GREY
        ),
    }  # fmt: skip


def stop_if_cancelled(cancelled: CancelCheck) -> None:
    """Between pages of a long handout: give up when asked, before anything is renamed into
    place (the file is written under a temporary name, see `replace_atomically`)."""
    if cancelled():
        raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Printing was cancelled; no file was written."))


def latin_line(name: str, latin: str) -> str:
    """The Latin spelling to print under a name written in Cyrillic, Arabic or Hebrew letters;
    nothing for a name that is already in Latin letters (an Uzbek or Turkmen name needs no
    second spelling)."""
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in name)
    right_to_left = any("\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufefc" for c in name)
    return latin if (cyrillic or right_to_left) and latin and latin != name else ""


def name_cell(name: str, latin: str, width: float = 0.0) -> str:
    """Paragraph markup: the name (bold, 9 pt, in a cell `width` wide), and its Latin spelling
    small and grey under it."""
    second = latin_line(name, latin)
    text = markup(name, BOLD, 9, width) if width else escape(display(name))
    if second:
        text += f"<br/><font size=7.5 color='#5f6b76'>{escape(display(second))}</font>"
    return text


def para(text: str, style: ParagraphStyle, width: float = 0.0) -> Paragraph:
    """A paragraph of plain `text` in a box `width` wide: right-to-left lines are broken here
    and each put in visual order (without a width, the text is taken as one line)."""
    if width:
        return Paragraph(markup(text, style.fontName, style.fontSize, width), style)
    return Paragraph(escape(display(text)), style)


def table_style(commands: Sequence[Any]) -> TableStyle:
    """A table style that names the bundled font: a Table sets its cells' font even when
    they hold Paragraphs, and its default is an unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def ruled_list_style() -> TableStyle:
    """A list's table (participants, an action plan): cells at the top, the header ruled in
    grey, each row under a hairline."""
    return table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def numbered_canvas(footer: Callable[[int, int], str], margin: float) -> type[Canvas]:
    """A canvas that writes `footer(page, pages)` at the bottom right of every page, `margin`
    points from the edge of that page (portrait or landscape): the pages are kept until the
    end, when their count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # the reset showPage does, unstubbed

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]  # type: ignore[attr-defined]  # this page's size
                self.setFont(REGULAR, 7.5)
                self.setFillColor(GREY)
                self.drawRightString(width - margin, 8 * mm, footer(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def document_info(title: str) -> dict[str, Any]:
    """What every PDF we write says about itself, and the bundled font to start with (else
    every page names Helvetica, unembedded)."""
    return {"title": title, "author": "JPoA Desktop", "initialFontName": REGULAR}


def write_pdf(
    target: Path,
    story: Sequence[Flowable],
    options: PageOptions,
    title: str,
    footer: Callable[[int, int], str],
) -> None:
    """Lay out `story` and write it to `target` all or nothing, with the fonts embedded."""
    register_fonts()
    margin = options.margin_mm * mm

    def build(path: Path) -> None:
        document = SimpleDocTemplate(
            str(path),
            pagesize=options.size(),
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin + 4 * mm,
            **document_info(title),
        )
        document.build(list(story), canvasmaker=numbered_canvas(footer, margin))

    replace_atomically(target, build)


def write_story(
    target: Path, story: Sequence[Flowable], options: PageOptions, title: str, labels: list[Labels]
) -> list[str]:
    """`write_pdf` with "page X of Y" in the first language; return the labels that fell back
    to English."""
    first = labels[0]
    write_pdf(target, story, options, title,
              footer=lambda page, pages: first("page_of", page=page, pages=pages))  # fmt: skip
    return missing_in(labels)
