"""Adding, editing and retiring questions as undoable commands on the bank screen's stack.

As on the Participants screen, a command writes once when it is made (see
`ui/undo_commands.py` for why); each write is one small transaction, well under a blink. An
undo that the world made impossible (the question was put on a form meanwhile, so it may no
longer be deleted) says why, marks the command obsolete, and the bank keeps what it has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.ui.undo_commands import Failed, WrittenOnceCommand

if TYPE_CHECKING:
    from jpoa_desktop.services.evaluation.bank import QuestionBankService
    from jpoa_desktop.services.evaluation.question_rules import QuestionInput

Changed = Callable[[int | None], None]  # the question to show after a change (None: none)


def _short(question: QuestionInput) -> str:
    text = next((t.strip() for t in question.texts.values() if t.strip()), "")
    return text if len(text) <= 40 else text[:39] + "…"


class BankCommand(WrittenOnceCommand):
    def __init__(self, bank: QuestionBankService, changed: Changed, failed: Failed) -> None:
        super().__init__(failed)
        self._bank, self._changed = bank, changed


class AddQuestionCommand(BankCommand):
    """Undo deletes the question it added; redo adds it again under the same uuid."""

    def __init__(
        self, bank: QuestionBankService, question: QuestionInput, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(bank, changed, failed)
        self.question = question
        self.question_id = bank.add(question)
        self.uuid = bank.question(self.question_id).uuid
        text = QCoreApplication.translate("QuestionCommands", "add “{question}”")
        self.setText(text.format(question=_short(question)))
        changed(self.question_id)

    def apply(self) -> None:
        self.question_id = self._bank.add(self.question, uuid=self.uuid)
        self._changed(self.question_id)

    def revert(self) -> None:
        self._bank.delete(self.question_id)
        self._changed(None)


class EditQuestionCommand(BankCommand):
    """Undo writes back the question as it was; redo writes the edit again."""

    def __init__(
        self,
        bank: QuestionBankService,
        question_id: int,
        before: QuestionInput,
        after: QuestionInput,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(bank, changed, failed)
        self.question_id, self.before, self.after = question_id, before, after
        bank.update(question_id, after)
        text = QCoreApplication.translate("QuestionCommands", "edit “{question}”")
        self.setText(text.format(question=_short(after)))
        changed(question_id)

    def apply(self) -> None:
        self._bank.update(self.question_id, self.after)
        self._changed(self.question_id)

    def revert(self) -> None:
        self._bank.update(self.question_id, self.before)
        self._changed(self.question_id)


class RetireCommand(BankCommand):
    """Retire a question (or bring it back); undo does the opposite."""

    def __init__(
        self,
        bank: QuestionBankService,
        question_id: int,
        retired: bool,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(bank, changed, failed)
        self.question_id, self.retired = question_id, retired
        bank.set_retired(question_id, retired)
        if retired:
            text = QCoreApplication.translate("QuestionCommands", "retire “{question}”")
        else:
            text = QCoreApplication.translate("QuestionCommands", "restore “{question}”")
        self.setText(text.format(question=_short(bank.question(question_id).as_input())))
        changed(question_id)

    def apply(self) -> None:
        self._bank.set_retired(self.question_id, self.retired)
        self._changed(self.question_id)

    def revert(self) -> None:
        self._bank.set_retired(self.question_id, not self.retired)
        self._changed(self.question_id)
