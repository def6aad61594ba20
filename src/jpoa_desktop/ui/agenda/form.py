"""The form beside the agenda tree: one session's times, titles, kind, speakers and tags.

The form only collects; the editor saves. It says `save_requested` when the user presses Enter
in a field or the Save button, and keeps `dirty` so the editor can save before the selection
moves on (nothing typed is lost by clicking another session).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.agenda import SessionInput, SessionView, SpeakerView
from jpoa_desktop.services.workshops.agenda import TagChoice
from jpoa_desktop.ui.agenda.labels import KINDS, kind_label
from jpoa_desktop.ui.widgets.text_limits import limit_line

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SessionForm(QWidget):
    save_requested = Signal()
    shift_requested = Signal(int)  # minutes: move this and the later sessions of the day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaSessionForm")
        self._session: SessionView | None = None
        self._languages: tuple[str, ...] = ()
        self._filling = False
        self._has_speakers = False
        self.dirty = False
        self.start_edit = QTimeEdit(self)
        self.end_edit = QTimeEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._changed)
            edit.installEventFilter(self)
        self.length_label = QLabel(self)
        # The box's text is a separate, wrapping label: a long translation must not make the
        # form so wide that the agenda tree beside it is squeezed.
        self.push_box = QCheckBox(self)
        self.push_box.setChecked(True)
        self.push_label = QLabel(self)
        self.push_label.setWordWrap(True)
        self.push_label.setBuddy(self.push_box)
        self.push_label.installEventFilter(self)
        self.shift_spin = QSpinBox(self)
        self.shift_spin.setRange(-240, 240)
        self.shift_spin.setSingleStep(5)
        self.shift_spin.setValue(15)
        self.shift_button = QPushButton(self)
        self.shift_button.clicked.connect(
            lambda: self.shift_requested.emit(self.shift_spin.value())
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.kind_combo.installEventFilter(self)
        self.title_edits: dict[str, QLineEdit] = {}
        self.title_labels: dict[str, QLabel] = {}
        self.speakers_list = QListWidget(self)
        self.tags_list = QListWidget(self)
        for widget in (self.speakers_list, self.tags_list):
            widget.itemChanged.connect(self._changed)
            widget.installEventFilter(self)
            # Long Russian area names wrap instead of hiding behind a horizontal scroll bar.
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.speakers_label, self.tags_label = QLabel(self), QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_requested)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._build()
        self.retranslate()
        self.show_session(None)

    def _build(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end_edit)
        times.addWidget(self.length_label, 1)
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.time_label, self.kind_label = QLabel(self), QLabel(self)
        self.fields.addRow(self.time_label, times)
        push = QHBoxLayout()
        push.addWidget(self.push_box, 0, Qt.AlignmentFlag.AlignTop)
        push.addWidget(self.push_label, 1)
        self.fields.addRow("", push)
        shift = QHBoxLayout()
        shift.addWidget(self.shift_spin)
        shift.addWidget(self.shift_button)
        shift.addStretch(1)
        self.shift_label = QLabel(self)
        self.fields.addRow(self.shift_label, shift)
        self.fields.addRow(self.kind_label, self.kind_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.fields)
        layout.addWidget(self.speakers_label)
        layout.addWidget(self.speakers_list, 1)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.tags_list, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    # Choices that depend on the workshop.
    def set_languages(self, languages: Sequence[str]) -> None:
        """One title field per working language of the workshop."""
        if tuple(languages) == self._languages:
            return
        for lang in self._languages:
            self.fields.removeRow(self.title_edits.pop(lang))
            self.title_labels.pop(lang)
        self._languages = tuple(languages)
        for row, lang in enumerate(self._languages):
            edit = QLineEdit(self)
            edit.setObjectName(f"agendaTitle_{lang}")
            limit_line(edit, limits.SESSION_TITLE)
            edit.textEdited.connect(self._changed)
            edit.returnPressed.connect(self.save_requested)
            label = QLabel(self)
            self.title_edits[lang], self.title_labels[lang] = edit, label
            self.fields.insertRow(row, label, edit)
        self.retranslate()

    def set_speakers(self, speakers: Sequence[SpeakerView]) -> None:
        roles = {
            "speaker": self.tr("speaker"),
            "facilitator": self.tr("facilitator"),
            "organiser": self.tr("organiser"),
        }
        self._fill_list(
            self.speakers_list,
            [(s.person_id, f"{s.name} ({roles.get(s.role, s.role)})", False) for s in speakers],
        )
        self._has_speakers = bool(speakers)
        self.retranslate()

    def set_tags(self, tags: Sequence[TagChoice]) -> None:
        self._fill_list(self.tags_list, [(t.key, t.label, t.is_pillar) for t in tags])

    def _fill_list(self, widget: QListWidget, rows: list[tuple[object, str, bool]]) -> None:
        self._filling = True
        widget.clear()
        for key, text, bold in rows:
            item = QListWidgetItem(text, widget)
            item.setData(KEY_ROLE, key)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        self._filling = False
        self._check(self._session)

    # The session shown.
    def show_session(self, session: SessionView | None) -> None:
        self._filling = True
        self._session = session
        self.setEnabled(session is not None)
        if session is not None:
            self.start_edit.setTime(QTime(session.start.hour, session.start.minute))
            self.end_edit.setTime(QTime(session.end.hour, session.end.minute))
            self.kind_combo.setCurrentIndex(max(0, KINDS.index(session.kind)))
        for lang, edit in self.title_edits.items():
            edit.setText(session.titles.get(lang, "") if session is not None else "")
            edit.setCursorPosition(0)  # a long title shows its beginning
        self._check(session)
        self._filling = False
        self.dirty = False
        self._update_length()

    def _check(self, session: SessionView | None) -> None:
        chosen = {s.person_id for s in session.speakers} | set(session.tags) if session else set()
        filling, self._filling = self._filling, True
        for widget in (self.speakers_list, self.tags_list):
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(KEY_ROLE) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._filling = filling

    @property
    def session(self) -> SessionView | None:
        return self._session

    def value(self) -> SessionInput | None:
        """What the form holds now, for the session shown (None when none is)."""
        if self._session is None:
            return None
        titles = dict(self._session.titles)
        titles.update({lang: edit.text().strip() for lang, edit in self.title_edits.items()})
        return replace(
            self._session.as_input(),
            start=_time(self.start_edit.time()),
            end=_time(self.end_edit.time()),
            titles={lang: text for lang, text in titles.items() if text},
            kind=KINDS[self.kind_combo.currentIndex()],
            speakers=tuple(int(str(k)) for k in _checked(self.speakers_list)),
            tags=tuple(str(k) for k in _checked(self.tags_list)),
        )

    def push_following(self) -> bool:
        return self.push_box.isChecked()

    def focus_title(self) -> None:
        if self._languages:
            edit = self.title_edits[self._languages[0]]
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True
        self._update_length()

    def _update_length(self) -> None:
        length = self.start_edit.time().secsTo(self.end_edit.time()) // 60
        self.length_label.setText(self.tr("{minutes} min").format(minutes=length))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves from the time fields, the kind and the lists too; a click on the push
        option's label ticks its box."""
        if watched is self.push_label and event.type() == QEvent.Type.MouseButtonRelease:
            self.push_box.toggle()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            self.save_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        current = self.kind_combo.currentIndex()
        filling, self._filling = self._filling, True
        self.kind_combo.clear()
        self.kind_combo.addItems([kind_label(k) for k in KINDS])
        self.kind_combo.setCurrentIndex(max(0, current))
        self._filling = filling
        self.heading.setText(self.tr("Session"))
        self.time_label.setText(self.tr("Time:"))
        self.kind_label.setText(self.tr("Kind:"))
        self.shift_label.setText(self.tr("Shift:"))
        self.shift_spin.setSuffix(self.tr(" min"))
        self.shift_button.setText(self.tr("This and later sessions"))
        self.shift_button.setToolTip(
            self.tr("Move this session and the later ones of the day by the minutes on the left")
        )
        self.push_label.setText(self.tr("Push later sessions to make room"))
        tip = self.tr(
            "When a session is added in between or gets longer, the later sessions of the "
            "day move by as much"
        )
        self.push_box.setToolTip(tip)
        self.push_label.setToolTip(tip)
        self.speakers_label.setText(
            self.tr("Speakers and facilitators:")
            if self._has_speakers
            else self.tr(
                "Speakers and facilitators: register people with one of these roles "
                "(or as organisers) to choose them here."
            )
        )
        self.speakers_label.setWordWrap(True)
        self.tags_label.setText(self.tr("Pillars and areas:"))
        self.save_button.setText(self.tr("Save session (Enter)"))
        for lang, label in self.title_labels.items():
            label.setText(self.tr("Title ({language}):").format(language=lang.upper()))
        self._update_length()


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _checked(widget: QListWidget) -> list[object]:
    return [
        widget.item(row).data(KEY_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]
