"""Name badges, N-up on a label sheet: role colour band, name large, organisation, QR code.

Long names and ministry titles first shrink (down to a legible floor), then wrap; a word is never
cut and nothing is clipped. Each badge's QR code carries its badge code, which the check-in
door reads with a scanner.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.handouts.common.bidi_lines import display
from jpoa_desktop.handouts.common.fitting import OnCut, draw_at, fit
from jpoa_desktop.handouts.common.page import (
    GREY,
    PAPERS,
    RULE,
    PageOptions,
    latin_line,
    stop_if_cancelled,
)
from jpoa_desktop.handouts.common.printable import (
    PrintNotices,
    cut_noter,
    printable,
    printed_name,
)
from jpoa_desktop.handouts.common.qr import draw_qr
from jpoa_desktop.handouts.common.sheets import SheetTemplate, cells
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts
from jpoa_desktop.texts.labels import Labels, catalogue

ROLE_COLOURS = {
    "participant": HexColor("#1f5f99"),
    "speaker": HexColor("#2e7d32"),
    "facilitator": HexColor("#c25e00"),
    "organiser": HexColor("#6a3d9a"),
    "observer": HexColor("#5f6b76"),
}
PAD = 4 * mm
BAND = 7 * mm


@dataclass(frozen=True)
class Badge:
    family_name: str
    given_names: str  # given name and patronymic, as written
    latin: str
    organisation: str
    country: str  # ISO code
    role: str
    code: str
    latin_family: str = ""  # printed instead of the names when the fonts cannot print them
    latin_given: str = ""


@dataclass(frozen=True)
class BadgeData:
    language: str
    workshop: str  # the workshop's title, small at the foot of each badge
    badges: tuple[Badge, ...]
    sheet: SheetTemplate
    offset_mm: tuple[float, float] = (0.0, 0.0)  # printer calibration: right, down

    def texts(self) -> Iterator[str]:
        yield self.workshop
        for badge in self.badges:
            yield from (badge.family_name, badge.given_names, badge.latin, badge.organisation)


@dataclass(frozen=True)
class Placed:
    """A text block as laid out on the page, for checking that it stays inside its badge."""

    text: str
    x: float
    y: float
    width: float
    height: float


NAME_SHARES = (0.62, 0.52, 0.44, 0.36)  # of the room above the QR code, tried in turn
ORGANISATION_SIZES = (10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5)


Blocks = list[tuple[str, Paragraph, float, float]]


def printable_badge(badge: Badge, notices: PrintNotices) -> Badge:
    """The badge's texts as the fonts can print them: the Latin spelling for a name they
    cannot, no control characters, Arabic and Hebrew joined and in reading order (noted)."""
    name = printed_name((badge.family_name, badge.given_names),
                        (badge.latin_family, badge.latin_given), notices)  # fmt: skip
    if not name.in_latin and name.latin == "" and badge.latin:
        name = replace(name, latin=printable(badge.latin, NO_NOTES))
    written = f"{badge.family_name} {badge.given_names}"
    return replace(
        badge,
        family_name=name.parts[0],
        given_names=name.parts[1],
        latin=name.latin,
        organisation=printable(badge.organisation, notices, written, "organisation"),
    )


NO_NOTES = PrintNotices()  # a Latin line that cannot be printed is simply not printed


def _text_blocks(
    badge: Badge,
    inner: float,
    side: float,
    room: float,
    names_room: float,
    notices: PrintNotices,
    who: str,
) -> Blocks:
    """The name, Latin spelling and organisation as (text, paragraph, width, gap below), the
    names as large as leaves the organisation room: on a small label the names give up size,
    and at last the Latin spelling its line, before the organisation would run into the
    country line. Only a text too long for any of these is cut, with "…" (noted)."""
    second = latin_line(f"{badge.family_name} {badge.given_names}", badge.latin)
    attempts = [(share, second) for share in NAME_SHARES]
    if second:
        attempts.append((NAME_SHARES[-1], ""))
    tried: list[tuple[int, Blocks, PrintNotices]] = []
    for share, latin_text in attempts:
        cuts = PrintNotices()
        blocks = _blocks(badge, inner, side, room, names_room * share, latin_text, cuts, who)
        if not cuts:
            return blocks
        tried.append((len(cuts.items), blocks, cuts))
    _count, blocks, cuts = min(tried, key=lambda t: t[0])  # the fewest cuts, the largest names
    notices.items.extend(n for n in cuts.items if n not in notices.items)
    return blocks


def _blocks(
    badge: Badge,
    inner: float,
    side: float,
    room: float,
    names_height: float,
    latin_text: str,
    cuts: PrintNotices,
    who: str,
) -> Blocks:
    def noter(text: str, field_name: str) -> OnCut:
        return cut_noter(cuts, who, field_name, text)

    family = fit(badge.family_name, BOLD, (22, 20, 18, 16, 14, 12, 11), inner,
                 names_height * 0.55, on_cut=noter(badge.family_name, "name"))  # fmt: skip
    given = fit(badge.given_names, REGULAR, (14, 13, 12, 11, 10, 9, 8.5), inner,
                names_height * 0.45, on_cut=noter(badge.given_names, "name"))  # fmt: skip
    blocks = [(badge.family_name, family, inner, 0.5 * mm),
              (badge.given_names, given, inner, 0.0)]  # fmt: skip
    if latin_text:
        latin = fit(latin_text, REGULAR, (8, 7.5, 7), inner, 4 * mm, GREY,
                    on_cut=noter(latin_text, "latin"))  # fmt: skip
        blocks.append(("", latin, inner, 0.0))
    blocks[-1] = (*blocks[-1][:3], 2 * mm)
    left = room - sum(p.wrap(w, 10_000)[1] + gap for _t, p, w, gap in blocks)
    organisation = fit(badge.organisation, REGULAR, ORGANISATION_SIZES, side, left,
                       on_cut=noter(badge.organisation, "organisation"))  # fmt: skip
    blocks.append((badge.organisation, organisation, side, 0.0))
    return blocks


def draw_badge(
    canvas: Canvas,
    badge: Badge,
    labels: Labels,
    workshop: str,
    box: tuple[float, ...],
    notices: PrintNotices | None = None,
    who: str = "",
) -> list[Placed]:
    """Draw `badge` in `box`; what had to be cut to fit goes to `notices`, under `who` (the
    name as written)."""
    notices = PrintNotices() if notices is None else notices
    x, y, width, height = box
    placed: list[Placed] = []
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, width, height, stroke=1, fill=0)  # a cutting guide
    colour: Color = ROLE_COLOURS.get(badge.role, ROLE_COLOURS["participant"])
    canvas.setFillColor(colour)
    canvas.rect(x, y + height - BAND, width, BAND, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, 9)
    role = labels(f"role_{badge.role}") if badge.role else ""
    canvas.drawString(x + PAD, y + height - BAND + 2.4 * mm, role)
    inner = width - 2 * PAD
    qr_size = min(height * 0.36, 22 * mm)
    top = y + height - BAND - 3 * mm
    side = inner - qr_size - 3 * mm  # the organisation may run beside the QR code
    workshop = display(workshop)  # one line, drawn as is
    title = workshop if stringWidth(workshop, REGULAR, 6) <= side else ""
    bottom = y + PAD + (6.5 if title else 3.5) * mm  # the workshop and country lines
    names_room = height - BAND - 3 * mm - qr_size - PAD
    blocks = _text_blocks(badge, inner, side, top - bottom, names_room, notices, who)
    for text, paragraph, block_width, gap_after in blocks:
        used = draw_at(canvas, paragraph, x + PAD, top, block_width)
        if text:
            placed.append(Placed(text, x + PAD, top - used, block_width, used))
        top -= used + gap_after
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 7)
    country_key = f"country_{badge.country}"
    country = labels(country_key) if country_key in catalogue() else badge.country
    canvas.drawString(x + PAD, y + PAD, country)
    qr_x, qr_y = x + width - PAD - qr_size, y + PAD + 2.5 * mm
    draw_qr(canvas, badge.code, qr_x, qr_y, qr_size)
    canvas.setFont(REGULAR, 6.5)
    canvas.drawCentredString(qr_x + qr_size / 2, y + PAD, badge.code)
    if title:
        canvas.setFont(REGULAR, 6)
        canvas.drawString(x + PAD, y + PAD + 3 * mm, title)
    return placed


def build(
    data: BadgeData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the badges to `out`; return the labels printed in English. The label sheet
    (`data.sheet`) sets the paper and the cells, so `options` changes nothing on a badge."""
    english, _placed = build_placed(data, out, progress, cancelled, notices)
    return english


def build_placed(
    data: BadgeData,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> tuple[list[str], list[Placed]]:
    """`build`, also returning where each text block went (the tests hold those against the
    badge boxes). What had to be changed to print (a Latin spelling, a letter left out, a
    text cut) goes to `notices`."""
    notices = PrintNotices() if notices is None else notices
    register_fonts()
    workshop = printable(data.workshop, notices, "", "title")
    labels = Labels(data.language)
    sheet = data.sheet
    paper = PAPERS[sheet.paper]
    boxes = cells(sheet, paper[1], data.offset_mm)
    placed: list[Placed] = []

    def write(path: Path) -> None:
        # initialFontName: else each page names an unembedded Helvetica (the stubs call it a float)
        canvas = Canvas(str(path), pagesize=paper, initialFontName=REGULAR)  # type: ignore[arg-type]
        canvas.setTitle(workshop[:200])
        for done, badge in enumerate(data.badges):
            slot = done % sheet.per_page
            if done and slot == 0:
                stop_if_cancelled(cancelled)
                canvas.showPage()
            progress(done, len(data.badges))
            shown = printable_badge(badge, notices)
            who = f"{badge.family_name} {badge.given_names}"
            placed.extend(draw_badge(canvas, shown, labels, workshop, boxes[slot], notices, who))
        canvas.showPage()
        canvas.save()

    replace_atomically(out, write)
    progress(len(data.badges), len(data.badges))
    return labels.missing, placed
