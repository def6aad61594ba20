"""The entry grid typed by keyboard only: a whole form for every participant, Cyrillic letters,
several letters closed with Enter, text, a refused key, undo and redo, an imported file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.evaluation_rows import Classroom, add_test_questions, classroom

from jpoa_desktop.db.evaluation_models import Question
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.evaluation.forms import FormItemView, FormService
from jpoa_desktop.services.evaluation.responses import ResponseService
from jpoa_desktop.ui.evaluation.grid_model import FIRST_ITEM
from jpoa_desktop.ui.evaluation.screen import EvaluationScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _add_other_kinds(db: Database) -> None:
    options = [{"en": f"Option {n}"} for n in range(1, 5)]
    with db.session_scope() as session:
        session.add_all(
            [
                Question(item_key="pillar-1", kind="multiple", texts={"en": "Which two?"},
                         options=options, correct="AC"),
                Question(item_key="pillar-1", kind="truefalse", texts={"en": "True?"},
                         correct="T"),
                Question(item_key="pillar-1", kind="open", texts={"en": "Why?"}),
            ]
        )  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "grid.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def room(db: Database) -> Classroom:
    add_test_questions(db, 3)
    _add_other_kinds(db)
    return classroom(db)


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, db: Database, room: Classroom
) -> EvaluationScreen:
    FormService(db.session_scope).create(room.workshop_id, "pre", questions=6, seed=5)
    view = EvaluationScreen(tasks, translations.language)
    qtbot.addWidget(view)
    view.set_services(Services(db))
    view.choose(room.workshop_id, "pre")
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    view.grid.setFocus()
    return view


def _type(widget: QWidget, text: str) -> None:
    """Key presses as a keyboard sends them; QTest's own keyClicks takes ASCII only, so a
    Cyrillic letter is pressed as the key event a Russian layout produces."""
    for char in text:
        if char in "\r\t":
            QTest.keyClick(widget, Qt.Key.Key_Return if char == "\r" else Qt.Key.Key_Tab)
        elif char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def _keys_for(item: FormItemView, person: int) -> tuple[str, str]:
    """What the typist types for `item` on person's form, and what is stored."""
    if item.kind == "single":
        letter = "ABC"[person % 3]
        typed = {"A": "а", "B": "в", "C": "C"}[letter]  # Cyrillic а and в
        return typed, letter
    if item.kind == "multiple":
        return ("ac\r", "AC") if person % 2 else ("b\t", "B")  # closed by Enter or Tab
    if item.kind == "truefalse":
        return ("Д", "T") if person % 2 else ("н", "F")
    return (f"Ответ {person}\r", f"Ответ {person}")


def test_a_whole_form_typed_by_keyboard_only(
    qtbot: QtBot, screen: EvaluationScreen, db: Database, room: Classroom
) -> None:
    form = screen.form
    assert form is not None and len(form.items) == 6
    grid = screen.grid
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == FIRST_ITEM
    expected: dict[str, dict[int, str]] = {}
    for row in range(screen.model.rowCount()):
        code = screen.model.index(row, 0).data()
        expected[code] = {}
        for item in form.items:
            typed, stored = _keys_for(item, row)
            _type(grid, typed)
            expected[code][item.number] = stored
    stored_rows = ResponseService(db.session_scope).grid(form.id)
    assert {row.code: row.answers for row in stored_rows} == expected
    assert set(expected) == set(room.codes)
    assert "5 of 5" in screen.counter.text()
    score_column = screen.model.columnCount() - 1
    first = screen.model.answers(0)
    right = sum(first[i.number] == i.correct for i in form.items if i.kind != "open")
    assert screen.model.index(0, score_column).data() == f"{right}/5"


def test_a_bad_key_is_refused_and_keeps_the_cell(screen: EvaluationScreen, db: Database) -> None:
    form = screen.form
    assert form is not None
    grid = screen.grid
    single = next(i for i in form.items if i.kind == "single")
    grid.go_to(1, FIRST_ITEM + single.number - 1)
    before = grid.currentIndex()
    QTest.keyClicks(grid, "Z")
    QTest.keyClicks(grid, "7")
    assert grid.currentIndex() == before
    QTest.keyClick(grid, Qt.Key.Key_Backtab, SHIFT)
    QTest.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.currentIndex() == before and grid.hasFocus()  # Tab stays in the grid
    assert (
        screen.model.index(before.row(), before.column()).data(Qt.ItemDataRole.BackgroundRole)
        is not None
    )  # flashed
    assert all(not row.answers for row in ResponseService(db.session_scope).grid(form.id))


def test_undo_and_redo_of_the_last_answers(
    qtbot: QtBot, screen: EvaluationScreen, tasks: TaskRunner, db: Database
) -> None:
    form = screen.form
    assert form is not None
    grid = screen.grid
    single = next(i for i in form.items if i.kind == "single")
    grid.go_to(1, FIRST_ITEM + single.number - 1)
    person = screen.model.registration_id(1)
    with qtbot.waitSignal(tasks.notifier.data_changed) as told:  # other screens hear of it
        QTest.keyClicks(grid, "b")
    assert told.args == [frozenset({"answers"})]
    QTest.keyClick(grid, Qt.Key.Key_Backspace)  # the next cell, empty: nothing changes

    def stored() -> dict[int, str]:
        rows = ResponseService(db.session_scope).grid(form.id)
        return next(r.answers for r in rows if r.registration_id == person)

    assert stored()[single.number] == "B"
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)
    assert stored() == {}
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored()[single.number] == "B"
    grid.go_to(1, FIRST_ITEM + single.number - 1)
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert stored() == {}


def test_imported_answers_show_in_the_grid(
    qtbot: QtBot, screen: EvaluationScreen, tasks: TaskRunner, room: Classroom, tmp_path: Path
) -> None:
    form = screen.form
    assert form is not None and screen.services is not None
    source = tmp_path / "answers.csv"
    number = next(i.number for i in form.items if i.kind == "single")
    source.write_text(
        f"code,item,answer\n{room.codes[2]},{number},A\nNOPE,{number},A\n", encoding="utf-8"
    )
    screen.files.import_from(screen.services, form.id, source)
    qtbot.waitUntil(lambda: screen.files.refused is not None and screen.files.refused.isVisible())
    refused = screen.files.refused
    assert refused is not None and refused.table.rowCount() == 1
    reason = refused.table.item(0, 1)
    assert reason is not None and "NOPE" in reason.text()
    refused.accept()  # import the other rows
    tasks.wait_for_idle()
    row = screen.model.row_of(room.registration_ids[2])
    assert row is not None
    qtbot.waitUntil(lambda: bool(screen.model.answers(row)))
    assert screen.model.answers(row)[number] == "A"


def test_the_post_test_is_created_from_the_screen_and_its_grid_exported(
    screen: EvaluationScreen, tasks: TaskRunner, room: Classroom, tmp_path: Path
) -> None:
    from jpoa_desktop.ui.evaluation.create_dialog import FormChoices

    pre = screen.form
    assert pre is not None and screen.services is not None
    screen.choose(room.workshop_id, "post")
    assert screen.form is None and screen.pages.currentIndex() == 1
    screen.picker.setFocus()
    screen.create_form(FormChoices(10, (), shuffle=True, per_session=False, reuse_pre=True))
    assert tasks.wait_for_idle()
    assert screen.grid.hasFocus()  # the new form is typed into at once
    post = screen.form
    assert post is not None and post.kind == "post" and post.shuffled
    assert sorted(i.question_id for i in post.items) == sorted(i.question_id for i in pre.items)
    assert screen.model.rowCount() == 5 and screen.pages.currentIndex() == 0
    target = tmp_path / "post.csv"
    screen.files.export_to(screen.services, post.id, target, "en")
    assert tasks.wait_for_idle()
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("Border management — post-test")
    assert "code,name,1,2,3,4,5,6" in text


def test_a_reload_keeps_the_cursor_and_the_undo(
    screen: EvaluationScreen, tasks: TaskRunner, db: Database
) -> None:
    form = screen.form
    assert form is not None
    grid = screen.grid
    single = next(i for i in form.items if i.kind == "single")
    column = FIRST_ITEM + single.number - 1
    grid.go_to(3, column)
    person = screen.model.registration_id(3)
    QTest.keyClicks(grid, "a")
    place = grid.place()
    assert place == (person, column + 1 if column < screen.model.last_item_column() else column)
    tasks.notifier.data_changed.emit(frozenset({"people"}))  # a walk-in registered at the door
    assert grid.place() == place
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)
    rows = ResponseService(db.session_scope).grid(form.id)
    assert next(r.answers for r in rows if r.registration_id == person) == {}


def test_per_session_items_name_their_session(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, db: Database, room: Classroom
) -> None:
    from datetime import date, time

    from jpoa_desktop.db.agenda_models import AgendaSession

    with db.session_scope() as session:
        session.add(Question(purpose="evaluation", kind="scale", aspect="satisfaction",
                             texts={"en": "How satisfied?"}))  # fmt: skip
        session.add(AgendaSession(workshop_id=room.workshop_id, day=date(2026, 3, 2), position=0,
                                  start_time=time(9), end_time=time(10),
                                  titles={"en": "Risk analysis"}))  # fmt: skip
    FormService(db.session_scope).create(room.workshop_id, "evaluation", per_session=True)
    view = EvaluationScreen(tasks, translations.language)
    qtbot.addWidget(view)
    view.set_services(Services(db))
    view.choose(room.workshop_id, "evaluation")
    model = view.model
    assert model.headerData(FIRST_ITEM, Qt.Orientation.Horizontal) == "1 · S1\n1–5"
    tip = model.headerData(FIRST_ITEM, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Risk analysis: How satisfied?"
    assert model.headerData(FIRST_ITEM + 1, Qt.Orientation.Horizontal) == "2\n1–5"
    assert model.columnCount() == FIRST_ITEM + 2  # no score column on an evaluation
