"""One row of an imported action plan → the measure it becomes, or the problem that stops it.

Part of the strategy import (`services/strategy_import.py`), kept apart to stay small: this
module knows the cells, the service knows the file and the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from jpoa_desktop.db.strategy_models import MEASURE_STATUSES, PRIORITIES
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.handouts.labels import HANDOUT_LANGUAGES, Labels, catalogue
from jpoa_desktop.io.columns import fold_header, parse_date
from jpoa_desktop.io.strategy_import import (
    parse_budget,
    parse_indicators,
    split_codes,
    split_dates,
    split_list,
)
from jpoa_desktop.services.strategy_rows import validate_budget, validate_indicator, validate_item
from jpoa_desktop.services.strategy_tree import Label
from jpoa_desktop.services.strategy_views import BudgetInput, IndicatorInput, ItemInput

Cells = Mapping[str, tuple[str, str]]  # field → (value, column header)


@dataclass(frozen=True)
class PlannedMeasure:
    """What a row becomes: a measure under its goal and objective (numbers and texts as the
    file gives them; a missing one is taken from the measure's number)."""

    row: int
    goal: tuple[str, str]  # (number, text)
    objective: tuple[str, str]
    number: str
    item: ItemInput
    indicators: tuple[IndicatorInput, ...]
    budget: tuple[BudgetInput, ...]
    mapping: tuple[str, ...]  # library keys


def _choices(prefix: str) -> dict[str, str]:
    """Every language's word for each status or priority (and the code itself) → the code."""
    found = {}
    for key, entry in catalogue().items():
        if key.startswith(prefix):
            code = key.removeprefix(prefix)
            found[fold_header(code)] = code
            for language in HANDOUT_LANGUAGES:
                found[fold_header(entry.get(language, ""))] = code
    found.pop("", None)
    return found


def _choice(value: str, prefix: str, allowed: tuple[str, ...], row: int, column: str) -> str:
    if not value:
        return ""
    code = _choices(prefix).get(fold_header(value))
    if code is None or code not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'row {row}, column "{column}": "{value}" is not one of: {allowed}'
            ),
            row=row,
            column=column,
            value=value,
            allowed=", ".join(a for a in allowed if a),
        )
    return code


def _date(value: str, row: int, column: str) -> date | None:
    return parse_date(value, row, column) if value else None


def _parent_number(number: str, depth: int) -> str:
    parts = number.split(".")
    return ".".join(parts[:depth]) if len(parts) > depth else ""


def measure_from_row(
    cells: Cells, row: int, language: str, library: Mapping[str, Label]
) -> PlannedMeasure:
    """The measure a row describes; a `ValidationError` names the row and the column."""
    value = {field: text for field, (text, _column) in cells.items()}
    column = {field: header for field, (_text, header) in cells.items()}

    def get(field: str) -> str:
        return value.get(field, "")

    text = get("measure")
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'row {row}, column "{column}": the measure has no text'),
            row=row,
            column=column.get("measure", "measure"),
        )
    number = get("number")
    start_text, end_text = get("start"), get("end")
    if "dates" in value:
        start_text, end_text = split_dates(get("dates"))
    dates_column = column.get("dates")
    start = _date(start_text, row, dates_column or column.get("start", ""))
    end = _date(end_text, row, dates_column or column.get("end", ""))
    item = ItemInput(
        texts={language: text},
        responsible=tuple(split_list(get("responsible"))),
        partners=tuple(_partner(name, library) for name in split_list(get("partners"))),
        start=start,
        end=end,
        priority=_choice(
            get("priority"), "strategy_priority_", PRIORITIES, row, column.get("priority", "")
        ),
        status=_choice(
            get("status"), "strategy_status_", MEASURE_STATUSES, row, column.get("status", "")
        ),
    )
    _check(row, validate_item, item, "measure")
    indicators = tuple(IndicatorInput(*parts) for parts in parse_indicators(get("indicators")))
    for indicator in indicators:
        _check(row, validate_indicator, indicator)
    budget = _budget(value, column, row)
    mapping = tuple(_key(code, library, row, column.get("mapping", ""))
                    for code in split_codes(get("mapping")))  # fmt: skip
    goal_number = get("goal_number") or _parent_number(number, 1)
    objective_number = get("objective_number") or _parent_number(number, 2)
    label = Labels(language)
    goal = get("goal") or f"{label('strategy_goal')} {goal_number}".strip()
    objective = get("objective") or f"{label('strategy_objective')} {objective_number}".strip()
    return PlannedMeasure(
        row=row,
        goal=(goal_number, goal),
        objective=(objective_number, objective),
        number=number,
        item=item,
        indicators=indicators,
        budget=budget,
        mapping=tuple(dict.fromkeys(mapping)),
    )


def _check(row: int, validate: Callable[..., object], *values: object) -> None:
    try:
        validate(*values)
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "row {row}: {problem}"), row=row, problem=error
        ) from error


def _budget(
    value: Mapping[str, str], column: Mapping[str, str], row: int
) -> tuple[BudgetInput, ...]:
    currency, source = value.get("currency", "").strip().upper(), value.get("source", "")
    lines = []
    for field in ("budget", "amount"):
        if value.get(field):
            lines += parse_budget(value[field], row, column[field], currency, source)
    budget = tuple(BudgetInput(amount, code, src) for amount, code, src in lines)
    for line in budget:
        _check(row, validate_budget, line)
    return budget


def _partner(name: str, library: Mapping[str, Label]) -> str:
    """A partner of the library by its short name or title (as the exports print it), else
    the name as typed."""
    wanted = name.casefold()
    for key, label in library.items():
        if label.kind == "partner" and wanted in (label.code.casefold(), label.title.casefold()):
            return key
    return name


def _key(code: str, library: Mapping[str, Label], row: int, column: str) -> str:
    if code in library and library[code].kind in ("pillar", "area"):
        return code
    for key, label in library.items():
        if label.kind in ("pillar", "area") and label.code.casefold() == code.casefold():
            return key
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", 'row {row}, column "{column}": "{value}" is not a pillar or area code'
        ),
        row=row,
        column=column,
        value=code,
    )
