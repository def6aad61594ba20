"""What the agenda editor's buttons and keys do: each builds one undoable command and runs it.

The keys are not QAction shortcuts: a screen around the editor may use the same keys for its
own actions, and two shortcuts on one key cancel each other out. The editor claims its keys
(`claims`) while the focus is inside it and handles them here (`handle`).

The keys know the editor only as `Editor`, the few parts of it they use: the editor imports
this module, so this module must not import the editor back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPushButton, QTreeView

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.workshops.agenda import default_titles
from jpoa_desktop.ui.agenda import commands

if TYPE_CHECKING:
    from jpoa_desktop.model.agenda import AgendaView, DayView, SessionView
    from jpoa_desktop.services.workshops.agenda import AgendaService
    from jpoa_desktop.ui.agenda.form import SessionForm
    from jpoa_desktop.ui.agenda.model import AgendaModel

SESSION_MINUTES, BREAK_MINUTES = 60, 15
LAST_MINUTE = 23 * 60 + 59


def _later(start: time, minutes: int) -> time:
    total = min(start.hour * 60 + start.minute + minutes, LAST_MINUTE)
    return time(total // 60, total % 60)


class Editor(Protocol):
    """What the keys use of the agenda editor (`AgendaEditor` is one)."""

    undo_stack: QUndoStack
    tree: QTreeView
    model: AgendaModel
    form: SessionForm
    shift_button: QPushButton
    agenda: AgendaView | None

    @property
    def service(self) -> AgendaService | None: ...

    @property
    def language(self) -> str: ...

    def context(self) -> commands.Context | None: ...

    def current_session(self) -> SessionView | None: ...

    def current_day_row(self) -> int: ...

    def show_error(self, error: JpoaError) -> None: ...


def edit_command(
    editor: Editor, session: SessionView, value: SessionInput, push: bool
) -> commands.AgendaCommand | None:
    context = editor.context()
    if context is None:
        return None
    text = QCoreApplication.translate("EditorKeys", "Edit “{title}”").format(title=session.title)
    return commands.EditSession(context, text, session.uuid, session.as_input(), value, push)


class EditorKeys(QObject):
    def __init__(self, editor: Editor) -> None:
        super().__init__(editor.tree)
        self.editor = editor
        self.add_action = self._action(self.add_session)
        self.break_action = self._action(self.add_break)
        self.delete_action = self._action(self.delete_session)
        self.up_action = self._action(self.move_up)
        self.down_action = self._action(self.move_down)
        self.reuse_action = self._action(self.insert_from_other)
        stack = editor.undo_stack
        self.undo_action = self._action(stack.undo)
        self.redo_action = self._action(stack.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.indexChanged.connect(self._undo_tips)
        self._keys: list[tuple[tuple[QKeySequence, ...], QAction]] = [
            ((QKeySequence("Ins"),), self.add_action),
            ((QKeySequence("Shift+Ins"),), self.break_action),
            ((QKeySequence("Del"),), self.delete_action),
            ((QKeySequence("Alt+Up"),), self.up_action),
            ((QKeySequence("Alt+Down"),), self.down_action),
            ((QKeySequence("Ctrl+Z"),), self.undo_action),
            ((QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")), self.redo_action),
        ]

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())  # not `checked` into the slot
        return action

    def toolbar_actions(self) -> list[QAction | None]:
        return [
            self.add_action,
            self.break_action,
            self.delete_action,
            None,
            self.up_action,
            self.down_action,
            None,
            self.reuse_action,
            None,
            self.undo_action,
            self.redo_action,
        ]

    # Keys.
    def _action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        for sequences, action in self._keys:
            if any(pressed == s for s in sequences):
                if action is self.delete_action and not self.editor.tree.hasFocus():
                    return None  # Del in a text field or a list is that field's own
                return action
        return None

    def claims(self, event: QKeyEvent) -> bool:
        return self._action_for(event) is not None

    def handle(self, event: QKeyEvent) -> bool:
        action = self._action_for(event)
        if action is None:
            return False
        if action.isEnabled():
            action.trigger()
        event.accept()
        return True

    # Running commands.
    def run(self, command: commands.AgendaCommand | None, select_uuid: str | None = None) -> bool:
        """Make the change now (an error is shown, nothing pushed), then push it for undo."""
        if command is None:
            return False
        command.select_first = select_uuid
        try:
            command.apply_first()
        except JpoaError as error:
            self.editor.show_error(error)
            return False
        self.editor.undo_stack.push(command)
        return True

    def _day(self) -> DayView | None:
        days = self.editor.model.days
        return days[self.editor.current_day_row()] if days else None

    def add_session(self, kind: str = "plenary") -> None:
        context, day, agenda = self.editor.context(), self._day(), self.editor.agenda
        if context is None or day is None or agenda is None:
            return
        current = self.editor.current_session()
        if current is not None:
            position, start = current.position + 1, current.end
        else:
            position = len(day.sessions)
            start = day.sessions[-1].end if day.sessions else time(9, 0)
        length = BREAK_MINUTES if kind == "break" else SESSION_MINUTES
        titles = default_titles(kind, agenda.languages)
        data = SessionInput(day.day, start, _later(start, length), titles, kind)
        text = self.tr("Add a break") if kind == "break" else self.tr("Add a session")
        push = self.editor.form.push_following()
        if self.run(commands.AddSession(context, text, data, position, push)):
            self.editor.form.focus_title()

    def add_break(self) -> None:
        self.add_session("break")

    def delete_session(self) -> None:
        context, current, day = self.editor.context(), self.editor.current_session(), self._day()
        if context is None or current is None or day is None:
            return
        others = [s for s in day.sessions if s.id != current.id]
        neighbour = others[min(current.position, len(others) - 1)] if others else None
        text = self.tr("Delete “{title}”").format(title=current.title)
        command = commands.DeleteSession(context, text, current.uuid)
        self.run(command, neighbour.uuid if neighbour is not None else None)

    def move_up(self) -> None:
        self._move_by(-1)

    def move_down(self) -> None:
        self._move_by(1)

    def _move_by(self, step: int) -> None:
        """One place up or down; past the first or last session, into the next day."""
        current, days = self.editor.current_session(), self.editor.model.days
        if current is None:
            return
        row = self.editor.current_day_row()
        count = len(days[row].sessions)
        position = current.position + step
        if 0 <= position < count:
            self.move_session_to(current.id, current.day, position)
        elif step < 0 and row > 0:
            self.move_session_to(current.id, days[row - 1].day, len(days[row - 1].sessions))
        elif step > 0 and row + 1 < len(days):
            self.move_session_to(current.id, days[row + 1].day, 0)

    def move_session_to(self, session_id: int, day: object, position: int) -> None:
        context, agenda = self.editor.context(), self.editor.agenda
        moved = agenda.session(session_id) if agenda is not None else None
        if context is None or moved is None or not isinstance(day, date):
            return
        text = self.tr("Move “{title}”").format(title=moved.title)
        self.run(commands.MoveSession(context, text, moved.uuid, day, position))

    def shift_from_current(self, minutes: int) -> None:
        context, current = self.editor.context(), self.editor.current_session()
        if context is None or current is None or minutes == 0:
            return
        text = self.tr("Shift sessions by {minutes} min").format(minutes=minutes)
        command = commands.ShiftSessions(
            context, text, current.uuid, current.day, current.position, minutes
        )
        self.run(command)

    def insert_from_other(self) -> None:
        from jpoa_desktop.ui.agenda.reuse_dialog import ReuseDialog

        service, agenda, day = self.editor.service, self.editor.agenda, self._day()
        if service is None or agenda is None:
            return
        dialog = ReuseDialog(
            service,
            agenda.workshop_id,
            agenda.days,
            day.day if day is not None else None,
            self.editor.language,
            self.editor.tree,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def insert() -> None:
            target = dialog.target_day()
            if target is not None:
                self.insert_sessions(dialog.chosen_sessions(), target)

        dialog.accepted.connect(insert)
        dialog.open()

    def insert_sessions(self, session_ids: list[int], day: date) -> None:
        context = self.editor.context()
        if context is None or not session_ids:
            return
        text = self.tr("Insert %n session(s) from another workshop", "", len(session_ids))
        self.run(commands.InsertSessions(context, text, session_ids, day))

    # State and words.
    def update_enabled(self) -> None:
        has_workshop = self.editor.context() is not None and bool(self.editor.model.days)
        current = self.editor.current_session()
        for action in (self.add_action, self.break_action, self.reuse_action):
            action.setEnabled(has_workshop)
        for action in (self.delete_action, self.up_action, self.down_action):
            action.setEnabled(current is not None)
        self.editor.shift_button.setEnabled(current is not None)

    def retranslate(self) -> None:
        texts = (
            (self.add_action, self.tr("Add session"), "Ins"),
            (self.break_action, self.tr("Add break"), "Shift+Ins"),
            (self.delete_action, self.tr("Delete"), "Del"),
            (self.up_action, self.tr("Move up"), "Alt+↑"),
            (self.down_action, self.tr("Move down"), "Alt+↓"),
            (self.reuse_action, self.tr("Insert from another workshop…"), ""),
        )
        for action, text, keys in texts:
            action.setText(text)
            action.setToolTip(f"{text} ({keys})" if keys else text)
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self._undo_tips()

    def _undo_tips(self, *_index: int) -> None:
        """The buttons keep short labels; the tooltip says what would be undone or redone."""
        stack = self.editor.undo_stack
        if not shiboken6.isValid(stack):  # the editor is being destroyed
            return
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setToolTip(
            self.tr("Undo: {what} (Ctrl+Z)").format(what=undo) if undo else self.tr("Undo (Ctrl+Z)")
        )
        self.redo_action.setToolTip(
            self.tr("Redo: {what} (Ctrl+Shift+Z)").format(what=redo)
            if redo
            else self.tr("Redo (Ctrl+Shift+Z, Ctrl+Y)")
        )
