"""The Strategies screen's edits of a draft's items: add, delete, move and save, each one an
undoable command on the screen's stack, written at once.

Kept apart from the screen, which shows the drafts and the tree; this module only turns what the
user did into commands. Its texts keep the screen's translation context ("StrategiesScreen"),
so the catalogues' translations still apply.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from jpoa_desktop.errors import EditConflict, JpoaError
from jpoa_desktop.model.strategies import DraftView, ItemInput
from jpoa_desktop.services.strategies.strategy_rows import item_fields, item_of_fields
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.strategies.commands import AddItem, DeleteItem, EditItem, MoveItem
from jpoa_desktop.ui.strategies.conflict_dialog import Choice, ConflictDialog, field_labels
from jpoa_desktop.ui.strategies.tree import CHILD_KIND

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jpoa_desktop.services.strategies.strategies import StrategyService
    from jpoa_desktop.ui.strategies.details.item_form import ItemForm
    from jpoa_desktop.ui.strategies.tree import DraftTree


class EditHost(Protocol):
    """What the edits need of the screen."""

    undo_stack: QUndoStack
    tree: DraftTree
    form: ItemForm

    def service(self) -> StrategyService | None: ...

    def draft(self) -> DraftView | None: ...

    def language(self) -> str: ...

    def refresh(self, select: int | None = None) -> None: ...


class ItemEdits:
    """The item edits of the draft open on `host`; `widget` parents the error messages."""

    def __init__(self, host: EditHost, widget: QWidget) -> None:
        self._host, self._widget = host, widget
        self.versions: dict[int, int] = {}  # item → the version its form's fields are

    def _ready(self) -> tuple[StrategyService, DraftView] | None:
        service, draft = self._host.service(), self._host.draft()
        return (service, draft) if service is not None and draft is not None else None

    def push(self, command: QUndoCommand) -> bool:
        try:
            self._host.undo_stack.push(command)
        except JpoaError as error:
            show_error(self._widget, QCoreApplication.translate("StrategiesScreen", "Strategies"),
                       describe(error))  # fmt: skip
            self._host.refresh()
            return False
        return True

    def add_below(self) -> None:
        """Ins: a child of the selected item (a goal at the top when nothing is selected)."""
        tree = self._host.tree
        child = CHILD_KIND.get(tree.current_kind())
        if self._ready() is not None and child is not None:
            self._add(tree.current_id(), child, None)

    def add_sibling(self) -> None:
        """Shift+Ins: an item of the same kind right after the selected one."""
        if self._ready() is None:
            return
        tree = self._host.tree
        item = tree.currentItem()
        position = tree.index_of(item) + 1 if item is not None else None
        self._add(tree.parent_id(), tree.current_kind() or "goal", position)

    def _add(self, parent_id: int | None, kind: str, position: int | None) -> None:
        ready = self._ready()
        assert ready is not None
        service, draft = ready
        placeholder = {
            "goal": QCoreApplication.translate("StrategiesScreen", "New goal"),
            "objective": QCoreApplication.translate("StrategiesScreen", "New objective"),
            "measure": QCoreApplication.translate("StrategiesScreen", "New measure"),
        }[kind]
        texts = {code: placeholder for code in draft.summary.languages[:1]}
        title = QCoreApplication.translate("StrategiesScreen", "Add {what}")
        command = AddItem(service, (draft.id, parent_id, position), kind, ItemInput(texts=texts),
                          title.format(what=placeholder), self._host.refresh)  # fmt: skip
        if self.push(command):
            self._host.form.texts[0].setFocus()
            self._host.form.texts[0].selectAll()

    def delete(self) -> None:
        service, item_id = self._host.service(), self._host.tree.current_id()
        if service is not None and item_id is not None:
            title = QCoreApplication.translate("StrategiesScreen", "Delete")
            self.push(DeleteItem(service, item_id, title, self._host.refresh))

    def move_item(self, item_id: int, parent_id: int | None, position: int) -> None:
        service = self._host.service()
        if service is None:
            return
        self._host.form.save()
        title = QCoreApplication.translate("StrategiesScreen", "Move")
        self.push(MoveItem(service, item_id, (parent_id, position), title, self._host.refresh))

    # Saves checked against the version and fields the user started from (no lost edits).
    def load(self, item_id: int, service: StrategyService) -> ItemInput:
        """The item for the form, remembering the version it is: the next save starts there."""
        item, self.versions[item_id] = service.item_seen(item_id)
        return item

    def save_item(self, before: ItemInput, after: ItemInput) -> None:
        service, item_id = self._host.service(), self._host.tree.current_id()
        if service is None or item_id is None:
            return
        try:
            self.versions[item_id] = service.save_item(
                item_id, (before, after), self.versions.get(item_id, 0)
            )
        except EditConflict as conflict:
            if not self.resolve(item_id, (before, after), conflict):  # decided later
                self._host.form.show_problem(describe(conflict), before)
            return
        except JpoaError as error:
            self._host.form.show_problem(describe(error), before)
            return
        self._push_saved(item_id, (before, after))
        self._relabel(after)

    def checked_save(self, item_id: int, edit: tuple[ItemInput, ItemInput]) -> bool:
        """An undo's or redo's save; a conflict is shown once the undo has returned."""
        service = self._host.service()
        if service is None:
            return False
        try:
            self.versions[item_id] = service.save_item(item_id, edit, self.versions.get(item_id, 0))
        except EditConflict as conflict:
            QTimer.singleShot(0, partial(self.resolve, item_id, edit, conflict))
            return False
        return True

    def _push_saved(self, item_id: int, edit: tuple[ItemInput, ItemInput]) -> None:
        title = QCoreApplication.translate("StrategiesScreen", "Edit")
        self._host.undo_stack.push(
            EditItem(self.checked_save, item_id, edit, title, self._host.refresh)
        )

    def resolve(
        self, item_id: int, edit: tuple[ItemInput, ItemInput], conflict: EditConflict
    ) -> bool:
        """Ask what to do with `edit`, refused by `conflict`; False when the user decides
        later (Esc): the user's text stays in the form, unsaved, and its next save asks again."""
        service = self._host.service()
        dialog = ConflictDialog(conflict, field_labels(conflict), self._widget)
        if service is None or not dialog.exec() or dialog.choice is None:
            return False
        self._host.form.problem.clear()
        if dialog.choice is Choice.TAKE_THEIRS:
            self._show_again(item_id, service)
            return True
        before, mine = edit
        if dialog.choice is Choice.MERGED:
            mine = item_of_fields({**item_fields(mine), **dialog.merged()})
        theirs = item_of_fields({**item_fields(before), **conflict.theirs})
        try:
            self.versions[item_id] = service.keep_mine(item_id, (before, mine), conflict)
        except EditConflict as again:  # a third desk saved meanwhile: ask again
            return self.resolve(item_id, edit, again)
        self._push_saved(item_id, (theirs, mine))
        self._show_again(item_id, service)
        return True

    def _show_again(self, item_id: int, service: StrategyService) -> None:
        """The form shows the item as saved now (theirs, or the merge)."""
        self._host.refresh(item_id)
        draft = self._host.draft()
        if self._host.tree.current_id() == item_id and draft is not None:
            kind = self._host.tree.current_kind() or ""
            self._host.form.load(self.load(item_id, service), kind, draft.summary.languages)

    def _relabel(self, after: ItemInput) -> None:
        """The tree shows the new text at once, without re-reading the draft."""
        item = self._host.tree.currentItem()
        if item is None or self._host.draft() is None:
            return
        number = item.text(0).split(" ", 1)[0]
        language = self._host.language()
        text = after.texts.get(language) or next(iter(after.texts.values()), "")
        item.setText(0, f"{number} {text}")
