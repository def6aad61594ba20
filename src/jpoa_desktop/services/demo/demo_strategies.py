"""Strategy drafts for the demo: one realistic Kyrgyz action plan (small), 50 drafts of 200
measures each (large, the yardstick the strategy benchmark opens).

The small plan is written in English and Russian in our own words, after the kind of
programme Kyrgyzstan adopts for 2023–2027 (goals → objectives → measures, each with an agency,
a deadline, an indicator and sometimes a budget). A few gaps are left on purpose, so that the
coverage screen has something to show: areas with no measure, measures with no indicator,
no budget or no responsible agency.
The large drafts are inserted in bulk (one INSERT per batch of rows) with ids learnt back by
uuid, as the large demo's workshops are, and use their own random generator, so adding them
changed nothing else in the demo.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_rows
from jpoa_desktop.db.strategy_models import (
    StrategyBudget,
    StrategyComment,
    StrategyDraft,
    StrategyIndicator,
    StrategyItem,
    StrategyMapping,
)
from jpoa_desktop.services.demo.demo_strategy_history import add_history
from jpoa_desktop.services.demo.demo_strategy_plan import demo_plan

Area = tuple[str, int, str, str]  # key, pillar, English title, Russian title
SEED = 2022


class _Rows:
    """Row dicts with uuids from a seeded generator (same demo every time)."""

    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng, self.now = rng, now

    def __call__(self, **values: Any) -> dict[str, Any]:
        stamp = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return {**values, "uuid": stamp, "created_at": self.now, "updated_at": self.now}


def _item(row: _Rows, draft: int, parent: int | None, kind: str, n: int, **more: Any) -> Any:
    values: dict[str, Any] = {
        "draft_id": draft,
        "parent_id": parent,
        "kind": kind,
        "position": n,
        "responsible": [],
        "partners": [],
        "start_date": None,
        "end_date": None,
        "priority": "",
        "status": "",
        "origin_uuid": None,
    }
    return row(**{**values, **more})


def _status(end_year: int, n: int) -> str:
    """Where a measure stands late in 2026, by the year it was due."""
    if end_year <= 2024:
        return "done"
    if end_year == 2025:
        return "delayed" if n % 2 else "done"
    return "in_progress" if end_year == 2026 else "planned"


def small_plan(session: Session, now: datetime) -> int:
    """The Kyrgyz programme's action plan, 2023–2027, in English and Russian."""
    plan = demo_plan()
    fields = plan.draft
    row = _Rows(random.Random(SEED), now)
    (draft,) = insert_rows(
        session,
        StrategyDraft,
        [
            row(
                country=fields.text("country"),
                kind=fields.text("kind"),
                start_year=fields.whole("start_year"),
                end_year=fields.whole("end_year"),
                status=fields.text("status"),
                titles=fields.mapping("titles"),
                lead_agency=fields.text("lead_agency"),
                languages=["ru", "en"],
                notes=fields.text("notes"),
            )
        ],
    )
    n_measure = 0
    for g, plan_goal in enumerate(plan.goals):
        (goal,) = insert_rows(
            session,
            StrategyItem,
            [_item(row, draft, None, "goal", g, texts=plan_goal.texts)],
        )
        for o, plan_objective in enumerate(plan_goal.objectives):
            (objective,) = insert_rows(
                session,
                StrategyItem,
                [_item(row, draft, goal, "objective", o, texts=plan_objective.texts)],
            )
            for m, measure_plan in enumerate(plan_objective.measures):
                year = 2023 + n_measure % 4
                (measure,) = insert_rows(
                    session,
                    StrategyItem,
                    [
                        _item(
                            row,
                            draft,
                            objective,
                            "measure",
                            m,
                            texts=measure_plan.texts,
                            responsible=list(measure_plan.agencies),
                            partners=[plan.partners[n_measure % len(plan.partners)]],
                            start_date=date(year, 1, 1),
                            end_date=date(year + 1, 12, 31),
                            priority=("high", "medium", "low")[n_measure % 3],
                            status=_status(year + 1, n_measure),
                        )
                    ],
                )
                n_measure += 1
                keys = [*measure_plan.areas, f"pillar-{g + 1}"]
                insert_rows(
                    session,
                    StrategyMapping,
                    [row(item_id=measure, item_key=k) for k in dict.fromkeys(keys)],
                )
                if measure_plan.indicator:
                    insert_rows(
                        session,
                        StrategyIndicator,
                        [
                            row(
                                item_id=measure,
                                position=0,
                                name=measure_plan.indicator,
                                baseline="0",
                                target=str(10 * (m + 2)),
                                unit="",
                            )
                        ],
                    )
                if measure_plan.budget:
                    insert_rows(
                        session,
                        StrategyBudget,
                        [
                            row(
                                item_id=measure,
                                position=0,
                                amount=Decimal(measure_plan.budget),
                                currency=fields.text("currency"),
                                source=fields.text("budget_source"),
                            )
                        ],
                    )
    insert_rows(
        session,
        StrategyComment,
        [
            row(
                item_id=goal,
                author=fields.table("comment").text("author"),
                resolved=False,
                text=fields.table("comment").text("text"),
            )
        ],
    )
    add_history(session, draft, now)
    return 1


def large_drafts(
    session: Session,
    areas: list[Area],
    now: datetime,
    count: int = 50,
    per_draft: int = 200,
    step: Callable[[], None] = lambda: None,
) -> int:
    """`count` drafts, each 4 goals (one per pillar) × 5 objectives × 10 measures."""
    rng = random.Random(SEED)
    row = _Rows(rng, now)
    currencies = demo_plan().currencies
    countries = list(currencies)
    by_pillar: dict[int, list[Area]] = {}
    for area in areas:
        by_pillar.setdefault(area[1], []).append(area)
    pillars = sorted(by_pillar) or [1]
    drafts = [
        row(
            country=(c := countries[n % len(countries)]),
            kind=("strategy", "action_plan", "programme")[n % 3],
            start_year=2016 + n % 10,
            end_year=2020 + n % 10,
            status=("draft", "under_review", "adopted")[n % 3],
            titles={
                "en": f"National action plan {n + 1} ({c})",
                "ru": f"Национальный план действий {n + 1} ({c})",
            },
            lead_agency="National counter-terrorism centre",
            languages=["ru", "en"],
            notes="",
        )
        for n in range(count)
    ]
    draft_ids = insert_rows(session, StrategyDraft, drafts)
    per_objective = max(1, per_draft // (len(pillars) * 5))
    for draft_id, draft in zip(draft_ids, drafts, strict=True):
        step()
        goals = [
            _item(
                row, draft_id, None, "goal", g, texts={"en": f"Goal {g + 1}", "ru": f"Цель {g + 1}"}
            )
            for g in range(len(pillars))
        ]
        goal_ids = insert_rows(session, StrategyItem, goals)
        objectives: list[dict[str, Any]] = []
        objective_pillar: list[int] = []
        for g, goal_id in enumerate(goal_ids):
            for o in range(5):
                objectives.append(
                    _item(
                        row,
                        draft_id,
                        goal_id,
                        "objective",
                        o,
                        texts={"en": f"Objective {g + 1}.{o + 1}", "ru": f"Задача {g + 1}.{o + 1}"},
                    )
                )
                objective_pillar.append(pillars[g])
        objective_ids = insert_rows(session, StrategyItem, objectives)
        measures: list[dict[str, Any]] = []
        measure_areas: list[list[str]] = []
        for objective_id, pillar in zip(objective_ids, objective_pillar, strict=True):
            for m in range(per_objective):
                key, _p, en, ru = rng.choice(by_pillar.get(pillar, [("", pillar, "", "")]))
                year = (draft["start_year"] or 2020) + m % 4
                measures.append(
                    _item(
                        row,
                        draft_id,
                        objective_id,
                        "measure",
                        m,
                        texts={
                            "en": f"Measure on {en.lower()} ({m + 1})",
                            "ru": f"Мера: {ru} ({m + 1})",
                        },
                        responsible=[] if rng.random() < 0.05 else ["Ministry of Internal Affairs"],
                        partners=[rng.choice(demo_plan().partners)],
                        start_date=date(year, 1, 1),
                        end_date=date(year + 1, 12, 31),
                        priority=rng.choice(("high", "medium", "low")),
                        status="planned",
                    )
                )
                measure_areas.append([k for k in (key, f"pillar-{pillar}") if k])
        measure_ids = insert_rows(session, StrategyItem, measures)
        currency = currencies[draft["country"]]
        indicators: list[dict[str, Any]] = []
        budget: list[dict[str, Any]] = []
        mapping: list[dict[str, Any]] = []
        for measure_id, keys in zip(measure_ids, measure_areas, strict=True):
            mapping.extend(row(item_id=measure_id, item_key=k) for k in keys)
            for i in range(rng.choice((0, 1, 1, 2))):
                indicators.append(
                    row(
                        item_id=measure_id,
                        position=i,
                        name=f"Indicator {i + 1}",
                        baseline="0",
                        target=str(rng.randrange(5, 500)),
                        unit="",
                    )
                )
            if rng.random() < 0.8:
                budget.append(
                    row(
                        item_id=measure_id,
                        position=0,
                        currency=currency,
                        amount=Decimal(rng.randrange(10, 5000) * 1000),
                        source="State budget",
                    )
                )
        insert_rows(session, StrategyMapping, mapping)
        insert_rows(session, StrategyIndicator, indicators)
        insert_rows(session, StrategyBudget, budget)
    return len(draft_ids)


def add_strategies(session: Session, size: str, areas: list[Area], now: datetime) -> int:
    """The demo's drafts: the Kyrgyz plan (small) or 50 drafts of 200 measures (large)."""
    if size == "small":
        return small_plan(session, now)
    return large_drafts(session, areas, now)
