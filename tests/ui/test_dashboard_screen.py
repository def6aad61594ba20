"""The Dashboard: figures and charts for the chosen filters, refreshed on each change, with the
last filters remembered; over the small demo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from tests.ui.report_screens import pick, shown

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.texts.formatting import short_date
from jpoa_desktop.ui.dashboard.filter_bar import FilterState
from jpoa_desktop.ui.dashboard.screen import DashboardScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES


def shown_dashboard(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, services: Services
) -> DashboardScreen:
    screen = shown(DashboardScreen, qtbot, tasks, settings, services)
    qtbot.waitUntil(lambda: screen.view is not None)
    return screen


def test_a_filter_change_updates_the_numbers_and_the_charts(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    services = Services(demo_db)
    workshops = services.workshops.workshops("en")
    screen = shown_dashboard(qtbot, tasks, settings, services)
    assert screen.tiles.value("workshops") == str(len(workshops))
    everyone = screen.tiles.value("participants")
    assert int(everyone) > 0
    assert all(not label.pixmap().isNull() for label in screen.charts)
    assert screen.charts[0].pixmap().width() == screen.chart_width()

    elsewhere = next(c for c in COUNTRY_CODES if c not in {w.country for w in workshops})
    pick(screen.filters, "country", elsewhere)
    assert tasks.wait_for_idle()
    qtbot.waitUntil(lambda: screen.tiles.value("workshops") == "0")
    assert screen.tiles.value("participants") == "0"
    assert screen.tiles.value("women") == "—"
    assert screen.view is not None and screen.view.figures.filter.country == elsewhere

    screen.filters.reset()  # what Esc does
    assert tasks.wait_for_idle()
    qtbot.waitUntil(lambda: screen.tiles.value("participants") == everyone)


def test_one_workshop_stands_alone_and_the_filters_are_remembered(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    services = Services(demo_db)
    workshop = services.workshops.workshops("en")[0]
    screen = shown_dashboard(qtbot, tasks, settings, services)
    pick(screen.filters, "pillar", 4)
    pick(screen.filters, "workshop", workshop.id)
    assert tasks.wait_for_idle()
    qtbot.waitUntil(lambda: screen.tiles.value("workshops") == "1")
    assert not screen.filters.country.isEnabled() and not screen.filters.pillar.isEnabled()
    assert screen.view is not None and screen.view.figures.filter.workshop_id == workshop.id
    assert workshop.title in screen.status.text()

    again = shown_dashboard(qtbot, tasks, settings, services)
    assert again.filters.state().workshop_id == workshop.id
    assert again.filters.workshop.currentData() == workshop.id
    assert again.tiles.value("workshops") == "1"


def test_a_kept_filter_is_read_leniently() -> None:
    state = FilterState("custom", None, None, "KG", 2, 3, None)
    assert FilterState.from_json(state.as_json()) == state
    assert FilterState.from_json("not json") == FilterState()
    odd = '{"preset": "someday", "country": "XX", "pillar": 9, "phase": true, "start": "2026-13"}'
    assert FilterState.from_json(odd) == FilterState()
    this_year = FilterState("this_year").report_filter(date(2026, 5, 2))
    assert (this_year.start, this_year.end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_narrow_window_shows_one_chart_a_row_drawn_to_its_width(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    screen = shown_dashboard(qtbot, tasks, settings, Services(demo_db))
    assert screen.columns() == 2
    wide = screen.charts[0].pixmap().width()
    screen.resize(700, 600)
    qtbot.waitUntil(lambda: screen.columns() == 1)
    assert tasks.wait_for_idle()
    qtbot.waitUntil(lambda: screen.charts[0].pixmap().width() == screen.chart_width())
    assert screen.charts[0].pixmap().width() > wide  # one column: each chart is wider
    under_the_first = screen.grid.itemAtPosition(1, 0)
    assert under_the_first is not None and under_the_first.widget() is screen.charts[1]


def test_a_period_is_a_preset_or_two_dates_typed(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    screen = shown_dashboard(qtbot, tasks, settings, Services(demo_db))
    today = date.today()
    assert screen.filters.start.text() == screen.filters.end.text() == "—"  # all time: no bounds
    pick(screen.filters, "period", "custom")
    assert screen.filters.state().start == date(today.year, 1, 1)  # a start to change from
    assert screen.filters.state().end == today and screen.filters.end.isEnabled()
    pick(screen.filters, "period", "this_year")
    assert tasks.wait_for_idle()
    year = (date(today.year, 1, 1), date(today.year, 12, 31))

    def shown_period() -> tuple[date | None, date | None]:
        report = screen.view.figures.filter if screen.view is not None else None
        return (report.start, report.end) if report is not None else (None, None)

    qtbot.waitUntil(lambda: shown_period() == year)
    assert short_date(date(today.year, 12, 31), "en") in screen.status.text()
    assert not screen.filters.start.isEnabled()

    screen.filters.start.setDate(QDate(2001, 2, 3))  # typing a date chooses the period
    assert tasks.wait_for_idle()
    assert screen.filters.state().preset == "custom" and screen.filters.start.isEnabled()
    qtbot.waitUntil(lambda: shown_period()[0] == date(2001, 2, 3))


def test_ctrl_r_opens_the_donor_report_of_what_the_dashboard_shows(
    qtbot: QtBot,
    tasks: TaskRunner,
    settings: SettingsStore,
    translations: Translations,
    demo_db: Database,
) -> None:
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.set_database(demo_db)
    window.show()
    window.show_screen(window.dashboard.screen_id)
    assert tasks.wait_for_idle()
    country = Services(demo_db).workshops.workshops("en")[0].country
    pick(window.dashboard.filters, "country", country)
    assert tasks.wait_for_idle()
    window.activateWindow()
    window.dashboard.area.setFocus()
    qtbot.keyClick(window.dashboard.area, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_id() == window.reports.screen_id
    assert window.reports.report_kind() == "programme"
    assert window.reports.report_filter() == window.dashboard.filters.report_filter()
    assert window.reports.filters.country.currentData() == country
    assert tasks.wait_for_idle(60_000)
    assert window.reports.preview.page_total() >= 2
