"""Create form…: how many questions, from which pillars, shuffled or not, per session or not.

The choices shown depend on the kind: a test asks for a number of questions and the pillars
(none ticked: the workshop's own pillars), a post-test may take the pre-test's questions, an
evaluation form may ask again about every session of the agenda.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_QUESTIONS = 60


@dataclass(frozen=True)
class FormChoices:
    questions: int
    pillars: tuple[int, ...]
    shuffle: bool
    per_session: bool
    reuse_pre: bool


class CreateFormDialog(QDialog):
    def __init__(self, kind: str, replacing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createFormDialog")
        self.kind = kind
        titles = {
            "pre": self.tr("Create the pre-test"),
            "post": self.tr("Create the post-test"),
            "evaluation": self.tr("Create the evaluation form"),
        }
        self.setWindowTitle(titles[kind])
        self.questions = QSpinBox(self)
        self.questions.setRange(1, MAX_QUESTIONS)
        self.questions.setValue(10)
        self.pillars = [
            QCheckBox(self.tr("Pillar %1").replace("%1", str(n)), self) for n in range(1, 5)
        ]
        self.shuffle = QCheckBox(self.tr("Shuffle the order of the questions"), self)
        self.reuse_pre = QCheckBox(self.tr("Ask the pre-test's questions"), self)
        self.reuse_pre.setChecked(True)
        self.per_session = QCheckBox(self.tr("Ask about each session of the agenda too"), self)
        form = QFormLayout()
        tested = kind != "evaluation"
        if tested:
            row = QHBoxLayout()
            for box in self.pillars:
                row.addWidget(box)
            row.addStretch(1)
            form.addRow(self.tr("Questions:"), self.questions)
            form.addRow(self.tr("From pillars:"), row)
            hint = QLabel(self.tr("No pillar ticked: the workshop's own pillars."), self)
            hint.setEnabled(False)
            form.addRow("", hint)
            if kind == "post":
                form.addRow("", self.reuse_pre)
                self.reuse_pre.toggled.connect(self._reuse_toggled)
                self._reuse_toggled(True)
            form.addRow("", self.shuffle)
        else:
            form.addRow("", self.per_session)
        for unused in (self.reuse_pre, self.shuffle, self.per_session, self.questions):
            if unused.parent() is self and form.indexOf(unused) < 0:
                unused.hide()  # a choice this kind does not offer
        for box in self.pillars:
            box.setVisible(tested)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if replacing:
            warning = QLabel(
                self.tr("The form has no answers yet; it will be replaced by the new one."), self
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _reuse_toggled(self, reuse: bool) -> None:
        self.questions.setEnabled(not reuse)
        for box in self.pillars:
            box.setEnabled(not reuse)

    def choices(self) -> FormChoices:
        return FormChoices(
            questions=self.questions.value(),
            pillars=tuple(n for n, box in enumerate(self.pillars, 1) if box.isChecked()),
            shuffle=self.shuffle.isChecked(),
            per_session=self.per_session.isChecked(),
            reuse_pre=self.kind != "post" or self.reuse_pre.isChecked(),
        )
