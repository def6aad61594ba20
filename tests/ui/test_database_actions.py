"""File menu work that changes the database: importing a framework; the upgrade note."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.about_dialog import AboutDialog
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.tasks import TaskRunner

FRAMEWORK = """
[meta]
pack = "national-framework"
version = 1

[[item]]
key = "area-iv.20"
kind = "area"
pillar = 4
code = "IV.20"

[item.title]
en = "Judicial ombudsperson offices"
ru = "Судебные омбудсмены"
"""


def _framework_areas(window: MainWindow) -> list[str]:
    tree = window.library.tree
    framework = tree.topLevelItem(2)
    assert framework is not None
    last_pillar = framework.child(3)
    assert last_pillar is not None
    areas = [last_pillar.child(i) for i in range(last_pillar.childCount())]
    return [area.text(0) for area in areas if area is not None]


def test_importing_a_framework_file_adds_its_area_to_the_tree(
    window: MainWindow, tasks: TaskRunner, tmp_path: Path
) -> None:
    path = tmp_path / "national.toml"
    path.write_text(FRAMEWORK, encoding="utf-8")
    window.databases.import_framework(path, replace=False)
    assert tasks.wait_for_idle()
    assert _framework_areas(window)[-1] == "IV.20 Judicial ombudsperson offices"
    assert "Framework imported from national.toml" in window.statusBar().currentMessage()


def test_a_malformed_framework_file_is_explained_and_changes_nothing(
    window: MainWindow, tasks: TaskRunner, tmp_path: Path
) -> None:
    before = _framework_areas(window)
    path = tmp_path / "broken.toml"
    path.write_text('[meta]\npack = "x"\n[[item]]\nkey = "a"\nkind = "pillar"\n', encoding="utf-8")
    window.databases.import_framework(path, replace=True)
    assert tasks.wait_for_idle()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    boxes += window.findChildren(QMessageBox)
    assert any("broken.toml" in box.text() for box in boxes)
    assert _framework_areas(window) == before
    for box in boxes:
        box.close()


def test_status_bar_tells_where_the_backup_of_an_upgraded_database_is(
    window: MainWindow, library_db: Database, tmp_path: Path
) -> None:
    backup = tmp_path / "library.20250101-120000.before-upgrade-from-0000.sqlite"
    upgraded = dataclasses.replace(library_db, backup_path=backup)
    window.databases.set_database(upgraded)
    assert str(backup) in window.database_label.text()
    assert "upgraded" in window.database_label.text()


def test_about_dialog_names_the_version_and_the_licences(qapp: object) -> None:
    dialog = AboutDialog()
    text = dialog.text.text()
    for expected in ("0.1.0", "GPL-3.0-or-later", "PySide6", "LGPLv3", "SQLAlchemy", "MIT"):
        assert expected in text
    assert "ReportLab" in text and "DejaVu Sans" in text and "Bitstream Vera licence" in text
    dialog.deleteLater()
