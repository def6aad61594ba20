"""The import dialog's preview of a plan as a ministry sends it: the title and period taken
from the document, the two-row header and the column not imported said above the rows, goal
and objective rows shown as such, and each deadline with its words and its dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.official_plan import official_plan

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.files.import_dialog import StrategyImportDialog
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def dialog(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> StrategyImportDialog:
    widget = StrategyImportDialog(Services(library_db), tasks, "en")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_preview_shows_sections_deadlines_title_period_and_what_is_not_imported(
    qtbot: QtBot, dialog: StrategyImportDialog, tmp_path: Path
) -> None:
    dialog.load_file(official_plan(tmp_path / "plan.docx"))
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._reading, timeout=10_000)
    assert (
        dialog.title.text() == "ПЛАН мероприятий по противодействию экстремизму на 2026–2028 годы"
    )
    notes = dialog.notes_label.text()
    assert "2026–2028" in notes and "rows 1 and 2" in notes and "“Примечание”" in notes
    model = dialog.preview
    lines = [model.line(n) for n in range(model.rowCount())]
    outcomes = [model.outcome(line) for line in lines]
    assert outcomes == ["Goal", "Objective", "Measure", "Measure", "Goal", "Measure"]
    deadlines = [line.cells.get("deadline", "") for line in lines]
    assert deadlines[2] == "I квартал 2026 г. – IV квартал 2026 г. (01.01.2026–31.12.2026)"
    assert deadlines[5] == "ежегодно"
