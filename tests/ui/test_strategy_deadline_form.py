"""The measure form shows the deadline in the plan's words and lets the user edit it: the dates
follow the words, words with no dates are kept with a note, and every change can be undone."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.strategy_screen_fixtures import action_plan, shown_screen

from jpoa_desktop.model.strategies import MeasureView
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.screen import StrategiesScreen
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def draft(library_db: Database) -> int:
    return action_plan(library_db)


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database, draft: int
) -> StrategiesScreen:
    return shown_screen(qtbot, tasks, translations, library_db, (1200, 700))


def _measure(db: Database, draft: int) -> MeasureView:
    return StrategyService(db.session_scope).draft(draft, "ru").measures()[0]


def test_deadline_words_typed_in_the_form_set_the_dates_and_undo_takes_them_back(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    for _level in ("goal", "objective", "measure"):
        screen.add_below()
    form = screen.form
    assert form.deadline.isVisible()
    form.deadline.setText("IV квартал 2026 г.")
    form.save()
    assert (form.start.text(), form.end.text()) == ("2026-10-01", "2026-12-31")
    measure = _measure(library_db, draft)
    assert (measure.deadline_text, str(measure.start), str(measure.end)) == (
        "IV квартал 2026 г.", "2026-10-01", "2026-12-31"
    )  # fmt: skip
    screen.undo()
    measure = _measure(library_db, draft)
    assert (measure.deadline_text, measure.start, measure.end) == ("", None, None)
    assert form.deadline.text() == ""
    screen.redo()
    assert _measure(library_db, draft).deadline_text == "IV квартал 2026 г."
    assert form.deadline.text() == "IV квартал 2026 г."


def test_words_with_no_dates_are_saved_as_written_with_a_note(
    qtbot: QtBot, screen: StrategiesScreen, library_db: Database, draft: int
) -> None:
    for _level in ("goal", "objective", "measure"):
        screen.add_below()
    form = screen.form
    form.deadline.setText("после принятия закона")
    form.save()
    assert "после принятия закона" in form.problem.text()
    assert _measure(library_db, draft).deadline_text == "после принятия закона"
