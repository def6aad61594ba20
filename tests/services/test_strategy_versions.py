"""Versions of a draft: snapshot, edit (add, remove, move, change), and the diff lists each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.strategies import (
    BudgetInput,
    DraftInput,
    FieldChange,
    IndicatorInput,
    ItemInput,
)
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_versions import VersionService


def _plan(service: StrategyService) -> tuple[int, dict[str, int]]:
    draft = service.create(DraftInput("UZ", {"en": "Road map"}))
    goal = service.add_item(draft, None, "goal", ItemInput({"en": "G"}))
    o1 = service.add_item(draft, goal, "objective", ItemInput({"en": "O1"}))
    o2 = service.add_item(draft, goal, "objective", ItemInput({"en": "O2"}))
    ids = {"goal": goal, "o1": o1, "o2": o2}
    for name in ("A", "B", "C", "D"):
        ids[name] = service.add_item(draft, o1, "measure", ItemInput({"en": name}))
    service.add_indicator(ids["A"], IndicatorInput("Cases", "10", "20", "cases"))
    service.add_budget(ids["A"], BudgetInput(Decimal(100), "UZS"))
    service.set_mapping(ids["A"], ["area-ii.1"])
    return draft, ids


def test_the_diff_lists_added_removed_moved_and_field_level_changes(
    loaded_db: Database,
) -> None:
    service = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft, ids = _plan(service)
    first = versions.snapshot(draft, "Submitted to ministry")

    service.add_item(draft, ids["o2"], "measure", ItemInput({"en": "E"}))
    service.delete_item(ids["B"])
    service.move_item(ids["D"], ids["o1"], 0)  # D before A: only D moved
    service.update_item(ids["C"], ItemInput({"en": "C", "ru": "Ц"}, responsible=("MVD",)))
    indicator = service.draft(draft, "en").measures()[1].indicators[0].id
    service.update_indicator(indicator, IndicatorInput("Cases", "10", "30", "cases"))
    service.set_mapping(ids["A"], ["area-ii.1", "area-iv.2"])
    second = versions.snapshot(draft, "After comments")

    assert [(v.name, v.measures) for v in versions.versions(draft)] == [
        ("Submitted to ministry", 4),
        ("After comments", 4),
    ]
    diff = versions.diff(draft, first, second)
    assert [(d.text, d.number_after) for d in diff.added] == [("E", "1.2.1")]
    assert [(d.text, d.number_before) for d in diff.removed] == [("B", "1.1.2")]
    assert [(d.text, d.number_before, d.number_after) for d in diff.moved] == [
        ("D", "1.1.4", "1.1.1")
    ]
    changed = {d.text: d.fields for d in diff.changed}
    assert changed["C"] == (
        FieldChange("text[ru]", "", "Ц"),
        FieldChange("responsible", "", "MVD"),
    )
    assert changed["A"] == (
        FieldChange("indicators", "Cases (10 → 20 cases)", "Cases (10 → 30 cases)"),
        FieldChange("mapping", "II.1", "II.1, IV.2"),
    )
    assert versions.diff(draft, second).empty  # the last version against the draft now


def test_a_moved_to_another_objective_is_a_move_not_a_remove_and_add(
    loaded_db: Database,
) -> None:
    service = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft, ids = _plan(service)
    first = versions.snapshot(draft, "v1")
    service.move_item(ids["C"], ids["o2"], 0)
    diff = versions.diff(draft, first)
    assert diff.added == diff.removed == diff.changed == ()
    assert [(d.text, d.number_after) for d in diff.moved] == [("C", "1.2.1")]


def test_a_copy_is_compared_with_its_original_measure_by_measure(loaded_db: Database) -> None:
    service = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft, _ids = _plan(service)
    copy = service.copy(draft)
    a = next(m for m in service.draft(copy, "en").measures() if m.text == "A")
    service.update_item(a.id, ItemInput({"en": "A, reworded"}))
    diff = versions.diff_drafts(draft, copy)
    assert diff.added == diff.removed == diff.moved == ()
    assert [(d.text, d.fields[0].field) for d in diff.changed] == [("A, reworded", "text[en]")]


def test_unrelated_drafts_are_matched_by_text(loaded_db: Database) -> None:
    service = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    first, _ = _plan(service)
    second, ids = _plan(service)
    service.update_item(ids["D"], ItemInput({"en": "  d  "}))  # same text, other spacing/case
    service.delete_item(ids["C"])
    diff = versions.diff_drafts(first, second)
    assert [d.text for d in diff.removed] == ["C"]
    assert diff.added == ()
    with pytest.raises(ValidationError, match="needs a name"):
        versions.snapshot(first, " ")
