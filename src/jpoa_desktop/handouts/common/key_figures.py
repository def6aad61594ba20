"""The words every chart prints, and the programme's big numbers (`key_figures`): the same
text for the Dashboard's number tiles and for the report's, so both write 0,41 and 83 % alike.

Handouts cannot use Qt, so the words come from the caller, already translated, as a
`ChartWords` (the screen fills it through `tr()`, the report from its own catalogue); numbers
and percentages are written by `texts.formatting` in `words.language`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing, Group

from jpoa_desktop.handouts.common.chart_parts import (
    GRID,
    MEN,
    PANEL,
    blank,
    box,
    label,
    label_block,
    text_width,
)
from jpoa_desktop.model.evaluation import ProgrammeFigures
from jpoa_desktop.texts.formatting import decimal_number, integer, percent

NONE = "—"
TILES_WIDTH = 480.0


@dataclass(frozen=True)
class ChartWords:
    """Every word a chart prints, in one language (English by default)."""

    language: str = "en"
    no_data: str = "Nothing to show for this selection."
    no_tests: str = "No pre-test and post-test answers for this selection yet."
    no_evaluations: str = "No evaluation answers for this selection yet."
    women: str = "Women"
    men: str = "Men"
    not_stated: str = "Not stated"
    workshops: str = "Workshops"
    participants: str = "Participants"
    people: str = "different people: {count}"
    share_of_women: str = "Share of women"
    women_and_men: str = "women {women}, men {men}"
    attendance: str = "Attendance rate"
    attendance_detail: str = "days present of days offered"
    mean_gain: str = "Mean learning gain"
    gain_detail: str = "95 % interval {low} to {high}; {count} people"
    satisfaction: str = "Satisfaction"
    satisfaction_detail: str = "out of 5; answers: {count}"
    by_sex: str = "Participants by sex"
    by_country: str = "Participants by country and sex"
    by_organisation: str = "Participants by kind of organisation and sex"
    gain_per_workshop: str = "Learning gain per workshop (Hake's g)"
    workshop_mean: str = "A workshop's mean"
    programme_mean: str = "Mean of all participants, 95 % interval"
    before_and_after: str = "Mean test scores before and after"
    pre_test: str = "Pre-test"
    post_test: str = "Post-test"
    satisfaction_answers: str = "Satisfaction answers, 1 (very low) to 5 (very high)"
    countries: Mapping[str, str] = field(default_factory=dict)
    organisation_kinds: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class KeyFigure:
    """One big number: what it is, the number as printed, a line under it, and the share a
    gauge fills (rates only)."""

    key: str
    label: str
    value: str
    detail: str
    fraction: float | None = None


def key_figures(figures: ProgrammeFigures, words: ChartWords) -> tuple[KeyFigure, ...]:
    """The dashboard's big numbers and the report's tiles, written the same way for both."""
    lang = words.language
    counts, gain = figures.participations, figures.mean_gain
    women = figures.share_of_women
    rate = figures.attendance_rate
    answers = sum(figures.satisfaction_counts)
    gain_detail = ""
    if gain is not None and gain.low is not None and gain.high is not None:
        gain_detail = words.gain_detail.format(
            low=decimal_number(gain.low, lang, 2),
            high=decimal_number(gain.high, lang, 2),
            count=integer(gain.count, lang),
        )
    return (
        KeyFigure("workshops", words.workshops, integer(figures.workshops, lang), ""),
        KeyFigure("participants", words.participants, integer(counts.total, lang),
                  words.people.format(count=integer(figures.people.total, lang))),
        KeyFigure("women", words.share_of_women, NONE if women is None else percent(women, lang),
                  words.women_and_men.format(women=integer(counts.women, lang),
                                             men=integer(counts.men, lang)), women),
        KeyFigure("attendance", words.attendance, NONE if rate is None else percent(rate, lang),
                  words.attendance_detail if rate is not None else "", rate),
        KeyFigure("gain", words.mean_gain,
                  NONE if gain is None else decimal_number(gain.mean, lang, 2), gain_detail),
        KeyFigure("satisfaction", words.satisfaction,
                  NONE if figures.satisfaction is None
                  else decimal_number(figures.satisfaction, lang, 1),
                  words.satisfaction_detail.format(count=integer(answers, lang))
                  if answers else ""),
    )  # fmt: skip


def key_figure_tiles(
    figures: ProgrammeFigures, words: ChartWords, width: float = TILES_WIDTH, height: float = 110
) -> Drawing:
    """The six big numbers in two rows of three tiles; rates with a gauge under the number."""
    drawing = blank(width, height)
    tiles = key_figures(figures, words)
    columns, gap = 3, 8.0
    tile_width = (width - gap * (columns - 1)) / columns
    tile_height = (height - gap) / 2
    for index, tile in enumerate(tiles):
        x = (index % columns) * (tile_width + gap)
        y = height - (index // columns + 1) * tile_height - (index // columns) * gap
        drawing.add(box(x, y, tile_width, tile_height, PANEL, corner=4))
        drawing.add(label_block(x + 8, y + tile_height - 5, tile.label, tile_width - 16, most=1))
        drawing.add(label(x + 8, y + tile_height / 2 - 8, tile.value, 17, bold=True))
        if tile.fraction is not None:
            after = 8 + text_width(tile.value, 17, True) + 8
            gauge = _gauge(
                x + after, y + tile_height / 2 - 6, tile_width - after - 8, tile.fraction
            )
            drawing.add(gauge)
        if tile.detail:
            drawing.add(label_block(x + 8, y + 12, tile.detail, tile_width - 16, most=1))
    return drawing


def _gauge(x: float, y: float, width: float, fraction: float) -> Group:
    group = Group()
    if width < 20:
        return group
    group.add(box(x, y, width, 6, GRID))
    group.add(box(x, y, width * max(0.0, min(fraction, 1.0)), 6, MEN))
    return group
