"""Fitting a text into a fixed box: shrink within limits, then wrap; and when even the smallest
size overflows, cut the text with "…" rather than draw past the box or fail the whole handout.

A name of ten thousand letters (an old database, a pasted document) is not a reason to refuse a
workshop's badges; cutting is, though, something the trainer must hear about, so every cut is
reported to the caller (`on_cut`), which lists it in the handout's notices.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jpoa_desktop.handouts.common.bidi_lines import markup

ELLIPSIS = "…"
OnCut = Callable[[str], None]  # told the text as printed, up to its "…"


def _style(font: str, size: float, colour: Color, alignment: Literal[0, 1, 2, 4]) -> ParagraphStyle:
    return ParagraphStyle("fit", fontName=font, fontSize=size, leading=size * 1.18,
                          textColor=colour, alignment=alignment)  # fmt: skip


def fit(
    text: str,
    font: str,
    sizes: tuple[float, ...],
    width: float,
    height: float,
    colour: Color = black,
    alignment: Literal[0, 1, 2, 4] = TA_LEFT,
    on_cut: OnCut | None = None,
) -> Paragraph:
    """The largest size at which `text` fits the box without cutting a word; at the smallest
    size it wraps onto as many lines as it needs, and with `on_cut` it is cut to the lines
    the box holds (at least one)."""
    for size in sizes:
        widest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
        paragraph = Paragraph(
            markup(text, font, size, width), _style(font, size, colour, alignment)
        )
        _w, needed = paragraph.wrap(width, height)
        if widest <= width and needed <= height:
            return paragraph
    style = _style(font, sizes[-1], colour, alignment)
    if on_cut is not None:
        lines = max(1, int(height // style.leading))
        kept = cut_to_lines(text, style, width, lines)
        if kept != text:
            on_cut(kept)
            text = kept
    return Paragraph(markup(text, style.fontName, style.fontSize, width), style)


def height_of(text: str, style: ParagraphStyle, width: float) -> float:
    paragraph = Paragraph(markup(text, style.fontName, style.fontSize, width), style)
    return float(paragraph.wrap(width, 1e9)[1])


def cut_to_lines(text: str, style: ParagraphStyle, width: float, lines: int) -> str:
    """`text` when it takes at most `lines` lines at `width`; else its longest start that
    does, ending in "…" (after a whole word when the last line has one)."""
    if _surely_fits(text, style, width, lines):
        return text
    limit = lines * style.leading + 0.01
    narrowest = stringWidth("i", style.fontName, style.fontSize) or 1.0
    low, high = 0, min(len(text), int(lines * width / narrowest) + 1)
    if high == len(text) and height_of(text, style, width) <= limit:
        return text
    while low < high:  # the most characters that still fit with the ellipsis
        middle = (low + high + 1) // 2
        if height_of(text[:middle].rstrip() + ELLIPSIS, style, width) <= limit:
            low = middle
        else:
            high = middle - 1
    kept = text[:low]
    space = kept.rfind(" ")
    if space > 0 and low - space < 25:  # end on a whole word when one is near
        kept = kept[:space]
    return kept.rstrip() + ELLIPSIS


def _surely_fits(text: str, style: ParagraphStyle, width: float, lines: int) -> bool:
    """Whether `text` takes at most `lines` lines, known from its width alone (no layout):
    wrapping wastes less than the longest word and a space at the end of each line."""
    font, size = style.fontName, style.fontSize
    total = stringWidth(text, font, size)
    if total <= width:
        return True
    longest = max((stringWidth(word, font, size) for word in text.split()), default=0.0)
    waste = longest + stringWidth(" ", font, size)
    return waste < width and total <= lines * (width - waste)


def draw_at(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> float:
    """Draw with the paragraph's top at `top`; return its height."""
    _w, height = paragraph.wrap(width, 10_000)
    paragraph.drawOn(canvas, x, top - height)
    return float(height)
