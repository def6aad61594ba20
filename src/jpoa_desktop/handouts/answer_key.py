"""The answer key: each number of the pre-test and the post-test with its right letters, the two
tests side by side, for the trainer who marks the paper by hand.

A shuffled post-test asks the same questions in another order, so its column also names the
pre-test number of each question: a trainer comparing a person's two papers finds the pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from jpoa_desktop.handouts.common.page import (
    GREY,
    RULE,
    SHADE,
    PageOptions,
    styles,
    table_style,
    write_story,
)
from jpoa_desktop.handouts.common.printable import PrintNotices, printable
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.labels import Labels, in_all


@dataclass(frozen=True)
class KeyLine:
    number: int  # as printed on its form
    kind: str
    correct: str  # "B", "AC", "T", "F"; "" for a question that is not scored
    pre_number: int = 0  # on the post-test: the same question's number on the pre-test


@dataclass(frozen=True)
class AnswerKeyData:
    languages: tuple[str, ...]
    titles: tuple[str, ...]
    when: str
    pre: tuple[KeyLine, ...]
    post: tuple[KeyLine, ...]


def answer_text(line: KeyLine, labels: list[Labels]) -> str:
    """ "B", "A, C", "True", or "not scored", as the trainer reads it off the key."""
    if line.kind == "truefalse" and line.correct in ("T", "F"):
        return in_all(labels, "true" if line.correct == "T" else "false")
    if not line.correct:
        return in_all(labels, "not_scored")
    return ", ".join(line.correct)


def _cells(line: KeyLine | None, labels: list[Labels], post: bool) -> list[str]:
    if line is None:
        return ["", "", ""] if post else ["", ""]
    cells = [f"{line.number}", answer_text(line, labels)]
    if post:
        cells.append(str(line.pre_number) if line.pre_number else "")
    return cells


def build(
    data: AnswerKeyData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the key into `out`; return the labels printed in another language."""
    notices = PrintNotices() if notices is None else notices
    labels = [Labels(language) for language in data.languages]
    look = styles(options.accent)
    width = options.size()[0] - 2 * options.margin_mm * mm
    progress(0, 1)

    def header(text: str) -> Paragraph:
        return Paragraph(escape(text), look["header"])

    number, answer, pre_number = (
        in_all(labels, k) for k in ("number", "answer", "pre_test_number")
    )
    rows: list[list[Any]] = [
        [header(in_all(labels, "pre_test")), "", "", header(in_all(labels, "post_test")), "", ""],
        [header(number), header(answer), "", header(number), header(answer), header(pre_number)],
    ]
    for index in range(max(len(data.pre), len(data.post))):
        pre = data.pre[index] if index < len(data.pre) else None
        post = data.post[index] if index < len(data.post) else None
        cells = [*_cells(pre, labels, False), "", *_cells(post, labels, True)]
        bold = (1, 4)  # the answers, read at a glance
        rows.append([Paragraph(escape(cell), look["cell_bold" if n in bold else "cell"])
                     for n, cell in enumerate(cells)])  # fmt: skip
    gap = 8 * mm
    column = (width - gap) / 2
    widths = [column * 0.25, column * 0.75, gap, column * 0.2, column * 0.45, column * 0.35]
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(table_style([
        ("SPAN", (0, 0), (1, 0)), ("SPAN", (3, 0), (5, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (1, 1), 0.8, GREY), ("LINEBELOW", (3, 1), (5, 1), 0.8, GREY),
        ("LINEBELOW", (0, 2), (1, -1), 0.4, RULE), ("LINEBELOW", (3, 2), (5, -1), 0.4, RULE),
        ("BACKGROUND", (1, 2), (1, -1), SHADE), ("BACKGROUND", (4, 2), (4, -1), SHADE),
    ]))  # fmt: skip
    title = "<br/>".join(escape(printable(t, notices, "", "title")) for t in data.titles)
    story: list[Flowable] = [
        Paragraph(escape(in_all(labels, "answer_key")), look["title"]),
        Paragraph(f"<b>{title}</b>", look["body"]),
        Paragraph(escape(data.when), look["small"]),
        Spacer(1, 4 * mm),
        table,
    ]
    progress(1, 1)
    return write_story(out, story, options, f"{labels[0]('answer_key')} — {data.titles[0][:200]}",
                       labels)  # fmt: skip
