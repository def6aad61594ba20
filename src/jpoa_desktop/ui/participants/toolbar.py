"""The Participants screen's actions and the toolbar row that shows them.

Shortcuts belong to the screen (`WidgetWithChildrenShortcut`), not the window, so that Ctrl+Z
here undoes a person's edit while Ctrl+Z at the door takes back a check-in, and a text box's own
Ctrl+Z still undoes typing. Edit's Enter belongs to the table alone: Enter in the search box
searches.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

from jpoa_desktop.ui.undo_commands import UndoRedoActions, screen_action, show_texts


class ParticipantActions(QObject):
    def __init__(self, screen: QWidget, table: QWidget, stack: QUndoStack) -> None:
        super().__init__(screen)
        self.new_person = screen_action(screen, "newPersonAction", ["Ctrl+Shift+N"])
        edit_keys: list[QKeySequence | str] = [
            QKeySequence(Qt.Key.Key_F2),
            QKeySequence(Qt.Key.Key_Return),
            QKeySequence(Qt.Key.Key_Enter),
        ]
        self.edit_person = screen_action(table, "editPersonAction", edit_keys)
        self.import_people = screen_action(screen, "importPeopleAction", ["Ctrl+I"])
        self.find_duplicates = screen_action(screen, "findDuplicatesAction", [])
        self.export_people = screen_action(screen, "exportPeopleAction", ["Ctrl+E"])
        # A data request, for the selected person; with Edit, also the table's context menu.
        self.export_personal_data = screen_action(table, "exportPersonalDataAction", [])
        self.erase_personal_data = screen_action(table, "erasePersonalDataAction", [])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_redo = UndoRedoActions(screen, stack, ("undoAction", "redoAction"))
        self.undo, self.redo = self.undo_redo.undo, self.undo_redo.redo
        self.toolbar = QToolBar(screen)
        self.toolbar.setObjectName("participantsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for action in (self.new_person, self.edit_person, self.import_people):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.find_duplicates)
        self.toolbar.addAction(self.export_people)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_personal_data)
        self.toolbar.addAction(self.erase_personal_data)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo)
        self.toolbar.addAction(self.redo)
        self.retranslate()

    def set_database_open(self, is_open: bool) -> None:
        for action in (
            self.new_person,
            self.import_people,
            self.find_duplicates,
            self.export_people,
        ):
            action.setEnabled(is_open)

    def retranslate(self) -> None:
        texts = {
            self.new_person: (self.tr("New person…"), self.tr("Add a person to the directory")),
            self.edit_person: (self.tr("Edit…"), self.tr("Edit the selected person")),
            self.import_people: (
                self.tr("Import participants…"),
                self.tr("Read a participant list (CSV or XLSX) into a workshop"),
            ),
            self.find_duplicates: (
                self.tr("Find duplicates…"),
                self.tr("Review people entered twice and merge them"),
            ),
            self.export_people: (
                self.tr("Export…"),
                self.tr("Save the whole directory for Excel (XLSX or CSV)"),
            ),
            self.export_personal_data: (
                self.tr("Export personal data…"),
                self.tr("Save everything held on the selected person (a data request), as JSON"),
            ),
            self.erase_personal_data: (
                self.tr("Erase personal data…"),
                self.tr("Blank the selected person's names and contacts, keeping the counts"),
            ),
        }
        show_texts(texts)
        self.undo_redo.retranslate()
