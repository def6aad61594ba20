"""Sign-in sheets: one per day, a numbered row per registered person with room to sign.

The workshop, the day and the column headings repeat at the top of every page, so a page that
comes loose from the pile still says what it is. Blank numbered rows at the end take walk-ins.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from jpoa_desktop.handouts.common.bidi_lines import markup
from jpoa_desktop.handouts.common.images import BrandImage, ImagePainter, logo_story
from jpoa_desktop.handouts.common.page import (
    GREY,
    RULE,
    PageOptions,
    name_cell,
    para,
    styles,
    table_style,
    write_story,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, capped, printable, printed_name
from jpoa_desktop.handouts.participant_list import heading_texts
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.fonts import BOLD, REGULAR
from jpoa_desktop.texts.formatting import long_date
from jpoa_desktop.texts.labels import Labels, in_all

ROW_HEIGHT = 10 * mm  # a blank row: room to write a name and sign
CELL_PADDING = 12.0  # a cell's left and right padding, in points
NAME_LINES, LATIN_LINES, ORGANISATION_LINES = 6, 2, 6  # at most; the rest is cut with "…"


@dataclass(frozen=True)
class SignInPerson:
    name: str  # as written, in the person's own script
    latin: str  # the Latin spelling, printed under the name when it differs
    organisation: str


@dataclass(frozen=True)
class SignInData:
    languages: tuple[str, ...]
    titles: tuple[str, ...]
    place: str
    days: tuple[tuple[int, date], ...]  # (day number, date) for each sheet
    people: tuple[SignInPerson, ...]
    blank_rows: int = 10
    logos: tuple[BrandImage, ...] = ()  # the organisers', on the first page of each day

    def texts(self) -> Iterator[str]:
        yield from self.titles
        yield self.place
        for person in self.people:
            yield from (person.name, person.latin, person.organisation)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _printable(
    data: SignInData, look: dict[str, ParagraphStyle], width: float, notices: PrintNotices
) -> SignInData:
    """The sheet's texts as the fonts can print them, each cut to a few lines (noted)."""
    titles, place = heading_texts(data.titles, data.place, look, width, notices)
    name_width, organisation_width = _widths(width)[1:3]
    latin_style = ParagraphStyle("latin", fontName=BOLD, fontSize=7.5, leading=9)
    people = []
    for person in data.people:
        name = printed_name((person.name,), (person.latin,), notices)
        organisation = printable(person.organisation, notices, person.name, "organisation")
        people.append(SignInPerson(
            capped(name.parts[0], look["cell_bold"], name_width - CELL_PADDING, NAME_LINES,
                   notices, person.name, "name"),
            capped(name.latin, latin_style, name_width - CELL_PADDING, LATIN_LINES, notices,
                   person.name, "latin"),
            capped(organisation, look["cell"], organisation_width - CELL_PADDING,
                   ORGANISATION_LINES, notices, person.name, "organisation"),
        ))  # fmt: skip
    return replace(data, titles=tuple(titles), place=place, people=tuple(people))


def _widths(width: float) -> tuple[float, float, float, float]:
    """Number, name, organisation and signature columns."""
    number_width, signature_width = 10 * mm, 38 * mm
    name_width = (width - number_width - signature_width) * 0.5
    return number_width, name_width, width - number_width - name_width - signature_width, \
        signature_width  # fmt: skip


def build(
    data: SignInData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write one sheet per day into `out`; return the labels that fell back to English.
    What had to be changed to print (a Latin spelling, a letter left out, a text cut) goes
    to `notices`."""
    notices = PrintNotices() if notices is None else notices
    labels = [Labels(language) for language in data.languages]
    look = styles(options.accent)
    width = options.size()[0] - 2 * options.margin_mm * mm
    data = _printable(data, look, width, notices)
    painter = ImagePainter()
    accent = f"#{options.accent.hexval()[2:]}"
    story: list[Flowable] = []
    for done, (number, day) in enumerate(data.days):
        progress(done, len(data.days))
        if story:
            story.append(PageBreak())
        story += logo_story(data.logos, painter)  # each day's pile is a handout of its own
        story.append(_sheet(data, number, day, labels, look, width, accent))
    progress(len(data.days), len(data.days))
    first = labels[0]
    return write_story(
        out, story, options, f"{first('sign_in_sheet')} — {data.titles[0][:200]}", labels
    )


def _sheet(
    data: SignInData,
    number: int,
    day: date,
    labels: list[Labels],
    look: dict[str, ParagraphStyle],
    width: float,
    accent: str,
) -> Table:
    when = " / ".join(
        dict.fromkeys(
            " — ".join(p for p in (label("day", number=number), long_date(day, label.language)))
            for label in labels
        )
    )
    inner = width - CELL_PADDING  # the heading spans the columns
    title = (
        f"<font size=8 color='#5f6b76'>{escape(in_all(labels, 'sign_in_sheet'))}</font><br/>"
        f"<b><font color='{accent}'>{markup(data.titles[0], BOLD, 9.5, inner)}</font></b><br/>"
        f"{markup(' · '.join(p for p in (data.place, when) if p), REGULAR, 9.5, inner)}"
    )
    number_width, name_width, organisation_width, signature_width = _widths(width)
    rows: list[list[Any]] = [
        [Paragraph(title, look["body"]), "", "", ""],
        [
            _p(in_all(labels, "number"), look["header"]),
            _p(in_all(labels, "full_name"), look["header"]),
            _p(in_all(labels, "organisation"), look["header"]),
            _p(in_all(labels, "signature"), look["header"]),
        ],
    ]
    for row, person in enumerate(data.people, start=1):
        name = name_cell(person.name, person.latin, name_width - CELL_PADDING)
        rows.append(
            [
                _p(str(row), look["cell"]),
                Paragraph(name, look["cell_bold"]),
                para(person.organisation, look["cell"], organisation_width - CELL_PADDING),
                "",
            ]
        )
    for row in range(len(data.people) + 1, len(data.people) + 1 + data.blank_rows):
        rows.append([_p(str(row), look["cell"]), "", "", ""])
    table = Table(
        rows,
        colWidths=[number_width, name_width, organisation_width, signature_width],
        # People's rows grow with a long name or ministry (never clipped); blank rows get room
        # for a hand-written name.
        rowHeights=[None, None, *([None] * len(data.people)), *([ROW_HEIGHT] * data.blank_rows)],
        repeatRows=2,
    )  # fmt: skip
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 1), (-1, 1), 0.8, GREY),
                ("GRID", (0, 2), (-1, -1), 0.4, RULE),
                ("LINEBEFORE", (0, 1), (-1, 1), 0.4, RULE),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 3),
                ("TOPPADDING", (0, 2), (-1, -1), 7),  # a one-line row is about 10 mm: room to sign
                ("BOTTOMPADDING", (0, 2), (-1, -1), 7),
            ]
        )
    )
    return table
