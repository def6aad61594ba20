"""The left side of the Handouts screen: which handouts, in which languages, with what options.

The list's current row is the handout previewed; its check boxes choose what "Print everything"
builds. The form below shows only the options the current kind has, so a trainer never wonders
what "Label sheet" does to an agenda.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.handouts import registry
from jpoa_desktop.handouts.common.sheets import TEMPLATES, custom_template
from jpoa_desktop.handouts.participant_list import COLUMNS, DEFAULT_COLUMNS, SORTS
from jpoa_desktop.handouts.registry import CERTIFICATES, SCREEN_KINDS
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.texts.labels import HANDOUT_LANGUAGES
from jpoa_desktop.ui.handouts.certificates.rule_box import CertificateRuleBox
from jpoa_desktop.ui.handouts.labels import (
    column_label,
    kind_hint,
    kind_label,
    paper_label,
    sort_label,
    template_label,
    translate_copies,
)
from jpoa_desktop.ui.widgets.code_labels import language_label

KIND_ROLE = Qt.ItemDataRole.UserRole
CUSTOM_SHEET = "custom…"  # the template list's last entry: measure a sheet of one's own


class OptionsPanel(QWidget):
    """Emits `changed` whenever what the preview shows would change."""

    changed = Signal()
    kind_changed = Signal(str)
    left_out_requested = Signal()
    custom_sheet_requested = Signal()
    ticked = Signal()  # what "Print everything" builds changed (the preview did not)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutOptions")
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("handoutKinds")
        for key in SCREEN_KINDS:  # ticked: what a trainer prints the evening before
            item = QListWidgetItem()
            item.setData(KIND_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if registry.kind(key).ahead else Qt.CheckState.Unchecked
            )
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.setMaximumHeight(self.kinds.sizeHintForRow(0) * (len(SCREEN_KINDS) + 1) + 8)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.language = QComboBox(self)
        self.second = QComboBox(self)
        self.paper = QComboBox(self)
        self.day = QComboBox(self)
        self.sort = QComboBox(self)
        self.columns = {column: QCheckBox(self) for column in COLUMNS}
        for column in DEFAULT_COLUMNS:
            self.columns[column].setChecked(True)
        self.template = QComboBox(self)
        self.attendance = QSpinBox(self)
        self.attendance.setRange(0, 100)
        self.attendance.setSingleStep(5)
        self.attendance.setValue(80)
        self.attendance.setSuffix(" %")
        self.rule = CertificateRuleBox(self.attendance, self)  # the rest of the workshop's rule
        self.outlook, self.left_out_button = self.rule.outlook, self.rule.left_out_button
        self.pillar = QComboBox(self)
        self.forms = QComboBox(self)  # tests and evaluations: whose copies
        self._custom_sheets: list[str] = []
        self._last_template: str | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {key: QLabel(self) for key in (
            "language", "second", "paper", "day", "sort", "columns", "template", "attendance",
            "pillar", "forms",
        )}  # fmt: skip
        columns_box = QWidget(self)
        grid = QGridLayout(columns_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, column in enumerate(COLUMNS):
            grid.addWidget(self.columns[column], n // 2, n % 2)
        self._rows = {
            "language": self.language,
            "second": self.second,
            "paper": self.paper,
            "day": self.day,
            "sort": self.sort,
            "columns": columns_box,
            "template": self.template,
            "attendance": self.attendance,
            "pillar": self.pillar,
            "forms": self.forms,
        }
        for key, field in self._rows.items():
            self._labels[key].setBuddy(field)
            self.form.addRow(self._labels[key], field)
        self.form.addRow(self.rule)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kinds_label = QLabel(self)
        self.kinds_label.setWordWrap(True)
        self.kinds_label.setBuddy(self.kinds)
        layout.addWidget(self.kinds_label)
        layout.addWidget(self.kinds)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self._fill_fixed_choices()
        self._days: list[date] = []
        self._wire()
        self.retranslate()
        self._show_rows()

    def _fill_fixed_choices(self) -> None:
        for code in HANDOUT_LANGUAGES:
            self.language.addItem("", code)
            self.second.addItem("", code)
        self.second.insertItem(0, "", None)
        self.second.setCurrentIndex(0)
        for paper in ("a4", "letter"):
            self.paper.addItem("", paper)
        for sort in SORTS:
            self.sort.addItem("", sort)
        self._fill_templates()

    def _fill_templates(self, prefer: str | None = None) -> None:
        """Every label sheet (each names its paper), the trainer's own sheets, and "Custom
        size…"; the paper's first sheet when the chosen one is for the other paper."""
        chosen = prefer or self.template.currentData()
        paper = self.paper.currentData() or "a4"
        sheets = {name: sheet for name, sheet in TEMPLATES.items()}
        for spec in self._custom_sheets:
            try:
                sheets[spec] = custom_template(spec)
            except JpoaError:
                continue  # a sheet saved by an older version that no longer passes
        if chosen not in sheets or sheets[chosen].paper != paper:
            chosen = next(name for name, sheet in sheets.items() if sheet.paper == paper)
        self.template.blockSignals(True)
        self.template.clear()
        for name, sheet in sheets.items():
            self.template.addItem(
                template_label(sheet.paper, sheet.columns, sheet.rows, sheet.width_mm,
                               sheet.height_mm), name)  # fmt: skip
        self.template.addItem(self.tr("Custom size…"), CUSTOM_SHEET)
        self.template.setCurrentIndex(max(self.template.findData(chosen), 0))
        self._last_template = chosen
        self.template.blockSignals(False)

    def set_custom_sheets(self, specs: list[str], choose: str | None = None) -> None:
        """The sheets the trainer measured (kept in the settings); `choose` selects one."""
        self._custom_sheets = list(dict.fromkeys(specs))
        if choose is not None:
            self.paper.blockSignals(True)
            self.paper.setCurrentIndex(max(self.paper.findData(choose.split(":")[0]), 0))
            self.paper.blockSignals(False)
        self._fill_templates(prefer=choose)
        if choose is not None:
            self.changed.emit()

    def _on_template_chosen(self) -> None:
        if self.template.currentData() == CUSTOM_SHEET:
            self.template.blockSignals(True)
            self.template.setCurrentIndex(max(self.template.findData(self._last_template), 0))
            self.template.blockSignals(False)
            self.custom_sheet_requested.emit()
            return
        self._last_template = self.template.currentData()
        self.changed.emit()

    def _wire(self) -> None:
        self.kinds.currentItemChanged.connect(lambda *_: self._on_kind_changed())
        self.kinds.itemChanged.connect(lambda _item: self.ticked.emit())
        for combo in (self.language, self.second, self.day, self.sort, self.pillar, self.forms):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.template.currentIndexChanged.connect(lambda _i: self._on_template_chosen())
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        for box in self.columns.values():
            box.toggled.connect(lambda _on: self.changed.emit())
        self.attendance.valueChanged.connect(lambda _v: self.changed.emit())
        self.left_out_button.clicked.connect(self.left_out_requested)
        self.rule.changed.connect(self.changed)

    def retranslate(self) -> None:
        self.kinds_label.setText(self.tr("&Handouts (tick what “Print everything” builds):"))
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            kind = item.data(KIND_ROLE)
            item.setText(kind_label(kind))
            item.setToolTip(kind_hint(kind))
        labels = {
            "language": self.tr("&Language:"),
            "second": self.tr("&Side by side with:"),
            "paper": self.tr("&Paper:"),
            "day": self.tr("&Day:"),
            "sort": self.tr("&Sort:"),
            "columns": self.tr("Columns:"),
            "template": self.tr("Label &sheet:"),
            "attendance": self.tr("&Attendance rule:"),
            "pillar": self.tr("P&illar:"),
            "forms": self.tr("C&opies:"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        translate_copies(self.forms)
        for combo in (self.language, self.second):
            for index in range(combo.count()):
                code = combo.itemData(index)
                combo.setItemText(index, language_label(code) if code else self.tr("(none)"))
        for index in range(self.paper.count()):
            self.paper.setItemText(index, paper_label(self.paper.itemData(index)))
        for index in range(self.sort.count()):
            self.sort.setItemText(index, sort_label(self.sort.itemData(index)))
        for column, box in self.columns.items():
            box.setText(column_label(column))
        self.attendance.setToolTip(
            self.tr("Certificates go to those present on at least this share of the days.")
        )
        self.left_out_button.setText(self.tr("Who gets no certificate…"))
        self.rule.retranslate()
        self._fill_templates()
        self.set_days(self._days)
        self._update_hint()

    # What the screen tells the panel.
    def set_days(self, days: list[date]) -> None:
        """The workshop's days for the sign-in sheets: every day, or one."""
        self._days = days
        chosen = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self.tr("Every day, one sheet each"), None)
        for number, day in enumerate(days, start=1):
            self.day.addItem(
                self.tr("Day {number} — {date}").format(number=number, date=day.isoformat()), day
            )
        self.day.setCurrentIndex(max(self.day.findData(chosen), 0))
        self.day.blockSignals(False)

    def set_pillars(self, pillars: list[tuple[int, str]]) -> None:
        chosen = self.pillar.currentData()
        self.pillar.blockSignals(True)
        self.pillar.clear()
        for number, title in pillars:
            self.pillar.addItem(title, number)
        self.pillar.setCurrentIndex(max(self.pillar.findData(chosen), 0))
        self.pillar.blockSignals(False)

    def set_language(self, code: str) -> None:
        self.language.setCurrentIndex(max(self.language.findData(code), 0))

    def set_outlook(self, text: str, anyone_left_out: bool) -> None:
        self.outlook.setText(text)
        self.left_out_button.setEnabled(anyone_left_out)

    def select_kind(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KIND_ROLE) == kind:
                self.kinds.setCurrentRow(row)

    def set_checked_kinds(self, kinds: set[str]) -> None:
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            state = (
                Qt.CheckState.Checked if item.data(KIND_ROLE) in kinds else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    # What the screen asks the panel.
    def kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(KIND_ROLE)) if item is not None else SCREEN_KINDS[0]

    def checked_kinds(self) -> list[str]:
        return [
            str(self.kinds.item(row).data(KIND_ROLE))
            for row in range(self.kinds.count())
            if self.kinds.item(row).checkState() == Qt.CheckState.Checked
        ]

    def request(
        self, workshop_id: int | None, kind: str | None = None, verify_url: str = ""
    ) -> HandoutRequest:
        language = str(self.language.currentData() or "en")
        second = self.second.currentData()
        paper = str(self.paper.currentData() or "a4")
        return HandoutRequest(
            kind=kind or self.kind(),
            workshop_id=workshop_id,
            language=language,
            second=str(second) if second and second != language else None,
            paper=paper,
            day=self.day.currentData(),
            sort=str(self.sort.currentData() or "name"),
            columns=tuple(c for c in COLUMNS if self.columns[c].isChecked()),
            template=self.template.currentData(),
            min_share=self.attendance.value() / 100,
            pillar=int(self.pillar.currentData() or 1),
            forms=str(self.forms.currentData() or ""),
            verify_url=verify_url,
        )

    # Remembering the choices between runs.
    def choices(self) -> dict[str, object]:
        """What the trainer chose, as plain values for the settings."""
        request = self.request(None)
        return {
            "kind": request.kind,
            "language": request.language,
            "second": self.second.currentData(),
            "paper": request.paper,
            "sort": request.sort,
            "columns": list(request.columns),
            "template": request.template,
            "attendance": self.attendance.value(),
            "pillar": request.pillar,
            "ticked": self.checked_kinds(),
        }

    def saved(self) -> str:
        """`choices` as the settings keep them."""
        return json.dumps(self.choices())

    def restore_saved(self, text: str) -> None:
        """Put back what `saved` gave; a settings file edited by hand leaves the defaults."""
        try:
            saved = json.loads(text)
        except ValueError:
            return
        if isinstance(saved, dict):
            self.restore_choices(saved)

    def restore_choices(self, saved: dict[str, object]) -> None:
        """Put back what `choices` gave; values this version does not know are skipped."""
        combos = {"language": self.language, "second": self.second, "paper": self.paper,
                  "sort": self.sort, "pillar": self.pillar}  # fmt: skip
        for key, combo in combos.items():
            index = combo.findData(saved.get(key))
            if key in saved and index >= 0:
                combo.setCurrentIndex(index)
        self._fill_templates(prefer=str(saved["template"]) if saved.get("template") else None)
        columns = saved.get("columns")
        if isinstance(columns, list):
            for column, box in self.columns.items():
                box.setChecked(column in columns)
        attendance = saved.get("attendance")
        if isinstance(attendance, int) and 0 <= attendance <= 100:
            self.attendance.setValue(attendance)
        ticked = saved.get("ticked")
        if isinstance(ticked, list):
            self.set_checked_kinds({str(kind) for kind in ticked})
        if isinstance(saved.get("kind"), str):
            self.select_kind(str(saved["kind"]))

    # Keeping the form to the current kind.
    def _on_kind_changed(self) -> None:
        self._show_rows()
        self._update_hint()
        self.kind_changed.emit(self.kind())
        self.changed.emit()

    def _on_paper_changed(self) -> None:
        self._fill_templates()
        self.changed.emit()

    def _update_hint(self) -> None:
        self.hint.setText(kind_hint(self.kind()))

    def _show_rows(self) -> None:
        handout = registry.kind(self.kind())
        for key, row in self._rows.items():  # named as the registry names the options
            self.form.setRowVisible(row, key == "language" or key in handout.options)
        self.form.setRowVisible(self.rule, handout is CERTIFICATES)
