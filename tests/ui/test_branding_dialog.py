"""The branding dialog: logos and signatures added, ordered and removed, colour and margins set,
every step undone and redone against the database; a broken file is refused and explained."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.branding import BrandingService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.handouts.branding.branding_dialog import BrandingDialog

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<path d="M5 30 C 30 5, 60 35, 115 10" stroke="#123" stroke-width="3" fill="none"/></svg>'
)


def png(path: Path, colour: str) -> Path:
    image = QImage(160, 80, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))  # the format from the suffix
    return path


@pytest.fixture
def workshop(library_db: Database) -> int:
    return WorkshopService(library_db.session_scope).create(
        WorkshopInput(titles={"en": "Seminar"}, start=date(2026, 5, 4), end=date(2026, 5, 5))
    )


@pytest.fixture
def dialog(qtbot: QtBot, library_db: Database, workshop: int) -> BrandingDialog:
    branding = BrandingDialog(BrandingService(library_db.session_scope), workshop, "Seminar")
    qtbot.addWidget(branding)
    branding.show()
    return branding


def stored(db: Database, workshop: int) -> tuple[list[str], list[str], str | None, float | None]:
    branding = BrandingService(db.session_scope).branding(workshop)
    return (
        [i.filename for i in branding.logos],
        [i.signer_name for i in branding.signatures],
        branding.accent,
        branding.margin_mm,
    )


def test_logos_and_a_signature_are_added_ordered_removed_and_every_step_undone(
    dialog: BrandingDialog, library_db: Database, workshop: int, tmp_path: Path
) -> None:
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    assert dialog.add_logo(png(tmp_path / "osce.png", "#204080"))
    assert dialog.add_logo(png(tmp_path / "unocct.png", "#008060"))
    signature = tmp_path / "signature.svg"
    signature.write_text(SVG, encoding="utf-8")
    assert dialog.add_signature(signature, "Ә. Қасымова", "Head of Office")
    assert stored(library_db, workshop)[:2] == (["osce.png", "unocct.png"], ["Ә. Қасымова"])
    assert dialog.logos.list.count() == 2 and dialog.signatures.list.count() == 1
    assert dialog.signatures.list.item(0).text() == "Ә. Қасымова — Head of Office"

    dialog.logos.list.setCurrentRow(1)
    dialog.move_selected(dialog.logos, -1)
    assert stored(library_db, workshop)[0] == ["unocct.png", "osce.png"]
    dialog.logos.list.setCurrentRow(0)
    dialog.remove_selected(dialog.logos)
    assert stored(library_db, workshop)[0] == ["osce.png"]
    dialog.set_accent("#7a1f3d")
    dialog.set_margin(22.0)
    assert stored(library_db, workshop)[2:] == ("#7a1f3d", 22.0)
    assert len(changes) == 7

    for _ in range(4):  # margins, accent, removal, move
        dialog.undo_stack.undo()
    assert stored(library_db, workshop) == (
        ["osce.png", "unocct.png"], ["Ә. Қасымова"], None, None
    )  # fmt: skip
    for _ in range(3):  # the three additions
        dialog.undo_stack.undo()
    assert stored(library_db, workshop) == ([], [], None, None)
    assert dialog.logos.list.count() == 0
    while dialog.undo_stack.canRedo():
        dialog.undo_stack.redo()
    assert stored(library_db, workshop) == (["osce.png"], ["Ә. Қасымова"], "#7a1f3d", 22.0)


def test_a_broken_image_is_refused_with_a_message_and_nothing_is_stored(
    dialog: BrandingDialog, library_db: Database, workshop: int, tmp_path: Path
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    assert not dialog.add_logo(broken)
    # The dialog's own boxes: another test in this process may have left a window's box open.
    boxes = dialog.findChildren(QMessageBox)
    assert boxes and "logo.png" in boxes[-1].text()
    for box in boxes:
        box.close()
    assert stored(library_db, workshop) == ([], [], None, None)
    assert not dialog.undo_stack.canUndo()


def test_the_signer_can_be_renamed_and_back(
    dialog: BrandingDialog, library_db: Database, workshop: int, tmp_path: Path
) -> None:
    assert dialog.add_signature(png(tmp_path / "sig.png", "#ffffff"), "A. Karimova", "Director")
    image_id = dialog.signatures.selected_id()
    assert image_id is not None
    dialog.change_signer(image_id, ("Oʻ. Karimova", "Head of Office"))
    assert stored(library_db, workshop)[1] == ["Oʻ. Karimova"]
    dialog.undo_stack.undo()
    assert stored(library_db, workshop)[1] == ["A. Karimova"]
