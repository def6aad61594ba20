"""New person / Edit person: every field of the directory, saved by a callback the screen gives.

The dialog does not write by itself: the screen's `save` callback does (through an undoable
command) and raises the service's `ValidationError` when something is wrong. The dialog then
stays open with everything that was typed, says what is wrong under the fields and marks the
box to correct (the error names it in `values["field"]`).

The Latin spelling follows the name as it is typed (ICAO 9303, `to_latin`) until the user types
in the Latin box; an edited person keeps the spelling they had when it differs from the
suggestion, because somebody chose it (usually from a passport).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.services.people.people import KINDS, OrganisationChoice, PersonInput
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.participants.labels import kind_label
from jpoa_desktop.ui.participants.latin_field import LatinField
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name
from jpoa_desktop.ui.widgets.text_limits import limit_combo, limit_line, limit_text

NO_DATE = QDate(2000, 1, 1)  # the date box's minimum, shown as "no date"
PROBLEM_STYLE = "border: 1px solid #c62828; border-radius: 2px;"
Save = Callable[[PersonInput], None]


class PersonForm(Retranslating, QDialog):
    def __init__(
        self,
        save: Save,
        organisations: Sequence[OrganisationChoice] = (),
        person: PersonInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.setSizeGripEnabled(True)
        self._save = save
        self._editing = person is not None
        self._kinds = {o.name: o.kind for o in organisations}
        self.family = QLineEdit(self)
        self.given = QLineEdit(self)
        self.patronymic = QLineEdit(self)
        self.latin_family = LatinField(self.family, self)
        self.latin_given = LatinField(self.given, self)
        self.sex = QComboBox(self)
        self.country = QComboBox(self)
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItems(["", *self._kinds])
        self.organisation.setMinimumContentsLength(28)
        completer = QCompleter(list(self._kinds), self.organisation)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organisation.setCompleter(completer)
        self.kind = QComboBox(self)
        self.position = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.consent_data = QCheckBox(self)
        self.consent_photos = QCheckBox(self)
        self.consent_date = QDateEdit(self)
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd.MM.yyyy")
        self.consent_date.setMinimumDate(NO_DATE)
        self.consent_date.setDate(NO_DATE)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        names = (self.family, self.given, self.patronymic, self.latin_family, self.latin_given)
        for box in names:
            limit_line(box, limits.PERSON_NAME)
        limit_line(self.position, limits.POSITION)
        limit_line(self.email, limits.EMAIL)
        limit_line(self.phone, limits.PHONE)
        limit_line(self.languages, limits.LANGUAGE_LIST)
        limit_combo(self.organisation, limits.ORGANISATION)
        limit_text(self.notes, limits.NOTES)
        self.problem = QLabel(self)
        self.problem.setObjectName("personFormProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._build_layout()
        wide = self.fontMetrics().averageCharWidth() * 30  # a long Tajik ministry name
        for name, widget in self.fields().items():
            self._watch(name, widget)
            if isinstance(widget, QLineEdit | QComboBox | QDateEdit):
                widget.setMinimumWidth(wide)
        self.organisation.currentTextChanged.connect(self._organisation_chosen)
        self.consent_data.toggled.connect(self._consent_given)
        self.consent_photos.toggled.connect(self._consent_given)
        self.retranslate()
        if person is not None:
            self.load(person)
        self.family.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> dict[str, QWidget]:
        """The box of each `PersonInput` field (an error's `field` names one of them)."""
        return {
            "family_name": self.family,
            "given_name": self.given,
            "patronymic": self.patronymic,
            "latin_family_name": self.latin_family,
            "latin_given_name": self.latin_given,
            "sex": self.sex,
            "country": self.country,
            "organisation": self.organisation,
            "organisation_kind": self.kind,
            "position": self.position,
            "email": self.email,
            "phone": self.phone,
            "languages": self.languages,
            "consent_date": self.consent_date,
            "notes": self.notes,
        }

    def _build_layout(self) -> None:
        def group(key: str, rows: Sequence[tuple[str, QWidget]]) -> QGroupBox:
            box = QGroupBox(self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name, widget in rows:
                label = QLabel(box)
                label.setBuddy(widget)
                self._labels[name] = label
                form.addRow(label, widget)
            self._groups[key] = box
            return box

        name = group(
            "name",
            [
                ("family_name", self.family),
                ("given_name", self.given),
                ("patronymic", self.patronymic),
                ("latin_family_name", self.latin_family),
                ("latin_given_name", self.latin_given),
                ("sex", self.sex),
            ],
        )
        work = group(
            "work",
            [
                ("organisation", self.organisation),
                ("organisation_kind", self.kind),
                ("position", self.position),
                ("country", self.country),
            ],
        )
        contact = group(
            "contact",
            [("email", self.email), ("phone", self.phone), ("languages", self.languages)],
        )
        consent = group(
            "consent",
            [
                ("consent_data", self.consent_data),
                ("consent_photos", self.consent_photos),
                ("consent_date", self.consent_date),
            ],
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(name, 0, 0)
        grid.addWidget(work, 0, 1)
        grid.addWidget(contact, 1, 0)
        grid.addWidget(consent, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._notes_label = QLabel(self)
        self._notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self._notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _watch(self, name: str, widget: QWidget) -> None:
        """Editing a marked box clears its mark: the user is correcting it."""

        def clear(*_args: object) -> None:
            if widget.styleSheet():
                widget.setStyleSheet("")

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
            widget.editTextChanged.connect(clear)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(clear)

    # Values in and out.
    def load(self, person: PersonInput) -> None:
        self.family.setText(person.family_name)
        self.given.setText(person.given_name)
        self.patronymic.setText(person.patronymic)
        self.latin_family.load(person.latin_family_name)
        self.latin_given.load(person.latin_given_name)
        self.sex.setCurrentIndex(max(self.sex.findData(person.sex), 0))
        if person.country and self.country.findData(person.country) < 0:
            self.country.addItem(person.country, person.country)  # a code outside the five
        self.country.setCurrentIndex(max(self.country.findData(person.country), 0))
        self.organisation.setEditText(person.organisation)
        self.kind.setCurrentIndex(max(self.kind.findData(person.organisation_kind), 0))
        self.position.setText(person.position)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        self.languages.setText(", ".join(person.languages))
        self.consent_data.setChecked(person.consent_data)
        self.consent_photos.setChecked(person.consent_photos)
        when = person.consent_date
        self.consent_date.setDate(QDate(when.year, when.month, when.day) if when else NO_DATE)
        self.notes.setPlainText(person.notes)

    def person(self) -> PersonInput:
        """What the form holds now, as the service takes it (names exactly as typed)."""
        when = self.consent_date.date()
        consent_date = date(when.year(), when.month(), when.day()) if when > NO_DATE else None
        languages = self.languages.text().replace(";", ",").replace(" ", ",").split(",")
        return PersonInput(
            family_name=self.family.text(),
            given_name=self.given.text(),
            patronymic=self.patronymic.text(),
            latin_family_name=self.latin_family.text(),
            latin_given_name=self.latin_given.text(),
            sex=str(self.sex.currentData() or ""),
            country=str(self.country.currentData() or ""),
            organisation=self.organisation.currentText().strip(),
            organisation_kind=str(self.kind.currentData() or KINDS[0]),
            position=self.position.text(),
            email=self.email.text().strip(),
            phone=self.phone.text(),
            languages=tuple(dict.fromkeys(w.strip() for w in languages if w.strip())),
            consent_data=self.consent_data.isChecked(),
            consent_photos=self.consent_photos.isChecked(),
            consent_date=consent_date,
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        """Save through the callback; on a problem, say it and keep the dialog open."""
        for widget in self.fields().values():
            widget.setStyleSheet("")
        try:
            self._save(self.person())
        except JpoaError as error:
            self.show_problem(error)
            return
        self.problem.hide()
        self.accept()

    def show_problem(self, error: JpoaError) -> None:
        self.problem.setText(describe(error))
        self.problem.show()
        widget = self.fields().get(str(error.values.get("field", "")))
        if widget is not None:
            widget.setStyleSheet(PROBLEM_STYLE)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # Reactions.
    def _organisation_chosen(self, name: str) -> None:
        kind = self._kinds.get(name.strip())
        if kind is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def _consent_given(self, checked: bool) -> None:
        if checked and self.consent_date.date() == NO_DATE:
            self.consent_date.setDate(QDate.currentDate())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit person") if self._editing else self.tr("New person"))
        labels = {
            "family_name": self.tr("&Family name"),
            "given_name": self.tr("&Given name"),
            "patronymic": self.tr("&Patronymic"),
            "latin_family_name": self.tr("Family name (&Latin)"),
            "latin_given_name": self.tr("Given name (La&tin)"),
            "sex": self.tr("&Sex"),
            "organisation": self.tr("&Organisation"),
            "organisation_kind": self.tr("&Type"),
            "position": self.tr("Pos&ition"),
            "country": self.tr("&Country"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("P&hone"),
            "languages": self.tr("Lan&guages"),
            "consent_data": self.tr("Data"),
            "consent_photos": self.tr("Photos"),
            "consent_date": self.tr("Consent &date"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        titles = {
            "name": self.tr("Name"),
            "work": self.tr("Work"),
            "contact": self.tr("Contact"),
            "consent": self.tr("Consent"),
        }
        for key, text in titles.items():
            self._groups[key].setTitle(text)
        self._notes_label.setText(self.tr("&Notes"))
        self.consent_data.setText(self.tr("Agrees to the use of their data"))
        self.consent_photos.setText(self.tr("Agrees to be photographed"))
        self.consent_date.setSpecialValueText(self.tr("no date"))
        self.languages.setPlaceholderText(self.tr("e.g. ru, en, uz"))
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self._fill_choices()

    def _fill_choices(self) -> None:
        """The translated choices of the three fixed lists, keeping what is selected."""
        choices: list[tuple[QComboBox, list[tuple[str, str]]]] = [
            (
                self.sex,
                [("", self.tr("—")), ("female", self.tr("Female")), ("male", self.tr("Male"))],
            ),
            (
                self.country,
                [("", self.tr("—")), *((code, country_name(code)) for code in COUNTRY_CODES)],
            ),
            (self.kind, [(kind, kind_label(kind)) for kind in KINDS]),
        ]
        for box, items in choices:
            current = box.currentData()
            extra = [
                (str(box.itemData(n)), box.itemText(n))
                for n in range(box.count())
                if box.itemData(n) not in {code for code, _ in items}
            ]
            box.blockSignals(True)
            box.clear()
            for code, text in [*items, *extra]:
                box.addItem(text, code)
            box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
            box.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
