"""What the Workshops screen can do, as actions with shortcuts, and how each is carried out.

Every change is written at once and then pushed on the screen's undo stack (see `commands`).
Deleting a workshop and removing a person also ask first, naming what undo cannot bring back:
the agenda of a deleted workshop, and attendance marks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMessageBox

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.audit.entry import AuditLogEntry
from jpoa_desktop.ui.workshops.commands import (
    AddRegistration,
    ChangeRegistration,
    CopyWorkshop,
    CreateWorkshop,
    DeleteWorkshop,
    EditWorkshop,
    RemoveRegistration,
)

if TYPE_CHECKING:
    from jpoa_desktop.model.workshops import RegistrationView
    from jpoa_desktop.services.workshops.workshops import WorkshopInput
    from jpoa_desktop.ui.workshops.copy_dialog import CopyDialog
    from jpoa_desktop.ui.workshops.page import WorkshopPage
    from jpoa_desktop.ui.workshops.workshop_form import WorkshopForm

NEW_SHORTCUT = "Ctrl+Shift+W"
COPY_SHORTCUT = "Ctrl+Shift+D"


def next_year(day: date) -> date:
    """The same date a year later (28 February for 29 February): a yearly workshop's copy."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


class WorkshopActions(QObject):
    def __init__(self, screen: WorkshopPage) -> None:
        super().__init__(screen)
        self.screen = screen
        self.form: WorkshopForm | None = None
        self.copy_dialog: CopyDialog | None = None
        self.question: QMessageBox | None = None
        self.new_action = self._action(QKeySequence(NEW_SHORTCUT), self.new)
        self.edit_action = self._action(QKeySequence(Qt.Key.Key_F2), self.edit)
        self.copy_action = self._action(QKeySequence(COPY_SHORTCUT), self.copy)
        self.export_action = self._action(QKeySequence("Ctrl+E"), self.export)
        self.handouts_action = self._action(QKeySequence("Ctrl+Shift+H"), self.handouts)
        self.audit = AuditLogEntry(screen, "workshop", lambda: (screen.services, screen.tasks,
                                                                 screen.selected_id()))  # fmt: skip
        self.delete_action = self._action(
            QKeySequence(QKeySequence.StandardKey.Delete), self.delete
        )
        # Delete only from the list: in a text box or the participants table it means less.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        screen.table.addAction(self.delete_action)
        stack = screen.undo_stack
        self.undo_action = self._action(QKeySequence(QKeySequence.StandardKey.Undo), stack.undo)
        self.redo_action = self._action(QKeySequence(QKeySequence.StandardKey.Redo), stack.redo)
        # The handlers take what the signals carry and never ask the stack: the stack also
        # signals while it is being destroyed with the screen, when asking it would fail.
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)

    def _action(self, shortcut: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(self.screen)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def all(self) -> list[QAction | None]:
        """The toolbar's order; None is a separator."""
        return [
            self.new_action,
            self.edit_action,
            self.copy_action,
            self.delete_action,
            self.export_action,
            self.handouts_action,
            self.audit.action,
            None,
            self.undo_action,
            self.redo_action,
        ]

    def update(self, has_database: bool, has_selection: bool) -> None:
        self.new_action.setEnabled(has_database)
        for action in (self.edit_action, self.copy_action, self.delete_action, self.export_action,
                       self.handouts_action, self.audit.action):  # fmt: skip
            action.setEnabled(has_selection)
        self.update_undo()

    def update_undo(self) -> None:
        stack = self.screen.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._show_undo_text(stack.undoText())
        self._show_redo_text(stack.redoText())

    def _show_undo_text(self, text: str) -> None:
        self._show_text(self.undo_action, self.tr("Undo"), text)

    def _show_redo_text(self, text: str) -> None:
        self._show_text(self.redo_action, self.tr("Redo"), text)

    @staticmethod
    def _show_text(action: QAction, verb: str, what: str) -> None:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{' '.join(t for t in (verb, what) if t)} ({keys})")

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New workshop…"))
        self.edit_action.setText(self.tr("Edit…"))
        self.copy_action.setText(self.tr("Copy workshop…"))
        self.delete_action.setText(self.tr("Delete…"))
        self.export_action.setText(self.tr("Export participants…"))
        self.export_action.setToolTip(
            self.tr("Save this workshop's participants and attendance by day for Excel (Ctrl+E)")
        )
        self.handouts_action.setText(self.tr("Handouts…"))
        self.handouts_action.setToolTip(
            self.tr("Preview and print this workshop's agenda, badges and more (Ctrl+Shift+H)")
        )
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        for action in (self.new_action, self.edit_action, self.copy_action, self.delete_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().rstrip('…')} ({keys})")

    # Workshops.
    def new(self) -> None:
        from jpoa_desktop.ui.workshops.workshop_form import WorkshopForm, blank_workshop

        service = self.screen.service
        if service is None:
            return
        self.form = WorkshopForm(
            service.choices(self.screen.language),
            blank_workshop(date.today()),
            self._create,
            new=True,
            parent=self.screen,
        )
        self.form.open()

    def _create(self, settings: WorkshopInput) -> None:
        service = self.screen.service
        assert service is not None
        workshop_id = service.create(settings)
        self._push(
            CreateWorkshop(self.screen.context(), self.tr("new workshop"), workshop_id, settings)
        )
        self._show(workshop_id)

    def edit(self) -> None:
        from jpoa_desktop.ui.workshops.workshop_form import WorkshopForm, input_from_detail

        service, detail = self.screen.service, self.screen.detail
        if service is None or detail is None:
            return
        before, workshop_id = input_from_detail(detail), detail.id

        def save(after: WorkshopInput) -> None:
            from jpoa_desktop.ui.workshops.edit_conflict import save_workshop

            assert self.form is not None  # checked: a colleague's save is asked about
            saved = save_workshop(self.form, service, workshop_id, (before, after))
            if saved is not None:
                text = self.tr("edit workshop")
                self._push(EditWorkshop(self.screen.context(), text, workshop_id, *saved))
            self._show(workshop_id)

        choices = service.choices(self.screen.language)
        self.form = WorkshopForm(choices, before, save, new=False, parent=self.screen)
        self.form.open()

    def export(self) -> None:
        """The selected workshop's registrations with attendance by day, as XLSX or CSV."""
        from jpoa_desktop.ui.widgets.export_people import export_people

        detail, screen = self.screen.detail, self.screen
        if detail is None:
            return
        name = f"{detail.start.isoformat()} {detail.city or detail.title[:40]}".strip()
        safe = "".join(c if c.isalnum() or c in " -_." else "_" for c in name)
        file_name = safe + ".xlsx"
        export_people(screen, screen.tasks, screen.services, detail.id, screen.language, file_name)

    def handouts(self) -> None:
        """Open the Handouts screen on the selected workshop (the window does the switching)."""
        detail = self.screen.detail
        if detail is not None:
            self.screen.handouts_requested.emit(detail.id)

    def copy(self) -> None:
        from jpoa_desktop.ui.workshops.copy_dialog import CopyDialog

        detail = self.screen.detail
        if detail is None:
            return
        dialog = CopyDialog(detail.titles, next_year(detail.start), len(detail.days), self.screen)
        dialog.accepted.connect(lambda: self._copy(detail.id, dialog))
        self.copy_dialog = dialog
        dialog.open()

    def _copy(self, source_id: int, dialog: CopyDialog) -> None:
        service = self.screen.service
        if service is None:
            return
        start, titles = dialog.chosen_start(), dialog.chosen_titles()
        try:
            copy_id = service.copy(source_id, start, titles)
        except JpoaError as error:
            self.screen.show_error(error)
            return
        text = self.tr("copy workshop")
        self._push(CopyWorkshop(self.screen.context(), text, source_id, copy_id, start, titles))
        self._show(copy_id)

    def delete(self) -> None:
        detail = self.screen.detail
        if detail is None:
            return
        text = self.tr(
            "Delete “{title}”? Its agenda and its %n registration(s), with their attendance "
            "marks, are deleted too. Undo (Ctrl+Z) brings all of it back.",
            "",
            detail.participants,
        ).format(title=detail.title)
        self._ask(self.tr("Delete workshop"), text, lambda: self._delete(detail.id))

    def _delete(self, workshop_id: int) -> None:
        service = self.screen.service
        if service is None:
            return
        try:
            deleted = service.delete(workshop_id)
        except JpoaError as error:
            self.screen.show_error(error)
            return
        text = self.tr("delete workshop")
        self._push(DeleteWorkshop(self.screen.context(), text, workshop_id, deleted))
        self.screen.after_change(None)

    # Registrations.
    def change_registration(self, row: RegistrationView, role: str, status: str) -> None:
        service, detail = self.screen.service, self.screen.detail
        if service is None or detail is None:
            return
        try:
            service.set_registration(row.id, role, status)
        except JpoaError as error:
            self.screen.show_error(error)
            return
        text = self.tr("change registration")
        self._push(ChangeRegistration(self.screen.context(), text, detail.id, row, (role, status)))
        self.screen.after_change(detail.id)

    def register_person(self, person_id: int) -> None:
        service, detail = self.screen.service, self.screen.detail
        if service is None or detail is None:
            return
        try:
            service.register(detail.id, person_id)
            added = service.registration_of(detail.id, person_id)
        except JpoaError as error:
            self.screen.show_error(error)
            return
        if added is not None:
            text = self.tr("register participant")
            self._push(AddRegistration(self.screen.context(), text, detail.id, added))
        self.screen.after_change(detail.id)

    def remove_registration(self, row: RegistrationView) -> None:
        service, detail = self.screen.service, self.screen.detail
        if service is None or detail is None:
            return
        marks = service.attendance_marks(row.id)
        text = self.tr("Remove {name} from this workshop?").format(name=row.name)
        if marks:
            lost = self.tr(
                "They were checked in on %n day(s); those attendance marks are deleted too "
                "(undo brings them back).",
                "",
                marks,
            )
            text = f"{text}\n\n{lost}"
        self._ask(self.tr("Remove participant"), text, lambda: self._unregister(row, detail.id))

    def _unregister(self, row: RegistrationView, workshop_id: int) -> None:
        service = self.screen.service
        if service is None:
            return
        try:
            marks = service.unregister(row.id, force=True)  # the question named the marks
        except JpoaError as error:
            self.screen.show_error(error)
            return
        text = self.tr("remove participant")
        command = RemoveRegistration(self.screen.context(), text, workshop_id, row)
        command.marks = marks
        self._push(command)
        self.screen.after_change(workshop_id)

    # Helpers.
    def _push(self, command: QUndoCommand) -> None:
        self.screen.undo_stack.push(command)

    def _show(self, workshop_id: int) -> None:
        """Select the workshop, clearing the filters if they would hide it."""
        self.screen.after_change(workshop_id)
        if self.screen.selected_id() != workshop_id:
            self.screen.filters.reset()
            self.screen.select_workshop(workshop_id)

    def _ask(self, title: str, text: str, on_yes: Callable[[], None]) -> None:
        """Ask once, without blocking; `on_yes` runs when the answer is Yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.screen,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                on_yes() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
            )
        )
        self.question = box
        box.open()
