"""Table column widths measured in the bundled fonts: the same widths in a PDF and a Word file.

A word cut in two ("Кыргызст-ан") is what a reader notices first, so a column is never made
narrower than its longest word while the page allows it.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from jpoa_desktop.texts.fonts import BOLD
from jpoa_desktop.texts.strategy_text import PLAN_COLUMNS

CELL_PADDING = 12.0  # a table cell's left and right padding, in points
# An e-mail address is one long "word" that wraps anyway: no column claims more than this share
# of the width for its longest word, so the short words of the other columns stay whole.
LONGEST_WORD_SHARE = 0.22
BREAKS = re.compile(r"[^\S\u00a0]+")  # spaces, except no-break ones


def _unbreakable(text: str) -> list[str]:
    """The pieces a line may not break inside: words, kept whole across a no-break space
    ("1 500 000"). ReportLab breaks lines at spaces only, not after a dash."""
    return [piece for piece in BREAKS.split(text) if piece]


def column_widths(
    columns: list[list[str]], weights: list[float], width: float, style: ParagraphStyle
) -> list[float]:
    """Share `width` by `weights`, but never narrower than a column's longest word (a word
    cut in two, "Кыргызст-ан", is what a reader notices first) while the page allows it."""
    need = [
        min(max((stringWidth(word, style.fontName, style.fontSize)
                 for text in column for word in _unbreakable(text)), default=0.0)
            + CELL_PADDING + 2, width * LONGEST_WORD_SHARE)
        for column in columns
    ]  # fmt: skip
    if sum(need) >= width:  # not every word fits whole: each column short by the same share
        return [width * n / sum(need) for n in need]
    fixed: set[int] = set()
    while True:  # give the narrow columns what they need; the others share what is left
        spare = width - sum(need[i] for i in fixed)
        share = sum(w for i, w in enumerate(weights) if i not in fixed)
        widths = [need[i] if i in fixed else spare * w / share for i, w in enumerate(weights)]
        short = {i for i, w in enumerate(widths) if i not in fixed and w < need[i]}
        if not short:
            return widths
        fixed |= short


CELL_SLACK = 16.0  # a cell's padding (12 pt) and a little, so "1.12.10" never wraps


def plan_column_widths(
    headers: list[str], rows: list[list[str]], width: float, style: ParagraphStyle
) -> list[float]:
    """The action-plan table's column widths in points, for this PDF and the Word file alike:
    the number column as wide as its longest number, the others shared by weight but never
    narrower than their longest word ("Выполняется" whole, not "Выполне-но"). Measured in
    `style`'s bold font, a little wider than the cells' text."""
    numbers = [headers[0], *(row[0] for row in rows)]
    number_width = max(stringWidth(n, BOLD, style.fontSize) for n in numbers) + CELL_SLACK
    weights = [weight for _key, weight in PLAN_COLUMNS[1:]]
    columns = [[headers[n], *(row[n] for row in rows)] for n in range(1, len(PLAN_COLUMNS))]
    return [number_width, *column_widths(columns, weights, width - number_width, style)]
