"""The Workshops screen over real SQLite: filtering, the detail tabs, the form, copy, undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.model import codes
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.workshops import labels
from jpoa_desktop.ui.workshops.model import COLUMNS
from jpoa_desktop.ui.workshops.registrations import ROLE_COLUMN
from jpoa_desktop.ui.workshops.screen import WorkshopsScreen

DUSHANBE = WorkshopInput(
    titles={"en": "Border security table-top", "ru": "Учения по безопасности границ"},
    start=date(2024, 6, 3),
    end=date(2024, 6, 4),
    kind="tabletop_exercise",
    city="Dushanbe",
    country="TJ",
    status="held",
    organisers=("partner-osce",),
    tags=("pillar-2", "area-ii.3"),
)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo (one workshop in Osh, 40 people) and a past one in Dushanbe."""
    path = tmp_path_factory.mktemp("workshops") / "demo.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small")
    WorkshopService(db.session_scope).create(DUSHANBE)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "demo.sqlite"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    db = open_database(str(target))
    yield db
    db.dispose()


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> WorkshopsScreen:
    shown = WorkshopsScreen(tasks, "en")
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.set_services(Services(demo_db))
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def titles(screen: WorkshopsScreen) -> list[str]:
    column = COLUMNS.index("title")
    return [str(screen.model.index(r, column).data()) for r in range(screen.model.rowCount())]


def service(db: Database) -> WorkshopService:
    return WorkshopService(db.session_scope)


def test_the_list_shows_every_workshop_newest_first_and_a_filter_narrows_it(
    qtbot: QtBot, screen: WorkshopsScreen
) -> None:
    assert screen.title() == "Workshops" and not screen.icon().isNull()
    assert len(titles(screen)) == 2
    assert titles(screen)[1] == "Border security table-top"  # 2024: after this year's demo
    assert screen.filters.year_box.itemText(0) == "All years"
    screen.filters.country_box.setCurrentIndex(screen.filters.country_box.findData("TJ"))
    assert titles(screen) == ["Border security table-top"]
    assert screen.filters.count_label.text().startswith("1 found")
    screen.filters.country_box.setCurrentIndex(0)
    screen.filters.pillar_box.setCurrentIndex(screen.filters.pillar_box.findData("pillar-2"))
    assert titles(screen) == ["Border security table-top"]  # tagged with area II.3 too
    screen.filters.pillar_box.setCurrentIndex(0)
    qtbot.keyClicks(screen.filters.text_box, "osh")
    qtbot.waitUntil(lambda: len(titles(screen)) == 1, timeout=2_000)
    assert "Prevention of violent extremism" in titles(screen)[0]


def test_selecting_a_workshop_fills_the_overview_and_the_participants(
    screen: WorkshopsScreen,
) -> None:
    assert "Select a workshop" in screen.overview.heading.text()
    screen.select_workshop(screen.model.row_at(1).id)  # type: ignore[union-attr]
    shown = screen.overview.text()
    for text in ("Border security table-top", "Dushanbe", "Tajikistan (TJ)", "OSCE"):
        assert text in shown
    assert "Table-top exercise" in shown and "03.06.2024 – 04.06.2024" in shown
    assert "II.3 " in screen.overview.values["tags"].text()
    assert screen.overview.values["participants"].text() == "No one is registered yet"
    screen.prepare_screenshot()
    assert screen.registrations.model.rowCount() == 40
    assert screen.overview.values["organisers"].text() == "UNOCT, UNRCCA"


def test_a_new_workshop_from_the_form_is_saved_and_selected(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    form = screen.actions_.form
    assert form is not None and form.isVisible() and form.windowTitle() == "New workshop"
    form.titles["en"].setText("Financing of terrorism: typologies")
    form.languages["ky"].setChecked(True)
    assert form.titles["ky"].isVisibleTo(form)  # a Kyrgyz title can now be given
    form.titles["ky"].setText("Терроризмди каржылоо")
    form.start.setDate(QDate(2027, 2, 1))
    form.end.setDate(QDate(2027, 1, 30))
    assert form.date_message.text() == "The end date is before the start date."
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.isVisible() and "before it starts" in form.error.text()
    assert form.titles["en"].text() == "Financing of terrorism: typologies"  # kept
    form.end.setDate(QDate(2027, 2, 3))
    form.city.setText("Bishkek")
    form.country.setCurrentIndex(form.country.findData("KG"))
    form.tags.set_checked("area-iii.2")
    form.partners.other.setText("Ministry of Justice")
    form.accept()
    assert not form.isVisible()
    detail = screen.detail
    assert detail is not None and detail.title == "Financing of terrorism: typologies"
    saved = service(demo_db).detail(detail.id, "ky")
    assert saved.title == "Терроризмди каржылоо" and saved.city == "Bishkek"
    assert saved.tags == ("pillar-3", "area-iii.2") and saved.partners == ("Ministry of Justice",)
    assert len(titles(screen)) == 3 and screen.filters.years() == [2027, 2026, 2024]


def test_an_edit_is_undone_with_ctrl_z_in_the_database(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    screen.prepare_screenshot()
    workshop_id = screen.selected_id()
    assert workshop_id is not None
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    form = screen.actions_.form
    assert form is not None and form.windowTitle() == "Edit workshop"
    assert form.organisers.values() == ("partner-unoct", "partner-unrcca")
    form.city.setText("Jalal-Abad")
    form.status.setCurrentIndex(form.status.findData("held"))
    form.accept()
    assert service(demo_db).detail(workshop_id, "en").city == "Jalal-Abad"
    assert "Jalal-Abad" in screen.overview.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = service(demo_db).detail(workshop_id, "en")
    assert (restored.city, restored.status) == ("Osh", "planned")
    assert "Osh" in screen.overview.values["city"].text()
    screen.actions_.redo_action.trigger()
    assert service(demo_db).detail(workshop_id, "en").city == "Jalal-Abad"


def test_copy_plans_the_next_workshop_without_its_people_and_undo_removes_it(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    screen.prepare_screenshot()
    source = screen.detail
    assert source is not None
    screen.actions_.copy_action.trigger()
    dialog = screen.actions_.copy_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Participants are not copied" in dialog.explanation.text()
    dialog.start.setDate(QDate(2027, 4, 5))
    dialog.titles["en"].setText("Second run")
    dialog.accept()
    copy = screen.detail
    assert copy is not None and copy.id != source.id and copy.title == "Second run"
    assert (copy.start, copy.end) == (date(2027, 4, 5), date(2027, 4, 7))
    assert copy.participants == 0 and copy.tags == source.tags
    assert len(titles(screen)) == 3
    screen.actions_.undo_action.trigger()
    assert len(titles(screen)) == 2
    assert [w.title for w in service(demo_db).workshops("en")] == [
        source.title,
        DUSHANBE.titles["en"],
    ]


def test_delete_asks_once_and_undo_brings_the_workshop_and_its_people_back(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    screen.prepare_screenshot()
    screen.filters.text_box.setFocus()
    qtbot.keyClick(screen.filters.text_box, Qt.Key.Key_Delete)
    assert screen.actions_.question is None  # Delete in a text box deletes a letter
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    box = screen.actions_.question
    assert box is not None and "40 registrations" in box.text().replace(
        "registration(s)", "registrations"
    )
    box.button(QMessageBox.StandardButton.Yes).click()
    assert titles(screen) == ["Border security table-top"]
    assert len(service(demo_db).workshops("en")) == 1
    screen.actions_.undo_action.trigger()
    assert len(titles(screen)) == 2
    back = screen.detail
    assert back is not None and back.participants == 40


def test_a_role_chosen_in_the_participants_tab_is_saved(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    screen.prepare_screenshot()
    screen.tabs.setCurrentWidget(screen.registrations)
    tab = screen.registrations
    first = tab.model.rows[0]
    index = tab.model.index(0, ROLE_COLUMN)
    tab.table.edit(index)
    combo = tab.table.viewport().findChild(QComboBox)
    assert combo is not None and combo.itemText(1) == "Speaker"
    combo.setCurrentIndex(combo.findData("observer"))
    combo.activated.emit(combo.currentIndex())
    workshop_id = screen.selected_id()
    assert workshop_id is not None
    saved = {r.id: r for r in service(demo_db).registrations(workshop_id)}[first.id]
    assert saved.role == "observer"
    row = next(n for n, r in enumerate(tab.model.rows) if r.id == first.id)
    assert tab.model.index(row, ROLE_COLUMN).data() == "Observer"
    screen.actions_.undo_action.trigger()
    assert {r.id: r for r in service(demo_db).registrations(workshop_id)}[
        first.id
    ].role == first.role


def test_a_person_from_the_directory_is_registered_and_removal_names_lost_marks(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    screen.select_workshop(screen.model.row_at(1).id)  # type: ignore[union-attr]
    demo_workshop = screen.model.row_at(0)
    assert demo_workshop is not None
    person = service(demo_db).registrations(demo_workshop.id)[0]
    tab = screen.registrations
    screen.tabs.setCurrentWidget(tab)
    family = person.name.split()[0]
    tab.add_box.setText(family)  # QTest types ASCII only
    tab.search_now()
    assert tab.found.isVisible() and family in tab.found.currentItem().text()
    qtbot.keyClick(tab.add_box, Qt.Key.Key_Return)
    assert [(r.name, r.role, r.status) for r in tab.model.rows] == [
        (person.name, "participant", "invited")
    ]
    assert screen.detail is not None and screen.detail.participants == 1
    screen.actions_.undo_action.trigger()
    assert tab.model.rows == [] and screen.detail.participants == 0
    screen.prepare_screenshot()
    marked = next(r for r in tab.model.rows if r.status == "attended")
    tab.table.selectRow(tab.model.rows.index(marked))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    box = screen.actions_.question
    assert box is not None and "deleted too" in box.text()
    assert marked.name in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert marked.person_id not in {r.person_id for r in tab.model.rows}
    assert screen.detail is not None and screen.detail.participants == 39
    screen.actions_.undo_action.trigger()
    back = next(r for r in tab.model.rows if r.person_id == marked.person_id)
    assert (back.role, back.badge_code) == (marked.role, marked.badge_code)  # same badge
    assert (back.status, service(demo_db).attendance_marks(back.id)) == ("attended", 1)


def test_russian_titles_and_labels_follow_a_language_switch(
    screen: WorkshopsScreen, translations: Translations
) -> None:
    screen.set_language("ru")
    assert "Учения по безопасности границ" in titles(screen)
    screen.set_language("en")
    assert "Border security table-top" in titles(screen)


def test_the_screen_labels_cover_every_code_the_database_knows() -> None:
    assert labels.KINDS == codes.WORKSHOP_KINDS
    assert labels.STATUSES == codes.WORKSHOP_STATUSES
    assert labels.ROLES == codes.ROLES
    assert labels.REGISTRATION_STATUSES == codes.REGISTRATION_STATUSES


def test_a_workshop_added_elsewhere_appears_when_the_app_says_so(
    screen: WorkshopsScreen, tasks: TaskRunner, demo_db: Database
) -> None:
    later = WorkshopInput(
        titles={"en": "Added by import"}, start=date(2030, 1, 1), end=date(2030, 1, 1)
    )
    service(demo_db).create(later)
    assert len(titles(screen)) == 2
    tasks.notifier.data_changed.emit(frozenset({"workshops"}))
    assert titles(screen)[0] == "Added by import"
    assert screen.filters.years()[0] == 2030


def test_the_main_window_lists_workshops_second_and_ctrl_f_searches_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.sidebar.item(1).text() == "Workshops"
    window.show_screen("workshops")
    assert window.stack.currentWidget() is window.workshops
    assert window.workshops.filters.count_label.text().startswith("0 ")
    window.focus_search()
    assert window.workshops.focusWidget() is window.workshops.filters.text_box


def test_the_agenda_tab_follows_the_selection_and_keeps_its_own_undo(
    qtbot: QtBot, screen: WorkshopsScreen, demo_db: Database
) -> None:
    from jpoa_desktop.services.workshops.agenda import AgendaService

    agenda = AgendaService(demo_db.session_scope)
    screen.tabs.setCurrentWidget(screen.agenda_tab)
    screen.table.selectRow(titles(screen).index("Border security table-top"))
    assert screen.agenda.workshop_id == screen.selected_id()
    assert screen.agenda.agenda is not None and not any(
        d.sessions for d in screen.agenda.agenda.days
    )
    osh = titles(screen).index(next(t for t in titles(screen) if "Border" not in t))
    screen.table.selectRow(osh)
    osh_id = screen.selected_id()
    assert osh_id is not None and screen.agenda.workshop_id == osh_id
    before = sum(len(d.sessions) for d in agenda.agenda(osh_id, "en").days)
    assert before > 0  # the demo workshop comes with its programme

    screen.agenda.tree.setFocus()
    qtbot.waitUntil(screen.agenda.tree.hasFocus)
    qtbot.keyClick(screen.agenda.tree, Qt.Key.Key_Insert)
    assert sum(len(d.sessions) for d in agenda.agenda(osh_id, "en").days) == before + 1
    assert screen.undo_stack.count() == 0  # the workshop's own history is untouched

    screen.agenda.tree.setFocus()
    qtbot.keyClick(screen.agenda.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sum(len(d.sessions) for d in agenda.agenda(osh_id, "en").days) == before
