"""The Reports screen over the small demo: the preview shows the report's pages, a save writes
the file chosen (PDF or workbook), a cancelled save writes nothing, and the choices are kept."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.report_screens import pick, shown

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.dashboard.filter_bar import FilterState
from jpoa_desktop.ui.dashboard.screen import DashboardScreen
from jpoa_desktop.ui.reports.screen import ReportsScreen
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


def reports_screen(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, services: Services
) -> ReportsScreen:
    return shown(ReportsScreen, qtbot, tasks, settings, services)


def test_the_preview_shows_the_pages_of_the_report(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    screen = reports_screen(qtbot, tasks, settings, Services(demo_db))
    pick(screen, "report_language", "ru")
    assert screen.build_preview() is not None
    assert tasks.wait_for_idle(60_000)
    pdf = screen.preview.pdf()
    assert pdf is not None and screen.preview.page_total() == len(PdfReader(pdf).pages) >= 2
    assert "Отчёт" in PdfReader(pdf).pages[0].extract_text()
    qtbot.waitUntil(lambda: not screen.preview.image.pixmap().isNull(), timeout=20_000)
    screen.preview.go_to(1)
    assert screen.preview.current_page() == 1


def test_a_cancelled_save_leaves_no_file(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database, tmp_path: Path
) -> None:
    screen = reports_screen(qtbot, tasks, settings, Services(demo_db))
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "programme.pdf"
    task = screen.save_to(target)
    assert task is not None
    task.cancel()  # what the progress dialog's Cancel does
    assert tasks.wait_for_idle(60_000)
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no temporary file either
    assert screen.status.text() == "Cancelled: nothing was written."


def test_a_workshop_report_is_saved_as_a_workbook_and_the_choices_are_kept(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database, tmp_path: Path
) -> None:
    services = Services(demo_db)
    workshop = services.workshops.workshops("en")[0]
    screen = reports_screen(qtbot, tasks, settings, services)
    pick(screen, "kind", "workshop")
    assert not screen.save_button.isEnabled()  # no workshop chosen yet
    assert "Choose the workshop" in screen.status.text()
    assert screen.filters.workshop.isVisibleTo(screen) and not screen.filters.country.isVisibleTo(
        screen
    )
    pick(screen.filters, "workshop", workshop.id)
    pick(screen, "format", "xlsx")
    assert screen.save_button.isEnabled()
    target = tmp_path / "workshop.xlsx"
    assert screen.save_to(target) is not None
    assert tasks.wait_for_idle(60_000)
    book = load_workbook(target, read_only=True)
    assert len(book.sheetnames) >= 3
    book.close()
    assert str(target) in screen.status.text()

    again = reports_screen(qtbot, tasks, settings, services)
    assert (again.report_kind(), again.suffix()) == ("workshop", ".xlsx")
    assert again.report_filter() is not None
    assert again.filters.report_filter().workshop_id == workshop.id


def test_the_keyboard_alone_previews_and_the_dashboard_is_reset_by_escape(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    services = Services(demo_db)
    screen = reports_screen(qtbot, tasks, settings, services)
    screen.activateWindow()
    screen.kind.setFocus()
    qtbot.keyClick(screen.kind, Qt.Key.Key_F5)
    assert tasks.wait_for_idle(60_000)
    assert screen.preview.page_total() >= 2

    dashboard = shown(DashboardScreen, qtbot, tasks, settings, services)
    pick(dashboard.filters, "phase", 4)
    dashboard.activateWindow()
    dashboard.area.setFocus()
    qtbot.keyClick(dashboard.area, Qt.Key.Key_Escape)
    assert dashboard.filters.state() == FilterState()
