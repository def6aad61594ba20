"""New person and Edit person from the Participants screen: saved, shown, undone and redone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.participants.person_form import PersonForm
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest's keyClicks takes ASCII only; names are Cyrillic)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def open_screen(qtbot: QtBot, tasks: TaskRunner, db: Database) -> ParticipantsScreen:
    screen = ParticipantsScreen(tasks, "en")
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.set_services(Services(db))
    with qtbot.waitActive(screen):  # shortcuts work in the active window only
        screen.show()
        screen.activateWindow()
    return screen


def open_form(qtbot: QtBot, screen: ParticipantsScreen) -> PersonForm:
    qtbot.waitUntil(lambda: screen.person_form is not None and screen.person_form.isVisible())
    form = screen.person_form
    assert form is not None
    return form


def save(qtbot: QtBot, form: PersonForm) -> None:
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_new_person_is_saved_shown_and_undo_redo_work_in_the_database(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    people = PeopleService(library_db.session_scope)
    assert not screen.commands.undo.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL | SHIFT)
    form = open_form(qtbot, screen)
    assert form.windowTitle() == "New person"
    type_text(form.family, "Юсупов")
    type_text(form.given, "Тимур")
    type_text(form.patronymic, "Рашидович")
    assert (form.latin_family.text(), form.latin_given.text()) == ("Iusupov", "Timur")
    type_text(form.organisation, "МВД Республики Узбекистан")
    form.kind.setCurrentIndex(form.kind.findData("law_enforcement"))
    form.country.setCurrentIndex(form.country.findData("UZ"))
    type_text(form.email, "t.yusupov@example.uz")
    type_text(form.languages, "ru, uz")
    form.consent_data.setChecked(True)
    assert form.consent_date.date().toPython() == date.today()  # consent dated today
    save(qtbot, form)
    assert not form.isVisible()
    (found,) = people.search("Yusupov")
    record = people.get(found.id).person
    assert record.latin_family_name == "Iusupov" and record.languages == ("ru", "uz")
    assert record.organisation_kind == "law_enforcement" and record.consent_date == date.today()
    assert screen.model.total == 1 and screen.count_label.text() == "1 person"
    assert screen.detail.person is not None and screen.detail.person.id == found.id
    assert screen.commands.undo.text() == "Undo add Юсупов Тимур"

    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL)
    assert people.count() == 0
    assert screen.model.total == 0
    assert screen.commands.redo.isEnabled() and not screen.commands.undo.isEnabled()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [p.family_name for p in people.search("Юсупов")] == ["Юсупов"]
    assert screen.model.total == 1
    assert screen.detail.person is not None and screen.detail.person.family_name == "Юсупов"


def test_the_latin_spelling_follows_the_name_until_the_user_types_one(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    screen.commands.new_person.trigger()
    form = open_form(qtbot, screen)
    type_text(form.family, "Жанар")
    assert form.latin_family.text() == "Zhanar"
    form.latin_family.selectAll()
    type_text(form.latin_family, "Janar")  # as in her passport
    type_text(form.family, "а")
    assert form.family.text() == "Жанара"
    assert form.latin_family.text() == "Janar"  # her own spelling stays
    assert form.latin_family.placeholderText() == "Zhanara"
    form.latin_family.selectAll()
    qtbot.keyClick(form.latin_family, Qt.Key.Key_Delete)
    qtbot.keyClick(form.family, Qt.Key.Key_Backspace)
    assert form.latin_family.text() == "Zhanar"  # emptied: the suggestion is back


def test_an_invalid_e_mail_is_named_under_the_fields_and_nothing_is_lost(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    screen.commands.new_person.trigger()
    form = open_form(qtbot, screen)
    save(qtbot, form)
    assert form.isVisible()
    assert form.problem.text() == "The family name is empty."
    assert form.family.styleSheet() and form.focusWidget() is form.family
    type_text(form.family, "Иванов")
    assert not form.family.styleSheet()  # the mark goes as the user corrects the box
    type_text(form.given, "Сергей")
    type_text(form.email, "ivanov@")
    save(qtbot, form)
    assert form.isVisible()
    assert form.problem.isVisible()
    assert form.problem.text() == "“ivanov@” is not an e-mail address."
    assert form.email.styleSheet() and not form.family.styleSheet()
    assert (form.family.text(), form.given.text(), form.email.text()) == (
        "Иванов",
        "Сергей",
        "ivanov@",
    )
    assert PeopleService(library_db.session_scope).count() == 0
    type_text(form.email, "mvd.kz")
    save(qtbot, form)
    assert not form.isVisible()
    assert PeopleService(library_db.session_scope).search("Ivanov")[0].given_name == "Сергей"


def test_editing_shows_every_stored_value_and_undo_restores_the_previous_ones(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    people = PeopleService(library_db.session_scope)
    before = PersonInput(
        family_name="Оморов",
        given_name="Бакыт",
        latin_family_name="Omorov",
        latin_given_name="Bakyt",
        sex="male",
        country="KG",
        organisation="Генеральная прокуратура",
        organisation_kind="judiciary",
        position="Прокурор",
        phone="+996 312 00 00 00",
        consent_photos=True,
        consent_date=date(2026, 2, 3),
        notes="Говорит по-английски",
    )
    person_id = people.add(before)
    screen = open_screen(qtbot, tasks, library_db)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    form = open_form(qtbot, screen)
    assert form.windowTitle() == "Edit person"
    assert form.person() == before  # every field loaded as stored
    form.position.clear()
    type_text(form.position, "Старший прокурор")
    form.family.end(False)
    type_text(form.family, "а")  # a name typo fixed: the Latin suggestion follows
    assert form.latin_family.text() == "Omorova"
    save(qtbot, form)
    after = people.get(person_id).person
    assert after == replace(
        before, family_name="Оморова", latin_family_name="Omorova", position="Старший прокурор"
    )
    assert "Старший прокурор" in screen.detail.text()
    assert screen.commands.undo.text() == "Undo edit Оморова Бакыт"

    screen.commands.undo.trigger()
    assert people.get(person_id).person == before
    assert screen.detail.person is not None and "Прокурор" in screen.detail.text()
    assert [p.id for p in people.search("Omorov")] == [person_id]
    screen.commands.redo.trigger()
    assert people.get(person_id).person.position == "Старший прокурор"


def test_enter_and_double_click_open_the_selected_person(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    PeopleService(library_db.session_scope).add(PersonInput("Ахмедова", "Нилуфар"))
    screen = open_screen(qtbot, tasks, library_db)
    assert not screen.commands.edit_person.isEnabled()  # nobody selected yet
    screen.table.setFocus()
    screen.table.selectRow(0)
    assert screen.commands.edit_person.isEnabled()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    form = open_form(qtbot, screen)
    assert form.family.text() == "Ахмедова"
    form.reject()
    screen.person_form = None
    rect = screen.table.visualRect(screen.model.index(0, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert open_form(qtbot, screen).given.text() == "Нилуфар"


def test_undoing_a_new_person_registered_meanwhile_keeps_them_and_says_why(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    screen = open_screen(qtbot, tasks, library_db)
    screen.commands.new_person.trigger()
    form = open_form(qtbot, screen)
    type_text(form.family, "Каримов")
    type_text(form.given, "Азиз")
    save(qtbot, form)
    people = PeopleService(library_db.session_scope)
    (person,) = people.search("Karimov")
    workshops = WorkshopService(library_db.session_scope)
    day = date(2026, 6, 1)
    workshop = workshops.create(WorkshopInput(titles={"en": "Border"}, start=day, end=day))
    workshops.register(workshop, person.id)
    screen.commands.undo.trigger()
    refusal = "cannot be deleted while registered for a workshop (registrations: 1)"
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next((b for b in boxes if refusal in b.text()), None)  # not a box an earlier test left
    assert box is not None, [b.text() for b in boxes]
    box.close()
    assert people.count() == 1
    assert not screen.commands.undo.isEnabled()  # the stale step left the history
