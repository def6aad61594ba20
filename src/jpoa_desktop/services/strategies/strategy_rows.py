"""Checks and small helpers shared by the strategy services: one place says what a valid
draft, item, indicator or budget line is, and finds a row or says clearly that it is gone."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import Base, LibraryItem
from jpoa_desktop.db.strategy_models import StrategyDraft, StrategyItem
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.codes import DRAFT_KINDS, DRAFT_STATUSES, MEASURE_STATUSES, PRIORITIES
from jpoa_desktop.model.strategies import BudgetInput, DraftInput, IndicatorInput, ItemInput
from jpoa_desktop.model.text_input import check_length, clean_line, clean_text

PARENT_KIND = {"goal": None, "objective": "goal", "measure": "objective"}
FIRST_YEAR, LAST_YEAR = 1990, 2100
CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_AMOUNT = Decimal("9999999999999999.99")
MAX_DEADLINE = 200  # strategy_item.deadline_text

Row = dict[str, Any]
M = TypeVar("M", bound=Base)


def row_or_error(session: Session, model: type[M], row_id: int, what: str) -> M:
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {id}."), what=what, id=row_id
        )
    return row


def draft_or_error(session: Session, draft_id: int) -> StrategyDraft:
    return row_or_error(session, StrategyDraft, draft_id, "strategy draft")


def item_or_error(session: Session, item_id: int) -> StrategyItem:
    return row_or_error(session, StrategyItem, item_id, "strategy item")


def measure_or_error(session: Session, item_id: int) -> StrategyItem:
    item = item_or_error(session, item_id)
    if item.kind != "measure":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Item {id} is a {kind}; indicators, budget and mapping belong to measures.",
            ),
            id=item_id,
            kind=item.kind,
        )
    return item


def _year(value: int | None, name: str) -> None:
    if value is not None and not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The {name} year {year} is not between {first} and {last}."
            ),
            name=name,
            year=value,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


def validate_draft(draft: DraftInput) -> None:
    if not any(clean_line(t) for t in draft.titles.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A strategy draft needs a title."))
    if not re.fullmatch(r"[A-Z]{2}", draft.country):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a two-letter country code (for example KG)."
            ),
            value=draft.country,
        )
    if draft.kind not in DRAFT_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of draft ({allowed})."),
            value=draft.kind,
            allowed=", ".join(DRAFT_KINDS),
        )
    if draft.status not in DRAFT_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a draft status ({allowed})."),
            value=draft.status,
            allowed=", ".join(DRAFT_STATUSES),
        )
    _year(draft.start_year, "first")
    _year(draft.end_year, "last")
    if draft.start_year and draft.end_year and draft.end_year < draft.start_year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period ends in {end}, before it starts in {start}."),
            start=draft.start_year,
            end=draft.end_year,
        )
    for title in draft.titles.values():
        check_length(clean_line(title), limits.DRAFT_TITLE, "titles")
    check_length(clean_line(draft.lead_agency), limits.LEAD_AGENCY, "lead_agency")
    check_length(clean_text(draft.notes), limits.NOTES, "notes")


def _lines(texts: tuple[str, ...] | list[str]) -> list[str]:
    """Each text as stored (`text_input.clean_line`), empty ones dropped."""
    return [t for t in (clean_line(text) for text in texts) if t]


def draft_columns(draft: DraftInput) -> Row:
    return {
        "country": draft.country,
        "titles": {k: t for k, v in draft.titles.items() if (t := clean_line(v))},
        "kind": draft.kind,
        "start_year": draft.start_year,
        "end_year": draft.end_year,
        "status": draft.status,
        "lead_agency": clean_line(draft.lead_agency),
        "languages": list(draft.languages),
        "notes": clean_text(draft.notes),
    }


def validate_item(item: ItemInput, kind: str) -> None:
    if not any(clean_text(t) for t in item.texts.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A {kind} needs a text in at least one language."),
            kind=kind,
        )
    if item.start and item.end and item.end < item.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The {kind} ends on {end}, before it starts on {start}."),
            kind=kind,
            start=item.start.isoformat(),
            end=item.end.isoformat(),
        )
    if len(item.deadline_text.strip()) > MAX_DEADLINE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The deadline “{value}…” is longer than {limit} characters."
            ),
            value=item.deadline_text.strip()[:40],
            limit=MAX_DEADLINE,
        )
    if item.priority not in PRIORITIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a priority ({allowed})."),
            value=item.priority,
            allowed=", ".join(p for p in PRIORITIES if p),
        )
    if item.status not in MEASURE_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a measure status ({allowed})."),
            value=item.status,
            allowed=", ".join(s for s in MEASURE_STATUSES if s),
        )
    for text in item.texts.values():
        check_length(clean_text(text), limits.ITEM_TEXT, "texts")
    for name in (*item.responsible, *item.partners):
        check_length(clean_line(name), limits.RESPONSIBLE, "responsible")


def item_columns(item: ItemInput) -> Row:
    return {
        "texts": {k: t for k, v in item.texts.items() if (t := clean_text(v))},
        "responsible": _lines(item.responsible),
        "partners": list(dict.fromkeys(_lines(item.partners))),
        "start_date": item.start,
        "end_date": item.end,
        "priority": item.priority,
        "status": item.status,
        "deadline_text": " ".join(item.deadline_text.split()),
    }


def input_of(item: StrategyItem) -> ItemInput:
    return ItemInput(
        texts=dict(item.texts),
        responsible=tuple(item.responsible),
        partners=tuple(item.partners),
        start=item.start_date,
        end=item.end_date,
        priority=item.priority,
        status=item.status,
        deadline_text=item.deadline_text,
    )


ITEM_FIELDS = ("responsible", "partners", "start", "end", "priority", "status", "deadline_text")


def item_fields(item: ItemInput) -> dict[str, object]:
    """An item as the flat fields a checked save compares: each language's text is a field
    of its own, so two officials writing in two languages do not clash."""
    fields: dict[str, object] = {f"texts.{code}": text for code, text in item.texts.items() if text}
    fields.update({name: getattr(item, name) for name in ITEM_FIELDS})
    return fields


def item_of_fields(fields: dict[str, object]) -> ItemInput:
    texts = {
        name.removeprefix("texts."): str(value)
        for name, value in fields.items()
        if name.startswith("texts.") and value
    }
    return ItemInput(texts=texts, **{name: fields[name] for name in ITEM_FIELDS})  # type: ignore[arg-type]


def check_parent(kind: str, parent: StrategyItem | None, draft_id: int) -> None:
    """A goal sits at the top, an objective under a goal, a measure under an objective."""
    if kind not in PARENT_KIND:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not goal, objective or measure."), value=kind
        )
    wanted = PARENT_KIND[kind]
    found = parent.kind if parent is not None else None
    if parent is not None and parent.draft_id != draft_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {id} belongs to another draft."), id=parent.id
        )
    if found != wanted:
        if wanted is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A goal sits at the top of the draft, not under an item."
                )
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A {kind} cannot go there: its parent must be a “{parent}” item."
            ),
            kind=kind,
            parent=wanted,
        )


def validate_indicator(indicator: IndicatorInput) -> None:
    if not clean_line(indicator.name):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An indicator needs a name."))
    check_length(clean_line(indicator.name), limits.INDICATOR_NAME, "name")
    check_length(clean_line(indicator.baseline), limits.INDICATOR_VALUE, "baseline")
    check_length(clean_line(indicator.target), limits.INDICATOR_VALUE, "target")
    check_length(clean_line(indicator.unit), limits.INDICATOR_UNIT, "unit")


def indicator_columns(indicator: IndicatorInput) -> Row:
    """An indicator's texts as stored: one line each, without control characters."""
    return {
        "name": clean_line(indicator.name),
        "baseline": clean_line(indicator.baseline),
        "target": clean_line(indicator.target),
        "unit": clean_line(indicator.unit),
    }


def validate_budget(line: BudgetInput) -> Decimal:
    """The amount as an exact Decimal with two places; refused when negative or not a number."""
    try:
        amount = Decimal(str(line.amount)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not an amount of money."),
            value=line.amount,
        ) from None
    if amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A budget amount must be zero or more, not {value}."),
            value=line.amount,
        )
    if not CURRENCY.match(line.currency):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a currency code (three capital letters, e.g. USD)."
            ),
            value=line.currency,
        )
    check_length(clean_line(line.source), limits.BUDGET_SOURCE, "source")
    return amount


def framework_keys(session: Session) -> set[str]:
    """Library keys a measure may be mapped to: the pillars and the framework areas."""
    return set(
        session.scalars(select(LibraryItem.key).where(LibraryItem.kind.in_(("pillar", "area"))))
    )


def check_mapping(session: Session, keys: list[str]) -> None:
    known = framework_keys(session)
    for key in keys:
        if key not in known:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{key}” is not a pillar or framework area of the library."
                ),
                key=key,
            )
