"""What hangs on a measure (indicators, budget lines, pillar/area mapping) and comments on
any item. A part of `StrategyService` (it inherits these), kept apart to stay small.

Each call is one transaction and returns what its undo needs: the previous values, or the
deleted rows for `StrategyService.restore`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.strategy_models import (
    StrategyBudget,
    StrategyComment,
    StrategyIndicator,
    StrategyMapping,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.strategies import (
    BudgetInput,
    DeletedRows,
    IndicatorInput,
)
from jpoa_desktop.model.text_input import (
    COMMENT_AUTHOR,
    NOTES,
    checked_line,
    checked_text,
    clean_line,
)
from jpoa_desktop.services.strategies import strategy_snapshot as snapshot
from jpoa_desktop.services.strategies.strategy_rows import (
    check_mapping,
    indicator_columns,
    item_or_error,
    measure_or_error,
    row_or_error,
    validate_budget,
    validate_indicator,
)


def _next_position(
    session: Session, model: type[StrategyIndicator | StrategyBudget], item: int
) -> int:
    last = session.scalar(select(func.max(model.position)).where(model.item_id == item))
    return 0 if last is None else last + 1


def _deleted(session: Session, row: object, name: str, draft_id: int) -> DeletedRows:
    table = type(row).__table__  # type: ignore[attr-defined]
    kept = snapshot._rows(session, select(table).where(table.c.id == row.id))  # type: ignore[attr-defined]
    return DeletedRows(draft_id=draft_id, **{name: kept})


def _delete_detail(
    scope: SessionScope,
    model: type[StrategyIndicator] | type[StrategyBudget] | type[StrategyComment],
    row_id: int,
    what: str,
    name: str,
) -> DeletedRows:
    """Delete one indicator, budget line or comment (`what` names it in the error); return
    the row as it was, under `name` of `DeletedRows`, for undo."""
    with scope() as session:
        row = row_or_error(session, model, row_id, what)
        kept = _deleted(session, row, name, item_or_error(session, row.item_id).draft_id)
        session.delete(row)
        return kept


class StrategyDetails:
    _scope: SessionScope

    def row_uuid(self, kind: str, row_id: int) -> str:
        """The uuid of an indicator, budget line or comment just added (`kind` names which),
        without reading the whole draft."""
        models: dict[str, type[StrategyIndicator | StrategyBudget | StrategyComment]] = {
            "indicator": StrategyIndicator, "budget line": StrategyBudget,
            "comment": StrategyComment}  # fmt: skip
        with self._scope() as session:
            row: StrategyIndicator | StrategyBudget | StrategyComment = row_or_error(
                session, models[kind], row_id, kind
            )
            return row.uuid

    # --- indicators ---------------------------------------------------------------------------

    def add_indicator(self, measure_id: int, indicator: IndicatorInput) -> int:
        validate_indicator(indicator)
        with self._scope() as session:
            measure_or_error(session, measure_id)
            row = StrategyIndicator(
                item_id=measure_id,
                position=_next_position(session, StrategyIndicator, measure_id),
                **indicator_columns(indicator),
            )
            session.add(row)
            session.flush()
            return row.id

    def update_indicator(self, indicator_id: int, indicator: IndicatorInput) -> IndicatorInput:
        """Replace the indicator's fields; return the previous ones, for undo."""
        validate_indicator(indicator)
        with self._scope() as session:
            row = row_or_error(session, StrategyIndicator, indicator_id, "indicator")
            before = IndicatorInput(row.name, row.baseline, row.target, row.unit)
            for name, value in indicator_columns(indicator).items():
                setattr(row, name, value)
            return before

    def delete_indicator(self, indicator_id: int) -> DeletedRows:
        return _delete_detail(self._scope, StrategyIndicator, indicator_id, "indicator",
                              "indicators")  # fmt: skip

    # --- budget -------------------------------------------------------------------------------

    def add_budget(self, measure_id: int, line: BudgetInput) -> int:
        amount = validate_budget(line)
        with self._scope() as session:
            measure_or_error(session, measure_id)
            row = StrategyBudget(
                item_id=measure_id,
                position=_next_position(session, StrategyBudget, measure_id),
                amount=amount,
                currency=line.currency,
                source=clean_line(line.source),
            )
            session.add(row)
            session.flush()
            return row.id

    def update_budget(self, budget_id: int, line: BudgetInput) -> BudgetInput:
        """Replace the budget line; return the previous values, for undo."""
        amount = validate_budget(line)
        with self._scope() as session:
            row = row_or_error(session, StrategyBudget, budget_id, "budget line")
            before = BudgetInput(row.amount, row.currency, row.source)
            row.amount, row.currency, row.source = amount, line.currency, clean_line(line.source)
            return before

    def delete_budget(self, budget_id: int) -> DeletedRows:
        return _delete_detail(self._scope, StrategyBudget, budget_id, "budget line", "budget")

    # --- mapping ------------------------------------------------------------------------------

    def set_mapping(self, measure_id: int, keys: Sequence[str]) -> tuple[str, ...]:
        """Map the measure to exactly these pillars and areas (library keys, e.g. "pillar-2",
        "area-ii.3"); return the previous keys, for undo."""
        wanted = list(dict.fromkeys(k.strip() for k in keys if k.strip()))
        with self._scope() as session:
            measure_or_error(session, measure_id)
            check_mapping(session, wanted)
            before = tuple(
                session.scalars(
                    select(StrategyMapping.item_key)
                    .where(StrategyMapping.item_id == measure_id)
                    .order_by(StrategyMapping.item_key)
                )
            )
            session.execute(
                delete(StrategyMapping).where(
                    StrategyMapping.item_id == measure_id, StrategyMapping.item_key.not_in(wanted)
                )
            )
            for key in wanted:
                if key not in before:
                    session.add(StrategyMapping(item_id=measure_id, item_key=key))
            return before

    # --- comments -----------------------------------------------------------------------------

    def add_comment(self, item_id: int, author: str, text: str) -> int:
        """A free comment on a goal, objective or measure."""
        author, text = checked_line(author, COMMENT_AUTHOR), checked_text(text, NOTES, "text")
        if not text:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A comment needs some text."))
        with self._scope() as session:
            item_or_error(session, item_id)
            row = StrategyComment(item_id=item_id, author=author, text=text)
            session.add(row)
            session.flush()
            return row.id

    def resolve_comment(self, comment_id: int, resolved: bool = True) -> bool:
        """Mark a comment resolved (or open again); return the previous state, for undo."""
        with self._scope() as session:
            row = row_or_error(session, StrategyComment, comment_id, "comment")
            before, row.resolved = row.resolved, resolved
            return before

    def delete_comment(self, comment_id: int) -> DeletedRows:
        return _delete_detail(self._scope, StrategyComment, comment_id, "comment", "comments")
