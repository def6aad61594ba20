"""The list of participants: a numbered table, sorted and with the columns the trainer chose.

With many columns (e-mail and phone as well as organisation and position) the page turns to
landscape rather than squeezing every column into a sliver.
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
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from jpoa_desktop.handouts.common.images import BrandImage, ImagePainter, logo_story
from jpoa_desktop.handouts.common.page import (
    PageOptions,
    name_cell,
    para,
    ruled_list_style,
    styles,
    write_story,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, capped, printable, printed_name
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.column_widths import CELL_PADDING, column_widths
from jpoa_desktop.texts.fonts import BOLD
from jpoa_desktop.texts.formatting import date_span
from jpoa_desktop.texts.labels import Labels, catalogue, in_all

COLUMNS = ("organisation", "position", "country", "role", "email", "phone")
DEFAULT_COLUMNS = ("organisation", "position", "country")
SORTS = ("name", "country", "organisation")
NAME_LINES, LATIN_LINES, CELL_LINES = 6, 2, 8  # at most, in a cell; the rest is cut with "…"
TITLE_LINES = 3  # the workshop's title, its other languages, and the place line
# Relative widths; the name column takes what the others leave.
WEIGHTS = {"organisation": 3.0, "position": 2.2, "country": 1.2, "role": 1.2, "email": 2.2,
           "phone": 1.6}  # fmt: skip


@dataclass(frozen=True)
class ListedPerson:
    name: str
    latin: str
    sort_key: str
    organisation: str = ""
    position: str = ""
    country: str = ""  # ISO code; printed as the country's name where the catalogue has it
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ParticipantListData:
    languages: tuple[str, ...]
    titles: tuple[str, ...]
    start: date
    end: date
    place: str
    people: tuple[ListedPerson, ...]
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    sort: str = "name"
    logos: tuple[BrandImage, ...] = ()  # the organisers', above the title

    def texts(self) -> Iterator[str]:
        yield from self.titles
        yield self.place
        for person in self.people:
            yield from (person.name, person.latin, person.organisation, person.position)
            yield from (person.email, person.phone)


def sorted_people(people: tuple[ListedPerson, ...], sort: str) -> list[ListedPerson]:
    """By name (the directory's order), or grouped by country or organisation, then name."""
    if sort == "country":
        return sorted(people, key=lambda p: (p.country or "~", p.sort_key))
    if sort == "organisation":
        return sorted(people, key=lambda p: (p.organisation.casefold() or "~", p.sort_key))
    return sorted(people, key=lambda p: p.sort_key)


def heading_texts(
    titles: tuple[str, ...],
    place: str,
    look: dict[str, ParagraphStyle],
    width: float,
    notices: PrintNotices,
) -> tuple[list[str], str]:
    """The workshop's titles and place, printable and cut to a few lines each (noted)."""
    shown = []
    for n, title in enumerate(titles):
        text = printable(title, notices, "", "title")
        shown.append(capped(text, look["title" if n == 0 else "subtitle"], width, TITLE_LINES,
                            notices, "", "title"))  # fmt: skip
    text = printable(place, notices, "", "place")
    return shown, capped(text, look["body"], width, TITLE_LINES, notices, "", "place")


def printable_people(
    people: tuple[ListedPerson, ...], notices: PrintNotices
) -> tuple[ListedPerson, ...]:
    """Each person as the fonts can print them: the Latin spelling for a name they cannot,
    no control characters, Arabic and Hebrew in reading order (each change noted)."""
    shown = []
    for person in people:
        name = printed_name((person.name,), (person.latin,), notices)
        texts = {c: printable(getattr(person, c), notices, person.name, c)
                 for c in ("organisation", "position", "email", "phone")}  # fmt: skip
        shown.append(replace(person, name=name.parts[0], latin=name.latin, **texts))
    return tuple(shown)


def build(
    data: ParticipantListData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the list to `out`; return the labels that fell back to English. What had to be
    changed to print (a Latin spelling, a letter left out, a text cut) goes to `notices`."""
    notices = PrintNotices() if notices is None else notices
    if len(data.columns) > 4 and not options.landscape:
        options = replace(options, landscape=True)
    labels = [Labels(language) for language in data.languages]
    first = labels[0]
    look = styles(options.accent)
    width = options.size()[0] - 2 * options.margin_mm * mm
    titles, place = heading_texts(data.titles, data.place, look, width, notices)
    data = replace(data, people=printable_people(data.people, notices))
    story: list[Flowable] = [
        *logo_story(data.logos, ImagePainter()),
        Paragraph(escape(in_all(labels, "participant_list")), look["small"]),
        para(titles[0], look["title"], width),
        *(para(t, look["subtitle"], width) for t in titles[1:]),
        para(" · ".join(p for p in (
            place, date_span(data.start, data.end, data.languages[0])) if p), look["body"], width),
        Spacer(1, 4 * mm),
    ]  # fmt: skip
    progress(0, 1)
    story.append(_table(data, labels, look, width, notices))
    progress(1, 1)
    return write_story(
        out, story, options, f"{first('participant_list')} — {titles[0][:200]}", labels
    )


def _cell(person: ListedPerson, column: str, labels: list[Labels]) -> str:
    if column == "country":
        key = f"country_{person.country}"
        return labels[0](key) if person.country and key in catalogue() else person.country
    if column == "role":
        return labels[0](f"role_{person.role}") if person.role else ""
    return str(getattr(person, column))


def _table(
    data: ParticipantListData,
    labels: list[Labels],
    look: dict[str, ParagraphStyle],
    width: float,
    notices: PrintNotices,
) -> Table:
    def header(key: str) -> Paragraph:
        return Paragraph(escape(in_all(labels, key)), look["header"])

    number_width = 9 * mm
    people = sorted_people(data.people, data.sort)
    texts = [[_cell(person, c, labels) for c in data.columns] for person in people]
    columns = [[f"{p.name} {p.latin}" for p in people]]
    columns += [[row[n] for row in texts] for n in range(len(data.columns))]
    widths = column_widths(
        columns, [3.0, *(WEIGHTS[c] for c in data.columns)], width - number_width, look["cell"]
    )
    rows: list[list[Any]] = [
        [
            Paragraph(escape(labels[0]("number")), look["header"]),
            header("full_name"),
            *(header(c) for c in data.columns),
        ]
    ]
    latin_style = ParagraphStyle("latin", fontName=BOLD, fontSize=7.5, leading=9)
    inner = [w - CELL_PADDING for w in widths]
    for number, (person, cells) in enumerate(zip(people, texts, strict=True), start=1):
        name = name_cell(
            capped(person.name, look["cell_bold"], inner[0], NAME_LINES, notices, person.name,
                   "name"),
            capped(person.latin, latin_style, inner[0], LATIN_LINES, notices, person.name,
                   "latin"),
            inner[0],
        )  # fmt: skip
        cells = [
            capped(text, look["cell"], room, CELL_LINES, notices, person.name, column)
            for text, room, column in zip(cells, inner[1:], data.columns, strict=True)
        ]
        rows.append(
            [
                Paragraph(str(number), look["cell"]),
                Paragraph(name, look["cell_bold"]),
                *(
                    para(text, look["cell"], room)
                    for text, room in zip(cells, inner[1:], strict=True)
                ),
            ]
        )
    table = Table(
        rows,
        colWidths=[number_width, *widths],
        repeatRows=1,
    )
    table.setStyle(ruled_list_style())
    return table
