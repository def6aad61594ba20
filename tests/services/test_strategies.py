"""Strategy drafts through the service: building the tree, editing, moving, undoing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.strategies import (
    BudgetInput,
    DraftInput,
    IndicatorInput,
    ItemInput,
)
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService

PLAN = DraftInput(
    country="KG",
    titles={"en": "Action plan on countering extremism", "ru": "План действий"},
    start_year=2023,
    end_year=2027,
    lead_agency="State Committee for National Security",
)


def _text(en: str) -> ItemInput:
    return ItemInput(texts={"en": en, "ru": en.upper()})


def _tree(service: StrategyService, draft: int) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    view = service.draft(draft, "en")
    return [
        (g.text, [(o.text, [m.text for m in o.measures]) for o in g.objectives]) for g in view.goals
    ]


@pytest.fixture
def service(loaded_db: Database) -> StrategyService:
    return StrategyService(loaded_db.session_scope)


def test_a_draft_is_built_goal_objective_measure_and_read_back_whole(
    service: StrategyService,
) -> None:
    draft = service.create(PLAN)
    goal = service.add_item(draft, None, "goal", _text("Prevent radicalisation"))
    objective = service.add_item(draft, goal, "objective", _text("Reach young people"))
    measure = service.add_item(
        draft,
        objective,
        "measure",
        ItemInput(
            texts={"en": "Youth sports leagues", "ru": "Молодёжные спортивные лиги"},
            responsible=("Ministry of Culture",),
            partners=("partner-osce", "Local NGO"),
            start=date(2024, 1, 1),
            end=date(2025, 12, 31),
            priority="high",
            status="planned",
        ),
    )
    service.add_indicator(measure, IndicatorInput("Young people reached", "0", "5000", "people"))
    service.add_budget(measure, BudgetInput(Decimal("12500.5"), "KGS", "state budget"))
    service.set_mapping(measure, ["area-i.2", "pillar-1"])
    service.add_comment(measure, "Aida", "Check the target with the ministry")

    view = service.draft(draft, "ru")
    assert view.summary.title == "План действий" and view.summary.measures == 1
    (m,) = view.measures()
    assert (m.number, m.text) == ("1.1.1", "Молодёжные спортивные лиги")
    assert m.partner_names == ("ОБСЕ", "Local NGO")
    assert [i.target for i in m.indicators] == ["5000"]
    assert [(b.amount, b.currency) for b in m.budget] == [(Decimal("12500.50"), "KGS")]
    assert [(x.code, x.pillar) for x in m.mapping] == [("I", 1), ("I.2", 1)]
    assert m.pillars == (1,)
    assert [c.author for c in m.comments] == ["Aida"]
    assert [d.id for d in service.drafts("en")] == [draft]


def test_the_framework_skeleton_has_each_pillar_as_a_goal_and_each_area_as_an_objective(
    service: StrategyService,
) -> None:
    view = service.draft(service.create(PLAN, template="framework"), "ru")
    assert len(view.goals) == 4
    assert [len(g.objectives) for g in view.goals] == [7, 7, 7, 7]
    border = view.goals[1].objectives[2]
    # The tree numbers them as the framework does (2.3 is II.3), so the texts carry no code.
    assert (border.number, border.texts["en"]) == ("2.3", "Border security and management")
    assert not view.goals[0].texts["ru"].startswith("I")


def test_the_wrong_kind_under_a_parent_is_refused_with_the_reason(
    service: StrategyService,
) -> None:
    draft = service.create(PLAN)
    goal = service.add_item(draft, None, "goal", _text("Goal"))
    with pytest.raises(
        ValidationError, match="A measure cannot go there: its parent must be a “objective” item"
    ):
        service.add_item(draft, goal, "measure", _text("Measure"))
    with pytest.raises(ValidationError, match="A goal sits at the top"):
        service.add_item(draft, goal, "goal", _text("Goal 2"))
    objective = service.add_item(draft, goal, "objective", _text("Objective"))
    measure = service.add_item(draft, objective, "measure", _text("Measure"))
    with pytest.raises(ValidationError, match="currency code"):
        service.add_budget(measure, BudgetInput(Decimal(10), "som"))
    with pytest.raises(ValidationError, match="zero or more"):
        service.add_budget(measure, BudgetInput(Decimal(-1), "KGS"))
    with pytest.raises(ValidationError, match="not a pillar or framework area"):
        service.set_mapping(measure, ["area-ix.9"])
    with pytest.raises(ValidationError, match="ends in 2020, before it starts in 2023"):
        service.create(DraftInput("KG", {"en": "x"}, start_year=2023, end_year=2020))
    with pytest.raises(ValidationError, match="before it starts"):
        service.update_item(
            measure, ItemInput({"en": "M"}, start=date(2025, 1, 1), end=date(2024, 1, 1))
        )


def test_moving_within_and_across_parents_renumbers_and_undo_puts_it_back(
    service: StrategyService,
) -> None:
    draft = service.create(PLAN)
    goal = service.add_item(draft, None, "goal", _text("G"))
    first = service.add_item(draft, goal, "objective", _text("O1"))
    second = service.add_item(draft, goal, "objective", _text("O2"))
    a, b, c = (service.add_item(draft, first, "measure", _text(t)) for t in "ABC")
    moved = service.move_item(c, first, 0)
    assert _tree(service, draft) == [("G", [("O1", ["C", "A", "B"]), ("O2", [])])]
    across = service.move_item(a, second, 0)
    assert _tree(service, draft) == [("G", [("O1", ["C", "B"]), ("O2", ["A"])])]
    service.move_item(across.item_id, across.parent_id, across.position)
    service.move_item(moved.item_id, moved.parent_id, moved.position)
    assert _tree(service, draft) == [("G", [("O1", ["A", "B", "C"]), ("O2", [])])]
    with pytest.raises(ValidationError):
        service.move_item(b, goal, 0)
    assert b


def test_undo_across_several_edits_restores_the_deleted_subtree_with_its_uuids(
    service: StrategyService,
) -> None:
    draft = service.create(PLAN)
    goal = service.add_item(draft, None, "goal", _text("G"))
    objective = service.add_item(draft, goal, "objective", _text("O"))
    measure = service.add_item(draft, objective, "measure", _text("M"))
    service.add_item(draft, goal, "objective", _text("Later"))
    service.add_indicator(measure, IndicatorInput("Trained officers"))
    service.set_mapping(measure, ["area-ii.3"])
    before = service.draft(draft, "en")

    old_fields = service.update_item(measure, _text("M edited"))
    old_keys = service.set_mapping(measure, ["area-ii.1"])
    deleted = service.delete_item(objective)
    assert _tree(service, draft) == [("G", [("Later", [])])]

    service.restore(deleted)
    new_measure = service.draft(draft, "en").measures()[0].id
    service.set_mapping(new_measure, old_keys)
    service.update_item(new_measure, old_fields)
    after = service.draft(draft, "en")
    assert _tree(service, draft) == [("G", [("O", ["M"]), ("Later", [])])]
    strip = [(m.uuid, m.texts, [i.name for i in m.indicators], m.mapping) for m in after.measures()]
    assert strip == [
        (m.uuid, m.texts, [i.name for i in m.indicators], m.mapping) for m in before.measures()
    ]
    assert [o.uuid for o in after.goals[0].objectives] == [
        o.uuid for o in before.goals[0].objectives
    ]


def test_a_copy_has_the_same_tree_new_uuids_and_no_comments(service: StrategyService) -> None:
    draft = service.create(PLAN, template="framework")
    objective = service.draft(draft, "en").goals[0].objectives[0].id
    measure = service.add_item(draft, objective, "measure", _text("M"))
    service.add_budget(measure, BudgetInput(Decimal(100), "USD"))
    service.add_comment(measure, "A", "note")
    copy = service.copy(draft, titles={"en": "Copy"})
    original, copied = service.draft(draft, "en"), service.draft(copy, "en")
    assert _tree(service, copy) == _tree(service, draft)
    assert copied.summary.title == "Copy"
    (m,) = copied.measures()
    assert m.uuid != original.measures()[0].uuid
    assert [b.amount for b in m.budget] == [Decimal("100.00")] and m.comments == ()


def test_deleted_details_come_back_and_comments_resolve(service: StrategyService) -> None:
    draft = service.create(PLAN)
    goal = service.add_item(draft, None, "goal", _text("G"))
    objective = service.add_item(draft, goal, "objective", _text("O"))
    measure = service.add_item(draft, objective, "measure", _text("M"))
    budget = service.add_budget(measure, BudgetInput(Decimal(5), "EUR"))
    comment = service.add_comment(objective, "B", "Too vague")
    assert service.resolve_comment(comment) is False
    service.restore(service.delete_budget(budget))
    assert [b.amount for b in service.draft(draft, "en").measures()[0].budget] == [Decimal(5)]
    assert service.draft(draft, "en").goals[0].objectives[0].comments[0].resolved
    assert service.find(draft, "m") == [measure]


def test_restoring_a_measure_whose_objective_is_gone_says_so(service: StrategyService) -> None:
    draft = service.create(PLAN)
    goal = service.add_item(draft, None, "goal", _text("G"))
    objective = service.add_item(draft, goal, "objective", _text("O"))
    deleted = service.delete_item(service.add_item(draft, objective, "measure", _text("M")))
    service.delete_item(objective)
    with pytest.raises(ValidationError, match="has been deleted"):
        service.restore(deleted)
