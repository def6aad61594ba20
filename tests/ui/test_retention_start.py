"""The retention rule in the GUI: the preference (off by default, 1 to 120 months) and the
preview at start, listing who is due and erasing them only on "Erase now"."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.participants.retention_dialog import RetentionDialog, check_retention
from jpoa_desktop.ui.settings.preferences_dialog import PreferencesDialog
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner

TODAY = date(2026, 12, 6)


def _people(db: Database) -> dict[str, int]:
    """One person whose last workshop ended 13 months ago, one who comes back next month."""
    workshops, people = WorkshopService(db.session_scope), PeopleService(db.session_scope)
    old_day, next_day = date(2025, 11, 3), TODAY + timedelta(30)
    old = workshops.create(
        WorkshopInput(titles={"en": "Old", "ru": "Старый"}, start=old_day, end=old_day)
    )
    coming = workshops.create(WorkshopInput(titles={"en": "Next"}, start=next_day, end=next_day))
    gone = people.add(PersonInput("Кенжебаева", "Күләш"))
    back = people.add(PersonInput("Öwezowa", "Maýsa"))
    workshops.register(old, gone)
    workshops.register(old, back)
    workshops.register(coming, back)
    return {"gone": gone, "back": back}


def _preview(qtbot: QtBot, tasks: TaskRunner, db: Database, months: int) -> list[RetentionDialog]:
    shown: list[RetentionDialog] = []
    parent = _parent(qtbot)
    check_retention(parent, tasks, Services(db), months, "ru", shown.append, TODAY)
    assert tasks.wait_for_idle()
    return shown


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_preference_is_off_by_default_and_kept_between_1_and_120(
    qtbot: QtBot, settings: SettingsStore
) -> None:
    assert settings.retention_months == 0
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.retention_box.isChecked()
    assert not dialog.retention_months.isEnabled()
    assert (dialog.retention_months.minimum(), dialog.retention_months.maximum()) == (1, 120)
    dialog.retention_box.setChecked(True)
    dialog.retention_months.setValue(18)
    dialog.apply()
    assert settings.retention_months == 18
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.retention_box.isChecked() and again.retention_months.value() == 18
    again.retention_box.setChecked(False)
    again.accept()
    assert settings.retention_months == 0
    for stored in ("0", "121", "-4", "many"):
        settings.qsettings.setValue("people/retention_months", stored)
        assert settings.retention_months == 0


def test_the_preview_lists_who_is_due_and_erases_them_on_erase_now(
    qtbot: QtBot, tasks: TaskRunner, empty_db: Database
) -> None:
    ids = _people(empty_db)
    (dialog,) = _preview(qtbot, tasks, empty_db, 12)
    assert dialog.isVisible()
    rows = [
        [dialog.table.item(r, c).text() for c in range(3)]  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    ]
    assert [r[:2] for r in rows] == [["Кенжебаева Күләш", "Старый"]]
    assert "2025" in rows[0][2]
    assert dialog.later_button.isDefault()
    dialog.erase_button.click()
    assert tasks.wait_for_idle()
    assert dialog.erased is not None and [e.id for e in dialog.erased] == [ids["gone"]]
    people = PeopleService(empty_db.session_scope)
    assert people.search("Кенжебаева") == []
    assert people.get(ids["back"]).person.family_name == "Öwezowa"


def test_not_now_erases_no_one_and_nothing_opens_when_no_one_is_due(
    qtbot: QtBot, tasks: TaskRunner, empty_db: Database
) -> None:
    ids = _people(empty_db)
    (dialog,) = _preview(qtbot, tasks, empty_db, 12)
    dialog.later_button.click()
    assert tasks.wait_for_idle()
    assert dialog.erased is None
    assert PeopleService(empty_db.session_scope).get(ids["gone"]).person.family_name == "Кенжебаева"
    assert _preview(qtbot, tasks, empty_db, 24) == []  # ended 13 months ago: not due yet
    assert _preview(qtbot, tasks, empty_db, 0) == []  # the rule is off


def test_opening_a_database_with_the_rule_on_shows_the_preview(
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    empty_db: Database,
) -> None:
    ended = date.today() - timedelta(days=400)
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(WorkshopInput(titles={"en": "Long ago"}, start=ended, end=ended))
    workshops.register(workshop, PeopleService(empty_db.session_scope).add(PersonInput("Ли", "Ан")))
    settings.retention_months = 12
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.set_database(empty_db)
    qtbot.waitUntil(lambda: bool(window.retention_dialogs), timeout=10_000)
    (dialog,) = window.retention_dialogs
    assert isinstance(dialog, RetentionDialog)
    assert [d.name for d in dialog.due] == ["Ли Ан"]
    dialog.reject()
    assert tasks.wait_for_idle()
