"""File → Import Framework…: which file, and whether it extends or replaces the framework."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_framework_import(parent: QWidget, folder: Path) -> tuple[Path, bool] | None:
    """Ask for a framework file and Extend/Replace; None when the user cancels either step."""
    title = translate("FrameworkImport", "Import Framework")
    path, _filter = QFileDialog.getOpenFileName(
        parent, title, str(folder), translate("FrameworkImport", "Framework files (*.toml)")
    )
    if not path:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=parent)
    box.setText(
        translate(
            "FrameworkImport", "Add the areas in “{file}” to the working framework, or replace it?"
        ).format(file=Path(path).name)
    )
    box.setInformativeText(
        translate(
            "FrameworkImport",
            "Extend keeps every existing area and adds or updates those in the file. "
            "Replace removes the areas the file does not contain. "
            "If the file has a mistake, nothing is changed.",
        )
    )
    extend = box.addButton(
        translate("FrameworkImport", "&Extend"), QMessageBox.ButtonRole.AcceptRole
    )
    replace = box.addButton(
        translate("FrameworkImport", "&Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(extend)
    box.exec()
    clicked = box.clickedButton()
    if clicked is extend or clicked is replace:
        return Path(path), clicked is replace
    return None
