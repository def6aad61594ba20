"""The Strategies screen's draft actions, each one call: New draft…, Properties…, Copy draft,
Delete draft and Import….

Each shows its dialog without blocking (and returns it, so tests fill it and press OK), then
makes the change as an undoable command on the screen's stack (`draft_commands`). `opened`
is the screen's callback: show this draft, or None when the shown one is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.strategies.drafts.draft_commands import (
    CopyDraft,
    CreateDraft,
    DeleteDraft,
    DraftCommand,
    EditDraft,
    ImportedDraft,
    Opened,
    push,
)
from jpoa_desktop.ui.strategies.drafts.draft_dialog import DraftDialog
from jpoa_desktop.ui.strategies.files.import_dialog import StrategyImportDialog, choose_plan_file
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services


def push_command(parent: QWidget, stack: QUndoStack, make: Callable[[], DraftCommand]) -> bool:
    """Make the command and the change, then put it on the stack; a refusal (the draft was
    deleted meanwhile, say) is shown, not raised, and leaves the stack as it was."""
    try:
        push(stack, make())
    except JpoaError as error:
        show_error(parent, QCoreApplication.translate("DraftDialog", "Strategies"), describe(error))
        return False
    return True


def new_draft(parent: QWidget, services: Services, stack: QUndoStack, language: str,
              opened: Opened, copy_of: int | None = None) -> DraftDialog:  # fmt: skip
    """The "New draft…" action (and "Copy draft" with `copy_of`): the dialog, then an
    undoable create. The dialog is shown without blocking and returned."""
    service, removal = services.strategies, services.draft_removal
    dialog = DraftDialog(service, language, copy_of=copy_of, parent=parent)

    def create() -> DraftCommand:
        draft, source = dialog.draft_input(), dialog.source_id()
        if source is not None:
            text = QCoreApplication.translate("DraftDialog", "Copy draft")
            return CopyDraft(service, removal, source, draft, text, opened)
        text = QCoreApplication.translate("DraftDialog", "New draft")
        return CreateDraft(service, removal, draft, dialog.template(), text, opened)

    dialog.accepted.connect(lambda: push_command(parent, stack, create))
    dialog.finished.connect(dialog.deleteLater)  # one dialog per use, not one kept per use
    dialog.open()
    return dialog


def copy_draft(parent: QWidget, services: Services, stack: QUndoStack, draft_id: int,
               language: str, opened: Opened) -> DraftDialog:  # fmt: skip
    """The "Copy draft" action: the new-draft dialog set to copy this draft, filled from it."""
    return new_draft(parent, services, stack, language, opened, copy_of=draft_id)


def edit_draft(parent: QWidget, services: Services, stack: QUndoStack, draft_id: int,
               language: str, opened: Opened) -> DraftDialog:  # fmt: skip
    """The "Properties…" action: the dialog on the draft, then an undoable edit (when
    something changed)."""
    service, removal = services.strategies, services.draft_removal
    dialog = DraftDialog(service, language, draft_id=draft_id, parent=parent)
    loaded = dialog.draft_input()

    def save() -> None:
        after = dialog.draft_input()
        if after != loaded:
            text = QCoreApplication.translate("DraftDialog", "Edit draft properties")
            command = lambda: EditDraft(service, removal, draft_id, after, text, opened)  # noqa: E731
            push_command(parent, stack, command)

    dialog.accepted.connect(save)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def delete_draft(parent: QWidget, services: Services, stack: QUndoStack, draft_id: int,
                 language: str, opened: Opened) -> QMessageBox:  # fmt: skip
    """The "Delete draft" action: asks once, naming the draft and its measures; undo brings
    it all back."""
    service, removal = services.strategies, services.draft_removal
    summary = service.draft(draft_id, language).summary
    # A count in brackets, not "%n measure(s)": lupdate marks plural forms only for tr().
    question = QCoreApplication.translate(
        "DraftDialog", "Delete “{title}” ({country}) with its measures ({n})?"
    ).format(title=summary.title, country=summary.country, n=summary.measures)
    title = QCoreApplication.translate("DraftDialog", "Delete draft")
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("deleteDraftBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(
        QCoreApplication.translate(
            "DraftDialog", "Its versions go with it. Undo (Ctrl+Z) brings it all back."
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("DraftDialog", "Delete"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    text = QCoreApplication.translate("DraftDialog", "Delete draft")

    def answered() -> None:
        if box.clickedButton() is yes:
            push_command(parent, stack,
                         lambda: DeleteDraft(service, removal, draft_id, text, opened))  # fmt: skip

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def import_draft(parent: QWidget, services: Services, tasks: TaskRunner, stack: QUndoStack,
                 language: str, opened: Opened, path: Path | None = None,
                 ) -> StrategyImportDialog | None:  # fmt: skip
    """The "Import…" action (Ctrl+I): choose a file (unless `path` is given), then the dialog, shown
    without blocking; once imported, an undoable command opens the new draft (undo deletes
    it). None when the user cancels the file choice."""
    if path is None:
        path = choose_plan_file(parent)
        if path is None:
            return None
    dialog = StrategyImportDialog(services, tasks, language, parent)
    service, removal = services.strategies, services.draft_removal

    def imported(draft_id: int) -> None:
        text = QCoreApplication.translate("StrategyImportDialog", "Import {file}").format(
            file=path.name
        )
        push_command(parent, stack,
                     lambda: ImportedDraft(service, removal, draft_id, text, opened))  # fmt: skip

    dialog.imported.connect(imported)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.load_file(path)
    return dialog
