"""The action plan as an Excel sheet a ministry can filter, sum and send back.

One row per measure, with its goal and objective (number and text) in columns of their own so
that Excel's filter shows one goal's measures; dates are dates and amounts numbers (the currency
beside them), so the sheet can be sorted and totalled. The same sheet is what
`io/plans/plan_reading.py` reads back. The cells are written by `xlsx.py`, as every sheet.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from jpoa_desktop.io.plans.strategy_columns import PLAN_FIELDS
from jpoa_desktop.io.writing.xlsx import Sheet, Style, write_xlsx_sheets
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.strategies import DraftView, MeasureView
from jpoa_desktop.texts.labels import Labels
from jpoa_desktop.texts.strategy_text import (
    amount_text,
    indicator_text,
    period_text,
    stop_if_cancelled,
    text_in,
    value_label,
)

WRAP = Style(wrap=True)
HEADER = Style(bold=True, wrap=True)
NUMBER_FORMATS = {"start": "DD.MM.YYYY", "end": "DD.MM.YYYY", "amount": "#,##0.00"}


def write_xlsx(
    draft: DraftView,
    out: Path,
    language: str,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> None:
    """Write the action plan to `out` (.xlsx) all or nothing; a cancel leaves no file."""
    label = Labels(language)
    sheet = Sheet(
        label("strategy_kind_action_plan"),
        [label(key) for _field, key, _width in PLAN_FIELDS],
        _rows(draft, label, progress, cancelled),
        widths=[width for _field, _key, width in PLAN_FIELDS],
        header_style=HEADER,
        column_styles=[
            Style(wrap=True, number_format=NUMBER_FORMATS.get(field))
            for field, _key, _width in PLAN_FIELDS
        ],
        autofilter=True,
        fallback_title="Plan",
    )
    # The import reads these back: a plan exported and imported again keeps title and period.
    title, subject = text_in(draft.summary.titles, language), period_text(draft)
    write_xlsx_sheets(out, [sheet], title, subject)


def _rows(
    draft: DraftView, label: Labels, progress: Progress, cancelled: CancelCheck
) -> Iterator[list[Any]]:
    """One row per measure, checking for a cancel before each (the file is not renamed yet)."""
    total = sum(len(o.measures) for g in draft.goals for o in g.objectives)
    done = 0
    for goal in draft.goals:
        for objective in goal.objectives:
            for measure in objective.measures:
                stop_if_cancelled(cancelled)
                progress(done, total)
                fields = {
                    "goal_number": goal.number,
                    "goal": text_in(goal.texts, label.language),
                    "objective_number": objective.number,
                    "objective": text_in(objective.texts, label.language),
                    **measure_fields(measure, label),
                }
                yield [fields[field] for field, _key, _width in PLAN_FIELDS]
                done += 1
    progress(total, total)


def measure_fields(measure: MeasureView, label: Labels) -> dict[str, Any]:
    """The measure's cells by field; several budget lines in one currency add up, in several
    currencies the amounts are written as text ("1 000,00 USD; 5 000,00 KZT")."""
    amount: Decimal | str | None = None
    currency = ""
    currencies = {line.currency for line in measure.budget}
    if len(currencies) == 1:
        amount = sum((line.amount for line in measure.budget), Decimal(0))
        currency = next(iter(currencies))
    elif currencies:
        amount = "; ".join(
            f"{amount_text(line.amount, label.language)} {line.currency}" for line in measure.budget
        )
    return {
        "number": measure.number,
        "measure": text_in(measure.texts, label.language),
        "responsible": "\n".join(measure.responsible),
        "partners": "\n".join(measure.partner_names),
        "start": measure.start,
        "end": measure.end,
        "deadline": measure.deadline_text,
        "indicators": "\n".join(indicator_text(i) for i in measure.indicators),
        "amount": amount,
        "currency": currency,
        "source": "; ".join(dict.fromkeys(line.source for line in measure.budget if line.source)),
        "mapping": ", ".join(m.code for m in measure.mapping),
        "priority": value_label(label, "strategy_priority", measure.priority),
        "status": value_label(label, "strategy_status", measure.status),
    }
