"""The main window hands one `Services` of the open database to every screen, and None at close."""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.services.container import Services
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.tasks import TaskRunner

SWITCHED = {"library", "workshops", "participants", "checkin", "strategies"}


def _services_shown(window: MainWindow) -> dict[str, Services | None]:
    """What each screen that takes `set_services` works with now, by screen id."""
    return {
        screen.screen_id: getattr(screen, "services")  # noqa: B009 - not every screen has it
        for screen in window.screens
        if hasattr(screen, "set_services") and hasattr(screen, "services")
    }


def test_opening_a_database_hands_the_same_services_to_every_screen_and_closing_hands_none(
    window: MainWindow, tasks: TaskRunner, tmp_path: Path
) -> None:
    first = window.databases.services
    assert first is not None
    assert first.db is window.databases.database
    shown = _services_shown(window)
    assert shown.keys() >= SWITCHED
    assert all(services is first for services in shown.values())
    assert window.workshops.agenda.service is first.agenda  # the tab inside a screen too

    window.databases.open(str(tmp_path / "second.sqlite"))
    assert tasks.wait_for_idle(60_000)
    second = window.databases.services
    assert second is not None and second is not first
    assert second.db.path == tmp_path / "second.sqlite"
    assert all(services is second for services in _services_shown(window).values())

    window.close()
    assert window.databases.services is None
    assert all(services is None for services in _services_shown(window).values())
