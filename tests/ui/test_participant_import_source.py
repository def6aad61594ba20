"""The import dialog says how it read a list (header row, sheet, encoding, what was left out)
and reads it again when the user chooses otherwise."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from tests.ui.test_participant_import_dialog import open_dialog, setup

from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.participants.importing.import_dialog import ImportDialog
from jpoa_desktop.ui.participants.importing.import_source import rows_text
from jpoa_desktop.ui.tasks import TaskRunner

openpyxl: Any = importlib.import_module("openpyxl")


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Титул"
    cover.append(["Министерство внутренних дел"])
    listing = book.create_sheet("Список")
    for row in (
        ["Региональный семинар — список участников"],
        [],
        ["№", "Фамилия", "Имя", "Организация", "Паспорт"],
        [1, "Иванов", "Иван", "МВД", "N1"],
        [2, "Петрова", "Анна", "МИД", "N2"],
        [3, "Выбывший", "Пётр", "МЧС", "N3"],
        [],
        ["", "Итого: 2 участника"],
    ):
        listing.append(row)
    listing.row_dimensions[6].hidden = True
    listing.column_dimensions["E"].hidden = True
    book.save(path)
    return path


def _pick(tasks: TaskRunner, box: QComboBox, data: object) -> None:
    box.setCurrentIndex(box.findData(data))
    box.activated.emit(box.currentIndex())
    assert tasks.wait_for_idle()


def _family_names(dialog: ImportDialog) -> list[str]:
    preview = dialog.preview
    return [preview.index(n, 2).data() for n in range(preview.rowCount())]


def test_the_preview_says_which_sheet_header_row_and_hidden_parts_were_read(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database, tmp_path: Path
) -> None:
    setup(library_db)
    _screen, dialog = open_dialog(qtbot, tasks, library_db, _workbook(tmp_path / "list.xlsx"))
    source = dialog.source
    assert source.sheet_box.isVisible() and not source.encoding_box.isVisible()
    assert source.sheet_box.currentText() == "Список"
    assert [source.sheet_box.itemText(n) for n in range(source.sheet_box.count())] == [
        "Титул",
        "Список",
    ]
    assert source.header_box.currentData() == 3
    assert source.header_box.currentText() == "Row 3: № | Фамилия | Имя | Организация"
    notes = source.notes.text()
    assert "The header is row 3." in notes
    assert "Left out above the list (titles, column numbers): row 1." in notes
    assert "Left out below the list (totals, signatures, notes): row 8." in notes
    assert "Hidden and ignored: row 6." in notes
    assert "Hidden columns ignored: E." in notes
    assert _family_names(dialog) == ["Иванов", "Петрова"]
    dialog.grab().save(str(tmp_path / "import-source.png"))

    _pick(tasks, source.header_box, 4)  # the user takes Ivanov's row as the header
    assert source.header_box.currentData() == 4
    assert "The header is row 4." in source.notes.text()
    assert _family_names(dialog) == ["Петрова"] or dialog.plan is None

    _pick(tasks, source.sheet_box, "Титул")
    assert source.sheet_box.currentText() == "Титул"
    assert dialog.plan is None
    assert "list.xlsx: there are no rows below the header" in dialog.status_label.text()

    _pick(tasks, source.sheet_box, "Список")  # back: its own header is found again
    assert source.header_box.currentData() == 3
    assert _family_names(dialog) == ["Иванов", "Петрова"]


def test_a_dos_cyrillic_list_shows_its_encoding_and_can_be_read_in_another(
    qtbot: QtBot, tasks: TaskRunner, library_db: Database, tmp_path: Path
) -> None:
    setup(library_db)
    path = tmp_path / "dos.csv"
    lines = ["Фамилия;Имя;Организация", "Петрова;Анна;МИД", "Сидоров;Олег;МВД"]
    path.write_bytes("\r\n".join(lines).encode("cp866"))
    _screen, dialog = open_dialog(qtbot, tasks, library_db, path)
    source = dialog.source
    assert source.encoding_box.isVisible() and not source.sheet_box.isVisible()
    assert source.encoding_box.currentText() == "cp866"
    assert _family_names(dialog) == ["Петрова", "Сидоров"]

    _pick(tasks, source.encoding_box, "cp1251")
    assert source.encoding_box.currentText() == "cp1251"
    assert dialog.plan is None  # as Windows-1251 no header names a field

    _pick(tasks, source.encoding_box, "utf-8")
    assert "cannot be read as utf-8; choose another encoding" in dialog.status_label.text()
    _pick(tasks, source.encoding_box, "cp866")  # the file stays chosen: another try reads it
    assert _family_names(dialog) == ["Петрова", "Сидоров"]


def test_row_numbers_are_said_as_ranges() -> None:
    assert rows_text([9, 1, 3, 4, 5]) == "1, 3–5, 9"
    assert rows_text([]) == ""
