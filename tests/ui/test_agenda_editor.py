"""The agenda editor: building a day by keyboard, reordering, shifting, warnings, undo/redo.

Every test checks the database (through the service), not only the widgets: what the trainer
sees after a change is what was saved.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.agenda.editor import AgendaEditor
from jpoa_desktop.ui.agenda.reuse_dialog import ReuseDialog
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.tasks import TaskRunner

DAY1, DAY2 = date(2026, 12, 1), date(2026, 12, 2)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Row = tuple[date, str, str, str]


def _session(day: date, start: str, end: str, title: str) -> SessionInput:
    return SessionInput(
        day, time.fromisoformat(start), time.fromisoformat(end), {"en": title, "ru": title}
    )


@pytest.fixture
def workshop(library_db: Database) -> int:
    """Two days: A 09–10, B 10–10:30, C 10:30–11:30 on the first; X 09–10 on the second."""
    workshops = WorkshopService(library_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"en": "Border security"}, start=DAY1, end=DAY2, languages=("en", "ru")
        )
    )
    speaker = PeopleService(library_db.session_scope).add(PersonInput("Юсупов", "Тимур"))
    workshops.register(workshop, speaker, role="speaker")
    agenda = AgendaService(library_db.session_scope)
    for data in (
        _session(DAY1, "09:00", "10:00", "A"),
        _session(DAY1, "10:00", "10:30", "B"),
        _session(DAY1, "10:30", "11:30", "C"),
        _session(DAY2, "09:00", "10:00", "X"),
    ):
        agenda.add_session(workshop, data)
    return workshop


@pytest.fixture
def editor(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    workshop: int,
) -> AgendaEditor:
    widget = AgendaEditor(tasks, translations.language)
    qtbot.addWidget(widget)
    widget.set_services(Services(library_db))
    widget.set_workshop(workshop)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.tree.setFocus()
    qtbot.waitUntil(widget.tree.hasFocus)
    return widget


def _saved(db: Database, workshop: int) -> list[Row]:
    """(day, start, end, English title) of every session, in agenda order, as stored."""
    agenda = AgendaService(db.session_scope).agenda(workshop, "en")
    return [
        (d.day, f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title)
        for d in agenda.days
        for s in d.sessions
    ]


def _select(editor: AgendaEditor, title: str) -> None:
    assert editor.agenda is not None
    found = [s for d in editor.agenda.days for s in d.sessions if s.title == title]
    editor.select_session(found[0].id)
    assert editor.form.session is not None and editor.form.session.title == title


def _key(
    qtbot: QtBot,
    editor: AgendaEditor,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed while the agenda tree has the focus."""
    qtbot.keyClick(editor.tree, key, modifiers)


def test_a_session_is_added_and_named_without_the_mouse(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    _select(editor, "A")
    _key(qtbot, editor, Qt.Key.Key_Insert)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused is editor.form.title_edits["en"]
    qtbot.keyClicks(focused, "Threat assessment")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert _saved(library_db, workshop)[:4] == [
        (DAY1, "09:00", "10:00", "A"),
        (DAY1, "10:00", "11:00", "Threat assessment"),  # right after A, an hour long
        (DAY1, "11:00", "11:30", "B"),  # the rest of the day made room
        (DAY1, "11:30", "12:30", "C"),
    ]
    current = editor.current_session()
    assert current is not None and current.title == "Threat assessment"
    _key(qtbot, editor, Qt.Key.Key_Insert, SHIFT)  # a break after it
    assert [r[1:] for r in _saved(library_db, workshop)[2:4]] == [
        ("11:00", "11:15", "Coffee break"),
        ("11:15", "11:45", "B"),
    ]
    assert not editor.warnings_label.isVisible()


def test_lengthening_a_session_pushes_the_rest_of_the_day(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    _select(editor, "A")
    editor.form.end_edit.setTime(QTime(10, 20))
    speaker = editor.form.speakers_list.item(0)
    assert speaker is not None and speaker.text() == "Юсупов Тимур (speaker)"
    speaker.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(editor.form.end_edit, Qt.Key.Key_Return)
    assert _saved(library_db, workshop)[:3] == [
        (DAY1, "09:00", "10:20", "A"),
        (DAY1, "10:20", "10:50", "B"),
        (DAY1, "10:50", "11:50", "C"),
    ]
    assert not editor.warnings_label.isVisible()
    row = editor.model.index_of_session(editor.agenda.days[0].sessions[0].id)  # type: ignore[union-attr]
    assert row.siblingAtColumn(3).data() == "Юсупов Тимур"


def test_an_overlap_is_shown_and_ctrl_z_takes_it_away(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    before = _saved(library_db, workshop)
    _select(editor, "A")
    editor.form.push_box.setChecked(False)
    editor.form.end_edit.setTime(QTime(10, 15))
    editor.form.save_button.click()
    assert editor.warnings_label.isVisible()
    assert "“A” (09:00–10:15) and “B” (10:00–10:30) overlap" in editor.warnings_label.text()
    b_row = editor.model.index_of_session(editor.agenda.days[0].sessions[1].id)  # type: ignore[union-attr]
    assert "overlap" in b_row.data(Qt.ItemDataRole.ToolTipRole)
    assert b_row.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning sign
    editor.tree.setFocus()
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert _saved(library_db, workshop) == before
    assert not editor.warnings_label.isVisible()


def test_alt_up_and_down_reorder_and_cross_into_the_next_day(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    _select(editor, "C")
    _key(qtbot, editor, Qt.Key.Key_Up, ALT)
    assert [r[1:] for r in _saved(library_db, workshop)[:3]] == [
        ("09:00", "10:00", "A"),
        ("10:00", "11:00", "C"),  # C takes B's slot, B follows
        ("11:00", "11:30", "B"),
    ]
    _key(qtbot, editor, Qt.Key.Key_Down, ALT)
    _key(qtbot, editor, Qt.Key.Key_Down, ALT)  # past the day's end: to the next day's start
    assert _saved(library_db, workshop)[2:] == [
        (DAY2, "09:00", "10:00", "C"),
        (DAY2, "10:00", "11:00", "X"),
    ]
    current = editor.current_session()
    assert current is not None and current.title == "C" and current.day == DAY2


def test_a_drop_in_the_tree_moves_the_session_between_days(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    model = editor.model
    assert editor.agenda is not None
    x = editor.agenda.days[1].sessions[0]
    mime = model.mimeData([model.index_of_session(x.id)])
    first_day = model.index_of_day(DAY1)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, first_day)
    qtbot.waitUntil(lambda: len([r for r in _saved(library_db, workshop) if r[0] == DAY1]) == 4)
    assert [r[1:] for r in _saved(library_db, workshop)] == [
        ("09:00", "10:00", "A"),
        ("10:00", "11:00", "X"),
        ("11:00", "11:30", "B"),
        ("11:30", "12:30", "C"),
    ]
    assert model.rowCount(model.index_of_day(DAY2)) == 0
    # Dropped on a session, X takes that session's place.
    mime = model.mimeData([model.index_of_session(x.id)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: _saved(library_db, workshop)[0][3] == "X")


def test_shifting_moves_this_and_the_later_sessions(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    _select(editor, "B")
    editor.shift_spin.setValue(30)
    editor.shift_button.click()
    assert [r[1:] for r in _saved(library_db, workshop)[:3]] == [
        ("09:00", "10:00", "A"),
        ("10:30", "11:00", "B"),
        ("11:00", "12:00", "C"),
    ]


def test_undo_and_redo_put_the_database_back_step_by_step(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    start = _saved(library_db, workshop)
    _select(editor, "A")
    _key(qtbot, editor, Qt.Key.Key_Insert)
    editor.tree.setFocus()
    _key(qtbot, editor, Qt.Key.Key_Down, ALT)
    _select(editor, "B")
    _key(qtbot, editor, Qt.Key.Key_Delete)
    done = _saved(library_db, workshop)
    assert "B" not in [r[3] for r in done] and "New session" in [r[3] for r in done]
    for _ in range(3):
        _key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert _saved(library_db, workshop) == start
    assert not editor.undo_stack.canUndo()
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL | SHIFT)
    _key(qtbot, editor, Qt.Key.Key_Y, CTRL)
    _key(qtbot, editor, Qt.Key.Key_Y, CTRL)
    assert _saved(library_db, workshop) == done


def test_sessions_are_inserted_from_another_workshop_and_undone(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    earlier = WorkshopService(library_db.session_scope).create(
        WorkshopInput(titles={"en": "Earlier"}, start=date(2025, 3, 1), end=date(2025, 3, 1))
    )
    AgendaService(library_db.session_scope).add_session(
        earlier, _session(date(2025, 3, 1), "14:00", "15:30", "Table-top exercise")
    )
    _select(editor, "X")
    editor.keys.reuse_action.trigger()
    dialog = editor.findChild(ReuseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.source_combo.currentText().endswith("Earlier")
    day_item = dialog.tree.topLevelItem(0)
    assert day_item is not None
    day_item.setCheckState(0, Qt.CheckState.Checked)  # the whole day
    assert dialog.target_day() == DAY2
    dialog.accept()
    assert _saved(library_db, workshop)[-1] == (DAY2, "14:00", "15:30", "Table-top exercise")
    _key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert [r[3] for r in _saved(library_db, workshop)] == ["A", "B", "C", "X"]


def test_changes_are_announced_and_changes_elsewhere_are_shown(
    qtbot: QtBot, editor: AgendaEditor, tasks: TaskRunner, library_db: Database, workshop: int
) -> None:
    _select(editor, "A")
    with qtbot.waitSignal(tasks.notifier.data_changed) as changed:
        _key(qtbot, editor, Qt.Key.Key_Delete)
    assert changed.args == [frozenset({"agenda"})]
    AgendaService(library_db.session_scope).add_session(
        workshop, _session(DAY2, "15:00", "16:00", "Added elsewhere")
    )
    tasks.notifier.data_changed.emit(frozenset({"agenda"}))
    assert editor.model.rowCount(editor.model.index_of_day(DAY2)) == 2
    editor.set_workshop(None)
    assert editor.model.rowCount() == 0 and not editor.keys.add_action.isEnabled()


def test_what_was_typed_is_saved_when_another_session_is_chosen(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database, workshop: int
) -> None:
    _select(editor, "A")
    title = editor.form.title_edits["en"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Welcome")
    editor.tree.setFocus()
    _key(qtbot, editor, Qt.Key.Key_Down)  # on to B, without pressing Enter first
    qtbot.waitUntil(lambda: _saved(library_db, workshop)[0][3] == "Welcome")
    current = editor.current_session()
    assert current is not None and current.title == "B"
    assert editor.undo_stack.undoText() == "Edit “A”"


def test_an_empty_agenda_says_how_to_start(
    qtbot: QtBot, editor: AgendaEditor, library_db: Database
) -> None:
    empty = WorkshopService(library_db.session_scope).create(
        WorkshopInput(titles={"en": "New"}, start=DAY1, end=DAY1)
    )
    editor.set_workshop(empty)
    assert editor.hint.isVisible() and "No sessions yet" in editor.hint.text()
    _key(qtbot, editor, Qt.Key.Key_Insert)
    assert _saved(library_db, empty) == [(DAY1, "09:00", "10:00", "New session")]
    assert not editor.hint.isVisible()
