"""The screen's Export dialog and `jpoa strategy export` write the same file from the same draft:
both go through one export service, so a ministry gets the same Word and Excel files whichever
way the trainer exported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.strategy_sample import build_sample

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.strategies.files.export_flow import export_draft
from jpoa_desktop.ui.tasks import TaskRunner


def _command_export(db: Database, draft: int, target: Path, second: str | None) -> None:
    """`jpoa strategy export` in a child process, as a user runs it, on the same database."""
    languages = ["--lang", "ru", *(["--second", second] if second else [])]
    fmt = target.suffix.lstrip(".")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("JPOA_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "jpoa_desktop.cli", "--db", str(db.path), "strategy", "export",
         str(draft), "--format", fmt, "--out", str(target), *languages],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def _screen_export(
    parent: QWidget, services: Services, tasks: TaskRunner, draft: int, target: Path,
    settings: SettingsStore, second: str | None,
) -> None:  # fmt: skip
    dialog = export_draft(parent, services, tasks, draft, "ru", settings)
    dialog.set_target(target)
    dialog.second.setCurrentIndex(dialog.second.findData(second or ""))
    assert dialog.start() is not None
    assert tasks.wait_for_idle(20_000)
    assert dialog.error is None, dialog.error


def _docx_content(path: Path) -> list[object]:
    document = Document(str(path))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return [paragraphs, tables]


def _xlsx_content(path: Path) -> list[object]:
    book = load_workbook(path)
    sheets = [(s.title, s.freeze_panes, list(s.iter_rows(values_only=True))) for s in book]
    return [book.properties.title, book.properties.subject, sheets]


@pytest.mark.parametrize(("name", "second"), [("plan.docx", "en"), ("plan.xlsx", None)])
def test_the_screen_and_the_command_export_the_same_draft_to_the_same_content(
    qtbot: QtBot, translations: Translations, library_db: Database, tasks: TaskRunner,
    settings: SettingsStore, tmp_path: Path, name: str, second: str | None,
) -> None:  # fmt: skip
    parent = QWidget()
    qtbot.addWidget(parent)
    services = Services(library_db)
    draft = build_sample(services.strategies)
    (tmp_path / "screen").mkdir()
    (tmp_path / "command").mkdir()
    from_screen, from_command = tmp_path / "screen" / name, tmp_path / "command" / name

    _screen_export(parent, services, tasks, draft, from_screen, settings, second)
    _command_export(library_db, draft, from_command, second)

    read = _docx_content if name.endswith(".docx") else _xlsx_content
    screen_content = read(from_screen)
    assert screen_content == read(from_command)
    assert "Обучение учителей" in repr(screen_content)  # the draft's measures, not an empty file
