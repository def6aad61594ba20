"""What the Strategies screen's tests share: a Kazakh action-plan draft and the screen shown
on the library database."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jpoa_desktop.model.strategies import DraftInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.screen import StrategiesScreen
from jpoa_desktop.ui.tasks import TaskRunner


def action_plan(db: Database) -> int:
    """An empty 2025–2029 action plan for Kazakhstan, in Russian and English."""
    return StrategyService(db.session_scope).create(
        DraftInput(country="KZ", titles={"en": "Action plan", "ru": "План действий"},
                   start_year=2025, end_year=2029, languages=("ru", "en"))
    )  # fmt: skip


def shown_screen(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    db: Database,
    size: tuple[int, int] = (1280, 800),
) -> StrategiesScreen:
    strategies = StrategiesScreen(tasks, translations.language)
    qtbot.addWidget(strategies)
    strategies.set_services(Services(db))
    strategies.resize(*size)
    strategies.show()
    qtbot.waitExposed(strategies)
    return strategies
