"""The Handouts screen says, under the preview, which texts were printed in which language when
the handout's own language has none (a Kazakh factsheet: the library's Russian text)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


def settle(screen: HandoutsScreen, tasks: TaskRunner) -> None:
    for _ in range(6):
        screen.flush_preview()
        tasks.wait_for_idle(60_000)
        if tasks.is_idle and not screen.preview_pending():
            return
    raise AssertionError("the preview never settled")


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


def test_a_kazakh_factsheet_preview_says_its_texts_came_out_in_russian(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    screen.options.select_kind("factsheet")
    screen.options.set_language("kk")
    settle(screen, tasks)
    note = screen.preview.status.text()
    assert "Printed in Russian for want of a translation:" in note
    assert "jpoa-overview body" in note and "English" not in note
    pdf = screen.preview.pdf()
    assert pdf is not None
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Совместный план действий" in text


def test_a_russian_factsheet_preview_has_no_fallback_note(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    screen.options.select_kind("factsheet")
    screen.options.set_language("ru")
    settle(screen, tasks)
    assert "for want of a translation" not in screen.preview.status.text()


def test_a_kyrgyz_agenda_preview_names_the_workshop_title_printed_in_russian(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    screen.options.select_kind("agenda")
    screen.options.set_language("ky")
    settle(screen, tasks)
    note = screen.preview.status.text()
    assert "Printed in Russian for want of a translation:" in note
    assert "workshop title" in note and "session titles" in note
