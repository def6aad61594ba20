"""Reading a whole draft into `DraftView` in a fixed, small number of queries.

A 200-measure draft is read with seven SELECTs (draft, items, indicators, budget lines,
mapping, comments, library labels), each by an indexed column, and assembled in memory:
no lazy loading, so opening it costs the same whatever its shape.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import LibraryItem, LibraryText
from jpoa_desktop.db.strategy_models import (
    StrategyBudget,
    StrategyComment,
    StrategyDraft,
    StrategyIndicator,
    StrategyItem,
    StrategyMapping,
)
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.strategies import (
    BudgetLineView,
    CommentView,
    DraftSummary,
    DraftView,
    GoalView,
    IndicatorView,
    MappingView,
    MeasureView,
    ObjectiveView,
)


@dataclass(frozen=True)
class Label:
    """How a library key is shown: its pillar number, code and title in one language."""

    key: str
    kind: str
    pillar: int
    code: str
    title: str


def library_labels(session: Session, lang: str) -> dict[str, Label]:
    """Pillars, framework areas and partners by key, titled in `lang` (English fallback)."""
    items = session.execute(
        select(LibraryItem.id, LibraryItem.key, LibraryItem.kind, LibraryItem.meta).where(
            LibraryItem.kind.in_(("pillar", "area", "partner"))
        )
    ).all()
    texts: dict[int, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    rows = session.execute(
        select(LibraryText.item_id, LibraryText.field, LibraryText.lang, LibraryText.text)
        .join(LibraryItem, LibraryItem.id == LibraryText.item_id)
        .where(
            LibraryItem.kind.in_(("pillar", "area", "partner")),
            LibraryText.field.in_(("title", "short")),
        )
    )
    for item_id, field_name, text_lang, text in rows:
        texts[item_id][field_name][text_lang] = text
    labels = {}
    for item_id, key, kind, meta in items:
        fields = texts.get(item_id, {})
        title = pick(fields.get("title"), lang)
        if kind == "pillar":
            pillar, code = int(meta.get("number", 0)), str(meta.get("roman", ""))
        elif kind == "area":
            pillar, code = int(meta.get("pillar", 0)), str(meta.get("code", ""))
        else:
            pillar, code = 0, pick(fields.get("short"), lang) or title
        labels[key] = Label(key, kind, pillar, code, title)
    return labels


def summary(draft: StrategyDraft, measures: int, lang: str) -> DraftSummary:
    return DraftSummary(
        id=draft.id,
        uuid=draft.uuid,
        country=draft.country,
        title=pick(draft.titles, lang),
        titles=dict(draft.titles),
        kind=draft.kind,
        start_year=draft.start_year,
        end_year=draft.end_year,
        status=draft.status,
        lead_agency=draft.lead_agency,
        languages=tuple(draft.languages),
        measures=measures,
        updated_at=draft.updated_at,
    )


def _by_item(session: Session, model: Any, draft_id: int, order: Any) -> dict[int, list[Any]]:
    """Plain rows (no ORM objects: building them is most of the cost) grouped by item."""
    found: dict[int, list[Any]] = defaultdict(list)
    table = model.__table__
    statement = (
        select(table)
        .join(StrategyItem.__table__, StrategyItem.id == table.c.item_id)
        .where(StrategyItem.draft_id == draft_id)
        .order_by(order, table.c.id)
    )
    for row in session.connection().execute(statement):  # Core: no ORM result layer
        found[row.item_id].append(row)
    return found


def mapping_views(keys: list[str], labels: dict[str, Label]) -> tuple[MappingView, ...]:
    views = []
    for key in keys:
        label = labels.get(key)
        if label is not None:
            views.append(MappingView(key, label.pillar, label.code, label.title))
        else:  # an area removed from the library since: still shown, by its key
            views.append(MappingView(key, 0, key, key))
    return tuple(sorted(views, key=lambda m: (m.pillar, _code_key(m.code))))


def _code_key(code: str) -> tuple[Any, ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in code.split("."))


def library_stamp(session: Session) -> tuple[Any, ...]:
    """Changes whenever the library does (rows added, removed or edited): a cache key."""
    items = select(func.count(LibraryItem.id), func.max(LibraryItem.updated_at))
    texts = select(func.count(LibraryText.id), func.max(LibraryText.updated_at))
    return (*session.execute(items).one(), *session.execute(texts).one())


class LabelCache:
    """Library labels per language, read again only when the library changed: opening a
    draft then costs its own rows, not the library's (held by one service instance)."""

    def __init__(self) -> None:
        self._found: dict[str, tuple[tuple[Any, ...], dict[str, Label]]] = {}

    def get(self, session: Session, lang: str) -> dict[str, Label]:
        stamp = library_stamp(session)
        cached = self._found.get(lang)
        if cached is None or cached[0] != stamp:
            cached = (stamp, library_labels(session, lang))
            self._found[lang] = cached
        return cached[1]


def read_draft(
    session: Session, draft: StrategyDraft, lang: str, labels: dict[str, Label] | None = None
) -> DraftView:
    items = (
        session.connection()
        .execute(
            select(StrategyItem.__table__)
            .where(StrategyItem.draft_id == draft.id)
            .order_by(StrategyItem.position, StrategyItem.id)
        )
        .all()
    )
    indicators = _by_item(session, StrategyIndicator, draft.id, StrategyIndicator.position)
    budget = _by_item(session, StrategyBudget, draft.id, StrategyBudget.position)
    mapping = _by_item(session, StrategyMapping, draft.id, StrategyMapping.item_key)
    comments = _by_item(session, StrategyComment, draft.id, StrategyComment.created_at)
    if labels is None:
        labels = library_labels(session, lang)

    children: dict[int | None, list[Any]] = defaultdict(list)
    mapped: dict[tuple[str, ...], tuple[MappingView, ...]] = {}

    def mapping_of(item_id: int) -> tuple[MappingView, ...]:
        keys = tuple(m.item_key for m in mapping.get(item_id, ()))
        if keys not in mapped:
            mapped[keys] = mapping_views(list(keys), labels)
        return mapped[keys]

    for item in items:
        children[item.parent_id].append(item)

    def comment_views(item_id: int) -> tuple[CommentView, ...]:
        return tuple(
            CommentView(c.id, c.uuid, c.item_id, c.author, c.text, c.created_at, c.resolved)
            for c in comments.get(item_id, ())
        )

    def measure(item: Any, n: int, prefix: str) -> MeasureView:
        return MeasureView(
            id=item.id,
            uuid=item.uuid,
            position=n,
            number=f"{prefix}.{n + 1}",
            texts=dict(item.texts),
            text=pick(item.texts, lang),
            responsible=tuple(item.responsible),
            partners=tuple(item.partners),
            partner_names=tuple(labels[p].code if p in labels else p for p in item.partners),
            start=item.start_date,
            end=item.end_date,
            priority=item.priority,
            status=item.status,
            indicators=tuple(
                IndicatorView(i.id, i.uuid, n, i.name, i.baseline, i.target, i.unit)
                for n, i in enumerate(indicators.get(item.id, ()))
            ),
            budget=tuple(
                BudgetLineView(b.id, b.uuid, n, b.amount, b.currency, b.source)
                for n, b in enumerate(budget.get(item.id, ()))
            ),
            mapping=mapping_of(item.id),
            comments=comment_views(item.id),
            deadline_text=item.deadline_text,
        )

    def objective(item: Any, n: int, prefix: str) -> ObjectiveView:
        number = f"{prefix}.{n + 1}"
        return ObjectiveView(
            id=item.id,
            uuid=item.uuid,
            position=n,
            number=number,
            texts=dict(item.texts),
            text=pick(item.texts, lang),
            comments=comment_views(item.id),
            measures=tuple(measure(m, k, number) for k, m in enumerate(children.get(item.id, ()))),
        )

    goals = tuple(
        GoalView(
            id=goal.id,
            uuid=goal.uuid,
            position=n,
            number=str(n + 1),
            texts=dict(goal.texts),
            text=pick(goal.texts, lang),
            comments=comment_views(goal.id),
            objectives=tuple(
                objective(o, k, str(n + 1)) for k, o in enumerate(children.get(goal.id, ()))
            ),
        )
        for n, goal in enumerate(children.get(None, ()))
    )
    count = sum(1 for item in items if item.kind == "measure")
    return DraftView(summary=summary(draft, count, lang), notes=draft.notes, lang=lang, goals=goals)


def measure_counts(session: Session) -> dict[int, int]:
    return dict(
        session.execute(
            select(StrategyItem.draft_id, func.count(StrategyItem.id))
            .where(StrategyItem.kind == "measure")
            .group_by(StrategyItem.draft_id)
        ).all()
    )
