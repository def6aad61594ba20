"""A strategy draft as a PDF: the same content as the Word export, in the handouts' fonts.

The goals, objectives and measures are read on portrait pages; the action-plan table follows
on landscape pages (nine columns do not fit a portrait page without cutting words), with its
header row repeated on each. Like every handout, the text is checked against the bundled
fonts first, and only those fonts are embedded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.handouts.common.page import (
    PageOptions,
    document_info,
    numbered_canvas,
    ruled_list_style,
    styles,
)
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.strategies import DraftView, MeasureView
from jpoa_desktop.texts.column_widths import plan_column_widths
from jpoa_desktop.texts.fonts import check_texts, register_fonts
from jpoa_desktop.texts.labels import Labels, in_all, missing_in
from jpoa_desktop.texts.strategy_text import (
    PLAN_COLUMNS,
    detail_lines,
    draft_facts,
    draft_texts,
    other_texts,
    plan_cells,
    stop_if_cancelled,
    text_in,
)

Styles = dict[str, ParagraphStyle]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def build(
    draft: DraftView,
    options: PageOptions,
    out: Path,
    language: str,
    second: str | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> list[str]:
    """Write the draft to `out`; return the labels that fell back to English."""
    languages = (language, second) if second and second != language else (language,)
    check_texts(draft_texts(draft, languages))
    labels = [Labels(lang) for lang in languages]
    look = _styles(options)
    story = _front(draft, labels, look)
    measures = draft.measures()
    total, done = len(measures) * 2, 0
    for goal in draft.goals:
        story += _heading(f"{goal.number}. ", goal.texts, labels, look["goal"], look)
        for objective in goal.objectives:
            story += _heading(
                f"{objective.number} ", objective.texts, labels, look["heading"], look
            )
            for measure in objective.measures:
                stop_if_cancelled(cancelled)
                progress(done, total)
                story += _measure(measure, labels, look)
                done += 1
    story += [NextPageTemplate("landscape"), PageBreak()]
    story.append(_p(in_all(labels, "strategy_kind_action_plan"), look["goal"]))
    wide = replace(options, landscape=True)
    width = wide.size()[0] - 2 * wide.margin_mm * mm
    rows = []
    for measure in measures:
        stop_if_cancelled(cancelled)
        progress(done, total)
        cells = plan_cells(measure, labels[0])
        cells[4] = cells[4].replace("–", "– ")  # the dates may break after the dash
        rows.append(cells)
        done += 1
    story.append(_plan_table(rows, labels, look, width))
    title = text_in(draft.summary.titles, language)
    first = labels[0]
    _write(out, story, options, title, lambda page, pages: first("page_of", page=page, pages=pages))
    progress(total, total)
    return missing_in(labels)


def _styles(options: PageOptions) -> Styles:
    look = styles(options.accent)
    look["goal"] = ParagraphStyle(
        "goal", parent=look["heading"], fontSize=14, leading=17, spaceBefore=12
    )
    look["measure"] = ParagraphStyle(
        "measure", parent=look["cell_bold"], fontSize=9.5, leading=12, spaceBefore=6,
        keepWithNext=1,
    )  # fmt: skip
    look["detail"] = ParagraphStyle("detail", parent=look["body"], fontSize=8.5, leading=10.5,
                                    leftIndent=8 * mm)  # fmt: skip
    look["second"] = ParagraphStyle("second", parent=look["small"], fontSize=9, leading=11)
    return look


def _front(draft: DraftView, labels: list[Labels], look: Styles) -> list[Flowable]:
    first = labels[0]
    summary = draft.summary
    title = text_in(summary.titles, first.language)
    story: list[Flowable] = [
        _p(in_all(labels, f"strategy_kind_{summary.kind}"), look["small"]),
        _p(title, look["title"]),
    ]
    for label in labels[1:]:
        other = text_in(summary.titles, label.language)
        if other != title:
            story.append(_p(other, look["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    for name, value in draft_facts(draft, labels):
        story.append(Paragraph(f"<b>{escape(name)}:</b> {escape(value)}", look["body"]))
    return story


def _heading(
    number: str, texts: dict[str, str], labels: list[Labels], style: ParagraphStyle, look: Styles
) -> list[Flowable]:
    text = text_in(texts, labels[0].language)
    story: list[Flowable] = [_p(f"{number}{text}", style)]
    return story + _second(texts, labels, text, look)


def _second(
    texts: dict[str, str], labels: list[Labels], shown: str, look: Styles
) -> list[Flowable]:
    return [_p(other, look["second"]) for other in other_texts(texts, labels, shown)]


def _measure(measure: MeasureView, labels: list[Labels], look: Styles) -> list[Flowable]:
    text = text_in(measure.texts, labels[0].language)
    story: list[Flowable] = [_p(f"{measure.number} {text}", look["measure"])]
    story += _second(measure.texts, labels, text, look)
    for name, value in detail_lines(measure, labels[0]):
        story.append(Paragraph(f"<b>{escape(name)}:</b> {escape(value)}", look["detail"]))
    return story


def _plan_table(rows: list[list[str]], labels: list[Labels], look: Styles, width: float) -> Table:
    headers = [in_all(labels, key) for key, _weight in PLAN_COLUMNS]
    # Bold 8.5 pt: as wide as the headers, a little wider than the cells.
    widths = plan_column_widths(headers, rows, width, look["header"])
    data: list[list[Any]] = [[_p(header, look["header"]) for header in headers]]
    data += [[_p(cell, look["cell"]) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(ruled_list_style())
    return table


def _write(
    target: Path,
    story: list[Flowable],
    options: PageOptions,
    title: str,
    footer: Callable[[int, int], str],
) -> None:
    register_fonts()
    margin = options.margin_mm * mm
    portrait = replace(options, landscape=False).size()
    wide = replace(options, landscape=True).size()

    def template(name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(margin, margin + 4 * mm, size[0] - 2 * margin, size[1] - 2 * margin - 4 * mm,
                      id=name)  # fmt: skip
        return PageTemplate(id=name, frames=[frame], pagesize=size)

    def build(path: Path) -> None:
        document = BaseDocTemplate(
            str(path),
            pagesize=portrait,
            **document_info(title),
            pageTemplates=[template("portrait", portrait), template("landscape", wide)],
        )
        document.build(story, canvasmaker=numbered_canvas(footer, margin))

    replace_atomically(target, build)
