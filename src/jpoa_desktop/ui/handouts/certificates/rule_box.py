"""The certificate options under the Handouts screen's attendance rule: whether a post-test score
is asked for and how much, and the wording (participation or completion); then the line that
counts who gets one and the button that lists who does not.

The rule is the workshop's own (`CertificateRuleService`): choosing another workshop shows its
rule, and every change is stored at once, so the command line, "Print everything" and the next
start print under the same rule. A certificate of completion needs a score: choosing it ticks
the score, and unticking the score goes back to participation, so the rule shown is always one
that can be stored. "Save one PDF per person…" asks the screen for a folder of certificates;
"Register of certificates…" lists every certificate issued, this workshop's first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.services.handouts.certificate_rules import WORDINGS, AwardRule
from jpoa_desktop.ui.certificates_register.button import RegisterButton
from jpoa_desktop.ui.messages import describe

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.handouts.certificate_rules import CertificateRuleService
    from jpoa_desktop.ui.handouts.desk import HandoutsDesk
    from jpoa_desktop.ui.tasks import TaskRunner

DEFAULT_SCORE = 60  # % offered when the score is first ticked


class CertificateRuleBox(QWidget):
    changed = Signal()  # the rule changed (and was stored): the preview is out of date
    per_person_requested = Signal()  # "Save one PDF per person…"

    def __init__(self, attendance: QSpinBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateRule")
        self.attendance = attendance  # the options panel's "Attendance rule" spin box
        self.score_asked = QCheckBox(self)
        self.score = QSpinBox(self)
        self.score.setRange(0, 100)
        self.score.setSingleStep(5)
        self.score.setValue(DEFAULT_SCORE)
        self.score.setSuffix(" %")
        self.wording = QComboBox(self)
        for wording in WORDINGS:
            self.wording.addItem("", wording)
        self.outlook = QLabel(self)
        self.outlook.setWordWrap(True)
        self.left_out_button = QPushButton(self)
        self.per_person_button = QPushButton(self)
        self.register_button = RegisterButton(self._register_source, self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(link);")
        self._wording_label = QLabel(self)
        self._wording_label.setBuddy(self.wording)
        score_row = QHBoxLayout()
        score_row.setContentsMargins(0, 0, 0, 0)
        score_row.addWidget(self.score_asked)
        score_row.addWidget(self.score, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(score_row)
        form.addRow(self._wording_label, self.wording)
        form.addRow(self.problem)
        form.addRow(self.outlook)
        form.addRow(self.left_out_button)
        form.addRow(self.per_person_button)
        form.addRow(self.register_button)
        self._rules: CertificateRuleService | None = None
        self._desk: HandoutsDesk | None = None
        self._workshop: int | None = None
        self._loading = False
        self.score_asked.toggled.connect(self._on_score_toggled)
        self.score.valueChanged.connect(lambda _v: self._store())
        self.wording.currentIndexChanged.connect(lambda _i: self._on_wording_chosen())
        self.attendance.valueChanged.connect(lambda _v: self._store())
        self.per_person_button.clicked.connect(self.per_person_requested)
        self.retranslate()
        self._say("")
        self._enable()

    def retranslate(self) -> None:
        self.score_asked.setText(self.tr("Post-test &score at least:"))
        self.score_asked.setToolTip(
            self.tr("Certificates go only to those whose post-test score reaches this share.")
        )
        self._wording_label.setText(self.tr("&Wording:"))
        self.per_person_button.setText(self.tr("Save one PDF per &person…"))
        self.per_person_button.setToolTip(
            self.tr("A folder of certificates, one file each, named by number and name: "
                    "ready to attach to an e-mail.")
        )  # fmt: skip
        names = {
            "participation": self.tr("Certificate of participation"),
            "completion": self.tr("Certificate of completion (needs a post-test score)"),
        }
        for index in range(self.wording.count()):
            self.wording.setItemText(index, names[str(self.wording.itemData(index))])

    # What the screen tells the box.
    def show_workshop(self, desk: HandoutsDesk | None, workshop_id: int | None) -> None:
        """Show `workshop_id`'s rule (the default one for a workshop that has none), and store
        changes with the `desk`'s rules (None while no database is open)."""
        self._desk, self._workshop = desk, workshop_id
        self._rules = desk.rules if desk is not None else None
        self.register_button.setEnabled(desk is not None)
        rule = AwardRule()
        if self._rules is not None and workshop_id is not None:
            try:
                rule = self._rules.rule(workshop_id)
            except JpoaError:
                rule = AwardRule()  # the workshop is gone: the screen is about to say so
        self.show_rule(rule)

    def show_rule(self, rule: AwardRule) -> None:
        self._loading = True
        try:
            self.attendance.setValue(round(rule.min_attendance * 100))
            self.score_asked.setChecked(rule.min_post_score is not None)
            if rule.min_post_score is not None:
                self.score.setValue(round(rule.min_post_score * 100))
            self.wording.setCurrentIndex(max(self.wording.findData(rule.wording), 0))
        finally:
            self._loading = False
        self._say("")
        self._enable()

    # What the screen asks the box.
    def _register_source(self) -> tuple[Services | None, TaskRunner, int | None] | None:
        desk = self._desk
        if desk is None or desk.tasks is None:
            return None
        return desk.services, desk.tasks, self._workshop

    def rule(self) -> AwardRule:
        score = self.score.value() / 100 if self.score_asked.isChecked() else None
        wording = str(self.wording.currentData() or "participation")
        return AwardRule(self.attendance.value() / 100, score, wording)

    # Keeping the rule one that can be stored, and storing it.
    def _on_score_toggled(self, asked: bool) -> None:
        if not asked and self.wording.currentData() == "completion":
            self._loading, was = True, self._loading
            self.wording.setCurrentIndex(self.wording.findData("participation"))
            self._loading = was
        self._enable()
        self._store()

    def _on_wording_chosen(self) -> None:
        if self.wording.currentData() == "completion" and not self.score_asked.isChecked():
            self._loading, was = True, self._loading
            self.score_asked.setChecked(True)
            self._loading = was
        self._enable()
        self._store()

    def _enable(self) -> None:
        self.score.setEnabled(self.score_asked.isChecked())

    def _store(self) -> None:
        if self._loading:
            return
        if self._rules is not None and self._workshop is not None:
            try:
                self._rules.set_rule(self._workshop, self.rule())
            except JpoaError as error:
                self._say(describe(error))
                return
        self._say("")
        self.changed.emit()

    def _say(self, problem: str) -> None:
        """Why the rule could not be stored, under it; nothing (no empty line) when it was."""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
