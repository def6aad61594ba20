"""The donor report as a workbook: every table of the figures on a sheet of its own, by sex
wherever people are counted, headers in the report's language.

Donors have their own templates, so the sheets are made to be pasted from: one header row,
numbers stored as numbers (a rate as 0.48 shown as 48 %), dates as dates, no formulas, no merged
cells. The workshop report adds each participant's scores and the open comments.
"""

from __future__ import annotations

from collections.abc import Sequence

from jpoa_desktop.handouts.report.words import (
    country_name,
    distinct_comments,
    kind_name,
    selection,
    word,
)
from jpoa_desktop.io.writing.xlsx import Sheet, Style, fitted_widths
from jpoa_desktop.model.evaluation import SCALE_POINTS, ProgrammeFigures, SexCounts, WorkshopScores

_HEADER = Style(bold=True, fill="E8EEF4", wrap=True)
_TITLE = Style(bold=True, size=13)
_PERCENT = Style(number_format="0%")
_GAIN = Style(number_format="0.00")
_MEAN = Style(number_format="0.0")
_DATE = Style(number_format="yyyy-mm-dd")
_COUNT = Style(number_format="#,##0")


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _women_share(counts: SexCounts) -> float | None:
    return _share(counts.women, counts.women + counts.men)


def _sheet(
    title: str,
    header: Sequence[object],
    rows: list[list[object]],
    styles: Sequence[Style | None] = (),
    above: Sequence[tuple[object, Style | None]] = (),
) -> Sheet:
    return Sheet(
        title=title,
        header=header,
        rows=rows,
        widths=fitted_widths(header, rows, least=10, most=70),
        header_style=_HEADER,
        column_styles=styles,
        above=above,
        autofilter=bool(rows),
    )


def _sex_header(lang: str, first: str) -> list[object]:
    keys = ("h_women", "h_men", "h_not_stated", "h_total", "h_share_women")
    return [word(lang, first), *(word(lang, key) for key in keys)]


def _sex_row(name: str, counts: SexCounts) -> list[object]:
    return [name, counts.women, counts.men, counts.not_stated, counts.total, _women_share(counts)]


_SEX_STYLES = (None, _COUNT, _COUNT, _COUNT, _COUNT, _PERCENT)


def report_sheets(
    figures: ProgrammeFigures, language: str, scores: WorkshopScores | None = None
) -> list[Sheet]:
    """Every sheet of the report, in the order a donor reads them."""
    lang = language
    title = word(lang, "workshop_title" if figures.filter.workshop_id else "programme_title")
    above = [(title, _TITLE)] + [(f"{what}: {value}", None) for what, value in selection(
        figures, lang)]  # fmt: skip
    sheets = [
        _summary(figures, lang, above),
        _sheet(
            word(lang, "sheet_by_sex"),
            _sex_header(lang, "h_figure"),
            [
                _sex_row(word(lang, "participations"), figures.participations),
                _sex_row(word(lang, "people"), figures.people),
            ],
            _SEX_STYLES,
        ),
        _sheet(
            word(lang, "sheet_by_country"),
            _sex_header(lang, "h_country"),
            [_sex_row(country_name(lang, c.key), c) for c in figures.by_country],
            _SEX_STYLES,
        ),
        _sheet(
            word(lang, "sheet_by_kind"),
            _sex_header(lang, "h_kind"),
            [_sex_row(kind_name(lang, c.key), c) for c in figures.by_organisation_kind],
            _SEX_STYLES,
        ),
        _workshops(figures, lang),
        _learning(figures, lang),
        _evaluation(figures, lang),
    ]
    if scores is not None:
        sheets.extend(_people(scores, lang))
    return sheets


def _summary(
    figures: ProgrammeFigures, lang: str, above: Sequence[tuple[object, Style | None]]
) -> Sheet:
    counts, gain = figures.participations, figures.mean_gain
    rows: list[tuple[str, object, Style | None]] = [
        ("workshops", figures.workshops, _COUNT),
        ("participations", counts.total, _COUNT),
        ("people", figures.people.total, _COUNT),
        ("h_women", counts.women, _COUNT),
        ("h_men", counts.men, _COUNT),
        ("h_not_stated", counts.not_stated, _COUNT),
        ("h_share_women", figures.share_of_women, _PERCENT),
        ("h_attendance", figures.attendance_rate, _PERCENT),
        ("h_gain", None if gain is None else gain.mean, _GAIN),
        ("h_low", None if gain is None else gain.low, _GAIN),
        ("h_high", None if gain is None else gain.high, _GAIN),
        ("h_gain_people", 0 if gain is None else gain.count, _COUNT),
        ("h_satisfaction", figures.satisfaction, _MEAN),
    ]
    names = [word(lang, key) for key, _v, _s in rows]
    return Sheet(
        title=word(lang, "sheet_summary"),
        header=[word(lang, "h_figure"), word(lang, "h_value")],
        rows=[[name, value] for name, (_k, value, _s) in zip(names, rows, strict=True)],
        widths=[max(len(n) for n in names) + 4, 14],
        header_style=_HEADER,
        row_styles={n: Style().over(style) for n, (_k, _v, style) in enumerate(rows) if style},
        above=above,
    )


def _workshops(figures: ProgrammeFigures, lang: str) -> Sheet:
    keys = ("h_workshop", "h_start", "h_end", "h_country", "h_women", "h_men", "h_not_stated",
            "h_total", "h_attendance", "h_gain", "h_satisfaction")  # fmt: skip
    rows: list[list[object]] = [
        [
            line.title,
            line.start,
            line.end,
            country_name(lang, line.country),
            line.participants.women,
            line.participants.men,
            line.participants.not_stated,
            line.participants.total,
            line.attendance_rate,
            line.mean_gain,
            line.satisfaction,
        ]
        for line in figures.per_workshop
    ]
    styles = (None, _DATE, _DATE, None, _COUNT, _COUNT, _COUNT, _COUNT, _PERCENT, _GAIN, _MEAN)
    return _sheet(word(lang, "sheet_workshops"), [word(lang, k) for k in keys], rows, styles)


def _learning(figures: ProgrammeFigures, lang: str) -> Sheet:
    keys = ("h_workshop", "h_start", "h_participants", "h_mean_pre", "h_mean_post",
            "h_gain_people", "h_gain")  # fmt: skip
    rows: list[list[object]] = [
        [
            line.title,
            line.start,
            line.participants.total,
            line.mean_pre,
            line.mean_post,
            line.gain_count,
            line.mean_gain,
        ]
        for line in figures.per_workshop
    ]
    styles = (None, _DATE, _COUNT, _PERCENT, _PERCENT, _COUNT, _GAIN)
    return _sheet(word(lang, "sheet_learning"), [word(lang, k) for k in keys], rows, styles)


def _evaluation(figures: ProgrammeFigures, lang: str) -> Sheet:
    counts = figures.satisfaction_counts
    total = sum(counts)
    answered = [counts[p - 1] if p <= len(counts) else 0 for p in range(1, SCALE_POINTS + 1)]
    rows: list[list[object]] = [
        [point, count, _share(count, total)] for point, count in enumerate(answered, start=1)
    ]
    header = [word(lang, "h_answer"), word(lang, "h_answers"), word(lang, "h_share")]
    above = [(word(lang, "satisfaction"), _TITLE)]
    return _sheet(word(lang, "sheet_evaluation"), header, rows, (None, _COUNT, _PERCENT), above)


def _people(scores: WorkshopScores, lang: str) -> list[Sheet]:
    keys = ("h_code", "h_name", "h_pre", "h_post", "h_gain_person")
    rows: list[list[object]] = [
        [person.code, person.name, person.pre, person.post, person.gain] for person in scores.people
    ]
    comments: list[list[object]] = [[text, times] for text, times in distinct_comments(scores)]
    return [
        _sheet(
            word(lang, "sheet_people"),
            [word(lang, k) for k in keys],
            rows,
            (None, None, _PERCENT, _PERCENT, _GAIN),
        ),
        _sheet(
            word(lang, "sheet_comments"),
            [word(lang, "comments"), word(lang, "h_times")],
            comments,
            (Style(wrap=True), _COUNT),
        ),
    ]
