"""The selected goal, objective or measure: its text in the draft's languages side by side and,
for a measure, who is responsible, partners, the deadline in the plan's words (the dates follow
it), dates, priority and status.

Typing is saved by itself a moment after it stops (and when the form loses the item), so
closing the app mid-edit loses nothing; each save is one undoable step.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.io.plans.deadlines import parse_deadline
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.strategies import ItemInput
from jpoa_desktop.services.strategies.strategy_rows import MAX_DEADLINE
from jpoa_desktop.ui.strategies.details.partner_field import PartnerField
from jpoa_desktop.ui.strategies.labels import (
    MEASURE_STATUSES,
    PRIORITIES,
    item_kind_label,
    measure_status_label,
    priority_label,
)
from jpoa_desktop.ui.widgets.code_labels import language_label
from jpoa_desktop.ui.widgets.text_limits import limit_line, limit_text

SAVE_DELAY_MS = 700
SEPARATOR = ";"


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(SEPARATOR) if part.strip())


def _two_languages(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The draft's first two languages, made up to two with English and Russian."""
    codes = list(dict.fromkeys(languages))
    for extra in ("en", "ru"):
        if len(codes) < 2 and extra not in codes:
            codes.append(extra)
    return tuple(codes[:2])


class ItemForm(QWidget):
    """Emits `edited(before, after)` once the fields differ from what was loaded."""

    edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strategyItemForm")
        self._loaded: ItemInput | None = None
        self._kind = ""
        self._languages: tuple[str, ...] = ("en", "ru")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text_labels = [QLabel(self), QLabel(self)]
        self.texts = [QPlainTextEdit(self), QPlainTextEdit(self)]
        for box in self.texts:
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
            limit_text(box, limits.ITEM_TEXT)
        self.responsible = QLineEdit(self)
        self.partners = PartnerField(self)
        limit_line(self.responsible, limits.NAME_LIST)
        limit_line(self.partners, limits.NAME_LIST)
        # The deadline as the plan words it; the dates below follow it when it can be read.
        self.deadline = QLineEdit(self)
        self.deadline.setObjectName("strategyItemDeadline")
        self.deadline.setMaxLength(MAX_DEADLINE)
        self.start = QLineEdit(self)
        self.end = QLineEdit(self)
        for line in (self.start, self.end):
            line.setPlaceholderText("YYYY-MM-DD")
            line.setMaximumWidth(130)
        self.priority = QComboBox(self)
        for value in PRIORITIES:
            self.priority.addItem("", value)
        self.status = QComboBox(self)
        for value in MEASURE_STATUSES:
            self.status.addItem("", value)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self._build_layout()
        for box in self.texts:
            box.textChanged.connect(self._timer.start)
        for line in (self.responsible, self.partners, self.deadline, self.start, self.end):
            line.textEdited.connect(lambda _t: self._timer.start())
            line.editingFinished.connect(self.save)
        for combo in (self.priority, self.status):
            combo.activated.connect(lambda _i: self.save())
        self.retranslate()
        self.load(None, "", ("en", "ru"))

    def _build_layout(self) -> None:
        texts = QGridLayout()
        for column, (label, box) in enumerate(zip(self.text_labels, self.texts, strict=True)):
            label.setBuddy(box)
            texts.addWidget(label, 0, column)
            texts.addWidget(box, 1, column)
        self.measure_fields = QWidget(self)
        form = QFormLayout(self.measure_fields)
        form.setContentsMargins(0, 0, 0, 0)
        self._form_labels = [QLabel(self) for _ in range(7)]
        for label, field in zip(self._form_labels, (self.responsible, self.partners,
                                                    self.deadline, self.start, self.end,
                                                    self.priority, self.status),
                                strict=True):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(texts, 1)
        layout.addWidget(self.measure_fields)
        layout.addWidget(self.problem)

    def retranslate(self) -> None:
        for label, text in zip(self._form_labels, (
            self.tr("&Responsible:"), self.tr("Pa&rtners:"), self.tr("&Deadline:"),
            self.tr("S&tart:"),
            self.tr("&End:"), self.tr("Pri&ority:"), self.tr("Stat&us:"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        hint = self.tr("Separate several with “;”")
        self.responsible.setPlaceholderText(hint)
        self.partners.setPlaceholderText(hint)
        self.deadline.setPlaceholderText(
            self.tr("As the plan words it: IV квартал 2026 г., 2026–2027, ежегодно")
        )
        for index in range(self.priority.count()):
            self.priority.setItemText(index, priority_label(self.priority.itemData(index)))
        for index in range(self.status.count()):
            self.status.setItemText(index, measure_status_label(self.status.itemData(index)))
        self._show_heading()

    def _show_heading(self) -> None:
        self.heading.setText(item_kind_label(self._kind) if self._kind else
                             self.tr("Choose an item in the tree"))  # fmt: skip
        for label, code in zip(self.text_labels, self._languages, strict=False):
            label.setText(self.tr("Text ({language}):").format(language=language_label(code)))

    # Loading and saving.
    def load(self, item: ItemInput | None, kind: str, languages: tuple[str, ...]) -> None:
        """Show `item` (None: nothing selected); anything typed before is saved first."""
        self.save()
        self._loaded, self._kind = item, kind
        self._languages = _two_languages(languages)
        self.problem.clear()
        for box, code in zip(self.texts, self._languages, strict=True):
            box.blockSignals(True)
            box.setPlainText(item.texts.get(code, "") if item is not None else "")
            box.blockSignals(False)
        measure = item is not None and kind == "measure"
        self.measure_fields.setVisible(measure)
        for widget in (*self.texts, self.measure_fields):
            widget.setEnabled(item is not None)
        self.responsible.setText("; ".join(item.responsible) if item else "")
        self.partners.set_partner_keys(item.partners if item else ())
        for line in (self.responsible, self.partners):
            line.setCursorPosition(0)  # a long list reads from its start, not its end
        self.deadline.setText(item.deadline_text if item else "")
        self.deadline.setCursorPosition(0)
        self.start.setText(item.start.isoformat() if item and item.start else "")
        self.end.setText(item.end.isoformat() if item and item.end else "")
        self.priority.setCurrentIndex(max(self.priority.findData(item.priority if item else ""), 0))
        self.status.setCurrentIndex(max(self.status.findData(item.status if item else ""), 0))
        self._show_heading()

    def current(self) -> ItemInput | None:
        """The fields as typed, or None with the problem shown when a date is not one."""
        if self._loaded is None:
            return None
        texts = dict(self._loaded.texts)
        for box, code in zip(self.texts, self._languages, strict=True):
            texts[code] = box.toPlainText().strip()
        words = " ".join(self.deadline.text().split())
        note = ""
        if words != self._loaded.deadline_text:
            deadline = parse_deadline(words)  # new words: the dates follow them
            if deadline.start or deadline.end:
                self.start.setText(deadline.start.isoformat() if deadline.start else "")
                self.end.setText(deadline.end.isoformat() if deadline.end else "")
            elif not deadline.understood:
                note = self.tr("“{value}” is kept as written; no dates could be read from it.")
                note = note.format(value=words)
        dates: list[date | None] = []
        for line in (self.start, self.end):
            text = line.text().strip()
            try:
                dates.append(date.fromisoformat(text) if text else None)
            except ValueError:
                self.problem.setText(
                    self.tr("“{value}” is not a date; write it as 2026-03-31.").format(value=text)
                )
                return None
        self.problem.setText(note)
        return ItemInput(
            texts={code: text for code, text in texts.items() if text},
            responsible=_split(self.responsible.text()),
            partners=self.partners.partner_keys(),
            start=dates[0],
            end=dates[1],
            priority=str(self.priority.currentData() or ""),
            status=str(self.status.currentData() or ""),
            deadline_text=words,
        )

    def pending(self) -> bool:
        """Typing waits to be saved."""
        return self._timer.isActive()

    def save(self) -> None:
        """Hand the change over when there is one (the screen writes it and makes it undoable)."""
        self._timer.stop()
        if self._loaded is None:
            return
        after = self.current()
        if after is None or after == self._loaded:
            return
        before, self._loaded = self._loaded, after
        self.edited.emit(before, after)

    def show_problem(self, text: str, restore: ItemInput) -> None:
        """The service refused the change: say why, and keep what was typed on screen."""
        self._loaded = restore
        self.problem.setText(text)
