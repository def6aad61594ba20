"""A measure's deadline in the plan's own words is kept beside its dates: read back, undone,
copied, restored after a delete, and listed in a version diff when it changes."""

from __future__ import annotations

from datetime import date

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.strategies import DraftInput, FieldChange, ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_versions import VersionService

WORDS = "IV квартал 2026 г."


def _measure(service: StrategyService) -> tuple[int, int]:
    draft = service.create(DraftInput("KG", {"ru": "План"}))
    goal = service.add_item(draft, None, "goal", ItemInput({"ru": "Цель"}))
    objective = service.add_item(draft, goal, "objective", ItemInput({"ru": "Задача"}))
    measure = service.add_item(
        draft,
        objective,
        "measure",
        ItemInput({"ru": "Учения"}, start=date(2026, 10, 1), end=date(2026, 12, 31),
                  deadline_text=WORDS),
    )  # fmt: skip
    return draft, measure


def test_deadline_words_are_read_back_with_their_dates(loaded_db: Database) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft, _measure_id = _measure(service)
    (measure,) = service.draft(draft, "ru").measures()
    assert (measure.deadline_text, measure.start, measure.end) == (
        WORDS, date(2026, 10, 1), date(2026, 12, 31)
    )  # fmt: skip


def test_changing_the_words_can_be_undone_and_a_copy_or_a_restore_keeps_them(
    loaded_db: Database,
) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft, measure_id = _measure(service)
    before = service.update_item(measure_id, ItemInput({"ru": "Учения"}, deadline_text="ежегодно"))
    assert service.draft(draft, "ru").measures()[0].deadline_text == "ежегодно"
    service.update_item(measure_id, before)  # what the form's undo does
    assert service.draft(draft, "ru").measures()[0].deadline_text == WORDS
    copy = service.copy(draft)
    assert service.draft(copy, "ru").measures()[0].deadline_text == WORDS
    service.restore(service.delete_item(measure_id))
    assert service.draft(draft, "ru").measures()[0].deadline_text == WORDS


def test_a_version_diff_lists_a_change_of_deadline_words(loaded_db: Database) -> None:
    service = StrategyService(loaded_db.session_scope)
    versions = VersionService(loaded_db.session_scope)
    draft, measure_id = _measure(service)
    first = versions.snapshot(draft, "v1")
    item = service.item(measure_id)
    service.update_item(measure_id, ItemInput(item.texts, start=item.start, end=item.end,
                                              deadline_text="I квартал 2027 г."))  # fmt: skip
    (changed,) = versions.diff(draft, first).changed
    assert FieldChange("deadline", WORDS, "I квартал 2027 г.") in changed.fields


def test_deadline_words_longer_than_the_column_are_refused_with_a_message(
    loaded_db: Database,
) -> None:
    service = StrategyService(loaded_db.session_scope)
    _draft, measure_id = _measure(service)
    with pytest.raises(ValidationError, match="longer than 200"):
        service.update_item(measure_id, ItemInput({"ru": "Учения"}, deadline_text="до " * 100))
    assert service.item(measure_id).deadline_text == WORDS
