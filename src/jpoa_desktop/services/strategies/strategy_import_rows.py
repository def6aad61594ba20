"""One row of an imported action plan → the measure it becomes, or the problem that stops it.

Part of the strategy import (`strategy_import.py`, whose row reader the import pipeline calls),
kept apart to stay small: this module knows the cells, the service knows the file and the
database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.plans.deadlines import parse_deadline
from jpoa_desktop.io.plans.plan_cells import (
    parse_budget,
    parse_indicators,
    split_codes,
    split_dates,
    split_list,
)
from jpoa_desktop.io.plans.plan_hierarchy import Section
from jpoa_desktop.io.tables.cells import cell_error, parse_date
from jpoa_desktop.io.tables.columns import fold_header
from jpoa_desktop.model.codes import MEASURE_STATUSES, PRIORITIES
from jpoa_desktop.model.strategies import BudgetInput, IndicatorInput, ItemInput
from jpoa_desktop.services.strategies.strategy_rows import (
    MAX_DEADLINE,
    validate_budget,
    validate_indicator,
    validate_item,
)
from jpoa_desktop.services.strategies.strategy_tree import Label
from jpoa_desktop.services.table_import import in_row
from jpoa_desktop.texts.labels import HANDOUT_LANGUAGES, Labels, catalogue

Cells = Mapping[str, tuple[str, str]]  # field → (value, column header)
Period = tuple[int | None, int | None]  # the plan's first and last year, when it says them
UNDATED_KINDS = frozenset({"recurring", "open"})  # kinds that have no dates of their own


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
    # What the preview shows beside the row without refusing it (a deadline kept unread).
    warnings: tuple[ValidationError, ...] = ()
    deadline_kind: str = ""  # parse_deadline's kind of the words, "" without words


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
        raise cell_error(
            QT_TRANSLATE_NOOP(
                "Errors", 'row {row}, column "{column}": "{value}" is not one of: {allowed}'
            ),
            row,
            column,
            value,
            allowed=", ".join(a for a in allowed if a),
        )
    return code


def _exact_date(value: str) -> date | None:
    """The date a cell holds, or None when it is empty or words (`2026`, `IV кв.`)."""
    try:
        return parse_date(value, 0, "") if value else None
    except ValidationError:
        return None


@dataclass(frozen=True)
class _When:
    start: date | None
    end: date | None
    words: str
    kind: str
    warnings: tuple[ValidationError, ...]


def _when(
    value: Mapping[str, str], column: Mapping[str, str], row: int, period: Period = (None, None)
) -> _When:
    """Start, end and the deadline words of a row, from whichever columns the plan has.

    Dates are taken as dates; any other wording (`2026–2028 гг.`, `IV квартал 2026 г.`,
    `ежегодно`) is kept as the deadline's words and the dates are derived from it. Words that
    state no time are kept with a warning: a deadline never refuses a row. Words without a
    year (`IV тоқсан`) take the year of the row's other date, else of a one-year plan; in a
    plan of several years they keep no dates, with a warning that the year is missing."""
    start_text, end_text = value.get("start", ""), value.get("end", "")
    words: list[tuple[str, str]] = []  # (text, column)
    if value.get("dates"):
        first, second = split_dates(value["dates"])
        if not second and first == value["dates"].strip() and _exact_date(first):
            end_text = first  # "Сроки: 31.12.2026", one date without a dash: the deadline
        elif (not first or _exact_date(first)) and (not second or _exact_date(second)):
            start_text, end_text = first, second
        else:
            words.append((value["dates"], column["dates"]))
            start_text = end_text = ""
    start, end = _exact_date(start_text), _exact_date(end_text)
    if start_text and start is None:
        words.append((start_text, column["start"]))
    if end_text and end is None:
        words.append((end_text, column["end"]))
    if value.get("deadline"):
        words.append((value["deadline"], column["deadline"]))
    if not words:
        return _When(start, end, "", "", ())
    text = " – ".join(dict.fromkeys(w for w, _c in words))
    first_year, last_year = period
    plan_year = first_year if first_year is not None and first_year == last_year else None
    row_year = start.year if start else end.year if end else None
    deadline = parse_deadline(text, row_year or plan_year)
    warnings = []
    if (
        deadline.kind not in UNDATED_KINDS | {""}
        and deadline.start is None
        and deadline.end is None
        and first_year is not None
        and last_year is not None
        and first_year != last_year
    ):
        warnings.append(ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'row {row}, column "{column}": "{value}" names no year and the plan '
                "runs {first}–{last}; it is kept as written, without dates"
            ), row=row, column=words[0][1], value=text, first=first_year, last=last_year,
        ))  # fmt: skip
    if not deadline.understood:
        warnings.append(ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'row {row}, column "{column}": "{value}" is not a deadline the app '
                "can read; it is kept as written, without dates"
            ), row=row, column=words[0][1], value=text,
        ))  # fmt: skip
    if len(text) > MAX_DEADLINE:
        warnings.append(ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'row {row}, column "{column}": the deadline is longer than {limit} '
                "characters; only its beginning is kept"
            ), row=row, column=words[0][1], limit=MAX_DEADLINE,
        ))  # fmt: skip
        text = text[: MAX_DEADLINE - 1] + "…"
    return _When(start or deadline.start, end or deadline.end, text, deadline.kind, tuple(warnings))


def _parent_number(number: str, depth: int) -> str:
    parts = number.split(".")
    return ".".join(parts[:depth]) if len(parts) > depth else ""


def measure_from_row(
    cells: Cells,
    row: int,
    language: str,
    library: Mapping[str, Label],
    sections: tuple[Section | None, Section | None] = (None, None),
    period: Period = (None, None),
) -> PlannedMeasure:
    """The measure a row describes; a `ValidationError` names the row and the column.

    `sections` are the goal and objective rows seen last above it, if the plan has any: the
    measure goes under them unless it has goal and objective columns of its own; `period`
    is the plan's years, which a deadline without a year may need."""
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
    number = get("number").rstrip(".")
    when = _when(value, column, row, period)
    item = ItemInput(
        texts={language: text},
        responsible=tuple(split_list(get("responsible"))),
        partners=tuple(_partner(name, library) for name in split_list(get("partners"))),
        start=when.start,
        end=when.end,
        deadline_text=when.words,
        priority=_choice(
            get("priority"), "strategy_priority_", PRIORITIES, row, column.get("priority", "")
        ),
        status=_choice(
            get("status"), "strategy_status_", MEASURE_STATUSES, row, column.get("status", "")
        ),
    )
    in_row(row, validate_item, item, "measure")
    indicators = tuple(IndicatorInput(*parts) for parts in parse_indicators(get("indicators")))
    for indicator in indicators:
        in_row(row, validate_indicator, indicator)
    budget = _budget(value, column, row)
    mapping = tuple(_key(code, library, row, column.get("mapping", ""))
                    for code in split_codes(get("mapping")))  # fmt: skip
    goal_section, objective_section = sections if "goal" not in value else (None, None)
    if "objective" in value:
        objective_section = None
    label = Labels(language)
    if goal_section is not None:
        goal_number, goal = goal_section.number, goal_section.text
    else:
        goal_number = get("goal_number") or _parent_number(number, 1)
        goal = get("goal") or f"{label('strategy_goal')} {goal_number}".strip()
    if objective_section is not None:
        objective_number, objective = objective_section.number, objective_section.text
    else:
        objective_number = get("objective_number") or _parent_number(number, 2)
        if goal_section is not None and not objective_number:
            objective_number = f"{goal_number}.1" if goal_number else ""
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
        warnings=when.warnings,
        deadline_kind=when.kind,
    )


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
        in_row(row, validate_budget, line)
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
    raise cell_error(
        QT_TRANSLATE_NOOP(
            "Errors", 'row {row}, column "{column}": "{value}" is not a pillar or area code'
        ),
        row,
        column,
        code,
    )
