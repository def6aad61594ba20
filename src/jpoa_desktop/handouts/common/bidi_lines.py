"""Right-to-left text (Arabic script, Hebrew) laid out the way a reader expects.

A PDF draws glyphs left to right as given, and ReportLab breaks a paragraph into lines from the
start of its text. A name in Arabic letters, put in visual order as a whole, would therefore
break with its last words on the first line. So the text stays in reading order (its letters
already joined by `printable.shaped`) until it is laid out: here it is broken into lines at the
box's width, and each line, on its own, is put in visual order.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from bidi import get_display  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth

RIGHT_TO_LEFT = frozenset({"R", "AL"})
# Where right-to-left letters live (Hebrew to Arabic Extended, their presentation forms, and
# the historic scripts of the supplementary planes): only text with one of these is asked.
RIGHT_TO_LEFT_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def is_right_to_left(text: str) -> bool:
    if text.isascii() or not RIGHT_TO_LEFT_BLOCKS.search(text):
        return False
    return any(unicodedata.bidirectional(char) in RIGHT_TO_LEFT for char in text)


def display(line: str) -> str:
    """One line in the order its glyphs are drawn, left to right."""
    if not is_right_to_left(line):
        return line
    return "".join(c for c in get_display(line) if unicodedata.category(c) != "Cf")


def lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` (a word wider than that has a
    line of its own), in reading order."""
    space = stringWidth(" ", font, size)
    out: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in text.split():
        needed = stringWidth(word, font, size)
        if line and used + space + needed > width:
            out.append(" ".join(line))
            line, used = [], 0.0
        used += needed + (space if line else 0.0)
        line.append(word)
    if line:
        out.append(" ".join(line))
    return out


def markup(text: str, font: str, size: float, width: float) -> str:
    """Paragraph markup for `text` in a box `width` wide: escaped; a right-to-left text broken
    into its lines here, each in visual order."""
    if not is_right_to_left(text):
        return escape(text)
    return "<br/>".join(escape(display(line)) for line in lines(text, font, size, width))
