"""A draft exported to Word, PDF and Excel through the export dialog (read back), and an action
plan imported through the import dialog: a bad row blocks it until skipped; undo removes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.strategy_sample import build_sample

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.io.writing.strategy_docx import MEASURE_STYLE
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_export import StrategyExportService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.strategies.drafts.draft_actions import import_draft
from jpoa_desktop.ui.strategies.files.export_flow import (
    ExportDialog,
    export_draft,
    suggested_path,
)
from jpoa_desktop.ui.strategies.files.import_dialog import StrategyImportDialog
from jpoa_desktop.ui.tasks import TaskRunner

TITLE_RU = "План действий по противодействию экстремизму"
MEASURES_RU = ["Жастарға арналған", "Обучение учителей", "Мониторинг", "Отчёт"]


@pytest.fixture
def parent(qtbot: QtBot, translations: Translations) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own, so what is left in it can be listed."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def service(library_db: Database) -> StrategyService:
    return StrategyService(library_db.session_scope)


@pytest.fixture
def draft(service: StrategyService) -> int:
    return build_sample(service)


def export_to(
    parent: QWidget, db: Database, tasks: TaskRunner, draft: int, target: Path,
    settings: SettingsStore, second: str = "",
) -> ExportDialog:  # fmt: skip
    dialog = export_draft(parent, Services(db), tasks, draft, "ru", settings)
    dialog.set_target(target)
    dialog.second.setCurrentIndex(dialog.second.findData(second))
    assert dialog.start() is not None
    assert tasks.wait_for_idle(20_000)
    return dialog


def test_the_draft_exported_as_word_has_its_title_and_every_measure(
    parent: QWidget, library_db: Database, tasks: TaskRunner, draft: int, out: Path,
    settings: SettingsStore,
) -> None:  # fmt: skip
    target = out / "plan.docx"
    dialog = export_to(parent, library_db, tasks, draft, target, settings, second="en")

    document = Document(str(target))
    styled = lambda name: [p.text for p in document.paragraphs if p.style and p.style.name == name]  # noqa: E731
    assert styled("Title") == [TITLE_RU]
    assert len(styled(MEASURE_STYLE)) == 4
    assert "Action plan on PVE" in [p.text for p in document.paragraphs]  # side by side
    (table,) = document.tables
    assert len(table.rows) == 1 + 4
    assert dialog.done_box is not None and "plan.docx" in dialog.done_box.text()
    assert any(b.text() == "Open the folder" for b in dialog.done_box.buttons())
    assert [p.name for p in out.iterdir()] == ["plan.docx"]  # no temporary file left


def test_the_draft_exported_as_pdf_reads_back_with_its_title_and_measures(
    parent: QWidget, library_db: Database, tasks: TaskRunner, draft: int, out: Path,
    settings: SettingsStore,
) -> None:  # fmt: skip
    target = out / "plan.pdf"
    export_to(parent, library_db, tasks, draft, target, settings)

    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(target)).pages)  # fmt: skip
    assert TITLE_RU in text
    for number in ("1.1.1", "1.2.1", "1.2.2", "2.1.1"):
        assert number in text
    assert "Обучение учителей" in text and "Мониторинг" in text


def test_the_action_plan_exported_as_excel_has_one_row_per_measure(
    parent: QWidget, library_db: Database, tasks: TaskRunner, draft: int, out: Path,
    settings: SettingsStore,
) -> None:  # fmt: skip
    target = out / "plan.xlsx"
    dialog = export_to(parent, library_db, tasks, draft, target, settings, second="en")
    assert not dialog.second.isEnabled()  # a sheet has one language

    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + 4
    measure = rows[0].index("Мероприятие")
    assert [str(r[measure])[:17] for r in rows[1:]] == [m[:17] for m in MEASURES_RU]


def test_the_save_dialog_filter_decides_the_format_and_the_folder_is_remembered(
    parent: QWidget, library_db: Database, tasks: TaskRunner, draft: int, out: Path,
    settings: SettingsStore, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    chosen = out / "for the ministry"

    def save_file_name(*args: Any) -> tuple[str, str]:
        return str(chosen), args[3].split(";;")[1]  # the PDF filter, no suffix typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    dialog = export_draft(parent, Services(library_db), tasks, draft, "ru", settings)
    dialog.choose_file()
    assert dialog.target() == out / "for the ministry.pdf"
    dialog.start()
    assert tasks.wait_for_idle(20_000)
    assert PdfReader(str(out / "for the ministry.pdf")).pages

    again = suggested_path("Другой план", settings)
    assert again == out / "Другой план.pdf"


def test_a_failed_export_says_why_and_leaves_no_partial_file(
    parent: QWidget, library_db: Database, tasks: TaskRunner, draft: int, out: Path,
    settings: SettingsStore,
) -> None:  # fmt: skip
    target = out / "plan.docx"
    target.mkdir()  # a folder already has the name: the file cannot replace it
    dialog = export_to(parent, library_db, tasks, draft, target, settings)

    assert dialog.error is not None and dialog.done_box is None
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
    assert any("Nothing was saved" in b.text() and "plan.docx" in b.text() for b in boxes)
    assert [p.name for p in out.iterdir()] == ["plan.docx"] and target.is_dir()
    assert list(target.iterdir()) == []


def test_a_cancelled_export_writes_nothing(service: StrategyService, draft: int, out: Path) -> None:
    with pytest.raises(Cancelled):
        StrategyExportService(service).export_draft(
            draft, out / "plan.xlsx", "ru", cancelled=lambda: True
        )
    assert list(out.iterdir()) == []


def test_a_file_name_without_a_known_suffix_keeps_export_disabled(
    parent: QWidget, library_db: Database, tasks: TaskRunner, draft: int, out: Path,
    settings: SettingsStore,
) -> None:  # fmt: skip
    dialog = export_draft(parent, Services(library_db), tasks, draft, "ru", settings)
    dialog.set_target(out / "plan.odt")
    assert ".docx" in dialog.problem.text() and dialog.start() is None
    dialog.set_target(out / "missing" / "plan.docx")
    assert "does not exist" in dialog.problem.text()


# --- import -----------------------------------------------------------------------------------

HEADERS = ["Goal", "Objective", "No.", "Measure", "Responsible", "Amount", "Currency"]
ROWS = [
    ["Prevention", "Youth", "1.1.1", "Sports leagues in Aktobe", "Ministry of Sport", "12500",
     "KZT"],
    ["Prevention", "Youth", "1.1.2", "Media literacy courses", "Ministry of Information",
     "12 abc", "KZT"],
    ["Prevention", "Schools", "1.2.1", "Teacher training", "Ministry of Education", "3000",
     "USD"],
]  # fmt: skip


def plan_file(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    path = folder / "Action plan 2025.xlsx"
    book.save(path)
    return path


def counts(dialog: StrategyImportDialog) -> str:
    """The counts line, read the same before and after the English plural forms are in the
    catalogue ("row(s)" until then)."""
    return dialog.counts_label.text().replace("row(s)", "rows")


def planned(qtbot: QtBot, dialog: StrategyImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._reading, timeout=10_000)


def test_an_imported_plan_with_a_bad_row_is_refused_until_skipped_and_undo_removes_it(
    qtbot: QtBot, parent: QWidget, library_db: Database, tasks: TaskRunner,
    service: StrategyService, tmp_path: Path,
) -> None:  # fmt: skip
    stack, opened = QUndoStack(parent), list[int | None]()
    dialog = import_draft(parent, Services(library_db), tasks, stack, "en", opened.append,
                          path=plan_file(tmp_path))  # fmt: skip
    assert dialog is not None
    planned(qtbot, dialog)
    dialog.file_language.setCurrentIndex(dialog.file_language.findData("en"))
    planned(qtbot, dialog)
    assert dialog.mapping.mapping() == {0: "goal", 1: "objective", 2: "number", 3: "measure",
                                        4: "responsible", 5: "amount", 6: "currency"}  # fmt: skip
    assert counts(dialog) == "2 rows ready, 1 with problems"
    problem = next(dialog.preview.line(n) for n in range(dialog.preview.rowCount())
                   if dialog.preview.line(n).is_problem)  # fmt: skip
    assert problem.row == 3 and '"12 abc" is not an amount' in problem.message
    assert 'column "Amount"' in problem.message
    assert dialog.title.text() == "Action plan 2025"
    dialog.country.setCurrentIndex(dialog.country.findData("KZ"))

    assert not dialog.import_button.isEnabled()
    assert "Skip rows with problems" in dialog.status_label.text()
    assert dialog.start_import() is None
    assert service.drafts("en") == []

    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert tasks.wait_for_idle(20_000)

    (summary,) = service.drafts("en")
    assert dialog.draft_id == summary.id and opened == [summary.id]
    assert (summary.country, summary.title, summary.measures) == ("KZ", "Action plan 2025", 2)
    view = service.draft(summary.id, "en")
    assert [m.text for m in view.measures()] == ["Sports leagues in Aktobe", "Teacher training"]
    assert [o.text for o in view.goals[0].objectives] == ["Youth", "Schools"]

    stack.undo()
    assert service.drafts("en") == [] and opened[-1] is None
    stack.redo()
    (back,) = service.drafts("en")
    assert back.uuid == summary.uuid and back.measures == 2


def test_changing_a_column_mapping_plans_again(
    qtbot: QtBot, parent: QWidget, library_db: Database, tasks: TaskRunner, tmp_path: Path,
) -> None:  # fmt: skip
    dialog = import_draft(parent, Services(library_db), tasks, QUndoStack(parent), "en",
                          lambda _i: None, path=plan_file(tmp_path))  # fmt: skip
    assert dialog is not None
    planned(qtbot, dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("KG"))
    assert not dialog.import_button.isEnabled()

    dialog.mapping.choose(5, "")  # the amounts are not read: no bad amount
    planned(qtbot, dialog)
    assert counts(dialog) == "3 rows ready, 0 with problems"
    assert dialog.import_button.isEnabled()

    dialog.mapping.choose(4, "measure")  # taken from column 4: the measures are the agencies
    planned(qtbot, dialog)
    assert dialog.mapping.combos[3].currentData() == ""
    assert dialog.preview.line(0).cells["measure"] == "Ministry of Sport"

    dialog.mapping.choose(4, "")  # no measure column at all: said, and nothing to import
    qtbot.waitUntil(lambda: not dialog._reading, timeout=10_000)
    assert dialog.plan is None and "no column is mapped to the measure" in (
        dialog.status_label.text()
    )
    assert not dialog.import_button.isEnabled()


def test_cancelling_the_file_choice_opens_no_dialog(
    parent: QWidget, library_db: Database, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: ("", "")))
    services = Services(library_db)
    assert import_draft(parent, services, tasks, QUndoStack(parent), "en", print) is None
