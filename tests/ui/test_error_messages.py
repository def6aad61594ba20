"""The services' errors reach the user in the interface language, with their details intact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from jpoa_desktop.errors import DatabaseRefused
from jpoa_desktop.services.database import open_database
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.tasks import TaskRunner


def _refusal(path: Path) -> DatabaseRefused:
    try:
        open_database(str(path))
    except DatabaseRefused as refused:
        return refused
    raise AssertionError("the file was opened")


def test_a_refusal_reads_in_english_and_in_russian(
    translations: Translations, tmp_path: Path
) -> None:
    pdf = tmp_path / "agenda.sqlite"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    refused = _refusal(pdf)
    assert describe(refused) == str(refused)
    translations.switch("ru")
    russian = describe(refused)
    assert russian.startswith(f"{pdf} не является базой данных JPoA Desktop")
    assert "оставлен без изменений" in russian


def test_opening_a_renamed_pdf_in_the_russian_ui_explains_in_russian(
    window: MainWindow, tasks: TaskRunner, translations: Translations, tmp_path: Path
) -> None:
    translations.switch("ru")
    pdf = tmp_path / "report.sqlite"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    window.databases.open(str(pdf))
    assert tasks.wait_for_idle(30_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    boxes += window.findChildren(QMessageBox)
    texts = [box.text() for box in boxes]
    assert any("не является базой данных JPoA Desktop" in text for text in texts), texts
    for box in boxes:
        box.close()
