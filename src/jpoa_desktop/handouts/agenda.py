"""The agenda: days and their sessions, with times and speakers, in one or two languages.

With two languages each session's title is printed in both, side by side, so one sheet serves
a Russian- and an English-speaking room.
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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from jpoa_desktop.handouts.common.bidi_lines import markup
from jpoa_desktop.handouts.common.images import BrandImage, ImagePainter, logo_story
from jpoa_desktop.handouts.common.page import (
    GREY,
    RULE,
    SHADE,
    PageOptions,
    para,
    styles,
    table_style,
    write_story,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, capped, printable
from jpoa_desktop.handouts.participant_list import heading_texts
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.formatting import date_span, long_date
from jpoa_desktop.texts.labels import Labels, in_all

Styles = dict[str, ParagraphStyle]
CELL_PADDING = 12.0  # a cell's left and right padding, in points
TITLE_LINES, SPEAKER_LINES = 12, 8  # at most, in a session's row; the rest is cut with "…"


@dataclass(frozen=True)
class AgendaSession:
    start: str  # "09:00"
    end: str
    titles: tuple[str, ...]  # one per handout language, in order
    kind: str  # plenary, group_work, break, exercise
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class AgendaDay:
    day: date
    number: int  # 1 for the workshop's first day; 0 for a day outside its dates
    sessions: tuple[AgendaSession, ...]


@dataclass(frozen=True)
class AgendaData:
    languages: tuple[str, ...]  # one or two handout languages
    titles: tuple[str, ...]  # the workshop's title, one per language
    start: date
    end: date
    place: str
    days: tuple[AgendaDay, ...]
    logos: tuple[BrandImage, ...] = ()  # the organisers', above the title

    def texts(self) -> Iterator[str]:
        """Every text the handout prints from the data (checked against the fonts)."""
        yield from self.titles
        yield self.place
        for day in self.days:
            for session in day.sessions:
                yield from session.titles
                yield from session.speakers


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _printable(data: AgendaData, look: Styles, width: float, notices: PrintNotices) -> AgendaData:
    """The agenda's texts as the fonts can print them, each cut to a few lines (noted)."""
    titles, place = heading_texts(data.titles, data.place, look, width, notices)
    title_width, speaker_width = _widths(width, len(data.languages))[1:]
    days = []
    for day in data.days:
        sessions = []
        for session in day.sessions:
            shown = tuple(
                capped(printable(t, notices, "", "session"), look["cell_bold"],
                       title_width - CELL_PADDING, TITLE_LINES, notices, "", "session")
                for t in session.titles
            )  # fmt: skip
            speakers = ", ".join(printable(s, notices, s, "name") for s in session.speakers)
            speakers = capped(speakers, look["cell"], speaker_width - CELL_PADDING,
                              SPEAKER_LINES, notices, "", "speakers")  # fmt: skip
            sessions.append(
                replace(session, titles=shown, speakers=(speakers,) if speakers else ())
            )
        days.append(replace(day, sessions=tuple(sessions)))
    return replace(data, titles=tuple(titles), place=place, days=tuple(days))


def _widths(width: float, languages: int) -> tuple[float, float, float]:
    """The time column, each language's title column, and the speakers' column."""
    time_width, speaker_width = 28 * mm, 48 * mm  # 28 mm: “08:30–09:00” on one line
    return time_width, (width - time_width - speaker_width) / languages, speaker_width


def build(
    data: AgendaData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the agenda to `out`; return the labels that fell back to English. What had to
    be changed to print (a letter left out, a text cut) goes to `notices`."""
    notices = PrintNotices() if notices is None else notices
    labels = [Labels(language) for language in data.languages]
    first = labels[0]
    look = styles(options.accent)
    width = options.size()[0] - 2 * options.margin_mm * mm
    data = _printable(data, look, width, notices)
    story: list[Flowable] = [
        *logo_story(data.logos, ImagePainter()),
        _p(first("agenda"), look["small"]),
        para(data.titles[0], look["title"], width),
    ]
    story += [para(title, look["subtitle"], width) for title in data.titles[1:]]
    when = date_span(data.start, data.end, data.languages[0])
    place = f"{data.place} · {when}" if data.place else when
    story += [Spacer(1, 2 * mm), para(place, look["body"], width)]
    for done, day in enumerate(data.days):
        progress(done, len(data.days))
        if not day.sessions:
            continue
        heading, table = _day_heading(day, labels, look), _day_table(day, labels, look, width)
        # A day's heading never ends a page alone: short days move whole, long ones split
        # after their first rows (the table repeats its header row on the next page).
        story.append(KeepTogether([heading, table]) if len(day.sessions) <= 12 else heading)
        if len(day.sessions) > 12:
            story.append(table)
    progress(len(data.days), len(data.days))
    return write_story(out, story, options, data.titles[0][:200], labels)


def _day_heading(day: AgendaDay, labels: list[Labels], look: Styles) -> Flowable:
    parts = []
    for label in labels:
        name = label("day", number=day.number) if day.number else ""
        parts.append(" — ".join(p for p in (name, long_date(day.day, label.language)) if p))
    return _p(" / ".join(dict.fromkeys(parts)), look["heading"])


def _day_table(day: AgendaDay, labels: list[Labels], look: Styles, width: float) -> Flowable:
    time_width, title_width, speaker_width = _widths(width, len(labels))
    header: list[Flowable] = [
        _p(in_all(labels, "time"), look["header"]),
        *(_p(label("session"), look["header"]) for label in labels),
        _p(in_all(labels, "speakers"), look["header"]),
    ]
    rows: list[list[Flowable]] = [header]
    shaded: list[int] = []
    for session in day.sessions:
        kind = session.kind
        style = look["cell"] if kind == "break" else look["cell_bold"]
        if kind == "break":
            shaded.append(len(rows))
        titles = [
            para(title, style, title_width - CELL_PADDING)
            if kind in ("break", "plenary")
            else _kind_line(title, kind, label, look, title_width - CELL_PADDING)
            for title, label in zip(session.titles, labels, strict=True)
        ]
        speakers = ", ".join(session.speakers)
        rows.append(
            [
                _p(f"{session.start}–{session.end}", look["cell"]),
                *titles,
                para(speakers, look["cell"], speaker_width - CELL_PADDING),
            ]
        )
    table = Table(
        rows,
        colWidths=[time_width, *([title_width] * len(labels)), speaker_width],
        repeatRows=1,
    )
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), SHADE) for row in shaded]
    table.setStyle(table_style(commands))
    return table


def _kind_line(title: str, kind: str, label: Labels, look: Styles, width: float) -> Flowable:
    """A title with its kind under it (group work, exercise), small and grey."""
    kind_text = label(f"kind_{kind}")
    style = look["cell_bold"]
    title_markup = markup(title, style.fontName, style.fontSize, width)
    text = f"{title_markup}<br/><font size=7.5 color='#5f6b76'>{escape(kind_text)}</font>"
    return Paragraph(text, look["cell_bold"])
