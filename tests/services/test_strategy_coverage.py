"""Coverage of a draft built for the test: the exact matrix cells and the exact gap list."""

from __future__ import annotations

from decimal import Decimal

from jpoa_desktop.model.strategies import (
    BudgetInput,
    DraftInput,
    IndicatorInput,
    ItemInput,
)
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_coverage import CoverageService


def _build(service: StrategyService) -> tuple[int, dict[str, int]]:
    draft = service.create(DraftInput("TJ", {"en": "Strategy"}, kind="strategy"))
    goal = service.add_item(draft, None, "goal", ItemInput({"en": "G"}))
    objective = service.add_item(draft, goal, "objective", ItemInput({"en": "O"}))
    ids = {}
    for name, agencies in (("border", ("Border Service",)), ("cft", ()), ("youth", ("MoE",))):
        ids[name] = service.add_item(
            draft, objective, "measure", ItemInput({"en": name}, responsible=agencies)
        )
    ids["bare"] = service.add_item(draft, objective, "measure", ItemInput({"en": "bare"}))
    service.set_mapping(ids["border"], ["area-ii.3", "area-iii.2"])
    service.add_indicator(ids["border"], IndicatorInput("Posts equipped"))
    service.add_indicator(ids["border"], IndicatorInput("Officers trained"))
    service.add_budget(ids["border"], BudgetInput(Decimal(1000), "USD"))
    service.add_budget(ids["border"], BudgetInput(Decimal(500), "TJS"))
    service.set_mapping(ids["cft"], ["area-ii.2", "area-ii.3"])
    service.add_budget(ids["cft"], BudgetInput(Decimal("250.25"), "USD"))
    service.set_mapping(ids["youth"], ["pillar-1"])
    service.add_indicator(ids["youth"], IndicatorInput("Clubs"))
    return draft, ids


def test_the_matrix_counts_measures_indicators_and_budget_per_area(loaded_db: Database) -> None:
    draft, _ids = _build(StrategyService(loaded_db.session_scope))
    coverage = CoverageService(loaded_db.session_scope).coverage(draft, "en")
    assert len(coverage.cells) == 28
    filled = {c.area: (c.measures, c.indicators, c.budget) for c in coverage.cells if c.measures}
    assert filled == {
        "II.2": (1, 0, {"USD": Decimal("250.25")}),
        "II.3": (2, 2, {"USD": Decimal("1250.25"), "TJS": Decimal(500)}),
        "III.2": (1, 2, {"USD": Decimal(1000), "TJS": Decimal(500)}),
    }
    totals = {p.code: (p.measures, p.indicators) for p in coverage.pillars}
    assert totals == {"I": (1, 1), "II": (2, 2), "III": (1, 2), "IV": (0, 0)}
    ii2 = next(c for c in coverage.cells if c.area == "II.2")
    assert ii2.single_budget == ("USD", Decimal("250.25"))


def test_the_gap_list_names_each_missing_thing_with_the_item_to_jump_to(
    loaded_db: Database,
) -> None:
    draft, ids = _build(StrategyService(loaded_db.session_scope))
    coverage = CoverageService(loaded_db.session_scope).coverage(draft, "en")
    areas = [g.number for g in coverage.gaps if g.kind == "area_without_measure"]
    assert len(areas) == 25 and "II.3" not in areas and areas[0] == "I.1"
    items = [(g.kind, g.item_id, g.number) for g in coverage.gaps if g.item_id is not None]
    assert items == [
        ("measure_without_indicator", ids["cft"], "1.1.2"),
        ("measure_without_responsible", ids["cft"], "1.1.2"),
        ("measure_without_budget", ids["youth"], "1.1.3"),
        ("measure_without_indicator", ids["bare"], "1.1.4"),
        ("measure_without_responsible", ids["bare"], "1.1.4"),
        ("measure_without_budget", ids["bare"], "1.1.4"),
        ("measure_without_mapping", ids["bare"], "1.1.4"),
    ]


def test_two_drafts_compare_cell_by_cell_and_against_the_framework(loaded_db: Database) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft, _ids = _build(service)
    other = service.create(DraftInput("KZ", {"en": "Other"}))
    goal = service.add_item(other, None, "goal", ItemInput({"en": "G"}))
    objective = service.add_item(other, goal, "objective", ItemInput({"en": "O"}))
    service.set_mapping(
        service.add_item(other, objective, "measure", ItemInput({"en": "m"})), ["area-iv.3"]
    )
    coverage = CoverageService(loaded_db.session_scope)
    compared = {c.area: c.only_in for c in coverage.compare(draft, other, "en") if c.only_in}
    assert compared == {"II.2": "a", "II.3": "a", "III.2": "a", "IV.3": "b"}
    missing = coverage.missing_from_framework(other, "en")
    assert len(missing) == 27 and "IV.3" not in [c.area for c in missing]
