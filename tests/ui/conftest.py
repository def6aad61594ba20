"""Fixtures for the GUI tests: real widgets, a real SQLite library, isolated settings."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jpoa_desktop.config import translations_dir
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture(scope="session")
def library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database with the built-in library, made once; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "library.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    db.dispose()
    return path


def copy_database(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def library_db(library_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(copy_database(library_template, tmp_path / "library.sqlite")))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def demo_template(library_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built-in library plus the small demo: 40 people at a workshop running yesterday to
    tomorrow (made once a module; tests work on copies)."""
    from datetime import date

    from jpoa_desktop.services.demo.demo import DemoService

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    copy_database(library_template, path)
    db = open_database(str(path))
    DemoService(db.session_scope).load("small", today=date.today())
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(copy_database(demo_template, tmp_path / "demo.sqlite")))
    yield db
    db.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> SettingsStore:
    return SettingsStore.from_file(tmp_path / "settings.ini")


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    catalogues = Translations(translations_dir())
    catalogues.switch("en")
    yield catalogues
    catalogues.switch("en")


@pytest.fixture
def tasks(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_idle(10_000)
    runner.shutdown()


@pytest.fixture
def window(
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
) -> MainWindow:
    main = MainWindow(settings, tasks, translations)
    qtbot.addWidget(main)
    main.databases.set_database(library_db)
    main.show()
    return main
