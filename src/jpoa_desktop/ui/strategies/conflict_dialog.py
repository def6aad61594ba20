"""The second save of a measure that someone else saved first: who changed it and when, both
texts side by side, and the user's choice.

Keep mine writes the user's text over theirs (as a new save on their version), Take theirs
drops the user's text, Merge by hand opens an editor holding both texts and saves what the user
makes of them. Esc decides later: nothing is saved and the user's text stays in the form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import EditConflict
from jpoa_desktop.services.edit_conflicts import flat, unflat
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.strategies.labels import measure_status_label, priority_label
from jpoa_desktop.ui.widgets.code_labels import language_label

MERGEABLE = ("texts.", "deadline_text")
CODE_LABELS: dict[str, Callable[[str], str]] = {
    "status": measure_status_label,
    "priority": priority_label,
}  # fields of free text: the others are picked, not merged


class Choice(Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    MERGED = "merged"


def _shown(value: object, field: str = "") -> str:
    """A value as the form shows it: a status or priority by its name, a list joined."""
    if field in CODE_LABELS and isinstance(value, str):
        return CODE_LABELS[field](value)
    if isinstance(value, tuple | list):
        return "; ".join(str(part) for part in value)
    return "" if value is None else str(value)


def mergeable(field: str, free_text: tuple[str, ...] = MERGEABLE) -> bool:
    return field.startswith(free_text)


# The form's own labels (context "ItemForm"), so the dialog names a field as the form does.
FORM_LABELS = {
    "responsible": "&Responsible:",
    "partners": "Pa&rtners:",
    "deadline_text": "&Deadline:",
    "start": "S&tart:",
    "end": "&End:",
    "priority": "Pri&ority:",
    "status": "Stat&us:",
}


def caption(label: str) -> str:
    """A form row's label as the dialog names the field: "Stat&us:" → "Status"."""
    return label.replace("&", "").rstrip(":")


def field_labels(conflict: EditConflict) -> dict[str, str]:
    """Each field of `conflict` as the measure form labels it, in the interface language."""
    labels = {}
    for name in conflict.theirs:
        if name.startswith("texts."):
            text = QCoreApplication.translate("ItemForm", "Text ({language}):")
            text = text.format(language=language_label(name.removeprefix("texts.")))
        else:
            text = QCoreApplication.translate("ItemForm", FORM_LABELS.get(name, name))
        labels[name] = caption(text)
    return labels


class ConflictDialog(Retranslating, QDialog):
    """`labels` names each field of the conflict as the form does ("Text (English)"); `what`
    is "measure", "workshop" or "person", with the fields (or prefixes) merged by hand."""

    def __init__(
        self,
        conflict: EditConflict,
        labels: dict[str, str],
        parent: QWidget | None = None,
        what: tuple[str, tuple[str, ...]] = ("measure", MERGEABLE),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.conflict = conflict
        self._what, free_text = what
        self.choice: Choice | None = None
        self._fields = list(conflict.theirs)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.theirs_title, self.mine_title = QLabel(self), QLabel(self)
        self.field_labels = [QLabel(labels.get(name, name), self) for name in self._fields]
        self.theirs = [self._box(conflict.theirs[name], name) for name in self._fields]
        self.mine = [self._box(conflict.mine[name], name) for name in self._fields]
        self.merge_hint = QLabel(self)
        self.merge_hint.setWordWrap(True)
        self.merge_hint.hide()
        self.buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self)
        self.theirs_button = QPushButton(self)
        self.merge_button = QPushButton(self)
        self.later_button = QPushButton(self)
        for button in (self.keep_button, self.theirs_button, self.merge_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setDefault(True)  # Enter, like Esc, overwrites no one's text
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))
        self.merge_button.clicked.connect(self._merge)
        self.later_button.clicked.connect(self.reject)
        self.merge_button.setEnabled(all(mergeable(name, free_text) for name in self._fields))
        self._merging = False
        self._build_layout()
        self.retranslate()
        self.resize(760, 320)

    def _box(self, value: object, field: str) -> QPlainTextEdit:
        box = QPlainTextEdit(_shown(value, field), self)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(110)
        return box

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.theirs_title, 0, 1)
        grid.addWidget(self.mine_title, 0, 2)
        for row, (label, theirs, mine) in enumerate(
            zip(self.field_labels, self.theirs, self.mine, strict=True), start=1
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        layout.addWidget(self.merge_hint)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        when = self.conflict.changed_at
        local = QDateTime.fromSecsSinceEpoch(int(when.timestamp())) if when else QDateTime()
        shown = QLocale().toString(local, QLocale.FormatType.ShortFormat) if when else ""
        who = self.conflict.who or self.tr("Someone else")
        heading = {
            "workshop": self.tr("{who} changed this workshop at {when} while you were editing."),
            "person": self.tr(
                "{who} changed this person's record at {when} while you were editing."
            ),
        }.get(self._what, self.tr("{who} changed this measure at {when} while you were editing."))
        self.heading.setText(heading.format(who=who, when=shown))
        self.theirs_title.setText(self.tr("Theirs (saved)"))
        self.mine_title.setText(self.tr("Merged (edit, then save)") if self._merging
                                else self.tr("Yours (not saved)"))  # fmt: skip
        self.merge_hint.setText(
            self.tr("Both texts are in the editor: keep what should stay, then save.")
        )
        self.keep_button.setText(self.tr("&Keep mine"))
        self.theirs_button.setText(self.tr("&Take theirs"))
        self.merge_button.setText(self.tr("&Save merged text") if self._merging
                                  else self.tr("&Merge by hand"))  # fmt: skip
        self.later_button.setText(self.tr("Decide &later"))

    def _merge(self) -> None:
        """First press: both texts in an editor; second press: save what it holds."""
        if self._merging:
            self._choose(Choice.MERGED)
            return
        self._merging = True
        for name, box in zip(self._fields, self.mine, strict=True):
            theirs, mine = _shown(self.conflict.theirs[name]), _shown(self.conflict.mine[name])
            both = name.startswith(("texts.", "titles.", "notes"))
            box.setPlainText(f"{theirs}\n\n{mine}" if both else theirs)
            box.setReadOnly(False)
        self.keep_button.setEnabled(False)
        self.theirs_button.setEnabled(False)
        self.merge_hint.show()
        self.retranslate()
        self.mine[0].setFocus()

    def merged(self) -> dict[str, str]:
        """The merged text of each field (after Merge by hand)."""
        return {name: box.toPlainText().strip() for name, box in zip(self._fields, self.mine,
                                                                     strict=True)}  # fmt: skip

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


D = TypeVar("D")  # a form's dataclass (WorkshopInput, PersonInput)


def settle(
    conflict: EditConflict,
    edit: tuple[D, D],
    labels: dict[str, str],
    parent: QWidget,
    what: tuple[str, tuple[str, ...]],
) -> tuple[D, D] | None:
    """Ask the user about a form's `edit` (as read, as typed) that `conflict` refused; return
    the edit to save over theirs (their values, then mine or the merge), or None after Take
    theirs. Decide later raises the conflict again: the form stays open with what was typed."""
    dialog = ConflictDialog(conflict, labels, parent, what)
    if not dialog.exec() or dialog.choice is None:
        raise conflict
    if dialog.choice is Choice.TAKE_THEIRS:
        return None
    before, after = edit
    if dialog.choice is Choice.MERGED:
        after = unflat(after, {**flat(after), **dialog.merged()})
    return unflat(before, {**flat(before), **conflict.theirs}), after


def save_or_settle(
    save: Callable[[D, D], object],
    edit: tuple[D, D],
    label_of: Callable[[str], str],
    parent: QWidget,
    what: tuple[str, tuple[str, ...]],
) -> tuple[D, D] | None:
    """Save a form's `edit` (as read, as typed) with `save(before, after)`, checked against
    what was read; return `edit` itself when it was saved, else `settle`'s answer to the conflict
    (each field named by `label_of`): the edit to save over theirs, or None after Take theirs."""
    before, after = edit
    try:
        save(before, after)
        return edit
    except EditConflict as conflict:
        labels = {name: label_of(name) for name in conflict.theirs}
        return settle(conflict, edit, labels, parent, what)


def example_dialog(
    item_id: int, text: str, language: str, parent: QWidget | None = None
) -> ConflictDialog:
    """The dialog as a colleague's save of measure `text` would open it (for the pictures in
    docs/): their text longer by a year, mine with a partner added."""
    when = datetime.now(UTC) - timedelta(minutes=3)
    field = f"texts.{language}"
    conflict = EditConflict(
        table="strategy_item",
        row_id=item_id,
        who="a.seitkali",
        when=when,
        theirs={field: f"{text} (2027)"},
        mine={field: f"{text}; UNOCT"},
        version=2,
    )
    labels = {field: QCoreApplication.translate("ItemForm", "Text ({language}):")}
    labels[field] = labels[field].format(language=language_label(language)).rstrip(":")
    dialog = ConflictDialog(conflict, labels, parent)
    dialog.show()
    return dialog
