"""The donor report as a PDF: a narrative skeleton with the figures already written into it.

A title page names the selection (period, country, pillar, phase) and shows the big numbers;
then Summary (the figures in sentences a programme officer can paste into a donor's narrative),
Reach, Participation, Learning and Satisfaction, each with its chart from `handouts/charts.py`
(the very drawings the Dashboard shows), and a table of the workshops that breaks across pages
with its header repeated. A workshop's report adds each participant's scores and the comments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from jpoa_desktop.handouts.charts import (
    country_chart,
    gain_chart,
    organisation_chart,
    satisfaction_chart,
    sex_chart,
)
from jpoa_desktop.handouts.common.key_figures import ChartWords, key_figure_tiles
from jpoa_desktop.handouts.common.page import (
    SHADE,
    PageOptions,
    ruled_list_style,
    stop_if_cancelled,
    styles,
    table_style,
    write_pdf,
)
from jpoa_desktop.handouts.report.summary import summary_sentences
from jpoa_desktop.handouts.report.words import (
    chart_words,
    country_name,
    distinct_comments,
    report_language,
    selection,
    word,
)
from jpoa_desktop.model.evaluation import ProgrammeFigures, WorkshopScores
from jpoa_desktop.model.progress import CancelCheck
from jpoa_desktop.texts.fonts import BOLD
from jpoa_desktop.texts.formatting import decimal_number, integer, long_date, percent, short_date
from jpoa_desktop.texts.labels import Labels

OPTIONS = PageOptions()
TEXT_WIDTH = 595.27 - 2 * OPTIONS.margin_mm * mm  # A4 portrait
NONE = "—"
# The workshops table: title, dates, country, women, men, total, attendance, gain, satisfaction.
_WORKSHOP_WIDTHS = (146, 64, 66, 32, 32, 34, 44, 46, 46)


def _rate(value: float | None, lang: str) -> str:
    return NONE if value is None else percent(value, lang)


def _number(value: float | None, lang: str, places: int) -> str:
    return NONE if value is None else decimal_number(value, lang, places=places)


def build_report(
    figures: ProgrammeFigures,
    scores: WorkshopScores | None,
    language: str,
    target: Path,
    cancelled: CancelCheck,
    today: date | None = None,
) -> None:
    """Lay the report out and write it to `target` all or nothing."""
    lang = report_language(language)
    look = styles()
    words = chart_words(lang)
    title = word(lang, "workshop_title" if figures.filter.workshop_id else "programme_title")
    story: list[Flowable] = _title_page(figures, lang, title, words, today or date.today())
    story += [
        Paragraph(escape(word(lang, "summary")), look["heading"]),
        Paragraph(escape(" ".join(summary_sentences(figures, lang))), look["body"]),
    ]
    stop_if_cancelled(cancelled)
    sections: Sequence[tuple[str, Sequence[Flowable]]] = (
        ("reach", [sex_chart(figures, words), country_chart(figures, words),
                   organisation_chart(figures, words, (480.0, 230.0))]),
        ("participation", [_attendance_table(figures, lang)]),
        ("learning", [gain_chart(figures, words)]),
        ("satisfaction", [satisfaction_chart(figures, words)]),
    )  # fmt: skip
    for key, parts in sections:
        heading = Paragraph(escape(word(lang, key)), look["heading"])
        story.append(KeepTogether([heading, parts[0], Spacer(1, 6)]))
        story.extend(KeepTogether([part, Spacer(1, 6)]) for part in parts[1:])
    stop_if_cancelled(cancelled)
    story += [PageBreak(), Paragraph(escape(word(lang, "workshops")), look["heading"])]
    story.append(_workshops_table(figures, lang))
    if scores is not None:
        story += _people(scores, lang)
    stop_if_cancelled(cancelled)
    labels = Labels(lang)
    write_pdf(target, story, OPTIONS, title,
              footer=lambda page, pages: labels("page_of", page=page, pages=pages))  # fmt: skip


def _title_page(
    figures: ProgrammeFigures, lang: str, title: str, words: ChartWords, today: date
) -> list[Flowable]:
    look = styles()
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(escape(title), look["title"]),
        Paragraph(escape(word(lang, "programme_name")), look["subtitle"]),
    ]
    rows = [[Paragraph(f"<b>{escape(what)}</b>", look["body"]), Paragraph(escape(value),
             look["body"])] for what, value in selection(figures, lang)]  # fmt: skip
    facts = Table(rows, colWidths=(40 * mm, TEXT_WIDTH - 40 * mm), hAlign="LEFT")
    facts.setStyle(ruled_list_style())
    prepared = word(lang, "prepared", day=long_date(today, lang))
    return [
        *story,
        Spacer(1, 10 * mm),
        facts,
        Spacer(1, 10 * mm),
        key_figure_tiles(figures, words, width=TEXT_WIDTH),
        Spacer(1, 8 * mm),
        Paragraph(escape(prepared), look["small"]),
        PageBreak(),
    ]


def _grid(rows: list[list[object]], widths: Sequence[float], right_from: int) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LEADING", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _header(lang: str, keys: Sequence[str]) -> list[object]:
    look = styles()["header"].clone("report_header", fontSize=7.5, leading=9)
    return [Paragraph(escape(word(lang, key)), look) for key in keys]


def _attendance_table(figures: ProgrammeFigures, lang: str) -> Table:
    """Participants by country and sex, with the attendance rate of the whole selection."""
    keys = ("h_country", "h_women", "h_men", "h_not_stated", "h_total", "h_share_women")
    rows: list[list[object]] = [_header(lang, keys)]
    for group in (*figures.by_country, figures.participations):
        name = country_name(lang, group.key) if group.key else word(lang, "h_total")
        stated = group.women + group.men
        rows.append([name, integer(group.women, lang), integer(group.men, lang),
                     integer(group.not_stated, lang), integer(group.total, lang),
                     _rate(group.women / stated if stated else None, lang)])  # fmt: skip
    rows.append([word(lang, "h_attendance"), "", "", "", "", _rate(figures.attendance_rate, lang)])
    return _grid(rows, (150, 62, 62, 62, 62, 80), 1)


def _workshops_table(figures: ProgrammeFigures, lang: str) -> Table:
    keys = ("h_workshop", "h_dates", "h_country", "s_women", "s_men", "h_total",
            "s_attendance", "s_gain", "s_satisfaction")  # fmt: skip
    cell = styles()["cell"]
    cell = cell.clone("report_cell", fontSize=8, leading=10)
    rows: list[list[object]] = [_header(lang, keys)]
    for line in figures.per_workshop:
        counts = line.participants
        dates = f"{short_date(line.start, lang)}–\n{short_date(line.end, lang)}"
        rows.append([Paragraph(escape(line.title), cell), dates,
                     country_name(lang, line.country), integer(counts.women, lang),
                     integer(counts.men, lang), integer(counts.total, lang),
                     _rate(line.attendance_rate, lang), _number(line.mean_gain, lang, 2),
                     _number(line.satisfaction, lang, 1)])  # fmt: skip
    return _grid(rows, _WORKSHOP_WIDTHS, 3)


def _people(scores: WorkshopScores, lang: str) -> list[Flowable]:
    look = styles()
    keys = ("h_code", "h_name", "h_pre", "h_post", "h_gain_person")
    rows: list[list[object]] = [_header(lang, keys)]
    for person in scores.people:
        rows.append([person.code, Paragraph(escape(person.name), look["cell"]),
                     _rate(person.pre, lang), _rate(person.post, lang),
                     _number(person.gain, lang, 2)])  # fmt: skip
    comments = distinct_comments(scores)
    story: list[Flowable] = [
        Paragraph(escape(word(lang, "people_scores")), look["heading"]),
        _grid(rows, (70, 220, 70, 70, 60), 2),
        Paragraph(escape(word(lang, "comments")), look["heading"]),
    ]
    if not comments:
        return [*story, Paragraph(escape(word(lang, "no_comments")), look["body"])]
    return story + [
        Paragraph("• " + escape(text) + (f" <font color='#5f6b76'>(×{times})</font>"
                  if times > 1 else ""), look["body"])
        for text, times in comments
    ]  # fmt: skip
