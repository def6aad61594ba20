"""The Handouts screen: preview real PDFs page by page, save, and build everything in one go."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.workshops.workshops import WorkshopService
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    settings: SettingsStore,
    demo_db: Database,
) -> HandoutsScreen:
    handouts = HandoutsScreen(tasks, translations.language, settings=settings)
    qtbot.addWidget(handouts)
    handouts.set_services(Services(demo_db))
    handouts.resize(1200, 800)
    handouts.show()
    qtbot.waitExposed(handouts)
    settle(handouts, tasks)
    return handouts


def settle(screen: HandoutsScreen, tasks: TaskRunner) -> None:
    """Let a waiting preview start, build, and its page render (each on a worker; one
    finishing may start the next)."""
    for _ in range(6):
        screen.flush_preview()
        tasks.wait_for_idle(60_000)
        if tasks.is_idle and not screen.preview_pending():
            return
    raise AssertionError("the preview never settled")


def focus(screen: HandoutsScreen) -> None:
    screen.activateWindow()
    screen.preview.area.setFocus()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_agenda_of_the_coming_workshop_is_previewed_page_by_page(
    qtbot: QtBot, screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    assert screen.workshop_id() is not None
    assert screen.options.kind() == "agenda"
    pdf = screen.preview.pdf()
    assert pdf is not None and pdf.exists()
    assert "Prevention of violent extremism" in pdf_text(pdf)
    assert screen.preview.page_total() == len(PdfReader(pdf).pages) >= 2
    assert not screen.preview.image.pixmap().isNull()
    assert screen.preview.current_page() == 0
    focus(screen)
    qtbot.keyClick(screen.preview.area, Qt.Key.Key_PageDown)
    settle(screen, tasks)
    assert screen.preview.current_page() == 1
    assert screen.preview.page.value() == 2
    assert not screen.preview.next_button.isEnabled() or screen.preview.page_total() > 2


def test_zooming_in_renders_the_page_larger(
    qtbot: QtBot, screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    before = screen.preview.image.pixmap().width()
    screen.preview.zoom.setCurrentIndex(screen.preview.zoom.findData(1.0))
    screen.preview.zoom.activated.emit(screen.preview.zoom.currentIndex())
    settle(screen, tasks)
    at_100 = screen.preview.image.pixmap().width()
    focus(screen)
    qtbot.keyClick(screen.preview.area, Qt.Key.Key_Plus, CTRL)
    settle(screen, tasks)
    assert screen.preview.zoom_factor() == pytest.approx(1.25)
    assert screen.preview.image.pixmap().width() > at_100
    assert before > 0


def test_choosing_badges_previews_every_registration_on_label_sheets(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    screen.options.select_kind("badges")
    settle(screen, tasks)
    assert screen.options.template.isVisible()
    assert not screen.options.second.isVisible()  # badges are in one language
    pdf = screen.preview.pdf()
    assert pdf is not None
    assert screen.preview.page_total() == 5  # 40 people, 8 a sheet
    assert "5 pages" in screen.preview.status.text()


def test_a_second_language_prints_side_by_side(screen: HandoutsScreen, tasks: TaskRunner) -> None:
    screen.options.second.setCurrentIndex(screen.options.second.findData("ru"))
    settle(screen, tasks)
    pdf = screen.preview.pdf()
    assert pdf is not None
    text = pdf_text(pdf)
    assert "Время" in text and "Time" in text


def test_the_certificate_rule_says_who_is_left_out(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    screen.options.select_kind("certificates")
    screen.options.attendance.setValue(0)
    settle(screen, tasks)
    assert screen.options.outlook.text().startswith("40 certificates")
    assert not screen.options.left_out_button.isEnabled()
    screen.options.attendance.setValue(100)
    settle(screen, tasks)
    assert "left out" in screen.options.outlook.text()
    assert screen.options.left_out_button.isEnabled()
    screen.show_left_out()
    assert screen.left_out_dialog.table.rowCount() > 0


def test_save_as_pdf_writes_the_chosen_handout_whole(
    screen: HandoutsScreen, tasks: TaskRunner, tmp_path: Path
) -> None:
    screen.options.select_kind("participant-list")
    target = tmp_path / "out" / "list.pdf"
    task = screen.save_to(target)
    assert task is not None
    assert tasks.wait_for_idle(60_000)
    assert task.error is None
    assert "Prevention of violent extremism" in pdf_text(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["list.pdf"]  # no temporary left


def test_print_everything_builds_each_ticked_handout_into_the_folder(
    qtbot: QtBot, screen: HandoutsScreen, tasks: TaskRunner, tmp_path: Path, demo_db: Database
) -> None:
    folder = tmp_path / "tomorrow"
    kinds = ["agenda", "sign-in", "badges", "table-tents"]
    task = screen.build_everything(kinds, folder)
    assert task is not None
    assert tasks.wait_for_idle(120_000)
    assert task.error is None
    names = sorted(p.name for p in folder.iterdir())
    workshop_id = screen.workshop_id()
    assert workshop_id is not None
    start = WorkshopService(demo_db.session_scope).get(workshop_id, "en").start.isoformat()
    assert names == sorted(f"{start} {kind} en.pdf" for kind in kinds)
    for name in names:
        assert len(PdfReader(folder / name).pages) >= 1
    message = screen.batch_message
    assert message is not None and "4 handouts saved" in message.text()
    qtbot.addWidget(message)  # closed and deleted with the test


def test_cancelling_print_everything_keeps_finished_handouts_and_no_half_file(
    qtbot: QtBot, screen: HandoutsScreen, tasks: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "cancelled"
    # Certificates last: none meets the demo's attendance rule yet, and a cancel that came
    # late would otherwise end the run on that refusal instead of the cancel.
    task = screen.build_everything(["badges", "agenda", "certificates"], folder)
    assert task is not None
    task.cancel()
    assert tasks.wait_for_idle(120_000)
    outcome = screen.last_outcome
    assert outcome is not None
    assert len(outcome.saved) < 3
    left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert left == sorted(p.name for p in outcome.saved)  # nothing half-written beside them
    message = screen.batch_message
    assert message is not None and "Cancelled" in message.text()
    qtbot.addWidget(message)  # closed and deleted with the test


def test_a_screen_without_a_database_says_what_to_do(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations
) -> None:
    empty = HandoutsScreen(tasks, translations.language)
    qtbot.addWidget(empty)
    empty.set_services(None)
    empty.refresh_preview()
    assert "Open a database" in empty.preview.image.text()
    assert empty.preview.page_total() == 0


def test_a_measured_label_sheet_is_offered_checked_and_kept_in_the_settings(
    screen: HandoutsScreen, tasks: TaskRunner, settings: SettingsStore
) -> None:
    from jpoa_desktop.ui.handouts.options_panel import CUSTOM_SHEET

    screen.options.select_kind("badges")
    settle(screen, tasks)
    template = screen.options.template
    template.setCurrentIndex(template.findData(CUSTOM_SHEET))
    dialog = screen.sheet_dialog
    assert template.currentData() != CUSTOM_SHEET  # the choice waits for the dialog
    dialog.columns.setValue(3)
    dialog.rows.setValue(8)
    dialog.label_width.setValue(70)
    dialog.label_height.setValue(38)
    assert "do not fit" in dialog.problem.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.label_height.setValue(37)
    assert dialog.problem.text() == ""
    dialog.accept()
    settle(screen, tasks)
    assert template.currentData() == "a4:3x8:70x37:0,0.5:0,0"
    assert settings.custom_sheets == ("a4:3x8:70x37:0,0.5:0,0",)
    assert screen.preview.page_total() == 2  # 40 badges, 24 a sheet


def test_the_workshops_screen_opens_handouts_on_the_selected_workshop(
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    demo_db: Database,
) -> None:
    from jpoa_desktop.ui.main_window import MainWindow

    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.set_database(demo_db)
    window.show()
    window.show_screen("workshops")
    window.workshops.table.selectRow(0)
    selected = window.workshops.detail
    assert selected is not None
    window.workshops.actions_.handouts_action.trigger()
    assert window.current_screen_id() == "handouts"
    assert window.handouts.workshop_id() == selected.id
    settle(window.handouts, tasks)


def test_calibration_opens_on_the_label_sheet_chosen_for_the_badges(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    screen.options.select_kind("badges")
    screen.options.template.setCurrentIndex(screen.options.template.findData("a4-3x3"))
    screen.calibrate()
    assert screen.calibration_dialog.template() == "a4-3x3"
    screen.calibration_dialog.reject()


def test_the_choices_come_back_on_the_next_start(
    qtbot: QtBot,
    screen: HandoutsScreen,
    tasks: TaskRunner,
    translations: Translations,
    settings: SettingsStore,
    demo_db: Database,
) -> None:
    screen.options.select_kind("participant-list")
    screen.options.language.setCurrentIndex(screen.options.language.findData("kk"))
    screen.options.paper.setCurrentIndex(screen.options.paper.findData("letter"))
    screen.options.columns["email"].setChecked(True)
    screen.options.set_checked_kinds({"certificates"})
    screen.options.ticked.emit()
    settle(screen, tasks)
    again = HandoutsScreen(tasks, translations.language, settings=settings)
    qtbot.addWidget(again)
    request = again.request()
    assert (request.kind, request.language, request.paper) == ("participant-list", "kk", "letter")
    assert "email" in request.columns
    assert again.options.checked_kinds() == ["certificates"]
    settings.handout_choices = "{not json"
    fresh = HandoutsScreen(tasks, translations.language, settings=settings)
    qtbot.addWidget(fresh)
    assert fresh.request().kind == "agenda"  # the defaults, and no error


def test_the_left_out_reasons_are_worded_from_the_facts_not_the_log_text(
    translations: Translations,
) -> None:
    from jpoa_desktop.services.handouts.certificates import Exclusion
    from jpoa_desktop.ui.handouts.certificates.left_out_dialog import reason_text

    cancelled = Exclusion("Ким Ольга", 0, 3, "registration cancelled", cancelled=True)
    absent = Exclusion("Юсупов Тимур", 1, 3, "present on 1 of 3 days (33%)")
    assert reason_text(cancelled, 80) == "Registration cancelled"
    assert reason_text(absent, 80) == "Present on 1 of 3 days; the rule asks for 80 %"
