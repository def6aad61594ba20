"""A draft's properties: what a new draft starts from, and its country, titles, kind, period,
status, lead agency and notes.

The dialog only collects and checks; `draft_actions` turns an accepted dialog into an undoable
command on the screen's stack. OK stays disabled while something is wrong, and the reason is
shown under the fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.strategies import DraftInput
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.ui.strategies.form_fields import LANGUAGES, PROBLEM_STYLE, CountryBox, add_row
from jpoa_desktop.ui.strategies.labels import (
    DRAFT_KINDS,
    DRAFT_STATUSES,
    draft_kind_label,
    draft_status_label,
)
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.text_limits import limit_line, limit_text

NO_YEAR, FIRST_YEAR, LAST_YEAR = 1989, 1990, 2100  # the service's range; 1989 shows "—"


def _year_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(NO_YEAR, LAST_YEAR)
    box.setSpecialValueText("—")
    return box


class DraftDialog(QDialog):
    """New (`draft_id` None; `copy_of` preselects a draft to copy) or edit an existing draft."""

    def __init__(self, service: StrategyService, language: str, draft_id: int | None = None,
                 copy_of: int | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self._service, self._language, self.draft_id = service, language, draft_id
        self._other_titles: dict[str, str] = {}  # titles in languages not shown, kept as they are
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("draftTemplate")
        self.country = CountryBox(self)
        self.country.setObjectName("draftCountry")
        self.languages = (QComboBox(self), QComboBox(self))
        self.titles = (QLineEdit(self), QLineEdit(self))
        for n, (box, line) in enumerate(zip(self.languages, self.titles, strict=True)):
            box.setObjectName(f"draftLanguage{n}")
            line.setObjectName(f"draftTitle{n}")
            for code in LANGUAGES:
                box.addItem("", code)
        self.kind = QComboBox(self)
        self.status = QComboBox(self)
        for box, values in ((self.kind, DRAFT_KINDS), (self.status, DRAFT_STATUSES)):
            for value in values:
                box.addItem("", value)
        self.start_year, self.end_year = _year_box(self), _year_box(self)
        self.lead_agency = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        for title in self.titles:
            limit_line(title, limits.DRAFT_TITLE)
        limit_line(self.lead_agency, limits.LEAD_AGENCY)
        limit_text(self.notes, limits.NOTES)
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(120)
        self.problem = QLabel(self)
        self.problem.setObjectName("draftProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self) for _ in range(9)]
        self._build_layout()
        self._fill_templates(copy_of)
        if draft_id is not None:
            self._load(draft_id)
        elif copy_of is not None:
            self._load(copy_of)
            self.status.setCurrentIndex(self.status.findData("draft"))
        else:
            self._defaults()
        self.template_box.currentIndexChanged.connect(lambda _i: self._template_chosen())
        for line in (*self.titles, self.lead_agency):
            line.textChanged.connect(lambda _t: self._check())
        self.country.editTextChanged.connect(lambda _t: self._check())
        for box in self.languages:
            box.currentIndexChanged.connect(lambda _i: self._languages_changed())
        for spin in (self.start_year, self.end_year):
            spin.valueChanged.connect(lambda _v: self._check())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        for line in self.titles:
            line.setCursorPosition(0)  # a long title shows its beginning
        self.titles[0].setFocus()

    def _build_layout(self) -> None:
        form = QFormLayout()
        fields: list[QWidget | QHBoxLayout] = [self.template_box, self.country]
        for box, line in zip(self.languages, self.titles, strict=True):
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(line, 1)
            fields.append(row)
        period = QHBoxLayout()
        period.addWidget(self.start_year)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end_year)
        period.addStretch(1)
        fields += [self.kind, period, self.status, self.lead_agency, self.notes]
        for label, field in zip(self._labels, fields, strict=False):
            add_row(form, label, field)
        self._labels[2].setBuddy(self.titles[0])
        self._labels[3].setBuddy(self.titles[1])
        self._labels[5].setBuddy(self.start_year)
        if self.draft_id is not None:  # an existing draft's start cannot change
            form.setRowVisible(0, False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)

    def _fill_templates(self, copy_of: int | None) -> None:
        box = self.template_box
        box.addItem("", "empty")
        box.addItem("", "framework")
        if self.draft_id is None:
            for summary in self._service.drafts(self._language):
                title = QCoreApplication.translate("DraftDialog", "Copy of “{title}” ({country})")
                box.addItem(title.format(title=summary.title, country=summary.country),
                            f"copy:{summary.id}")  # fmt: skip
        box.setCurrentIndex(max(box.findData(f"copy:{copy_of}"), 0) if copy_of else 1)

    def _defaults(self) -> None:
        languages = ("ru", "en") if self._language == "ru" else ("en", "ru")
        for box, code in zip(self.languages, languages, strict=True):
            box.setCurrentIndex(box.findData(code))
        self.country.setCurrentIndex(-1)
        self.kind.setCurrentIndex(self.kind.findData("action_plan"))
        self.status.setCurrentIndex(self.status.findData("draft"))
        year = date.today().year
        self.start_year.setValue(year)
        self.end_year.setValue(year + 4)

    def _load(self, draft_id: int) -> None:
        view = self._service.draft(draft_id, self._language)
        summary, notes = view.summary, view.notes
        languages = list(dict.fromkeys(summary.languages))
        for extra in ("en", "ru"):
            if len(languages) < 2 and extra not in languages:
                languages.append(extra)
        for box, line, code in zip(self.languages, self.titles, languages, strict=False):
            box.setCurrentIndex(max(box.findData(code), 0))
            line.setText(summary.titles.get(code, ""))
            line.setCursorPosition(0)
        self._other_titles = {k: v for k, v in summary.titles.items() if k not in languages[:2]}
        self.country.set_code(summary.country)
        self.kind.setCurrentIndex(max(self.kind.findData(summary.kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(summary.status), 0))
        self.start_year.setValue(summary.start_year or NO_YEAR)
        self.end_year.setValue(summary.end_year or NO_YEAR)
        self.lead_agency.setText(summary.lead_agency)
        self.notes.setPlainText(notes)

    def _template_chosen(self) -> None:
        """Choosing a draft to copy fills the fields from it (the copy starts as a draft)."""
        source = self.source_id()
        if source is not None:
            self._load(source)
            self.status.setCurrentIndex(self.status.findData("draft"))
        self._check()

    def _languages_changed(self) -> None:
        self._label_titles()
        self._check()

    # What the dialog gives.
    def template(self) -> str:
        """The start chosen: "empty", "framework" or "copy" (`source_id` says of which draft)."""
        data = str(self.template_box.currentData() or "empty")
        return "copy" if data.startswith("copy:") else data

    def source_id(self) -> int | None:
        data = str(self.template_box.currentData() or "")
        return int(data.removeprefix("copy:")) if data.startswith("copy:") else None

    def editing_languages(self) -> tuple[str, str]:
        first, second = (str(box.currentData()) for box in self.languages)
        return first, second

    def draft_input(self) -> DraftInput:
        titles = dict(self._other_titles)
        for code, line in zip(self.editing_languages(), self.titles, strict=True):
            titles[code] = line.text().strip()
        start, end = self.start_year.value(), self.end_year.value()
        return DraftInput(
            country=self.country.code(),
            titles={k: v for k, v in titles.items() if v},
            kind=str(self.kind.currentData()),
            start_year=start if start != NO_YEAR else None,
            end_year=end if end != NO_YEAR else None,
            status=str(self.status.currentData()),
            lead_agency=self.lead_agency.text().strip(),
            languages=self.editing_languages(),
            notes=self.notes.toPlainText(),
        )

    def problem_text(self) -> str:
        """Why OK is disabled ("" when everything is right)."""
        first, second = self.editing_languages()
        start, end = self.start_year.value(), self.end_year.value()
        if not any(line.text().strip() for line in self.titles):
            return self.tr("Type a title in at least one of the two languages.")
        if not self.country.code():
            return self.tr(
                "Choose a country, or type the two-letter code of another (for example AF)."
            )
        if first == second:
            return self.tr("Choose two different languages to edit the draft in.")
        if start != NO_YEAR and end != NO_YEAR and end < start:
            return self.tr("The period ends in {end}, before it starts in {start}.").format(
                start=start, end=end
            )
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        ok.setToolTip(problem)

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # Texts.
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        editing = self.draft_id is not None
        self.setWindowTitle(self.tr("Draft properties") if editing else self.tr("New draft"))
        texts = (self.tr("&Start from:"), self.tr("&Country:"), "", "", self.tr("&Kind:"),
                 self.tr("&Period:"), self.tr("St&atus:"), self.tr("&Lead agency:"),
                 self.tr("&Notes:"))  # fmt: skip
        for label, text in zip(self._labels, texts, strict=False):
            if text:
                label.setText(text)
        self.template_box.setItemText(0, self.tr("An empty draft"))
        self.template_box.setItemText(
            1, self.tr("The JPoA framework: each pillar a goal, each area an objective")
        )
        self.country.retranslate()
        for box in self.languages:
            for index in range(box.count()):
                box.setItemText(index, language_label(str(box.itemData(index))))
        for box, values, name in ((self.kind, DRAFT_KINDS, draft_kind_label),
                                  (self.status, DRAFT_STATUSES, draft_status_label)):  # fmt: skip
            for index, value in enumerate(values):
                box.setItemText(index, name(value))
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("A country, or a two-letter code"))
        self.lead_agency.setPlaceholderText(self.tr("The ministry or agency that leads it"))
        self.ok_button().setText(self.tr("Save") if editing else self.tr("Create"))
        self._label_titles()
        self._check()

    def _label_titles(self) -> None:
        for n, (label, code) in enumerate(zip(self._labels[2:4], self.editing_languages(),
                                              strict=True)):  # fmt: skip
            text = self.tr("&Title:") if n == 0 else self.tr("Title, &second language:")
            label.setText(text)
            self.titles[n].setPlaceholderText(
                self.tr("The title in {language}").format(language=language_label(code))
            )
