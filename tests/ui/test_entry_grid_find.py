"""The entry grid's Find box: a scanned QR code switches to the form it names and lands on the
person's first unanswered item; a bare badge code or a part of a name lands there too; a code no
one has is said under the box and nothing moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from tests.evaluation_rows import Classroom, add_test_questions, classroom

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService
from jpoa_desktop.services.evaluation.responses import ResponseService
from jpoa_desktop.ui.evaluation.find_box import read_search
from jpoa_desktop.ui.evaluation.grid_model import CODE, FIRST_ITEM
from jpoa_desktop.ui.evaluation.screen import EvaluationScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def db(empty_db: Database) -> Database:
    add_test_questions(empty_db, 4)
    return empty_db


@pytest.fixture
def room(db: Database) -> Classroom:
    return classroom(db)


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, db: Database, room: Classroom
) -> EvaluationScreen:
    for kind in ("pre", "post"):
        FormService(db.session_scope).create(room.workshop_id, kind, questions=4, seed=3)
    view = EvaluationScreen(tasks, translations.language)
    qtbot.addWidget(view)
    view.set_services(Services(db))
    view.choose(room.workshop_id, "pre")
    view.show()
    qtbot.waitExposed(view)  # a scan comes while the typist is in the grid
    view.grid.setFocus()
    return view


def _scan(screen: EvaluationScreen, text: str) -> None:
    """What a barcode scanner does: Ctrl+F is pressed by the typist, the scanner types and
    presses Enter."""
    QTest.keySequence(screen.grid, QKeySequence(QKeySequence.StandardKey.Find))
    assert screen.find_box.field.hasFocus()
    QTest.keyClicks(screen.find_box.field, text)
    QTest.keyClick(screen.find_box.field, Qt.Key.Key_Return)


def _row_code(screen: EvaluationScreen) -> str:
    return str(screen.model.index(screen.grid.currentIndex().row(), CODE).data())


def test_the_qr_text_is_read_in_any_case() -> None:
    assert read_search("JPF:POST:AB12CD") == ("post", "AB12CD")
    assert read_search(" jpf:eval:ab12 ") == ("evaluation", "ab12")
    assert read_search("Иван") == (None, "Иван")
    # A scanner typing with the Russian keyboard layout on: the same keys, Cyrillic letters.
    assert read_search("ОЗАЖЗЩЫЕЖФИ12СВ") == ("post", "AB12CD")
    assert read_search("озажзкуж8т5кв") == ("pre", "8N5RD")
    assert read_search("Ожогина") == (None, "Ожогина")


def test_a_scanned_post_test_code_switches_tab_and_lands_on_the_row(
    screen: EvaluationScreen, db: Database, room: Classroom
) -> None:
    assert screen.kind() == "pre"
    code = room.codes[3]
    post = FormService(db.session_scope)
    post_form = post.form(room.workshop_id, "post")
    assert post_form is not None
    registration = room.registration_ids[3]
    ResponseService(db.session_scope).save_answers(post_form.id, registration, {1: "A", 2: "B"})
    _scan(screen, f"JPF:POST:{code}")
    assert screen.kind() == "post"
    assert screen.form is not None and screen.form.id == post_form.id
    assert screen.grid.hasFocus()
    assert _row_code(screen) == code
    assert screen.grid.currentIndex().column() == FIRST_ITEM + 2  # items 1 and 2 answered
    assert screen.find_box.message.isHidden() and screen.find_box.field.text() == ""
    QTest.keyClicks(screen.grid, "C")  # the next key is an answer to item 3
    assert screen.model.answers(screen.grid.currentIndex().row())[3] == "C"


def test_a_bare_code_and_a_name_find_the_row_on_the_same_form(
    screen: EvaluationScreen, room: Classroom
) -> None:
    code = room.codes[2]
    _scan(screen, code.lower())
    assert screen.kind() == "pre" and _row_code(screen) == code
    assert screen.grid.currentIndex().column() == FIRST_ITEM
    last_row = screen.model.rowCount() - 1
    name = str(screen.model.index(last_row, CODE + 1).data())
    _scan(screen, name.split()[-1].upper())
    assert screen.grid.currentIndex().row() == last_row


def test_an_unknown_code_is_said_and_nothing_moves(qtbot: QtBot, screen: EvaluationScreen) -> None:
    screen.grid.go_to(1, FIRST_ITEM + 1)
    before = screen.grid.currentIndex()
    _scan(screen, "JPF:PRE:ZZZZ9999")
    box = screen.find_box
    assert not box.message.isHidden() and "ZZZZ9999" in box.message.text()
    assert box.field.hasFocus() and screen.grid.currentIndex() == before
    QTest.keyClick(box.field, Qt.Key.Key_Escape)
    assert screen.grid.hasFocus() and screen.grid.currentIndex() == before
    assert box.message.isHidden()


def test_a_scan_for_a_form_not_made_yet_says_so(screen: EvaluationScreen, room: Classroom) -> None:
    _scan(screen, f"jpf:eval:{room.codes[0]}")
    box = screen.find_box
    assert screen.kind() == "evaluation" and screen.form is None
    assert "create it first" in box.message.text() and not box.message.isHidden()


def test_a_scan_typed_into_the_grid_goes_to_the_box(
    screen: EvaluationScreen, db: Database, room: Classroom
) -> None:
    grid = screen.grid
    QTest.keyClicks(grid, "J")  # single-choice items of four options: J is no answer
    field = screen.find_box.field
    assert field.hasFocus() and field.text() == "J"
    QTest.keyClicks(field, f"PF:PRE:{room.codes[4]}")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert grid.hasFocus() and _row_code(screen) == room.codes[4]
    assert screen.form is not None
    assert all(not row.answers for row in ResponseService(db.session_scope).grid(screen.form.id))
