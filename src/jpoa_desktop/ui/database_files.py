"""What File → New, Open and Import Framework ask the user, and the demo offered on a new database.

The dialogs only choose; the database controller opens, loads and imports on a worker. The
texts keep the "MainWindow" translation context they had when the window asked itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jpoa_desktop.ui.database_controller import DatabaseController

translate = QCoreApplication.translate

DATABASE_FILTER_EXTENSIONS = "*.sqlite *.sqlite3 *.db"


class DatabaseFiles(QObject):
    def __init__(self, window: QWidget, databases: DatabaseController) -> None:
        super().__init__(window)
        self._window = window
        self._databases = databases

    def start_folder(self) -> Path:
        """Where the file dialogs start: beside the open database, else the home folder."""
        db = self._databases.database
        return db.path.parent if db is not None and db.path is not None else Path.home()

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("MainWindow", "New Database"),
            str(self.start_folder() / "jpoa.sqlite"),
            translate("MainWindow", "JPoA Desktop databases ({patterns})").format(
                patterns=DATABASE_FILTER_EXTENSIONS
            ),
        )
        if path:
            target = Path(path) if Path(path).suffix else Path(path).with_suffix(".sqlite")
            self._databases.open(str(target))

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            translate("MainWindow", "Open Database"),
            str(self.start_folder()),
            translate("MainWindow", "JPoA Desktop databases ({patterns});;All files (*)").format(
                patterns=DATABASE_FILTER_EXTENSIONS
            ),
        )
        if path:
            self._databases.open(path)

    def choose_framework_file(self) -> None:
        if self._databases.database is None:
            return
        from jpoa_desktop.ui.framework_import import ask_framework_import

        choice = ask_framework_import(self._window, self.start_folder())
        if choice is not None:
            path, replace = choice
            self._databases.import_framework(path, replace=replace)

    def offer_demo(self) -> QMessageBox:
        """On a new database, offer a demo workshop to try the app on (never blocks)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "Try a demo workshop?"),
            translate(
                "MainWindow",
                "This database is new. Add a demo workshop running today, with 40 participants "
                "from the five countries, to try registration, check-in and handouts?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                self._databases.load_demo()
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()
        return box
