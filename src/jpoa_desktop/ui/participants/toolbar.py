"""The Participants screen's actions and the toolbar row that shows them.

Shortcuts belong to the screen (`WidgetWithChildrenShortcut`), not the window, so that Ctrl+Z
here undoes a person's edit while Ctrl+Z at the door takes back a check-in, and a text box's own
Ctrl+Z still undoes typing. Edit's Enter belongs to the table alone: Enter in the search box
searches.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

SCREEN_SHORTCUT = Qt.ShortcutContext.WidgetWithChildrenShortcut


class ParticipantActions(QObject):
    def __init__(self, screen: QWidget, table: QWidget, stack: QUndoStack) -> None:
        super().__init__(screen)
        keys = QKeySequence.StandardKey
        self.new_person = self._action(screen, "newPersonAction", [QKeySequence("Ctrl+Shift+N")])
        self.edit_person = self._action(
            table,
            "editPersonAction",
            [
                QKeySequence(Qt.Key.Key_F2),
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
            ],
        )
        self.import_people = self._action(screen, "importPeopleAction", [QKeySequence("Ctrl+I")])
        self.find_duplicates = self._action(screen, "findDuplicatesAction", [])
        self.export_people = self._action(screen, "exportPeopleAction", [QKeySequence("Ctrl+E")])
        # A data request, for the selected person; with Edit, also the table's context menu.
        self.export_personal_data = self._action(table, "exportPersonalDataAction", [])
        self.erase_personal_data = self._action(table, "erasePersonalDataAction", [])
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo = self._action(screen, "undoAction", [QKeySequence(keys.Undo)])
        self.redo = self._action(
            screen, "redoAction", [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        # The slots take what the signals carry: QUndoStack's destructor still emits them.
        self._undo_text, self._redo_text = "", ""
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
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

    def _action(self, owner: QWidget, name: str, shortcuts: list[QKeySequence]) -> QAction:
        action = QAction(owner)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(SCREEN_SHORTCUT)
        owner.addAction(action)
        return action

    def set_database_open(self, is_open: bool) -> None:
        for action in (
            self.new_person,
            self.import_people,
            self.find_duplicates,
            self.export_people,
        ):
            action.setEnabled(is_open)

    def _undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self._show_undo_texts()

    def _redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.undo.setText(self.tr("Undo {what}").format(what=undo) if undo else self.tr("Undo"))
        self.redo.setText(self.tr("Redo {what}").format(what=redo) if redo else self.tr("Redo"))

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
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self._show_undo_texts()
