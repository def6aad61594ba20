"""Table tents: a sheet folded in half along its width, the name readable from both sides.

The upper half is the lower half turned upside down, so once folded into a tent each side
faces one side of the table. One tent per page; the fold is marked with a faint dashed line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.handouts.common.fitting import draw_at, fit
from jpoa_desktop.handouts.common.page import (
    GREY,
    PAPERS,
    RULE,
    PageOptions,
    latin_line,
    stop_if_cancelled,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, cut_noter, printable, printed_name
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts
from jpoa_desktop.texts.labels import Labels, catalogue

MARGIN = 18 * mm


@dataclass(frozen=True)
class Tent:
    family_name: str
    given_names: str
    organisation: str
    country: str  # ISO code
    latin: str = ""  # printed small under a name written in Cyrillic
    latin_family: str = ""  # printed instead of the names when the fonts cannot print them
    latin_given: str = ""


@dataclass(frozen=True)
class TentData:
    language: str
    tents: tuple[Tent, ...]

    def texts(self) -> Iterator[str]:
        for tent in self.tents:
            yield from (tent.family_name, tent.given_names, tent.organisation, tent.latin)


def printable_tent(tent: Tent, notices: PrintNotices) -> Tent:
    """The tent's texts as the fonts can print them (see `badges.printable_badge`)."""
    name = printed_name((tent.family_name, tent.given_names),
                        (tent.latin_family, tent.latin_given), notices)  # fmt: skip
    written = f"{tent.family_name} {tent.given_names}"
    return Tent(name.parts[0], name.parts[1],
                printable(tent.organisation, notices, written, "organisation"), tent.country,
                name.latin)  # fmt: skip


def _panel(
    canvas: Canvas,
    tent: Tent,
    labels: Labels,
    size: tuple[float, float],
    accent: Color,
    notes: tuple[PrintNotices, str],
) -> None:
    """One side of the tent, drawn in the lower half of the page (0..height); a text cut to
    fit is noted in `notes` (the notices, and whose tent it is)."""
    width, height = size
    notices, who = notes
    inner = width - 2 * MARGIN
    top = height - 22 * mm
    family = fit(tent.family_name, BOLD, (60, 54, 48, 42, 36, 30), inner, 46 * mm,
                 alignment=TA_CENTER,
                 on_cut=cut_noter(notices, who, "name", tent.family_name))  # fmt: skip
    top -= draw_at(canvas, family, MARGIN, top, inner) + 2 * mm
    given = fit(tent.given_names, REGULAR, (32, 28, 24, 20), inner, 24 * mm, alignment=TA_CENTER,
                on_cut=cut_noter(notices, who, "name", tent.given_names))  # fmt: skip
    top -= draw_at(canvas, given, MARGIN, top, inner) + 2 * mm
    second = latin_line(f"{tent.family_name} {tent.given_names}", tent.latin)
    if second:  # for the guests who read only Latin letters
        latin = fit(second, REGULAR, (15, 13, 12), inner, 8 * mm, colour=GREY,
                    alignment=TA_CENTER,
                    on_cut=cut_noter(notices, who, "latin", second))  # fmt: skip
        top -= draw_at(canvas, latin, MARGIN, top, inner)
    top -= 3 * mm
    cut_organisation = cut_noter(notices, who, "organisation", tent.organisation)
    organisation = fit(tent.organisation, REGULAR, (16, 14, 12, 11), inner, top - 20 * mm,
                       colour=GREY, alignment=TA_CENTER, on_cut=cut_organisation)  # fmt: skip
    draw_at(canvas, organisation, MARGIN, top, inner)
    key = f"country_{tent.country}"
    country = labels(key) if key in catalogue() else tent.country
    canvas.setFillColor(accent)
    canvas.setFont(BOLD, 13)
    canvas.drawCentredString(width / 2, 14 * mm, country)


def build(
    data: TentData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write one folded tent per page to `out`, on `options.paper`, the country line in
    `options.accent` (margins are the tent's own: it is folded, not bound); return the labels
    printed in English. What had to be changed to print (a Latin spelling, a letter left out,
    a text cut) goes to `notices`."""
    notices = PrintNotices() if notices is None else notices
    register_fonts()
    labels = Labels(data.language)
    width, height = PAPERS[options.paper]
    half = height / 2

    def write(path: Path) -> None:
        # initialFontName: else each page names an unembedded Helvetica (the stubs call it a float)
        canvas = Canvas(str(path), pagesize=(width, height), initialFontName=REGULAR)  # type: ignore[arg-type]
        for done, tent in enumerate(data.tents):
            stop_if_cancelled(cancelled)
            progress(done, len(data.tents))
            canvas.setStrokeColor(RULE)
            canvas.setDash(3, 3)
            canvas.line(8 * mm, half, width - 8 * mm, half)  # fold here
            canvas.setDash()
            shown = printable_tent(tent, notices)
            notes = (notices, f"{tent.family_name} {tent.given_names}")
            _panel(canvas, shown, labels, (width, half), options.accent, notes)
            canvas.saveState()
            canvas.translate(width, height)
            canvas.rotate(180)  # the far side, upside down until folded
            _panel(canvas, shown, labels, (width, half), options.accent, notes)
            canvas.restoreState()
            canvas.showPage()
        canvas.save()

    replace_atomically(out, write)
    progress(len(data.tents), len(data.tents))
    return labels.missing
