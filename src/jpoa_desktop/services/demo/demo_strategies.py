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
from jpoa_desktop.services.demo.demo_strategy_plan import KG_PLAN, PARTNERS

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
    row = _Rows(random.Random(SEED), now)
    (draft,) = insert_rows(
        session,
        StrategyDraft,
        [
            row(
                country="KG",
                kind="action_plan",
                start_year=2023,
                end_year=2027,
                status="under_review",
                titles={
                    "en": "Action plan of the Programme on countering extremism and terrorism, "
                    "2023–2027",
                    "ru": "План действий Программы по противодействию экстремизму и терроризму "
                    "на 2023–2027 годы",
                },
                lead_agency="State Committee for National Security",
                languages=["ru", "en"],
                notes="Draft for discussion with the ministries; budget figures in KGS.",
            )
        ],
    )
    n_measure = 0
    for g, (goal_en, goal_ru, objectives) in enumerate(KG_PLAN):
        (goal,) = insert_rows(
            session,
            StrategyItem,
            [_item(row, draft, None, "goal", g, texts={"en": goal_en, "ru": goal_ru})],
        )
        for o, (obj_en, obj_ru, measures) in enumerate(objectives):
            (objective,) = insert_rows(
                session,
                StrategyItem,
                [_item(row, draft, goal, "objective", o, texts={"en": obj_en, "ru": obj_ru})],
            )
            for m, (en, ru, agencies, areas, indicator, amount) in enumerate(measures):
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
                            texts={"en": en, "ru": ru},
                            responsible=list(agencies),
                            partners=[PARTNERS[n_measure % len(PARTNERS)]],
                            start_date=date(year, 1, 1),
                            end_date=date(year + 1, 12, 31),
                            priority=("high", "medium", "low")[n_measure % 3],
                            status=_status(year + 1, n_measure),
                        )
                    ],
                )
                n_measure += 1
                keys = [*areas, f"pillar-{g + 1}"]
                insert_rows(
                    session,
                    StrategyMapping,
                    [row(item_id=measure, item_key=k) for k in dict.fromkeys(keys)],
                )
                if indicator:
                    insert_rows(
                        session,
                        StrategyIndicator,
                        [
                            row(
                                item_id=measure,
                                position=0,
                                name=indicator,
                                baseline="0",
                                target=str(10 * (m + 2)),
                                unit="",
                            )
                        ],
                    )
                if amount:
                    insert_rows(
                        session,
                        StrategyBudget,
                        [
                            row(
                                item_id=measure,
                                position=0,
                                amount=Decimal(amount),
                                currency="KGS",
                                source="Republican budget",
                            )
                        ],
                    )
    insert_rows(
        session,
        StrategyComment,
        [
            row(
                item_id=goal,
                author="UNRCCA",
                resolved=False,
                text="Consider a measure on victims' associations and on data protection.",
            )
        ],
    )
    add_history(session, draft, now)
    return 1


COUNTRIES = ("KZ", "KG", "TJ", "TM", "UZ")
CURRENCIES = {"KZ": "KZT", "KG": "KGS", "TJ": "TJS", "TM": "TMT", "UZ": "UZS"}


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
    by_pillar: dict[int, list[Area]] = {}
    for area in areas:
        by_pillar.setdefault(area[1], []).append(area)
    pillars = sorted(by_pillar) or [1]
    drafts = [
        row(
            country=(c := COUNTRIES[n % len(COUNTRIES)]),
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
                        partners=[rng.choice(PARTNERS)],
                        start_date=date(year, 1, 1),
                        end_date=date(year + 1, 12, 31),
                        priority=rng.choice(("high", "medium", "low")),
                        status="planned",
                    )
                )
                measure_areas.append([k for k in (key, f"pillar-{pillar}") if k])
        measure_ids = insert_rows(session, StrategyItem, measures)
        currency = CURRENCIES[draft["country"]]
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
