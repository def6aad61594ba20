"""The door: checking people in by scanner and by name, undo, walk-ins, all from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jpoa_desktop.model.workshops import RegistrationView
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.texts.transliteration import to_latin
from jpoa_desktop.ui.checkin import CheckInScreen
from jpoa_desktop.ui.checkin.feedback import Outcome
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, demo_db: Database
) -> CheckInScreen:
    door = CheckInScreen(tasks, translations.language)
    qtbot.addWidget(door)
    door.set_services(Services(demo_db))
    door.resize(1100, 700)
    door.show()
    qtbot.waitExposed(door)
    door.activateWindow()
    qtbot.waitUntil(lambda: door.scan_box.hasFocus())
    return door


def _workshop_id(screen: CheckInScreen) -> int:
    workshop = screen.bar.workshop()
    assert workshop is not None
    return workshop.id


def _registrations(db: Database, screen: CheckInScreen) -> list[RegistrationView]:
    return AttendanceService(db.session_scope).marks(_workshop_id(screen))


def _marked_today(db: Database, screen: CheckInScreen, registration_id: int) -> bool:
    found = next(r for r in _registrations(db, screen) if r.id == registration_id)
    return date.today() in found.days_present


def _outcome(screen: CheckInScreen) -> Outcome:
    return screen.outcome.feedback.outcome


def _scan(qtbot: QtBot, screen: CheckInScreen, text: str) -> None:
    qtbot.keyClicks(screen.scan_box, text)
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Return)


def _type_into_focus(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClicks(focused, text)


def test_door_opens_on_todays_workshop_and_day_with_live_counts(screen: CheckInScreen) -> None:
    workshop = screen.bar.workshop()
    assert workshop is not None and workshop.start < date.today() < workshop.end
    assert screen.bar.day() == date.today()
    assert screen.bar.counts.text() == "Present 0 / 40 registered"
    assert screen.bar.day_combo.count() == 3
    assert _outcome(screen) is Outcome.IDLE


def test_scanning_a_badge_checks_in_then_says_already_and_ctrl_z_takes_it_back(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database, tasks: TaskRunner
) -> None:
    person = _registrations(demo_db, screen)[0]
    feedback = screen.outcome.feedback

    with qtbot.waitSignal(tasks.notifier.data_changed) as changed:
        _scan(qtbot, screen, person.badge_code.lower())  # a scanner may send lower case
    assert changed.args == [frozenset({"attendance"})]
    assert _outcome(screen) is Outcome.CHECKED_IN
    assert feedback.headline.text() == person.name
    assert feedback.detail.text() == person.organisation
    assert feedback.note.text().startswith("Checked in at ")
    assert screen.bar.counts.text() == "Present 1 / 40 registered"
    assert screen.scan_box.text() == "" and screen.scan_box.hasFocus()
    assert _marked_today(demo_db, screen, person.id)
    assert person.name in screen.outcome.history.item(0).text()

    _scan(qtbot, screen, person.badge_code)
    assert _outcome(screen) is Outcome.ALREADY
    assert feedback.note.text().startswith("Already checked in at ")
    assert screen.bar.counts.text() == "Present 1 / 40 registered"

    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Z, CTRL)
    assert _outcome(screen) is Outcome.UNDONE
    assert feedback.headline.text() == person.name
    assert "undone" in feedback.note.text()
    assert not _marked_today(demo_db, screen, person.id)
    assert screen.bar.counts.text() == "Present 0 / 40 registered"
    assert not screen.undo_button.isEnabled()

    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Z, CTRL)  # the scan of an "already" is not undone
    assert feedback.headline.text() == "Nothing to undo"


def test_undo_button_takes_back_the_last_check_in_first(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database
) -> None:
    first, second = _registrations(demo_db, screen)[:2]
    _scan(qtbot, screen, first.badge_code)
    _scan(qtbot, screen, second.badge_code)
    assert screen.bar.counts.text() == "Present 2 / 40 registered"

    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert not _marked_today(demo_db, screen, second.id)
    assert _marked_today(demo_db, screen, first.id)
    assert screen.outcome.feedback.headline.text() == second.name
    assert screen.scan_box.hasFocus()


def test_typing_a_latin_name_finds_a_cyrillic_person_and_enter_checks_them_in(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database
) -> None:
    attendance = AttendanceService(demo_db.session_scope)
    workshop_id = _workshop_id(screen)
    person, query = next(
        (r, to_latin(r.name.split()[0]).lower())
        for r in _registrations(demo_db, screen)
        if r.name[0] in "АБВГДЕЖЗИКЛМНОПРСТУФХШЮЯ"
        and [f.id for f in attendance.find(workshop_id, to_latin(r.name.split()[0]))] == [r.id]
    )
    assert query.isascii()

    qtbot.keyClicks(screen.scan_box, query)
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Down)
    assert screen.results.count() == 1
    assert person.name in screen.results.item(0).text()
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Return)

    assert _outcome(screen) is Outcome.CHECKED_IN
    assert screen.outcome.feedback.headline.text() == person.name
    assert _marked_today(demo_db, screen, person.id)
    assert screen.results.count() == 0  # ready for the next person


def test_escape_clears_what_was_typed_and_the_list(qtbot: QtBot, screen: CheckInScreen) -> None:
    qtbot.keyClicks(screen.scan_box, "a")
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Down)
    assert screen.results.count() > 0
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Escape)
    assert screen.scan_box.text() == ""
    assert screen.results.count() == 0


def test_unknown_code_shows_red_message_and_writes_nothing(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database
) -> None:
    codes = {r.badge_code for r in _registrations(demo_db, screen)}
    unknown = next(c for c in ("ZZZZZZ", "YYYYYY", "XXXXXX") if c not in codes)

    _scan(qtbot, screen, unknown)

    feedback = screen.outcome.feedback
    assert _outcome(screen) is Outcome.ERROR
    assert feedback.headline.text() == "Not checked in"
    assert feedback.detail.text() == f"No one in this workshop has the badge code {unknown}."
    assert screen.bar.counts.text() == "Present 0 / 40 registered"
    assert AttendanceService(demo_db.session_scope).counts(_workshop_id(screen), date.today()) == (
        40,
        0,
    )
    assert not screen.undo_button.isEnabled()
    assert screen.scan_box.text() == ""


def test_walk_in_is_registered_and_checked_in_by_keyboard(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database
) -> None:
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_N, CTRL)
    assert screen.walk_in.isVisible()
    assert screen.walk_in.family.hasFocus()
    for text in ("Karimova", "Dilnoza"):
        _type_into_focus(qtbot, text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type_into_focus(qtbot, "Ministry of Justice")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert not screen.walk_in.isVisible()
    found = PeopleService(demo_db.session_scope).search("karimova dilnoza")
    assert ("Karimova", "Dilnoza") in [(p.family_name, p.given_name) for p in found]
    registration = next(r for r in _registrations(demo_db, screen) if r.name == "Karimova Dilnoza")
    assert registration.role == "participant"
    assert registration.organisation == "Ministry of Justice"
    assert registration.days_present == (date.today(),)
    feedback = screen.outcome.feedback
    assert _outcome(screen) is Outcome.CHECKED_IN
    assert feedback.headline.text() == "Karimova Dilnoza"
    assert registration.badge_code in feedback.note.text()
    assert screen.bar.counts.text() == "Present 1 / 41 registered"
    assert screen.scan_box.hasFocus()


def test_walk_in_without_a_name_keeps_the_form_open_and_says_why(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database
) -> None:
    qtbot.keyClick(screen.scan_box, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(screen.walk_in.family, Qt.Key.Key_Return)

    assert screen.walk_in.isVisible()
    assert _outcome(screen) is Outcome.ERROR
    assert screen.outcome.feedback.detail.text() == "The family name is empty."
    assert len(_registrations(demo_db, screen)) == 40

    qtbot.keyClick(screen.walk_in.family, Qt.Key.Key_Escape)
    assert not screen.walk_in.isVisible()
    assert screen.scan_box.hasFocus()


def test_marks_made_elsewhere_update_the_counts(
    screen: CheckInScreen, demo_db: Database, tasks: TaskRunner
) -> None:
    person = _registrations(demo_db, screen)[0]
    AttendanceService(demo_db.session_scope).mark(
        _workshop_id(screen), person.badge_code, date.today()
    )
    tasks.notifier.data_changed.emit(frozenset({"attendance"}))
    assert screen.bar.counts.text() == "Present 1 / 40 registered"


def test_without_a_database_or_workshops_the_door_says_what_to_do(
    screen: CheckInScreen, library_db: Database
) -> None:
    screen.set_services(None)
    assert screen.pages.currentWidget() is screen.empty
    assert "No database is open." in screen.empty.text()

    screen.set_services(Services(library_db))  # the library, but no workshop
    assert screen.pages.currentWidget() is screen.empty
    assert screen.empty.text() == ("No workshops yet — import a participant list or run jpoa demo")
    assert not screen.walk_in_button.isEnabled()


def test_screenshot_state_shows_a_check_in_without_writing_one(
    screen: CheckInScreen, demo_db: Database
) -> None:
    first = AttendanceService(demo_db.session_scope).marks(_workshop_id(screen))[0]
    screen.prepare_screenshot()
    assert _outcome(screen) is Outcome.CHECKED_IN
    assert screen.outcome.feedback.headline.text() == first.name
    assert screen.bar.counts.text() == "Present 0 / 40 registered"
    assert not screen.undo_button.isEnabled()


def test_switching_language_keeps_the_last_outcome_on_screen(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database, translations: Translations
) -> None:
    person = _registrations(demo_db, screen)[0]
    _scan(qtbot, screen, person.badge_code)

    translations.switch("ru")
    screen.set_language("ru")
    translations.switch("en")
    screen.set_language("en")

    assert screen.outcome.feedback.headline.text() == person.name
    assert screen.outcome.feedback.note.text().startswith("Checked in at ")
    assert screen.bar.day() == date.today()
    assert screen.title() == "Check-in"


def test_a_session_can_be_chosen_and_its_check_ins_are_counted_and_undone_apart(
    qtbot: QtBot, screen: CheckInScreen, demo_db: Database
) -> None:
    combo = screen.bar.session_combo
    assert combo.isEnabled() and combo.count() > 2  # "Whole day" and today's sessions
    assert combo.currentText() == "Whole day"
    assert not any("break" in combo.itemText(n).lower() for n in range(combo.count()))
    person = _registrations(demo_db, screen)[0]
    _scan(qtbot, screen, person.badge_code)  # present for the day first
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert screen.bar.session() != ""
    assert screen.bar.counts.text() == "Present 0 / 40 registered"

    screen.focus_scan_box()
    _scan(qtbot, screen, person.badge_code)
    assert _outcome(screen) is Outcome.CHECKED_IN  # new for this session, though in for the day
    assert screen.bar.counts.text() == "Present 1 / 40 registered"

    qtbot.keyClick(screen.scan_box, Qt.Key.Key_Z, CTRL)
    assert screen.bar.counts.text() == "Present 0 / 40 registered"
    assert _marked_today(demo_db, screen, person.id)  # the day's mark stays
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert screen.bar.counts.text() == "Present 1 / 40 registered"
