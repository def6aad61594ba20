"""The programme's charts, as ReportLab Drawings made from one `ProgrammeFigures`.

One charting path for the screen and the paper: the donor report draws these Drawings into its
pages as vectors, and the Dashboard shows the very same Drawings, written to a small PDF in
memory (`charts_pdf`) and rasterised by PDFium, as the handouts preview already does. So the
screen and the report cannot disagree, and there is no second chart library to ship.
(ReportLab's own bitmap renderer needs rlPyCairo, which the app does not carry; Qt Charts would
be a second drawing of every chart, and it is missing from some PySide6 wheels.)

The words come from the caller, already translated, as a `ChartWords` (common/key_figures.py,
with the big numbers both show).
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Wedge
from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas

from jpoa_desktop.handouts.common.chart_parts import (
    BAND,
    GRID,
    INK,
    LABEL_SIZE,
    MARK,
    MEN,
    MUTED,
    NOT_STATED,
    SCALE,
    SMALL_SIZE,
    TITLE_ROOM,
    WOMEN,
    box,
    label,
    label_block,
    legend,
    no_data,
    segment,
    tick_values,
    titled,
    value_grid,
)
from jpoa_desktop.handouts.common.key_figures import (
    ChartWords,
    KeyFigure,
    key_figure_tiles,
    key_figures,
)
from jpoa_desktop.model.evaluation import SCALE_POINTS, ProgrammeFigures, SexCounts, WorkshopLine
from jpoa_desktop.texts.fonts import REGULAR, register_fonts
from jpoa_desktop.texts.formatting import decimal_number, integer, percent, short_date

__all__ = [
    "ChartWords",
    "KeyFigure",
    "charts_pdf",
    "country_chart",
    "gain_chart",
    "key_figure_tiles",
    "key_figures",
    "organisation_chart",
    "programme_charts",
    "satisfaction_chart",
    "sex_chart",
]

DEFAULT_WIDTH = 480.0  # fits A4's text width with 15 mm margins
DEFAULT_HEIGHT = 210.0
Size = tuple[float, float]  # width, height in points
SIZE = (DEFAULT_WIDTH, DEFAULT_HEIGHT)
FEW = 8  # workshops: up to this many, the learning chart shows each one's scores before and after


def _sex_parts(counts: SexCounts, words: ChartWords) -> list[tuple[Color, str, int]]:
    return [
        (WOMEN, words.women, counts.women),
        (MEN, words.men, counts.men),
        (NOT_STATED, words.not_stated, counts.not_stated),
    ]


def sex_chart(figures: ProgrammeFigures, words: ChartWords, size: Size = SIZE) -> Drawing:
    """A donut of participants by sex, the total in its hole, counts and shares beside it."""
    width, height = size
    counts = figures.participations
    if counts.total == 0:
        return no_data(width, height, words.by_sex, words.no_data)
    drawing = titled(width, height, words.by_sex)
    room = height - TITLE_ROOM
    radius = min(room - 8, width / 2) / 2
    cx, cy = radius + 4, room / 2
    angle = 90.0
    for colour, _word, count in _sex_parts(counts, words):
        if count:
            sweep = min(359.99, 360.0 * count / counts.total)
            start = (angle - sweep) % 360.0  # a Wedge wants its angles from 0 up, start first
            drawing.add(Wedge(cx, cy, radius, start, start + sweep, fillColor=colour,
                              strokeColor=white, strokeWidth=0.8))  # fmt: skip
            angle -= sweep
    # The hole: a white disc (ReportLab's annular wedges misdraw sweeps over a half turn).
    drawing.add(Circle(cx, cy, radius * 0.58, fillColor=white, strokeColor=None))
    lang = words.language
    drawing.add(label(cx, cy - 2, integer(counts.total, lang), 15, "middle", bold=True))
    drawing.add(label(cx, cy - 13, words.participants, SMALL_SIZE, "middle", colour=MUTED))
    left, line = cx + radius + 24, cy + 18
    for colour, word, count in _sex_parts(counts, words):
        drawing.add(box(left, line - 1, 10, 10, colour))
        drawing.add(label(left + 15, line, word, LABEL_SIZE + 1))
        share = percent(count / counts.total, lang)
        text = f"{integer(count, lang)}  ·  {share}"
        drawing.add(label(min(width, left + 230), line, text, LABEL_SIZE + 1, "end", bold=True))
        line -= 18
    return drawing


def _group_name(key: str, names: Mapping[str, str], words: ChartWords) -> str:
    return names.get(key, key) if key else words.not_stated


def country_chart(figures: ProgrammeFigures, words: ChartWords, size: Size = SIZE) -> Drawing:
    """Upright bars per country, stacked women / men / not stated, the total on top."""
    width, height = size
    groups = [g for g in figures.by_country if g.total]
    if not groups:
        return no_data(width, height, words.by_country, words.no_data)
    drawing = titled(width, height, words.by_country)
    drawing.add(legend(0, height - TITLE_ROOM - 6, _legend(words), width))
    lang, plot = words.language, Group()
    left, bottom, top = 34.0, 30.0, height - TITLE_ROOM - 30
    largest = max(g.total for g in groups)
    ticks = tick_values(largest)
    tick_words = tuple(integer(int(t), lang) for t in ticks)
    high = value_grid(plot, left, width, bottom, top, largest, tick_words)
    slot = (width - left) / len(groups)
    bar = min(46.0, slot * 0.6)
    for index, group in enumerate(groups):
        x = left + index * slot + (slot - bar) / 2
        y = bottom
        for colour, _word, count in _sex_parts(group, words):
            tall = (top - bottom) * count / high
            if tall > 0:
                plot.add(segment(x, y, bar, tall, colour))
            y += tall
        plot.add(label(x + bar / 2, y + 3, integer(group.total, lang), SMALL_SIZE, "middle"))
        name = _group_name(group.key, words.countries, words)
        plot.add(label_block(x + bar / 2, bottom - 3, name, slot - 4, "middle"))
    drawing.add(plot)
    return drawing


def _legend(words: ChartWords) -> list[tuple[Color, str]]:
    return [(WOMEN, words.women), (MEN, words.men), (NOT_STATED, words.not_stated)]


def organisation_chart(figures: ProgrammeFigures, words: ChartWords, size: Size = SIZE) -> Drawing:
    """Lying bars per kind of organisation, largest first, stacked by sex, the total at the
    end: the kinds' names are long, and read best on the left."""
    width, height = size
    groups = sorted((g for g in figures.by_organisation_kind if g.total), key=lambda g: -g.total)
    if not groups:
        return no_data(width, height, words.by_organisation, words.no_data)
    drawing = titled(width, height, words.by_organisation)
    drawing.add(legend(0, height - TITLE_ROOM - 6, _legend(words), width))
    lang, plot = words.language, Group()
    names_width = min(150.0, width * 0.32)
    left, right, bottom, top = names_width + 6, width - 30, 14.0, height - TITLE_ROOM - 16
    largest = max(g.total for g in groups)
    ticks = tick_values(largest)
    high = value_grid(plot, left, right, bottom, top, largest,
                      tuple(integer(int(t), lang) for t in ticks), vertical=True)  # fmt: skip
    slot = (top - bottom) / len(groups)
    bar = min(16.0, slot * 0.7)
    for index, group in enumerate(groups):
        y = top - (index + 1) * slot + (slot - bar) / 2
        x = left
        for colour, _word, count in _sex_parts(group, words):
            long = (right - left) * count / high
            if long > 0:
                plot.add(segment(x, y, long, bar, colour))
            x += long
        plot.add(label(x + 3, y + bar / 2 - 3, integer(group.total, lang), SMALL_SIZE))
        name = _group_name(group.key, words.organisation_kinds, words)
        two_lines = slot >= 2 * 7.5
        plot.add(label_block(names_width, y + bar / 2 + (7 if two_lines else 4), name,
                             names_width, "end", most=2 if two_lines else 1))  # fmt: skip
    drawing.add(plot)
    return drawing


def gain_chart(figures: ProgrammeFigures, words: ChartWords, size: Size = SIZE) -> Drawing:
    """Each workshop's mean gain as a dot, in the order the workshops started, over the band
    of the programme's mean gain and its 95 % interval; for a few workshops (one, in the
    workshop report), their mean scores before and after instead, which say more."""
    width, height = size
    lines = sorted((w for w in figures.per_workshop if w.mean_gain is not None),
                   key=lambda w: (w.start, w.workshop_id))  # fmt: skip
    if not lines:
        return no_data(width, height, words.gain_per_workshop, words.no_tests)
    if len(lines) <= FEW and all(w.mean_pre is not None and w.mean_post is not None for w in lines):
        return _before_and_after(lines, words, size)
    drawing = titled(width, height, words.gain_per_workshop)
    gain = figures.mean_gain
    items = [(MUTED, words.workshop_mean)] + ([(MARK, words.programme_mean)] if gain else [])
    drawing.add(legend(0, height - TITLE_ROOM - 6, items, width))
    lang, plot = words.language, Group()
    left, right, bottom, top = 34.0, width - 6, 22.0, height - TITLE_ROOM - 22
    lowest = min(0.0, *(w.mean_gain or 0.0 for w in lines))
    low = -0.25 * math.ceil(-lowest / 0.25)  # a negative gain (post below pre) stays in view
    span = 1.0 - low

    def at(value: float) -> float:
        return bottom + (top - bottom) * (min(max(value, low), 1.0) - low) / span

    if gain is not None and gain.low is not None and gain.high is not None:
        band = max(at(gain.high) - at(gain.low), 0.8)
        plot.add(box(left, at(gain.low), right - left, band, BAND))
    for tick in range(round(span / 0.25) + 1):
        value = round(low + tick * 0.25, 2) + 0.0  # + 0.0: never "-0,00"
        plot.add(Line(left, at(value), right, at(value), strokeColor=GRID, strokeWidth=0.5))
        plot.add(label(left - 3, at(value) - 2.5, decimal_number(value, lang, 2), SMALL_SIZE,
                       "end", colour=MUTED))  # fmt: skip
    if gain is not None:
        plot.add(Line(left, at(gain.mean), right, at(gain.mean), strokeColor=MARK, strokeWidth=1.4))
    step = (right - left) / len(lines)
    dot = max(1.6, min(3.5, step * 0.45))
    # Every dot in one path: each a round-capped stroke of no length, so 400 workshops are one
    # shape to draw, not 400 (a tenth of the time).
    dots = Path(strokeColor=INK, strokeWidth=2 * dot, strokeLineCap=1, fillColor=None)
    for index, line in enumerate(lines):
        x, y = left + step * (index + 0.5), at(line.mean_gain or 0.0)
        dots.moveTo(x, y)
        dots.lineTo(x, y)
    plot.add(dots)
    plot.add(label(left, bottom - 12, short_date(lines[0].start, lang), SMALL_SIZE, colour=MUTED))
    if len(lines) > 1:
        plot.add(label(right, bottom - 12, short_date(lines[-1].start, lang), SMALL_SIZE, "end",
                       colour=MUTED))  # fmt: skip
    drawing.add(plot)
    return drawing


def _before_and_after(lines: Sequence[WorkshopLine], words: ChartWords, size: Size) -> Drawing:
    """A row per workshop: its mean pre-test score joined to its mean post-test score on a
    0-100 % scale, with the gain at the end of the row."""
    width, height = size
    drawing = titled(width, height, words.before_and_after)
    items = [(SCALE[0], words.pre_test), (MEN, words.post_test)]
    drawing.add(legend(0, height - TITLE_ROOM - 6, items, width))
    lang, plot = words.language, Group()
    names_width = min(150.0, width * 0.3) if len(lines) > 1 else 0.0
    left, right, bottom, top = names_width + 12, width - 56, 16.0, height - TITLE_ROOM - 20
    ticks = tuple(percent(t / 4, lang) for t in range(5))
    value_grid(plot, left, right, bottom, top, 1.0, ticks, vertical=True, quarters=True)
    slot = min(44.0, (top - bottom) / len(lines))
    first = (top + bottom) / 2 + slot * len(lines) / 2  # the rows in the middle of the plot
    for index, line in enumerate(lines):
        y = first - (index + 0.5) * slot
        pre, post = line.mean_pre or 0.0, line.mean_post or 0.0
        x_pre, x_post = left + (right - left) * pre, left + (right - left) * post
        plot.add(Line(x_pre, y, x_post, y, strokeColor=MUTED, strokeWidth=2))
        for x, colour, value in ((x_pre, SCALE[0], pre), (x_post, MEN, post)):
            plot.add(Line(x, y, x, y, strokeColor=colour, strokeWidth=9, strokeLineCap=1))
            above = 7 if x == x_post else -14
            plot.add(label(x, y + above, percent(value, lang), SMALL_SIZE, "middle", bold=True))
        gain = "g = " + decimal_number(line.mean_gain or 0.0, lang, 2)
        plot.add(label(width, y - 3, gain, LABEL_SIZE, "end", bold=True))
        if names_width:
            name = f"{short_date(line.start, lang)} {line.title}"
            plot.add(label_block(names_width, y + 7, name, names_width, "end"))
    drawing.add(plot)
    return drawing


def satisfaction_chart(figures: ProgrammeFigures, words: ChartWords, size: Size = SIZE) -> Drawing:
    """How many answered 1, 2 … 5 to the satisfaction questions, each bar with its share."""
    width, height = size
    counts = tuple(figures.satisfaction_counts) + (0,) * SCALE_POINTS
    counts = counts[:SCALE_POINTS]
    total = sum(counts)
    if total == 0:
        return no_data(width, height, words.satisfaction_answers, words.no_evaluations)
    drawing = titled(width, height, words.satisfaction_answers)
    lang, plot = words.language, Group()
    left, bottom, top = 34.0, 18.0, height - TITLE_ROOM - 14
    largest = max(counts)
    ticks = tick_values(largest)
    high = value_grid(plot, left, width, bottom, top, largest,
                      tuple(integer(int(t), lang) for t in ticks))  # fmt: skip
    slot = (width - left) / SCALE_POINTS
    bar = min(52.0, slot * 0.62)
    for index, count in enumerate(counts):
        x = left + index * slot + (slot - bar) / 2
        tall = (top - bottom) * count / high
        if tall > 0:
            plot.add(segment(x, bottom, bar, tall, SCALE[index]))
        plot.add(label(x + bar / 2, bottom + tall + 3, percent(count / total, lang), SMALL_SIZE,
                       "middle", bold=True))  # fmt: skip
        plot.add(label(x + bar / 2, bottom - 11, str(index + 1), LABEL_SIZE, "middle"))
    drawing.add(plot)
    return drawing


def programme_charts(
    figures: ProgrammeFigures, words: ChartWords, width: float = DEFAULT_WIDTH
) -> tuple[Drawing, ...]:
    """Every chart, in the order the dashboard and the report show them."""
    return (
        sex_chart(figures, words, (width, DEFAULT_HEIGHT)),
        country_chart(figures, words, (width, DEFAULT_HEIGHT)),
        organisation_chart(figures, words, (width, DEFAULT_HEIGHT + 20)),
        gain_chart(figures, words, (width, DEFAULT_HEIGHT)),
        satisfaction_chart(figures, words, (width, DEFAULT_HEIGHT)),
    )


def charts_pdf(drawings: Sequence[Drawing]) -> bytes:
    """The drawings as a PDF in memory, one page each, the page the drawing's size: what the
    screen rasterises. Uncompressed, since it is read at once and thrown away (saves ~10 ms)."""
    register_fonts()
    buffer = io.BytesIO()
    # initialFontName: else each page names an unembedded Helvetica (the stubs call it a float)
    canvas = Canvas(buffer, pageCompression=0, initialFontName=REGULAR)  # type: ignore[arg-type]
    for drawing in drawings:
        canvas.setPageSize((drawing.width, drawing.height))
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
