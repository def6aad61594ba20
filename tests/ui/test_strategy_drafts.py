"""A whole draft through its dialog: created from the framework, edited, copied, deleted, and
each step undone and redone against the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.strategy_sample import build_sample

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.drafts.draft_actions import (
    copy_draft,
    delete_draft,
    edit_draft,
    new_draft,
)
from jpoa_desktop.ui.strategies.drafts.draft_dialog import DraftDialog

LEFT = Qt.MouseButton.LeftButton


class Host:
    """What the screen gives the draft actions: a parent widget, the undo stack, and
    the callback that opens a draft (recorded here)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.stack = QUndoStack(self.widget)
        self.opened: list[int | None] = []

    def open(self, draft_id: int | None) -> None:
        self.opened.append(draft_id)


@pytest.fixture
def host(qtbot: QtBot, translations: Translations) -> Host:
    return Host(qtbot)


@pytest.fixture
def service(library_db: Database) -> StrategyService:
    return StrategyService(library_db.session_scope)


def press_ok(qtbot: QtBot, dialog: DraftDialog) -> None:
    assert dialog.ok_button().isEnabled(), dialog.problem_text()
    qtbot.mouseClick(dialog.ok_button(), LEFT)


def test_a_draft_made_from_the_framework_in_the_dialog_is_written_and_undone(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    dialog = new_draft(host.widget, Services(library_db), host.stack, "en", host.open)
    assert dialog.template() == "framework"  # the usual start for a national plan
    dialog.country.setCurrentIndex(dialog.country.findData("KG"))
    dialog.languages[0].setCurrentIndex(dialog.languages[0].findData("ru"))
    dialog.languages[1].setCurrentIndex(dialog.languages[1].findData("ky"))
    dialog.titles[0].setText("Программа по противодействию экстремизму")
    dialog.titles[1].setText("Экстремизмге каршы аракеттенүү программасы")
    dialog.kind.setCurrentIndex(dialog.kind.findData("programme"))
    dialog.start_year.setValue(2024)
    dialog.end_year.setValue(2028)
    dialog.lead_agency.setText("ГКНБ")
    press_ok(qtbot, dialog)

    (summary,) = service.drafts("ru")
    assert (summary.country, summary.kind, summary.start_year, summary.end_year) == (
        "KG", "programme", 2024, 2028
    )  # fmt: skip
    assert summary.titles == {
        "ru": "Программа по противодействию экстремизму",
        "ky": "Экстремизмге каршы аракеттенүү программасы",
    }
    assert summary.languages == ("ru", "ky") and summary.lead_agency == "ГКНБ"
    view = service.draft(summary.id, "ru")
    assert [len(goal.objectives) for goal in view.goals] == [7, 7, 7, 7]
    assert host.opened == [summary.id]

    host.stack.undo()
    assert service.drafts("ru") == [] and host.opened[-1] is None
    host.stack.redo()
    (back,) = service.drafts("ru")
    assert back.uuid == summary.uuid
    assert [len(goal.objectives) for goal in service.draft(back.id, "ru").goals] == [7] * 4
    assert host.opened[-1] == back.id


def test_an_empty_draft_has_no_items(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    dialog = new_draft(host.widget, Services(library_db), host.stack, "en", host.open)
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("empty"))
    dialog.country.setEditText("AF")  # not one of the five: typed as its code
    dialog.titles[0].setText("National action plan")
    press_ok(qtbot, dialog)

    (summary,) = service.drafts("en")
    assert summary.country == "AF" and service.draft(summary.id, "en").goals == ()


def test_ok_stays_disabled_with_the_reason_while_the_period_ends_before_it_starts(
    host: Host, library_db: Database, service: StrategyService
) -> None:
    dialog = new_draft(host.widget, Services(library_db), host.stack, "en", host.open)
    dialog.country.setCurrentIndex(dialog.country.findData("TJ"))
    assert not dialog.ok_button().isEnabled()
    assert "title" in dialog.problem.text()
    dialog.titles[1].setText("План действий")
    assert dialog.ok_button().isEnabled()

    dialog.start_year.setValue(2030)
    dialog.end_year.setValue(2026)
    assert not dialog.ok_button().isEnabled()
    assert dialog.problem.text() == "The period ends in 2026, before it starts in 2030."
    assert dialog.problem.isVisibleTo(dialog)
    dialog.accept()  # Enter would do this: nothing happens
    assert service.drafts("en") == [] and host.stack.count() == 0

    dialog.languages[1].setCurrentIndex(dialog.languages[1].findData("en"))
    dialog.end_year.setValue(2034)
    assert "two different languages" in dialog.problem.text()
    dialog.languages[1].setCurrentIndex(dialog.languages[1].findData("ru"))
    assert dialog.ok_button().isEnabled() and not dialog.problem.isVisibleTo(dialog)


def test_editing_the_title_and_the_years_is_saved_and_undone(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    draft = build_sample(service)
    dialog = edit_draft(host.widget, Services(library_db), host.stack, draft, "en", host.open)
    assert dialog.titles[0].text() == "План действий по противодействию экстремизму"
    assert (dialog.start_year.value(), dialog.end_year.value()) == (2025, 2029)
    assert not dialog.template_box.isVisibleTo(dialog)  # an existing draft keeps its start
    dialog.titles[1].setText("Action plan on preventing violent extremism")
    dialog.start_year.setValue(2026)
    dialog.end_year.setValue(2030)
    dialog.status.setCurrentIndex(dialog.status.findData("adopted"))
    press_ok(qtbot, dialog)

    summary = service.draft(draft, "en").summary
    assert summary.title == "Action plan on preventing violent extremism"
    assert (summary.start_year, summary.end_year, summary.status) == (2026, 2030, "adopted")
    assert summary.titles["ru"] == "План действий по противодействию экстремизму"
    host.stack.undo()
    summary = service.draft(draft, "en").summary
    assert (summary.title, summary.start_year, summary.end_year, summary.status) == (
        "Action plan on PVE", 2025, 2029, "under_review"
    )  # fmt: skip
    host.stack.redo()
    assert service.draft(draft, "en").summary.end_year == 2030


def test_closing_the_properties_unchanged_pushes_nothing(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    draft = build_sample(service)
    dialog = edit_draft(host.widget, Services(library_db), host.stack, draft, "en", host.open)
    press_ok(qtbot, dialog)
    assert host.stack.count() == 0


def test_a_copy_takes_every_measure_and_the_new_title_and_undo_removes_it(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    draft = build_sample(service)
    dialog = copy_draft(host.widget, Services(library_db), host.stack, draft, "en", host.open)
    assert dialog.template() == "copy" and dialog.source_id() == draft
    assert dialog.titles[1].text() == "Action plan on PVE"  # filled from the original
    assert dialog.status.currentData() == "draft"
    dialog.titles[1].setText("Action plan on PVE, 2030 revision")
    dialog.country.setCurrentIndex(dialog.country.findData("UZ"))
    press_ok(qtbot, dialog)

    copy = next(d for d in service.drafts("en") if d.id != draft)
    assert (copy.title, copy.country, copy.measures, copy.status) == (
        "Action plan on PVE, 2030 revision", "UZ", 4, "draft"
    )  # fmt: skip
    original = service.draft(draft, "en").summary
    assert (original.title, original.country) == ("Action plan on PVE", "KZ")
    host.stack.undo()
    assert [d.id for d in service.drafts("en")] == [draft]
    host.stack.redo()
    assert sorted(d.measures for d in service.drafts("en")) == [4, 4]


def delete_button(box: QMessageBox) -> object:
    return next(b for b in box.buttons() if b.text() == "Delete")


def test_deleting_asks_naming_the_draft_and_undo_brings_back_every_measure(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    draft = build_sample(service)
    before = service.draft(draft, "en")
    box = delete_draft(host.widget, Services(library_db), host.stack, draft, "en", host.open)
    assert "Action plan on PVE" in box.text() and "4" in box.text()
    button = delete_button(box)
    button.click()  # type: ignore[attr-defined]

    assert service.drafts("en") == []
    assert host.opened == [None]
    host.stack.undo()
    (back,) = service.drafts("en")
    after = service.draft(back.id, "en")
    assert back.uuid == before.summary.uuid and back.measures == 4
    assert [(m.uuid, m.texts, len(m.indicators), len(m.budget)) for m in after.measures()] == [
        (m.uuid, m.texts, len(m.indicators), len(m.budget)) for m in before.measures()
    ]
    assert host.opened[-1] == back.id
    host.stack.redo()
    assert service.drafts("en") == []


def test_cancelling_the_delete_keeps_the_draft(
    host: Host, library_db: Database, service: StrategyService
) -> None:
    draft = build_sample(service)
    box = delete_draft(host.widget, Services(library_db), host.stack, draft, "en", host.open)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [d.id for d in service.drafts("en")] == [draft] and host.stack.count() == 0


def test_properties_saved_after_the_draft_was_deleted_elsewhere_are_refused_cleanly(
    qtbot: QtBot, host: Host, library_db: Database, service: StrategyService
) -> None:
    draft = build_sample(service)
    dialog = edit_draft(host.widget, Services(library_db), host.stack, draft, "en", host.open)
    dialog.titles[1].setText("Renamed")
    service.delete_draft(draft)  # another window, or the command line
    press_ok(qtbot, dialog)

    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
    assert any("no strategy draft" in b.text() for b in boxes)
    assert host.stack.count() == 0 and host.opened == []
