"""The printed evaluation form: rating questions as a grid of 1–5 boxes, a block per session when
the form asks per session, and ruled boxes for comments.

Evaluations are usually anonymous (people say more), so the default copies carry no name and no
code; a trainer who wants to follow up may print one per person with the name and QR code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from jpoa_desktop.handouts.common.form_parts import (
    FormCopies,
    FormHead,
    FormQuestion,
    Layout,
    MarkBox,
    print_copies,
    texts_markup,
)
from jpoa_desktop.handouts.common.page import (
    GREY,
    RULE,
    PageOptions,
    table_style,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, printable
from jpoa_desktop.handouts.test_forms import question_block
from jpoa_desktop.model.evaluation import SCALE_POINTS
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.labels import Labels, in_all

NUMBER_WIDTH, POINT_WIDTH = 9 * mm, 12 * mm


@dataclass(frozen=True)
class EvaluationBlock:
    heading: str  # a session ("Day 1 · 09:00–10:30 · Title"); "" for the workshop as a whole
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class EvaluationFormData:
    head: FormHead
    blocks: tuple[EvaluationBlock, ...]
    copies: FormCopies  # no people and some blank copies: anonymous
    fallbacks: tuple[str, ...] = ()

    @property
    def anonymous(self) -> bool:
        return not self.copies.people

    def texts(self) -> Iterator[str]:
        yield from self.head.titles
        for block in self.blocks:
            yield block.heading
            for question in block.questions:
                yield from question.texts


def rating_grid(
    questions: list[FormQuestion],
    labels: list[Labels],
    look: dict[str, ParagraphStyle],
    width: float,
    notices: PrintNotices,
) -> Table:
    """Rating questions one to a row, a box under each point of the scale; the header (the
    points' numbers, their words in the legend above) repeats on the next page."""
    centred = ParagraphStyle("points", parent=look["header"], alignment=1)
    points = [Paragraph(str(p), centred) for p in range(1, SCALE_POINTS + 1)]
    rows: list[list[Any]] = [["", "", *points]]
    for question in questions:
        text = texts_markup(question.texts, notices, f"question {question.number}")
        rows.append([Paragraph(f"<b>{question.number}.</b>", look["body"]),
                     Paragraph(text, look["body"]),
                     *[MarkBox() for _ in range(SCALE_POINTS)]])  # fmt: skip
    text_width = width - NUMBER_WIDTH - SCALE_POINTS * POINT_WIDTH
    table = Table(rows, colWidths=[NUMBER_WIDTH, text_width, *[POINT_WIDTH] * SCALE_POINTS],
                  repeatRows=1, splitInRow=1)  # fmt: skip
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                                ("VALIGN", (0, 1), (1, -1), "TOP"),
                                ("VALIGN", (2, 1), (-1, -1), "MIDDLE"),
                                ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                                ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                                ("TOPPADDING", (0, 1), (-1, -1), 4),
                                ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]))  # fmt: skip
    return table


def legend(labels: list[Labels], look: dict[str, ParagraphStyle]) -> Paragraph:
    """What each point of the scale means: "1 очень плохо / very poor · 2 плохо / poor · …"."""
    words = (
        f"<b>{p}</b> {escape(in_all(labels, f'scale_{p}'))}" for p in range(1, SCALE_POINTS + 1)
    )
    return Paragraph(" · ".join(words), look["small"])


def block_story(
    block: EvaluationBlock,
    labels: list[Labels],
    look: dict[str, ParagraphStyle],
    width: float,
    notices: PrintNotices,
    titled: bool,
) -> list[Flowable]:
    """A block's heading, then its questions: runs of rating questions as one grid, any other
    question (an open comment, a choice) on its own."""
    parts: list[list[Flowable]] = []
    run: list[FormQuestion] = []
    for question in [*block.questions, None]:
        if question is not None and question.kind == "scale":
            run.append(question)
            continue
        if run:
            parts.append([rating_grid(run, labels, look, width, notices), Spacer(1, 3 * mm)])
            run = []
        if question is not None:
            parts.append(question_block(question, labels, look, width, notices))
    if titled:  # the heading never stays behind at the foot of a page
        heading = block.heading or in_all(labels, "whole_workshop")
        shown = Paragraph(escape(printable(heading, notices, "", "session")), look["heading"])
        parts[0] = [shown, *parts[0]]
    return [KeepTogether(part) for part in parts]


def build(
    data: EvaluationFormData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the copies into `out`; return the labels and the texts printed in another
    language than the handout's."""
    titled = len(data.blocks) > 1 or any(block.heading for block in data.blocks)

    def body(layout: Layout) -> list[Flowable]:
        labels, look = layout.labels, layout.look
        guide = in_all(labels, "evaluation_instructions")
        if data.anonymous:
            guide += " " + in_all(labels, "anonymous")
        story = [Paragraph(escape(guide), look["small"]), legend(labels, look), Spacer(1, 2 * mm)]
        for block in data.blocks:
            story += block_story(block, labels, look, layout.width, layout.notices, titled)
        thanks = Paragraph(f"<b>{escape(in_all(labels, 'thank_you'))}</b>", look["body"])
        return [*story, thanks]

    english = print_copies(data.head, data.copies, body, options, out, progress, cancelled,
                           notices, data.anonymous)  # fmt: skip
    return sorted(dict.fromkeys([*english, *data.fallbacks]))
