"""A workshop's details edited at two desks: the second OK in the form asks who changed what
(the conflict dialog), and keep mine, take theirs or decide later do what they say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.conflict_answers import answer_with
from tests.ui.test_workshops_screen import DUSHANBE

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.workshops.workshops import WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.conflict_dialog import ConflictDialog
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.workshops.screen import WorkshopsScreen

OSH = replace(DUSHANBE, city="Osh", country="KG", start=date(2027, 5, 10), end=date(2027, 5, 11))


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> WorkshopsScreen:
    WorkshopService(library_db.session_scope).create(OSH)
    shown = WorkshopsScreen(tasks, "en")
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.set_services(Services(library_db))
    shown.show()
    qtbot.waitExposed(shown)
    shown.table.selectRow(0)
    return shown


def edit_at_two_desks(
    screen: WorkshopsScreen,
    db: Database,
    act: Callable[[ConflictDialog], None],
    theirs: str = "Bishkek",
) -> tuple[int, list[ConflictDialog]]:
    """The form opens, a colleague saves the city as `theirs`, the user types Jalal-Abad
    and presses OK: `act` answers the dialog."""
    workshop_id = screen.selected_id()
    assert workshop_id is not None
    screen.actions_.edit()
    form = screen.actions_.form
    assert form is not None
    colleague = WorkshopService(db.session_scope)
    read = colleague.detail(workshop_id, "en").city
    colleague.update(workshop_id, replace(OSH, city=theirs), base=replace(OSH, city=read))
    form.city.setText("Jalal-Abad")
    seen: list[ConflictDialog] = []
    answer_with(act, seen)
    form.accept()
    return workshop_id, seen


def city(db: Database, workshop_id: int) -> str:
    return WorkshopService(db.session_scope).detail(workshop_id, "en").city


def test_keep_mine_saves_over_the_colleague_and_undo_brings_theirs_back(
    screen: WorkshopsScreen, library_db: Database
) -> None:
    workshop_id, seen = edit_at_two_desks(screen, library_db, lambda d: d.keep_button.click())
    assert seen and "workshop" in seen[0].heading.text()
    both = (seen[0].theirs[0].toPlainText(), seen[0].mine[0].toPlainText())
    assert both == ("Bishkek", "Jalal-Abad")
    assert city(library_db, workshop_id) == "Jalal-Abad"
    screen.actions_.undo_action.trigger()
    assert city(library_db, workshop_id) == "Bishkek"


def test_take_theirs_writes_nothing_and_decide_later_keeps_the_form_open(
    screen: WorkshopsScreen, library_db: Database
) -> None:
    workshop_id, seen = edit_at_two_desks(screen, library_db, lambda d: d.theirs_button.click())
    assert seen and city(library_db, workshop_id) == "Bishkek"
    later_answer: Callable[[ConflictDialog], None] = lambda d: d.reject()  # noqa: E731
    workshop_id, later = edit_at_two_desks(screen, library_db, later_answer, "Karakol")
    form = screen.actions_.form
    assert later and form is not None and form.isVisible()
    assert form.city.text() == "Jalal-Abad" and "changed this record" in form.error.text()
    assert city(library_db, workshop_id) == "Karakol"
