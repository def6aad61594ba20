"""The Dashboard reads every workshop's totals once and answers each change of a filter from
them; a change of the data drops them (the next answer reads the database again), a strategy's
does not, and F5 reads again. Over the small demo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.report_screens import pick, shown

from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.services.reports.workshop_totals import ProgrammeTotals, figures_from
from jpoa_desktop.ui.dashboard.screen import DashboardScreen
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


def shown_with_totals(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, services: Services
) -> tuple[DashboardScreen, ProgrammeTotals]:
    screen = shown(DashboardScreen, qtbot, tasks, settings, services)
    qtbot.waitUntil(lambda: screen.view is not None and screen.totals is not None)
    assert screen.totals is not None
    return screen, screen.totals


def _shown_filter(screen: DashboardScreen) -> object:
    return screen.view.figures.filter if screen.view is not None else None


def test_filter_changes_are_answered_from_the_totals_read_once(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    services = Services(demo_db)
    screen, totals = shown_with_totals(qtbot, tasks, settings, services)
    countries = sorted({w.country for w in services.workshops.workshops("en")})
    for country in countries:
        pick(screen.filters, "country", country)
        assert tasks.wait_for_idle()
        qtbot.waitUntil(lambda: screen.filters.report_filter() == _shown_filter(screen))
        assert screen.totals is totals  # not read again
        assert screen.view is not None
        report = screen.filters.report_filter()
        assert screen.view.figures == services.figures.figures(report, "en")
        assert screen.view.figures == figures_from(totals, report, "en")
        assert int(screen.tiles.value("participants")) > 0


def test_a_screen_without_totals_says_it_is_reading_them(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    screen = DashboardScreen(tasks, "en", settings)
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    screen.set_services(Services(demo_db))
    assert screen.totals is None
    assert screen.status.text() == "Reading the figures of every workshop…"
    assert tasks.wait_for_idle()
    qtbot.waitUntil(lambda: screen.view is not None)
    assert screen.totals is not None and screen.status.text() == "Every workshop so far."


def _one_more_participant(
    services: Services, workshop_id: int
) -> Callable[[Progress, CancelCheck], None]:
    """A write as a screen hands it to the task runner: a woman registered at the workshop."""

    def register(progress: Progress, cancelled: CancelCheck) -> None:
        person = services.people.add(
            PersonInput("Жумабаева", "Айгерим", sex="female", country="KG")
        )
        services.workshops.register(workshop_id, person, status="confirmed")

    return register


def test_a_data_change_drops_the_totals_and_the_new_figures_are_shown(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    services = Services(demo_db)
    screen, totals = shown_with_totals(qtbot, tasks, settings, services)
    before = int(screen.tiles.value("participants"))
    assert screen.view is not None
    women = screen.view.figures.participations.women
    seen: list[ProgrammeTotals | None] = []
    tasks.notifier.data_changed.connect(lambda _kinds: seen.append(screen.totals))
    workshop = services.workshops.workshops("en")[0].id
    tasks.run_task(
        None, "Registering", _one_more_participant(services, workshop),
        writes=frozenset({"people"}),
    )  # fmt: skip
    assert tasks.wait_for_idle()
    assert seen == [None]  # dropped as the change was told, before anything else ran
    qtbot.waitUntil(lambda: screen.tiles.value("participants") == str(before + 1))
    assert screen.totals is not None and screen.totals is not totals
    assert screen.view is not None and screen.view.figures.participations.women == women + 1


def test_a_strategy_change_keeps_the_totals_and_f5_reads_them_again(
    qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, demo_db: Database
) -> None:
    screen, totals = shown_with_totals(qtbot, tasks, settings, Services(demo_db))
    tasks.notifier.data_changed.emit(frozenset({"strategies"}))
    assert tasks.wait_for_idle()
    assert screen.totals is totals
    screen.area.setFocus()
    qtbot.keyClick(screen.area, Qt.Key.Key_F5)
    assert screen.totals is None
    assert tasks.wait_for_idle()
    qtbot.waitUntil(lambda: screen.totals is not None and screen.view is not None)
    assert screen.totals is not totals
