"""Fitting a text into a fixed box: shrink within limits, then wrap; never cut a word or clip."""

from __future__ import annotations

from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph


def fit(
    text: str,
    font: str,
    sizes: tuple[float, ...],
    width: float,
    height: float,
    colour: Color = black,
    alignment: Literal[0, 1, 2, 4] = TA_LEFT,
) -> Paragraph:
    """The largest size at which `text` fits the box without cutting a word; at the smallest
    size it wraps onto as many lines as it needs."""
    for size in sizes:
        widest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
        style = ParagraphStyle(
            "fit",
            fontName=font,
            fontSize=size,
            leading=size * 1.18,
            textColor=colour,
            alignment=alignment,
        )
        paragraph = Paragraph(escape(text), style)
        _w, needed = paragraph.wrap(width, height)
        if widest <= width and needed <= height:
            return paragraph
    smallest = sizes[-1]
    style = ParagraphStyle(
        "fit",
        fontName=font,
        fontSize=smallest,
        leading=smallest * 1.18,
        textColor=colour,
        alignment=alignment,
    )
    return Paragraph(escape(text), style)


def draw_at(canvas: Canvas, paragraph: Paragraph, x: float, top: float, width: float) -> float:
    """Draw with the paragraph's top at `top`; return its height."""
    _w, height = paragraph.wrap(width, 10_000)
    paragraph.drawOn(canvas, x, top - height)
    return float(height)
