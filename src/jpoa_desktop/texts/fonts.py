"""The bundled fonts: registered once, embedded in every PDF, and asked before printing.

ReportLab's built-in Helvetica has no Cyrillic; a TrueType font missing a letter prints a box.
The workshop handouts decide text by text what to print instead (`printable.py`: a Latin
spelling, a placeholder, all noted); the documents a user writes themselves (a strategy, a
factsheet) go through `check_texts`, which refuses, naming the text and the letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jpoa_desktop.config import resources_dir
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

REGULAR = "JpoaSans"
BOLD = "JpoaSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class MissingLetters(ValidationError):
    """A text has letters the bundled fonts cannot print."""


@cache
def register_fonts() -> frozenset[int]:
    """Register the bundled fonts with ReportLab (once); return the code points they cover."""
    folder = resources_dir() / "fonts"
    covered: set[int] | None = None
    for name, file_name in FILES.items():
        font = TTFont(name, str(folder / file_name))
        pdfmetrics.registerFont(font)
        points = set(font.face.charToGlyph)
        covered = points if covered is None else covered & points
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return frozenset(covered or ())


@cache
def _covered_characters() -> frozenset[str]:
    return frozenset(map(chr, register_fonts()))


def missing_letters(text: str) -> list[str]:
    """The distinct characters of `text` that the fonts lack (spacing aside), in order."""
    lacking = set(text).difference(_covered_characters())  # the usual answer, in C: none
    if not lacking:
        return []
    return list(dict.fromkeys(c for c in text if c in lacking and not c.isspace()))


def named_letters(missing: Iterable[str]) -> str:
    """`李 (U+674E), 😀 (U+1F600)`: letters as a message or a notice names them."""
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in missing)


def check_texts(texts: Iterable[str]) -> None:
    """Refuse to print when any text has a letter the fonts lack, naming the text and letter."""
    for text in texts:
        missing = missing_letters(text)
        if missing:
            raise MissingLetters(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{text}” has letters the handout font cannot print: {letters}. "
                    "Correct the text, or ask for a font that has them.",
                ),
                text=text,
                letters=named_letters(missing),
            )
