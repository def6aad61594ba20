"""The question editor beside the bank's list: what the question is, its text and options in each
language (one tab per language), the right answer and the tags.

Made for the keyboard: Tab walks from the question's text through the options to the right
answer and the tags (a tab typed in a text box moves on instead of indenting), and Ctrl+S or
Ctrl+Return saves. The editor checks nothing itself: the bank's rules refuse a bad question
with a sentence, shown under the form, and the form keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.evaluation import ASPECTS, LETTERS, QUESTION_KINDS
from jpoa_desktop.model.languages import HANDOUT_LANGUAGES
from jpoa_desktop.ui.questions.labels import aspect_label, kind_label, purpose_label
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.widgets.code_labels import language_label

if TYPE_CHECKING:
    from jpoa_desktop.model.library import PillarView
    from jpoa_desktop.services.evaluation.question_rules import QuestionInput, QuestionView

CHOICE_KINDS = ("single", "multiple")
DEFAULT_OPTIONS = 4


class LanguageTab(QWidget):
    """The question and its options in one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.options = [QLineEdit(self) for _letter in LETTERS]
        self.form = QFormLayout()
        for letter, option in zip(LETTERS, self.options, strict=True):
            option.setObjectName(f"option{letter}")
            self.form.addRow(f"{letter}", option)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.text)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def show_options(self, count: int) -> None:
        for index in range(len(LETTERS)):
            self.form.setRowVisible(index, index < count)


class QuestionEditor(Retranslating, QWidget):
    def __init__(
        self, save: Callable[[QuestionInput], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionEditor")
        self._save = save
        self.question_id: int | None = None  # None: a new question
        self.language = "en"  # the interface's: its tab is the one a new question opens on
        self.heading = QLabel(self)
        self.heading.setObjectName("questionHeading")
        self.purpose_box = QComboBox(self)
        self.kind_box = QComboBox(self)
        self.where_box = QComboBox(self)  # area titles are long: the box does not grow to them
        self.where_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.where_box.setMinimumContentsLength(16)
        self.aspect_box = QComboBox(self)
        self.count_box = QSpinBox(self)
        self.count_box.setRange(2, len(LETTERS))
        self.count_box.setValue(DEFAULT_OPTIONS)
        self.tabs = QTabWidget(self)
        self.languages = {code: LanguageTab(self.tabs) for code in HANDOUT_LANGUAGES}
        for code, tab in self.languages.items():
            self.tabs.addTab(tab, code.upper())
        self.correct_edit = QLineEdit(self)
        self.correct_edit.setObjectName("correctEdit")
        self.tags_edit = QLineEdit(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("questionProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveQuestion")
        self.save_button.clicked.connect(self.submit)
        top, bottom = QFormLayout(), QFormLayout()
        self._labels = [QLabel(self) for _field in range(7)]
        fields = (self.purpose_box, self.kind_box, self.where_box, self.aspect_box,
                  self.count_box, self.correct_edit, self.tags_edit)  # fmt: skip
        for index, (label, field) in enumerate(zip(self._labels, fields, strict=True)):
            (top if index < 5 else bottom).addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        for sequence in ("Ctrl+S", "Ctrl+Return"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.purpose_box.currentIndexChanged.connect(lambda _i: self._follow_kind())
        self.kind_box.currentIndexChanged.connect(lambda _i: self._follow_kind())
        self.count_box.valueChanged.connect(lambda _n: self._follow_kind())
        self.retranslate()
        self.new_question()

    # Filling the form.
    def set_framework(self, pillars: list[PillarView]) -> None:
        """The pillars and areas a question may belong to, with their titles."""
        current = self.where_box.currentData()
        self.where_box.clear()
        self.where_box.addItem(self.tr("General (no pillar)"), "")
        for pillar in pillars:
            self.where_box.addItem(f"{pillar.roman} — {pillar.short or pillar.title}", pillar.key)
            for area in pillar.areas:
                self.where_box.addItem(f"    {area.code} {area.title}", area.key)
        self._choose(self.where_box, current or "")

    def new_question(self, item_key: str = "", purpose: str = "test") -> None:
        """An empty form for a new question, its text ready for typing."""
        self.question_id = None
        self._fill_texts({}, ())
        self._choose(self.purpose_box, purpose)
        self._choose(self.kind_box, "single" if purpose == "test" else "scale")
        self._choose(self.where_box, item_key)
        self._choose(self.aspect_box, "")
        self.count_box.setValue(DEFAULT_OPTIONS)
        self.correct_edit.clear()
        self.tags_edit.clear()
        self.problem.clear()
        self._follow_kind()
        self._show_heading()
        self._open_language_tab()

    def show_question(self, question: QuestionView) -> None:
        self.question_id = question.id
        self._choose(self.purpose_box, question.purpose)
        self._choose(self.kind_box, question.kind)
        self._choose(self.where_box, question.item_key)
        self._choose(self.aspect_box, question.aspect)
        self.count_box.setValue(max(len(question.options), 2))
        self._fill_texts(question.texts, question.options)
        self.correct_edit.setText(question.correct)
        self.tags_edit.setText(", ".join(question.tags))
        self.problem.clear()
        self._follow_kind()
        self._show_heading()
        self._open_language_tab()

    def focus_text(self) -> None:
        """The question's text in the interface language, ready for typing."""
        self._open_language_tab().text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_language_tab(self) -> LanguageTab:
        """The interface language's tab (English when it is not a question language)."""
        tab = self.languages.get(self.language, self.languages[HANDOUT_LANGUAGES[0]])
        self.tabs.setCurrentWidget(tab)
        return tab

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    # Reading the form.
    def current_input(self) -> QuestionInput:
        from jpoa_desktop.services.evaluation.question_rules import QuestionInput

        kind = str(self.kind_box.currentData())
        count = self.count_box.value() if kind in CHOICE_KINDS else 0
        options = [
            {code: tab.options[n].text() for code, tab in self.languages.items()}
            for n in range(count)
        ]
        return QuestionInput(
            texts={code: tab.text.toPlainText() for code, tab in self.languages.items()},
            kind=kind,
            purpose=str(self.purpose_box.currentData()),
            item_key=str(self.where_box.currentData() or ""),
            aspect=str(self.aspect_box.currentData() or ""),
            options=options,
            correct=self.correct_edit.text(),
            tags=self.tags_edit.text().split(","),
        )

    def submit(self) -> None:
        self.problem.clear()
        self._save(self.current_input())

    # Keeping the form consistent.
    def _follow_kind(self) -> None:
        kind = str(self.kind_box.currentData())
        choice = kind in CHOICE_KINDS
        self.count_box.setEnabled(choice)
        for tab in self.languages.values():
            tab.show_options(self.count_box.value() if choice else 0)
        self.aspect_box.setEnabled(self.purpose_box.currentData() == "evaluation")
        self.correct_edit.setEnabled(kind not in ("scale", "open"))
        hints = {
            "single": self.tr("One letter, e.g. B"),
            "multiple": self.tr("All the right letters, e.g. AC"),
            "truefalse": self.tr("T (true) or F (false)"),
        }
        self.correct_edit.setPlaceholderText(hints.get(kind, self.tr("No right answer")))

    def _fill_texts(self, texts: dict[str, str], options: tuple[dict[str, str], ...]) -> None:
        for code, tab in self.languages.items():
            tab.text.setPlainText(texts.get(code, ""))
            for n, edit in enumerate(tab.options):
                edit.setText(options[n].get(code, "") if n < len(options) else "")

    @staticmethod
    def _choose(box: QComboBox, code: str) -> None:
        found = box.findData(code)
        box.setCurrentIndex(max(found, 0))

    def retranslate(self) -> None:
        for box, codes, names in (
            (self.purpose_box, ("test", "evaluation"), purpose_label),
            (self.kind_box, QUESTION_KINDS, kind_label),
            (self.aspect_box, ("", *ASPECTS), aspect_label),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for code in codes:
                box.addItem(names(code) if code else self.tr("(none)"), code)
            self._choose(box, current if current is not None else codes[0])
            box.blockSignals(False)
        if not self.where_box.count():
            self.where_box.addItem(self.tr("General (no pillar)"), "")
        words = (self.tr("For"), self.tr("Kind"), self.tr("Pillar / area"), self.tr("Aspect"),
                 self.tr("Options"), self.tr("Right answer"), self.tr("Tags"))  # fmt: skip
        for label, word in zip(self._labels, words, strict=True):
            label.setText(word)
        for index, code in enumerate(self.languages):
            self.tabs.setTabToolTip(index, language_label(code))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. borders, API"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the question (Ctrl+S)"))
        self._show_heading()

    def _show_heading(self) -> None:
        self.heading.setText(
            self.tr("New question") if self.question_id is None else self.tr("Edit the question")
        )
