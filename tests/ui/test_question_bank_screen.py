"""The Question bank screen with real widgets over a real database with the starter bank:
a question typed by keyboard only, undone and redone; retire and restore; an export read back
in; the screen in the main window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.bank import QuestionBankService, QuestionFilter
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.questions.screen import QuestionBankScreen
from jpoa_desktop.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_screen(qtbot: QtBot, tasks: TaskRunner, db: Database) -> QuestionBankScreen:
    screen = QuestionBankScreen(tasks, "en")
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.set_services(Services(db))
    with qtbot.waitActive(screen):  # shortcuts work in the active window only
        screen.show()
        screen.activateWindow()
    return screen


def texts(screen: QuestionBankScreen) -> list[str]:
    column = screen.model.columns.index("text")
    return [str(screen.model.index(row, column).data()) for row in range(screen.model.rowCount())]


def test_a_question_typed_by_keyboard_is_added_undone_and_redone(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    bank = QuestionBankService(library_db.session_scope)
    before = len(bank.questions())
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL | SHIFT)  # New question
    typed = screen.focusWidget()
    assert typed is screen.editor.languages["en"].text
    qtbot.keyClicks(typed, "Which border data arrive before a flight?")
    for option in ("Customs forms", "API and PNR", "Hotel reviews", "None"):
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(screen.focusWidget(), option)
    assert screen.editor.languages["en"].options[3].text() == "None"
    screen.editor.correct_edit.setFocus()  # past the other languages' tabs
    qtbot.keyClicks(screen.focusWidget(), "b")
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_S, CTRL)  # Save
    added = [q for q in bank.questions() if q.texts.get("en", "").startswith("Which border")]
    assert len(added) == 1 and added[0].correct == "B" and added[0].source == ""
    assert added[0].options[1] == {"en": "API and PNR"}
    assert screen.editor.question_id == added[0].id
    assert "Which border data arrive before a flight?" in texts(screen)

    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    assert len(bank.questions()) == before
    assert "Which border data arrive before a flight?" not in texts(screen)
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL | SHIFT)
    again = [q for q in bank.questions() if q.texts.get("en", "").startswith("Which border")]
    assert [q.uuid for q in again] == [added[0].uuid]  # the same question, back


def test_a_refused_question_keeps_what_was_typed_and_says_why(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    screen.new_question()
    qtbot.keyClicks(screen.focusWidget(), "Half a question")
    screen.editor.submit()
    assert "needs 2 to 8 options; it has 0" in screen.editor.problem.text()
    assert screen.editor.languages["en"].text.toPlainText() == "Half a question"
    assert screen.undo_stack.count() == 0


def test_an_edit_is_saved_and_undone(qtbot: QtBot, tasks: TaskRunner, library_db: Database) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    bank = QuestionBankService(library_db.session_scope)
    screen.table.selectRow(1)
    shown = screen.model.row_at(1)
    assert shown is not None and screen.editor.question_id == shown.id
    screen.editor.submit()  # nothing changed: nothing to undo
    assert screen.undo_stack.count() == 0
    text = screen.editor.languages["en"].text
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(text, " (edited)")
    qtbot.keyClick(text, Qt.Key.Key_S, CTRL)
    assert bank.question(shown.id).texts["en"] == shown.texts["en"] + " (edited)"
    assert bank.question(shown.id).texts["ru"] == shown.texts["ru"]
    screen.undo_stack.undo()
    assert bank.question(shown.id).texts["en"] == shown.texts["en"]
    assert screen.editor.languages["en"].text.toPlainText() == shown.texts["en"]


def test_retire_and_restore_with_undo(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    bank = QuestionBankService(library_db.session_scope)
    screen.table.selectRow(0)
    first = screen.model.row_at(0)
    assert first is not None and screen.commands.retire.text() == "Retire"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete, CTRL)
    assert bank.question(first.id).retired
    assert first.id not in {q.id for q in screen.model._rows}
    screen.retired_box.setChecked(True)
    row = screen.model.row_of(first.id)
    screen.table.selectRow(row)
    assert screen.commands.retire.text() == "Restore"
    screen.commands.retire.trigger()
    assert not bank.question(first.id).retired
    screen.undo_stack.undo()
    assert bank.question(first.id).retired
    screen.undo_stack.undo()
    assert not bank.question(first.id).retired


def test_filters_narrow_the_list(qtbot: QtBot, tasks: TaskRunner, library_db: Database) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    screen.pillar_box.setCurrentIndex(screen.pillar_box.findData("pillar-4"))
    assert screen.model.rowCount() == 10
    assert screen.count_label.text().startswith("10 question")  # plural from the catalogue
    screen.kind_box.setCurrentIndex(screen.kind_box.findData("truefalse"))
    assert {row.kind for row in screen.model._rows} == {"truefalse"}
    screen.pillar_box.setCurrentIndex(0)
    screen.kind_box.setCurrentIndex(0)
    screen.search_box.setText("пытки")  # QTest types Latin letters only
    screen.apply_filter()
    assert texts(screen) == ["Torture may be justified to prevent a terrorist attack."]


def test_export_then_import_round_trip(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database, tmp_path: Path
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    screen.pillar_box.setCurrentIndex(screen.pillar_box.findData("pillar-3"))
    target = tmp_path / "pillar3.xlsx"
    screen.export_file(target)
    assert tasks.wait_for_idle(20_000)
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 2 + 10  # the title, the header, ten questions
    uuid_column = [cell.value for cell in sheet[2]].index("uuid") + 1
    ru_column = [cell.value for cell in sheet[2]].index("text_ru") + 1
    changed_uuid = sheet.cell(row=3, column=uuid_column).value
    book = openpyxl.load_workbook(target)
    book.active.cell(row=3, column=ru_column, value="Исправленный вопрос?")
    book.save(target)

    screen.import_file(target)
    assert tasks.wait_for_idle(20_000)
    preview = screen.files.preview
    assert preview is not None
    lines = preview.text().splitlines()
    assert lines[0].startswith("0 new question") and lines[1].startswith("1 question")
    accept = QMessageBox.ButtonRole.AcceptRole
    go = next(b for b in preview.buttons() if preview.buttonRole(b) == accept)
    go.click()
    assert tasks.wait_for_idle(20_000)
    assert screen.files.report is not None and screen.files.report.updated == 1
    every = QuestionBankService(library_db.session_scope).questions(QuestionFilter())
    assert next(q for q in every if q.uuid == changed_uuid).texts["ru"] == "Исправленный вопрос?"
    assert len(every) == 47
    screen.retired_box.setChecked(False)
    assert "Исправленный вопрос?" not in texts(screen)  # the list speaks English


def test_the_main_window_lists_the_question_bank(window: MainWindow) -> None:
    window.show_screen("questions")
    assert window.current_screen_id() == "questions"
    assert window.questions.model.rowCount() >= 47


def test_an_import_with_a_bad_row_names_it_and_imports_the_rest_only_when_asked(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kind", "correct", "text_en", "A_en", "B_en"])
    sheet.append(["single", "A", "Good question?", "Yes", "No"])
    sheet.append(["single", "C", "Bad key?", "Yes", "No"])
    book.save(tmp_path / "mixed.xlsx")
    screen = open_screen(qtbot, tasks, library_db)
    screen.import_file(tmp_path / "mixed.xlsx")
    assert tasks.wait_for_idle(20_000)
    preview = screen.files.preview
    assert preview is not None
    assert 'row 3: The right answer "C" must be letters among the options: A, B.' in preview.text()
    cancel = preview.button(QMessageBox.StandardButton.Cancel)
    cancel.click()
    assert "Good question?" not in texts(screen)
    screen.import_file(tmp_path / "mixed.xlsx")
    assert tasks.wait_for_idle(20_000)
    accept = QMessageBox.ButtonRole.AcceptRole
    preview = screen.files.preview
    assert preview is not None
    go = next(b for b in preview.buttons() if preview.buttonRole(b) == accept)
    assert go.text() == "Import, skipping those rows"
    go.click()
    assert tasks.wait_for_idle(20_000)
    assert "Good question?" in texts(screen) and "Bad key?" not in texts(screen)
