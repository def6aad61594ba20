"""What every chart is drawn from: the palette, labels that fit their room, titles, legends,
value axes and the card shown when a selection has nothing to draw.

Charts are made of ReportLab's plain shapes (Rect, Line, String, Wedge), not of its chart
widgets: a widget expands itself into shapes again each time it is rendered and checks every
attribute as it goes, about 30 ms a chart, while the dashboard redraws six charts on each
filter change within 150 ms. Plain shapes also let long Russian labels wrap where we choose.

The palette is Okabe and Ito's, which people with the common colour-vision deficiencies tell
apart: women orange, men blue, not stated grey; a scale runs from vermillion to blue.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from jpoa_desktop.handouts.common.bidi_lines import display
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts

WOMEN = HexColor("#E69F00")
MEN = HexColor("#0072B2")
NOT_STATED = HexColor("#B4B4B4")
SCALE = (
    HexColor("#D55E00"),
    HexColor("#E69F00"),
    HexColor("#C8C8C8"),
    HexColor("#56B4E9"),
    HexColor("#0072B2"),
)
MARK = HexColor("#009E73")  # the programme's mean and its interval
INK = HexColor("#1d2733")
MUTED = HexColor("#5f6b76")
GRID = HexColor("#dde3e8")
BAND = HexColor("#cdeee3")
PANEL = HexColor("#f4f6f8")
TITLE_SIZE = 10.5
LABEL_SIZE = 8.0
SMALL_SIZE = 7.0
MIN_SIZE = 6.0
TITLE_ROOM = 20.0  # from the top of a chart to the top of what is under its title
ELLIPSIS = "…"
Anchor = Literal["start", "middle", "end"]


def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()  # cached: a dictionary look-up after the first call
    return stringWidth(text, BOLD if bold else REGULAR, size)


def _cut(text: str, size: float, width: float, bold: bool) -> str:
    """`text` with its end replaced by an ellipsis so it fits `width`."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + ELLIPSIS, size, bold) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def fitted_lines(
    text: str, width: float, size: float = LABEL_SIZE, most: int = 2, bold: bool = False
) -> tuple[list[str], float]:
    """The lines and the font size for `text` in a box `width` wide: the size first shrinks
    (down to MIN_SIZE), then the text wraps at spaces into at most `most` lines, and only a
    word longer than the box is cut."""
    for trial in (size, (size + MIN_SIZE) / 2, MIN_SIZE):
        if text_width(text, trial, bold) <= width:
            return [text], trial
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", MIN_SIZE, bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1 :])]
    return [_cut(line, MIN_SIZE, width, bold) for line in lines], MIN_SIZE


def label(
    x: float,
    y: float,
    text: str,
    size: float = LABEL_SIZE,
    anchor: Anchor = "start",
    bold: bool = False,
    colour: Color = INK,
) -> String:
    register_fonts()
    return String(
        x,
        y,
        display(text),
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def label_block(
    x: float, top: float, text: str, width: float, anchor: Anchor = "start", most: int = 2
) -> Group:
    """`text` fitted into `width` (see `fitted_lines`), its first line's top at `top`."""
    lines, size = fitted_lines(text, width, most=most)
    group = Group()
    for index, line in enumerate(lines):
        group.add(label(x, top - size - index * size * 1.15, line, size, anchor, colour=INK))
    return group


def blank(width: float, height: float) -> Drawing:
    """An empty drawing that starts in the bundled font (else each page it is drawn on names
    an unembedded Helvetica; the stubs miss this Drawing attribute)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]
    return drawing


def titled(width: float, height: float, title: str) -> Drawing:
    """An empty chart `width` × `height` points with its title along the top."""
    drawing = blank(width, height)
    if title:
        line = _cut(title, TITLE_SIZE, width, True)
        drawing.add(label(0, height - TITLE_SIZE - 2, line, TITLE_SIZE, bold=True))
    return drawing


def no_data(width: float, height: float, title: str, message: str) -> Drawing:
    """The chart's place kept, with its title and a word instead of an empty axis."""
    drawing = titled(width, height, title)
    box_height = height - TITLE_ROOM - 2
    drawing.add(box(0, 0, width, box_height, PANEL, GRID))
    lines, size = fitted_lines(message, width - 16, LABEL_SIZE + 1, most=3)
    middle = box_height / 2 + (len(lines) - 1) * size * 0.6
    for index, line in enumerate(lines):
        drawing.add(
            label(width / 2, middle - index * size * 1.2, line, size, "middle", colour=MUTED)
        )
    return drawing


def legend(x: float, y: float, items: Sequence[tuple[Color, str]], width: float) -> Group:
    """Swatches with their words in a row from (x, y), wrapping to a new row when full."""
    group = Group()
    left, row = x, y
    for colour, text in items:
        room = 12 + text_width(text, SMALL_SIZE) + 12
        if left > x and left + room > x + width:
            left, row = x, row - SMALL_SIZE - 5
        group.add(box(left, row - 1, 8, 8, colour))
        group.add(label(left + 11, row, text, SMALL_SIZE, colour=MUTED))
        left += room
    return group


def nice_step(largest: float, ticks: int = 4, whole: bool = True) -> float:
    """A round step (1, 2 or 5 times a power of ten) that cuts 0…`largest` in about `ticks`;
    `whole`: at least 1 (counts of people)."""
    if largest <= 0:
        return 1.0
    rough = largest / ticks
    power = 10 ** math.floor(math.log10(rough))
    step = float(next((f * power for f in (1, 2, 5) if f * power >= rough), 10 * power))
    return max(step, 1.0) if whole else step


def box(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: Color,
    stroke: Color | None = None,
    stroke_width: float = 0.5,
    corner: float = 0.0,
) -> Rect:
    """A filled rectangle, its colours set after it is made (the stubs mistype Rect's keywords)."""
    rect = Rect(x, y, width, height, rx=corner, ry=corner)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, stroke_width
    return rect


def segment(x: float, y: float, width: float, height: float, colour: Color) -> Rect:
    """One block of a stacked bar, with a hairline of white between it and its neighbour."""
    return box(x, y, width, height, colour, white)


def value_grid(
    group: Group,
    left: float,
    right: float,
    bottom: float,
    top: float,
    largest: float,
    words: tuple[str, ...] = (),
    vertical: bool = False,
    quarters: bool = False,
) -> float:
    """Light grid lines at round values from 0 to beyond `largest`, each named with its value
    (`words`, formatted by the caller, from `tick_values`); return the axis's top value.
    `vertical`: the values run left to right (lines upright), else bottom to top; `quarters`:
    at 0, ¼, ½, ¾ and 1 (shares)."""
    values = [q / 4 for q in range(5)] if quarters else tick_values(largest)
    high = values[-1] or 1.0
    for value, word in zip(values, words or [f"{v:g}" for v in values], strict=False):
        if vertical:
            at = left + (right - left) * value / high
            group.add(Line(at, bottom, at, top, strokeColor=GRID, strokeWidth=0.5))
            group.add(label(at, bottom - SMALL_SIZE - 3, word, SMALL_SIZE, "middle", colour=MUTED))
        else:
            at = bottom + (top - bottom) * value / high
            group.add(Line(left, at, right, at, strokeColor=GRID, strokeWidth=0.5))
            group.add(label(left - 3, at - 2.5, word, SMALL_SIZE, "end", colour=MUTED))
    return high


def tick_values(largest: float, ticks: int = 4, whole: bool = True) -> list[float]:
    """0, step, 2 × step … up to the first value at or above `largest`."""
    step = nice_step(largest, ticks, whole)
    count = max(1, math.ceil(largest / step)) if largest > 0 else 1
    return [step * index for index in range(count + 1)]
