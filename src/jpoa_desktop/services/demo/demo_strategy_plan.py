"""The small demo's action plan, read from resources/demo/strategy_plan.toml.

The file holds the plan in English and Russian (goals → objectives → measures, with agencies,
framework areas, an indicator and a budget in KGS), the draft's own fields, and the names of
the two earlier versions demo_strategy_history.py builds. Gaps (an empty indicator, a zero
budget, no agency) are left on purpose there, for the coverage screen to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jpoa_desktop.content.demo_data import DemoTable, demo_file


@dataclass(frozen=True)
class PlanMeasure:
    texts: dict[str, str]  # language → text
    agencies: tuple[str, ...]
    areas: tuple[str, ...]  # framework item keys
    indicator: str  # English; "" is a gap
    budget: int  # in the plan's currency; 0 is a gap


@dataclass(frozen=True)
class PlanObjective:
    texts: dict[str, str]
    measures: tuple[PlanMeasure, ...]


@dataclass(frozen=True)
class PlanGoal:
    texts: dict[str, str]
    objectives: tuple[PlanObjective, ...]


@dataclass(frozen=True)
class PlanHistory:
    first_reading: str  # the versions' names
    submitted: str
    dropped: dict[str, str]  # the texts of the measure the working group later dropped
    dropped_responsible: tuple[str, ...]


@dataclass(frozen=True)
class DemoPlan:
    draft: DemoTable  # the draft's own fields: country, kind, years, status, titles, …
    partners: tuple[str, ...]  # given to the measures in turn
    currencies: dict[str, str]  # the large demo's countries, in turn, and their currencies
    goals: tuple[PlanGoal, ...]
    history: PlanHistory


def _texts(table: DemoTable) -> dict[str, str]:
    return {"en": table.text("en"), "ru": table.text("ru")}


def _measure(table: DemoTable) -> PlanMeasure:
    return PlanMeasure(
        _texts(table),
        table.texts("agencies"),
        table.texts("areas"),
        table.text("indicator"),
        table.whole("budget"),
    )


@cache
def demo_plan() -> DemoPlan:
    """The plan, read once; a damaged file is one ContentError naming it."""
    data = demo_file("strategy_plan")
    history = data.table("history")
    dropped = history.table("dropped")
    return DemoPlan(
        draft=data.table("draft"),
        partners=data.texts("partners"),
        currencies=data.table("large_drafts").mapping("currencies"),
        goals=tuple(
            PlanGoal(
                _texts(goal),
                tuple(
                    PlanObjective(_texts(o), tuple(_measure(m) for m in o.tables("measures")))
                    for o in goal.tables("objectives")
                ),
            )
            for goal in data.tables("goals")
        ),
        history=PlanHistory(
            history.text("first_reading"),
            history.text("submitted"),
            _texts(dropped),
            dropped.texts("responsible"),
        ),
    )
