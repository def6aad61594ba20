"""The printed pre-test and post-test: one copy per participant, then blank copies for walk-ins.

Each question keeps its number from the form (the entry grid's columns and the answer key use
the same), its options lettered A, B, C… with a box to tick; a multiple-choice question says
"(several answers)". A question is kept whole on a page when it fits one.
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
    comment_box,
    print_copies,
    scale_boxes,
    texts_markup,
)
from jpoa_desktop.handouts.common.page import PageOptions, table_style
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.model.evaluation import option_letters
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.fonts import BOLD
from jpoa_desktop.texts.labels import Labels, in_all

NUMBER_WIDTH, BOX_WIDTH, LETTER_WIDTH = 9 * mm, 7 * mm, 6 * mm


@dataclass(frozen=True)
class TestFormData:
    head: FormHead
    questions: tuple[FormQuestion, ...]
    copies: FormCopies
    fallbacks: tuple[str, ...] = ()  # question texts printed in another language (`Fallback`s)

    def texts(self) -> Iterator[str]:
        yield from self.head.titles
        for question in self.questions:
            yield from question.texts


def question_block(
    question: FormQuestion,
    labels: list[Labels],
    look: dict[str, ParagraphStyle],
    width: float,
    notices: PrintNotices,
) -> list[Flowable]:
    """One question: its number and text, then a row per option with a box and a letter (or
    True/False, the 1–5 scale, or lines to write on). The caller keeps it together (a
    KeepTogether inside another would push it to the next page whatever its height). The text
    is a paragraph and the options' rows may split, so no text is too long for a page."""
    what = f"question {question.number}"
    texts = question.texts
    if question.kind == "multiple":  # each language says so after its own text
        texts = tuple(f"{text} {label('several_answers')}"
                      for text, label in zip(texts, labels, strict=False))  # fmt: skip
    asked = ParagraphStyle("question", parent=look["body"], leftIndent=NUMBER_WIDTH,
                           bulletFontName=BOLD, spaceAfter=2)  # fmt: skip
    story: list[Flowable] = [
        Paragraph(texts_markup(texts, notices, what), asked, bulletText=f"{question.number}.")
    ]
    inner = width - NUMBER_WIDTH
    rows: list[list[Any]] = []
    if question.kind in ("single", "multiple"):
        letters = option_letters(len(question.options))
        for letter, option in zip(letters, question.options, strict=False):
            words = texts_markup(option, notices, what, inline=True)
            rows.append(["", MarkBox(), letter, Paragraph(words, look["body"])])
    elif question.kind == "truefalse":
        for key in ("true", "false"):
            rows.append(["", MarkBox(), "", Paragraph(escape(in_all(labels, key)), look["body"])])
    elif question.kind == "scale":
        rows.append(["", scale_boxes(labels, look, min(inner, 110 * mm))])
    else:
        rows.append(["", comment_box(inner - 10)])
    if question.kind in ("single", "multiple", "truefalse"):
        widths = [NUMBER_WIDTH, BOX_WIDTH, LETTER_WIDTH, inner - BOX_WIDTH - LETTER_WIDTH]
    else:
        widths = [NUMBER_WIDTH, inner]
    table = Table(rows, colWidths=widths, splitInRow=1)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("FONT", (2, 0), (2, -1), BOLD, 9.5),  # the letters: plain text
                                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
    return [*story, table, Spacer(1, 3 * mm)]


def build(
    data: TestFormData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write a copy per person and the blank copies into `out`; return the labels and the
    question texts printed in another language than the handout's."""

    def body(layout: Layout) -> list[Flowable]:
        labels, look, width = layout.labels, layout.look, layout.width
        guide = Paragraph(escape(in_all(labels, "test_instructions")), look["small"])
        return [guide, Spacer(1, 3 * mm)] + [
            KeepTogether(question_block(q, labels, look, width, layout.notices))
            for q in data.questions
        ]

    english = print_copies(data.head, data.copies, body, options, out, progress, cancelled,
                           notices)  # fmt: skip
    return sorted(dict.fromkeys([*english, *data.fallbacks]))
