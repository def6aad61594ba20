"""The demo's strategy drafts: the small demo's Kyrgyz plan, the large demo's 200-measure drafts."""

from __future__ import annotations

from datetime import UTC, date, datetime

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.demo.demo_strategies import large_drafts
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_coverage import CoverageService
from jpoa_desktop.services.strategies.strategy_versions import VersionService


def test_the_small_demo_has_a_bilingual_kyrgyz_action_plan_with_gaps_on_purpose(
    loaded_db: Database,
) -> None:
    report = DemoService(loaded_db.session_scope).load("small", today=date(2026, 11, 25))
    assert report.strategies == 1
    (plan,) = StrategyService(loaded_db.session_scope).drafts("ru")
    assert (plan.country, plan.start_year, plan.end_year, plan.measures) == ("KG", 2023, 2027, 20)
    assert plan.title.startswith("План действий")
    view = StrategyService(loaded_db.session_scope).draft(plan.id, "ru")
    assert all(m.texts.get("en") and m.texts.get("ru") and m.mapping for m in view.measures())
    coverage = CoverageService(loaded_db.session_scope).coverage(plan.id, "en")
    kinds = {g.kind for g in coverage.gaps}
    assert kinds == {
        "area_without_measure",
        "measure_without_indicator",
        "measure_without_responsible",
        "measure_without_budget",
    }


def test_large_demo_drafts_have_two_hundred_mapped_measures_each(loaded_db: Database) -> None:
    library = LibraryService(loaded_db.session_scope)
    areas = [(a.key, p.number, a.title, a.title) for p in library.pillars("en") for a in p.areas]
    with loaded_db.session_scope() as session:
        assert large_drafts(session, areas, datetime.now(UTC), count=2) == 2
    service = StrategyService(loaded_db.session_scope)
    drafts = service.drafts("en")
    assert [d.measures for d in drafts] == [200, 200]
    view = service.draft(drafts[0].id, "en")
    assert len(view.goals) == 4 and all(len(g.objectives) == 5 for g in view.goals)
    assert all(m.mapping for m in view.measures())


def test_the_kyrgyz_plan_comes_with_two_earlier_versions_that_differ_from_it(
    loaded_db: Database,
) -> None:
    DemoService(loaded_db.session_scope).load("small", today=date(2026, 11, 25))
    (plan,) = StrategyService(loaded_db.session_scope).drafts("en")
    versions = VersionService(loaded_db.session_scope)
    first, submitted = versions.versions(plan.id)
    assert (first.name, first.measures, submitted.measures) == (
        "Рабочая группа, первое чтение / Working group, first reading",
        18,
        20,
    )
    since = versions.diff(plan.id, submitted.id)
    assert [len(part) for part in (since.added, since.removed, since.moved)] == [1, 1, 1]
    assert since.removed[0].text == "Courses for imams on countering extremist narratives"
    (revised,) = since.changed
    assert {c.field for c in revised.fields} >= {"responsible", "end", "status"}
    between = versions.diff(plan.id, first.id, submitted.id)
    assert len(between.added) == 2 and not between.removed
