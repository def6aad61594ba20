"""Text as the bundled fonts can print it, and notes on every change made to get there.

A handout is printed for a whole workshop: one observer whose name is written in Chinese, an
emoji in an organisation's name or a control character pasted from a web page must not stop the
other forty people's badges. So each text is decided on its own: control characters go, Arabic
letters are joined (`bidi_lines` later puts right-to-left lines in the order a PDF draws), a
name the fonts cannot print is printed in its Latin spelling, and what is still unprintable is
left out with a placeholder. Every such change, and every text cut to fit its box, is noted in
`PrintNotices`, which the preview and the `jpoa handout` command show the trainer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import arabic_reshaper  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle

from jpoa_desktop.handouts.common.bidi_lines import is_right_to_left
from jpoa_desktop.handouts.common.fitting import OnCut, cut_to_lines
from jpoa_desktop.texts.fonts import missing_letters, named_letters

PLACEHOLDER = "?"  # printed for a letter or digit the fonts lack; symbols are left out
ELLIPSIS = "…"
# Spacing controls read as a space; other controls, format characters and private or
# unassigned code points are not printed at all.
SPACES = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029")
NOTED_LENGTH = 80  # a person named in a notice: this many letters at most


@dataclass(frozen=True)
class PrintNotice:
    """One change a handout made to a text so that it prints.

    `kind` is "latin" (the name printed in its Latin spelling), "unprintable" (letters the
    fonts lack were left out; `detail` lists them) or "cut" (the text was cut to fit its box,
    ending in "…"; `detail` is what was printed)."""

    kind: str
    person: str  # whose text, as written (shortened); "" for a text of the workshop
    field: str  # name, organisation, position, title, session, place, speakers
    detail: str = ""
    kept: int = 0  # a cut: the letters printed before the "…"
    length: int = 0  # a cut: the letters the text has


@dataclass
class PrintNotices:
    """The notices of one handout, each once, in the order they arose."""

    items: list[PrintNotice] = field(default_factory=list)

    def add(
        self,
        kind: str,
        person: str,
        field_name: str,
        detail: str = "",
        kept: int = 0,
        length: int = 0,
    ) -> None:
        notice = PrintNotice(kind, shortened(person), field_name, detail, kept, length)
        if notice not in self.items:
            self.items.append(notice)

    def __bool__(self) -> bool:
        return bool(self.items)

    def as_dicts(self) -> list[dict[str, str]]:
        return [notice.__dict__.copy() for notice in self.items]


def shortened(text: str, length: int = NOTED_LENGTH) -> str:
    text = cleaned(text)
    return text if len(text) <= length else text[: length - 1].rstrip() + ELLIPSIS


def cleaned(text: str) -> str:
    """`text` without control and format characters; line breaks and tabs become spaces."""
    if text.isprintable():  # the usual case, answered in C: nothing to clean
        return text
    out = []
    for char in text:
        if char in SPACES:
            out.append(" ")
        elif unicodedata.category(char) not in ("Cc", "Cf", "Cs"):
            out.append(char)
    return "".join(out)


def shaped(text: str) -> str:
    """Arabic-script letters in their joined (presentation) forms, still in reading order:
    `bidi_lines` puts each printed line in visual order once the line breaks are known."""
    if not is_right_to_left(text):
        return text
    joined = arabic_reshaper.reshape(text)
    return "".join(c for c in joined if unicodedata.category(c) != "Cf")


def _with_placeholders(text: str, missing: list[str]) -> str:
    lacking = set(missing)
    out = []
    for char in text:
        if char not in lacking:
            out.append(char)
        elif unicodedata.category(char)[0] in "LN" and (not out or out[-1] != PLACEHOLDER):
            out.append(PLACEHOLDER)  # a letter or digit is missing here; a symbol just goes
    return " ".join("".join(out).split())


def printable(text: str, notices: PrintNotices, person: str = "", field_name: str = "") -> str:
    """`text` ready to draw: cleaned, shaped, and with what the fonts lack left out (noted)."""
    drawn = shaped(cleaned(text))
    missing = missing_letters(drawn)
    if not missing:
        return drawn
    notices.add("unprintable", person or text, field_name, named_letters(missing))
    return _with_placeholders(drawn, missing)


def cut_noter(notices: PrintNotices, person: str, field_name: str, text: str) -> OnCut:
    """An `on_cut` for `fit` that notes the cut of `text` (whose it is, which field)."""

    def note(kept: str) -> None:
        notices.add("cut", person, field_name, shortened(kept), len(kept) - 1, len(text))

    return note


def capped(
    text: str,
    style: ParagraphStyle,
    width: float,
    lines: int,
    notices: PrintNotices,
    person: str,
    field_name: str,
) -> str:
    """`text` cut to `lines` lines at `width` in `style` (noted when it is cut): a table row
    taller than a page is what stops ReportLab, so no cell may grow without bound."""
    kept = cut_to_lines(text, style, width, lines)
    if kept != text:
        cut_noter(notices, person, field_name, text)(kept)
    return kept


def can_print(text: str) -> bool:
    return not missing_letters(shaped(cleaned(text)))


@dataclass(frozen=True)
class PrintedName:
    """A person's name parts as they will be drawn, and the Latin line to draw under them."""

    parts: tuple[str, ...]
    latin: str
    in_latin: bool  # the name itself could not be printed: `parts` hold its Latin spelling


def printed_name(
    parts: tuple[str, ...],
    latin_parts: tuple[str, ...],
    notices: PrintNotices,
) -> PrintedName:
    """The name as written when the fonts can print it; else its Latin spelling (noted);
    else what can be printed of it, with placeholders (noted)."""
    written = " ".join(p for p in parts if p)
    latin = " ".join(cleaned(p) for p in latin_parts if p).strip()
    if all(can_print(part) for part in parts):
        shown_latin = shaped(cleaned(latin)) if can_print(latin) else ""
        return PrintedName(tuple(shaped(cleaned(p)) for p in parts), shown_latin, False)
    if latin and can_print(latin):
        notices.add("latin", written, "name", latin)
        latin_shown = tuple(cleaned(p) for p in latin_parts)
        latin_shown += ("",) * (len(parts) - len(latin_shown))
        if len(latin_shown) > len(parts):  # more Latin parts than name slots: the rest last
            latin_shown = (*latin_shown[: len(parts) - 1], " ".join(latin_shown[len(parts) - 1 :]))
        return PrintedName(latin_shown, "", True)
    return PrintedName(tuple(printable(p, notices, written, "name") for p in parts), "", False)
