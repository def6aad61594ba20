"""The form for a new or an existing workshop: every field, checked before anything is written.

The dialog does not close on a mistake: what was typed stays, and the message under the fields
says what is wrong (the service's own message, translated). Title boxes are shown for English,
Russian and each working language ticked, so a Kyrgyz title can be given when it is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.services.workshops.workshops import WorkshopInput, validate_workshop
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name
from jpoa_desktop.ui.widgets.text_limits import limit_line, limit_text
from jpoa_desktop.ui.workshops.form_parts import PartnerPicker, TagTree
from jpoa_desktop.ui.workshops.labels import (
    KINDS,
    LANGUAGES,
    STATUSES,
    field_label,
    kind_label,
    status_label,
)
from jpoa_desktop.ui.workshops.model import to_qdate

if TYPE_CHECKING:
    from jpoa_desktop.model.workshops import WorkshopChoices, WorkshopDetail

ALWAYS_TITLED = ("en", "ru")
ERROR_STYLE = "color: #b3261e;"
Save = Callable[[WorkshopInput], None]


def input_from_detail(detail: WorkshopDetail) -> WorkshopInput:
    return WorkshopInput(
        titles=dict(detail.titles),
        start=detail.start,
        end=detail.end,
        kind=detail.kind,
        venue=detail.venue,
        city=detail.city,
        country=detail.country,
        languages=detail.languages,
        organisers=detail.organisers,
        partners=detail.partners,
        phase_key=detail.phase_key,
        status=detail.status,
        notes=detail.notes,
        tags=detail.tags,
    )


def blank_workshop(today: date) -> WorkshopInput:
    return WorkshopInput(titles={}, start=today, end=today + timedelta(days=2))


class WorkshopForm(Retranslating, QDialog):
    def __init__(
        self,
        choices: WorkshopChoices,
        initial: WorkshopInput,
        save: Save,
        new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopForm")
        self.setModal(True)
        self._save, self._new, self._choices = save, new, choices
        self.titles = {lang: QLineEdit(self) for lang in LANGUAGES}
        self.kind = QComboBox(self)
        self.start, self.end = QDateEdit(self), QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.date_message = QLabel(self)
        self.date_message.setStyleSheet(ERROR_STYLE)
        self.date_message.setWordWrap(True)
        self.venue, self.city = QLineEdit(self), QLineEdit(self)
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.languages = {lang: QCheckBox(self) for lang in LANGUAGES}
        self.phase = QComboBox(self)
        self.status = QComboBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        for title in self.titles.values():
            limit_line(title, limits.WORKSHOP_TITLE)
        limit_line(self.venue, limits.VENUE)
        limit_line(self.city, limits.CITY)
        limit_text(self.notes, limits.NOTES)
        self.tags = TagTree(self)
        self.organisers, self.partners = PartnerPicker(self), PartnerPicker(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tags, "")
        self.tabs.addTab(self.organisers, "")
        self.tabs.addTab(self.partners, "")
        self.error = QLabel(self)
        self.error.setObjectName("workshopFormError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.retranslate()
        self.set_value(initial)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._check_dates())
        for box in self.languages.values():
            box.toggled.connect(lambda _on: self._show_title_rows())
        self.resize(1000, 640)

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}

        def row(name: str, field: QWidget | QHBoxLayout | QGridLayout) -> None:
            self.captions[name] = QLabel(self)
            self.form.addRow(self.captions[name], field)

        for lang in LANGUAGES:
            row(f"title_{lang}", self.titles[lang])
        row("kind", self.kind)
        dates = QHBoxLayout()
        self.to_label = QLabel(self)
        dates.addWidget(self.start)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        row("dates", dates)
        self.form.addRow("", self.date_message)
        row("venue", self.venue)
        row("city", self.city)
        row("country", self.country)
        grid = QGridLayout()
        for n, lang in enumerate(LANGUAGES):
            grid.addWidget(self.languages[lang], n // 4, n % 4)
        row("languages", grid)
        row("phase", self.phase)
        row("status", self.status)
        row("notes", self.notes)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)  # spare height below the fields, not between them
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.tabs, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # Values in and out.
    def set_value(self, workshop: WorkshopInput) -> None:
        for lang, edit in self.titles.items():
            edit.setText(workshop.titles.get(lang, ""))
            edit.setCursorPosition(0)  # a long title shows its beginning
        self.kind.setCurrentIndex(max(self.kind.findData(workshop.kind), 0))
        self.start.setDate(to_qdate(workshop.start))
        self.end.setDate(to_qdate(workshop.end))
        self.venue.setText(workshop.venue)
        self.city.setText(workshop.city)
        found = self.country.findData(workshop.country)
        if found >= 0:
            self.country.setCurrentIndex(found)
        else:
            self.country.setEditText(workshop.country)
        for lang, box in self.languages.items():
            box.setChecked(lang in workshop.languages)
        self.phase.setCurrentIndex(max(self.phase.findData(workshop.phase_key), 0))
        self.status.setCurrentIndex(max(self.status.findData(workshop.status), 0))
        self.notes.setPlainText(workshop.notes)
        self.tags.set_pillars(self._choices.pillars, workshop.tags)
        self.organisers.set_choices(self._choices.partners, workshop.organisers)
        self.partners.set_choices(self._choices.partners, workshop.partners)
        self._show_title_rows()
        self._check_dates()

    def value(self) -> WorkshopInput:
        languages = tuple(lang for lang, box in self.languages.items() if box.isChecked())
        return WorkshopInput(
            titles={
                lang: edit.text().strip()
                for lang, edit in self.titles.items()
                if edit.text().strip() and (lang in ALWAYS_TITLED or lang in languages)
            },
            start=self.start.date().toPython(),  # type: ignore[arg-type]
            end=self.end.date().toPython(),  # type: ignore[arg-type]
            kind=str(self.kind.currentData()),
            venue=self.venue.text().strip(),
            city=self.city.text().strip(),
            country=self._country(),
            languages=languages,
            organisers=self.organisers.values(),
            partners=self.partners.values(),
            phase_key=str(self.phase.currentData() or ""),
            status=str(self.status.currentData()),
            notes=self.notes.toPlainText().strip(),
            tags=self.tags.checked(),
        )

    def _country(self) -> str:
        text = self.country.currentText().strip()
        found = self.country.findText(text)
        if found >= 0:
            return str(self.country.itemData(found) or "")
        return text.upper()

    # Checking.
    def accept(self) -> None:
        """Save and close, or keep everything typed and say what is wrong."""
        try:
            workshop = self.value()
            validate_workshop(workshop)
            self._save(workshop)
        except JpoaError as error:
            self.error.setText(describe(error))
            return
        super().accept()

    def _check_dates(self) -> None:
        wrong = self.end.date() < self.start.date()
        self.date_message.setText(
            self.tr("The end date is before the start date.") if wrong else ""
        )
        self.date_message.setVisible(wrong)

    def _show_title_rows(self) -> None:
        for lang in LANGUAGES:
            shown = lang in ALWAYS_TITLED or self.languages[lang].isChecked()
            self.form.setRowVisible(self.titles[lang], shown)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workshop") if self._new else self.tr("Edit workshop"))
        fields = ("kind", "dates", "venue", "city", "country", "languages", "phase", "status")
        captions = {code: field_label(code) for code in (*fields, "notes")}
        for lang in LANGUAGES:
            captions[f"title_{lang}"] = self.tr("Title ({language})").format(
                language=language_label(lang)
            )
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        self.to_label.setText(self.tr("to"))
        for lang, box in self.languages.items():
            box.setText(language_label(lang))
        self.tabs.setTabText(0, self.tr("Pillars and areas"))
        self.tabs.setTabText(1, self.tr("Organisers"))
        self.tabs.setTabText(2, self.tr("Partners"))
        self._refill(self.kind, [(k, kind_label(k)) for k in KINDS])
        self._refill(self.status, [(s, status_label(s)) for s in STATUSES])
        phases = [(p.key, p.title) for p in self._choices.phases]
        self._refill(self.phase, [("", self.tr("— none —")), *phases])
        typed = (
            self.country.currentText()
            if self.country.findText(self.country.currentText()) < 0
            else None
        )
        countries = [(c, f"{country_name(c)} ({c})") for c in COUNTRY_CODES]
        self._refill(self.country, [("", self.tr("— none —")), *countries])
        self.country.setToolTip(self.tr("One of the five countries, or type a two-letter code"))
        if typed:
            self.country.setEditText(typed)
        for lang in ALWAYS_TITLED:
            self.titles[lang].setPlaceholderText(self.tr("At least one title is needed"))

    @staticmethod
    def _refill(box: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for data, text in entries:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
        box.blockSignals(False)
