"""Label sheet calibration: the offset is kept per printer, and the test page moves with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.handouts.branding.calibration_dialog import PDF_PRINTER, CalibrationDialog
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner


@pytest.fixture
def dialog(
    qtbot: QtBot, settings: SettingsStore, tasks: TaskRunner, empty_db: Database
) -> CalibrationDialog:
    opened = CalibrationDialog(settings, tasks, Services(empty_db).handouts)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def _rectangles(pdf: Path) -> list[tuple[float, float]]:
    """The (x, y) corner of every rectangle drawn on the first page: the labels' outlines."""
    page = PdfReader(pdf).pages[0]
    stream = ContentStream(page.get_contents(), page.pdf)
    return [
        (float(operands[0]), float(operands[1]))
        for operands, operator in stream.operations
        if operator == b"re"
    ]


def _page_text(pdf: Path) -> str:
    return PdfReader(pdf).pages[0].extract_text()


def test_a_printer_offset_survives_a_new_settings_store_on_the_same_file(
    tmp_path: Path,
) -> None:
    first = SettingsStore.from_file(tmp_path / "s.ini")
    first.set_offset("Office HP «Бюро»", (1.25, -0.5))
    first.set_offset(PDF_PRINTER, (0.3, 0.0))
    first.sync()
    second = SettingsStore.from_file(tmp_path / "s.ini")
    assert second.offset_for("Office HP «Бюро»") == (1.25, -0.5)
    assert second.offset_for(PDF_PRINTER) == (0.3, 0.0)
    assert second.offset_for("a printer never calibrated") == (0.0, 0.0)
    second.set_offset("Office HP «Бюро»", (0.0, 0.0))  # back to none: forgotten
    assert "Office HP «Бюро»" not in second.printer_offsets


def test_malformed_printer_offsets_fall_back_to_none(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text('[handouts]\nprinter_offsets="not json"\n', encoding="utf-8")
    assert SettingsStore.from_file(path).printer_offsets == {}
    path.write_text(
        '[handouts]\nprinter_offsets="{\\"ok\\": [1, 2], \\"bad\\": [\\"x\\", 2], '
        '\\"short\\": [1]}"\n',
        encoding="utf-8",
    )
    assert SettingsStore.from_file(path).printer_offsets == {"ok": (1.0, 2.0)}


def test_ok_keeps_the_offset_typed_for_the_chosen_printer(
    dialog: CalibrationDialog, settings: SettingsStore, tmp_path: Path
) -> None:
    assert dialog.printer_name() == PDF_PRINTER  # the test machine has no printer
    dialog.right_box.setValue(1.5)
    dialog.down_box.setValue(-0.7)
    dialog.buttons.accepted.emit()
    assert dialog.result() == CalibrationDialog.DialogCode.Accepted
    again = SettingsStore.from_file(tmp_path / "settings.ini")
    assert again.offset_for(PDF_PRINTER) == (1.5, -0.7)


def test_cancel_keeps_nothing_and_the_dialog_opens_on_the_stored_offset(
    qtbot: QtBot, settings: SettingsStore, tasks: TaskRunner, empty_db: Database
) -> None:
    settings.set_offset(PDF_PRINTER, (2.0, 1.0))
    dialog = CalibrationDialog(settings, tasks, Services(empty_db).handouts)
    qtbot.addWidget(dialog)
    assert dialog.offset() == (2.0, 1.0)
    dialog.right_box.setValue(-3.0)
    dialog.buttons.rejected.emit()
    assert settings.offset_for(PDF_PRINTER) == (2.0, 1.0)


def test_the_offset_is_limited_to_ten_millimetres_either_way(dialog: CalibrationDialog) -> None:
    dialog.right_box.setValue(25.0)
    dialog.down_box.setValue(-25.0)
    assert dialog.offset() == (10.0, -10.0)


def test_the_saved_test_page_moves_its_crosses_with_the_offset(
    dialog: CalibrationDialog, tasks: TaskRunner, tmp_path: Path
) -> None:
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findData("a4-2x4"))
    still, moved = tmp_path / "still.pdf", tmp_path / "moved.pdf"
    dialog.set_offset((0.0, 0.0))
    dialog.save_test_page(still)
    assert tasks.wait_for_idle()
    dialog.set_offset((2.0, 1.5))
    dialog.save_test_page(moved)
    assert tasks.wait_for_idle()
    before, after = _rectangles(still), _rectangles(moved)
    assert len(before) == len(after) == 8  # a4-2x4: eight labels
    for (x0, y0), (x1, y1) in zip(before, after, strict=True):
        assert x1 - x0 == pytest.approx(2.0 * mm, abs=0.01)
        assert y1 - y0 == pytest.approx(-1.5 * mm, abs=0.01)  # down is lower on the page
    assert "+2.0 mm right, +1.5 mm down" in _page_text(moved)
    assert str(moved) in dialog.status.text()


def test_print_test_page_goes_through_the_print_dialog(
    dialog: CalibrationDialog,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # with no printer, the print dialog offers a PDF
    dialog.set_offset((1.0, 0.0))
    dialog.print_test_page()
    assert tasks.wait_for_idle()
    print_dialog = dialog.print_dialog
    assert print_dialog is not None and print_dialog.isVisible()
    print_dialog.accept()
    assert tasks.wait_for_idle()
    printed = tmp_path / "calibration-a4-2x4.pdf"
    assert len(PdfReader(printed).pages) == 1
    assert "sent to the printer" in dialog.status.text()
