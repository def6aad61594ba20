"""A strategy draft's fields as the exports print them, the same in DOCX, PDF and XLSX.

The action-plan table has one row per measure and the same columns in every format, so a
ministry comparing the Word file with the PDF or the spreadsheet sees the same cells. The
compact forms here (`name: baseline → target unit`, `12 500,00 KGS, state budget`) are also
what the action-plan import reads back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.progress import CancelCheck
from jpoa_desktop.model.strategies import (
    BudgetLineView,
    DraftView,
    IndicatorView,
    MeasureView,
)
from jpoa_desktop.texts.formatting import amount
from jpoa_desktop.texts.labels import Labels, catalogue, in_all

# The action-plan table's columns: label key of the header, relative width.
PLAN_COLUMNS: tuple[tuple[str, float], ...] = (
    ("number", 0.7),
    ("strategy_measure", 3.2),
    ("strategy_responsible", 1.8),
    ("strategy_partners", 1.5),
    ("strategy_dates", 1.3),
    ("strategy_indicators", 2.6),
    ("strategy_budget", 1.6),
    ("strategy_mapping", 1.0),
    ("strategy_status", 1.1),
)
ARROW = "→"


def stop_if_cancelled(cancelled: CancelCheck) -> None:
    """Checked between measures: a cancelled export raises before any file is renamed."""
    if cancelled():
        raise Cancelled(
            QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
        )


def text_in(texts: dict[str, str], language: str) -> str:
    return pick(texts, language)


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def dates_text(measure: MeasureView) -> str:
    """The deadline in the plan's own words (`IV квартал 2026 г.`, `ежегодно`) when it has
    them, else `01.01.2024 – 31.12.2025`, spaced so that a narrow column breaks it after the
    dash (a no-break space keeps the dash with the first date); one side may be missing."""
    if measure.deadline_text:
        return measure.deadline_text
    if not measure.start and not measure.end:
        return ""
    return f"{day(measure.start)}\u00a0– {day(measure.end)}".strip()


def indicator_text(indicator: IndicatorView) -> str:
    """`Young people reached: 0 → 5000 people`."""
    values = f"{indicator.baseline} {ARROW} {indicator.target}".strip()
    if indicator.unit:
        values = f"{values} {indicator.unit}"
    if not (indicator.baseline or indicator.target or indicator.unit):
        return indicator.name
    return f"{indicator.name}: {values}"


def amount_text(value: Decimal, language: str) -> str:
    """`12,500.50` in English, `12 500,50` elsewhere (CLDR); the Russian group separator is a
    no-break space, so an amount never wraps in a narrow column."""
    return amount(value, language)


def budget_text(line: BudgetLineView, language: str) -> str:
    text = f"{amount_text(line.amount, language)} {line.currency}"
    return f"{text}, {line.source}" if line.source else text


def mapping_codes(measure: MeasureView) -> str:
    return ", ".join(m.code for m in measure.mapping)


def mapping_text(measure: MeasureView) -> str:
    """Each pillar or area with its title: `II.3 Countering financing of terrorism`."""
    return "; ".join(f"{m.code} {m.title}".strip() for m in measure.mapping)


def value_label(label: Labels, prefix: str, code: str) -> str:
    """A status, priority or kind in the document's language; an unknown code as it is."""
    key = f"{prefix}_{code}"
    return label(key) if code and key in catalogue() else code


def period_text(draft: DraftView) -> str:
    start, end = draft.summary.start_year, draft.summary.end_year
    if start and end:
        return f"{start}–{end}"
    return str(start or end or "")


def country_text(label: Labels, code: str) -> str:
    return value_label(label, "country", code)


def draft_facts(draft: DraftView, labels: list[Labels]) -> list[tuple[str, str]]:
    """The title page's facts under the title, as (name in every language shown, value):
    country, period, status and lead agency, those without a value left out. The Word and the
    PDF export print the same ones."""
    first, summary = labels[0], draft.summary
    facts = [
        ("country", country_text(first, summary.country)),
        ("strategy_period", period_text(draft)),
        ("strategy_status", value_label(first, "strategy_status", summary.status)),
        ("strategy_lead_agency", summary.lead_agency),
    ]
    return [(in_all(labels, key), value) for key, value in facts if value]


def other_texts(texts: dict[str, str], labels: list[Labels], shown: str) -> list[str]:
    """The item's text in the languages side by side with the first, where it says something
    other than `shown` (an untranslated text is not printed twice)."""
    others = (text_in(texts, label.language) for label in labels[1:])
    return [other for other in others if other and other != shown]


def plan_cells(measure: MeasureView, label: Labels) -> list[str]:
    """The action-plan row of a measure, in `PLAN_COLUMNS` order."""
    language = label.language
    return [
        measure.number,
        text_in(measure.texts, language),
        "\n".join(measure.responsible),
        "\n".join(measure.partner_names),
        dates_text(measure),
        "\n".join(indicator_text(i) for i in measure.indicators),
        "\n".join(budget_text(b, language) for b in measure.budget),
        mapping_codes(measure),
        value_label(label, "strategy_status", measure.status),
    ]


def detail_lines(measure: MeasureView, label: Labels) -> list[tuple[str, str]]:
    """(label, value) pairs shown under a measure in the document, only those with a value."""
    language = label.language
    pairs = [
        ("strategy_responsible", "; ".join(measure.responsible)),
        ("strategy_partners", "; ".join(measure.partner_names)),
        ("strategy_dates", dates_text(measure)),
        ("strategy_priority", value_label(label, "strategy_priority", measure.priority)),
        ("strategy_status", value_label(label, "strategy_status", measure.status)),
        ("strategy_indicators", "; ".join(indicator_text(i) for i in measure.indicators)),
        ("strategy_budget", "; ".join(budget_text(b, language) for b in measure.budget)),
        ("strategy_mapping", mapping_text(measure)),
    ]
    return [(label(key), value) for key, value in pairs if value]


def draft_texts(draft: DraftView, languages: tuple[str, ...]) -> Iterator[str]:
    """Every text an export prints from the draft (checked against the PDF fonts)."""
    summary = draft.summary
    yield from summary.titles.values()
    yield summary.lead_agency
    for goal in draft.goals:
        yield from (text_in(goal.texts, lang) for lang in languages)
        for objective in goal.objectives:
            yield from (text_in(objective.texts, lang) for lang in languages)
            for measure in objective.measures:
                yield from (text_in(measure.texts, lang) for lang in languages)
                yield from measure.responsible
                yield from measure.partner_names
                yield measure.deadline_text
                for indicator in measure.indicators:
                    yield indicator_text(indicator)
                for line in measure.budget:
                    yield line.source
                for mapping in measure.mapping:
                    yield mapping.title
