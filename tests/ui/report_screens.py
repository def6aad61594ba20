"""What the Dashboard and Reports screen tests share: a screen shown over a database, and
choosing in a list as a user does."""

from __future__ import annotations

from typing import TypeVar

from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.ui.dashboard.screen import DashboardScreen
from jpoa_desktop.ui.reports.screen import ReportsScreen
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner

S = TypeVar("S", DashboardScreen, ReportsScreen)


def shown(
    kind: type[S], qtbot: QtBot, tasks: TaskRunner, settings: SettingsStore, services: Services
) -> S:
    """A `kind` screen in English, shown at a laptop's size with `services`, its first work
    done."""
    screen = kind(tasks, "en", settings)
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    screen.set_services(services)
    assert tasks.wait_for_idle()
    return screen


def pick(owner: object, name: str, data: object) -> None:
    """Choose the entry holding `data` in the list `owner.name`: it emits `activated`."""
    combo = getattr(owner, name)
    index = combo.findData(data)
    assert index >= 0, (name, data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
