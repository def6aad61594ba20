"""What the printed pre-test, post-test and evaluation form share: their data, the head of each
person's copy with its QR code, boxes to mark, lines to write on, and page numbers per copy.

A pile of forms comes back from the room unsorted, pages loose: each copy starts on a new page,
carries its person's name, code and QR code on top, and every page's footer repeats whose copy it
is and "page 2 of 3" counted within that copy, so a loose second page still finds its owner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from jpoa_desktop.handouts.common.images import BrandImage, ImagePainter, logo_story
from jpoa_desktop.handouts.common.page import (
    GREY,
    RULE,
    PageOptions,
    stop_if_cancelled,
    styles,
    table_style,
    write_pdf,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, printable, printed_name
from jpoa_desktop.handouts.common.qr import draw_qr
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.labels import Labels, in_all, missing_in

QR_SIZE = 26 * mm
BOX = 3.8 * mm  # a box to mark: big enough for a tick or a cross made in a hurry
WRITING_LINE = 8 * mm
FOOTER_NAME = 60  # letters of a name in the footer, at most


@dataclass(frozen=True)
class FormQuestion:
    """One item as printed: its number on this form, its kind, its text and its options in
    each of the handout's languages (a text once when both languages have the same)."""

    number: int
    kind: str  # single multiple truefalse scale open
    texts: tuple[str, ...]
    options: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class FormPerson:
    name: str  # as written, in the person's own script
    latin: str  # the Latin spelling, printed under a Cyrillic name
    code: str  # the badge code, which the QR code carries


@dataclass(frozen=True)
class FormCopies:
    """Whose copies to print: one per person (with a QR code each) and then `blank` copies
    with lines for a name and a code."""

    people: tuple[FormPerson, ...] = ()
    blank: int = 1


@dataclass(frozen=True)
class FormHead:
    languages: tuple[str, ...]
    titles: tuple[str, ...]  # the workshop's title in each language
    when: str  # "Bishkek · 2–3 March 2026"
    label: str  # the form's label key: pre_test, post_test, evaluation_form
    qr_word: str  # PRE, POST, EVAL: the QR code reads JPF:PRE:<badge code>
    logos: tuple[BrandImage, ...] = ()


def qr_text(word: str, code: str) -> str:
    """What a person's QR code carries: upper case only, so it stays a compact QR code."""
    return f"JPF:{word}:{code}".upper()


class QrCode(Flowable):
    """A QR code as a flowable, `size` points square (quiet zone included)."""

    def __init__(self, text: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


class MarkBox(Flowable):
    """An empty square to tick."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.setStrokeColor(GREY)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class CopyStart(Flowable):
    """Draws nothing: tells the footer that a new copy starts on this page, and whose, and
    calls `reached` (laying out the pages is most of the work: progress and cancel go here)."""

    def __init__(self, starts: dict[int, str], owner: str, reached: Callable[[], None]) -> None:
        super().__init__()
        self.starts, self.owner, self.reached = starts, owner, reached

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.reached()
        self.starts[self.canv.getPageNumber()] = self.owner


def copy_footer(starts: dict[int, str], labels: list[Labels]) -> Callable[[int, int], str]:
    """A footer that counts pages within each copy ("Ким Ольга · K7Q2MN — Page 2 of 3"),
    from the pages `CopyStart` marked; footers are drawn last, when every page is known."""

    def footer(page: int, pages: int) -> str:
        first = max((p for p in starts if p <= page), default=1)
        following = [p for p in starts if p > first]
        last = (min(following) - 1) if following else pages
        owner = starts.get(first, "")
        number = labels[0]("page_of", page=page - first + 1, pages=last - first + 1)
        return f"{owner} — {number}" if owner else number

    return footer


def texts_markup(
    texts: Sequence[str], notices: PrintNotices, what: str, inline: bool = False
) -> str:
    """Paragraph markup: the first language's text, the second's grey and smaller under it
    (or after it, `inline`: an option's few words)."""
    shown = [escape(printable(text, notices, "", what)) for text in texts if text]
    if not shown:
        return ""
    start = " / " if inline else "<br/>"
    rest = "".join(f"{start}<font size=8 color='#5f6b76'>{text}</font>" for text in shown[1:])
    return shown[0] + rest


def head(
    form: FormHead,
    labels: list[Labels],
    look: dict[str, ParagraphStyle],
    width: float,
    person: FormPerson | None,
    notices: PrintNotices,
    anonymous: bool = False,
) -> list[Flowable]:
    """The top of a copy: the workshop, the form's name, and the person's name and code with
    the QR code beside them, or lines to fill in on a blank copy (none on an anonymous one)."""
    title = "<br/>".join(escape(printable(t, notices, "", "title")) for t in form.titles)
    lines = [
        Paragraph(escape(in_all(labels, form.label)), look["title"]),
        Paragraph(f"<b>{title}</b>", look["body"]),
        Paragraph(escape(form.when), look["small"]),
        Spacer(1, 2 * mm),
    ]
    if person is not None:
        name = printed_name((person.name,), (person.latin,), notices)
        shown = escape(name.parts[0])
        if name.latin and name.latin != name.parts[0]:
            shown += f" <font size=9 color='#5f6b76'>{escape(name.latin)}</font>"
        big = ParagraphStyle("person", parent=look["body"], fontSize=13, leading=17)
        lines.append(Paragraph(f"<b>{shown}</b>", big))
        code = f"{in_all(labels, 'form_code')}: <b>{escape(person.code)}</b>"
        lines.append(Paragraph(code, look["body"]))
    elif not anonymous:
        lines.append(writing_lines([in_all(labels, "full_name"), in_all(labels, "form_code")],
                                   look, width - QR_SIZE - 4 * mm))  # fmt: skip
    left_width = width - QR_SIZE - 4 * mm
    right: Flowable = (
        QrCode(qr_text(form.qr_word, person.code)) if person is not None else Spacer(QR_SIZE, 1)
    )
    table = Table([[lines, right]], colWidths=[left_width, QR_SIZE + 4 * mm])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
                                ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))  # fmt: skip
    return [table, Spacer(1, 3 * mm)]


def writing_lines(captions: Sequence[str], look: dict[str, ParagraphStyle], width: float) -> Table:
    """A caption and a ruled line to write on, one row each ("Full name: ______")."""
    rows = [[Paragraph(escape(caption) + ":", look["small"]), ""] for caption in captions]
    table = Table(rows, colWidths=[width * 0.35, width * 0.65], rowHeights=WRITING_LINE)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LINEBELOW", (1, 0), (1, -1), 0.5, GREY),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


def comment_box(width: float, count: int = 4) -> Table:
    """Ruled lines for an open answer."""
    table = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=WRITING_LINE)
    table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def scale_boxes(labels: list[Labels], look: dict[str, ParagraphStyle], width: float) -> Table:
    """Five boxes in a row, each with its number and its word ("1 very poor" … "5 excellent")."""
    small = ParagraphStyle("scale", parent=look["small"], alignment=1, fontSize=7, leading=8.5)
    cells: list[list[Any]] = [[MarkBox() for _ in range(5)], []]
    for point in range(1, 6):
        words = escape(in_all(labels, f"scale_{point}"))
        cells[1].append(Paragraph(f"<b>{point}</b><br/>{words}", small))
    table = Table(cells, colWidths=[width / 5] * 5)
    table.setStyle(table_style([("ALIGN", (0, 0), (-1, 0), "CENTER"),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))  # fmt: skip
    return table


@dataclass(frozen=True)
class Layout:
    """What a copy's body is laid out with."""

    labels: list[Labels]
    look: dict[str, ParagraphStyle]
    width: float
    notices: PrintNotices


def print_copies(
    form: FormHead,
    copies: FormCopies,
    body: Callable[[Layout], list[Flowable]],
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
    anonymous: bool = False,
) -> list[str]:
    """Write each copy (its people's, then the blank ones) into `out`, each on new pages: the
    logos, the head, then `body`; pages counted per copy. Return the labels that fell back."""
    layout = Layout([Labels(language) for language in form.languages], styles(options.accent),
                    options.size()[0] - 2 * options.margin_mm * mm,
                    PrintNotices() if notices is None else notices)  # fmt: skip
    owners: list[FormPerson | None] = [*copies.people, *([None] * copies.blank)]
    starts: dict[int, str] = {}
    painter = ImagePainter()
    story: list[Flowable] = []
    total = 2 * len(owners)  # each copy made, then laid out

    def reached(done: int) -> Callable[[], None]:
        def step() -> None:
            stop_if_cancelled(cancelled)
            progress(done, total)

        return step

    for done, person in enumerate(owners):
        reached(done)()
        if story:
            story.append(PageBreak())
        owner = f"{person.name} · {person.code}"[:FOOTER_NAME] if person else ""
        story += [CopyStart(starts, owner, reached(len(owners) + done)),
                  *logo_story(form.logos, painter)]  # fmt: skip
        story += head(form, layout.labels, layout.look, layout.width, person, layout.notices,
                      anonymous)  # fmt: skip
        story += body(layout)
    title = f"{layout.labels[0](form.label)} — {form.titles[0][:200]}"
    write_pdf(out, story, options, title, copy_footer(starts, layout.labels))
    progress(total, total)
    return missing_in(layout.labels)
