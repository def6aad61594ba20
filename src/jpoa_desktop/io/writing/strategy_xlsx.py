"""The action plan as an Excel sheet a ministry can filter, sum and send back.

One row per measure, with its goal and objective (number and text) in columns of their own so
that Excel's filter shows one goal's measures; dates are dates and amounts numbers (the currency
beside them), so the sheet can be sorted and totalled. The same sheet is what
`io/strategy_import.py` reads back.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.io.plans.strategy_columns import PLAN_FIELDS
from jpoa_desktop.io.writing.safe_cells import append_xlsx_row
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

SHEET_FORBIDDEN = "[]:*?/\\"


def _openpyxl() -> Any:
    return importlib.import_module("openpyxl")


def write_xlsx(
    draft: DraftView,
    out: Path,
    language: str,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> None:
    """Write the action plan to `out` (.xlsx) all or nothing; a cancel leaves no file."""
    label = Labels(language)
    openpyxl = _openpyxl()
    styles = importlib.import_module("openpyxl.styles")
    book = openpyxl.Workbook()
    # The import reads these back: a plan exported and imported again keeps title and period.
    book.properties.title = text_in(draft.summary.titles, language)
    book.properties.subject = period_text(draft)
    sheet = book.active
    title = label("strategy_kind_action_plan")
    sheet.title = "".join(c for c in title if c not in SHEET_FORBIDDEN)[:31] or "Plan"
    append_xlsx_row(sheet, [label(key) for _field, key, _width in PLAN_FIELDS])
    bold = styles.Font(bold=True)
    wrap = styles.Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = wrap
    total = sum(len(o.measures) for g in draft.goals for o in g.objectives)
    done = 0
    for goal in draft.goals:
        for objective in goal.objectives:
            for measure in objective.measures:
                stop_if_cancelled(cancelled)
                progress(done, total)
                fields = {
                    "goal_number": goal.number,
                    "goal": text_in(goal.texts, language),
                    "objective_number": objective.number,
                    "objective": text_in(objective.texts, language),
                    **measure_fields(measure, label),
                }
                append_xlsx_row(sheet, [fields[field] for field, _key, _width in PLAN_FIELDS])
                done += 1
    letters = importlib.import_module("openpyxl.utils").get_column_letter
    for index, (field, _key, width) in enumerate(PLAN_FIELDS, start=1):
        sheet.column_dimensions[letters(index)].width = width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.alignment = wrap
            if field in ("start", "end"):
                cell.number_format = "DD.MM.YYYY"
            elif field == "amount" and not isinstance(cell.value, str):
                cell.number_format = "#,##0.00"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    progress(total, total)
    replace_atomically(out, lambda path: book.save(str(path)))


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
