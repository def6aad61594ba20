"""The versions dialog: a version saved from its button, the draft edited through the services,
and the diff view showing exactly those edits in their sections with old and new values;
older versions compared with each other, two drafts compared, the diff exported and read back,
and a double-click jumping to the item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from tests.strategy_sample import build_sample, edit_sample

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_versions import VersionService
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.strategies.versions.compare_dialog import CURRENT, DraftCompareDialog
from jpoa_desktop.ui.strategies.versions.diff_view import AFTER, BEFORE
from jpoa_desktop.ui.strategies.versions.versions_dialog import VersionsDialog


@pytest.fixture
def strategies(library_db: Database) -> StrategyService:
    return StrategyService(library_db.session_scope)


@pytest.fixture
def draft(strategies: StrategyService) -> int:
    return build_sample(strategies)


def open_dialog(qtbot: QtBot, db: Database, draft: int, language: str = "en") -> VersionsDialog:
    dialog = VersionsDialog(Services(db), draft, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def name_the_version(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Answer the name question with `name`; return the defaults the dialog offered."""
    offered: list[str] = []

    def answer(_parent: QWidget, _title: str, _label: str, *args: Any) -> tuple[str, bool]:
        offered.append(str(args[1]))
        return name, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    return offered


def edit_draft(strategies: StrategyService, draft: int) -> dict[str, int]:
    """Reword and re-date a measure, delete one, move one to another objective, add one."""
    talks = {"ru": "Беседы с молодёжью в каждой области", "en": "Youth talks everywhere"}
    return edit_sample(strategies, draft, talks, "low")


def saved_then_edited(
    qtbot: QtBot, db: Database, strategies: StrategyService, draft: int
) -> tuple[VersionsDialog, dict[str, int]]:
    """The dialog after a version "Sent" was saved and the draft then edited."""
    dialog = open_dialog(qtbot, db, draft)
    dialog.save_version("Sent")
    ids = edit_draft(strategies, draft)
    dialog.refresh()
    return dialog, ids


def sections(dialog: VersionsDialog | DraftCompareDialog) -> dict[str, list[list[str]]]:
    """The diff view's rows under each section title (depth, then the three columns)."""
    found: dict[str, list[list[str]]] = {}
    title = ""
    for depth, *columns in dialog.view.rows():
        if depth == "0":
            title = columns[0]
            found[title] = []
        else:
            found[title].append([depth, *(c for c in columns if c)])
    return found


def entry_item(dialog: VersionsDialog | DraftCompareDialog, text: str) -> QTreeWidgetItem:
    for n in range(dialog.view.topLevelItemCount()):
        section = dialog.view.topLevelItem(n)
        assert section is not None
        for k in range(section.childCount()):
            child = section.child(k)
            if child is not None and text in child.text(0):
                return child
    raise AssertionError(f"no entry {text!r} in the diff")


def test_a_version_saved_from_the_dialog_then_edits_show_in_their_sections(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    strategies: StrategyService,
    draft: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, library_db, draft)
    assert "No versions yet" in dialog.summary.text()
    offered = name_the_version(monkeypatch, "Sent to the ministry")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert offered[0].startswith("Version 1 — ")
    (saved,) = VersionService(library_db.session_scope).versions(draft)
    assert saved.name == "Sent to the ministry" and saved.measures == 4
    assert dialog.version_list.topLevelItemCount() == 2
    second = dialog.version_list.topLevelItem(1)
    assert second is not None and second.text(0).startswith("Sent to the ministry\n")
    assert dialog.chosen() == (saved.id, CURRENT)
    assert dialog.view.rows() == [["0", "No differences", "", ""]]

    edit_draft(strategies, draft)
    dialog.refresh()  # what activating the dialog again does
    assert sections(dialog) == {
        "Added (1)": [["1", "2.1.1  Trial monitoring"]],
        "Removed (1)": [["1", "1.2.2  Monitoring"]],
        "Moved (1)": [["1", "1.2.1  Report"], ["2", "Number", "2.1.1", "1.2.1"]],
        "Changed (1)": [
            ["1", "1.1.1  Youth talks everywhere"],
            ["2", "Text (en)", "Youth talks", "Youth talks everywhere"],
            ["2", "Text (ru)", "Жастарға арналған әңгімелер: ғ қ ң ө ұ ү һ і",
             "Беседы с молодёжью в каждой области"],
            ["2", "Priority", "High", "Low"],
        ],
    }  # fmt: skip
    assert "1 added, 1 removed, 1 moved, 1 changed" in dialog.summary.text()
    priority = entry_item(dialog, "Youth talks everywhere").child(2)
    assert priority is not None
    assert priority.font(1).strikeOut() and not priority.font(2).strikeOut()
    assert priority.foreground(1).color() == BEFORE and priority.foreground(2).color() == AFTER


def test_items_are_shown_in_the_dialogs_language(
    qtbot: QtBot, library_db: Database, strategies: StrategyService, draft: int
) -> None:
    versions = VersionService(library_db.session_scope)
    versions.snapshot(draft, "v1")
    edit_draft(strategies, draft)
    dialog = open_dialog(qtbot, library_db, draft, "ru")
    assert [r[1] for r in dialog.view.rows() if r[0] == "1"] == [
        "2.1.1  Мониторинг судов", "1.2.2  Мониторинг", "1.2.1  Отчёт",
        "1.1.1  Беседы с молодёжью в каждой области",
    ]  # fmt: skip


def test_an_empty_name_is_refused_and_nothing_is_saved(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    draft: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, library_db, draft)
    name_the_version(monkeypatch, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_box is not None and dialog.error_box.text() == "A version needs a name."
    assert VersionService(library_db.session_scope).versions(draft) == []
    assert dialog.version_list.topLevelItemCount() == 1


def test_two_older_versions_are_compared_with_each_other(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    strategies: StrategyService,
    draft: int,
) -> None:
    dialog = open_dialog(qtbot, library_db, draft)
    first = dialog.save_version("First")
    ids = edit_draft(strategies, draft)
    second = dialog.save_version("Second")
    strategies.delete_item(ids["added"])  # after the second version: not in their comparison
    dialog.refresh()
    assert second is not None and first is not None
    assert dialog.chosen() == (second, CURRENT)
    assert list(sections(dialog)) == ["Removed (1)"]

    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData(first))
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(second))
    assert list(sections(dialog)) == ["Added (1)", "Removed (1)", "Moved (1)", "Changed (1)"]
    assert sections(dialog)["Added (1)"] == [["1", "2.1.1  Trial monitoring"]]
    assert "From “First” to “Second”" in dialog.summary.text()

    dialog.swap()
    assert dialog.chosen() == (second, first)
    assert sections(dialog)["Added (1)"] == [["1", "1.2.2  Monitoring"]]
    assert sections(dialog)["Removed (1)"] == [["1", "2.1.1  Trial monitoring"]]


def test_the_shown_diff_exports_to_word_and_excel_with_the_same_entries(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    strategies: StrategyService,
    draft: int,
    tmp_path: Path,
) -> None:
    dialog, _ids = saved_then_edited(qtbot, library_db, strategies, draft)
    shown = sections(dialog)

    word = dialog.export(tmp_path / "changes.docx")
    assert word is not None and "changes.docx" in dialog.summary.text()
    document = Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings == list(shown)
    lines = [p.text for p in document.paragraphs]
    for rows in shown.values():
        assert f"{rows[0][1].replace('  ', ' ', 1)}  (Measure)" in lines
    moved, changed = document.tables
    assert [c.text for c in moved.rows[1].cells] == ["Number", "2.1.1", "1.2.1"]
    assert [[c.text for c in r.cells] for r in changed.rows[1:]] == [
        row[1:] for row in shown["Changed (1)"][1:]
    ]

    excel = dialog.export(tmp_path / "changes.xlsx")
    assert excel is not None
    sheet = openpyxl.load_workbook(excel).active
    body = [[c or "" for c in row] for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert [(r[0], f"{r[1]}  {r[3]}") for r in body] == [
        ("Added (1)", "2.1.1  Trial monitoring"), ("Removed (1)", "1.2.2  Monitoring"),
        ("Moved (1)", "1.2.1  Report"), *[("Changed (1)", "1.1.1  Youth talks everywhere")] * 3,
    ]  # fmt: skip
    assert [r[4:] for r in body if r[0] == "Changed (1)"] == [
        row[1:] for row in shown["Changed (1)"][1:]
    ]


def test_export_to_a_missing_folder_says_so_and_writes_nothing(
    qtbot: QtBot, translations: Translations, library_db: Database, draft: int, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, library_db, draft)
    target = tmp_path / "gone" / "changes.xlsx"
    assert dialog.export(target) is None
    assert dialog.error_box is not None and "does not exist" in dialog.error_box.text()
    assert not target.parent.exists()


def test_double_clicking_an_entry_jumps_to_the_item_in_the_current_draft(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    strategies: StrategyService,
    draft: int,
) -> None:
    dialog, ids = saved_then_edited(qtbot, library_db, strategies, draft)
    jumps: list[int] = []
    dialog.jump_to.connect(jumps.append)
    for text in ("Trial monitoring", "Report", "Monitoring", "Youth talks everywhere"):
        item = entry_item(dialog, text)
        dialog.view.scrollToItem(item)
        rect = dialog.view.visualItemRect(item)
        QTest.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())  # fmt: skip
        QTest.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())  # fmt: skip
    assert jumps == [ids["added"], ids["report"], ids["talks"]]  # the deleted one: nowhere


def test_two_drafts_are_compared_and_an_entry_jumps_into_the_open_draft(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    strategies: StrategyService,
    draft: int,
) -> None:
    copy = strategies.copy(draft, {"en": "Action plan, second reading", "ru": "Второе чтение"})
    ids = edit_draft(strategies, copy)
    dialog = DraftCompareDialog(Services(library_db), copy, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen() == (draft, copy)  # what the open draft changes in the other one
    assert list(sections(dialog)) == ["Added (1)", "Removed (1)", "Moved (1)", "Changed (1)"]
    assert sections(dialog)["Changed (1)"][0] == ["1", "1.1.1  Youth talks everywhere"]
    jumps: list[int] = []
    dialog.jump_to.connect(jumps.append)
    changed = entry_item(dialog, "Youth talks everywhere")
    dialog.view.itemDoubleClicked.emit(changed.child(0), 0)
    assert jumps == [ids["talks"]]

    dialog.compare_drafts(copy, draft)
    assert sections(dialog)["Added (1)"] == [["1", "1.2.2  Monitoring"]]


def test_ctrl_s_saves_a_version_under_the_offered_name(
    qtbot: QtBot,
    translations: Translations,
    library_db: Database,
    draft: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = VersionsDialog(Services(library_db), draft, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts work in the active window only
        dialog.show()
        dialog.activateWindow()
    offered: list[str] = []

    def keep_default(_parent: QWidget, _title: str, _label: str, *args: Any) -> tuple[str, bool]:
        offered.append(str(args[1]))
        return str(args[1]), True

    monkeypatch.setattr(QInputDialog, "getText", keep_default)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (saved,) = VersionService(library_db.session_scope).versions(draft)
    assert [saved.name] == offered and saved.name.startswith("Version 1 — ")
