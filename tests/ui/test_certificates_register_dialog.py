"""The register of issued certificates in the app: every line listed, one workshop or all, a
search, Export XLSX… of what is listed, Ctrl+F and Esc; and 60,000 lines (400 workshops of
150 people) still open, filter and scroll at once."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert
from tests.evaluation_rows import classroom

from jpoa_desktop.db.certificate_models import IssuedCertificate
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificate_register import CertificateRegister
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.texts.formatting import short_date
from jpoa_desktop.ui.certificates_register.dialog import RegisterDialog
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.screen import VerifyScreen

NAMES = ("Ҷӯраев Фарҳод", "Öwezowa Maýsa", "Қасымов Ерлан", "Toshmatova Dilnoza", "Ким Ольга")


@pytest.fixture
def two_workshops(
    empty_db: Database, tmp_path: Path, translations: Translations
) -> tuple[Database, int, int]:
    """Two workshops whose certificates were printed: five lines each (the interface in
    English)."""
    handouts = HandoutService(empty_db.session_scope)
    workshops = []
    for n in range(2):
        workshop = classroom(empty_db).workshop_id
        handouts.save(HandoutRequest("certificates", workshop), tmp_path / f"c{n}.pdf")
        workshops.append(workshop)
    return empty_db, workshops[0], workshops[1]


def _open(
    qtbot: QtBot, db: Database, tasks: TaskRunner, workshop: int | None = None
) -> RegisterDialog:
    dialog = RegisterDialog(CertificateRegister(db.session_scope), tasks, workshop)
    qtbot.addWidget(dialog)
    dialog.show()
    assert tasks.wait_for_idle(30_000)
    return dialog


def _column(dialog: RegisterDialog, column: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def test_the_register_shows_the_current_workshop_first_then_all_and_a_search_narrows_it(
    qtbot: QtBot, tasks: TaskRunner, two_workshops: tuple[Database, int, int]
) -> None:
    db, _first, second = two_workshops
    dialog = _open(qtbot, db, tasks, second)
    assert dialog.workshop_id() == second
    assert dialog.model.rowCount() == 5
    assert sorted(_column(dialog, 1)) == sorted(NAMES)
    assert set(_column(dialog, 3)) == {"Participation"}
    assert _column(dialog, 4)[0] == short_date(date.today(), "en")
    assert dialog.count.text() == "5 shown of 10"

    dialog.workshop.setCurrentIndex(dialog.workshop.findData(None))
    assert dialog.model.rowCount() == 10
    assert dialog.count.text().startswith("10 certificate")  # the English plural: from the .ts

    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "toshmatova")  # lower case finds the capital too
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert _column(dialog, 1) == ["Toshmatova Dilnoza", "Toshmatova Dilnoza"]
    dialog.search.setText("фарҳод ҷӯраев")  # every word, in any order, in Cyrillic too
    qtbot.waitUntil(lambda: _column(dialog, 1) == ["Ҷӯраев Фарҳод", "Ҷӯраев Фарҳод"])
    number = _column(dialog, 0)[0]
    dialog.search.setText(number)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert _column(dialog, 0) == [number]


def test_export_writes_the_lines_listed_to_a_workbook(
    qtbot: QtBot, tasks: TaskRunner, two_workshops: tuple[Database, int, int], tmp_path: Path
) -> None:
    db, first, _second = two_workshops
    dialog = _open(qtbot, db, tasks, first)
    dialog.search.setText("öwezowa")
    dialog.apply_filter()
    target = tmp_path / "register.xlsx"
    dialog.export_to(target)
    assert tasks.wait_for_idle(30_000)
    sheet = openpyxl.load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Number", "Holder", "Workshop"]
    assert [row[1] for row in rows[1:]] == ["Öwezowa Maýsa"]
    assert rows[1][0] == _column(dialog, 0)[0]
    assert dialog.status.text().startswith("1 line") and str(target) in dialog.status.text()


def test_escape_closes_the_register(
    qtbot: QtBot, tasks: TaskRunner, two_workshops: tuple[Database, int, int]
) -> None:
    db, first, _second = two_workshops
    dialog = _open(qtbot, db, tasks, first)
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_sixty_thousand_lines_open_filter_and_scroll_at_once(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, empty_db: Database
) -> None:
    workshop = classroom(empty_db).workshop_id
    first = date(2024, 1, 1)
    with empty_db.session_scope() as session:
        session.execute(
            insert(IssuedCertificate),
            [
                {
                    "number": f"2026-{n:08X}",
                    "workshop_id": workshop if n < 150 else None,
                    "holder": f"Участник {n}",
                    "workshop_title": f"Workshop {n // 150}",
                    "wording": "completion" if n % 3 else "participation",
                    "issued_on": first + timedelta(days=n // 150),
                    "last_printed_on": first + timedelta(days=n // 150),
                }
                for n in range(60_000)
            ],
        )
    started = time.perf_counter()
    dialog = _open(qtbot, empty_db, tasks)
    assert dialog.model.rowCount() == 60_000
    opened = time.perf_counter() - started
    assert opened < 10, f"60,000 lines took {opened:.1f} s to read"
    started = time.perf_counter()
    dialog.search.setText("участник 5999")
    dialog.apply_filter()
    filtered = time.perf_counter() - started
    expected = [n for n in range(60_000)
                if "5999" in f"2026-{n:08X} Участник {n} Workshop {n // 150}"]  # fmt: skip
    assert _column(dialog, 0) == [f"2026-{n:08X}" for n in expected]
    assert filtered < 0.5, f"a search over 60,000 lines took {filtered:.2f} s"
    dialog.workshop.setCurrentIndex(dialog.workshop.findData(workshop))
    dialog.search.clear()
    dialog.apply_filter()
    assert dialog.model.rowCount() == 150
    dialog.workshop.setCurrentIndex(0)
    started = time.perf_counter()
    dialog.table.scrollToBottom()
    QApplication.processEvents()
    assert time.perf_counter() - started < 0.5


def test_the_handouts_certificate_options_open_the_register_on_the_chosen_workshop(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    two_workshops: tuple[Database, int, int],
) -> None:
    db, first, second = two_workshops
    handouts = HandoutsScreen(tasks, translations.language)
    qtbot.addWidget(handouts)
    handouts.set_services(Services(db))
    handouts.options.select_kind("certificates")
    handouts.show_workshop(second)
    handouts.show()
    button = handouts.options.rule.register_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    assert tasks.wait_for_idle(30_000)
    assert dialog.workshop_id() == second and dialog.model.rowCount() == 5
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    handouts.show_workshop(first)
    assert button.open_register() is not None and tasks.wait_for_idle(30_000)
    assert button.dialog is not None and button.dialog.workshop_id() == first


def test_the_verify_screen_opens_the_whole_register_and_only_with_a_database(
    qtbot: QtBot,
    tasks: TaskRunner,
    settings: SettingsStore,
    two_workshops: tuple[Database, int, int],
) -> None:
    db, _first, _second = two_workshops
    verify = VerifyScreen(tasks, "en", settings)
    qtbot.addWidget(verify)
    verify.show()
    assert not verify.register_button.isEnabled()
    verify.set_services(Services(db))
    assert verify.register_button.isEnabled()
    qtbot.mouseClick(verify.register_button, Qt.MouseButton.LeftButton)
    dialog = verify.register_button.dialog
    assert dialog is not None
    assert tasks.wait_for_idle(30_000)
    assert dialog.workshop_id() is None and dialog.model.rowCount() == 10


def test_file_menu_opens_the_register_of_the_open_database(
    qtbot: QtBot, window: MainWindow, tasks: TaskRunner
) -> None:
    assert window.menus.register_action in window.menus.file_menu.actions()
    window.menus.register_action.trigger()
    dialog = window.findChild(RegisterDialog)
    assert dialog is not None and dialog.isVisible()
    assert tasks.wait_for_idle(30_000)
    assert dialog.count.text().startswith("0 certificate")
    assert not dialog.export_button.isEnabled()  # nothing to export


def test_closing_the_register_before_it_is_read_leaves_nothing_behind(
    qtbot: QtBot, tasks: TaskRunner, two_workshops: tuple[Database, int, int]
) -> None:
    db, _first, _second = two_workshops
    failures: list[object] = []
    tasks.task_failed.connect(failures.append)
    dialog = RegisterDialog(CertificateRegister(db.session_scope), tasks)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.reject()  # Esc at once: the dialog goes while the worker still reads
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert tasks.wait_for_idle(30_000)
    assert failures == []  # and pytest-qt fails the test on an exception in the callback
