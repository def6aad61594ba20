"""The right half of the door: the outcome of the last action, big, and the few before it.

Each outcome is kept as a way to draw it, so it is drawn again in the new language when the
language changes while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.workshops import CheckIn
from jpoa_desktop.texts.formatting import time_of_day
from jpoa_desktop.ui.checkin.feedback import LOOKS, FeedbackPanel, HistoryList, Outcome
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.messages import describe

HISTORY_KEPT = 20


def local_time(moment: datetime) -> str:
    """The wall-clock time at the door, in the interface language; marks are stored in UTC
    (SQLite returns them naive)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return time_of_day(aware.astimezone(), interface_language())


class OutcomePane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feedback = FeedbackPanel(self)
        self.history = HistoryList(self)
        self._lines: list[str] = []
        self._render: Callable[[], None] = self._ready
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.feedback, 2)
        layout.addWidget(self.history, 1)
        self._render()

    def reset(self) -> None:
        self._lines.clear()
        self.history.show_lines([])
        self._show(self._ready)

    def show_check_in(self, check_in: CheckIn, code: str = "", remember: bool = True) -> None:
        """Green for a new mark, amber when they were already in; `code` of a new badge."""
        outcome = Outcome.ALREADY if check_in.already else Outcome.CHECKED_IN
        if remember:
            self._remember(check_in.marked_at, outcome, check_in.name)

        def render() -> None:
            at = local_time(check_in.marked_at)
            if check_in.already:
                note = self.tr("Already checked in at {time}").format(time=at)
            else:
                note = self.tr("Checked in at {time}").format(time=at)
            if code:
                note = self.tr("{checked_in} — new badge code {code}").format(
                    checked_in=note, code=code
                )
            self.feedback.show_outcome(outcome, check_in.name, check_in.organisation, note)

        self._show(render)

    def show_error(self, error: JpoaError, typed: str) -> None:
        """Red: nobody was checked in; the service's message says why, in the interface language."""
        self._remember(datetime.now(UTC), Outcome.ERROR, typed)
        self._show(
            lambda: self.feedback.show_outcome(
                Outcome.ERROR, self.tr("Not checked in"), describe(error), typed
            )
        )

    def show_undone(self, check_in: CheckIn) -> None:
        self._remember(datetime.now(UTC), Outcome.UNDONE, check_in.name)
        self._show(
            lambda: self.feedback.show_outcome(
                Outcome.UNDONE,
                check_in.name,
                check_in.organisation,
                self.tr("Check-in undone: no longer marked present"),
            )
        )

    def show_nothing_to_undo(self) -> None:
        self._show(
            lambda: self.feedback.show_outcome(Outcome.UNDONE, self.tr("Nothing to undo"), "", "")
        )

    def _ready(self) -> None:
        self.feedback.show_outcome(
            Outcome.IDLE, self.tr("Ready"), self.tr("Scan a badge or type a name"), ""
        )

    def _show(self, render: Callable[[], None]) -> None:
        self._render = render
        render()

    def _remember(self, moment: datetime, outcome: Outcome, text: str) -> None:
        self._lines.insert(0, f"{local_time(moment)}  {LOOKS[outcome].symbol}  {text}")
        del self._lines[HISTORY_KEPT:]
        self.history.show_lines(self._lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
