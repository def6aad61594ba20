"""The Participants screen: a paged directory over real SQLite, searched and sorted in SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.people import PersonInput, insert_people, person_values
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.participants.model import COLUMNS, PAGE_SIZE
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.tasks import TaskRunner

MANY = 1_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("participants") / "demo.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small")
    db.dispose()
    return path


def copy_database(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(copy_database(demo_template, tmp_path / "demo.sqlite")))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def crowd_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo plus a thousand generated people, in one bulk insert."""
    path = tmp_path_factory.mktemp("participants") / "crowd.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small")
    rows = [
        person_values(
            PersonInput(
                family_name=p.family_name,
                given_name=p.given_name,
                patronymic=p.patronymic,
                country=p.country,
                email=p.email,
            ),
            None,
        )
        for p in generate_people(MANY, seed=7)
    ]
    with db.session_scope() as session:
        insert_people(session, rows)
    db.dispose()
    return path


def open_screen(qtbot: QtBot, tasks: TaskRunner, db: Database | None) -> ParticipantsScreen:
    screen = ParticipantsScreen(tasks, "en")
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.set_services(Services(db) if db is not None else None)
    screen.show()
    return screen


def column_texts(screen: ParticipantsScreen, column: str) -> list[str]:
    model, n = screen.model, COLUMNS.index(column)
    return [str(model.index(row, n).data()) for row in range(model.rowCount())]


def test_the_small_demo_shows_every_person_and_the_count(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    assert screen.model.rowCount() == 40
    assert screen.count_label.text() == "40 people"
    assert screen.title() == "Participants"
    assert not screen.icon().isNull()
    headers = [screen.model.headerData(n, Qt.Orientation.Horizontal) for n in range(9)]
    assert headers[0] == "Family name" and headers[-1] == "Workshops"
    assert screen.search_box.placeholderText() == "Search people in any script…"


def test_without_a_database_the_table_is_empty(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations
) -> None:
    screen = open_screen(qtbot, tasks, None)
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "No database is open"


def test_typing_a_latin_spelling_finds_the_cyrillic_name(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    cyrillic = next(
        (row.family_name, row.latin.split()[0])
        for row in (screen.model.row_at(n) for n in range(40))
        if row is not None and row.family_name[0] in "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЮЯ"
    )
    family, latin = cyrillic
    qtbot.keyClicks(screen.search_box, latin)
    qtbot.waitUntil(lambda: screen.model.rowCount() < 40, timeout=2_000)
    assert family in column_texts(screen, "family_name")
    assert all(latin.lower() in t.lower() for t in column_texts(screen, "latin"))
    assert screen.count_label.text() == f"{screen.model.rowCount()} found"
    screen.search_box.clear()
    screen.apply_filter()
    assert screen.model.rowCount() == 40


def test_the_country_filter_keeps_only_that_country(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    assert screen.country_box.itemText(0) == "All countries"
    screen.country_box.setCurrentIndex(screen.country_box.findData("KG"))
    assert screen.country_box.currentText() == "Kyrgyzstan"
    countries = set(column_texts(screen, "country"))
    assert countries == {"KG"}
    assert 0 < screen.model.rowCount() < 40
    assert screen.count_label.text() == f"{screen.model.rowCount()} found"


def test_clicking_a_header_sorts_in_sql(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    first = screen.model.row_at(0)
    header = screen.table.horizontalHeader()
    workshops = COLUMNS.index("workshops")
    country = COLUMNS.index("country")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().center().__class__(header.sectionViewportPosition(country) + 5, 5),
    )
    assert header.sortIndicatorSection() == country
    countries = column_texts(screen, "country")
    assert countries == sorted(countries)
    screen.table.sortByColumn(country, Qt.SortOrder.DescendingOrder)
    assert column_texts(screen, "country")[0] == "UZ"
    assert screen.model.row_at(0) != first
    screen.table.sortByColumn(COLUMNS.index("email"), Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == country  # e-mail is not sortable: nothing moved
    screen.table.sortByColumn(workshops, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == workshops
    assert screen.model.rowCount() == 40


def test_a_thousand_people_open_with_one_page_and_fetch_more_on_demand(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    crowd_template: Path,
) -> None:
    db = open_database(str(crowd_template))
    try:
        screen = open_screen(qtbot, tasks, db)
        model = screen.model
        assert model.rowCount() == PAGE_SIZE
        assert model.total == MANY + 40
        assert screen.count_label.text() == "1,040 people"
        assert model.canFetchMore(screen.table.rootIndex())
        model.fetchMore(screen.table.rootIndex())
        assert model.rowCount() == 2 * PAGE_SIZE
        screen.table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > 2 * PAGE_SIZE, timeout=2_000)
        names = column_texts(screen, "family_name")
        assert len(set(zip(names, column_texts(screen, "email"), strict=True))) == len(names)
        screen.table.sortByColumn(COLUMNS.index("latin"), Qt.SortOrder.AscendingOrder)
        assert model.rowCount() == PAGE_SIZE  # sorting starts again from the first page
    finally:
        db.dispose()


def test_the_detail_pane_shows_the_selected_person(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    assert screen.detail.person is None
    assert "Select a person" in screen.detail.heading.text()
    screen.table.setFocus()
    screen.table.selectRow(2)
    row = screen.model.row_at(2)
    assert row is not None and screen.detail.person is not None
    assert screen.detail.person.id == row.id
    shown = screen.detail.text()
    for text in (row.family_name, row.given_name, row.latin.split()[0], row.email, row.country):
        assert text in shown
    assert screen.detail.values["phone"].text() == screen.detail.person.phone != ""
    assert screen.detail.values["workshops"].text() == "1"
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    following = screen.model.row_at(3)
    assert following is not None and screen.detail.person.id == following.id


def test_prepare_screenshot_selects_the_first_person_and_ctrl_f_focuses_search(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    screen.prepare_screenshot()
    first = screen.model.row_at(0)
    assert first is not None and screen.detail.person is not None
    assert screen.detail.person.id == first.id
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.focusWidget() is screen.search_box


def test_data_changes_reload_the_directory(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    from jpoa_desktop.services.people.people import PeopleService

    screen = open_screen(qtbot, tasks, demo_db)
    PeopleService(demo_db.session_scope).add(PersonInput(family_name="Ёлкин", given_name="Пётр"))
    tasks.notifier.data_changed.emit(frozenset({"library"}))
    assert screen.model.total == 40
    tasks.notifier.data_changed.emit(frozenset({"people"}))
    assert screen.model.total == 41
    assert screen.count_label.text() == "41 people"


def test_russian_labels_follow_a_language_switch(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    screen.country_box.setCurrentIndex(screen.country_box.findData("UZ"))
    shown = screen.model.rowCount()
    translations.switch("ru")
    screen.set_language("ru")
    assert screen.country_box.currentData() == "UZ"  # the filter survives the switch
    assert screen.model.rowCount() == shown
    translations.switch("en")
    assert screen.title() == "Participants"


def test_the_toolbar_offers_people_work_with_its_shortcuts(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, demo_db)
    commands = screen.commands
    texts = [a.text() for a in commands.toolbar.actions() if not a.isSeparator()]
    assert texts == [
        "New person…",
        "Edit…",
        "Import participants…",
        "Find duplicates…",
        "Export…",
        "Export personal data…",
        "Erase personal data…",
        "Undo",
        "Redo",
    ]
    assert commands.new_person.toolTip() == "Add a person to the directory (Ctrl+Shift+N)"
    assert commands.import_people.shortcut().toString() == "Ctrl+I"
    assert [k.toString() for k in commands.edit_person.shortcuts()] == ["F2", "Return", "Enter"]
    assert not commands.edit_person.isEnabled()  # nobody selected
    screen.table.selectRow(0)
    assert commands.edit_person.isEnabled()
    assert not commands.undo.isEnabled() and not commands.redo.isEnabled()
    screen.set_services(None)
    assert not commands.new_person.isEnabled() and not commands.import_people.isEnabled()
    assert not commands.export_people.isEnabled()
